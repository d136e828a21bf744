import { cohortInputSchema } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { failureFromIssues } from './failure';
import { cohortPayload, cohortValues } from './cohort';

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  return form;
}

const base: [string, string][] = [
  ['courseId', '6b0c5893594891f79ddddcc2'],
  ['name', ' Ciberseguridad · Honduras 2027 '],
  ['countries', 'hn'],
  ['countries', 'SV'],
  ['countries', 'HN'],
  ['startsAt', '2027-02-01T09:00'],
  ['endsAt', '2027-06-30T17:00'],
  ['timezone', 'America/Tegucigalpa'],
  ['capacity', '40'],
  ['status', 'open'],
  ['enrollmentMode', 'open'],
];

describe(cohortPayload.name, () => {
  it('turns the form into a valid cohort, with times read in the chosen zone', () => {
    const payload = cohortPayload(cohortValues(formOf(base)));
    expect(payload).toMatchObject({
      name: 'Ciberseguridad · Honduras 2027',
      countries: ['HN', 'SV'],
      startsAt: '2027-02-01T15:00:00.000Z',
      endsAt: '2027-06-30T23:00:00.000Z',
      capacity: 40,
    });
    expect(cohortInputSchema.safeParse(payload).success).toBe(true);
  });

  it('leaves an empty capacity out and names the fields the schema refuses', () => {
    const entries = base.map(([k, v]): [string, string] =>
      k === 'capacity' ? [k, ''] : k === 'endsAt' ? [k, '2027-01-01T09:00'] : [k, v],
    );
    const payload = cohortPayload(cohortValues(formOf(entries.filter(([k]) => k !== 'countries'))));
    expect(payload).not.toHaveProperty('capacity');
    const parsed = cohortInputSchema.safeParse(payload);
    expect(failureFromIssues(parsed.error!.issues).fields).toEqual({ countries: 'invalid', endsAt: 'invalid' });
  });
});
