import { fail, redirect } from '@sveltejs/kit';
import { isId, THREAD_SORTS, type ThreadSort, type ThreadView, type Page } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { loadCohort } from '$lib/server/cohorts';
import { THREAD_CURSOR, forumActivities, forumFail, forumLoadError, localDateTimeToIso, text } from '$lib/server/forum';
import { COHORT_MANAGERS, requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireUser(event);
  const cohort = await loadCohort(event, token, event.params.cohortId);
  const courseWide = event.url.searchParams.get('forum') === 'course';
  const cursor = event.url.searchParams.get('cursor');
  const wanted = event.url.searchParams.get('sort');
  const sort: ThreadSort = THREAD_SORTS.find((s) => s === wanted) ?? 'activity';
  const canModerate = cohort.myRole === 'moderator' || COHORT_MANAGERS.includes(user.role);
  const [threads, activities] = await Promise.all([
    callApi<Page<ThreadView>>(event, `/cohorts/${cohort.id}/threads`, {
      token,
      query: { courseWide: String(courseWide), sort, limit: 30, cursor: cursor && THREAD_CURSOR.test(cursor) ? cursor : undefined },
    }),
    forumActivities(event, token, cohort),
  ]);
  if (!threads.ok) forumLoadError(threads);
  return {
    cohort: { id: cohort.id, name: cohort.name, course: cohort.course ?? null, startsAt: cohort.startsAt, timezone: cohort.timezone },
    courseWide,
    sort,
    threads: threads.data.items,
    nextCursor: threads.data.nextCursor,
    canModerate,
    activities: activities.map((a) => ({ id: a.id, title: a.title, dueDaysAfterStart: a.dueDaysAfterStart })),
    me: { id: user.id },
  };
};

export const actions: Actions = {
  create: async (event) => {
    const { token } = requireUser(event);
    const form = await event.request.formData();
    const values = {
      title: text(form, 'title'),
      body: text(form, 'body'),
      kind: text(form, 'kind') === 'question' ? 'question' : 'discussion',
      activityId: text(form, 'activityId'),
      postFirst: form.get('postFirst') === 'on',
      allowAnonymous: form.get('allowAnonymous') === 'on',
      opensAt: text(form, 'opensAt'),
      dueAt: text(form, 'dueAt'),
    };
    const courseWide = text(form, 'courseWide') === 'true';
    const offset = Number(text(form, 'tzOffset'));
    const fields: Record<string, true> = {};
    if (values.title.trim().length < 3) fields.title = true;
    if (!values.body.trim()) fields.body = true;
    if (Object.keys(fields).length) return fail(400, { code: 'VALIDATION_FAILED', fields, values });
    const opensAt = values.opensAt ? localDateTimeToIso(values.opensAt, offset) : undefined;
    const dueAt = values.dueAt ? localDateTimeToIso(values.dueAt, offset) : undefined;
    const result = await callApi<ThreadView>(event, `/cohorts/${event.params.cohortId}/threads`, {
      method: 'POST',
      token,
      body: {
        title: values.title.trim(),
        body: values.body,
        kind: values.kind,
        courseWide,
        ...(isId(values.activityId) ? { activityId: values.activityId } : {}),
        ...(values.postFirst ? { postFirst: true } : {}),
        ...(values.allowAnonymous ? { allowAnonymous: true } : {}),
        ...(opensAt ? { opensAt } : {}),
        ...(dueAt ? { dueAt } : {}),
      },
    });
    if (!result.ok) return forumFail(result, { values });
    redirect(303, `/forum/threads/${result.data.id}?cohort=${event.params.cohortId}`);
  },
};
