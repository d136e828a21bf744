import { z } from 'zod';

const MB = 1024 * 1024;

/** A byte count; at least 1 KB, at most 5 GB (what one upload may reasonably be). */
const bytes = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1024)
    .max(5 * 1024 * MB)
    .default(fallback);

/** Size limits of a lesson's media, validated with the rest of the environment (app-config.ts). */
export const mediaEnvShape = {
  MEDIA_MAX_VIDEO_BYTES: bytes(500 * MB),
  MEDIA_MAX_DOCUMENT_BYTES: bytes(20 * MB),
  MEDIA_MAX_CAPTIONS_BYTES: bytes(1 * MB),
  MEDIA_MAX_RESOURCE_BYTES: bytes(50 * MB),
};

type MediaEnv = z.infer<z.ZodObject<typeof mediaEnvShape>>;

/** The largest file coordinators may attach to a lesson, per kind of media; larger answers 413. */
export interface MediaLimits {
  video: number;
  captions: number;
  document: number;
  resource: number;
}

export function mediaSettings(e: MediaEnv): { mediaLimits: MediaLimits } {
  return {
    mediaLimits: {
      video: e.MEDIA_MAX_VIDEO_BYTES,
      captions: e.MEDIA_MAX_CAPTIONS_BYTES,
      document: e.MEDIA_MAX_DOCUMENT_BYTES,
      resource: e.MEDIA_MAX_RESOURCE_BYTES,
    },
  };
}
