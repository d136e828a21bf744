import { e as getLocale } from './runtime.js-B8EFPPLT.js';
import { e as error_forbidden } from './error_forbidden.js-CfrwO1E1.js';
import { e as error_not_found } from './error_not_found.js-BS2Q6Djj.js';
import { e as error_unavailable } from './error_unavailable.js-uIGIVP0X.js';
import { e as error_unknown } from './error_unknown.js-C1rriivB.js';

// src/lib/paraglide/messages/error_unauthenticated_login.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Unauthenticated_LoginInputs */
var es_error_unauthenticated_login = () => {
	return `El correo electrónico o la contraseña no son correctos.`;
};
var en_error_unauthenticated_login = () => {
	return `The email or password is not correct.`;
};
/**
* | output |
* | --- |
* | "The email or password is not correct." |
*
* @param {Error_Unauthenticated_LoginInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_unauthenticated_login = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_unauthenticated_login();
	return es_error_unauthenticated_login();
});
// src/lib/paraglide/messages/error_unauthenticated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_UnauthenticatedInputs */
var es_error_unauthenticated = () => {
	return `Su sesión terminó. Inicie sesión de nuevo.`;
};
var en_error_unauthenticated = () => {
	return `Your session has ended. Please sign in again.`;
};
/**
* | output |
* | --- |
* | "Your session has ended. Please sign in again." |
*
* @param {Error_UnauthenticatedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_unauthenticated = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_unauthenticated();
	return es_error_unauthenticated();
});
// src/lib/paraglide/messages/error_forbidden_role.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Forbidden_RoleInputs */
var es_error_forbidden_role = () => {
	return `Su rol no le permite hacer este cambio. La coordinación solo puede alternar entre participante y facilitación, y nadie puede cambiar su propio rol.`;
};
var en_error_forbidden_role = () => {
	return `Your role does not allow this change. Coordinators can only switch between learner and facilitator, and nobody can change their own role.`;
};
/**
* | output |
* | --- |
* | "Your role does not allow this change. Coordinators can only switch between learner and facilitator, and nobody can change their own role." |
*
* @param {Error_Forbidden_RoleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_forbidden_role = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_forbidden_role();
	return es_error_forbidden_role();
});
// src/lib/paraglide/messages/error_validation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_ValidationInputs */
var es_error_validation = () => {
	return `Revise los campos marcados e inténtelo de nuevo.`;
};
var en_error_validation = () => {
	return `Please check the highlighted fields and try again.`;
};
/**
* | output |
* | --- |
* | "Please check the highlighted fields and try again." |
*
* @param {Error_ValidationInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_validation = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_validation();
	return es_error_validation();
});
// src/lib/paraglide/messages/error_conflict.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_ConflictInputs */
var es_error_conflict = () => {
	return `Estos datos entran en conflicto con un registro existente.`;
};
var en_error_conflict = () => {
	return `This conflicts with an existing record.`;
};
/**
* | output |
* | --- |
* | "This conflicts with an existing record." |
*
* @param {Error_ConflictInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_conflict = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_conflict();
	return es_error_conflict();
});
// src/lib/paraglide/messages/error_rate_limited.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Rate_LimitedInputs */
var es_error_rate_limited = () => {
	return `Se registraron demasiados intentos. Por su seguridad, espere unos minutos antes de volver a intentarlo.`;
};
var en_error_rate_limited = () => {
	return `Too many attempts. For your security, please wait a few minutes before trying again.`;
};
/**
* | output |
* | --- |
* | "Too many attempts. For your security, please wait a few minutes before trying again." |
*
* @param {Error_Rate_LimitedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_rate_limited = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_rate_limited();
	return es_error_rate_limited();
});
// src/lib/paraglide/messages/error_payload_too_large.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Payload_Too_LargeInputs */
var es_error_payload_too_large = () => {
	return `El contenido enviado es demasiado grande.`;
};
var en_error_payload_too_large = () => {
	return `What you sent is too large.`;
};
/**
* | output |
* | --- |
* | "What you sent is too large." |
*
* @param {Error_Payload_Too_LargeInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_payload_too_large = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_payload_too_large();
	return es_error_payload_too_large();
});
// src/lib/paraglide/messages/error_field_email.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_EmailInputs */
var es_error_field_email = () => {
	return `Escriba una dirección de correo electrónico válida, por ejemplo nombre@institucion.gob.`;
};
var en_error_field_email = () => {
	return `Enter a valid email address, for example name@institution.gov.`;
};
/**
* | output |
* | --- |
* | "Enter a valid email address, for example name@institution.gov." |
*
* @param {Error_Field_EmailInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_email = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_email();
	return es_error_field_email();
});
// src/lib/paraglide/messages/error_field_email_taken.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_Email_TakenInputs */
var es_error_field_email_taken = () => {
	return `Ya existe una cuenta con este correo electrónico. Inicie sesión o use otro correo.`;
};
var en_error_field_email_taken = () => {
	return `An account with this email already exists. Sign in or use another email.`;
};
/**
* | output |
* | --- |
* | "An account with this email already exists. Sign in or use another email." |
*
* @param {Error_Field_Email_TakenInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_email_taken = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_email_taken();
	return es_error_field_email_taken();
});
// src/lib/paraglide/messages/error_field_password.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_PasswordInputs */
var es_error_field_password = () => {
	return `La contraseña debe tener entre 10 y 200 caracteres.`;
};
var en_error_field_password = () => {
	return `The password must be between 10 and 200 characters.`;
};
/**
* | output |
* | --- |
* | "The password must be between 10 and 200 characters." |
*
* @param {Error_Field_PasswordInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_password = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_password();
	return es_error_field_password();
});
// src/lib/paraglide/messages/error_field_password_required.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_Password_RequiredInputs */
var es_error_field_password_required = () => {
	return `Escriba su contraseña.`;
};
var en_error_field_password_required = () => {
	return `Enter your password.`;
};
/**
* | output |
* | --- |
* | "Enter your password." |
*
* @param {Error_Field_Password_RequiredInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_password_required = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_password_required();
	return es_error_field_password_required();
});
// src/lib/paraglide/messages/error_field_displayname1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_Displayname1Inputs */
var es_error_field_displayname1 = () => {
	return `Escriba un nombre de entre 2 y 80 caracteres.`;
};
var en_error_field_displayname1 = () => {
	return `Enter a name between 2 and 80 characters.`;
};
/**
* | output |
* | --- |
* | "Enter a name between 2 and 80 characters." |
*
* @param {Error_Field_Displayname1Inputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_displayname1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_displayname1();
	return es_error_field_displayname1();
});
// src/lib/paraglide/messages/error_field_country.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_CountryInputs */
var es_error_field_country = () => {
	return `Seleccione un país.`;
};
var en_error_field_country = () => {
	return `Choose a country.`;
};
/**
* | output |
* | --- |
* | "Choose a country." |
*
* @param {Error_Field_CountryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_country = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_country();
	return es_error_field_country();
});
// src/lib/paraglide/messages/error_field_gender.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_GenderInputs */
var es_error_field_gender = () => {
	return `Seleccione una opción de género.`;
};
var en_error_field_gender = () => {
	return `Choose a gender option.`;
};
/**
* | output |
* | --- |
* | "Choose a gender option." |
*
* @param {Error_Field_GenderInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_gender = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_gender();
	return es_error_field_gender();
});
// src/lib/paraglide/messages/error_field_gendertext1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_Gendertext1Inputs */
var es_error_field_gendertext1 = () => {
	return `Describa su género en 60 caracteres como máximo, o elija otra opción.`;
};
var en_error_field_gendertext1 = () => {
	return `Describe your gender in 60 characters or fewer, or choose another option.`;
};
/**
* | output |
* | --- |
* | "Describe your gender in 60 characters or fewer, or choose another option." |
*
* @param {Error_Field_Gendertext1Inputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_gendertext1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_gendertext1();
	return es_error_field_gendertext1();
});
// src/lib/paraglide/messages/error_field_sector.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_SectorInputs */
var es_error_field_sector = () => {
	return `Seleccione su sector.`;
};
var en_error_field_sector = () => {
	return `Choose your sector.`;
};
/**
* | output |
* | --- |
* | "Choose your sector." |
*
* @param {Error_Field_SectorInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_sector = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_sector();
	return es_error_field_sector();
});
// src/lib/paraglide/messages/error_field_organization.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_OrganizationInputs */
var es_error_field_organization = () => {
	return `El nombre de la institución puede tener hasta 120 caracteres.`;
};
var en_error_field_organization = () => {
	return `The institution name can be up to 120 characters.`;
};
/**
* | output |
* | --- |
* | "The institution name can be up to 120 characters." |
*
* @param {Error_Field_OrganizationInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_organization = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_organization();
	return es_error_field_organization();
});
// src/lib/paraglide/messages/error_field_locale.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_LocaleInputs */
var es_error_field_locale = () => {
	return `Seleccione un idioma.`;
};
var en_error_field_locale = () => {
	return `Choose a language.`;
};
/**
* | output |
* | --- |
* | "Choose a language." |
*
* @param {Error_Field_LocaleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_locale = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_locale();
	return es_error_field_locale();
});
// src/lib/paraglide/messages/error_field_role.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_RoleInputs */
var es_error_field_role = () => {
	return `Seleccione un rol válido.`;
};
var en_error_field_role = () => {
	return `Choose a valid role.`;
};
/**
* | output |
* | --- |
* | "Choose a valid role." |
*
* @param {Error_Field_RoleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_role = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_role();
	return es_error_field_role();
});
// src/lib/paraglide/messages/error_field_generic.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_GenericInputs */
var es_error_field_generic = () => {
	return `Revise este campo.`;
};
var en_error_field_generic = () => {
	return `Please check this field.`;
};
/**
* | output |
* | --- |
* | "Please check this field." |
*
* @param {Error_Field_GenericInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_generic = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_generic();
	return es_error_field_generic();
});
// src/lib/paraglide/messages/error_field_courseid1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_Courseid1Inputs */
var es_error_field_courseid1 = () => {
	return `Seleccione un curso.`;
};
var en_error_field_courseid1 = () => {
	return `Choose a course.`;
};
/**
* | output |
* | --- |
* | "Choose a course." |
*
* @param {Error_Field_Courseid1Inputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_courseid1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_courseid1();
	return es_error_field_courseid1();
});
// src/lib/paraglide/messages/error_field_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_NameInputs */
var es_error_field_name = () => {
	return `Escriba un nombre de entre 3 y 120 caracteres.`;
};
var en_error_field_name = () => {
	return `Write a name of 3 to 120 characters.`;
};
/**
* | output |
* | --- |
* | "Write a name of 3 to 120 characters." |
*
* @param {Error_Field_NameInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_name();
	return es_error_field_name();
});
// src/lib/paraglide/messages/error_field_countries.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_CountriesInputs */
var es_error_field_countries = () => {
	return `Seleccione al menos un país (códigos ISO válidos).`;
};
var en_error_field_countries = () => {
	return `Choose at least one country (valid ISO codes).`;
};
/**
* | output |
* | --- |
* | "Choose at least one country (valid ISO codes)." |
*
* @param {Error_Field_CountriesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_countries = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_countries();
	return es_error_field_countries();
});
// src/lib/paraglide/messages/error_field_startsat1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_Startsat1Inputs */
var es_error_field_startsat1 = () => {
	return `Indique una fecha y hora de inicio válidas.`;
};
var en_error_field_startsat1 = () => {
	return `Give a valid start date and time.`;
};
/**
* | output |
* | --- |
* | "Give a valid start date and time." |
*
* @param {Error_Field_Startsat1Inputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_startsat1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_startsat1();
	return es_error_field_startsat1();
});
// src/lib/paraglide/messages/error_field_endsat1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_Endsat1Inputs */
var es_error_field_endsat1 = () => {
	return `El cierre debe ser una fecha válida posterior al inicio.`;
};
var en_error_field_endsat1 = () => {
	return `The end must be a valid date after the start.`;
};
/**
* | output |
* | --- |
* | "The end must be a valid date after the start." |
*
* @param {Error_Field_Endsat1Inputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_endsat1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_endsat1();
	return es_error_field_endsat1();
});
// src/lib/paraglide/messages/error_field_timezone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_TimezoneInputs */
var es_error_field_timezone = () => {
	return `Seleccione una zona horaria.`;
};
var en_error_field_timezone = () => {
	return `Choose a time zone.`;
};
/**
* | output |
* | --- |
* | "Choose a time zone." |
*
* @param {Error_Field_TimezoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_timezone = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_timezone();
	return es_error_field_timezone();
});
// src/lib/paraglide/messages/error_field_capacity.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_CapacityInputs */
var es_error_field_capacity = () => {
	return `El cupo debe ser un número entero entre 1 y 10 000, o quedar vacío.`;
};
var en_error_field_capacity = () => {
	return `Capacity must be a whole number from 1 to 10,000, or empty.`;
};
/**
* | output |
* | --- |
* | "Capacity must be a whole number from 1 to 10,000, or empty." |
*
* @param {Error_Field_CapacityInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_capacity = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_capacity();
	return es_error_field_capacity();
});
// src/lib/paraglide/messages/error_field_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_StatusInputs */
var es_error_field_status = () => {
	return `Seleccione un estado.`;
};
var en_error_field_status = () => {
	return `Choose a status.`;
};
/**
* | output |
* | --- |
* | "Choose a status." |
*
* @param {Error_Field_StatusInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_status = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_status();
	return es_error_field_status();
});
// src/lib/paraglide/messages/error_field_enrollmentmode1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_Enrollmentmode1Inputs */
var es_error_field_enrollmentmode1 = () => {
	return `Seleccione cómo se inscriben las personas.`;
};
var en_error_field_enrollmentmode1 = () => {
	return `Choose how people enrol.`;
};
/**
* | output |
* | --- |
* | "Choose how people enrol." |
*
* @param {Error_Field_Enrollmentmode1Inputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_enrollmentmode1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_enrollmentmode1();
	return es_error_field_enrollmentmode1();
});
// src/lib/paraglide/messages/error_field_userid1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_Userid1Inputs */
var es_error_field_userid1 = () => {
	return `Seleccione a una persona de la lista.`;
};
var en_error_field_userid1 = () => {
	return `Choose a person from the list.`;
};
/**
* | output |
* | --- |
* | "Choose a person from the list." |
*
* @param {Error_Field_Userid1Inputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_userid1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_userid1();
	return es_error_field_userid1();
});
// src/lib/paraglide/messages/error_field_csv.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_CsvInputs */
var es_error_field_csv = () => {
	return `El archivo no es una lista CSV de participantes: revise la fila de encabezados y las columnas.`;
};
var en_error_field_csv = () => {
	return `The file is not a CSV roster: check the header row and the columns.`;
};
/**
* | output |
* | --- |
* | "The file is not a CSV roster: check the header row and the columns." |
*
* @param {Error_Field_CsvInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_csv = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_csv();
	return es_error_field_csv();
});
// src/lib/paraglide/messages/error_field_cohortcount1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_Cohortcount1Inputs */
var es_error_field_cohortcount1 = () => {
	return `Indique entre 2 y 50 cohortes.`;
};
var en_error_field_cohortcount1 = () => {
	return `Give between 2 and 50 cohorts.`;
};
/**
* | output |
* | --- |
* | "Give between 2 and 50 cohorts." |
*
* @param {Error_Field_Cohortcount1Inputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_cohortcount1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_cohortcount1();
	return es_error_field_cohortcount1();
});
// src/lib/paraglide/messages/error_field_nameprefix1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_Nameprefix1Inputs */
var es_error_field_nameprefix1 = () => {
	return `Escriba un prefijo de entre 3 y 100 caracteres.`;
};
var en_error_field_nameprefix1 = () => {
	return `Write a prefix of 3 to 100 characters.`;
};
/**
* | output |
* | --- |
* | "Write a prefix of 3 to 100 characters." |
*
* @param {Error_Field_Nameprefix1Inputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_nameprefix1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_nameprefix1();
	return es_error_field_nameprefix1();
});
// src/lib/paraglide/messages/error_field_slug.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_SlugInputs */
var es_error_field_slug = () => {
	return `Use palabras en minúsculas sin tildes, unidas por guiones (3 a 80 caracteres), que no use otro curso.`;
};
var en_error_field_slug = () => {
	return `Use lower-case words without accents joined by hyphens (3 to 80 characters), not used by another course.`;
};
/**
* | output |
* | --- |
* | "Use lower-case words without accents joined by hyphens (3 to 80 characters), not used by another course." |
*
* @param {Error_Field_SlugInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_slug = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_slug();
	return es_error_field_slug();
});
// src/lib/paraglide/messages/error_field_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_TitleInputs */
var es_error_field_title = () => {
	return `Escriba el título en español (máximo 200 caracteres).`;
};
var en_error_field_title = () => {
	return `Write the Spanish title (at most 200 characters).`;
};
/**
* | output |
* | --- |
* | "Write the Spanish title (at most 200 characters)." |
*
* @param {Error_Field_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_title();
	return es_error_field_title();
});
// src/lib/paraglide/messages/error_field_summary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_SummaryInputs */
var es_error_field_summary = () => {
	return `Escriba el resumen en español (máximo 2000 caracteres).`;
};
var en_error_field_summary = () => {
	return `Write the Spanish summary (at most 2,000 characters).`;
};
/**
* | output |
* | --- |
* | "Write the Spanish summary (at most 2,000 characters)." |
*
* @param {Error_Field_SummaryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_summary = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_summary();
	return es_error_field_summary();
});
// src/lib/paraglide/messages/error_field_topics.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_TopicsInputs */
var es_error_field_topics = () => {
	return `Revise los temas: hasta 20, de 40 caracteres como máximo.`;
};
var en_error_field_topics = () => {
	return `Check the topics: up to 20, at most 40 characters each.`;
};
/**
* | output |
* | --- |
* | "Check the topics: up to 20, at most 40 characters each." |
*
* @param {Error_Field_TopicsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_topics = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_topics();
	return es_error_field_topics();
});
// src/lib/paraglide/messages/error_field_modules.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Field_ModulesInputs */
var es_error_field_modules = () => {
	return `Revise los módulos marcados.`;
};
var en_error_field_modules = () => {
	return `Check the marked modules.`;
};
/**
* | output |
* | --- |
* | "Check the marked modules." |
*
* @param {Error_Field_ModulesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var error_field_modules = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_field_modules();
	return es_error_field_modules();
});
// src/lib/i18n/errors.ts
/** A calm sentence in the current language for an API error code. */
function formErrorMessage(code, context = "default") {
	switch (code) {
		case "UNAUTHENTICATED": return context === "login" ? error_unauthenticated_login() : error_unauthenticated();
		case "FORBIDDEN": return context === "roleChange" ? error_forbidden_role() : error_forbidden();
		case "NOT_FOUND": return error_not_found();
		case "VALIDATION_FAILED": return error_validation();
		case "CONFLICT": return error_conflict();
		case "RATE_LIMITED":
		case "SLOW_MODE": return error_rate_limited();
		case "PAYLOAD_TOO_LARGE": return error_payload_too_large();
		case "UNAVAILABLE": return error_unavailable();
		default: return error_unknown();
	}
}
var FIELD_MESSAGES = {
	email: error_field_email,
	password: error_field_password,
	displayName: error_field_displayname1,
	country: error_field_country,
	gender: error_field_gender,
	genderText: error_field_gendertext1,
	sector: error_field_sector,
	organization: error_field_organization,
	locale: error_field_locale,
	role: error_field_role,
	courseId: error_field_courseid1,
	name: error_field_name,
	countries: error_field_countries,
	startsAt: error_field_startsat1,
	endsAt: error_field_endsat1,
	timezone: error_field_timezone,
	capacity: error_field_capacity,
	status: error_field_status,
	enrollmentMode: error_field_enrollmentmode1,
	userId: error_field_userid1,
	csv: error_field_csv,
	cohortCount: error_field_cohortcount1,
	namePrefix: error_field_nameprefix1,
	slug: error_field_slug,
	title: error_field_title,
	summary: error_field_summary,
	topics: error_field_topics,
	modules: error_field_modules
};
/** What to say under one field. */
function fieldErrorMessage(field, problem) {
	if (field === "email" && problem === "taken") return error_field_email_taken();
	if (field === "password" && problem === "required") return error_field_password_required();
	return (FIELD_MESSAGES[field] ?? error_field_generic)();
}
/** Every field error of a failure, worded; handy for components that take a plain map. */
function fieldErrorMessages(fields) {
	const out = {};
	for (const [field, problem] of Object.entries(fields ?? {})) out[field] = fieldErrorMessage(field, problem);
	return out;
}

export { fieldErrorMessages as a, error_field_slug as e, formErrorMessage as f };
//# sourceMappingURL=errors.js-BSO-Lm7a.js.map
