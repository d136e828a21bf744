import { e as getLocale } from './runtime.js-B8EFPPLT.js';
import { e as error_unavailable } from './error_unavailable.js-uIGIVP0X.js';
import { e as error_unknown } from './error_unknown.js-C1rriivB.js';
import { c as callApi } from './api-client.js-CGTF_sRb.js';
import { v as error } from './utils.js-dm2kV1-z.js';

// src/lib/paraglide/messages/cohort_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Not_FoundInputs */
var es_cohort_not_found = () => {
	return `Esta cohorte no existe o usted no forma parte de ella.`;
};
var en_cohort_not_found = () => {
	return `This cohort does not exist or you are not a member.`;
};
/**
* | output |
* | --- |
* | "This cohort does not exist or you are not a member." |
*
* @param {Cohort_Not_FoundInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_not_found = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_not_found();
	return es_cohort_not_found();
});
// src/lib/server/cohorts.ts
/** A cohort the caller may see, or the error page (the API answers 404 for cohorts of others). */
async function loadCohort(event, token, id) {
	if (!/^[0-9a-f]{24}$/.test(id)) error(404, {
		message: cohort_not_found(),
		code: "NOT_FOUND"
	});
	const result = await callApi(event, `/cohorts/${id}`, { token });
	if (result.ok) return result.data;
	if (result.status === 404) error(404, {
		message: cohort_not_found(),
		code: "NOT_FOUND"
	});
	if (result.error.code === "UNAVAILABLE") error(503, {
		message: error_unavailable(),
		code: "UNAVAILABLE"
	});
	error(result.status, {
		message: error_unknown(),
		code: result.error.code
	});
}

export { cohort_not_found as c, loadCohort as l };
//# sourceMappingURL=cohorts.js-DJODQWKG.js.map
