import { updateProfileSchema } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { profilePayload, profileValues } from './profile';

function formOf(entries: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(entries)) form.set(key, value);
  return form;
}

describe(profilePayload.name, () => {
  it('sends the free-text gender only with self_described', () => {
    const values = profileValues(formOf({ gender: 'woman', genderText: 'left over', displayName: ' Ana ' }));
    expect(profilePayload(values)).toEqual({ gender: 'woman', displayName: 'Ana' });
    const described = profileValues(formOf({ gender: 'self_described', genderText: 'Mujer trans' }));
    expect(profilePayload(described)).toEqual({ gender: 'self_described', genderText: 'Mujer trans' });
  });

  it('upper-cases the country and leaves empty answers out', () => {
    expect(profilePayload(profileValues(formOf({ country: 'hn', sector: '', organization: '' })))).toEqual({ country: 'HN' });
  });

  it('sends an emptied organisation as "" on profile updates so the API clears it', () => {
    const payload = profilePayload(profileValues(formOf({ organization: '  ' })), { keepEmptyOrganization: true });
    expect(payload).toEqual({ organization: '' });
    expect(updateProfileSchema.safeParse(payload).success).toBe(true);
  });
});
