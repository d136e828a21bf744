import { ak as head, ah as escape_html, ai as attr, a1 as derived } from '../../../chunks/server.js-BLE87T70.js';
import { s as submitting } from '../../../chunks/enhance.svelte.js-P9OMnLeB.js';
import { p as page_title } from '../../../chunks/page_title.js-DcyKRVla.js';
import { f as field_email } from '../../../chunks/field_email.js-B5JuFsZP.js';
import { f as field_password } from '../../../chunks/field_password.js-DoNRjreD.js';
import { F as Field } from '../../../chunks/Field.js-BOBV9jbg.js';
import { F as FormAlert } from '../../../chunks/FormAlert.js-L-NnjxoB.js';
import { P as ProfileFields } from '../../../chunks/ProfileFields.js-Cc-xHqd7.js';
import { f as formErrorMessage, a as fieldErrorMessages } from '../../../chunks/errors.js-BSO-Lm7a.js';
import { e as getLocale } from '../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../chunks/shared.js-DUAwVbGM.js';
import '../../../chunks/index-server.js-CutNbI_-.js';
import '../../../chunks/client.js-C3Zw1AhV.js';
import '../../../chunks/exports.js-BDUeH8ma.js';
import '../../../chunks/internal2.js-B8C7YPNb.js';
import '../../../chunks/utils.js-dm2kV1-z.js';
import '../../../chunks/optional.js-BOctzD7Z.js';
import '../../../chunks/select_placeholder.js-BhG-DCiB.js';
import '../../../chunks/field_country.js-BozyTGQq.js';
import '../../../chunks/country_group_academy.js-B-Rey_NI.js';
import '../../../chunks/country_group_other.js-DJx8yktl.js';
import '../../../chunks/field_sector.js-BnQkV_d9.js';
import '../../../chunks/labels.js-DuJCQrCL.js';
import '../../../chunks/locale_es.js-C_uyAtcI.js';
import '../../../chunks/locale_en.js-C5IfUzEZ.js';
import '../../../chunks/src.js-BEir3teA.js';
import 'zod';
import '../../../chunks/countries.js-BtjWBecQ.js';
import '../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../chunks/error_unknown.js-C1rriivB.js';

// src/lib/paraglide/messages/register_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_TitleInputs */
var es_register_title = () => {
	return `Crear una cuenta`;
};
var en_register_title = () => {
	return `Create an account`;
};
/**
* | output |
* | --- |
* | "Create an account" |
*
* @param {Register_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var register_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_register_title();
	return es_register_title();
});
// src/lib/paraglide/messages/register_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_IntroInputs */
var es_register_intro = () => {
	return `Complete su perfil para participar en los cursos de la academia. Los datos de género, país y sector se usan solo de forma agregada en los informes de participación.`;
};
var en_register_intro = () => {
	return `Complete your profile to take part in the academy's courses. Gender, country and sector are only used in aggregate in participation reports.`;
};
/**
* | output |
* | --- |
* | "Complete your profile to take part in the academy's courses. Gender, country and sector are only used in aggregate in participation reports." |
*
* @param {Register_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var register_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_register_intro();
	return es_register_intro();
});
// src/lib/paraglide/messages/register_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_SubmitInputs */
var es_register_submit = () => {
	return `Crear cuenta`;
};
var en_register_submit = () => {
	return `Create account`;
};
/**
* | output |
* | --- |
* | "Create account" |
*
* @param {Register_SubmitInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var register_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_register_submit();
	return es_register_submit();
});
// src/lib/paraglide/messages/register_have_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Have_AccountInputs */
var es_register_have_account = () => {
	return `¿Ya tiene una cuenta?`;
};
var en_register_have_account = () => {
	return `Already have an account?`;
};
/**
* | output |
* | --- |
* | "Already have an account?" |
*
* @param {Register_Have_AccountInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var register_have_account = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_register_have_account();
	return es_register_have_account();
});
// src/lib/paraglide/messages/register_login_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Login_LinkInputs */
var es_register_login_link = () => {
	return `Inicie sesión`;
};
var en_register_login_link = () => {
	return `Sign in`;
};
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Register_Login_LinkInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var register_login_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_register_login_link();
	return es_register_login_link();
});
// src/lib/paraglide/messages/register_section_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Section_AccountInputs */
var es_register_section_account = () => {
	return `Datos de acceso`;
};
var en_register_section_account = () => {
	return `Sign-in details`;
};
/**
* | output |
* | --- |
* | "Sign-in details" |
*
* @param {Register_Section_AccountInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var register_section_account = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_register_section_account();
	return es_register_section_account();
});
// src/lib/paraglide/messages/register_section_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Register_Section_ProfileInputs */
var es_register_section_profile = () => {
	return `Perfil`;
};
var en_register_section_profile = () => {
	return `Profile`;
};
/**
* | output |
* | --- |
* | "Profile" |
*
* @param {Register_Section_ProfileInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var register_section_profile = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_register_section_profile();
	return es_register_section_profile();
});
// src/lib/paraglide/messages/field_password_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_Password_HintInputs */
var es_field_password_hint = () => {
	return `Al menos 10 caracteres. Puede usar una frase fácil de recordar.`;
};
var en_field_password_hint = () => {
	return `At least 10 characters. A memorable phrase works well.`;
};
/**
* | output |
* | --- |
* | "At least 10 characters. A memorable phrase works well." |
*
* @param {Field_Password_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var field_password_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_field_password_hint();
	return es_field_password_hint();
});
// src/routes/register/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { form } = $$props;
		const pending = submitting();
		const errors = derived(() => fieldErrorMessages(form?.failure?.fields));
		const alert = derived(() => form?.failure ? formErrorMessage(form.failure.code) : null);
		head("52fghe", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: register_title() }))}</title>`);
			});
		});
		$$renderer.push(`<div class="register svelte-52fghe"><section class="card" aria-labelledby="register-title"><h1 id="register-title">${escape_html(register_title())}</h1> <p class="muted">${escape_html(register_intro())}</p> <form class="form" method="POST" novalidate="">`);
		FormAlert($$renderer, { message: alert() });
		$$renderer.push(`<!----> <fieldset><legend>${escape_html(register_section_account())}</legend> `);
		{
			function control($$renderer, { describedBy, invalid }) {
				$$renderer.push(`<input id="email" name="email" type="email" autocomplete="email" inputmode="email" required=""${attr("value", form?.email ?? "")}${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}/>`);
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
				$$renderer.push(`<input id="password" name="password" type="password" autocomplete="new-password" required="" minlength="10" maxlength="200"${attr("aria-describedby", describedBy)}${attr("aria-invalid", invalid)}/>`);
			}
			Field($$renderer, {
				id: "password",
				label: field_password(),
				hint: field_password_hint(),
				error: errors().password,
				control});
		}
		$$renderer.push(`<!----></fieldset> <fieldset><legend>${escape_html(register_section_profile())}</legend> `);
		ProfileFields($$renderer, {
			values: form?.values,
			errors: errors()
		});
		$$renderer.push(`<!----></fieldset> <div class="form-actions"><button class="button" type="submit"${attr("disabled", pending.active, true)}>${escape_html(register_submit())}</button></div></form> <p class="switch svelte-52fghe">${escape_html(register_have_account())} <a href="/login">${escape_html(register_login_link())}</a></p></section></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DY5NnLU2.js.map
