import { error, fail } from '@sveltejs/kit';
import type { CohortView, CourseView, FieldIssue } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { callApi, type ApiEvent, type ApiResult } from './api-client';
import { renderRoomMarkdownOnServer } from './room-markdown';

/** A thread list's cursor: an id, led by the last activity in ms when the list is by activity. */
export const THREAD_CURSOR = /^(\d{1,15}\.)?[0-9a-f]{24}$/;

export interface ForumActivityOption {
  id: string;
  title: { es: string; en?: string } | Record<string, string>;
  prompt: string;
  dueDaysAfterStart?: number;
  replies?: number;
}

/** The forum activities of a course (for binding a thread to one, and for showing its prompt). */
export async function forumActivities(event: ApiEvent, token: string, cohort: CohortView): Promise<ForumActivityOption[]> {
  if (!cohort.course?.slug) return [];
  const course = await callApi<CourseView>(event, `/courses/${cohort.course.slug}`, { token });
  if (!course.ok) return [];
  return course.data.modules.flatMap((mod) =>
    mod.activities
      .filter((a) => a.kind === 'forum')
      .map((a) => ({
        id: a.id,
        title: a.title as ForumActivityOption['title'],
        prompt: a.prompt,
        dueDaysAfterStart: a.dueDaysAfterStart,
        replies: a.completion.kind === 'forum_posts' ? a.completion.replies : undefined,
      })),
  );
}

/** The page error for a failed forum read (404 for forums outside the reader's cohorts). */
export function forumLoadError(result: Extract<ApiResult<unknown>, { ok: false }>): never {
  if (result.status === 404) error(404, { message: m.forum_not_found(), code: 'NOT_FOUND' });
  if (result.error.code === 'UNAVAILABLE') error(503, { message: m.error_unavailable(), code: 'UNAVAILABLE' });
  error(result.status, { message: m.error_unknown(), code: result.error.code });
}

/** A form action's failure: the API's code and the fields it named (codes only, the page words them). */
export function forumFail(result: Extract<ApiResult<unknown>, { ok: false }>, extra: Record<string, unknown> = {}) {
  const fields: Record<string, true> = {};
  for (const issue of (result.error.details ?? []) as FieldIssue[]) {
    const field = String(issue.path).split('.')[0];
    if (field) fields[field] = true;
  }
  return fail(result.status >= 400 && result.status < 600 ? result.status : 400, { code: result.error.code, fields, ...extra });
}

export function renderForumMarkdown(source: string): string {
  return renderRoomMarkdownOnServer(source);
}

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** A `datetime-local` value read with the browser's offset (minutes, as `Date#getTimezoneOffset`). */
export function localDateTimeToIso(value: string, offsetMinutes: number): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const utc = Date.parse(`${value}:00Z`);
  if (Number.isNaN(utc)) return undefined;
  return new Date(utc + (Number.isFinite(offsetMinutes) ? offsetMinutes : 0) * 60_000).toISOString();
}
