import { randomUUID } from 'node:crypto';
import type {
  Ack,
  AnalyticsDashboard,
  CohortView,
  CourseView,
  IndicatorReport,
  ParticipationReport,
  ParticipationRow,
  RoomView,
} from '@trainaction/contracts';
import { WarmUps } from '@trainaction/platform';
import mongoose from 'mongoose';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

let api: RunningApi;
let coordinator: SignedIn;
let admin: SignedIn;
let moderator: SignedIn;
let course: CourseView;
let cohort: CohortView;
const learners: SignedIn[] = [];

/** country → [men, women] */
const POPULATION: Record<string, [number, number]> = { CR: [7, 3], SV: [6, 6], DO: [2, 8] };

async function report(who: SignedIn, query: string): Promise<ParticipationReport> {
  const res = await api.client().get<ParticipationReport>(`/api/analytics/participation?${query}`, { token: who.token });
  expect(res.status).toBe(200);
  return res.body;
}

function cell(r: ParticipationReport, match: Partial<ParticipationRow>): ParticipationRow {
  return r.rows.find((row) => Object.entries(match).every(([k, v]) => row[k as keyof ParticipationRow] === v))!;
}

beforeAll(async () => {
  api = await startApi('analytics');
  [coordinator, admin, moderator] = await Promise.all([api.signUp('coordinator'), api.signUp('admin'), api.signUp('moderator')]);
  course = (
    await api.client().post<CourseView>(
      '/api/courses',
      {
        slug: 'curso-cifras',
        title: { es: 'Curso' },
        summary: { es: 'R' },
        status: 'published',
        modules: [
          {
            title: { es: 'M' },
            lessons: [{ kind: 'text', title: { es: 'L' }, body: 'x' }],
            activities: [{ kind: 'submission', title: { es: 'A' }, prompt: 'p', completion: { kind: 'accepted_submission' } }],
          },
        ],
      },
      { token: coordinator.token },
    )
  ).body;
  cohort = (
    await api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name: 'Cohorte cifras',
        countries: ['CR', 'SV', 'DO'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2026-12-31T00:00:00Z',
        timezone: 'America/Costa_Rica',
      },
      { token: coordinator.token },
    )
  ).body;
  for (const [country, [men, women]] of Object.entries(POPULATION)) {
    for (const gender of [...Array<'man'>(men).fill('man'), ...Array<'woman'>(women).fill('woman')])
      learners.push(await api.signUp('learner', { country, gender }));
  }
  for (const who of [...learners, moderator]) {
    await api
      .client()
      .post(
        `/api/cohorts/${cohort.id}/enrollments`,
        { userId: who.user.id, role: who === moderator ? 'moderator' : 'learner' },
        { token: coordinator.token },
      );
  }
}, 120_000);
afterAll(() => api?.close());

describe('participation analytics', () => {
  it('refuses learners and moderators with 403 on every analytics route', async () => {
    for (const who of [learners[0], moderator]) {
      for (const path of [
        '/api/analytics/participation',
        '/api/analytics/participation?format=csv',
        '/api/analytics/indicators',
        '/api/analytics/dashboard',
      ]) {
        expect((await api.client().get(path, { token: who.token })).status).toBe(403);
      }
    }
    expect((await api.client().get('/api/analytics/participation?raw=true', { token: coordinator.token })).status).toBe(403);
  });

  it('hides small cells and, where hiding a large one would make it vanish, shows the totals as ranges instead', async () => {
    const r = await report(coordinator, 'by=country,gender');
    expect(r.totals.learners).toBe(32);
    const hidden = r.rows.filter((row) => row.suppressed).map((row) => `${row.country}|${row.gender}`);
    expect(hidden.sort()).toEqual(['CR|woman', 'DO|man']);
    for (const row of r.rows.filter((x) => x.suppressed))
      expect([row.learners, row.messages, row.activeLearners]).toEqual(['<5', null, null]);
    expect(r.suppressedCells).toBe(2);
    // Costa Rica (7 men and 3 women) and the Dominican Republic (2 and 8): their totals are ranges worked out from
    // what is shown; El Salvador's is exact. No total the page shows lets anyone subtract a hidden cell.
    const margin = (key: 'country' | 'gender', value: string) => [...r.margins.rows, ...r.margins.columns].find((m) => m[key] === value)!;
    expect(margin('country', 'CR')).toMatchObject({ learners: '8–11', range: { low: 8, high: 11 } });
    expect(margin('country', 'DO')).toMatchObject({ learners: '9–12', range: { low: 9, high: 12 } });
    expect(margin('country', 'SV').learners).toBe(12);
    expect(margin('gender', 'man').range).toEqual({ low: 14, high: 17 });
    expect(r.rangedTotals).toBe(4);
    // Tables by gender alone or by country alone are the same protected table's totals.
    expect((await report(coordinator, 'by=country')).rows.map((row) => [row.country, row.learners])).toEqual([
      ['CR', '8–11'],
      ['DO', '9–12'],
      ['SV', 12],
    ]);

    const rawReport = await report(admin, 'by=country,gender&raw=true');
    expect(cell(rawReport, { country: 'CR', gender: 'woman' }).learners).toBe(3);
    expect(rawReport.suppressedCells).toBe(0);
  });

  it('moves the right cells by one right after a message and a submission are acknowledged', async () => {
    const before = await report(admin, 'by=country,gender&raw=true');
    const ana = learners.find((l) => l.input.country === 'SV' && l.input.gender === 'woman')!;
    const socket = io(api.url, { auth: { token: ana.token }, transports: ['websocket'], reconnection: false, forceNew: true });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const [room] = (await api.client().get<RoomView[]>(`/api/cohorts/${cohort.id}/rooms`, { token: ana.token })).body;
    const sent: Ack<unknown> = await socket
      .timeout(5000)
      .emitWithAck('message:send', { roomId: room.id, clientMsgId: randomUUID(), body: 'Hola' });
    expect(sent.ok).toBe(true);
    const submitted: Ack<unknown> = await socket.timeout(5000).emitWithAck('submission:submit', {
      activityId: course.modules[0].activities[0].id,
      cohortId: cohort.id,
      clientSubmissionId: randomUUID(),
      body: 'Mi trabajo',
    });
    expect(submitted.ok).toBe(true);
    const thread = await api
      .client()
      .post<{ id: string }>(`/api/cohorts/${cohort.id}/threads`, { title: 'Pregunta', body: 'Hola' }, { token: learners[0].token });
    expect((await api.client().post(`/api/threads/${thread.body.id}/posts`, { body: 'Respuesta' }, { token: ana.token })).status).toBe(201);
    socket.disconnect();

    const after = await report(admin, 'by=country,gender&raw=true');
    const [b, a] = [cell(before, { country: 'SV', gender: 'woman' }), cell(after, { country: 'SV', gender: 'woman' })];
    expect(a.messages).toBe((b.messages as number) + 1);
    expect(a.submissions).toBe((b.submissions as number) + 1);
    expect(a.posts).toBe((b.posts as number) + 1);
    expect(a.activeLearners).toBe((b.activeLearners as number) + 1);
    expect(cell(after, { country: 'SV', gender: 'man' }).messages).toBe(cell(before, { country: 'SV', gender: 'man' }).messages);
    expect(after.totals.messages).toBe((before.totals.messages as number) + 1);
  });

  it('filters by country, also when the dashboard asks for several reports at once', async () => {
    const [all, cr, crByGender, doByCountry] = await Promise.all([
      report(admin, 'by=gender&raw=true'),
      report(admin, 'by=gender&country=CR&raw=true'),
      report(admin, 'by=country,gender&country=CR&raw=true'),
      report(admin, 'by=country&country=DO&raw=true'),
    ]);
    expect(all.totals.learners).toBe(32);
    expect(cr.totals.learners).toBe(10);
    expect(crByGender.rows.every((r) => r.country === 'CR')).toBe(true);
    expect(doByCountry.totals.learners).toBe(10);
  });

  it('counts a lesson marked done once per cell, also for a learner in two cohorts, and takes it back when unmarked', async () => {
    const ana = learners.find((l) => l.input.country === 'DO')!;
    const second = (
      await api.client().post<CohortView>(
        '/api/cohorts',
        {
          courseId: course.id,
          name: 'Cohorte cifras 2',
          countries: ['DO'],
          startsAt: '2026-07-01T00:00:00Z',
          endsAt: '2026-12-31T00:00:00Z',
          timezone: 'America/Costa_Rica',
        },
        { token: coordinator.token },
      )
    ).body;
    await api
      .client()
      .post(`/api/cohorts/${second.id}/enrollments`, { userId: ana.user.id, role: 'learner' }, { token: coordinator.token });
    const lesson = `/api/lessons/${course.modules[0].lessons[0].id}/done`;
    const figures = async () => {
      const [byCountry, byCohort] = await Promise.all([report(admin, 'by=country&raw=true'), report(admin, 'by=cohort&raw=true')]);
      const lessons = (row: ParticipationRow) => row.lessonsCompleted as number;
      return {
        DO: lessons(cell(byCountry, { country: 'DO' })),
        total: lessons(byCountry.totals),
        first: lessons(cell(byCohort, { cohort: cohort.id })),
        second: lessons(cell(byCohort, { cohort: second.id })),
      };
    };
    const before = await figures();
    // Two quick requests mark it once: she counts once in her country and in each of her cohorts.
    const mark = (done: boolean) => Promise.all([0, 1].map(() => api.client().put(lesson, { done }, { token: ana.token })));
    for (const res of await mark(true)) expect(res.status).toBeLessThan(300);
    expect(await figures()).toEqual({ DO: before.DO + 1, total: before.total + 1, first: before.first + 1, second: before.second + 1 });
    for (const res of await mark(false)) expect(res.status).toBeLessThan(300);
    expect(await figures()).toEqual(before);
  });

  it('never publishes in the donor indicators (JSON or CSV) a cell the dashboard hides', async () => {
    // Costa Rica's men all read a lesson: their month has 7 participants, while the dashboard's country x gender table
    // protects Costa Rica (3 women). Every figure hidden there must stay hidden in the indicators, in every period.
    const lesson = `/api/lessons/${course.modules[0].lessons[0].id}/done`;
    for (const who of learners.filter((l) => l.input.country === 'CR' && l.input.gender === 'man')) {
      expect((await api.client().put(lesson, { done: true }, { token: who.token })).status).toBeLessThan(300);
    }
    const dashboard = await report(coordinator, 'by=country,gender');
    const hidden = new Set(dashboard.rows.filter((r) => r.suppressed).map((r) => `${r.country}|${r.gender}`));
    expect(hidden.size).toBeGreaterThan(0);
    const indicators = await api.client().get<IndicatorReport>('/api/analytics/indicators?period=month', { token: coordinator.token });
    const shown = indicators.body.rows.filter((r) => !r.suppressed && hidden.has(`${r.country}|${r.gender}`));
    expect(shown).toEqual([]);
    const csv = await fetch(`${api.url}/api/analytics/indicators?period=month&format=csv`, {
      headers: { authorization: `Bearer ${coordinator.token}` },
    });
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
    const revealed = lines.filter(([, country, sex, participants]) => hidden.has(`${country}|${sex}`) && /^\d+$/.test(participants));
    expect(revealed).toEqual([]);
  });

  it('exports CSV with a byte-order mark, and records the export in the audit log', async () => {
    const res = await fetch(`${api.url}/api/analytics/participation?by=country&format=csv`, {
      headers: { authorization: `Bearer ${coordinator.token}` },
    });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      '"country","learners","activeLearners","participationRate","messages","posts","submissions","acceptedSubmissions","completions","lessonsCompleted"',
    );
    expect(lines.at(-1)).toMatch(/^"Total","32"/);
    const audit = await api
      .client()
      .get<{ action: string; actorId: string }[]>('/api/audit?action=analytics.export', { token: admin.token });
    expect(audit.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'analytics.export', actorId: coordinator.user.id, targetId: 'participation' }),
      ]),
    );
  });

  it('protects a report by month with the people as they are now: a changed profile changes its headline', async () => {
    // A report by month is protected agreeing with its people's headline, which the API keeps while the enrolments stay.
    const before = await report(coordinator, 'by=month');
    expect(before.mergedGenders).toEqual([]);
    const who = learners[0];
    const patch = (gender: string) => api.client().patch('/api/me', { gender }, { token: who.token });
    expect((await patch('non_binary')).status).toBe(200);
    try {
      // One non-binary learner is a group too small to publish: the headline reports the genders merged.
      expect((await report(coordinator, 'by=month')).mergedGenders).not.toEqual([]);
    } finally {
      expect((await patch('man')).status).toBe(200);
    }
    expect((await report(coordinator, 'by=month')).mergedGenders).toEqual([]);
  });

  it('answers the dashboard in one request with the same figures as its reports asked for one by one, and the filter options', async () => {
    for (const filters of ['', `&country=CR&courseId=${course.id}`, '&from=2026-07-01&to=2026-12-31']) {
      const res = await api
        .client()
        .get<AnalyticsDashboard>(`/api/analytics/dashboard?by=gender,country${filters}&period=quarter`, { token: coordinator.token });
      expect(res.status).toBe(200);
      const dashboard = res.body;
      const one = (by: string) => report(coordinator, `by=${by}${filters}`);
      expect(dashboard.table).toEqual(await one('gender,country'));
      expect(dashboard.byGender).toEqual(await one('gender'));
      expect(dashboard.countryGender).toEqual(await one('country,gender'));
      expect(dashboard.months).toEqual(await one('month'));
      expect(dashboard.heat).toEqual(await one('course,country'));
      const indicatorFilters = filters.replace('&country=CR', '');
      const indicators = await api
        .client()
        .get(`/api/analytics/indicators?period=quarter${indicatorFilters}`, { token: coordinator.token });
      expect(dashboard.indicators).toEqual(indicators.body);
      expect(dashboard.courses).toContainEqual({ id: course.id, title: course.title });
      expect(dashboard.cohorts).toContainEqual({ id: cohort.id, name: cohort.name, courseId: course.id });
    }
    const bad = await api.client().get('/api/analytics/dashboard?by=shoe&period=week', { token: coordinator.token });
    expect(bad.status).toBe(400);
  });

  // Before the API listens (main.ts), so the first coordinator after a restart does not pay for it.
  it('computes the dashboard as coordinators first open it in the warm-up, reading only', async () => {
    const commands: string[] = [];
    // (the background pollers' own commands left out: jobs, mail, revocations, stale files)
    const background = /^(jobs|mail_\w+|revoked_\w+|stored_files)$/;
    mongoose.set('debug', (collection: string, method: string) => {
      if (!background.test(collection)) commands.push(`${collection}.${method}`);
    });
    let done: { name: string; error?: string }[];
    try {
      done = await api.app.get(WarmUps).run();
    } finally {
      mongoose.set('debug', false);
    }
    expect(done.map((task) => task.name)).toContain('analytics dashboard');
    expect(done.filter((task) => task.error)).toEqual([]);
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((c) => !/\.(find|findOne|aggregate|countDocuments|distinct)$/.test(c))).toEqual([]);
  });

  it('answers 400 to unknown dimensions and inverted date ranges', async () => {
    expect((await api.client().get('/api/analytics/participation?by=shoe', { token: coordinator.token })).status).toBe(400);
    expect(
      (await api.client().get('/api/analytics/participation?from=2026-09-01&to=2026-08-01', { token: coordinator.token })).status,
    ).toBe(400);
  });
});
