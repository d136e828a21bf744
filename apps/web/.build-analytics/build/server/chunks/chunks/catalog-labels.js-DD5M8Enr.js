import { e as getLocale } from './runtime.js-B8EFPPLT.js';

// src/lib/paraglide/messages/lesson_kind_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Kind_TextInputs */
var es_lesson_kind_text = () => {
	return `Texto`;
};
var en_lesson_kind_text = () => {
	return `Text`;
};
/**
* | output |
* | --- |
* | "Text" |
*
* @param {Lesson_Kind_TextInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_kind_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_kind_text();
	return es_lesson_kind_text();
});
// src/lib/paraglide/messages/lesson_kind_video.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Kind_VideoInputs */
var es_lesson_kind_video = () => {
	return `Video`;
};
var en_lesson_kind_video = () => {
	return `Video`;
};
/**
* | output |
* | --- |
* | "Video" |
*
* @param {Lesson_Kind_VideoInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_kind_video = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_kind_video();
	return es_lesson_kind_video();
});
// src/lib/paraglide/messages/lesson_kind_reading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Kind_ReadingInputs */
var es_lesson_kind_reading = () => {
	return `Lectura`;
};
var en_lesson_kind_reading = () => {
	return `Reading`;
};
/**
* | output |
* | --- |
* | "Reading" |
*
* @param {Lesson_Kind_ReadingInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_kind_reading = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_kind_reading();
	return es_lesson_kind_reading();
});
// src/lib/paraglide/messages/lesson_kind_resource.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Lesson_Kind_ResourceInputs */
var es_lesson_kind_resource = () => {
	return `Recurso`;
};
var en_lesson_kind_resource = () => {
	return `Resource`;
};
/**
* | output |
* | --- |
* | "Resource" |
*
* @param {Lesson_Kind_ResourceInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var lesson_kind_resource = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_lesson_kind_resource();
	return es_lesson_kind_resource();
});
// src/lib/paraglide/messages/activity_kind_submission.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activity_Kind_SubmissionInputs */
var es_activity_kind_submission = () => {
	return `Entrega`;
};
var en_activity_kind_submission = () => {
	return `Submission`;
};
/**
* | output |
* | --- |
* | "Submission" |
*
* @param {Activity_Kind_SubmissionInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var activity_kind_submission = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activity_kind_submission();
	return es_activity_kind_submission();
});
// src/lib/paraglide/messages/activity_kind_forum.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activity_Kind_ForumInputs */
var es_activity_kind_forum = () => {
	return `Foro`;
};
var en_activity_kind_forum = () => {
	return `Forum`;
};
/**
* | output |
* | --- |
* | "Forum" |
*
* @param {Activity_Kind_ForumInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var activity_kind_forum = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activity_kind_forum();
	return es_activity_kind_forum();
});
// src/lib/paraglide/messages/resource_type_document.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Resource_Type_DocumentInputs */
var es_resource_type_document = () => {
	return `Documento`;
};
var en_resource_type_document = () => {
	return `Document`;
};
/**
* | output |
* | --- |
* | "Document" |
*
* @param {Resource_Type_DocumentInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var resource_type_document = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_resource_type_document();
	return es_resource_type_document();
});
// src/lib/paraglide/messages/resource_type_dataset.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Resource_Type_DatasetInputs */
var es_resource_type_dataset = () => {
	return `Datos`;
};
var en_resource_type_dataset = () => {
	return `Dataset`;
};
/**
* | output |
* | --- |
* | "Dataset" |
*
* @param {Resource_Type_DatasetInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var resource_type_dataset = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_resource_type_dataset();
	return es_resource_type_dataset();
});
// src/lib/paraglide/messages/resource_type_tool.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Resource_Type_ToolInputs */
var es_resource_type_tool = () => {
	return `Herramienta`;
};
var en_resource_type_tool = () => {
	return `Tool`;
};
/**
* | output |
* | --- |
* | "Tool" |
*
* @param {Resource_Type_ToolInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var resource_type_tool = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_resource_type_tool();
	return es_resource_type_tool();
});
// src/lib/paraglide/messages/resource_type_website.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Resource_Type_WebsiteInputs */
var es_resource_type_website = () => {
	return `Sitio web`;
};
var en_resource_type_website = () => {
	return `Website`;
};
/**
* | output |
* | --- |
* | "Website" |
*
* @param {Resource_Type_WebsiteInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var resource_type_website = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_resource_type_website();
	return es_resource_type_website();
});
// src/lib/paraglide/messages/resource_type_audio.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Resource_Type_AudioInputs */
var es_resource_type_audio = () => {
	return `Audio`;
};
var en_resource_type_audio = () => {
	return `Audio`;
};
/**
* | output |
* | --- |
* | "Audio" |
*
* @param {Resource_Type_AudioInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var resource_type_audio = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_resource_type_audio();
	return es_resource_type_audio();
});
// src/lib/paraglide/messages/cohort_status_planned.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Status_PlannedInputs */
var es_cohort_status_planned = () => {
	return `Planificada`;
};
var en_cohort_status_planned = () => {
	return `Planned`;
};
/**
* | output |
* | --- |
* | "Planned" |
*
* @param {Cohort_Status_PlannedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_status_planned = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_status_planned();
	return es_cohort_status_planned();
});
// src/lib/paraglide/messages/cohort_status_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Status_OpenInputs */
var es_cohort_status_open = () => {
	return `Inscripción abierta`;
};
var en_cohort_status_open = () => {
	return `Open for enrolment`;
};
/**
* | output |
* | --- |
* | "Open for enrolment" |
*
* @param {Cohort_Status_OpenInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_status_open = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_status_open();
	return es_cohort_status_open();
});
// src/lib/paraglide/messages/cohort_status_running.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Status_RunningInputs */
var es_cohort_status_running = () => {
	return `En curso`;
};
var en_cohort_status_running = () => {
	return `Running`;
};
/**
* | output |
* | --- |
* | "Running" |
*
* @param {Cohort_Status_RunningInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_status_running = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_status_running();
	return es_cohort_status_running();
});
// src/lib/paraglide/messages/cohort_status_closed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cohort_Status_ClosedInputs */
var es_cohort_status_closed = () => {
	return `Cerrada`;
};
var en_cohort_status_closed = () => {
	return `Closed`;
};
/**
* | output |
* | --- |
* | "Closed" |
*
* @param {Cohort_Status_ClosedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var cohort_status_closed = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cohort_status_closed();
	return es_cohort_status_closed();
});
// src/lib/paraglide/messages/enrollment_mode_coordinator.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Enrollment_Mode_CoordinatorInputs */
var es_enrollment_mode_coordinator = () => {
	return `Inscribe la coordinación`;
};
var en_enrollment_mode_coordinator = () => {
	return `Enrolled by coordinators`;
};
/**
* | output |
* | --- |
* | "Enrolled by coordinators" |
*
* @param {Enrollment_Mode_CoordinatorInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var enrollment_mode_coordinator = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_enrollment_mode_coordinator();
	return es_enrollment_mode_coordinator();
});
// src/lib/paraglide/messages/enrollment_mode_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Enrollment_Mode_OpenInputs */
var es_enrollment_mode_open = () => {
	return `Autoinscripción`;
};
var en_enrollment_mode_open = () => {
	return `Self-enrolment`;
};
/**
* | output |
* | --- |
* | "Self-enrolment" |
*
* @param {Enrollment_Mode_OpenInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var enrollment_mode_open = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_enrollment_mode_open();
	return es_enrollment_mode_open();
});
// src/lib/paraglide/messages/member_role_learner.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Member_Role_LearnerInputs */
var es_member_role_learner = () => {
	return `Participante`;
};
var en_member_role_learner = () => {
	return `Learner`;
};
/**
* | output |
* | --- |
* | "Learner" |
*
* @param {Member_Role_LearnerInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var member_role_learner = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_member_role_learner();
	return es_member_role_learner();
});
// src/lib/paraglide/messages/member_role_moderator.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Member_Role_ModeratorInputs */
var es_member_role_moderator = () => {
	return `Facilitación`;
};
var en_member_role_moderator = () => {
	return `Moderator`;
};
/**
* | output |
* | --- |
* | "Moderator" |
*
* @param {Member_Role_ModeratorInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var member_role_moderator = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_member_role_moderator();
	return es_member_role_moderator();
});
// src/lib/i18n/catalog-labels.ts
var LESSON = {
	text: lesson_kind_text,
	video: lesson_kind_video,
	reading: lesson_kind_reading,
	resource: lesson_kind_resource
};
var ACTIVITY = {
	submission: activity_kind_submission,
	forum: activity_kind_forum
};
var RESOURCE = {
	document: resource_type_document,
	dataset: resource_type_dataset,
	tool: resource_type_tool,
	website: resource_type_website,
	audio: resource_type_audio
};
var COHORT_STATUS = {
	planned: cohort_status_planned,
	open: cohort_status_open,
	running: cohort_status_running,
	closed: cohort_status_closed
};
var ENROLLMENT = {
	coordinator: enrollment_mode_coordinator,
	open: enrollment_mode_open
};
var MEMBER_ROLE = {
	learner: member_role_learner,
	moderator: member_role_moderator
};
var lessonKindLabel = (kind) => LESSON[kind]?.() ?? kind;
var activityKindLabel = (kind) => ACTIVITY[kind]?.() ?? kind;
var resourceTypeLabel = (type) => RESOURCE[type]?.() ?? type;
var cohortStatusLabel = (status) => COHORT_STATUS[status]?.() ?? status;
var enrollmentModeLabel = (mode) => ENROLLMENT[mode]?.() ?? mode;
var memberRoleLabel = (role) => MEMBER_ROLE[role]?.() ?? role;

export { activityKindLabel as a, cohortStatusLabel as c, enrollmentModeLabel as e, lessonKindLabel as l, memberRoleLabel as m, resourceTypeLabel as r };
//# sourceMappingURL=catalog-labels.js-DD5M8Enr.js.map
