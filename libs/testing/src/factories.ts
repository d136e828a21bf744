import { randomBytes } from 'node:crypto';
import type { RegisterInput } from '@trainaction/contracts';

let sequence = 0;

/** A valid registration with a unique e-mail; override what the test is about. */
export function aRegistration(overrides: Partial<RegisterInput> = {}): RegisterInput {
  sequence += 1;
  return {
    email: `learner${sequence}.${randomBytes(3).toString('hex')}@example.org`,
    password: 'a-long-enough-password',
    displayName: `Participante ${sequence}`,
    country: 'HN',
    gender: 'woman',
    sector: 'law_enforcement',
    organization: 'Policía Nacional',
    locale: 'es',
    ...overrides,
  };
}
