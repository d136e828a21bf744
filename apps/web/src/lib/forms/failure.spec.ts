import { registerSchema } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { failureFromApi, failureFromIssues } from './failure';

describe(failureFromIssues.name, () => {
  it('names each invalid field once, from the shared zod schema', () => {
    const parsed = registerSchema.safeParse({
      email: 'not-an-email',
      password: 'short',
      displayName: 'A',
      country: 'XX',
      gender: 'self_described',
      sector: 'academia',
    });
    expect(parsed.success).toBe(false);
    const failure = failureFromIssues(parsed.error!.issues);
    expect(failure.code).toBe('VALIDATION_FAILED');
    expect(failure.fields).toEqual({
      email: 'invalid',
      password: 'invalid',
      displayName: 'invalid',
      country: 'invalid',
      genderText: 'invalid',
    });
  });

  it('accepts the API detail paths, which are dotted strings', () => {
    expect(failureFromIssues([{ path: 'genderText' }, { path: 'organization.0' }]).fields).toEqual({
      genderText: 'invalid',
      organization: 'invalid',
    });
  });
});

describe(failureFromApi.name, () => {
  it('reads a conflict on the e-mail as a taken address', () => {
    const failure = failureFromApi({ code: 'CONFLICT', details: [{ path: 'email', message: 'is already registered' }] });
    expect(failure).toEqual({ code: 'CONFLICT', fields: { email: 'taken' } });
  });

  it('keeps the code and has no field errors when the API gives no details', () => {
    expect(failureFromApi({ code: 'RATE_LIMITED' })).toEqual({ code: 'RATE_LIMITED', fields: {} });
  });
});
