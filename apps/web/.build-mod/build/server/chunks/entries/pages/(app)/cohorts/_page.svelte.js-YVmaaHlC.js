import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, a1 as derived, ao as element, al as attr_class, am as stringify } from '../../../../chunks/server.js-BLE87T70.js';
import { s as submitting } from '../../../../chunks/enhance.svelte.js-P9OMnLeB.js';
import { p as page_title } from '../../../../chunks/page_title.js-DcyKRVla.js';
import { f as field_country } from '../../../../chunks/field_country.js-BozyTGQq.js';
import { c as country_group_academy } from '../../../../chunks/country_group_academy.js-B-Rey_NI.js';
import { c as country_group_other } from '../../../../chunks/country_group_other.js-DJx8yktl.js';
import { a as formatDay } from '../../../../chunks/schedule.js-DRV8XJJK.js';
import { n as nav_build } from '../../../../chunks/nav_build.js-AZ5qHY6c.js';
import { c as cohortStatusLabel, m as memberRoleLabel } from '../../../../chunks/catalog-labels.js-DD5M8Enr.js';
import { c as cohort_countries } from '../../../../chunks/cohort_countries.js-wtdEhbDm.js';
import { c as cohort_status } from '../../../../chunks/cohort_status.js-BWssy9Uy.js';
import { c as cohorts_mine_title, a as cohort_members, b as cohort_members_of, d as cohort_my_role } from '../../../../chunks/cohorts_mine_title.js-dXWOUyDL.js';
import { c as cohort_course } from '../../../../chunks/cohort_course.js-Dsa0C97Y.js';
import { c as cohorts_all_title } from '../../../../chunks/cohorts_all_title.js-B1IKEO5Q.js';
import { a as countryGroups, c as countryName } from '../../../../chunks/countries.js-BtjWBecQ.js';
import { l as localized } from '../../../../chunks/localized.js-5IdAKyD2.js';
import { e as getLocale } from '../../../../chunks/runtime.js-B8EFPPLT.js';
import { F as FormAlert } from '../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { f as formErrorMessage } from '../../../../chunks/errors.js-BSO-Lm7a.js';
import '../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../chunks/index-server.js-CutNbI_-.js';
import '../../../../chunks/client.js-C3Zw1AhV.js';
import '../../../../chunks/exports.js-BDUeH8ma.js';
import '../../../../chunks/internal2.js-B8C7YPNb.js';
import '../../../../chunks/utils.js-dm2kV1-z.js';
import '../../../../chunks/src.js-BEir3teA.js';
import 'zod';
import '../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../chunks/error_unknown.js-C1rriivB.js';

// src/lib/paraglide/messages/cohort_dates.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_DatesInputs */
var es_cohort_dates = () => {
	return `Fechas`;
};
var en_cohort_dates = () => {
	return `Dates`;
};
/**
* | output |
* | --- |
* | "Dates" |
*
* @param {Cohort_DatesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_dates = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_dates();
	return es_cohort_dates();
});
// src/lib/paraglide/messages/cohorts_mine_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_Mine_IntroInputs */
var es_cohorts_mine_intro = () => {
	return `Los grupos en los que estudia o facilita, con colegas de la región.`;
};
var en_cohorts_mine_intro = () => {
	return `The groups you study in or facilitate, with colleagues from the region.`;
};
/**
* | output |
* | --- |
* | "The groups you study in or facilitate, with colleagues from the region." |
*
* @param {Cohorts_Mine_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_mine_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_mine_intro();
	return es_cohorts_mine_intro();
});
// src/lib/paraglide/messages/cohorts_mine_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_Mine_HeadingInputs */
var es_cohorts_mine_heading = () => {
	return `Sus cohortes`;
};
var en_cohorts_mine_heading = () => {
	return `Your cohorts`;
};
/**
* | output |
* | --- |
* | "Your cohorts" |
*
* @param {Cohorts_Mine_HeadingInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_mine_heading = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_mine_heading();
	return es_cohorts_mine_heading();
});
// src/lib/paraglide/messages/cohorts_mine_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_Mine_EmptyInputs */
var es_cohorts_mine_empty = () => {
	return `Aún no forma parte de ninguna cohorte.`;
};
var en_cohorts_mine_empty = () => {
	return `You are not in any cohort yet.`;
};
/**
* | output |
* | --- |
* | "You are not in any cohort yet." |
*
* @param {Cohorts_Mine_EmptyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_mine_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_mine_empty();
	return es_cohorts_mine_empty();
});
// src/lib/paraglide/messages/cohorts_all_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_All_IntroInputs */
var es_cohorts_all_intro = () => {
	return `Todas las cohortes de la academia. Filtre por curso o por país.`;
};
var en_cohorts_all_intro = () => {
	return `Every cohort of the academy. Filter by course or country.`;
};
/**
* | output |
* | --- |
* | "Every cohort of the academy. Filter by course or country." |
*
* @param {Cohorts_All_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_all_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_all_intro();
	return es_cohorts_all_intro();
});
// src/lib/paraglide/messages/cohorts_new.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_NewInputs */
var es_cohorts_new = () => {
	return `Nueva cohorte`;
};
var en_cohorts_new = () => {
	return `New cohort`;
};
/**
* | output |
* | --- |
* | "New cohort" |
*
* @param {Cohorts_NewInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_new = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_new();
	return es_cohorts_new();
});
// src/lib/paraglide/messages/cohorts_filter_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_Filter_LabelInputs */
var es_cohorts_filter_label = () => {
	return `Filtrar cohortes`;
};
var en_cohorts_filter_label = () => {
	return `Filter cohorts`;
};
/**
* | output |
* | --- |
* | "Filter cohorts" |
*
* @param {Cohorts_Filter_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_filter_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_filter_label();
	return es_cohorts_filter_label();
});
// src/lib/paraglide/messages/cohorts_filter_all_courses.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_Filter_All_CoursesInputs */
var es_cohorts_filter_all_courses = () => {
	return `Todos los cursos`;
};
var en_cohorts_filter_all_courses = () => {
	return `All courses`;
};
/**
* | output |
* | --- |
* | "All courses" |
*
* @param {Cohorts_Filter_All_CoursesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_filter_all_courses = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_filter_all_courses();
	return es_cohorts_filter_all_courses();
});
// src/lib/paraglide/messages/cohorts_filter_all_countries.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_Filter_All_CountriesInputs */
var es_cohorts_filter_all_countries = () => {
	return `Todos los países`;
};
var en_cohorts_filter_all_countries = () => {
	return `All countries`;
};
/**
* | output |
* | --- |
* | "All countries" |
*
* @param {Cohorts_Filter_All_CountriesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_filter_all_countries = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_filter_all_countries();
	return es_cohorts_filter_all_countries();
});
// src/lib/paraglide/messages/cohorts_filter_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_Filter_SubmitInputs */
var es_cohorts_filter_submit = () => {
	return `Filtrar`;
};
var en_cohorts_filter_submit = () => {
	return `Filter`;
};
/**
* | output |
* | --- |
* | "Filter" |
*
* @param {Cohorts_Filter_SubmitInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_filter_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_filter_submit();
	return es_cohorts_filter_submit();
});
// src/lib/paraglide/messages/cohorts_count.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Cohorts_CountInputs */
var es_cohorts_count = (i) => {
	return `Cohortes encontradas: ${i?.count}`;
};
var en_cohorts_count = (i) => {
	return `Cohorts found: ${i?.count}`;
};
/**
* | output |
* | --- |
* | "Cohorts found: {count}" |
*
* @param {Cohorts_CountInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_count = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_count(inputs);
	return es_cohorts_count(inputs);
});
// src/lib/paraglide/messages/cohorts_none_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_None_FoundInputs */
var es_cohorts_none_found = () => {
	return `No hay cohortes con estos filtros.`;
};
var en_cohorts_none_found = () => {
	return `No cohort matches these filters.`;
};
/**
* | output |
* | --- |
* | "No cohort matches these filters." |
*
* @param {Cohorts_None_FoundInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_none_found = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_none_found();
	return es_cohorts_none_found();
});
// src/lib/paraglide/messages/cohorts_open_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_Open_TitleInputs */
var es_cohorts_open_title = () => {
	return `Cohortes abiertas a la inscripción`;
};
var en_cohorts_open_title = () => {
	return `Cohorts open for enrolment`;
};
/**
* | output |
* | --- |
* | "Cohorts open for enrolment" |
*
* @param {Cohorts_Open_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_open_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_open_title();
	return es_cohorts_open_title();
});
// src/lib/paraglide/messages/cohorts_open_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_Open_IntroInputs */
var es_cohorts_open_intro = () => {
	return `Puede unirse por su cuenta a estas cohortes de su país.`;
};
var en_cohorts_open_intro = () => {
	return `You can join these cohorts of your country yourself.`;
};
/**
* | output |
* | --- |
* | "You can join these cohorts of your country yourself." |
*
* @param {Cohorts_Open_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_open_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_open_intro();
	return es_cohorts_open_intro();
});
// src/lib/paraglide/messages/cohorts_join.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_JoinInputs */
var es_cohorts_join = () => {
	return `Unirme`;
};
var en_cohorts_join = () => {
	return `Join`;
};
/**
* | output |
* | --- |
* | "Join" |
*
* @param {Cohorts_JoinInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_join = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_join();
	return es_cohorts_join();
});
// src/lib/components/CohortCard.svelte
function CohortCard($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { cohort, headingLevel = 2, actions } = $$props;
		const locale = getLocale();
		$$renderer.push(`<article class="card cohort-card svelte-5kwoot">`);
		element($$renderer, `h${headingLevel}`, () => {
			$$renderer.push(` class="cohort-name svelte-5kwoot"`);
		}, () => {
			$$renderer.push(`<a${attr("href", `/cohorts/${stringify(cohort.id)}`)}>${escape_html(cohort.name)}</a>`);
		});
		$$renderer.push(` `);
		if (cohort.course) $$renderer.push(`<!--[0--><p class="course svelte-5kwoot">${escape_html(localized(cohort.course.title, locale))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <dl class="svelte-5kwoot"><div><dt class="svelte-5kwoot">${escape_html(cohort_countries())}</dt> <dd class="svelte-5kwoot">${escape_html(cohort.countries.map((code) => countryName(code, locale)).join(", "))}</dd></div> <div><dt class="svelte-5kwoot">${escape_html(cohort_dates())}</dt> <dd class="svelte-5kwoot">${escape_html(formatDay(cohort.startsAt, cohort.timezone, locale))} – ${escape_html(formatDay(cohort.endsAt, cohort.timezone, locale))}</dd></div> <div><dt class="svelte-5kwoot">${escape_html(cohort_status())}</dt> <dd class="svelte-5kwoot"><span${attr_class(`status status-${stringify(cohort.status)}`, "svelte-5kwoot")}>${escape_html(cohortStatusLabel(cohort.status))}</span></dd></div> <div><dt class="svelte-5kwoot">${escape_html(cohort_members())}</dt> <dd class="svelte-5kwoot">${escape_html(cohort.capacity ? cohort_members_of({
			count: cohort.memberCount,
			capacity: cohort.capacity
		}) : cohort.memberCount)}</dd></div> `);
		if (cohort.myRole) $$renderer.push(`<!--[0--><div><dt class="svelte-5kwoot">${escape_html(cohort_my_role())}</dt> <dd class="svelte-5kwoot">${escape_html(memberRoleLabel(cohort.myRole))}</dd></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></dl> `);
		if (actions) {
			$$renderer.push(`<!--[0--><div class="actions svelte-5kwoot">`);
			actions($$renderer);
			$$renderer.push(`<!----></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></article>`);
	});
}
// src/routes/(app)/cohorts/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const locale = getLocale();
		const pending = submitting();
		const countries = countryGroups(locale);
		const loadAlert = derived(() => data.loadFailure ? formErrorMessage(data.loadFailure.code) : null);
		const joinFailure = derived(() => form && "failure" in form && form.failure ? {
			cohortId: form.cohortId,
			message: formErrorMessage(form.failure.code)
		} : null);
		head("1hzzwjs", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: data.manager ? cohorts_all_title() : cohorts_mine_title() }))}</title>`);
			});
		});
		$$renderer.push(`<header class="page-header with-action svelte-1hzzwjs"><div><h1>${escape_html(data.manager ? cohorts_all_title() : cohorts_mine_title())}</h1> <p>${escape_html(data.manager ? cohorts_all_intro() : cohorts_mine_intro())}</p></div> `);
		if (data.manager) $$renderer.push(`<!--[0--><div class="header-actions svelte-1hzzwjs"><a class="button" href="/cohorts/new">${escape_html(cohorts_new())}</a> <a class="button button-secondary" href="/cohorts/build">${escape_html(nav_build())}</a></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></header> `);
		if (data.manager) {
			$$renderer.push(`<!--[0--><section class="card filters svelte-1hzzwjs"${attr("aria-label", cohorts_filter_label())}><form method="GET" class="filter-form svelte-1hzzwjs"><div class="filter-field svelte-1hzzwjs"><label for="filter-course" class="svelte-1hzzwjs">${escape_html(cohort_course())}</label> <select id="filter-course" name="courseId">`);
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html(cohorts_filter_all_courses())}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(data.courses);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let course = each_array[$$index];
				$$renderer.option({
					value: course.id,
					selected: data.filter.courseId === course.id
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(localized(course.title, locale))}`);
				});
			}
			$$renderer.push(`<!--]--></select></div> <div class="filter-field svelte-1hzzwjs"><label for="filter-country" class="svelte-1hzzwjs">${escape_html(field_country())}</label> <select id="filter-country" name="country">`);
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html(cohorts_filter_all_countries())}`);
			});
			$$renderer.push(`<optgroup${attr("label", country_group_academy())}><!--[-->`);
			const each_array_1 = ensure_array_like(countries.academy);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let option = each_array_1[$$index_1];
				$$renderer.option({
					value: option.code,
					selected: data.filter.country === option.code
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(option.name)}`);
				});
			}
			$$renderer.push(`<!--]--></optgroup><optgroup${attr("label", country_group_other())}><!--[-->`);
			const each_array_2 = ensure_array_like(countries.others);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let option = each_array_2[$$index_2];
				$$renderer.option({
					value: option.code,
					selected: data.filter.country === option.code
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(option.name)}`);
				});
			}
			$$renderer.push(`<!--]--></optgroup></select></div> <button class="button button-secondary" type="submit">${escape_html(cohorts_filter_submit())}</button></form></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		FormAlert($$renderer, { message: loadAlert() });
		$$renderer.push(`<!----> <section aria-labelledby="list-title"><h2 id="list-title" class="list-title svelte-1hzzwjs">${escape_html(data.manager ? cohorts_count({ count: data.cohorts.length }) : cohorts_mine_heading())}</h2> `);
		if (data.cohorts.length === 0 && !data.loadFailure) $$renderer.push(`<!--[0--><p class="card muted">${escape_html(data.manager ? cohorts_none_found() : cohorts_mine_empty())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="cohort-grid svelte-1hzzwjs"><!--[-->`);
			const each_array_3 = ensure_array_like(data.cohorts);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let cohort = each_array_3[$$index_3];
				$$renderer.push(`<li class="svelte-1hzzwjs">`);
				CohortCard($$renderer, {
					cohort,
					headingLevel: 3
				});
				$$renderer.push(`<!----></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--></section> `);
		if (!data.manager && data.open.length > 0) {
			$$renderer.push(`<!--[0--><section aria-labelledby="open-title" class="open svelte-1hzzwjs"><h2 id="open-title">${escape_html(cohorts_open_title())}</h2> <p class="muted">${escape_html(cohorts_open_intro())}</p> <ul class="cohort-grid svelte-1hzzwjs"><!--[-->`);
			const each_array_4 = ensure_array_like(data.open);
			for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
				let cohort = each_array_4[$$index_4];
				$$renderer.push(`<li class="svelte-1hzzwjs">`);
				{
					function actions($$renderer) {
						$$renderer.push(`<form method="POST" action="?/join"><input type="hidden" name="cohortId"${attr("value", cohort.id)}/> <button class="button" type="submit"${attr("disabled", pending.active, true)}>${escape_html(cohorts_join())}<span class="visually-hidden">: ${escape_html(cohort.name)}</span></button></form> `);
						if (joinFailure()?.cohortId === cohort.id) $$renderer.push(`<!--[0--><p class="row-error svelte-1hzzwjs" role="alert">${escape_html(joinFailure().message)}</p>`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]-->`);
					}
					CohortCard($$renderer, {
						cohort,
						headingLevel: 3,
						actions});
				}
				$$renderer.push(`<!----></li>`);
			}
			$$renderer.push(`<!--]--></ul></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-YVmaaHlC.js.map
