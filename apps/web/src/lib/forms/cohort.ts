import { zonedLocalToIso } from '$lib/cohorts/schedule';

/** The new-cohort form as typed (strings), kept to refill it after a failure. */
export interface CohortFormValues {
  courseId: string;
  name: string;
  countries: string[];
  startsAt: string;
  endsAt: string;
  timezone: string;
  capacity: string;
  status: string;
  enrollmentMode: string;
}

const text = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

export function cohortValues(form: FormData): CohortFormValues {
  const countries = form
    .getAll('countries')
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .map((v) => v.toUpperCase());
  return {
    courseId: text(form, 'courseId'),
    name: text(form, 'name'),
    countries: [...new Set(countries)],
    startsAt: text(form, 'startsAt'),
    endsAt: text(form, 'endsAt'),
    timezone: text(form, 'timezone'),
    capacity: text(form, 'capacity'),
    status: text(form, 'status'),
    enrollmentMode: text(form, 'enrollmentMode'),
  };
}

/**
 * The request body for POST /api/cohorts: the datetime-local values are wall-clock times in the chosen zone, sent
 * as ISO instants. Values that cannot be read are passed through so the shared schema names the field.
 */
export function cohortPayload(values: CohortFormValues): Record<string, unknown> {
  const instant = (local: string) => (values.timezone ? zonedLocalToIso(local, values.timezone) : null) ?? local;
  const payload: Record<string, unknown> = {
    courseId: values.courseId,
    name: values.name,
    countries: values.countries,
    startsAt: instant(values.startsAt),
    endsAt: instant(values.endsAt),
    timezone: values.timezone,
    status: values.status || 'planned',
    enrollmentMode: values.enrollmentMode || 'coordinator',
  };
  if (values.capacity !== '') payload.capacity = /^\d+$/.test(values.capacity) ? Number(values.capacity) : values.capacity;
  return payload;
}
