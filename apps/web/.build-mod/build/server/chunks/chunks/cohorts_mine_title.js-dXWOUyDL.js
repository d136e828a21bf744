import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/cohort_members.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_MembersInputs */
var es_cohort_members = () => {
	return `Participantes`;
};
var en_cohort_members = () => {
	return `Members`;
};
/**
* | output |
* | --- |
* | "Members" |
*
* @param {Cohort_MembersInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_members = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_members();
	return es_cohort_members();
});
// src/lib/paraglide/messages/cohort_members_of.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown>, capacity: NonNullable<unknown> }} Cohort_Members_OfInputs */
var es_cohort_members_of = (i) => {
	return `${i?.count} de ${i?.capacity}`;
};
var en_cohort_members_of = (i) => {
	return `${i?.count} of ${i?.capacity}`;
};
/**
* | output |
* | --- |
* | "{count} of {capacity}" |
*
* @param {Cohort_Members_OfInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_members_of = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_members_of(inputs);
	return es_cohort_members_of(inputs);
});
// src/lib/paraglide/messages/cohort_my_role.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_My_RoleInputs */
var es_cohort_my_role = () => {
	return `Su rol`;
};
var en_cohort_my_role = () => {
	return `Your role`;
};
/**
* | output |
* | --- |
* | "Your role" |
*
* @param {Cohort_My_RoleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_my_role = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_my_role();
	return es_cohort_my_role();
});
// src/lib/paraglide/messages/cohorts_mine_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohorts_Mine_TitleInputs */
var es_cohorts_mine_title = () => {
	return `Mis cohortes`;
};
var en_cohorts_mine_title = () => {
	return `My cohorts`;
};
/**
* | output |
* | --- |
* | "My cohorts" |
*
* @param {Cohorts_Mine_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohorts_mine_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohorts_mine_title();
	return es_cohorts_mine_title();
});

export { cohort_members as a, cohort_members_of as b, cohorts_mine_title as c, cohort_my_role as d };
//# sourceMappingURL=cohorts_mine_title.js-dXWOUyDL.js.map
