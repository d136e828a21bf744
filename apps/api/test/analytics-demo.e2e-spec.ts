import type { AuthResult, ParticipationReport } from '@trainaction/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-accounts';
import { startApi, type RunningApi } from './api-harness';

let api: RunningApi;
let coordinator: string;

beforeAll(async () => {
  api = await startApi('analytics_demo', { SEED_DEMO: 'true' });
  const login = await api.client().post<AuthResult>('/api/auth/login', { email: 'coordinacion@trainaction.demo', password: DEMO_PASSWORD });
  coordinator = login.body.accessToken;
  // A non-binary learner in Honduras and a self-described one in Costa Rica join a cohort of their country.
  const cohorts = (
    await api.client().get<{ items: { id: string; countries: string[] }[] }>('/api/cohorts?scope=all', { token: coordinator })
  ).body.items;
  for (const [country, gender] of [
    ['HN', 'non_binary'],
    ['CR', 'self_described'],
  ] as const) {
    const who = await api.signUp('learner', { country, gender, ...(gender === 'self_described' ? { genderText: 'agénero' } : {}) });
    const cohort = cohorts.find((c) => c.countries.length === 1 && c.countries[0] === country)!;
    const res = await api
      .client()
      .post(`/api/cohorts/${cohort.id}/enrollments`, { userId: who.user.id, role: 'learner' }, { token: coordinator });
    expect(res.status).toBeLessThan(300);
  }
}, 240_000);
afterAll(() => api?.close());

describe('the demo academy with two learners of other identities', () => {
  it('keeps 564 men, 436 women and every country total, names Honduras the largest, and no CSV shows a hidden figure', async () => {
    const get = async (q: string) =>
      (await api.client().get<ParticipationReport>(`/api/analytics/participation?${q}`, { token: coordinator })).body;
    const [byGender, byCountry, crossed] = await Promise.all([get('by=gender'), get('by=country'), get('by=country,gender')]);
    expect(byGender.mergedGenders).toEqual(['non_binary', 'self_described', 'undisclosed']);
    expect(byGender.rows.find((r) => r.gender === 'man')!.learners).toBe(564);
    expect(byGender.rows.find((r) => r.gender === 'woman')!.learners).toBe(436);
    expect(byGender.rows.find((r) => r.gender === 'other_or_undisclosed')!.learners).toBe('<5');
    expect(byGender.totals.range).toEqual({ low: 1002, high: 1004 });
    for (const row of byCountry.rows) expect(row.suppressed).toBeUndefined();
    expect(byCountry.rows).toHaveLength(5);
    const low = (r: { learners: number | string; range?: { low: number } }) => (typeof r.learners === 'number' ? r.learners : r.range!.low);
    const largest = [...crossed.margins.rows].sort((a, b) => low(b) - low(a))[0];
    expect(largest.country).toBe('HN');
    const hidden = new Set(crossed.rows.filter((r) => r.suppressed).map((r) => `${r.country}|${r.gender}`));
    expect(hidden).toEqual(new Set(['HN|other_or_undisclosed', 'CR|other_or_undisclosed']));

    for (const path of [
      'participation?by=country,gender',
      'participation?by=gender',
      'participation?by=country',
      'indicators?period=month',
      'indicators?period=quarter',
    ]) {
      const res = await fetch(`${api.url}/api/analytics/${path}&format=csv`, { headers: { authorization: `Bearer ${coordinator}` } });
      const lines = (await res.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      const header = lines[0].split(',').map((c) => c.replace(/"/g, ''));
      for (const line of lines.slice(1)) {
        const cells = Object.fromEntries(line.split(',').map((c, i) => [header[i], c.replace(/"/g, '')]));
        const gender = cells.gender ?? cells.sex;
        if (hidden.has(`${cells.country}|${gender}`) || gender === 'other_or_undisclosed')
          expect(cells.learners ?? cells.participants, `${path}: ${line}`).toBe('<5');
      }
    }
  });
});
