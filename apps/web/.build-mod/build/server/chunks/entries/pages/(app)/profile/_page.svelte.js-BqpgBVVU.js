import { ak as head, ah as escape_html, ai as attr, a1 as derived } from '../../../../chunks/server.js-BLE87T70.js';
import { s as submitting } from '../../../../chunks/enhance.svelte.js-P9OMnLeB.js';
import { p as page_title } from '../../../../chunks/page_title.js-DcyKRVla.js';
import { f as field_email } from '../../../../chunks/field_email.js-B5JuFsZP.js';
import { p as page } from '../../../../chunks/state.js-C07OAzY1.js';
import { F as Field } from '../../../../chunks/Field.js-BOBV9jbg.js';
import { F as FormAlert } from '../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { P as ProfileFields } from '../../../../chunks/ProfileFields.js-Cc-xHqd7.js';
import { f as formErrorMessage, a as fieldErrorMessages } from '../../../../chunks/errors.js-BSO-Lm7a.js';
import { e as getLocale } from '../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../chunks/index-server.js-CutNbI_-.js';
import '../../../../chunks/client.js-C3Zw1AhV.js';
import '../../../../chunks/exports.js-BDUeH8ma.js';
import '../../../../chunks/internal2.js-B8C7YPNb.js';
import '../../../../chunks/utils.js-dm2kV1-z.js';
import '../../../../chunks/optional.js-BOctzD7Z.js';
import '../../../../chunks/select_placeholder.js-BhG-DCiB.js';
import '../../../../chunks/field_country.js-BozyTGQq.js';
import '../../../../chunks/country_group_academy.js-B-Rey_NI.js';
import '../../../../chunks/country_group_other.js-DJx8yktl.js';
import '../../../../chunks/field_sector.js-BnQkV_d9.js';
import '../../../../chunks/labels.js-DuJCQrCL.js';
import '../../../../chunks/locale_es.js-C_uyAtcI.js';
import '../../../../chunks/locale_en.js-C5IfUzEZ.js';
import '../../../../chunks/src.js-BEir3teA.js';
import 'zod';
import '../../../../chunks/countries.js-BtjWBecQ.js';
import '../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../chunks/error_unknown.js-C1rriivB.js';

// src/lib/paraglide/messages/profile_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_TitleInputs */
var es_profile_title = () => {
	return `Mi perfil`;
};
var en_profile_title = () => {
	return `My profile`;
};
/**
* | output |
* | --- |
* | "My profile" |
*
* @param {Profile_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var profile_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_profile_title();
	return es_profile_title();
});
// src/lib/paraglide/messages/profile_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_IntroInputs */
var es_profile_intro = () => {
	return `Actualice los datos con los que participa en la academia.`;
};
var en_profile_intro = () => {
	return `Update the details you use to take part in the academy.`;
};
/**
* | output |
* | --- |
* | "Update the details you use to take part in the academy." |
*
* @param {Profile_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var profile_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_profile_intro();
	return es_profile_intro();
});
// src/lib/paraglide/messages/profile_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_SubmitInputs */
var es_profile_submit = () => {
	return `Guardar cambios`;
};
var en_profile_submit = () => {
	return `Save changes`;
};
/**
* | output |
* | --- |
* | "Save changes" |
*
* @param {Profile_SubmitInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var profile_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_profile_submit();
	return es_profile_submit();
});
// src/lib/paraglide/messages/profile_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_SavedInputs */
var es_profile_saved = () => {
	return `Sus cambios se guardaron correctamente.`;
};
var en_profile_saved = () => {
	return `Your changes have been saved.`;
};
/**
* | output |
* | --- |
* | "Your changes have been saved." |
*
* @param {Profile_SavedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var profile_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_profile_saved();
	return es_profile_saved();
});
// src/routes/(app)/profile/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const pending = submitting((result) => {
			if (result.type === "success" && result.data?.localeChanged) {
				window.location.assign("/profile?saved=1");
				return true;
			}
		});
		const failure = derived(() => form && "failure" in form ? form.failure : void 0);
		const errors = derived(() => fieldErrorMessages(failure()?.fields));
		const alert = derived(() => failure() ? formErrorMessage(failure().code) : null);
		const saved = derived(() => form && "saved" in form && form.saved || page.url.searchParams.has("saved"));
		const values = derived(() => form && "values" in form && form.values ? form.values : {
			displayName: data.user.displayName,
			country: data.user.country,
			gender: data.user.gender ?? "",
			genderText: data.user.genderText ?? "",
			sector: data.user.sector ?? "",
			organization: data.user.organization ?? "",
			locale: data.user.locale
		});
		head("b6jup3", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: profile_title() }))}</title>`);
			});
		});
		$$renderer.push(`<header class="page-header"><h1>${escape_html(profile_title())}</h1> <p>${escape_html(profile_intro())}</p></header> <section class="card profile svelte-b6jup3"${attr("aria-label", profile_title())}><form class="form" method="POST" novalidate="">`);
		FormAlert($$renderer, { message: alert() });
		$$renderer.push(`<!----> `);
		FormAlert($$renderer, {
			tone: "success",
			message: saved() && !failure() ? profile_saved() : null
		});
		$$renderer.push(`<!----> `);
		{
			function control($$renderer, { describedBy }) {
				$$renderer.push(`<input id="email" type="email"${attr("value", data.user.email ?? "")} readonly=""${attr("aria-describedby", describedBy)}/>`);
			}
			Field($$renderer, {
				id: "email",
				label: field_email(),
				control});
		}
		$$renderer.push(`<!----> <!---->`);
		ProfileFields($$renderer, {
			values: values(),
			errors: errors()
		});
		$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit"${attr("disabled", pending.active, true)}>${escape_html(profile_submit())}</button></div></form></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BqpgBVVU.js.map
