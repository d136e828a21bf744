import { error } from '@sveltejs/kit';
import {
  isId,
  type ActivityThreadView,
  type ActivityView,
  type CohortView,
  type LocalizedText,
  type Page,
  type SubmissionView,
} from '@trainaction/contracts';
import { activityDueAt } from '$lib/components/submission/format';
import { m } from '$lib/paraglide/messages';
import { callApi } from '$lib/server/api-client';
import { requireUser } from '$lib/server/guards';
import { renderMarkdown } from '$lib/server/markdown';
import { renderSubmissions } from '$lib/server/submission-markdown';
import type { PageServerLoad } from './$types';

interface ActivityContext {
  activity: ActivityView;
  course: { id: string; slug: string; title: LocalizedText };
  module: { id: string; title: LocalizedText };
}

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireUser(event);
  const id = event.params.id;
  if (!isId(id)) error(404, { message: m.error_not_found(), code: 'NOT_FOUND' });

  const [context, cohorts] = await Promise.all([
    callApi<ActivityContext>(event, `/activities/${id}`, { token }),
    callApi<Page<CohortView>>(event, '/cohorts', { token, query: { scope: 'mine' } }),
  ]);
  if (!context.ok) {
    if (context.error.code === 'UNAVAILABLE') error(503, { message: m.error_unavailable(), code: 'UNAVAILABLE' });
    error(context.status === 404 ? 404 : context.status, { message: m.error_not_found(), code: context.error.code });
  }
  const { activity, course, module } = context.data;

  // The learner's cohorts for this course; ?cohort= picks one, otherwise the first.
  const courseCohorts = (cohorts.ok ? cohorts.data.items : []).filter((c) => c.courseId === course.id && c.myRole);
  const wanted = event.url.searchParams.get('cohort');
  const cohort = courseCohorts.find((c) => c.id === wanted) ?? (wanted ? undefined : courseCohorts[0]) ?? null;

  let submissions: SubmissionView[] = [];
  let submissionsFailed = false;
  if (cohort && activity.kind === 'submission') {
    const result = await callApi<SubmissionView[]>(event, `/activities/${id}/submissions`, { token, query: { cohortId: cohort.id } });
    if (result.ok) submissions = result.data.filter((s) => s.learner.id === user.id);
    else submissionsFailed = true;
  }

  // A forum activity: its threads in the cohort's forums, with the person's progress in each.
  let forumThreads: ActivityThreadView[] = [];
  let forumFailed = false;
  if (cohort && activity.kind === 'forum') {
    const result = await callApi<ActivityThreadView[]>(event, `/activities/${id}/threads`, { token, query: { cohortId: cohort.id } });
    if (result.ok) forumThreads = result.data;
    else forumFailed = true;
  }

  const dueAt =
    submissions.at(-1)?.dueAt ??
    (cohort && activity.dueDaysAfterStart !== undefined
      ? activityDueAt(cohort.startsAt, activity.dueDaysAfterStart, cohort.timezone)
      : null);

  return {
    activity,
    course,
    module,
    cohort,
    cohorts: courseCohorts.map((c) => ({ id: c.id, name: c.name })),
    promptHtml: renderMarkdown(activity.prompt ?? ''),
    submissions,
    submissionsFailed,
    forumThreads,
    forumFailed,
    rendered: renderSubmissions(submissions),
    dueAt,
    isModerator: cohort?.myRole === 'moderator',
  };
};
