import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, am as stringify, al as attr_class, a1 as derived, ap as attr_style } from '../../../../chunks/server.js-BLE87T70.js';
import '../../../../chunks/client.js-C3Zw1AhV.js';
import { p as page_title } from '../../../../chunks/page_title.js-DcyKRVla.js';
import { p as page } from '../../../../chunks/state.js-C07OAzY1.js';
import { k as ACADEMY_COUNTRIES, G as GENDERS, m as SECTORS, A as ANALYTICS_DIMENSIONS } from '../../../../chunks/src.js-BEir3teA.js';
import { c as countryName } from '../../../../chunks/countries.js-BtjWBecQ.js';
import { g as genderLabel, s as sectorLabel } from '../../../../chunks/labels.js-DuJCQrCL.js';
import { F as FormAlert } from '../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { v as viewHref, b as activeFilterCount, p as participationExportSearch, i as indicatorExportSearch } from '../../../../chunks/filters.js-B9pq1Qvk.js';
import { f as formErrorMessage } from '../../../../chunks/errors.js-BSO-Lm7a.js';
import { l as localized } from '../../../../chunks/localized.js-5IdAKyD2.js';
import { e as getLocale } from '../../../../chunks/runtime.js-B8EFPPLT.js';
import '../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../chunks/index-server.js-CutNbI_-.js';
import '../../../../chunks/exports.js-BDUeH8ma.js';
import '../../../../chunks/internal2.js-B8C7YPNb.js';
import '../../../../chunks/utils.js-dm2kV1-z.js';
import 'zod';
import '../../../../chunks/locale_es.js-C_uyAtcI.js';
import '../../../../chunks/locale_en.js-C5IfUzEZ.js';
import '../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import '../../../../chunks/error_not_found.js-BS2Q6Djj.js';
import '../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import '../../../../chunks/error_unknown.js-C1rriivB.js';

// src/lib/paraglide/messages/analytics_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_TitleInputs */
var es_analytics_title = () => {
	return `Analítica de participación`;
};
var en_analytics_title = () => {
	return `Participation analytics`;
};
/**
* | output |
* | --- |
* | "Participation analytics" |
*
* @param {Analytics_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_title();
	return es_analytics_title();
});
// src/lib/paraglide/messages/analytics_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_IntroInputs */
var es_analytics_intro = () => {
	return `Participación por curso, cohorte, país, género, sector y mes, lista para informar a socios y donantes con enfoque de género e interseccional.`;
};
var en_analytics_intro = () => {
	return `Participation by course, cohort, country, gender, sector and month, ready to report to partners and donors with a gender and intersectional approach.`;
};
/**
* | output |
* | --- |
* | "Participation by course, cohort, country, gender, sector and month, ready to report to partners and donors with a gender and intersectional approach." |
*
* @param {Analytics_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_intro();
	return es_analytics_intro();
});
// src/lib/paraglide/messages/analytics_filters_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Filters_TitleInputs */
var es_analytics_filters_title = () => {
	return `Filtros y dimensiones`;
};
var en_analytics_filters_title = () => {
	return `Filters and dimensions`;
};
/**
* | output |
* | --- |
* | "Filters and dimensions" |
*
* @param {Analytics_Filters_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_filters_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_filters_title();
	return es_analytics_filters_title();
});
// src/lib/paraglide/messages/analytics_all_courses.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_All_CoursesInputs */
var es_analytics_all_courses = () => {
	return `Todos los cursos`;
};
var en_analytics_all_courses = () => {
	return `All courses`;
};
/**
* | output |
* | --- |
* | "All courses" |
*
* @param {Analytics_All_CoursesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_all_courses = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_all_courses();
	return es_analytics_all_courses();
});
// src/lib/paraglide/messages/analytics_all_cohorts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_All_CohortsInputs */
var es_analytics_all_cohorts = () => {
	return `Todas las cohortes`;
};
var en_analytics_all_cohorts = () => {
	return `All cohorts`;
};
/**
* | output |
* | --- |
* | "All cohorts" |
*
* @param {Analytics_All_CohortsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_all_cohorts = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_all_cohorts();
	return es_analytics_all_cohorts();
});
// src/lib/paraglide/messages/analytics_all_countries.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_All_CountriesInputs */
var es_analytics_all_countries = () => {
	return `Todos los países`;
};
var en_analytics_all_countries = () => {
	return `All countries`;
};
/**
* | output |
* | --- |
* | "All countries" |
*
* @param {Analytics_All_CountriesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_all_countries = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_all_countries();
	return es_analytics_all_countries();
});
// src/lib/paraglide/messages/analytics_all_genders.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_All_GendersInputs */
var es_analytics_all_genders = () => {
	return `Todos los géneros`;
};
var en_analytics_all_genders = () => {
	return `All genders`;
};
/**
* | output |
* | --- |
* | "All genders" |
*
* @param {Analytics_All_GendersInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_all_genders = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_all_genders();
	return es_analytics_all_genders();
});
// src/lib/paraglide/messages/analytics_all_sectors.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_All_SectorsInputs */
var es_analytics_all_sectors = () => {
	return `Todos los sectores`;
};
var en_analytics_all_sectors = () => {
	return `All sectors`;
};
/**
* | output |
* | --- |
* | "All sectors" |
*
* @param {Analytics_All_SectorsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_all_sectors = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_all_sectors();
	return es_analytics_all_sectors();
});
// src/lib/paraglide/messages/analytics_from.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_FromInputs */
var es_analytics_from = () => {
	return `Desde`;
};
var en_analytics_from = () => {
	return `From`;
};
/**
* | output |
* | --- |
* | "From" |
*
* @param {Analytics_FromInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_from = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_from();
	return es_analytics_from();
});
// src/lib/paraglide/messages/analytics_to.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_ToInputs */
var es_analytics_to = () => {
	return `Hasta`;
};
var en_analytics_to = () => {
	return `To`;
};
/**
* | output |
* | --- |
* | "To" |
*
* @param {Analytics_ToInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_to = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_to();
	return es_analytics_to();
});
// src/lib/paraglide/messages/analytics_dims_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Dims_LegendInputs */
var es_analytics_dims_legend = () => {
	return `Desglosar la tabla por`;
};
var en_analytics_dims_legend = () => {
	return `Break the table down by`;
};
/**
* | output |
* | --- |
* | "Break the table down by" |
*
* @param {Analytics_Dims_LegendInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_dims_legend = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_dims_legend();
	return es_analytics_dims_legend();
});
// src/lib/paraglide/messages/analytics_dims_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ max: NonNullable<unknown> }} Analytics_Dims_HintInputs */
var es_analytics_dims_hint = (i) => {
	return `Elija hasta ${i?.max} dimensiones; la tabla cruza sus valores.`;
};
var en_analytics_dims_hint = (i) => {
	return `Choose up to ${i?.max} dimensions; the table crosses their values.`;
};
/**
* | output |
* | --- |
* | "Choose up to {max} dimensions; the table crosses their values." |
*
* @param {Analytics_Dims_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_dims_hint = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_dims_hint(inputs);
	return es_analytics_dims_hint(inputs);
});
// src/lib/paraglide/messages/analytics_dim_n.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ n: NonNullable<unknown> }} Analytics_Dim_NInputs */
var es_analytics_dim_n = (i) => {
	return `Dimensión ${i?.n}`;
};
var en_analytics_dim_n = (i) => {
	return `Dimension ${i?.n}`;
};
/**
* | output |
* | --- |
* | "Dimension {n}" |
*
* @param {Analytics_Dim_NInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_dim_n = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_dim_n(inputs);
	return es_analytics_dim_n(inputs);
});
// src/lib/paraglide/messages/analytics_dim_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Dim_NoneInputs */
var es_analytics_dim_none = () => {
	return `(ninguna)`;
};
var en_analytics_dim_none = () => {
	return `(none)`;
};
/**
* | output |
* | --- |
* | "(none)" |
*
* @param {Analytics_Dim_NoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_dim_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_dim_none();
	return es_analytics_dim_none();
});
// src/lib/paraglide/messages/analytics_dim_course.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Dim_CourseInputs */
var es_analytics_dim_course = () => {
	return `Curso`;
};
var en_analytics_dim_course = () => {
	return `Course`;
};
/**
* | output |
* | --- |
* | "Course" |
*
* @param {Analytics_Dim_CourseInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_dim_course = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_dim_course();
	return es_analytics_dim_course();
});
// src/lib/paraglide/messages/analytics_dim_cohort.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Dim_CohortInputs */
var es_analytics_dim_cohort = () => {
	return `Cohorte`;
};
var en_analytics_dim_cohort = () => {
	return `Cohort`;
};
/**
* | output |
* | --- |
* | "Cohort" |
*
* @param {Analytics_Dim_CohortInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_dim_cohort = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_dim_cohort();
	return es_analytics_dim_cohort();
});
// src/lib/paraglide/messages/analytics_dim_country.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Dim_CountryInputs */
var es_analytics_dim_country = () => {
	return `País`;
};
var en_analytics_dim_country = () => {
	return `Country`;
};
/**
* | output |
* | --- |
* | "Country" |
*
* @param {Analytics_Dim_CountryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_dim_country = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_dim_country();
	return es_analytics_dim_country();
});
// src/lib/paraglide/messages/analytics_dim_gender.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Dim_GenderInputs */
var es_analytics_dim_gender = () => {
	return `Género`;
};
var en_analytics_dim_gender = () => {
	return `Gender`;
};
/**
* | output |
* | --- |
* | "Gender" |
*
* @param {Analytics_Dim_GenderInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_dim_gender = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_dim_gender();
	return es_analytics_dim_gender();
});
// src/lib/paraglide/messages/analytics_dim_sector.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Dim_SectorInputs */
var es_analytics_dim_sector = () => {
	return `Sector`;
};
var en_analytics_dim_sector = () => {
	return `Sector`;
};
/**
* | output |
* | --- |
* | "Sector" |
*
* @param {Analytics_Dim_SectorInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_dim_sector = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_dim_sector();
	return es_analytics_dim_sector();
});
// src/lib/paraglide/messages/analytics_dim_month.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Dim_MonthInputs */
var es_analytics_dim_month = () => {
	return `Mes`;
};
var en_analytics_dim_month = () => {
	return `Month`;
};
/**
* | output |
* | --- |
* | "Month" |
*
* @param {Analytics_Dim_MonthInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_dim_month = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_dim_month();
	return es_analytics_dim_month();
});
// src/lib/paraglide/messages/analytics_apply.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_ApplyInputs */
var es_analytics_apply = () => {
	return `Aplicar`;
};
var en_analytics_apply = () => {
	return `Apply`;
};
/**
* | output |
* | --- |
* | "Apply" |
*
* @param {Analytics_ApplyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_apply = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_apply();
	return es_analytics_apply();
});
// src/lib/paraglide/messages/analytics_reset.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_ResetInputs */
var es_analytics_reset = () => {
	return `Restablecer`;
};
var en_analytics_reset = () => {
	return `Reset`;
};
/**
* | output |
* | --- |
* | "Reset" |
*
* @param {Analytics_ResetInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_reset = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_reset();
	return es_analytics_reset();
});
// src/lib/paraglide/messages/analytics_active_filters.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Analytics_Active_FiltersInputs */
var es_analytics_active_filters = (i) => {
	return `Filtros activos: ${i?.count}`;
};
var en_analytics_active_filters = (i) => {
	return `Active filters: ${i?.count}`;
};
/**
* | output |
* | --- |
* | "Active filters: {count}" |
*
* @param {Analytics_Active_FiltersInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_active_filters = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_active_filters(inputs);
	return es_analytics_active_filters(inputs);
});
// src/lib/paraglide/messages/analytics_summary_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Summary_TitleInputs */
var es_analytics_summary_title = () => {
	return `Resumen`;
};
var en_analytics_summary_title = () => {
	return `Summary`;
};
/**
* | output |
* | --- |
* | "Summary" |
*
* @param {Analytics_Summary_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_summary_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_summary_title();
	return es_analytics_summary_title();
});
// src/lib/paraglide/messages/analytics_headline.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ total: NonNullable<unknown>, parts: NonNullable<unknown> }} Analytics_HeadlineInputs */
var es_analytics_headline = (i) => {
	return `${i?.total} personas participaron: ${i?.parts}.`;
};
var en_analytics_headline = (i) => {
	return `${i?.total} people took part: ${i?.parts}.`;
};
/**
* | output |
* | --- |
* | "{total} people took part: {parts}." |
*
* @param {Analytics_HeadlineInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_headline = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_headline(inputs);
	return es_analytics_headline(inputs);
});
// src/lib/paraglide/messages/analytics_headline_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Headline_EmptyInputs */
var es_analytics_headline_empty = () => {
	return `No hay participación con estos filtros.`;
};
var en_analytics_headline_empty = () => {
	return `No participation with these filters.`;
};
/**
* | output |
* | --- |
* | "No participation with these filters." |
*
* @param {Analytics_Headline_EmptyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_headline_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_headline_empty();
	return es_analytics_headline_empty();
});
// src/lib/paraglide/messages/analytics_count_man.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Analytics_Count_ManInputs */
var es_analytics_count_man = (i) => {
	return `${i?.count} hombres`;
};
var en_analytics_count_man = (i) => {
	return `${i?.count} men`;
};
/**
* | output |
* | --- |
* | "{count} men" |
*
* @param {Analytics_Count_ManInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_count_man = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_count_man(inputs);
	return es_analytics_count_man(inputs);
});
// src/lib/paraglide/messages/analytics_count_woman.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Analytics_Count_WomanInputs */
var es_analytics_count_woman = (i) => {
	return `${i?.count} mujeres`;
};
var en_analytics_count_woman = (i) => {
	return `${i?.count} women`;
};
/**
* | output |
* | --- |
* | "{count} women" |
*
* @param {Analytics_Count_WomanInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_count_woman = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_count_woman(inputs);
	return es_analytics_count_woman(inputs);
});
// src/lib/paraglide/messages/analytics_count_non_binary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Analytics_Count_Non_BinaryInputs */
var es_analytics_count_non_binary = (i) => {
	return `${i?.count} personas no binarias`;
};
var en_analytics_count_non_binary = (i) => {
	return `${i?.count} non-binary people`;
};
/**
* | output |
* | --- |
* | "{count} non-binary people" |
*
* @param {Analytics_Count_Non_BinaryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_count_non_binary = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_count_non_binary(inputs);
	return es_analytics_count_non_binary(inputs);
});
// src/lib/paraglide/messages/analytics_count_self_described.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Analytics_Count_Self_DescribedInputs */
var es_analytics_count_self_described = (i) => {
	return `${i?.count} personas que se describen de otra forma`;
};
var en_analytics_count_self_described = (i) => {
	return `${i?.count} people who self-describe`;
};
/**
* | output |
* | --- |
* | "{count} people who self-describe" |
*
* @param {Analytics_Count_Self_DescribedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_count_self_described = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_count_self_described(inputs);
	return es_analytics_count_self_described(inputs);
});
// src/lib/paraglide/messages/analytics_count_undisclosed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Analytics_Count_UndisclosedInputs */
var es_analytics_count_undisclosed = (i) => {
	return `${i?.count} personas que prefieren no decirlo`;
};
var en_analytics_count_undisclosed = (i) => {
	return `${i?.count} people who prefer not to say`;
};
/**
* | output |
* | --- |
* | "{count} people who prefer not to say" |
*
* @param {Analytics_Count_UndisclosedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_count_undisclosed = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_count_undisclosed(inputs);
	return es_analytics_count_undisclosed(inputs);
});
// src/lib/paraglide/messages/analytics_m_learners.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_M_LearnersInputs */
var es_analytics_m_learners = () => {
	return `Personas participantes`;
};
var en_analytics_m_learners = () => {
	return `Participants`;
};
/**
* | output |
* | --- |
* | "Participants" |
*
* @param {Analytics_M_LearnersInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_m_learners = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_m_learners();
	return es_analytics_m_learners();
});
// src/lib/paraglide/messages/analytics_m_active.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_M_ActiveInputs */
var es_analytics_m_active = () => {
	return `Personas activas`;
};
var en_analytics_m_active = () => {
	return `Active participants`;
};
/**
* | output |
* | --- |
* | "Active participants" |
*
* @param {Analytics_M_ActiveInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_m_active = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_m_active();
	return es_analytics_m_active();
});
// src/lib/paraglide/messages/analytics_m_rate.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_M_RateInputs */
var es_analytics_m_rate = () => {
	return `Tasa de participación`;
};
var en_analytics_m_rate = () => {
	return `Participation rate`;
};
/**
* | output |
* | --- |
* | "Participation rate" |
*
* @param {Analytics_M_RateInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_m_rate = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_m_rate();
	return es_analytics_m_rate();
});
// src/lib/paraglide/messages/analytics_m_messages.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_M_MessagesInputs */
var es_analytics_m_messages = () => {
	return `Mensajes`;
};
var en_analytics_m_messages = () => {
	return `Messages`;
};
/**
* | output |
* | --- |
* | "Messages" |
*
* @param {Analytics_M_MessagesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_m_messages = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_m_messages();
	return es_analytics_m_messages();
});
// src/lib/paraglide/messages/analytics_m_posts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_M_PostsInputs */
var es_analytics_m_posts = () => {
	return `Aportes en foros`;
};
var en_analytics_m_posts = () => {
	return `Forum posts`;
};
/**
* | output |
* | --- |
* | "Forum posts" |
*
* @param {Analytics_M_PostsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_m_posts = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_m_posts();
	return es_analytics_m_posts();
});
// src/lib/paraglide/messages/analytics_m_submissions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_M_SubmissionsInputs */
var es_analytics_m_submissions = () => {
	return `Entregas`;
};
var en_analytics_m_submissions = () => {
	return `Submissions`;
};
/**
* | output |
* | --- |
* | "Submissions" |
*
* @param {Analytics_M_SubmissionsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_m_submissions = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_m_submissions();
	return es_analytics_m_submissions();
});
// src/lib/paraglide/messages/analytics_m_accepted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_M_AcceptedInputs */
var es_analytics_m_accepted = () => {
	return `Entregas aceptadas`;
};
var en_analytics_m_accepted = () => {
	return `Accepted submissions`;
};
/**
* | output |
* | --- |
* | "Accepted submissions" |
*
* @param {Analytics_M_AcceptedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_m_accepted = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_m_accepted();
	return es_analytics_m_accepted();
});
// src/lib/paraglide/messages/analytics_m_completions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_M_CompletionsInputs */
var es_analytics_m_completions = () => {
	return `Cursos finalizados`;
};
var en_analytics_m_completions = () => {
	return `Courses completed`;
};
/**
* | output |
* | --- |
* | "Courses completed" |
*
* @param {Analytics_M_CompletionsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_m_completions = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_m_completions();
	return es_analytics_m_completions();
});
// src/lib/paraglide/messages/analytics_m_lessons.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_M_LessonsInputs */
var es_analytics_m_lessons = () => {
	return `Lecciones completadas`;
};
var en_analytics_m_lessons = () => {
	return `Lessons completed`;
};
/**
* | output |
* | --- |
* | "Lessons completed" |
*
* @param {Analytics_M_LessonsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_m_lessons = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_m_lessons();
	return es_analytics_m_lessons();
});
// src/lib/paraglide/messages/analytics_charts_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Charts_TitleInputs */
var es_analytics_charts_title = () => {
	return `Gráficos`;
};
var en_analytics_charts_title = () => {
	return `Charts`;
};
/**
* | output |
* | --- |
* | "Charts" |
*
* @param {Analytics_Charts_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_charts_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_charts_title();
	return es_analytics_charts_title();
});
// src/lib/paraglide/messages/analytics_show_table.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Show_TableInputs */
var es_analytics_show_table = () => {
	return `Ver como tabla`;
};
var en_analytics_show_table = () => {
	return `View as table`;
};
/**
* | output |
* | --- |
* | "View as table" |
*
* @param {Analytics_Show_TableInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_show_table = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_show_table();
	return es_analytics_show_table();
});
// src/lib/paraglide/messages/analytics_no_data.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_No_DataInputs */
var es_analytics_no_data = () => {
	return `No hay datos para estos filtros.`;
};
var en_analytics_no_data = () => {
	return `No data for these filters.`;
};
/**
* | output |
* | --- |
* | "No data for these filters." |
*
* @param {Analytics_No_DataInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_no_data = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_no_data();
	return es_analytics_no_data();
});
// src/lib/paraglide/messages/analytics_chart_country_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Chart_Country_TitleInputs */
var es_analytics_chart_country_title = () => {
	return `Personas participantes por país y género`;
};
var en_analytics_chart_country_title = () => {
	return `Participants by country and gender`;
};
/**
* | output |
* | --- |
* | "Participants by country and gender" |
*
* @param {Analytics_Chart_Country_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_chart_country_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_chart_country_title();
	return es_analytics_chart_country_title();
});
// src/lib/paraglide/messages/analytics_country_summary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ parts: NonNullable<unknown>, top: NonNullable<unknown> }} Analytics_Country_SummaryInputs */
var es_analytics_country_summary = (i) => {
	return `Por país: ${i?.parts}. El país con más participantes es ${i?.top}.`;
};
var en_analytics_country_summary = (i) => {
	return `By country: ${i?.parts}. The country with most participants is ${i?.top}.`;
};
/**
* | output |
* | --- |
* | "By country: {parts}. The country with most participants is {top}." |
*
* @param {Analytics_Country_SummaryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_country_summary = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_country_summary(inputs);
	return es_analytics_country_summary(inputs);
});
// src/lib/paraglide/messages/analytics_chart_months_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Chart_Months_TitleInputs */
var es_analytics_chart_months_title = () => {
	return `Participación por mes`;
};
var en_analytics_chart_months_title = () => {
	return `Participation by month`;
};
/**
* | output |
* | --- |
* | "Participation by month" |
*
* @param {Analytics_Chart_Months_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_chart_months_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_chart_months_title();
	return es_analytics_chart_months_title();
});
// src/lib/paraglide/messages/analytics_month_summary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown>, activeFirst: NonNullable<unknown>, activeLast: NonNullable<unknown>, busiest: NonNullable<unknown>, messages: NonNullable<unknown> }} Analytics_Month_SummaryInputs */
var es_analytics_month_summary = (i) => {
	return `De ${i?.from} a ${i?.to}, las personas activas pasaron de ${i?.activeFirst} a ${i?.activeLast}; el mes con más mensajes fue ${i?.busiest} (${i?.messages}).`;
};
var en_analytics_month_summary = (i) => {
	return `From ${i?.from} to ${i?.to}, active participants went from ${i?.activeFirst} to ${i?.activeLast}; the month with most messages was ${i?.busiest} (${i?.messages}).`;
};
/**
* | output |
* | --- |
* | "From {from} to {to}, active participants went from {activeFirst} to {activeLast}; the month with most messages was {busiest} ({messages})." |
*
* @param {Analytics_Month_SummaryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_month_summary = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_month_summary(inputs);
	return es_analytics_month_summary(inputs);
});
// src/lib/paraglide/messages/analytics_heat_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Heat_TitleInputs */
var es_analytics_heat_title = () => {
	return `Tasa de participación por curso y país`;
};
var en_analytics_heat_title = () => {
	return `Participation rate by course and country`;
};
/**
* | output |
* | --- |
* | "Participation rate by course and country" |
*
* @param {Analytics_Heat_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_heat_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_heat_title();
	return es_analytics_heat_title();
});
// src/lib/paraglide/messages/analytics_heat_summary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ best: NonNullable<unknown>, bestRate: NonNullable<unknown>, worst: NonNullable<unknown>, worstRate: NonNullable<unknown> }} Analytics_Heat_SummaryInputs */
var es_analytics_heat_summary = (i) => {
	return `La tasa más alta es ${i?.best} (${i?.bestRate}); la más baja, ${i?.worst} (${i?.worstRate}).`;
};
var en_analytics_heat_summary = (i) => {
	return `The highest rate is ${i?.best} (${i?.bestRate}); the lowest, ${i?.worst} (${i?.worstRate}).`;
};
/**
* | output |
* | --- |
* | "The highest rate is {best} ({bestRate}); the lowest, {worst} ({worstRate})." |
*
* @param {Analytics_Heat_SummaryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_heat_summary = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_heat_summary(inputs);
	return es_analytics_heat_summary(inputs);
});
// src/lib/paraglide/messages/analytics_heat_explain.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Heat_ExplainInputs */
var es_analytics_heat_explain = () => {
	return `Cuanto más oscura la celda, mayor la proporción de personas inscritas que participaron; n es el número de personas inscritas.`;
};
var en_analytics_heat_explain = () => {
	return `The darker the cell, the larger the share of enrolled people who took part; n is the number of people enrolled.`;
};
/**
* | output |
* | --- |
* | "The darker the cell, the larger the share of enrolled people who took part; n is the number of people enrolled." |
*
* @param {Analytics_Heat_ExplainInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_heat_explain = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_heat_explain();
	return es_analytics_heat_explain();
});
// src/lib/paraglide/messages/analytics_heat_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Heat_LegendInputs */
var es_analytics_heat_legend = () => {
	return `Escala:`;
};
var en_analytics_heat_legend = () => {
	return `Scale:`;
};
/**
* | output |
* | --- |
* | "Scale:" |
*
* @param {Analytics_Heat_LegendInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_heat_legend = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_heat_legend();
	return es_analytics_heat_legend();
});
// src/lib/paraglide/messages/analytics_table_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Table_TitleInputs */
var es_analytics_table_title = () => {
	return `Tabla cruzada`;
};
var en_analytics_table_title = () => {
	return `Cross-tab`;
};
/**
* | output |
* | --- |
* | "Cross-tab" |
*
* @param {Analytics_Table_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_table_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_table_title();
	return es_analytics_table_title();
});
// src/lib/paraglide/messages/analytics_table_caption.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ dims: NonNullable<unknown> }} Analytics_Table_CaptionInputs */
var es_analytics_table_caption = (i) => {
	return `Participación por ${i?.dims}`;
};
var en_analytics_table_caption = (i) => {
	return `Participation by ${i?.dims}`;
};
/**
* | output |
* | --- |
* | "Participation by {dims}" |
*
* @param {Analytics_Table_CaptionInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_table_caption = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_table_caption(inputs);
	return es_analytics_table_caption(inputs);
});
// src/lib/paraglide/messages/analytics_table_caption_totals.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Table_Caption_TotalsInputs */
var es_analytics_table_caption_totals = () => {
	return `Participación total`;
};
var en_analytics_table_caption_totals = () => {
	return `Total participation`;
};
/**
* | output |
* | --- |
* | "Total participation" |
*
* @param {Analytics_Table_Caption_TotalsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_table_caption_totals = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_table_caption_totals();
	return es_analytics_table_caption_totals();
});
// src/lib/paraglide/messages/analytics_total.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_TotalInputs */
var es_analytics_total = () => {
	return `Total`;
};
var en_analytics_total = () => {
	return `Total`;
};
/**
* | output |
* | --- |
* | "Total" |
*
* @param {Analytics_TotalInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_total = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_total();
	return es_analytics_total();
});
// src/lib/paraglide/messages/analytics_no_rows.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_No_RowsInputs */
var es_analytics_no_rows = () => {
	return `No hay filas para estos filtros.`;
};
var en_analytics_no_rows = () => {
	return `No rows for these filters.`;
};
/**
* | output |
* | --- |
* | "No rows for these filters." |
*
* @param {Analytics_No_RowsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_no_rows = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_no_rows();
	return es_analytics_no_rows();
});
// src/lib/paraglide/messages/analytics_download_csv.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Download_CsvInputs */
var es_analytics_download_csv = () => {
	return `Descargar CSV de esta vista`;
};
var en_analytics_download_csv = () => {
	return `Download CSV of this view`;
};
/**
* | output |
* | --- |
* | "Download CSV of this view" |
*
* @param {Analytics_Download_CsvInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_download_csv = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_download_csv();
	return es_analytics_download_csv();
});
// src/lib/paraglide/messages/analytics_suppressed_count.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Analytics_Suppressed_CountInputs */
var es_analytics_suppressed_count = (i) => {
	return `Celdas ocultas: ${i?.count}.`;
};
var en_analytics_suppressed_count = (i) => {
	return `Hidden cells: ${i?.count}.`;
};
/**
* | output |
* | --- |
* | "Hidden cells: {count}." |
*
* @param {Analytics_Suppressed_CountInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_suppressed_count = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_suppressed_count(inputs);
	return es_analytics_suppressed_count(inputs);
});
// src/lib/paraglide/messages/analytics_suppression_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ threshold: NonNullable<unknown> }} Analytics_Suppression_NoteInputs */
var es_analytics_suppression_note = (i) => {
	return `Las celdas con menos de ${i?.threshold} personas se ocultan para proteger la identidad de quienes participan y se muestran como «<${i?.threshold}» con sus medidas en «—»; también se ocultan algunas celdas vecinas para que esos valores no puedan deducirse de los totales.`;
};
var en_analytics_suppression_note = (i) => {
	return `Cells with fewer than ${i?.threshold} people are hidden to protect the identity of participants and shown as “<${i?.threshold}” with their measures as “—”; some neighbouring cells are hidden too so those values cannot be worked out from the totals.`;
};
/**
* | output |
* | --- |
* | "Cells with fewer than {threshold} people are hidden to protect the identity of participants and shown as “<{threshold}” with their measures as “—”; some neig..." |
*
* @param {Analytics_Suppression_NoteInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_suppression_note = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_suppression_note(inputs);
	return es_analytics_suppression_note(inputs);
});
// src/lib/paraglide/messages/analytics_definitions_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Definitions_TitleInputs */
var es_analytics_definitions_title = () => {
	return `¿Qué mide cada columna?`;
};
var en_analytics_definitions_title = () => {
	return `What does each column measure?`;
};
/**
* | output |
* | --- |
* | "What does each column measure?" |
*
* @param {Analytics_Definitions_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_definitions_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_definitions_title();
	return es_analytics_definitions_title();
});
// src/lib/paraglide/messages/analytics_def_learners.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Def_LearnersInputs */
var es_analytics_def_learners = () => {
	return `Personas inscritas en las cohortes que cumplen los filtros.`;
};
var en_analytics_def_learners = () => {
	return `People enrolled in the cohorts that match the filters.`;
};
/**
* | output |
* | --- |
* | "People enrolled in the cohorts that match the filters." |
*
* @param {Analytics_Def_LearnersInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_def_learners = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_def_learners();
	return es_analytics_def_learners();
});
// src/lib/paraglide/messages/analytics_def_active.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Def_ActiveInputs */
var es_analytics_def_active = () => {
	return `Personas que escribieron, entregaron una actividad o completaron una lección en el periodo.`;
};
var en_analytics_def_active = () => {
	return `People who wrote, submitted an activity or completed a lesson in the period.`;
};
/**
* | output |
* | --- |
* | "People who wrote, submitted an activity or completed a lesson in the period." |
*
* @param {Analytics_Def_ActiveInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_def_active = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_def_active();
	return es_analytics_def_active();
});
// src/lib/paraglide/messages/analytics_def_rate.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Def_RateInputs */
var es_analytics_def_rate = () => {
	return `Personas activas entre personas participantes.`;
};
var en_analytics_def_rate = () => {
	return `Active participants among participants.`;
};
/**
* | output |
* | --- |
* | "Active participants among participants." |
*
* @param {Analytics_Def_RateInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_def_rate = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_def_rate();
	return es_analytics_def_rate();
});
// src/lib/paraglide/messages/analytics_def_completions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Def_CompletionsInputs */
var es_analytics_def_completions = () => {
	return `Finalizaciones de curso registradas en el periodo.`;
};
var en_analytics_def_completions = () => {
	return `Course completions recorded in the period.`;
};
/**
* | output |
* | --- |
* | "Course completions recorded in the period." |
*
* @param {Analytics_Def_CompletionsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_def_completions = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_def_completions();
	return es_analytics_def_completions();
});
// src/lib/paraglide/messages/analytics_indicators_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Indicators_TitleInputs */
var es_analytics_indicators_title = () => {
	return `Indicadores para donantes`;
};
var en_analytics_indicators_title = () => {
	return `Donor indicators`;
};
/**
* | output |
* | --- |
* | "Donor indicators" |
*
* @param {Analytics_Indicators_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_indicators_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_indicators_title();
	return es_analytics_indicators_title();
});
// src/lib/paraglide/messages/analytics_indicators_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Indicators_IntroInputs */
var es_analytics_indicators_intro = () => {
	return `Personas participantes únicas y cursos finalizados por sexo y país en cada periodo (filtros de curso y fechas aplicados).`;
};
var en_analytics_indicators_intro = () => {
	return `Unique participants and completed courses by sex and country in each period (course and date filters applied).`;
};
/**
* | output |
* | --- |
* | "Unique participants and completed courses by sex and country in each period (course and date filters applied)." |
*
* @param {Analytics_Indicators_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_indicators_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_indicators_intro();
	return es_analytics_indicators_intro();
});
// src/lib/paraglide/messages/analytics_period_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Period_LabelInputs */
var es_analytics_period_label = () => {
	return `Periodo de los indicadores`;
};
var en_analytics_period_label = () => {
	return `Indicator period`;
};
/**
* | output |
* | --- |
* | "Indicator period" |
*
* @param {Analytics_Period_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_period_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_period_label();
	return es_analytics_period_label();
});
// src/lib/paraglide/messages/analytics_period_month.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Period_MonthInputs */
var es_analytics_period_month = () => {
	return `Mensual`;
};
var en_analytics_period_month = () => {
	return `Monthly`;
};
/**
* | output |
* | --- |
* | "Monthly" |
*
* @param {Analytics_Period_MonthInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_period_month = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_period_month();
	return es_analytics_period_month();
});
// src/lib/paraglide/messages/analytics_period_quarter.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Period_QuarterInputs */
var es_analytics_period_quarter = () => {
	return `Trimestral`;
};
var en_analytics_period_quarter = () => {
	return `Quarterly`;
};
/**
* | output |
* | --- |
* | "Quarterly" |
*
* @param {Analytics_Period_QuarterInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_period_quarter = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_period_quarter();
	return es_analytics_period_quarter();
});
// src/lib/paraglide/messages/analytics_period.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_PeriodInputs */
var es_analytics_period = () => {
	return `Periodo`;
};
var en_analytics_period = () => {
	return `Period`;
};
/**
* | output |
* | --- |
* | "Period" |
*
* @param {Analytics_PeriodInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_period = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_period();
	return es_analytics_period();
});
// src/lib/paraglide/messages/analytics_sex.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_SexInputs */
var es_analytics_sex = () => {
	return `Sexo`;
};
var en_analytics_sex = () => {
	return `Sex`;
};
/**
* | output |
* | --- |
* | "Sex" |
*
* @param {Analytics_SexInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_sex = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_sex();
	return es_analytics_sex();
});
// src/lib/paraglide/messages/analytics_participants.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_ParticipantsInputs */
var es_analytics_participants = () => {
	return `Participantes`;
};
var en_analytics_participants = () => {
	return `Participants`;
};
/**
* | output |
* | --- |
* | "Participants" |
*
* @param {Analytics_ParticipantsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_participants = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_participants();
	return es_analytics_participants();
});
// src/lib/paraglide/messages/analytics_quarter.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ quarter: NonNullable<unknown>, year: NonNullable<unknown> }} Analytics_QuarterInputs */
var es_analytics_quarter = (i) => {
	return `T${i?.quarter} ${i?.year}`;
};
var en_analytics_quarter = (i) => {
	return `Q${i?.quarter} ${i?.year}`;
};
/**
* | output |
* | --- |
* | "Q{quarter} {year}" |
*
* @param {Analytics_QuarterInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_quarter = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_quarter(inputs);
	return es_analytics_quarter(inputs);
});
// src/lib/paraglide/messages/analytics_download_indicators.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Analytics_Download_IndicatorsInputs */
var es_analytics_download_indicators = () => {
	return `Descargar indicadores (CSV)`;
};
var en_analytics_download_indicators = () => {
	return `Download indicators (CSV)`;
};
/**
* | output |
* | --- |
* | "Download indicators (CSV)" |
*
* @param {Analytics_Download_IndicatorsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var analytics_download_indicators = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_analytics_download_indicators();
	return es_analytics_download_indicators();
});
// src/lib/components/analytics/ChartCanvas.svelte
function ChartCanvas($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Short accessible name of the picture; the figure's caption carries the full summary. */
		let { spec, label, height = "18rem" } = $$props;
		$$renderer.push(`<div class="chart-box svelte-cxpgdr" role="img"${attr("aria-label", label)}${attr_style("", { height })}><canvas aria-hidden="true" class="svelte-cxpgdr"></canvas></div>`);
	});
}
// src/lib/components/analytics/ChartFigure.svelte
function ChartFigure($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The text alternative: what the chart shows, in a sentence or two. */
		let { id, title, summary, chart, table } = $$props;
		$$renderer.push(`<figure class="card chart-figure svelte-gwgy6v"${attr("aria-labelledby", `${stringify(id)}-title`)}${attr("data-testid", id)}><figcaption><h3${attr("id", `${stringify(id)}-title`)} class="svelte-gwgy6v">${escape_html(title)}</h3> <p class="summary svelte-gwgy6v"${attr("data-testid", `${stringify(id)}-caption`)}>${escape_html(summary)}</p></figcaption> `);
		chart($$renderer);
		$$renderer.push(`<!----> <details class="as-table svelte-gwgy6v"><summary class="svelte-gwgy6v">${escape_html(analytics_show_table())}<span class="visually-hidden">: ${escape_html(title)}</span></summary> `);
		table($$renderer);
		$$renderer.push(`<!----></details></figure>`);
	});
}
// src/lib/analytics/format.ts
var MEASURES = [
	"learners",
	"activeLearners",
	"participationRate",
	"messages",
	"posts",
	"submissions",
	"acceptedSubmissions",
	"completions",
	"lessonsCompleted"
];
var DIMENSION_LABELS = {
	course: analytics_dim_course,
	cohort: analytics_dim_cohort,
	country: analytics_dim_country,
	gender: analytics_dim_gender,
	sector: analytics_dim_sector,
	month: analytics_dim_month
};
var MEASURE_LABELS = {
	learners: analytics_m_learners,
	activeLearners: analytics_m_active,
	participationRate: analytics_m_rate,
	messages: analytics_m_messages,
	posts: analytics_m_posts,
	submissions: analytics_m_submissions,
	acceptedSubmissions: analytics_m_accepted,
	completions: analytics_m_completions,
	lessonsCompleted: analytics_m_lessons
};
var dimensionLabel = (dim) => DIMENSION_LABELS[dim]();
var measureLabel = (measure) => MEASURE_LABELS[measure]();
/** "2026-07" → "jul 2026" (es) / "Jul 2026" (en). */
function monthLabel(month, locale) {
	const match = /^(\d{4})-(\d{2})$/.exec(month);
	if (!match) return month;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
	return new Intl.DateTimeFormat(locale, {
		month: "short",
		year: "numeric",
		timeZone: "UTC"
	}).format(date);
}
/** "2026-T3" → "T3 2026" (es) / "Q3 2026" (en); months as monthLabel. */
function periodLabel(period, locale) {
	const quarter = /^(\d{4})-T(\d)$/.exec(period);
	if (quarter) return analytics_quarter({
		quarter: quarter[2],
		year: quarter[1]
	});
	return monthLabel(period, locale);
}
/** A dimension value in words: course and cohort names from the report's labels, countries, genders, sectors. */
function valueLabel(dim, value, labels, locale) {
	if (value === void 0 || value === null) return "";
	switch (dim) {
		case "course":
		case "cohort": return labels[value] ?? value;
		case "country": return countryName(value, locale);
		case "gender": return genderLabel(value);
		case "sector": return sectorLabel(value);
		case "month": return monthLabel(value, locale);
	}
}
/** A count in the locale ("1 000" / "1,000"); hidden counts stay "<5", missing ones "—". */
function formatCount(value, locale) {
	if (value === null || value === void 0) return "—";
	if (typeof value === "string") return value;
	return new Intl.NumberFormat(locale).format(value);
}
/** A rate of 0 … 1 as a percentage ("45 %"). */
function formatRate(rate, locale) {
	if (rate === null || rate === void 0) return "—";
	return new Intl.NumberFormat(locale, {
		style: "percent",
		maximumFractionDigits: 0
	}).format(rate);
}
function formatMeasure(measure, value, locale) {
	return measure === "participationRate" ? formatRate(value, locale) : formatCount(value, locale);
}
// src/lib/analytics/shape.ts
/** A count as a number, or null when it is hidden ("<5") or missing. */
function countValue(count) {
	return typeof count === "number" && Number.isFinite(count) ? count : null;
}
function isSuppressed(row) {
	return row.suppressed === true || typeof row.learners === "string";
}
/** Distinct values of a dimension in the rows, in `order` first (e.g. the academy's countries), then sorted. */
function distinct(rows, dim, order = []) {
	const seen = /* @__PURE__ */ new Set();
	for (const row of rows) {
		const value = row[dim];
		if (value !== void 0 && value !== null) seen.add(value);
	}
	const first = order.filter((v) => seen.has(v));
	const rest = [...seen].filter((v) => !order.includes(v)).sort();
	return [...first, ...rest];
}
/**
* Learners per `category` split by `split` (bars of learners by country split by gender), from rows of
* `by=category,split`. A hidden cell is null, so the chart draws nothing and the table shows "<5".
*/
function splitSeries(rows, category, split, order = {}) {
	const categories = distinct(rows, category, order.categories);
	const splits = distinct(rows, split, order.splits);
	const index = new Map(rows.map((r) => [`${r[category]}|${r[split]}`, r]));
	return {
		categories,
		series: splits.map((key) => {
			const cells = categories.map((c) => index.get(`${c}|${key}`));
			return {
				key,
				values: cells.map((r) => r ? countValue(r.learners) : 0),
				hidden: cells.map((r) => r ? isSuppressed(r) : false)
			};
		})
	};
}
/** Active learners and messages by month, from rows of `by=month`, in month order. */
function monthlySeries(rows) {
	const sorted = rows.filter((r) => r.month).sort((a, b) => a.month.localeCompare(b.month));
	return {
		months: sorted.map((r) => r.month),
		activeLearners: sorted.map((r) => countValue(r.activeLearners)),
		messages: sorted.map((r) => r.messages),
		posts: sorted.map((r) => r.posts),
		submissions: sorted.map((r) => r.submissions)
	};
}
/** A rows × columns grid of participation rates (course × country), from rows of `by=rowDim,columnDim`. */
function heatMatrix(data, rowDim, columnDim, order = {}) {
	const rows = distinct(data, rowDim, order.rows);
	const columns = distinct(data, columnDim, order.columns);
	const index = new Map(data.map((r) => [`${r[rowDim]}|${r[columnDim]}`, r]));
	const rates = [];
	return {
		rows,
		columns,
		cells: rows.map((r) => columns.map((c) => {
			const row = index.get(`${r}|${c}`);
			if (!row) return {
				rate: null,
				learners: null,
				hidden: false
			};
			const hidden = isSuppressed(row);
			const rate = hidden ? null : row.participationRate;
			if (rate !== null) rates.push(rate);
			return {
				rate,
				learners: row.learners,
				hidden
			};
		})),
		min: rates.length ? Math.min(...rates) : 0,
		max: rates.length ? Math.max(...rates) : 1
	};
}
/** The index of the largest value (first one on ties), or -1. */
function argMax(values) {
	let best = -1;
	values.forEach((v, i) => {
		if (v !== null && (best < 0 || v > (values[best] ?? -Infinity))) best = i;
	});
	return best;
}
/** Per category sum over series (e.g. learners per country, all genders), null when any part is hidden. */
function categoryTotals(table) {
	return table.categories.map((_, i) => {
		let sum = 0;
		for (const s of table.series) {
			if (s.hidden[i]) return null;
			sum += s.values[i] ?? 0;
		}
		return sum;
	});
}
// src/lib/components/analytics/CrossTab.svelte
function CrossTab($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Id of the note that explains "<5" cells. */
		let { report, locale, noteId } = $$props;
		const dims = derived(() => report.by);
		$$renderer.push(`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="crosstab-caption"><table class="data crosstab" data-testid="crosstab"><caption id="crosstab-caption">${escape_html(dims().length ? analytics_table_caption({ dims: dims().map(dimensionLabel).join(" × ") }) : analytics_table_caption_totals())}</caption><thead><tr><!--[-->`);
		const each_array = ensure_array_like(dims());
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let dim = each_array[$$index];
			$$renderer.push(`<th scope="col">${escape_html(dimensionLabel(dim))}</th>`);
		}
		$$renderer.push(`<!--]--><!--[-->`);
		const each_array_1 = ensure_array_like(MEASURES);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let measure = each_array_1[$$index_1];
			$$renderer.push(`<th scope="col" class="num">${escape_html(measureLabel(measure))}</th>`);
		}
		$$renderer.push(`<!--]--></tr></thead><tbody>`);
		const each_array_2 = ensure_array_like(report.rows);
		if (each_array_2.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let i = 0, $$length = each_array_2.length; i < $$length; i++) {
				let row = each_array_2[i];
				const hidden = isSuppressed(row);
				$$renderer.push(`<tr${attr_class("", void 0, { "suppressed": hidden })}><!--[-->`);
				const each_array_3 = ensure_array_like(dims());
				for (let d = 0, $$length = each_array_3.length; d < $$length; d++) {
					let dim = each_array_3[d];
					if (d === 0) $$renderer.push(`<!--[0--><th scope="row">${escape_html(valueLabel(dim, row[dim], report.labels, locale))}</th>`);
					else $$renderer.push(`<!--[-1--><td>${escape_html(valueLabel(dim, row[dim], report.labels, locale))}</td>`);
					$$renderer.push(`<!--]-->`);
				}
				$$renderer.push(`<!--]--><!--[-->`);
				const each_array_4 = ensure_array_like(MEASURES);
				for (let $$index_3 = 0, $$length = each_array_4.length; $$index_3 < $$length; $$index_3++) {
					let measure = each_array_4[$$index_3];
					if (hidden && measure === "learners") $$renderer.push(`<!--[0--><td class="num hidden-cell"${attr("aria-describedby", noteId)}>${escape_html(formatMeasure(measure, row[measure], locale))}</td>`);
					else $$renderer.push(`<!--[-1--><td class="num">${escape_html(formatMeasure(measure, row[measure], locale))}</td>`);
					$$renderer.push(`<!--]-->`);
				}
				$$renderer.push(`<!--]--></tr>`);
			}
		} else $$renderer.push(`<!--[!--><tr><td${attr("colspan", dims().length + MEASURES.length)} class="muted">${escape_html(analytics_no_rows())}</td></tr>`);
		$$renderer.push(`<!--]--></tbody><tfoot><tr data-testid="crosstab-total"><th scope="row"${attr("colspan", Math.max(1, dims().length))}>${escape_html(analytics_total())}</th><!--[-->`);
		const each_array_5 = ensure_array_like(MEASURES);
		for (let $$index_5 = 0, $$length = each_array_5.length; $$index_5 < $$length; $$index_5++) {
			let measure = each_array_5[$$index_5];
			$$renderer.push(`<td class="num"${attr("data-measure", measure)}>${escape_html(formatMeasure(measure, report.totals[measure], locale))}</td>`);
		}
		$$renderer.push(`<!--]--></tr></tfoot></table></div>`);
	});
}
// src/lib/analytics/scale.ts
/**
* Colour scale of the heat map: from a pale blue to a mid blue, linear in the value's place between `min` and
* `max`. The darkest step still gives the app's dark text 4.9:1, so every value stays readable (a scale running
* to the primary blue would pass through greys where neither dark nor white text reaches 4.5:1).
*/
var LOW = [
	242,
	247,
	252
];
var HIGH = [
	91,
	149,
	201
];
var DARK_TEXT = "#1b2430";
function intensity(value, min = 0, max = 1) {
	if (!Number.isFinite(value)) return 0;
	if (max <= min) return value >= max ? 1 : 0;
	return Math.min(1, Math.max(0, (value - min) / (max - min)));
}
function toHex(rgb) {
	return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}
function luminance(rgb) {
	const [r, g, b] = rgb.map((c) => {
		const s = c / 255;
		return s <= .03928 ? s / 12.92 : ((s + .055) / 1.055) ** 2.4;
	});
	return .2126 * r + .7152 * g + .0722 * b;
}
/** WCAG contrast ratio of two colours given as [r, g, b]. */
function contrast(a, b) {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + .05) / (lo + .05);
}
function mix(t) {
	return LOW.map((low, i) => low + (HIGH[i] - low) * t);
}
/** Background and text colour of a cell; null values (hidden or absent) get a neutral grey. */
function heatStyle(value, min = 0, max = 1) {
	if (value === null) return {
		background: "#f1f2f4",
		color: DARK_TEXT,
		intensity: 0
	};
	const t = intensity(value, min, max);
	const rgb = mix(t);
	const color = contrast(rgb, [
		27,
		36,
		48
	]) >= 4.5 ? DARK_TEXT : "#ffffff";
	return {
		background: toHex(rgb),
		color,
		intensity: t
	};
}
/** Evenly spaced stops for the legend, from min to max. */
function legendStops(min, max, steps = 5) {
	const span = max > min ? max - min : 0;
	return Array.from({ length: steps }, (_, i) => {
		const value = min + span * i / (steps - 1);
		return {
			value,
			style: heatStyle(value, min, max)
		};
	});
}
// src/lib/components/analytics/HeatMap.svelte
function HeatMap($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { matrix, rowLabel, columnLabel, rowHeading, caption, locale, noteId } = $$props;
		const stops = derived(() => legendStops(matrix.min, matrix.max, 5));
		$$renderer.push(`<div class="table-wrap" tabindex="0" role="region"${attr("aria-label", caption)}><table class="data heat" data-testid="heatmap"><caption class="visually-hidden">${escape_html(caption)}</caption><thead><tr><th scope="col">${escape_html(rowHeading)}</th><!--[-->`);
		const each_array = ensure_array_like(matrix.columns);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let column = each_array[$$index];
			$$renderer.push(`<th scope="col" class="num">${escape_html(columnLabel(column))}</th>`);
		}
		$$renderer.push(`<!--]--></tr></thead><tbody><!--[-->`);
		const each_array_1 = ensure_array_like(matrix.rows);
		for (let r = 0, $$length = each_array_1.length; r < $$length; r++) {
			let row = each_array_1[r];
			$$renderer.push(`<tr><th scope="row">${escape_html(rowLabel(row))}</th><!--[-->`);
			const each_array_2 = ensure_array_like(matrix.columns);
			for (let c = 0, $$length = each_array_2.length; c < $$length; c++) {
				each_array_2[c];
				const cell = matrix.cells[r][c];
				const style = heatStyle(cell.rate, matrix.min, matrix.max);
				if (cell.hidden) $$renderer.push(`<!--[0--><td class="num heat-cell hidden-cell svelte-1v58hmv"${attr("aria-describedby", noteId)}${attr_style("", {
					background: style.background,
					color: style.color
				})}>&lt;5</td>`);
				else {
					$$renderer.push(`<!--[-1--><td class="num heat-cell svelte-1v58hmv"${attr_style("", {
						background: style.background,
						color: style.color
					})}>${escape_html(cell.learners === null ? "—" : formatRate(cell.rate, locale))} `);
					if (cell.learners !== null) $$renderer.push(`<!--[0--><span class="heat-n svelte-1v58hmv">n = ${escape_html(formatCount(cell.learners, locale))}</span>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></td>`);
				}
				$$renderer.push(`<!--]-->`);
			}
			$$renderer.push(`<!--]--></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div> <div class="legend svelte-1v58hmv" aria-hidden="true"><span class="svelte-1v58hmv">${escape_html(analytics_heat_legend())}</span> <!--[-->`);
		const each_array_3 = ensure_array_like(stops());
		for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
			let stop = each_array_3[$$index_3];
			$$renderer.push(`<span class="swatch svelte-1v58hmv"${attr_style("", {
				background: stop.style.background,
				color: stop.style.color
			})}>${escape_html(formatRate(stop.value, locale))}</span>`);
		}
		$$renderer.push(`<!--]--></div>`);
	});
}
// src/routes/(app)/analytics/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const locale = getLocale();
		const NOTE_ID = "suppression-note";
		const GENDER_COLORS = {
			man: "#1d4f7a",
			woman: "#b4501f",
			non_binary: "#6a3d9a",
			self_described: "#0e6e64",
			undisclosed: "#6b7280"
		};
		const GENDER_COUNTS = {
			man: analytics_count_man,
			woman: analytics_count_woman,
			non_binary: analytics_count_non_binary,
			self_described: analytics_count_self_described,
			undisclosed: analytics_count_undisclosed
		};
		const filters = derived(() => data.filters);
		const list = (items) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
		const countries = derived(() => [.../* @__PURE__ */ new Set([...ACADEMY_COUNTRIES, ...filters().country ? [filters().country] : []])]);
		const cohortOptions = derived(() => filters().courseId ? data.cohorts.filter((c) => c.courseId === filters().courseId) : data.cohorts);
		const courseName = (id) => localized(data.courses.find((c) => c.id === id)?.title, locale) || (data.heat?.labels[id] ?? id);
		const genderRows = derived(() => (data.byGender?.rows ?? []).filter((r) => r.gender));
		const totalLearners = derived(() => data.byGender?.totals.learners ?? null);
		const headline = derived(() => genderRows().length ? analytics_headline({
			total: formatCount(totalLearners(), locale),
			parts: list(genderRows().map((r) => (GENDER_COUNTS[r.gender] ?? ((p) => `${p.count} ${r.gender}`))({ count: formatCount(r.learners, locale) })))
		}) : analytics_headline_empty());
		const byCountry = derived(() => splitSeries(data.countryGender?.rows ?? [], "country", "gender", {
			categories: ACADEMY_COUNTRIES,
			splits: GENDERS
		}));
		const countrySpec = derived(() => ({
			labels: byCountry().categories.map((c) => countryName(c, locale)),
			datasets: byCountry().series.map((s) => ({
				label: genderLabel(s.key),
				data: s.values,
				color: GENDER_COLORS[s.key] ?? "#4f5b6b"
			})),
			stacked: true,
			yTitle: analytics_m_learners()
		}));
		const countrySummary = derived(() => {
			if (byCountry().categories.length === 0) return analytics_no_data();
			const totals = categoryTotals(byCountry());
			const parts = byCountry().categories.map((c, i) => {
				const split = byCountry().series.map((s) => `${genderLabel(s.key).toLowerCase()} ${s.hidden[i] ? "<5" : formatCount(s.values[i], locale)}`);
				return `${countryName(c, locale)}: ${formatCount(totals[i] ?? "<5", locale)} (${split.join(", ")})`;
			});
			const top = argMax(totals);
			return analytics_country_summary({
				parts: parts.join("; "),
				top: top >= 0 ? countryName(byCountry().categories[top], locale) : "—"
			});
		});
		const monthly = derived(() => monthlySeries(data.months?.rows ?? []));
		const monthSpec = derived(() => ({
			labels: monthly().months.map((mo) => monthLabel(mo, locale)),
			datasets: [{
				label: analytics_m_active(),
				data: monthly().activeLearners,
				color: "#0e6e64"
			}, {
				label: analytics_m_messages(),
				data: monthly().messages,
				color: "#b4501f",
				line: true,
				secondAxis: true
			}],
			yTitle: analytics_m_active(),
			y2Title: analytics_m_messages()
		}));
		const monthSummary = derived(() => {
			const n = monthly().months.length;
			if (n === 0) return analytics_no_data();
			const busiest = argMax(monthly().messages);
			return analytics_month_summary({
				from: monthLabel(monthly().months[0], locale),
				to: monthLabel(monthly().months[n - 1], locale),
				activeFirst: formatCount(monthly().activeLearners[0], locale),
				activeLast: formatCount(monthly().activeLearners[n - 1], locale),
				busiest: busiest >= 0 ? monthLabel(monthly().months[busiest], locale) : "—",
				messages: busiest >= 0 ? formatCount(monthly().messages[busiest], locale) : "—"
			});
		});
		const matrix = derived(() => heatMatrix(data.heat?.rows ?? [], "course", "country", { columns: ACADEMY_COUNTRIES }));
		const heatSummary = derived(() => {
			let best = null;
			let worst = null;
			matrix().cells.forEach((row, r) => row.forEach((cell, c) => {
				if (cell.rate === null) return;
				if (!best || cell.rate > best.rate) best = {
					r,
					c,
					rate: cell.rate
				};
				if (!worst || cell.rate < worst.rate) worst = {
					r,
					c,
					rate: cell.rate
				};
			}));
			if (!best || !worst) return analytics_no_data();
			const b = best;
			const w = worst;
			return analytics_heat_summary({
				best: `${courseName(matrix().rows[b.r])} · ${countryName(matrix().columns[b.c], locale)}`,
				bestRate: formatRate(b.rate, locale),
				worst: `${courseName(matrix().rows[w.r])} · ${countryName(matrix().columns[w.c], locale)}`,
				worstRate: formatRate(w.rate, locale)
			});
		});
		const suppressed = derived(() => data.table?.suppressedCells ?? 0);
		const threshold = derived(() => data.table?.threshold ?? 5);
		const exportHref = derived(() => `/analytics/export/participation${participationExportSearch(filters())}`);
		const indicatorsHref = derived(() => `/analytics/export/indicators${indicatorExportSearch(filters())}`);
		const loadAlert = derived(() => data.loadFailure ? formErrorMessage(data.loadFailure.code) : null);
		const filterCount = derived(() => activeFilterCount(filters()));
		head("1bpgs3e", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: analytics_title() }))}</title>`);
			});
		});
		$$renderer.push(`<div class="analytics svelte-1bpgs3e"><header class="page-header svelte-1bpgs3e"><h1>${escape_html(analytics_title())}</h1> <p>${escape_html(analytics_intro())}</p></header> <section class="card filters" aria-labelledby="filters-title"><h2 id="filters-title" class="section-title svelte-1bpgs3e">${escape_html(analytics_filters_title())}</h2> <form method="GET" data-testid="analytics-filters"><div class="filter-grid svelte-1bpgs3e"><div class="field svelte-1bpgs3e"><label for="f-course" class="svelte-1bpgs3e">${escape_html(analytics_dim_course())}</label> <select id="f-course" name="courseId">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(analytics_all_courses())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array = ensure_array_like(data.courses);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let course = each_array[$$index];
			$$renderer.option({
				value: course.id,
				selected: filters().courseId === course.id
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(localized(course.title, locale))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="field svelte-1bpgs3e"><label for="f-cohort" class="svelte-1bpgs3e">${escape_html(analytics_dim_cohort())}</label> <select id="f-cohort" name="cohortId">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(analytics_all_cohorts())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_1 = ensure_array_like(cohortOptions());
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let cohort = each_array_1[$$index_1];
			$$renderer.option({
				value: cohort.id,
				selected: filters().cohortId === cohort.id
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(cohort.name)}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="field svelte-1bpgs3e"><label for="f-country" class="svelte-1bpgs3e">${escape_html(analytics_dim_country())}</label> <select id="f-country" name="country">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(analytics_all_countries())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_2 = ensure_array_like(countries());
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let code = each_array_2[$$index_2];
			$$renderer.option({
				value: code,
				selected: filters().country === code
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(countryName(code, locale))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="field svelte-1bpgs3e"><label for="f-gender" class="svelte-1bpgs3e">${escape_html(analytics_dim_gender())}</label> <select id="f-gender" name="gender">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(analytics_all_genders())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_3 = ensure_array_like(GENDERS);
		for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
			let gender = each_array_3[$$index_3];
			$$renderer.option({
				value: gender,
				selected: filters().gender === gender
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(genderLabel(gender))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="field svelte-1bpgs3e"><label for="f-sector" class="svelte-1bpgs3e">${escape_html(analytics_dim_sector())}</label> <select id="f-sector" name="sector">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(analytics_all_sectors())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_4 = ensure_array_like(SECTORS);
		for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
			let sector = each_array_4[$$index_4];
			$$renderer.option({
				value: sector,
				selected: filters().sector === sector
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(sectorLabel(sector))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="field svelte-1bpgs3e"><label for="f-from" class="svelte-1bpgs3e">${escape_html(analytics_from())}</label> <input id="f-from" name="from" type="date"${attr("value", filters().from)}${attr("max", filters().to || void 0)} class="svelte-1bpgs3e"/></div> <div class="field svelte-1bpgs3e"><label for="f-to" class="svelte-1bpgs3e">${escape_html(analytics_to())}</label> <input id="f-to" name="to" type="date"${attr("value", filters().to)}${attr("min", filters().from || void 0)} class="svelte-1bpgs3e"/></div></div> <fieldset class="dims svelte-1bpgs3e"><legend class="svelte-1bpgs3e">${escape_html(analytics_dims_legend())}</legend> <p class="hint svelte-1bpgs3e" id="dims-hint">${escape_html(analytics_dims_hint({ max: 3 }))}</p> <div class="filter-grid svelte-1bpgs3e"><!--[-->`);
		const each_array_5 = ensure_array_like(Array.from({ length: 3 }, (_, i) => i));
		for (let $$index_6 = 0, $$length = each_array_5.length; $$index_6 < $$length; $$index_6++) {
			let i = each_array_5[$$index_6];
			$$renderer.push(`<div class="field svelte-1bpgs3e"><label${attr("for", `f-by-${stringify(i)}`)} class="svelte-1bpgs3e">${escape_html(analytics_dim_n({ n: i + 1 }))}</label> <select${attr("id", `f-by-${stringify(i)}`)} name="by" aria-describedby="dims-hint">`);
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html(analytics_dim_none())}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array_6 = ensure_array_like(ANALYTICS_DIMENSIONS);
			for (let $$index_5 = 0, $$length = each_array_6.length; $$index_5 < $$length; $$index_5++) {
				let dim = each_array_6[$$index_5];
				$$renderer.option({
					value: dim,
					selected: filters().by[i] === dim
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(dimensionLabel(dim))}`);
				});
			}
			$$renderer.push(`<!--]--></select></div>`);
		}
		$$renderer.push(`<!--]--></div></fieldset> `);
		if (filters().period !== "month") $$renderer.push(`<!--[0--><input type="hidden" name="period"${attr("value", filters().period)}/>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="form-actions"><button class="button" type="submit">${escape_html(analytics_apply())}</button> <a class="button button-secondary" href="/analytics">${escape_html(analytics_reset())}</a> `);
		if (filterCount() > 0) $$renderer.push(`<!--[0--><span class="muted">${escape_html(analytics_active_filters({ count: filterCount() }))}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></form></section> `);
		FormAlert($$renderer, { message: loadAlert() });
		$$renderer.push(`<!----> <section aria-labelledby="summary-title" class="summary-section"><h2 id="summary-title" class="visually-hidden">${escape_html(analytics_summary_title())}</h2> <p class="headline svelte-1bpgs3e" data-testid="analytics-headline">${escape_html(headline())}</p> <dl class="stats svelte-1bpgs3e"><div class="stat card svelte-1bpgs3e" data-testid="stat-learners"><dt class="svelte-1bpgs3e">${escape_html(analytics_m_learners())}</dt> <dd class="svelte-1bpgs3e">${escape_html(formatCount(totalLearners(), locale))}</dd></div> <!--[-->`);
		const each_array_7 = ensure_array_like(genderRows());
		for (let $$index_7 = 0, $$length = each_array_7.length; $$index_7 < $$length; $$index_7++) {
			let row = each_array_7[$$index_7];
			$$renderer.push(`<div class="stat card svelte-1bpgs3e"${attr("data-testid", `stat-${stringify(row.gender)}`)}><dt class="svelte-1bpgs3e">${escape_html(genderLabel(row.gender))}</dt> <dd class="svelte-1bpgs3e">${escape_html(formatCount(row.learners, locale))} `);
			if (countValue(row.learners) !== null && countValue(totalLearners())) $$renderer.push(`<!--[0--><span class="share svelte-1bpgs3e">${escape_html(formatRate((countValue(row.learners) ?? 0) / (countValue(totalLearners()) ?? 1), locale))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></dd></div>`);
		}
		$$renderer.push(`<!--]--> <div class="stat card svelte-1bpgs3e" data-testid="stat-rate"><dt class="svelte-1bpgs3e">${escape_html(analytics_m_rate())}</dt> <dd class="svelte-1bpgs3e">${escape_html(formatRate(data.byGender?.totals.participationRate, locale))}</dd></div></dl></section> <section aria-labelledby="charts-title"><h2 id="charts-title">${escape_html(analytics_charts_title())}</h2> <div class="charts svelte-1bpgs3e">`);
		{
			function chart($$renderer) {
				ChartCanvas($$renderer, {
					spec: countrySpec(),
					label: analytics_chart_country_title()
				});
			}
			function table($$renderer) {
				$$renderer.push(`<div class="table-wrap" tabindex="0" role="region"${attr("aria-label", analytics_chart_country_title())}><table class="data"><caption class="visually-hidden">${escape_html(analytics_chart_country_title())}</caption><thead><tr><th scope="col">${escape_html(analytics_dim_country())}</th><!--[-->`);
				const each_array_8 = ensure_array_like(byCountry().series);
				for (let $$index_8 = 0, $$length = each_array_8.length; $$index_8 < $$length; $$index_8++) {
					let s = each_array_8[$$index_8];
					$$renderer.push(`<th scope="col" class="num">${escape_html(genderLabel(s.key))}</th>`);
				}
				$$renderer.push(`<!--]--></tr></thead><tbody><!--[-->`);
				const each_array_9 = ensure_array_like(byCountry().categories);
				for (let i = 0, $$length = each_array_9.length; i < $$length; i++) {
					let c = each_array_9[i];
					$$renderer.push(`<tr><th scope="row">${escape_html(countryName(c, locale))}</th><!--[-->`);
					const each_array_10 = ensure_array_like(byCountry().series);
					for (let $$index_9 = 0, $$length = each_array_10.length; $$index_9 < $$length; $$index_9++) {
						let s = each_array_10[$$index_9];
						$$renderer.push(`<td${attr_class("num", void 0, { "hidden-cell": s.hidden[i] })}>${escape_html(s.hidden[i] ? "<5" : formatCount(s.values[i], locale))}</td>`);
					}
					$$renderer.push(`<!--]--></tr>`);
				}
				$$renderer.push(`<!--]--></tbody></table></div>`);
			}
			ChartFigure($$renderer, {
				id: "chart-country",
				title: analytics_chart_country_title(),
				summary: countrySummary(),
				chart,
				table});
		}
		$$renderer.push(`<!----> `);
		{
			function chart($$renderer) {
				ChartCanvas($$renderer, {
					spec: monthSpec(),
					label: analytics_chart_months_title()
				});
			}
			function table($$renderer) {
				$$renderer.push(`<div class="table-wrap" tabindex="0" role="region"${attr("aria-label", analytics_chart_months_title())}><table class="data"><caption class="visually-hidden">${escape_html(analytics_chart_months_title())}</caption><thead><tr><th scope="col">${escape_html(analytics_dim_month())}</th><th scope="col" class="num">${escape_html(analytics_m_active())}</th><th scope="col" class="num">${escape_html(analytics_m_messages())}</th><th scope="col" class="num">${escape_html(analytics_m_posts())}</th><th scope="col" class="num">${escape_html(analytics_m_submissions())}</th></tr></thead><tbody><!--[-->`);
				const each_array_11 = ensure_array_like(monthly().months);
				for (let i = 0, $$length = each_array_11.length; i < $$length; i++) {
					let mo = each_array_11[i];
					$$renderer.push(`<tr><th scope="row">${escape_html(monthLabel(mo, locale))}</th><td class="num">${escape_html(formatCount(monthly().activeLearners[i], locale))}</td><td class="num">${escape_html(formatCount(monthly().messages[i], locale))}</td><td class="num">${escape_html(formatCount(monthly().posts[i], locale))}</td><td class="num">${escape_html(formatCount(monthly().submissions[i], locale))}</td></tr>`);
				}
				$$renderer.push(`<!--]--></tbody></table></div>`);
			}
			ChartFigure($$renderer, {
				id: "chart-months",
				title: analytics_chart_months_title(),
				summary: monthSummary(),
				chart,
				table});
		}
		$$renderer.push(`<!----></div> <figure class="card heat-figure svelte-1bpgs3e" aria-labelledby="heat-title" data-testid="chart-heat"><figcaption><h3 id="heat-title" class="svelte-1bpgs3e">${escape_html(analytics_heat_title())}</h3> <p class="summary svelte-1bpgs3e" data-testid="chart-heat-caption">${escape_html(heatSummary())} ${escape_html(analytics_heat_explain())}</p></figcaption> `);
		HeatMap($$renderer, {
			matrix: matrix(),
			locale,
			noteId: NOTE_ID,
			caption: analytics_heat_title(),
			rowHeading: analytics_dim_course(),
			rowLabel: courseName,
			columnLabel: (c) => countryName(c, locale)
		});
		$$renderer.push(`<!----></figure></section> <section class="card" aria-labelledby="table-title"><div class="section-head svelte-1bpgs3e"><h2 id="table-title" class="svelte-1bpgs3e">${escape_html(analytics_table_title())}</h2> <a class="button"${attr("href", exportHref())} download="" data-testid="export-participation">${escape_html(analytics_download_csv())}</a></div> <p${attr("id", NOTE_ID)} class="note svelte-1bpgs3e" data-testid="suppression-note">`);
		if (suppressed() > 0) $$renderer.push(`<!--[0--><strong>${escape_html(analytics_suppressed_count({ count: suppressed() }))}</strong>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> ${escape_html(analytics_suppression_note({ threshold: threshold() }))}</p> `);
		if (data.table) {
			$$renderer.push("<!--[0-->");
			CrossTab($$renderer, {
				report: data.table,
				locale,
				noteId: NOTE_ID
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <details class="definitions svelte-1bpgs3e"><summary class="svelte-1bpgs3e">${escape_html(analytics_definitions_title())}</summary> <dl><dt class="svelte-1bpgs3e">${escape_html(analytics_m_learners())}</dt><dd class="svelte-1bpgs3e">${escape_html(analytics_def_learners())}</dd> <dt class="svelte-1bpgs3e">${escape_html(analytics_m_active())}</dt><dd class="svelte-1bpgs3e">${escape_html(analytics_def_active())}</dd> <dt class="svelte-1bpgs3e">${escape_html(analytics_m_rate())}</dt><dd class="svelte-1bpgs3e">${escape_html(analytics_def_rate())}</dd> <dt class="svelte-1bpgs3e">${escape_html(analytics_m_completions())}</dt><dd class="svelte-1bpgs3e">${escape_html(analytics_def_completions())}</dd></dl></details></section> <section class="card indicators" aria-labelledby="indicators-title"><div class="section-head svelte-1bpgs3e"><h2 id="indicators-title" class="svelte-1bpgs3e">${escape_html(analytics_indicators_title())}</h2> <a class="button"${attr("href", indicatorsHref())} download="" data-testid="export-indicators">${escape_html(analytics_download_indicators())}</a></div> <p class="muted">${escape_html(analytics_indicators_intro())}</p> <nav class="period svelte-1bpgs3e"${attr("aria-label", analytics_period_label())}><a${attr("href", viewHref(page.url.pathname, filters(), { period: "month" }))}${attr("aria-current", filters().period === "month" ? "true" : void 0)} class="svelte-1bpgs3e">${escape_html(analytics_period_month())}</a> <a${attr("href", viewHref(page.url.pathname, filters(), { period: "quarter" }))}${attr("aria-current", filters().period === "quarter" ? "true" : void 0)} class="svelte-1bpgs3e">${escape_html(analytics_period_quarter())}</a></nav> `);
		if (data.indicators) {
			$$renderer.push(`<!--[0--><div class="table-wrap tall" tabindex="0" role="region" aria-labelledby="indicators-title"><table class="data" data-testid="indicators"><caption class="visually-hidden">${escape_html(analytics_indicators_title())}</caption><thead><tr><th scope="col">${escape_html(analytics_period())}</th><th scope="col">${escape_html(analytics_dim_country())}</th><th scope="col">${escape_html(analytics_sex())}</th><th scope="col" class="num">${escape_html(analytics_participants())}</th><th scope="col" class="num">${escape_html(analytics_m_completions())}</th></tr></thead><tbody>`);
			const each_array_12 = ensure_array_like(data.indicators.rows);
			if (each_array_12.length !== 0) {
				$$renderer.push("<!--[-->");
				for (let i = 0, $$length = each_array_12.length; i < $$length; i++) {
					let row = each_array_12[i];
					$$renderer.push(`<tr${attr_class("", void 0, { "suppressed": row.suppressed })}><th scope="row">${escape_html(periodLabel(row.period, locale))}</th><td>${escape_html(countryName(row.country, locale))}</td><td>${escape_html(genderLabel(row.gender))}</td><td${attr_class("num", void 0, { "hidden-cell": row.suppressed })}>${escape_html(formatCount(row.participants, locale))}</td><td class="num">${escape_html(formatCount(row.completions, locale))}</td></tr>`);
				}
			} else $$renderer.push(`<!--[!--><tr><td colspan="5" class="muted">${escape_html(analytics_no_rows())}</td></tr>`);
			$$renderer.push(`<!--]--></tbody></table></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DmAtqOBA.js.map
