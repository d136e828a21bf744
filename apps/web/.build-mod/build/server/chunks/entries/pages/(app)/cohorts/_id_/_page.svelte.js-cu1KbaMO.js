import { ak as head, ai as attr, ah as escape_html, am as stringify, aj as ensure_array_like, ap as attr_style, a1 as derived } from '../../../../../chunks/server.js-BLE87T70.js';
import { F as FormAlert } from '../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { p as page_title } from '../../../../../chunks/page_title.js-DcyKRVla.js';
import { u as users_col_name, a as users_col_country } from '../../../../../chunks/users_col_country.js-BJkMXdni.js';
import { e as error_unknown } from '../../../../../chunks/error_unknown.js-C1rriivB.js';
import { b as breadcrumb_label } from '../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { k as ACADEMY_COUNTRIES } from '../../../../../chunks/src.js-BEir3teA.js';
import { c as cohort_countries } from '../../../../../chunks/cohort_countries.js-wtdEhbDm.js';
import { c as cohort_status } from '../../../../../chunks/cohort_status.js-BWssy9Uy.js';
import { c as cohorts_mine_title, a as cohort_members, b as cohort_members_of, d as cohort_my_role } from '../../../../../chunks/cohorts_mine_title.js-dXWOUyDL.js';
import { c as cohorts_all_title } from '../../../../../chunks/cohorts_all_title.js-B1IKEO5Q.js';
import { c as cohort_enrollment } from '../../../../../chunks/cohort_enrollment.js-v_X1WQXK.js';
import { c as cohort_starts, a as cohort_ends } from '../../../../../chunks/cohort_ends.js-Da5X1syZ.js';
import { f as formatInZone } from '../../../../../chunks/schedule.js-DRV8XJJK.js';
import { c as cohortStatusLabel, e as enrollmentModeLabel, m as memberRoleLabel } from '../../../../../chunks/catalog-labels.js-DD5M8Enr.js';
import { c as countryName } from '../../../../../chunks/countries.js-BtjWBecQ.js';
import { l as localized } from '../../../../../chunks/localized.js-5IdAKyD2.js';
import { e as getLocale } from '../../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../../chunks/shared.js-DUAwVbGM.js';
import 'zod';

// src/lib/paraglide/messages/sub_queue_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Queue_LinkInputs */
var es_sub_queue_link = () => {
	return `Revisar entregas`;
};
var en_sub_queue_link = () => {
	return `Review submissions`;
};
/**
* | output |
* | --- |
* | "Review submissions" |
*
* @param {Sub_Queue_LinkInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_queue_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_queue_link();
	return es_sub_queue_link();
});
// src/lib/paraglide/messages/cohort_joined.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_JoinedInputs */
var es_cohort_joined = () => {
	return `Se unió a la cohorte. ¡Bienvenida o bienvenido!`;
};
var en_cohort_joined = () => {
	return `You joined the cohort. Welcome!`;
};
/**
* | output |
* | --- |
* | "You joined the cohort. Welcome!" |
*
* @param {Cohort_JoinedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_joined = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_joined();
	return es_cohort_joined();
});
// src/lib/paraglide/messages/cohort_about.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_AboutInputs */
var es_cohort_about = () => {
	return `Datos de la cohorte`;
};
var en_cohort_about = () => {
	return `About the cohort`;
};
/**
* | output |
* | --- |
* | "About the cohort" |
*
* @param {Cohort_AboutInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_about = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_about();
	return es_cohort_about();
});
// src/lib/paraglide/messages/cohort_schedule.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_ScheduleInputs */
var es_cohort_schedule = () => {
	return `Calendario`;
};
var en_cohort_schedule = () => {
	return `Schedule`;
};
/**
* | output |
* | --- |
* | "Schedule" |
*
* @param {Cohort_ScheduleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_schedule = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_schedule();
	return es_cohort_schedule();
});
// src/lib/paraglide/messages/cohort_schedule_cohort.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ zone: NonNullable<unknown> }} Cohort_Schedule_CohortInputs */
var es_cohort_schedule_cohort = (i) => {
	return `En la zona horaria de la cohorte (${i?.zone})`;
};
var en_cohort_schedule_cohort = (i) => {
	return `In the cohort's time zone (${i?.zone})`;
};
/**
* | output |
* | --- |
* | "In the cohort's time zone ({zone})" |
*
* @param {Cohort_Schedule_CohortInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_schedule_cohort = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_schedule_cohort(inputs);
	return es_cohort_schedule_cohort(inputs);
});
// src/lib/paraglide/messages/cohort_enrol_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Enrol_LinkInputs */
var es_cohort_enrol_link = () => {
	return `Inscribir personas`;
};
var en_cohort_enrol_link = () => {
	return `Enrol people`;
};
/**
* | output |
* | --- |
* | "Enrol people" |
*
* @param {Cohort_Enrol_LinkInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_enrol_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_enrol_link();
	return es_cohort_enrol_link();
});
// src/lib/paraglide/messages/cohort_members_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Cohort_Members_TitleInputs */
var es_cohort_members_title = (i) => {
	return `Participantes (${i?.count})`;
};
var en_cohort_members_title = (i) => {
	return `Members (${i?.count})`;
};
/**
* | output |
* | --- |
* | "Members ({count})" |
*
* @param {Cohort_Members_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_members_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_members_title(inputs);
	return es_cohort_members_title(inputs);
});
// src/lib/paraglide/messages/cohort_moderators.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_ModeratorsInputs */
var es_cohort_moderators = () => {
	return `Facilitación`;
};
var en_cohort_moderators = () => {
	return `Moderators`;
};
/**
* | output |
* | --- |
* | "Moderators" |
*
* @param {Cohort_ModeratorsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_moderators = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_moderators();
	return es_cohort_moderators();
});
// src/lib/paraglide/messages/cohort_no_moderators.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_No_ModeratorsInputs */
var es_cohort_no_moderators = () => {
	return `Esta cohorte aún no tiene facilitación.`;
};
var en_cohort_no_moderators = () => {
	return `This cohort has no moderator yet.`;
};
/**
* | output |
* | --- |
* | "This cohort has no moderator yet." |
*
* @param {Cohort_No_ModeratorsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_no_moderators = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_no_moderators();
	return es_cohort_no_moderators();
});
// src/lib/paraglide/messages/cohort_learners_by_country.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Learners_By_CountryInputs */
var es_cohort_learners_by_country = () => {
	return `Participantes por país`;
};
var en_cohort_learners_by_country = () => {
	return `Learners by country`;
};
/**
* | output |
* | --- |
* | "Learners by country" |
*
* @param {Cohort_Learners_By_CountryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_learners_by_country = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_learners_by_country();
	return es_cohort_learners_by_country();
});
// src/lib/paraglide/messages/cohort_no_learners.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_No_LearnersInputs */
var es_cohort_no_learners = () => {
	return `Aún no hay participantes.`;
};
var en_cohort_no_learners = () => {
	return `No learners yet.`;
};
/**
* | output |
* | --- |
* | "No learners yet." |
*
* @param {Cohort_No_LearnersInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_no_learners = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_no_learners();
	return es_cohort_no_learners();
});
// src/lib/paraglide/messages/cohort_progress_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Progress_TitleInputs */
var es_cohort_progress_title = () => {
	return `Avance de las lecciones`;
};
var en_cohort_progress_title = () => {
	return `Lesson progress`;
};
/**
* | output |
* | --- |
* | "Lesson progress" |
*
* @param {Cohort_Progress_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_progress_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_progress_title();
	return es_cohort_progress_title();
});
// src/lib/paraglide/messages/cohort_progress_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Progress_IntroInputs */
var es_cohort_progress_intro = () => {
	return `Lecciones completadas por cada participante. Solo la facilitación y la coordinación ven esta tabla.`;
};
var en_cohort_progress_intro = () => {
	return `Lessons completed by each learner. Only moderators and coordinators see this table.`;
};
/**
* | output |
* | --- |
* | "Lessons completed by each learner. Only moderators and coordinators see this table." |
*
* @param {Cohort_Progress_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_progress_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_progress_intro();
	return es_cohort_progress_intro();
});
// src/lib/paraglide/messages/cohort_progress_lessons.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Progress_LessonsInputs */
var es_cohort_progress_lessons = () => {
	return `Lecciones`;
};
var en_cohort_progress_lessons = () => {
	return `Lessons`;
};
/**
* | output |
* | --- |
* | "Lessons" |
*
* @param {Cohort_Progress_LessonsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_progress_lessons = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_progress_lessons();
	return es_cohort_progress_lessons();
});
// src/lib/paraglide/messages/cohort_progress_percent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Progress_PercentInputs */
var es_cohort_progress_percent = () => {
	return `Avance`;
};
var en_cohort_progress_percent = () => {
	return `Progress`;
};
/**
* | output |
* | --- |
* | "Progress" |
*
* @param {Cohort_Progress_PercentInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_progress_percent = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_progress_percent();
	return es_cohort_progress_percent();
});
// src/lib/paraglide/messages/room_list_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_List_LinkInputs */
var es_room_list_link = () => {
	return `Salas de conversación`;
};
var en_room_list_link = () => {
	return `Discussion rooms`;
};
/**
* | output |
* | --- |
* | "Discussion rooms" |
*
* @param {Room_List_LinkInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_list_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_list_link();
	return es_room_list_link();
});
// src/lib/paraglide/messages/mod_cohort_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Cohort_LinkInputs */
var es_mod_cohort_link = () => {
	return `Consola de moderación`;
};
var en_mod_cohort_link = () => {
	return `Moderation console`;
};
/**
* | output |
* | --- |
* | "Moderation console" |
*
* @param {Mod_Cohort_LinkInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_cohort_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_cohort_link();
	return es_mod_cohort_link();
});
// src/lib/cohorts/members.ts
var academyOrder = new Map(ACADEMY_COUNTRIES.map((code, index) => [code, index]));
function groupMembers(members, locale = "es") {
	const collator = new Intl.Collator(locale);
	const byName = (a, b) => collator.compare(a.displayName, b.displayName);
	const groups = /* @__PURE__ */ new Map();
	for (const member of members) {
		if (member.role === "moderator") continue;
		const list = groups.get(member.country) ?? [];
		list.push(member);
		groups.set(member.country, list);
	}
	const rank = (code) => academyOrder.get(code) ?? ACADEMY_COUNTRIES.length;
	const byCountry = [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([country, list]) => ({
		country,
		members: list.sort(byName)
	}));
	return {
		moderators: members.filter((m) => m.role === "moderator").sort(byName),
		byCountry
	};
}
// src/routes/(app)/cohorts/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const locale = getLocale();
		const cohort = derived(() => data.cohort);
		const groups = derived(() => groupMembers(data.members, locale));
		let viewerZone = null;
		const sameZone = derived(() => true);
		const progressRows = derived(() => [...data.progress ?? []].sort((a, b) => b.percent - a.percent || a.displayName.localeCompare(b.displayName, locale)));
		head("1f0m174", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: cohort().name }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs svelte-1f0m174"${attr("aria-label", breadcrumb_label())}><a href="/cohorts" class="svelte-1f0m174">${escape_html(data.manager ? cohorts_all_title() : cohorts_mine_title())}</a></nav> <header class="page-header"><h1>${escape_html(cohort().name)}</h1> `);
		if (cohort().course) $$renderer.push(`<!--[0--><p><a${attr("href", `/courses/${stringify(cohort().course.slug)}`)}>${escape_html(localized(cohort().course.title, locale))}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></header> `);
		FormAlert($$renderer, {
			tone: "success",
			message: data.joined ? cohort_joined() : null
		});
		$$renderer.push(`<!----> <p class="rooms-link"><a class="button"${attr("href", `/cohorts/${stringify(cohort().id)}/rooms`)} data-testid="cohort-rooms-link">💬 ${escape_html(room_list_link())}</a></p> <div class="layout svelte-1f0m174"><section class="card" aria-labelledby="about-title"><h2 id="about-title">${escape_html(cohort_about())}</h2> <dl class="facts svelte-1f0m174"><div><dt class="svelte-1f0m174">${escape_html(cohort_status())}</dt><dd class="svelte-1f0m174">${escape_html(cohortStatusLabel(cohort().status))}</dd></div> <div><dt class="svelte-1f0m174">${escape_html(cohort_enrollment())}</dt><dd class="svelte-1f0m174">${escape_html(enrollmentModeLabel(cohort().enrollmentMode))}</dd></div> <div><dt class="svelte-1f0m174">${escape_html(cohort_countries())}</dt><dd class="svelte-1f0m174">${escape_html(cohort().countries.map((code) => countryName(code, locale)).join(", "))}</dd></div> <div><dt class="svelte-1f0m174">${escape_html(cohort_members())}</dt> <dd class="svelte-1f0m174">${escape_html(cohort().capacity ? cohort_members_of({
			count: cohort().memberCount,
			capacity: cohort().capacity
		}) : cohort().memberCount)}</dd></div> `);
		if (cohort().myRole) $$renderer.push(`<!--[0--><div><dt class="svelte-1f0m174">${escape_html(cohort_my_role())}</dt><dd class="svelte-1f0m174">${escape_html(memberRoleLabel(cohort().myRole))}</dd></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></dl> <h3 class="svelte-1f0m174">${escape_html(cohort_schedule())}</h3> <div class="schedule svelte-1f0m174">`);
		if (!sameZone() && viewerZone);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="zone svelte-1f0m174" data-testid="schedule-cohort"><h4 class="svelte-1f0m174">${escape_html((sameZone(), cohort_schedule_cohort({ zone: cohort().timezone })))}</h4> <p class="svelte-1f0m174"><span class="label svelte-1f0m174">${escape_html(cohort_starts())}</span> <time${attr("datetime", cohort().startsAt)}>${escape_html(formatInZone(cohort().startsAt, cohort().timezone, locale))}</time></p> <p class="svelte-1f0m174"><span class="label svelte-1f0m174">${escape_html(cohort_ends())}</span> <time${attr("datetime", cohort().endsAt)}>${escape_html(formatInZone(cohort().endsAt, cohort().timezone, locale))}</time></p></div></div> `);
		if (data.manager) $$renderer.push(`<!--[0--><div class="tools svelte-1f0m174"><a class="button"${attr("href", `/cohorts/${stringify(cohort().id)}/enrol`)}>${escape_html(cohort_enrol_link())}</a></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.manager || cohort().myRole === "moderator") $$renderer.push(`<!--[0--><div class="tools svelte-1f0m174"><a class="button button-secondary"${attr("href", `/review/${stringify(cohort().id)}`)}>${escape_html(sub_queue_link())}</a> <a class="button button-secondary"${attr("href", `/moderation/${stringify(cohort().id)}`)} data-testid="cohort-moderation-link">${escape_html(mod_cohort_link())}</a></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> <section class="card" aria-labelledby="members-title"><h2 id="members-title">${escape_html(cohort_members_title({ count: data.members.length }))}</h2> `);
		if (data.membersFailed) $$renderer.push(`<!--[0--><p class="muted">${escape_html(error_unknown())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h3 class="svelte-1f0m174">${escape_html(cohort_moderators())}</h3> `);
		if (groups().moderators.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(cohort_no_moderators())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="people svelte-1f0m174"><!--[-->`);
			const each_array = ensure_array_like(groups().moderators);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let person = each_array[$$index];
				$$renderer.push(`<li class="svelte-1f0m174">${escape_html(person.displayName)} <span class="muted">· ${escape_html(countryName(person.country, locale))}</span>`);
				if (person.email) $$renderer.push(`<!--[0--><span class="email svelte-1f0m174">${escape_html(person.email)}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--> <h3 class="svelte-1f0m174">${escape_html(cohort_learners_by_country())}</h3> `);
		const each_array_1 = ensure_array_like(groups().byCountry);
		if (each_array_1.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index_2 = 0, $$length = each_array_1.length; $$index_2 < $$length; $$index_2++) {
				let group = each_array_1[$$index_2];
				$$renderer.push(`<details class="country svelte-1f0m174"${attr("open", group.members.length <= 12, true)}><summary class="svelte-1f0m174"><span class="country-name">${escape_html(countryName(group.country, locale))}</span> <span class="count svelte-1f0m174">${escape_html(group.members.length)}</span></summary> <ul class="people svelte-1f0m174"><!--[-->`);
				const each_array_2 = ensure_array_like(group.members);
				for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
					let person = each_array_2[$$index_1];
					$$renderer.push(`<li class="svelte-1f0m174">${escape_html(person.displayName)}`);
					if (person.email) $$renderer.push(`<!--[0--><span class="email svelte-1f0m174">${escape_html(person.email)}</span>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></li>`);
				}
				$$renderer.push(`<!--]--></ul></details>`);
			}
		} else $$renderer.push(`<!--[!--><p class="muted">${escape_html(cohort_no_learners())}</p>`);
		$$renderer.push(`<!--]--></section></div> `);
		if (data.progress) {
			$$renderer.push(`<!--[0--><section class="card progress svelte-1f0m174" aria-labelledby="progress-title"><h2 id="progress-title">${escape_html(cohort_progress_title())}</h2> <p class="muted">${escape_html(cohort_progress_intro())}</p> <div class="table-wrap svelte-1f0m174" tabindex="0" role="region" aria-labelledby="progress-title"><table class="svelte-1f0m174"><caption class="visually-hidden">${escape_html(cohort_progress_title())}</caption><thead class="svelte-1f0m174"><tr><th scope="col" class="svelte-1f0m174">${escape_html(users_col_name())}</th><th scope="col" class="svelte-1f0m174">${escape_html(users_col_country())}</th><th scope="col" class="svelte-1f0m174">${escape_html(cohort_progress_lessons())}</th><th scope="col" class="svelte-1f0m174">${escape_html(cohort_progress_percent())}</th></tr></thead><tbody class="svelte-1f0m174">`);
			const each_array_3 = ensure_array_like(progressRows());
			if (each_array_3.length !== 0) {
				$$renderer.push("<!--[-->");
				for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
					let row = each_array_3[$$index_3];
					$$renderer.push(`<tr><th scope="row" class="svelte-1f0m174">${escape_html(row.displayName)}</th><td class="svelte-1f0m174">${escape_html(countryName(row.country, locale))}</td><td class="svelte-1f0m174">${escape_html(row.completedLessons)} / ${escape_html(row.lessonCount)}</td><td class="svelte-1f0m174"><span class="bar svelte-1f0m174" aria-hidden="true"><span class="svelte-1f0m174"${attr_style("", { width: `${stringify(row.percent)}%` })}></span></span> ${escape_html(row.percent)} %</td></tr>`);
				}
			} else $$renderer.push(`<!--[!--><tr><td colspan="4" class="muted svelte-1f0m174">${escape_html(cohort_no_learners())}</td></tr>`);
			$$renderer.push(`<!--]--></tbody></table></div></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-cu1KbaMO.js.map
