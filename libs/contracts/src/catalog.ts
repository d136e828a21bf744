import { z } from 'zod';
import { idSchema } from './ids';

export const COURSE_STATUSES = ['draft', 'published'] as const;
export const LESSON_KINDS = ['text', 'video', 'reading', 'resource'] as const;
export const RESOURCE_TYPES = ['document', 'dataset', 'tool', 'website', 'audio'] as const;
export const ACTIVITY_KINDS = ['submission', 'forum'] as const;

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000);

/** Spanish is required; English is optional and falls back to Spanish. */
export const localizedTextSchema = (max: number) =>
  z.strictObject({ es: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max).optional() });
/** Localized text as the API answers it. */
export const localizedTextViewSchema = z.object({ es: z.string(), en: z.string().optional() });
export type LocalizedText = z.infer<typeof localizedTextViewSchema>;

const lessonBase = { id: idSchema.optional(), title: localizedTextSchema(200) };

export const lessonSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...lessonBase, kind: z.literal('text'), body: z.string().max(50_000) }),
  // A video's file is attached to the lesson (LessonMediaView) or, for a video kept on a media host, at `url`.
  z.strictObject({
    ...lessonBase,
    kind: z.literal('video'),
    url: httpUrl.optional(),
    durationSeconds: z.number().int().min(1).max(36_000),
    captionsUrl: httpUrl.optional(),
    transcript: z.string().max(50_000).optional(),
  }),
  z.strictObject({ ...lessonBase, kind: z.literal('reading'), citation: z.string().trim().min(1).max(1000), url: httpUrl.optional() }),
  z.strictObject({ ...lessonBase, kind: z.literal('resource'), url: httpUrl.optional(), resourceType: z.enum(RESOURCE_TYPES) }),
]);
export type LessonInput = z.infer<typeof lessonSchema>;

export const completionRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('accepted_submission') }),
  z.strictObject({ kind: z.literal('forum_posts'), replies: z.number().int().min(0).max(20) }),
]);

export const activitySchema = z.strictObject({
  id: idSchema.optional(),
  kind: z.enum(ACTIVITY_KINDS),
  title: localizedTextSchema(200),
  prompt: z.string().trim().min(1).max(20_000),
  dueDaysAfterStart: z.number().int().min(0).max(365).optional(),
  completion: completionRuleSchema,
  rubric: z
    .array(z.strictObject({ criterion: z.string().trim().min(1).max(300), maxScore: z.number().int().min(1).max(100) }))
    .max(10)
    .optional(),
});
export type ActivityInput = z.infer<typeof activitySchema>;

export const moduleSchema = z.strictObject({
  id: idSchema.optional(),
  title: localizedTextSchema(200),
  summary: z.string().trim().max(2000).optional(),
  lessons: z.array(lessonSchema).max(50),
  activities: z.array(activitySchema).max(20),
});
export type ModuleInput = z.infer<typeof moduleSchema>;

/** A whole course as coordinators write it; module, lesson and activity order is array order. */
export const courseInputSchema = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
    .min(3)
    .max(80),
  title: localizedTextSchema(200),
  summary: localizedTextSchema(2000),
  topics: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20).default([]),
  status: z.enum(COURSE_STATUSES).default('draft'),
  modules: z.array(moduleSchema).max(30).default([]),
});
export type CourseInput = z.infer<typeof courseInputSchema>;

export const courseStatusSchema = z.strictObject({ status: z.enum(COURSE_STATUSES) });

export const courseListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  topic: z.string().trim().toLowerCase().max(40).optional(),
  status: z.enum(COURSE_STATUSES).optional(),
});
export type CourseListQuery = z.infer<typeof courseListQuerySchema>;

/** Lessons and activities as the API answers them: the input's shape with their ids (read-side objects, not strict). */
const looseOf = <S extends z.ZodRawShape>(schema: z.ZodObject<S>) => z.object(schema.shape).extend({ id: z.string() });
const [textLesson, videoLesson, readingLesson, resourceLesson] = lessonSchema.options;
export const lessonViewSchema = z.discriminatedUnion('kind', [
  looseOf(textLesson),
  looseOf(videoLesson),
  looseOf(readingLesson),
  looseOf(resourceLesson),
]);
export type LessonView = z.infer<typeof lessonViewSchema>;
export const activityViewSchema = looseOf(activitySchema);
export type ActivityView = z.infer<typeof activityViewSchema>;

export const moduleViewSchema = z.object({
  id: z.string(),
  title: localizedTextViewSchema,
  summary: z.string().optional(),
  lessons: z.array(lessonViewSchema),
  activities: z.array(activityViewSchema),
});
export type ModuleView = z.infer<typeof moduleViewSchema>;

const courseViewFields = {
  id: z.string(),
  slug: z.string(),
  title: localizedTextViewSchema,
  summary: localizedTextViewSchema,
  topics: z.array(z.string()),
  status: z.enum(COURSE_STATUSES),
  updatedAt: z.string(),
};
export const courseViewSchema = z.object({ ...courseViewFields, modules: z.array(moduleViewSchema) });
export type CourseView = z.infer<typeof courseViewSchema>;
export const courseSummarySchema = z.object({ ...courseViewFields, moduleCount: z.number().int(), lessonCount: z.number().int() });
export type CourseSummary = z.infer<typeof courseSummarySchema>;

/** `GET /api/courses/:slug/progress` and `PUT /api/lessons/:id/done`: the caller's progress in a course. */
export const courseProgressSchema = z.object({
  courseId: z.string(),
  completedLessonIds: z.array(z.string()),
  lessonCount: z.number().int(),
  percent: z.number(),
});
export type CourseProgress = z.infer<typeof courseProgressSchema>;

/** `GET /api/activities/:id`: an activity with its course and module. */
export const activityContextSchema = z.object({
  activity: activityViewSchema,
  course: z.object({ id: z.string(), slug: z.string(), title: localizedTextViewSchema }),
  module: z.object({ id: z.string(), title: localizedTextViewSchema }),
});
export type ActivityContext = z.infer<typeof activityContextSchema>;
