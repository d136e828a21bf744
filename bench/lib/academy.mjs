// Builds the people and rooms a bench scenario needs through the product's own REST API (the same calls a
// coordinator's screens make): a coordinator, a course, cohorts with enrolled learners, each cohort's
// "General" room, and an access token per learner.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { MongoClient } = require('mongodb');
const PASSWORD = 'bench-password-2026';

export function apiClient(url) {
  return async function api(method, path, body, token) {
    const res = await fetch(url + path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/** Runs `task` over `items` with at most `limit` at a time. */
export async function pool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i], i);
      }
    }),
  );
  return results;
}

const COUNTRIES = ['CR', 'SV', 'GT', 'HN', 'DO'];
const SECTORS = ['decision_maker', 'law_enforcement', 'technical_team', 'public_employee', 'academia', 'research', 'civil_society'];

/**
 * `cohorts` cohorts of `perCohort` learners each. Returns the coordinator's token and, per cohort, its id,
 * its General room's id and its members ({ id, token }).
 */
export async function buildAcademy({ url, mongodbUri, prefix, cohorts, perCohort }) {
  const api = apiClient(url);
  // Registration answers 202 and signs nobody in: sign in afterwards for the token.
  const register = async (name, i) => {
    const email = `${prefix}-${name}@bench.example`;
    await api('POST', '/api/auth/register', {
      email,
      password: PASSWORD,
      displayName: `${prefix} ${name}`,
      country: COUNTRIES[i % COUNTRIES.length],
      gender: i % 2 ? 'man' : 'woman',
      sector: SECTORS[i % SECTORS.length],
    });
    return api('POST', '/api/auth/login', { email, password: PASSWORD });
  };
  await register('coord', 0);
  const client = await MongoClient.connect(mongodbUri);
  await client
    .db()
    .collection('users')
    .updateOne({ emailLower: `${prefix}-coord@bench.example` }, { $set: { role: 'coordinator' } });
  await client.close();
  const { accessToken: token } = await api('POST', '/api/auth/login', { email: `${prefix}-coord@bench.example`, password: PASSWORD });
  const course = await api(
    'POST',
    '/api/courses',
    { slug: `${prefix}-curso`, title: { es: `Curso ${prefix}` }, summary: { es: 'Curso de prueba de rendimiento' }, status: 'published' },
    token,
  );
  const result = [];
  for (let c = 0; c < cohorts; c++) {
    const cohort = await api(
      'POST',
      '/api/cohorts',
      {
        courseId: course.id,
        name: `${prefix} cohorte ${c + 1}`,
        countries: COUNTRIES,
        startsAt: '2026-01-01T00:00:00Z',
        endsAt: '2027-12-31T00:00:00Z',
        timezone: 'America/Costa_Rica',
      },
      token,
    );
    const people = await pool(
      Array.from({ length: perCohort }, (_, i) => c * perCohort + i),
      8,
      (n) => register(`l${n}`, n),
    );
    // As if each had used the verification link mailed at registration: unverified accounts cannot post.
    const verify = await MongoClient.connect(mongodbUri);
    await verify
      .db()
      .collection('users')
      .updateMany({}, { $unset: { emailUnverifiedSince: 1 } });
    await verify.close();
    await pool(people, 8, (p) => api('POST', `/api/cohorts/${cohort.id}/enrollments`, { userId: p.user.id, role: 'learner' }, token));
    const [room] = await api('GET', `/api/cohorts/${cohort.id}/rooms`, undefined, people[0].accessToken);
    result.push({ cohortId: cohort.id, roomId: room.id, members: people.map((p) => ({ id: p.user.id, token: p.accessToken })) });
  }
  return { coordinatorToken: token, courseId: course.id, cohorts: result };
}
