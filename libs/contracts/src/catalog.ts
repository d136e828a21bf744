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
export type LocalizedText = { es: string; en?: string };

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

export type LessonView = LessonInput & { id: string };
export type ActivityView = ActivityInput & { id: string };
export interface ModuleView {
  id: string;
  title: LocalizedText;
  summary?: string;
  lessons: LessonView[];
  activities: ActivityView[];
}
export interface CourseView {
  id: string;
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  topics: string[];
  status: (typeof COURSE_STATUSES)[number];
  modules: ModuleView[];
  updatedAt: string;
}
export type CourseSummary = Omit<CourseView, 'modules'> & { moduleCount: number; lessonCount: number };
