import { z } from 'zod';

// ../../libs/contracts/src/analytics.ts
var ANALYTICS_DIMENSIONS = [
	"course",
	"cohort",
	"country",
	"gender",
	"sector",
	"month"
];
var idSchema$5 = z.string().regex(/^[0-9a-f]{24}$/, "must be an id");
var daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}/, "must be a date (YYYY-MM-DD)").transform((d) => d.slice(0, 10));
z.strictObject({
	by: z.string().max(100).default("").transform((v) => v.split(",").map((d) => d.trim()).filter(Boolean)).pipe(z.array(z.enum(ANALYTICS_DIMENSIONS)).max(3, "at most three dimensions")),
	courseId: idSchema$5.optional(),
	cohortId: idSchema$5.optional(),
	country: z.string().length(2).toUpperCase().optional(),
	gender: z.string().max(20).optional(),
	sector: z.string().max(30).optional(),
	from: daySchema.optional(),
	to: daySchema.optional(),
	/** Admins only: figures without small-cell suppression. */
	raw: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
	format: z.enum(["json", "csv"]).optional()
}).refine((q) => !q.from || !q.to || q.from <= q.to, {
	message: "must not be before from",
	path: ["to"]
});
z.strictObject({
	period: z.enum(["month", "quarter"]).default("month"),
	courseId: idSchema$5.optional(),
	from: daySchema.optional(),
	to: daySchema.optional(),
	raw: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
	format: z.enum(["json", "csv"]).optional()
});
// ../../libs/contracts/src/catalog.ts
var COURSE_STATUSES = ["draft", "published"];
var LESSON_KINDS = [
	"text",
	"video",
	"reading",
	"resource"
];
var RESOURCE_TYPES = [
	"document",
	"dataset",
	"tool",
	"website",
	"audio"
];
var ACTIVITY_KINDS = ["submission", "forum"];
var idSchema$4 = z.string().regex(/^[0-9a-f]{24}$/, "must be an id");
var httpUrl = z.url({
	protocol: /^https?$/,
	message: "must be an http(s) URL"
}).max(2e3);
/** Spanish is required; English is optional and falls back to Spanish. */
var localizedTextSchema = (max) => z.strictObject({
	es: z.string().trim().min(1).max(max),
	en: z.string().trim().min(1).max(max).optional()
});
var lessonBase = {
	id: idSchema$4.optional(),
	title: localizedTextSchema(200)
};
var lessonSchema = z.discriminatedUnion("kind", [
	z.strictObject({
		...lessonBase,
		kind: z.literal("text"),
		body: z.string().max(5e4)
	}),
	z.strictObject({
		...lessonBase,
		kind: z.literal("video"),
		url: httpUrl,
		durationSeconds: z.number().int().min(1).max(36e3),
		captionsUrl: httpUrl.optional(),
		transcript: z.string().max(5e4).optional()
	}),
	z.strictObject({
		...lessonBase,
		kind: z.literal("reading"),
		citation: z.string().trim().min(1).max(1e3),
		url: httpUrl.optional()
	}),
	z.strictObject({
		...lessonBase,
		kind: z.literal("resource"),
		url: httpUrl,
		resourceType: z.enum(RESOURCE_TYPES)
	})
]);
var completionRuleSchema = z.discriminatedUnion("kind", [z.strictObject({ kind: z.literal("accepted_submission") }), z.strictObject({
	kind: z.literal("forum_posts"),
	replies: z.number().int().min(0).max(20)
})]);
var activitySchema = z.strictObject({
	id: idSchema$4.optional(),
	kind: z.enum(ACTIVITY_KINDS),
	title: localizedTextSchema(200),
	prompt: z.string().trim().min(1).max(2e4),
	dueDaysAfterStart: z.number().int().min(0).max(365).optional(),
	completion: completionRuleSchema,
	rubric: z.array(z.strictObject({
		criterion: z.string().trim().min(1).max(300),
		maxScore: z.number().int().min(1).max(100)
	})).max(10).optional()
});
var moduleSchema = z.strictObject({
	id: idSchema$4.optional(),
	title: localizedTextSchema(200),
	summary: z.string().trim().max(2e3).optional(),
	lessons: z.array(lessonSchema).max(50),
	activities: z.array(activitySchema).max(20)
});
/** A whole course as coordinators write it; module, lesson and activity order is array order. */
var courseInputSchema = z.strictObject({
	slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens").min(3).max(80),
	title: localizedTextSchema(200),
	summary: localizedTextSchema(2e3),
	topics: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20).default([]),
	status: z.enum(COURSE_STATUSES).default("draft"),
	modules: z.array(moduleSchema).max(30).default([])
});
z.strictObject({ status: z.enum(COURSE_STATUSES) });
z.strictObject({
	q: z.string().trim().max(100).optional(),
	topic: z.string().trim().toLowerCase().max(40).optional(),
	status: z.enum(COURSE_STATUSES).optional()
});
// ../../libs/contracts/src/countries.ts
/** The academy's five countries, listed first wherever countries are offered. */
var ACADEMY_COUNTRIES = [
	"CR",
	"SV",
	"GT",
	"HN",
	"DO"
];
/** ISO 3166-1 alpha-2 codes (officially assigned). */
var ISO_COUNTRIES = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(" ");
var isoSet = new Set(ISO_COUNTRIES);
function isIsoCountry(code) {
	return isoSet.has(code);
}
/** Every ISO code with the academy's countries first, for pickers. */
var COUNTRY_OPTIONS = [...ACADEMY_COUNTRIES, ...ISO_COUNTRIES.filter((c) => !ACADEMY_COUNTRIES.includes(c))];
// ../../libs/contracts/src/identity.ts
var ROLES = [
	"learner",
	"moderator",
	"coordinator",
	"admin"
];
var GENDERS = [
	"woman",
	"man",
	"non_binary",
	"self_described",
	"undisclosed"
];
var SECTORS = [
	"decision_maker",
	"law_enforcement",
	"technical_team",
	"public_employee",
	"academia",
	"research",
	"civil_society"
];
var LOCALES = ["es", "en"];
var roleSchema = z.enum(ROLES);
var genderSchema = z.enum(GENDERS);
var sectorSchema = z.enum(SECTORS);
var localeSchema = z.enum(LOCALES);
var emailSchema = z.string().trim().max(254).pipe(z.email({ message: "must be a valid e-mail address" }));
var countrySchema = z.string().length(2, "must be a two-letter ISO 3166-1 code").transform((c) => c.toUpperCase()).refine(isIsoCountry, "must be a two-letter ISO 3166-1 code");
var displayNameSchema = z.string().trim().min(2).max(80);
var organizationSchema = z.string().trim().max(120);
var genderTextSchema = z.string().trim().min(1).max(60);
/** Self-described gender needs its text; other answers carry none. */
function checkGenderText(value, ctx) {
	if (value.gender === "self_described" && !value.genderText) ctx.addIssue({
		code: "custom",
		path: ["genderText"],
		message: "is required when gender is self_described"
	});
	if (value.gender && value.gender !== "self_described" && value.genderText) ctx.addIssue({
		code: "custom",
		path: ["genderText"],
		message: "is only allowed when gender is self_described"
	});
}
var registerSchema = z.strictObject({
	email: emailSchema,
	password: z.string().min(10).max(200),
	displayName: displayNameSchema,
	country: countrySchema,
	gender: genderSchema,
	genderText: genderTextSchema.optional(),
	sector: sectorSchema,
	organization: organizationSchema.optional(),
	locale: localeSchema.optional()
}).superRefine(checkGenderText);
var loginSchema = z.strictObject({
	email: emailSchema,
	password: z.string().min(1).max(200)
});
var updateProfileSchema = z.strictObject({
	displayName: displayNameSchema.optional(),
	country: countrySchema.optional(),
	gender: genderSchema.optional(),
	genderText: genderTextSchema.optional(),
	sector: sectorSchema.optional(),
	organization: organizationSchema.optional(),
	locale: localeSchema.optional()
}).superRefine(checkGenderText);
var changeRoleSchema = z.strictObject({ role: roleSchema });
// ../../libs/contracts/src/cohorts.ts
var COHORT_STATUSES = [
	"planned",
	"open",
	"running",
	"closed"
];
var ENROLLMENT_MODES = ["coordinator", "open"];
var MEMBER_ROLES = ["learner", "moderator"];
var idSchema$3 = z.string().regex(/^[0-9a-f]{24}$/, "must be an id");
var isoDate = z.iso.datetime({
	offset: true,
	message: "must be an ISO 8601 date-time"
});
function isTimeZone(zone) {
	try {
		new Intl.DateTimeFormat("en", { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}
var timeZoneSchema = z.string().max(64).refine(isTimeZone, "must be an IANA time zone such as America/Tegucigalpa");
var cohortFields = {
	courseId: idSchema$3,
	name: z.string().trim().min(3).max(120),
	countries: z.array(countrySchema).min(1).max(30),
	startsAt: isoDate,
	endsAt: isoDate,
	timezone: timeZoneSchema,
	capacity: z.number().int().min(1).max(1e4).optional(),
	status: z.enum(COHORT_STATUSES).default("planned"),
	enrollmentMode: z.enum(ENROLLMENT_MODES).default("coordinator")
};
function endsAfterStart(value, ctx) {
	if (value.startsAt && value.endsAt && Date.parse(value.endsAt) <= Date.parse(value.startsAt)) ctx.addIssue({
		code: "custom",
		path: ["endsAt"],
		message: "must be after startsAt"
	});
}
var cohortInputSchema = z.strictObject(cohortFields).superRefine(endsAfterStart);
z.strictObject({
	name: cohortFields.name.optional(),
	countries: cohortFields.countries.optional(),
	startsAt: isoDate.optional(),
	endsAt: isoDate.optional(),
	timezone: timeZoneSchema.optional(),
	capacity: cohortFields.capacity.nullable(),
	status: z.enum(COHORT_STATUSES).optional(),
	enrollmentMode: z.enum(ENROLLMENT_MODES).optional()
}).partial().superRefine(endsAfterStart);
z.strictObject({
	courseId: idSchema$3.optional(),
	country: countrySchema.optional(),
	scope: z.enum([
		"mine",
		"open",
		"all"
	]).optional()
});
var enrollmentSchema = z.strictObject({
	userId: idSchema$3,
	role: z.enum(MEMBER_ROLES).default("learner")
});
var csvImportSchema = z.strictObject({ csv: z.string().min(1).max(9e5) });
var balancedBuildSchema = z.strictObject({
	courseId: idSchema$3,
	cohortCount: z.number().int().min(2).max(50),
	namePrefix: z.string().trim().min(3).max(100),
	startsAt: isoDate,
	endsAt: isoDate,
	timezone: timeZoneSchema,
	apply: z.boolean().default(false)
}).superRefine(endsAfterStart);
// ../../libs/contracts/src/discussions.ts
var idSchema$2 = z.string().regex(/^[0-9a-f]{24}$/, "must be an id");
var MESSAGE_MAX_LENGTH = 4e3;
var messageBodySchema = z.string().max(MESSAGE_MAX_LENGTH, `must be at most ${MESSAGE_MAX_LENGTH} characters`).refine((b) => b.trim().length > 0, "must not be empty").refine((b) => !b.includes("\0"), "must not contain NUL characters");
/** A client-generated id (UUID or similar) that makes retries of the same message idempotent. */
var clientMsgIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8 to 64 letters, digits, - or _");
z.strictObject({
	roomId: idSchema$2,
	since: z.string().max(200).optional()
});
z.strictObject({ roomId: idSchema$2 });
z.strictObject({
	roomId: idSchema$2,
	clientMsgId: clientMsgIdSchema,
	body: messageBodySchema,
	threadRootId: idSchema$2.optional()
});
z.strictObject({
	messageId: idSchema$2,
	body: messageBodySchema
});
z.strictObject({ messageId: idSchema$2 });
z.strictObject({
	messageId: idSchema$2,
	emoji: z.string().min(1).max(16).refine((e) => !/[\s.$]/.test(e), "must be one emoji"),
	on: z.boolean()
});
z.strictObject({
	roomId: idSchema$2,
	typing: z.boolean()
});
z.strictObject({
	roomId: idSchema$2,
	messageId: idSchema$2
});
z.strictObject({
	name: z.string().trim().min(2).max(80),
	topic: z.string().trim().max(500).optional(),
	scheduledAt: z.iso.datetime({ offset: true }).optional()
});
z.strictObject({
	before: idSchema$2.optional(),
	after: idSchema$2.optional(),
	threadRootId: idSchema$2.optional(),
	limit: z.coerce.number().int().min(1).max(100).default(50)
});
/**
* Merges messages into a client's view by id; the newest `changedAt` wins, so live events, catch-up and
* history can arrive in any order and any number of times and the view still ends equal to the server's.
*/
function mergeMessages(view, incoming) {
	for (const message of incoming) {
		const current = view.get(message.id);
		if (!current || current.changedAt <= message.changedAt) view.set(message.id, message);
	}
	return view;
}
// ../../libs/contracts/src/moderation.ts
var idSchema$1 = z.string().regex(/^[0-9a-f]{24}$/, "must be an id");
var FLAG_REASONS = [
	"off_topic",
	"inappropriate",
	"spam",
	"personal_data",
	"safeguarding",
	"other"
];
var FLAG_STATES = [
	"open",
	"in_progress",
	"resolved",
	"rejected"
];
var HIDE_REASONS = [
	"off_topic",
	"inappropriate",
	"spam",
	"personal_data",
	"safeguarding",
	"other"
];
z.strictObject({
	messageId: idSchema$1.optional(),
	postId: idSchema$1.optional(),
	reason: z.enum(FLAG_REASONS),
	note: z.string().trim().max(2e3).optional()
}).refine((f) => Boolean(f.messageId) !== Boolean(f.postId), {
	message: "give exactly one of messageId or postId",
	path: ["messageId"]
}).refine((f) => f.reason !== "other" || Boolean(f.note), {
	message: "is required when the reason is other",
	path: ["note"]
});
z.strictObject({
	state: z.enum(FLAG_STATES).optional(),
	assigneeId: idSchema$1.nullable().optional(),
	note: z.string().trim().min(1).max(2e3).optional()
});
z.strictObject({
	messageId: idSchema$1,
	reason: z.enum(HIDE_REASONS),
	hidden: z.boolean().default(true)
});
z.strictObject({
	messageId: idSchema$1,
	pinned: z.boolean(),
	minutes: z.number().int().min(1).max(129600).optional()
});
z.strictObject({
	roomId: idSchema$1.optional(),
	threadRootId: idSchema$1.optional(),
	locked: z.boolean()
}).refine((l) => Boolean(l.roomId) !== Boolean(l.threadRootId), {
	message: "give exactly one of roomId or threadRootId",
	path: ["roomId"]
});
z.strictObject({
	roomId: idSchema$1,
	seconds: z.number().int().min(0).max(3600)
});
z.strictObject({
	cohortId: idSchema$1,
	userId: idSchema$1,
	kind: z.enum(["mute", "ban"]).default("mute"),
	/** 0 lifts the sanction. */
	minutes: z.number().int().min(0).max(525600),
	reason: z.string().trim().min(1).max(500)
});
z.strictObject({ cohortId: idSchema$1 });
z.strictObject({ userIds: z.array(idSchema$1).max(20) });
z.strictObject({
	action: z.string().max(60).optional(),
	actorId: idSchema$1.optional(),
	from: z.iso.datetime({ offset: true }).optional(),
	to: z.iso.datetime({ offset: true }).optional(),
	cursor: idSchema$1.optional(),
	limit: z.coerce.number().int().min(1).max(1e3).default(100),
	format: z.enum(["json", "csv"]).optional()
});
z.strictObject({
	from: z.iso.datetime({ offset: true }).optional(),
	to: z.iso.datetime({ offset: true }).optional(),
	/** present: only members connected now (live session); all: every member (after the session). */
	scope: z.enum(["present", "all"]).default("present")
});
z.strictObject({
	limit: z.coerce.number().int().min(1).max(100).default(20),
	cursor: z.string().max(200).optional()
});
// ../../libs/contracts/src/submissions.ts
var idSchema = z.string().regex(/^[0-9a-f]{24}$/, "must be an id");
var SUBMISSION_STATUSES = [
	"submitted",
	"in_review",
	"returned",
	"accepted"
];
z.strictObject({
	activityId: idSchema,
	cohortId: idSchema,
	clientSubmissionId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8 to 64 letters, digits, - or _"),
	body: z.string().max(5e4).refine((b) => b.trim().length > 0, "must not be empty"),
	links: z.array(z.url({
		protocol: /^https?$/,
		message: "must be an http(s) URL"
	}).max(2e3)).max(10).default([])
});
z.strictObject({
	submissionId: idSchema,
	status: z.enum(["accepted", "returned"]),
	feedback: z.string().trim().min(1).max(2e4),
	score: z.number().min(0).max(1e3).optional(),
	criteria: z.array(z.strictObject({
		criterion: z.string().trim().min(1).max(300),
		score: z.number().min(0).max(100).optional(),
		comment: z.string().max(5e3).optional()
	})).max(10).optional()
});
z.strictObject({
	submissionId: idSchema,
	claimed: z.boolean().default(true)
});
z.strictObject({ cohortId: idSchema });
z.strictObject({
	status: z.enum(SUBMISSION_STATUSES).optional(),
	activityId: idSchema.optional(),
	country: z.string().length(2).toUpperCase().optional(),
	late: z.enum(["true", "false"]).transform((v) => v === "true").optional()
});

export { ANALYTICS_DIMENSIONS as A, COURSE_STATUSES as C, ENROLLMENT_MODES as E, FLAG_STATES as F, GENDERS as G, LOCALES as L, MEMBER_ROLES as M, ROLES as R, SUBMISSION_STATUSES as S, countrySchema as a, csvImportSchema as b, changeRoleSchema as c, balancedBuildSchema as d, enrollmentSchema as e, cohortInputSchema as f, courseInputSchema as g, loginSchema as h, registerSchema as i, COUNTRY_OPTIONS as j, ACADEMY_COUNTRIES as k, localeSchema as l, SECTORS as m, COHORT_STATUSES as n, LESSON_KINDS as o, RESOURCE_TYPES as p, ACTIVITY_KINDS as q, roleSchema as r, mergeMessages as s, MESSAGE_MAX_LENGTH as t, updateProfileSchema as u, FLAG_REASONS as v };
//# sourceMappingURL=src.js-BEir3teA.js.map
