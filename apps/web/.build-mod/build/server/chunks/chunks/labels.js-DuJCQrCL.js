import { e as getLocale } from './runtime.js-B8EFPPLT.js';
import { l as locale_es } from './locale_es.js-C_uyAtcI.js';
import { l as locale_en } from './locale_en.js-C5IfUzEZ.js';

// src/lib/paraglide/messages/gender_woman.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gender_WomanInputs */
var es_gender_woman = () => {
	return `Mujer`;
};
var en_gender_woman = () => {
	return `Woman`;
};
/**
* | output |
* | --- |
* | "Woman" |
*
* @param {Gender_WomanInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var gender_woman = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gender_woman();
	return es_gender_woman();
});
// src/lib/paraglide/messages/gender_man.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gender_ManInputs */
var es_gender_man = () => {
	return `Hombre`;
};
var en_gender_man = () => {
	return `Man`;
};
/**
* | output |
* | --- |
* | "Man" |
*
* @param {Gender_ManInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var gender_man = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gender_man();
	return es_gender_man();
});
// src/lib/paraglide/messages/gender_non_binary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gender_Non_BinaryInputs */
var es_gender_non_binary = () => {
	return `No binario`;
};
var en_gender_non_binary = () => {
	return `Non-binary`;
};
/**
* | output |
* | --- |
* | "Non-binary" |
*
* @param {Gender_Non_BinaryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var gender_non_binary = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gender_non_binary();
	return es_gender_non_binary();
});
// src/lib/paraglide/messages/gender_self_described.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gender_Self_DescribedInputs */
var es_gender_self_described = () => {
	return `Prefiero describirlo`;
};
var en_gender_self_described = () => {
	return `I'd rather describe it`;
};
/**
* | output |
* | --- |
* | "I'd rather describe it" |
*
* @param {Gender_Self_DescribedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var gender_self_described = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gender_self_described();
	return es_gender_self_described();
});
// src/lib/paraglide/messages/gender_undisclosed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gender_UndisclosedInputs */
var es_gender_undisclosed = () => {
	return `Prefiero no decirlo`;
};
var en_gender_undisclosed = () => {
	return `Prefer not to say`;
};
/**
* | output |
* | --- |
* | "Prefer not to say" |
*
* @param {Gender_UndisclosedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var gender_undisclosed = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gender_undisclosed();
	return es_gender_undisclosed();
});
// src/lib/paraglide/messages/sector_decision_maker.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sector_Decision_MakerInputs */
var es_sector_decision_maker = () => {
	return `Alta dirección (ministerio, viceministerio, dirección)`;
};
var en_sector_decision_maker = () => {
	return `Senior leadership (minister, vice minister, director)`;
};
/**
* | output |
* | --- |
* | "Senior leadership (minister, vice minister, director)" |
*
* @param {Sector_Decision_MakerInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sector_decision_maker = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sector_decision_maker();
	return es_sector_decision_maker();
});
// src/lib/paraglide/messages/sector_law_enforcement.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sector_Law_EnforcementInputs */
var es_sector_law_enforcement = () => {
	return `Cuerpos policiales y de seguridad`;
};
var en_sector_law_enforcement = () => {
	return `Police and law enforcement`;
};
/**
* | output |
* | --- |
* | "Police and law enforcement" |
*
* @param {Sector_Law_EnforcementInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sector_law_enforcement = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sector_law_enforcement();
	return es_sector_law_enforcement();
});
// src/lib/paraglide/messages/sector_technical_team.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sector_Technical_TeamInputs */
var es_sector_technical_team = () => {
	return `Equipo técnico`;
};
var en_sector_technical_team = () => {
	return `Technical team`;
};
/**
* | output |
* | --- |
* | "Technical team" |
*
* @param {Sector_Technical_TeamInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sector_technical_team = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sector_technical_team();
	return es_sector_technical_team();
});
// src/lib/paraglide/messages/sector_public_employee.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sector_Public_EmployeeInputs */
var es_sector_public_employee = () => {
	return `Función pública`;
};
var en_sector_public_employee = () => {
	return `Public service`;
};
/**
* | output |
* | --- |
* | "Public service" |
*
* @param {Sector_Public_EmployeeInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sector_public_employee = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sector_public_employee();
	return es_sector_public_employee();
});
// src/lib/paraglide/messages/sector_academia.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sector_AcademiaInputs */
var es_sector_academia = () => {
	return `Academia`;
};
var en_sector_academia = () => {
	return `Academia`;
};
/**
* | output |
* | --- |
* | "Academia" |
*
* @param {Sector_AcademiaInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sector_academia = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sector_academia();
	return es_sector_academia();
});
// src/lib/paraglide/messages/sector_research.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sector_ResearchInputs */
var es_sector_research = () => {
	return `Investigación`;
};
var en_sector_research = () => {
	return `Research`;
};
/**
* | output |
* | --- |
* | "Research" |
*
* @param {Sector_ResearchInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sector_research = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sector_research();
	return es_sector_research();
});
// src/lib/paraglide/messages/sector_civil_society.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sector_Civil_SocietyInputs */
var es_sector_civil_society = () => {
	return `Sociedad civil`;
};
var en_sector_civil_society = () => {
	return `Civil society`;
};
/**
* | output |
* | --- |
* | "Civil society" |
*
* @param {Sector_Civil_SocietyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sector_civil_society = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sector_civil_society();
	return es_sector_civil_society();
});
// src/lib/paraglide/messages/role_learner.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_LearnerInputs */
var es_role_learner = () => {
	return `Participante`;
};
var en_role_learner = () => {
	return `Learner`;
};
/**
* | output |
* | --- |
* | "Learner" |
*
* @param {Role_LearnerInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var role_learner = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_role_learner();
	return es_role_learner();
});
// src/lib/paraglide/messages/role_moderator.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_ModeratorInputs */
var es_role_moderator = () => {
	return `Facilitación`;
};
var en_role_moderator = () => {
	return `Facilitator`;
};
/**
* | output |
* | --- |
* | "Facilitator" |
*
* @param {Role_ModeratorInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var role_moderator = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_role_moderator();
	return es_role_moderator();
});
// src/lib/paraglide/messages/role_coordinator.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_CoordinatorInputs */
var es_role_coordinator = () => {
	return `Coordinación`;
};
var en_role_coordinator = () => {
	return `Coordinator`;
};
/**
* | output |
* | --- |
* | "Coordinator" |
*
* @param {Role_CoordinatorInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var role_coordinator = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_role_coordinator();
	return es_role_coordinator();
});
// src/lib/paraglide/messages/role_admin.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_AdminInputs */
var es_role_admin = () => {
	return `Administración`;
};
var en_role_admin = () => {
	return `Administrator`;
};
/**
* | output |
* | --- |
* | "Administrator" |
*
* @param {Role_AdminInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var role_admin = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_role_admin();
	return es_role_admin();
});
// src/lib/i18n/labels.ts
var ROLE_LABELS = {
	learner: role_learner,
	moderator: role_moderator,
	coordinator: role_coordinator,
	admin: role_admin
};
var GENDER_LABELS = {
	woman: gender_woman,
	man: gender_man,
	non_binary: gender_non_binary,
	self_described: gender_self_described,
	undisclosed: gender_undisclosed
};
var SECTOR_LABELS = {
	decision_maker: sector_decision_maker,
	law_enforcement: sector_law_enforcement,
	technical_team: sector_technical_team,
	public_employee: sector_public_employee,
	academia: sector_academia,
	research: sector_research,
	civil_society: sector_civil_society
};
var LOCALE_LABELS = {
	es: locale_es,
	en: locale_en
};
var roleLabel = (role) => ROLE_LABELS[role]?.() ?? role;
var genderLabel = (gender) => GENDER_LABELS[gender]?.() ?? gender;
var sectorLabel = (sector) => SECTOR_LABELS[sector]?.() ?? sector;
var localeLabel = (locale) => LOCALE_LABELS[locale]?.() ?? locale;

export { genderLabel as g, localeLabel as l, roleLabel as r, sectorLabel as s };
//# sourceMappingURL=labels.js-DuJCQrCL.js.map
