import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, am as stringify, a1 as derived } from '../../../../chunks/server.js-BLE87T70.js';
import { P as ProgressBar } from '../../../../chunks/ProgressBar.js-BHktAs9s.js';
import { p as page_title } from '../../../../chunks/page_title.js-DcyKRVla.js';
import { a as formatDay } from '../../../../chunks/schedule.js-DRV8XJJK.js';
import { e as error_unknown } from '../../../../chunks/error_unknown.js-C1rriivB.js';
import { c as course_progress_detail } from '../../../../chunks/course_progress_detail.js-B81klPMR.js';
import { c as cohortStatusLabel, m as memberRoleLabel } from '../../../../chunks/catalog-labels.js-DD5M8Enr.js';
import { c as countryName } from '../../../../chunks/countries.js-BtjWBecQ.js';
import { l as localized } from '../../../../chunks/localized.js-5IdAKyD2.js';
import { r as roleLabel, s as sectorLabel } from '../../../../chunks/labels.js-DuJCQrCL.js';
import { e as getLocale } from '../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../chunks/src.js-BEir3teA.js';
import 'zod';
import '../../../../chunks/locale_es.js-C_uyAtcI.js';
import '../../../../chunks/locale_en.js-C5IfUzEZ.js';

// src/lib/paraglide/messages/home_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_TitleInputs */
var es_home_title = () => {
	return `Inicio`;
};
var en_home_title = () => {
	return `Home`;
};
/**
* | output |
* | --- |
* | "Home" |
*
* @param {Home_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_title();
	return es_home_title();
});
// src/lib/paraglide/messages/home_greeting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Home_GreetingInputs */
var es_home_greeting = (i) => {
	return `Le damos la bienvenida, ${i?.name}`;
};
var en_home_greeting = (i) => {
	return `Welcome, ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Welcome, {name}" |
*
* @param {Home_GreetingInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_greeting = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_greeting(inputs);
	return es_home_greeting(inputs);
});
// src/lib/paraglide/messages/home_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_IntroInputs */
var es_home_intro = () => {
	return `Este es su espacio en la academia de seguridad ciudadana.`;
};
var en_home_intro = () => {
	return `This is your space in the citizen-security academy.`;
};
/**
* | output |
* | --- |
* | "This is your space in the citizen-security academy." |
*
* @param {Home_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_intro();
	return es_home_intro();
});
// src/lib/paraglide/messages/home_summary_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Summary_LabelInputs */
var es_home_summary_label = () => {
	return `Su cuenta`;
};
var en_home_summary_label = () => {
	return `Your account`;
};
/**
* | output |
* | --- |
* | "Your account" |
*
* @param {Home_Summary_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_summary_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_summary_label();
	return es_home_summary_label();
});
// src/lib/paraglide/messages/home_role.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_RoleInputs */
var es_home_role = () => {
	return `Rol`;
};
var en_home_role = () => {
	return `Role`;
};
/**
* | output |
* | --- |
* | "Role" |
*
* @param {Home_RoleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_role = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_role();
	return es_home_role();
});
// src/lib/paraglide/messages/home_country.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_CountryInputs */
var es_home_country = () => {
	return `País`;
};
var en_home_country = () => {
	return `Country`;
};
/**
* | output |
* | --- |
* | "Country" |
*
* @param {Home_CountryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_country = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_country();
	return es_home_country();
});
// src/lib/paraglide/messages/home_sector.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_SectorInputs */
var es_home_sector = () => {
	return `Sector`;
};
var en_home_sector = () => {
	return `Sector`;
};
/**
* | output |
* | --- |
* | "Sector" |
*
* @param {Home_SectorInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_sector = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_sector();
	return es_home_sector();
});
// src/lib/paraglide/messages/home_cohorts_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Cohorts_TitleInputs */
var es_home_cohorts_title = () => {
	return `Mis cohortes`;
};
var en_home_cohorts_title = () => {
	return `My cohorts`;
};
/**
* | output |
* | --- |
* | "My cohorts" |
*
* @param {Home_Cohorts_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_cohorts_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_cohorts_title();
	return es_home_cohorts_title();
});
// src/lib/paraglide/messages/home_profile_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Profile_TitleInputs */
var es_home_profile_title = () => {
	return `Su perfil`;
};
var en_home_profile_title = () => {
	return `Your profile`;
};
/**
* | output |
* | --- |
* | "Your profile" |
*
* @param {Home_Profile_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_profile_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_profile_title();
	return es_home_profile_title();
});
// src/lib/paraglide/messages/home_profile_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Profile_TextInputs */
var es_home_profile_text = () => {
	return `Mantenga al día su institución y su idioma preferido.`;
};
var en_home_profile_text = () => {
	return `Keep your institution and preferred language up to date.`;
};
/**
* | output |
* | --- |
* | "Keep your institution and preferred language up to date." |
*
* @param {Home_Profile_TextInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_profile_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_profile_text();
	return es_home_profile_text();
});
// src/lib/paraglide/messages/home_profile_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Profile_LinkInputs */
var es_home_profile_link = () => {
	return `Revisar mi perfil`;
};
var en_home_profile_link = () => {
	return `Review my profile`;
};
/**
* | output |
* | --- |
* | "Review my profile" |
*
* @param {Home_Profile_LinkInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_profile_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_profile_link();
	return es_home_profile_link();
});
// src/lib/paraglide/messages/home_users_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Users_TitleInputs */
var es_home_users_title = () => {
	return `Gestión de cuentas`;
};
var en_home_users_title = () => {
	return `Account management`;
};
/**
* | output |
* | --- |
* | "Account management" |
*
* @param {Home_Users_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_users_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_users_title();
	return es_home_users_title();
});
// src/lib/paraglide/messages/home_users_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Users_TextInputs */
var es_home_users_text = () => {
	return `Consulte las cuentas registradas y asigne roles.`;
};
var en_home_users_text = () => {
	return `Review registered accounts and assign roles.`;
};
/**
* | output |
* | --- |
* | "Review registered accounts and assign roles." |
*
* @param {Home_Users_TextInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_users_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_users_text();
	return es_home_users_text();
});
// src/lib/paraglide/messages/home_users_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Users_LinkInputs */
var es_home_users_link = () => {
	return `Ir a Usuarios`;
};
var en_home_users_link = () => {
	return `Go to Users`;
};
/**
* | output |
* | --- |
* | "Go to Users" |
*
* @param {Home_Users_LinkInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_users_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_users_link();
	return es_home_users_link();
});
// src/lib/paraglide/messages/home_cohorts_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Cohorts_EmptyInputs */
var es_home_cohorts_empty = () => {
	return `Aún no forma parte de ninguna cohorte.`;
};
var en_home_cohorts_empty = () => {
	return `You are not in any cohort yet.`;
};
/**
* | output |
* | --- |
* | "You are not in any cohort yet." |
*
* @param {Home_Cohorts_EmptyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_cohorts_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_cohorts_empty();
	return es_home_cohorts_empty();
});
// src/lib/paraglide/messages/home_browse_courses.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Browse_CoursesInputs */
var es_home_browse_courses = () => {
	return `Explore el catálogo de cursos.`;
};
var en_home_browse_courses = () => {
	return `Browse the course catalogue.`;
};
/**
* | output |
* | --- |
* | "Browse the course catalogue." |
*
* @param {Home_Browse_CoursesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_browse_courses = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_browse_courses();
	return es_home_browse_courses();
});
// src/lib/paraglide/messages/home_open_course.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Open_CourseInputs */
var es_home_open_course = () => {
	return `Ir al curso`;
};
var en_home_open_course = () => {
	return `Go to the course`;
};
/**
* | output |
* | --- |
* | "Go to the course" |
*
* @param {Home_Open_CourseInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_open_course = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_open_course();
	return es_home_open_course();
});
// src/lib/paraglide/messages/home_all_cohorts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Home_All_CohortsInputs */
var es_home_all_cohorts = (i) => {
	return `Ver todas sus cohortes (${i?.count})`;
};
var en_home_all_cohorts = (i) => {
	return `See all your cohorts (${i?.count})`;
};
/**
* | output |
* | --- |
* | "See all your cohorts ({count})" |
*
* @param {Home_All_CohortsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var home_all_cohorts = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_all_cohorts(inputs);
	return es_home_all_cohorts(inputs);
});
// src/routes/(app)/home/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const user = derived(() => data.user);
		const locale = getLocale();
		const managesAccounts = derived(() => user().role === "coordinator" || user().role === "admin");
		head("1rbvtz9", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: home_title() }))}</title>`);
			});
		});
		$$renderer.push(`<header class="page-header"><h1 data-testid="home-greeting">${escape_html(home_greeting({ name: user().displayName }))}</h1> <p>${escape_html(home_intro())}</p></header> <section class="card summary svelte-1rbvtz9" aria-labelledby="summary-title"><h2 id="summary-title" class="visually-hidden">${escape_html(home_summary_label())}</h2> <dl class="svelte-1rbvtz9"><div><dt class="svelte-1rbvtz9">${escape_html(home_role())}</dt> <dd data-testid="home-role" class="svelte-1rbvtz9">${escape_html(roleLabel(user().role))}</dd></div> <div><dt class="svelte-1rbvtz9">${escape_html(home_country())}</dt> <dd data-testid="home-country" class="svelte-1rbvtz9">${escape_html(countryName(user().country, getLocale()))}</dd></div> `);
		if (user().sector) $$renderer.push(`<!--[0--><div><dt class="svelte-1rbvtz9">${escape_html(home_sector())}</dt> <dd class="svelte-1rbvtz9">${escape_html(sectorLabel(user().sector))}</dd></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></dl></section> <div class="grid svelte-1rbvtz9"><section class="card cohorts" aria-labelledby="cohorts-title"><h2 id="cohorts-title">${escape_html(home_cohorts_title())}</h2> `);
		if (data.cohorts.length === 0) $$renderer.push(`<!--[0--><div class="empty svelte-1rbvtz9"><svg viewBox="0 0 48 48" aria-hidden="true" focusable="false" class="svelte-1rbvtz9"><circle cx="16" cy="18" r="6"></circle><circle cx="32" cy="18" r="6"></circle><path d="M4 40c0-7 5.5-12 12-12s12 5 12 12M20 40c0-7 5.5-12 12-12s12 5 12 12"></path></svg> <p class="svelte-1rbvtz9">${escape_html(data.cohortsFailed ? error_unknown() : home_cohorts_empty())} <a href="/courses">${escape_html(home_browse_courses())}</a></p></div>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="my-cohorts svelte-1rbvtz9"><!--[-->`);
			const each_array = ensure_array_like(data.cohorts);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let cohort = each_array[$$index];
				const progress = cohort.course ? data.progress[cohort.course.slug] : void 0;
				$$renderer.push(`<li class="svelte-1rbvtz9"><h3 class="svelte-1rbvtz9"><a${attr("href", `/cohorts/${stringify(cohort.id)}`)}>${escape_html(cohort.name)}</a></h3> <p class="muted meta svelte-1rbvtz9">${escape_html(cohortStatusLabel(cohort.status))} · ${escape_html(formatDay(cohort.startsAt, cohort.timezone, locale))} – ${escape_html(formatDay(cohort.endsAt, cohort.timezone, locale))}`);
				if (cohort.myRole) $$renderer.push(`<!--[0-->${escape_html(` · ${memberRoleLabel(cohort.myRole)}`)}`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p> `);
				if (cohort.course && progress) {
					$$renderer.push("<!--[0-->");
					ProgressBar($$renderer, {
						percent: progress.percent,
						label: localized(cohort.course.title, locale),
						detail: course_progress_detail({
							done: progress.completedLessonIds.length,
							total: progress.lessonCount
						})
					});
					$$renderer.push(`<!----> <a${attr("href", `/courses/${stringify(cohort.course.slug)}`)}>${escape_html(home_open_course())}</a>`);
				} else if (cohort.course) $$renderer.push(`<!--[1--><a${attr("href", `/courses/${stringify(cohort.course.slug)}`)}>${escape_html(localized(cohort.course.title, locale))}</a>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul> <a class="button button-secondary" href="/cohorts">${escape_html(home_all_cohorts({ count: data.cohortTotal }))}</a>`);
		}
		$$renderer.push(`<!--]--></section> <div class="side svelte-1rbvtz9"><section class="card" aria-labelledby="profile-title"><h2 id="profile-title">${escape_html(home_profile_title())}</h2> <p class="muted svelte-1rbvtz9">${escape_html(home_profile_text())}</p> <a class="button button-secondary" href="/profile">${escape_html(home_profile_link())}</a></section> `);
		if (managesAccounts()) $$renderer.push(`<!--[0--><section class="card" aria-labelledby="users-title"><h2 id="users-title">${escape_html(home_users_title())}</h2> <p class="muted svelte-1rbvtz9">${escape_html(home_users_text())}</p> <a class="button button-secondary" href="/admin/users">${escape_html(home_users_link())}</a></section>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-B_8mKai8.js.map
