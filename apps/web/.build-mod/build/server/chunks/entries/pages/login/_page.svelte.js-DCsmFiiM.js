import { ak as head, ah as escape_html, ai as attr, a1 as derived } from '../../../chunks/server.js-BLE87T70.js';
import { s as submitting } from '../../../chunks/enhance.svelte.js-P9OMnLeB.js';
import { p as page_title } from '../../../chunks/page_title.js-DcyKRVla.js';
import { f as field_email } from '../../../chunks/field_email.js-B5JuFsZP.js';
import { f as field_password } from '../../../chunks/field_password.js-DoNRjreD.js';
import { F as Field } from '../../../chunks/Field.js-BOBV9jbg.js';
import { F as FormAlert } from '../../../chunks/FormAlert.js-L-NnjxoB.js';
import { f as formErrorMessage, a as fieldErrorMessages } from '../../../chunks/errors.js-BSO-Lm7a.js';
import { e as getLocale } from '../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../chunks/shared.js-DUAwVbGM.js';
import '../../../chunks/index-server.js-CutNbI_-.js';
import '../../../chunks/client.js-C3Zw1AhV.js';
import '../../../chunks/exports.js-BDUeH8ma.js';
import '../../../chunks/internal2.js-B8C7YPNb.js';
import '../../../chunks/utils.js-dm2kV1-z.js';
import '../../../chunks/optional.js-BOctzD7Z.js';
import '../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../chunks/error_unknown.js-C1rriivB.js';

// src/lib/paraglide/messages/login_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_TitleInputs */
var es_login_title = () => {
	return `Iniciar sesión`;
};
var en_login_title = () => {
	return `Sign in`;
};
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Login_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var login_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_title();
	return es_login_title();
});
// src/lib/paraglide/messages/login_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_IntroInputs */
var es_login_intro = () => {
	return `Acceda a sus cohortes, foros de discusión y sesiones en vivo con colegas de la región.`;
};
var en_login_intro = () => {
	return `Reach your cohorts, discussion forums and live sessions with colleagues from across the region.`;
};
/**
* | output |
* | --- |
* | "Reach your cohorts, discussion forums and live sessions with colleagues from across the region." |
*
* @param {Login_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var login_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_intro();
	return es_login_intro();
});
// src/lib/paraglide/messages/login_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_SubmitInputs */
var es_login_submit = () => {
	return `Iniciar sesión`;
};
var en_login_submit = () => {
	return `Sign in`;
};
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Login_SubmitInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var login_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_submit();
	return es_login_submit();
});
// src/lib/paraglide/messages/login_no_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_No_AccountInputs */
var es_login_no_account = () => {
	return `¿Aún no tiene una cuenta?`;
};
var en_login_no_account = () => {
	return `No account yet?`;
};
/**
* | output |
* | --- |
* | "No account yet?" |
*
* @param {Login_No_AccountInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var login_no_account = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_no_account();
	return es_login_no_account();
});
// src/lib/paraglide/messages/login_register_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Register_LinkInputs */
var es_login_register_link = () => {
	return `Cree una cuenta`;
};
var en_login_register_link = () => {
	return `Create an account`;
};
/**
* | output |
* | --- |
* | "Create an account" |
*
* @param {Login_Register_LinkInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var login_register_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_register_link();
	return es_login_register_link();
});
// src/routes/login/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const pending = submitting();
		const errors = derived(() => fieldErrorMessages(form?.failure?.fields));
		const alert = derived(() => form?.failure ? formErrorMessage(form.failure.code, "login") : null);
		head("1x05zx6", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: login_title() }))}</title>`);
			});
		});
		$$renderer.push(`<div class="auth svelte-1x05zx6"><section class="card" aria-labelledby="login-title"><h1 id="login-title">${escape_html(login_title())}</h1> <p class="muted">${escape_html(login_intro())}</p> <form class="form" method="POST" novalidate="">`);
		FormAlert($$renderer, { message: alert() });
		$$renderer.push(`<!----> <input type="hidden" name="redirectTo"${attr("value", data.redirectTo)}/> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<input id="email" name="email" type="email" autocomplete="username" inputmode="email" required=""${attr("value", form?.email ?? "")}${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}/>`);
			}
			Field($$renderer, {
				id: "email",
				label: field_email(),
				error: errors().email,
				control});
		}
		$$renderer.push(`<!----> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<input id="password" name="password" type="password" autocomplete="current-password" required=""${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}/>`);
			}
			Field($$renderer, {
				id: "password",
				label: field_password(),
				error: errors().password,
				control});
		}
		$$renderer.push(`<!----> <button class="button button-block" type="submit"${attr("disabled", pending.active, true)}>${escape_html(login_submit())}</button></form> <p class="switch svelte-1x05zx6">${escape_html(login_no_account())} <a href="/register">${escape_html(login_register_link())}</a></p></section></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DCsmFiiM.js.map
