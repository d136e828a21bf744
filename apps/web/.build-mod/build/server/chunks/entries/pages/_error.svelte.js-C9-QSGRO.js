import { ak as head, ah as escape_html, a1 as derived } from '../../chunks/server.js-BLE87T70.js';
import { p as page } from '../../chunks/state.js-C07OAzY1.js';
import { p as page_title } from '../../chunks/page_title.js-DcyKRVla.js';
import { e as error_forbidden } from '../../chunks/error_forbidden.js-CfrwO1E1.js';
import { e as error_not_found } from '../../chunks/error_not_found.js-BS2Q6Djj.js';
import { e as error_unknown } from '../../chunks/error_unknown.js-C1rriivB.js';
import { e as getLocale } from '../../chunks/runtime.js-B8EFPPLT.js';
import '../../chunks/shared.js-DUAwVbGM.js';
import '../../chunks/client.js-C3Zw1AhV.js';
import '../../chunks/index-server.js-CutNbI_-.js';
import '../../chunks/exports.js-BDUeH8ma.js';
import '../../chunks/internal2.js-B8C7YPNb.js';
import '../../chunks/utils.js-dm2kV1-z.js';

// src/lib/paraglide/messages/error_page_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Page_TitleInputs */
var es_error_page_title = () => {
	return `Algo salió mal`;
};
var en_error_page_title = () => {
	return `Something went wrong`;
};
/**
* | output |
* | --- |
* | "Something went wrong" |
*
* @param {Error_Page_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_page_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_page_title();
	return es_error_page_title();
});
// src/lib/paraglide/messages/error_page_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Page_Not_FoundInputs */
var es_error_page_not_found = () => {
	return `La página que busca no existe o ya no está disponible.`;
};
var en_error_page_not_found = () => {
	return `The page you are looking for does not exist or is no longer available.`;
};
/**
* | output |
* | --- |
* | "The page you are looking for does not exist or is no longer available." |
*
* @param {Error_Page_Not_FoundInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_page_not_found = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_page_not_found();
	return es_error_page_not_found();
});
// src/lib/paraglide/messages/error_page_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Page_BackInputs */
var es_error_page_back = () => {
	return `Volver al inicio`;
};
var en_error_page_back = () => {
	return `Back to home`;
};
/**
* | output |
* | --- |
* | "Back to home" |
*
* @param {Error_Page_BackInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_page_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_page_back();
	return es_error_page_back();
});
// src/routes/+error.svelte
function _error($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const notFound = derived(() => page.status === 404);
		const message = derived(() => notFound() ? error_page_not_found() : page.error?.code ? page.error.message : page.status === 403 ? error_forbidden() : error_unknown());
		head("1j96wlh", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: error_page_title() }))}</title>`);
			});
		});
		$$renderer.push(`<section class="card error-card svelte-1j96wlh"><h1>${escape_html(notFound() ? error_not_found() : error_page_title())}</h1> <p>${escape_html(message())}</p> <p class="muted">${escape_html(page.status)}</p> <a class="button" href="/">${escape_html(error_page_back())}</a></section>`);
	});
}

export { _error as default };
//# sourceMappingURL=_error.svelte.js-C9-QSGRO.js.map
