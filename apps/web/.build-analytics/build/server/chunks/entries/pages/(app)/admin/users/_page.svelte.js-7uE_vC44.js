import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, am as stringify, a1 as derived } from '../../../../../chunks/server.js-BLE87T70.js';
import { s as submitting } from '../../../../../chunks/enhance.svelte.js-P9OMnLeB.js';
import { p as page_title } from '../../../../../chunks/page_title.js-DcyKRVla.js';
import { R as ROLES } from '../../../../../chunks/src.js-BEir3teA.js';
import { u as users_col_name, a as users_col_country } from '../../../../../chunks/users_col_country.js-BJkMXdni.js';
import { F as FormAlert } from '../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { c as countryName } from '../../../../../chunks/countries.js-BtjWBecQ.js';
import { f as formErrorMessage } from '../../../../../chunks/errors.js-BSO-Lm7a.js';
import { r as roleLabel } from '../../../../../chunks/labels.js-DuJCQrCL.js';
import { e as getLocale } from '../../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../../chunks/index-server.js-CutNbI_-.js';
import '../../../../../chunks/client.js-C3Zw1AhV.js';
import '../../../../../chunks/exports.js-BDUeH8ma.js';
import '../../../../../chunks/internal2.js-B8C7YPNb.js';
import '../../../../../chunks/utils.js-dm2kV1-z.js';
import 'zod';
import '../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../../chunks/error_unknown.js-C1rriivB.js';
import '../../../../../chunks/locale_es.js-C_uyAtcI.js';
import '../../../../../chunks/locale_en.js-C5IfUzEZ.js';

// src/lib/paraglide/messages/users_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_TitleInputs */
var es_users_title = () => {
	return `Usuarios`;
};
var en_users_title = () => {
	return `Users`;
};
/**
* | output |
* | --- |
* | "Users" |
*
* @param {Users_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_title();
	return es_users_title();
});
// src/lib/paraglide/messages/users_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_IntroInputs */
var es_users_intro = () => {
	return `Consulte las cuentas registradas y asigne roles. La coordinación puede asignar los roles de participante y de facilitación; la administración, todos los roles.`;
};
var en_users_intro = () => {
	return `Review registered accounts and assign roles. Coordinators can assign the learner and facilitator roles; administrators can assign any role.`;
};
/**
* | output |
* | --- |
* | "Review registered accounts and assign roles. Coordinators can assign the learner and facilitator roles; administrators can assign any role." |
*
* @param {Users_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_intro();
	return es_users_intro();
});
// src/lib/paraglide/messages/users_filter_role.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_Filter_RoleInputs */
var es_users_filter_role = () => {
	return `Filtrar por rol`;
};
var en_users_filter_role = () => {
	return `Filter by role`;
};
/**
* | output |
* | --- |
* | "Filter by role" |
*
* @param {Users_Filter_RoleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_filter_role = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_filter_role();
	return es_users_filter_role();
});
// src/lib/paraglide/messages/users_filter_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_Filter_AllInputs */
var es_users_filter_all = () => {
	return `Todos los roles`;
};
var en_users_filter_all = () => {
	return `All roles`;
};
/**
* | output |
* | --- |
* | "All roles" |
*
* @param {Users_Filter_AllInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_filter_all = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_filter_all();
	return es_users_filter_all();
});
// src/lib/paraglide/messages/users_filter_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_Filter_SubmitInputs */
var es_users_filter_submit = () => {
	return `Aplicar filtro`;
};
var en_users_filter_submit = () => {
	return `Apply filter`;
};
/**
* | output |
* | --- |
* | "Apply filter" |
*
* @param {Users_Filter_SubmitInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_filter_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_filter_submit();
	return es_users_filter_submit();
});
// src/lib/paraglide/messages/users_table_caption.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_Table_CaptionInputs */
var es_users_table_caption = () => {
	return `Cuentas registradas`;
};
var en_users_table_caption = () => {
	return `Registered accounts`;
};
/**
* | output |
* | --- |
* | "Registered accounts" |
*
* @param {Users_Table_CaptionInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_table_caption = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_table_caption();
	return es_users_table_caption();
});
// src/lib/paraglide/messages/users_col_email.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_Col_EmailInputs */
var es_users_col_email = () => {
	return `Correo electrónico`;
};
var en_users_col_email = () => {
	return `Email`;
};
/**
* | output |
* | --- |
* | "Email" |
*
* @param {Users_Col_EmailInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_col_email = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_col_email();
	return es_users_col_email();
});
// src/lib/paraglide/messages/users_col_role.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_Col_RoleInputs */
var es_users_col_role = () => {
	return `Rol`;
};
var en_users_col_role = () => {
	return `Role`;
};
/**
* | output |
* | --- |
* | "Role" |
*
* @param {Users_Col_RoleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_col_role = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_col_role();
	return es_users_col_role();
});
// src/lib/paraglide/messages/users_col_change.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_Col_ChangeInputs */
var es_users_col_change = () => {
	return `Cambiar rol`;
};
var en_users_col_change = () => {
	return `Change role`;
};
/**
* | output |
* | --- |
* | "Change role" |
*
* @param {Users_Col_ChangeInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_col_change = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_col_change();
	return es_users_col_change();
});
// src/lib/paraglide/messages/users_change_role_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Users_Change_Role_LabelInputs */
var es_users_change_role_label = (i) => {
	return `Nuevo rol para ${i?.name}`;
};
var en_users_change_role_label = (i) => {
	return `New role for ${i?.name}`;
};
/**
* | output |
* | --- |
* | "New role for {name}" |
*
* @param {Users_Change_Role_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_change_role_label = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_change_role_label(inputs);
	return es_users_change_role_label(inputs);
});
// src/lib/paraglide/messages/users_change_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_Change_SubmitInputs */
var es_users_change_submit = () => {
	return `Cambiar`;
};
var en_users_change_submit = () => {
	return `Change`;
};
/**
* | output |
* | --- |
* | "Change" |
*
* @param {Users_Change_SubmitInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_change_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_change_submit();
	return es_users_change_submit();
});
// src/lib/paraglide/messages/users_role_changed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown> }} Users_Role_ChangedInputs */
var es_users_role_changed = (i) => {
	return `El rol de ${i?.name} ahora es ${i?.role}.`;
};
var en_users_role_changed = (i) => {
	return `${i?.name} now has the role ${i?.role}.`;
};
/**
* | output |
* | --- |
* | "{name} now has the role {role}." |
*
* @param {Users_Role_ChangedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_role_changed = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_role_changed(inputs);
	return es_users_role_changed(inputs);
});
// src/lib/paraglide/messages/users_you.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_YouInputs */
var es_users_you = () => {
	return `Su cuenta`;
};
var en_users_you = () => {
	return `Your account`;
};
/**
* | output |
* | --- |
* | "Your account" |
*
* @param {Users_YouInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_you = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_you();
	return es_users_you();
});
// src/lib/paraglide/messages/users_next_page.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_Next_PageInputs */
var es_users_next_page = () => {
	return `Página siguiente`;
};
var en_users_next_page = () => {
	return `Next page`;
};
/**
* | output |
* | --- |
* | "Next page" |
*
* @param {Users_Next_PageInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_next_page = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_next_page();
	return es_users_next_page();
});
// src/lib/paraglide/messages/users_first_page.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_First_PageInputs */
var es_users_first_page = () => {
	return `Volver a la primera página`;
};
var en_users_first_page = () => {
	return `Back to the first page`;
};
/**
* | output |
* | --- |
* | "Back to the first page" |
*
* @param {Users_First_PageInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_first_page = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_first_page();
	return es_users_first_page();
});
// src/lib/paraglide/messages/users_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Users_EmptyInputs */
var es_users_empty = () => {
	return `No hay cuentas que coincidan con este filtro.`;
};
var en_users_empty = () => {
	return `No accounts match this filter.`;
};
/**
* | output |
* | --- |
* | "No accounts match this filter." |
*
* @param {Users_EmptyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var users_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_users_empty();
	return es_users_empty();
});
// src/routes/(app)/admin/users/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const pending = submitting();
		const locale = getLocale();
		const changed = derived(() => form && "changed" in form ? form.changed : null);
		const rowFailure = derived(() => form && "failure" in form && form.failure ? {
			userId: form.userId,
			failure: form.failure
		} : null);
		const status = derived(() => changed() ? users_role_changed({
			name: changed().displayName,
			role: roleLabel(changed().role)
		}) : null);
		const loadAlert = derived(() => data.loadFailure ? formErrorMessage(data.loadFailure.code) : null);
		function nextHref(cursor) {
			const params = new URLSearchParams({ cursor });
			if (data.role) params.set("role", data.role);
			return `?${params}`;
		}
		head("pw4axa", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: users_title() }))}</title>`);
			});
		});
		$$renderer.push(`<header class="page-header"><h1>${escape_html(users_title())}</h1> <p>${escape_html(users_intro())}</p></header> <section class="card"><form class="filter svelte-pw4axa" method="GET"><label for="role-filter" class="svelte-pw4axa">${escape_html(users_filter_role())}</label> <select id="role-filter" name="role" class="svelte-pw4axa">`);
		$$renderer.option({
			value: "",
			selected: !data.role
		}, ($$renderer) => {
			$$renderer.push(`${escape_html(users_filter_all())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array = ensure_array_like(ROLES);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let role = each_array[$$index];
			$$renderer.option({
				value: role,
				selected: data.role === role
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(roleLabel(role))}`);
			});
		}
		$$renderer.push(`<!--]--></select> <button class="button button-secondary" type="submit">${escape_html(users_filter_submit())}</button></form> `);
		FormAlert($$renderer, { message: loadAlert() });
		$$renderer.push(`<!----> `);
		FormAlert($$renderer, {
			tone: "success",
			message: status()
		});
		$$renderer.push(`<!----> `);
		if (data.items.length === 0 && !data.loadFailure) $$renderer.push(`<!--[0--><p class="muted empty svelte-pw4axa">${escape_html(users_empty())}</p>`);
		else if (data.items.length > 0) {
			$$renderer.push(`<!--[1--><div class="table-wrap svelte-pw4axa"><table class="svelte-pw4axa"><caption class="visually-hidden">${escape_html(users_table_caption())}</caption><thead class="svelte-pw4axa"><tr class="svelte-pw4axa"><th scope="col" class="svelte-pw4axa">${escape_html(users_col_name())}</th><th scope="col" class="svelte-pw4axa">${escape_html(users_col_email())}</th><th scope="col" class="svelte-pw4axa">${escape_html(users_col_country())}</th><th scope="col" class="svelte-pw4axa">${escape_html(users_col_role())}</th><th scope="col" class="svelte-pw4axa">${escape_html(users_col_change())}</th></tr></thead><tbody class="svelte-pw4axa"><!--[-->`);
			const each_array_1 = ensure_array_like(data.items);
			for (let $$index_2 = 0, $$length = each_array_1.length; $$index_2 < $$length; $$index_2++) {
				let person = each_array_1[$$index_2];
				const own = person.id === data.me.id;
				const error = rowFailure()?.userId === person.id ? formErrorMessage(rowFailure().failure.code, "roleChange") : null;
				$$renderer.push(`<tr class="svelte-pw4axa"><th scope="row"${attr("data-label", users_col_name())} class="svelte-pw4axa">${escape_html(person.displayName)}</th><td${attr("data-label", users_col_email())} class="svelte-pw4axa">${escape_html(person.email ?? "—")}</td><td${attr("data-label", users_col_country())} class="svelte-pw4axa">${escape_html(countryName(person.country, locale))}</td><td${attr("data-label", users_col_role())} class="svelte-pw4axa">${escape_html(roleLabel(person.role))}</td><td${attr("data-label", users_col_change())} class="svelte-pw4axa">`);
				if (own) $$renderer.push(`<!--[0--><span class="muted">${escape_html(users_you())}</span>`);
				else {
					$$renderer.push(`<!--[-1--><form class="role-form svelte-pw4axa" method="POST" action="?/changeRole"><input type="hidden" name="userId"${attr("value", person.id)}/> <input type="hidden" name="displayName"${attr("value", person.displayName)}/> <label class="visually-hidden"${attr("for", `role-${stringify(person.id)}`)}>${escape_html(users_change_role_label({ name: person.displayName }))}</label> <select${attr("id", `role-${stringify(person.id)}`)} name="role"${attr("aria-invalid", error ? true : void 0)}${attr("aria-describedby", error ? `role-error-${person.id}` : void 0)} class="svelte-pw4axa"><!--[-->`);
					const each_array_2 = ensure_array_like(ROLES);
					for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
						let role = each_array_2[$$index_1];
						$$renderer.option({
							value: role,
							selected: person.role === role
						}, ($$renderer) => {
							$$renderer.push(`${escape_html(roleLabel(role))}`);
						});
					}
					$$renderer.push(`<!--]--></select> <button class="button button-secondary svelte-pw4axa" type="submit"${attr("disabled", pending.active, true)}>${escape_html(users_change_submit())}<span class="visually-hidden">: ${escape_html(person.displayName)}</span></button></form> `);
					if (error) $$renderer.push(`<!--[0--><p class="row-error svelte-pw4axa"${attr("id", `role-error-${stringify(person.id)}`)} role="alert">${escape_html(error)}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]-->`);
				}
				$$renderer.push(`<!--]--></td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <nav class="pager svelte-pw4axa"${attr("aria-label", users_table_caption())}>`);
		if (data.cursor) $$renderer.push(`<!--[0--><a${attr("href", data.role ? `?role=${data.role}` : "?")}>${escape_html(users_first_page())}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.nextCursor) $$renderer.push(`<!--[0--><a class="button button-secondary svelte-pw4axa"${attr("href", nextHref(data.nextCursor))}>${escape_html(users_next_page())}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></nav></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-7uE_vC44.js.map
