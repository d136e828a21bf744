import { z } from 'zod';

/**
 * What a file attached to a lesson is: the lesson's video (one at most), a caption track for it (WebVTT, one per
 * language), a document that opens in the browser (PDF readings) or another resource to download.
 */
export const LESSON_MEDIA_KINDS = ['video', 'captions', 'document', 'resource'] as const;
export type LessonMediaKind = (typeof LESSON_MEDIA_KINDS)[number];

/** A BCP 47 language tag as `<track srclang>` takes it: `es`, `en`, `pt-BR`. */
export const captionLanguageSchema = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as es, en or pt-BR');

/** Query of `POST /lessons/:id/media` (the body is multipart with one file). */
export const lessonMediaUploadSchema = z
  .strictObject({
    kind: z.enum(LESSON_MEDIA_KINDS),
    language: captionLanguageSchema.optional(),
    label: z.string().trim().min(1).max(200).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'captions' && !value.language)
      ctx.addIssue({ code: 'custom', path: ['language'], message: 'is required for captions' });
    if (value.kind !== 'captions' && value.language) ctx.addIssue({ code: 'custom', path: ['language'], message: 'is only for captions' });
  });
export type LessonMediaUpload = z.infer<typeof lessonMediaUploadSchema>;

export const lessonMediaViewSchema = z.object({
  id: z.string(),
  lessonId: z.string(),
  kind: z.enum(LESSON_MEDIA_KINDS),
  /** Where the content is served: `/api/files/:fileId` (Range requests for video). */
  fileId: z.string(),
  /** The file's safe name; documents and resources are shown by `label` when given. */
  name: z.string(),
  label: z.string().optional(),
  /** Caption tracks only. */
  language: z.string().optional(),
  size: z.number().int(),
  /** MIME type decided by the file's bytes. */
  type: z.string(),
  createdAt: z.string(),
});
export type LessonMediaView = z.infer<typeof lessonMediaViewSchema>;

/** `GET /courses/:slug/media`: what the course's lessons offer, and the largest file coordinators may attach per kind. */
export const lessonMediaListSchema = z.object({
  items: z.array(lessonMediaViewSchema),
  limits: z.record(z.enum(LESSON_MEDIA_KINDS), z.number().int()),
});
export type LessonMediaList = z.infer<typeof lessonMediaListSchema>;
