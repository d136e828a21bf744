import { fail } from '@sveltejs/kit';
import { balancedBuildSchema, type BalanceTable, type CourseSummary, type Page } from '@trainaction/contracts';
import { zonedLocalToIso } from '$lib/cohorts/schedule';
import { failureFromApi, failureFromIssues } from '$lib/forms/failure';
import { callApi, type ApiEvent } from '$lib/server/api-client';
import { textField } from '$lib/server/form-data';
import { COHORT_MANAGERS, requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { token } = requireRole(event, COHORT_MANAGERS);
  const courses = await callApi<Page<CourseSummary>>(event, '/courses', { token });
  return { courses: courses.ok ? courses.data.items : [] };
};

async function build(event: ApiEvent & { request: Request; locals: App.Locals; url: URL }, apply: boolean) {
  const { token } = requireRole(event, COHORT_MANAGERS);
  const form = await event.request.formData();
  const values = {
    courseId: textField(form, 'courseId'),
    cohortCount: textField(form, 'cohortCount').trim(),
    namePrefix: textField(form, 'namePrefix').trim(),
    startsAt: textField(form, 'startsAt').trim(),
    endsAt: textField(form, 'endsAt').trim(),
    timezone: textField(form, 'timezone'),
  };
  const parsed = balancedBuildSchema.safeParse({
    ...values,
    cohortCount: /^\d+$/.test(values.cohortCount) ? Number(values.cohortCount) : values.cohortCount,
    startsAt: zonedLocalToIso(values.startsAt, values.timezone) ?? values.startsAt,
    endsAt: zonedLocalToIso(values.endsAt, values.timezone) ?? values.endsAt,
    apply,
  });
  if (!parsed.success) return fail(400, { values, failure: failureFromIssues(parsed.error.issues) });
  const result = await callApi<BalanceTable>(event, '/cohorts/balance', { method: 'POST', token, body: parsed.data });
  if (!result.ok) return fail(result.status, { values, failure: failureFromApi(result.error) });
  return { values, table: result.data };
}

export const actions: Actions = {
  preview: (event) => build(event, false),
  apply: (event) => build(event, true),
};
