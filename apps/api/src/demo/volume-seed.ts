import { loadAcademy, type AcademyReaders, type VolumeAcademy } from './volume-academy';
import { activityVolume, discussionBudgets, discussionVolume, forumSpaces } from './volume-forum';
import { roomVolume } from './volume-messages';
import type { VolumeDocs } from './volume-model';
import { apportion } from './volume-random';
import { submissionVolume } from './volume-submissions';
import { VolumeWriter, type WriterDeps } from './volume-writer';

/**
 * The full academy's five months (scale 1): room messages and forum posts. Forum activities and submissions
 * follow the academy (most learners take part in most activities); a slice (scale < 1) keeps that share of
 * their participants too, and at least a few.
 */
export const VOLUME_TARGETS = { messages: 105_000, posts: 20_000 } as const;

export interface VolumeOptions {
  seed: number;
  /** 1 for the full academy; tests generate a slice (0.01) with the same code. Multiplies messages and posts. */
  scale: number;
}

export interface VolumeUnit {
  step: string;
  docs: VolumeDocs;
}

/** How many units `generateVolume` yields for an academy of this many cohorts and courses (for progress bars). */
export function volumeSteps(cohorts: number, courses: number): number {
  return cohorts + cohorts + (cohorts + courses) + 1;
}

/**
 * The volume, one unit at a time (a room, a cohort's forum activities, a forum's discussions, the
 * submissions), each from its own random stream: the same academy and options give the same documents,
 * ids included. Lazily, so a unit is generated while the previous one is written.
 */
export function* generateVolume(academy: VolumeAcademy, { seed, scale }: VolumeOptions): Generator<VolumeUnit> {
  const speaking = academy.cohorts.map((c) => c.members.filter((m) => m.person.voice > 0).length || 1);
  const perRoom = apportion(Math.round(VOLUME_TARGETS.messages * scale), speaking);
  for (const [i, cohort] of academy.cohorts.entries()) yield { step: 'mensajes en vivo', docs: roomVolume(cohort, seed, perRoom[i]) };

  const spaces = forumSpaces(academy);
  let activityPosts = 0;
  for (const space of spaces.filter((s) => s.scope === 'cohort')) {
    const docs = activityVolume(space, seed, scale);
    activityPosts += docs.posts.length;
    yield { step: 'foros: actividades', docs };
  }
  // Forum activities take what the learners post; discussions the rest of the posts (at least half).
  const posts = Math.round(VOLUME_TARGETS.posts * scale);
  const budgets = discussionBudgets(spaces, Math.max(posts - activityPosts, Math.ceil(posts / 2)));
  for (const [i, space] of spaces.entries()) yield { step: 'foros: debates', docs: discussionVolume(space, seed, budgets[i]) };

  yield { step: 'entregas y revisiones', docs: submissionVolume(academy, seed, scale) };
}

export type VolumeDeps = AcademyReaders & WriterDeps;

/**
 * Generates the volume for the academy in the database and writes it in bulk, each unit while the next is
 * generated, then the participation counters. Returns the number of documents written per collection.
 */
export async function seedVolume(
  deps: VolumeDeps,
  options: VolumeOptions,
  progress: (step: string, done: number, total: number) => void = () => undefined,
): Promise<Record<string, number>> {
  const academy = await loadAcademy(deps, options.seed);
  const total = volumeSteps(academy.cohorts.length, academy.courses.length) + 1;
  const writer = new VolumeWriter(deps);
  let done = 0;
  let writing: Promise<void> = Promise.resolve();
  for (const unit of generateVolume(academy, options)) {
    await writing;
    progress(unit.step, done++, total);
    writing = writer.write(unit.docs);
  }
  await writing;
  progress('contadores de participación', done++, total);
  await writer.finish();
  progress('volumen completo', total, total);
  return writer.counts;
}
