import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { courseInputSchema, type CourseView } from '@trainaction/contracts';
import { failureFromApi, failureFromIssues } from '$lib/forms/failure';
import { callApi } from './api-client';
import { textField } from './form-data';
import { COURSE_EDITORS, requireRole } from './guards';

/**
 * Saves the editor's hidden `course` field: POST for a new course, PUT to replace `slug`. Refusals come back with
 * every refused path (dotted, e.g. "modules.0.lessons.1.url") so the editor can mark the exact field.
 */
export async function saveCourse(event: RequestEvent, slug: string | null) {
  const { token } = requireRole(event, COURSE_EDITORS);
  const raw = textField(await event.request.formData(), 'course');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return fail(400, { failure: failureFromIssues([{ path: 'course' }]), issues: ['course'] });
  }
  const parsed = courseInputSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => issue.path.map(String).join('.'));
    return fail(400, { failure: failureFromIssues(parsed.error.issues), issues });
  }
  const result = slug
    ? await callApi<CourseView>(event, `/courses/${encodeURIComponent(slug)}`, { method: 'PUT', token, body: parsed.data })
    : await callApi<CourseView>(event, '/courses', { method: 'POST', token, body: parsed.data });
  if (!result.ok) {
    return fail(result.status, { failure: failureFromApi(result.error), issues: (result.error.details ?? []).map((d) => d.path) });
  }
  redirect(303, `/courses/${result.data.slug}?saved=1`);
}
