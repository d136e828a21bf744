import { getConnectionToken } from '@nestjs/mongoose';
import type { CohortView, CourseView, MailPreferencesView, NotificationView, PostView, ThreadView, UserView } from '@trainaction/contracts';
import { LegacyNotifications, NotificationDigests, Notifications } from '@trainaction/notifications';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '@trainaction/testing';
import { Types, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

/**
 * Notification mail over a real SMTP server and real HTTP: immediate mail by preference in the recipient's
 * language, the daily digest (two API nodes on one database, repeated runs), one-click unsubscribe without
 * signing in (issue 20).
 */

const ORIGIN = 'https://academia.example.org';
const ZONE = 'America/Costa_Rica'; // UTC-6 all year
/** Nodes share JWT_SECRET (unsubscribe links are signed with a key derived from it), as in production. */
const ENV = {
  PUBLIC_ORIGIN: ORIGIN,
  JWT_SECRET: 'una-clave-compartida-por-los-nodos-de-la-api-2026',
  DIGEST_INTERVAL_SECONDS: '0',
  DIGEST_TIME_ZONE: ZONE,
  DIGEST_HOUR: '7',
};

let smtp: TestSmtpServer;
let api: RunningApi;
let coordinator: SignedIn;
let cohort: CohortView;

beforeAll(async () => {
  smtp = await startSmtpServer();
  api = await startApi('notifymail', { ...ENV, SMTP_URL: smtp.url });
  coordinator = await api.signUp('coordinator');
  const course = (
    await api
      .client()
      .post<CourseView>(
        '/api/courses',
        { slug: 'curso-correo', title: { es: 'Curso' }, summary: { es: 'R' }, status: 'published', modules: [] },
        { token: coordinator.token },
      )
  ).body;
  cohort = (
    await api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name: 'Cohorte con correo',
        countries: ['CR'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2027-03-01T00:00:00Z',
        timezone: ZONE,
      },
      { token: coordinator.token },
    )
  ).body;
}, 60_000);

afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

async function member(displayName: string, locale: 'es' | 'en' = 'es'): Promise<SignedIn> {
  const who = await api.signUp('learner', { displayName, locale });
  const res = await api.client().post(`/api/cohorts/${cohort.id}/enrollments`, { userId: who.user.id }, { token: coordinator.token });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return who;
}

async function thread(who: SignedIn, title: string, body = 'Planteamiento'): Promise<ThreadView> {
  const res = await api.client().post<ThreadView>(`/api/cohorts/${cohort.id}/threads`, { title, body }, { token: who.token });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function post(who: SignedIn, threadId: string, body: string): Promise<PostView> {
  const res = await api.client().post<PostView>(`/api/threads/${threadId}/posts`, { body }, { token: who.token });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

function choose(who: SignedIn, changes: Record<string, string>) {
  return api.client().put<MailPreferencesView>('/api/notifications/preferences', changes, { token: who.token });
}

async function notifications(who: SignedIn): Promise<NotificationView[]> {
  return (await api.client().get<{ items: NotificationView[] }>('/api/notifications', { token: who.token })).body.items;
}

/** A header as it was sent (mailparser reshapes List-* headers). */
function rawHeader(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}

/** Notification mail (one can stop it), not the transactional mail people also get (verification, enrolment). */
const isNotificationMail = (m: ReceivedMail) => rawHeader(m, 'List-Unsubscribe') !== undefined;
const mailsTo = (who: SignedIn) => smtp.received.filter((m) => m.to === who.input.email.toLowerCase() && isNotificationMail(m));
const mailTo = (who: SignedIn, match: (m: ReceivedMail) => boolean = () => true) =>
  smtp.waitFor((m) => m.to === who.input.email.toLowerCase() && isNotificationMail(m) && match(m));
const settle = () => new Promise((resolve) => setTimeout(resolve, 800));

/** The one-click URL of a mail, pointed at this test's API instead of the public origin. */
function unsubscribeUrlOf(mail: ReceivedMail): string {
  const header = rawHeader(mail, 'List-Unsubscribe')!;
  return header.replace(/^<|>$/g, '').replace(ORIGIN, api.url);
}

function oneClick(url: string) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
}

/** The next 13:05 UTC (07:05 in Costa Rica, UTC-6), or the next given UTC time: always after what a test wrote. */
function nextDigestTime(hours = 13, minutes = 5): Date {
  const at = new Date();
  at.setUTCHours(hours, minutes, 0, 0);
  if (at.getTime() <= Date.now()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

describe('immediate notification mail', () => {
  let ana: SignedIn;
  let ben: SignedIn;

  beforeAll(async () => {
    [ana, ben] = [await member('Ana Salazar'), await member('Ben Carter', 'en')];
  });

  it('mails a mention at once, in Spanish, with a one-click unsubscribe link', async () => {
    const t = await thread(ben, 'Datos de homicidios');
    await post(ben, t.id, `¿Qué opina, @${ana.user.displayName}?`);
    const mail = await mailTo(ana);
    expect(mail.subject).toBe('Ben Carter le mencionó en «Datos de homicidios»');
    expect(mail.text).toContain('Hola, Ana Salazar:');
    expect(mail.text).toContain(`Abrir en TrainAction:\n${ORIGIN}/forum/threads/${t.id}#post-`);
    expect(mail.html).toContain('<html lang="es">');
    expect(rawHeader(mail, 'List-Unsubscribe')).toMatch(
      new RegExp(`^<${ORIGIN}/api/mail/unsubscribe\\?token=${ana.user.id}\\.mentions\\.[\\w-]+>$`),
    );
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toContain('¿No quiere recibir los correos de menciones? Darse de baja con un clic:');
  });

  it('mails a reply in a followed thread in English to a reader who chose replies immediately', async () => {
    expect((await choose(ben, { replies: 'immediate' })).body.mail.replies).toBe('immediate');
    const t = await thread(ana, 'Seguimiento de casos');
    await post(ben, t.id, 'Sigo este hilo'); // posting follows
    await post(ana, t.id, 'Les comparto el informe');
    const mail = await mailTo(ben, (m) => m.subject.includes('Seguimiento de casos'));
    expect(mail.subject).toBe('Ana Salazar replied in “Seguimiento de casos”');
    expect(mail.text).toContain('Hello Ben Carter,');
    expect(mail.html).toContain('<html lang="en">');
    expect(rawHeader(mail, 'List-Unsubscribe')).toContain(`token=${ben.user.id}.replies.`);
  });

  it('mails nobody who turned that mail off, and still notifies them in the app', async () => {
    const [carla, eva] = [await member('Carla Mora'), await member('Eva Lind')];
    await choose(eva, { mentions: 'off' });
    const t = await thread(ana, 'Encuesta de victimización');
    await post(ana, t.id, `@${carla.user.displayName} y @${eva.user.displayName}: ¿tienen los datos?`);
    await mailTo(carla);
    await settle();
    expect(mailsTo(eva)).toEqual([]);
    expect((await notifications(eva)).map((n) => [n.kind, n.params])).toEqual([
      ['mention', { actor: 'Ana Salazar', thread: 'Encuesta de victimización' }],
    ]);
  });

  it('mails an event once however often it is told', async () => {
    const dora = await member('Dora Vidal');
    const event = { kind: 'announcement' as const, key: 'announcement:repetido', params: { thread: 'Aviso repetido' }, link: '/forum' };
    await Promise.all([1, 2, 3].map(() => api.app.get(Notifications).notify([dora.user.id], event)));
    await mailTo(dora, (m) => m.subject === 'Anuncio: Aviso repetido');
    await settle();
    expect(mailsTo(dora).filter((m) => m.subject === 'Anuncio: Aviso repetido')).toHaveLength(1);
  });

  it('unsubscribes with the link, without signing in, and mails no more of that kind', async () => {
    const url = unsubscribeUrlOf(await mailTo(ana));
    const page = await fetch(url, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(`${ORIGIN}/unsubscribe?token=${new URL(url).searchParams.get('token')}`);
    const check = `${url.replace('/api/mail/unsubscribe?', '/api/mail/unsubscribe/check?')}`;
    expect(await (await fetch(check)).json()).toEqual({ target: 'mentions', locale: 'es', off: false });

    const done = await oneClick(url);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ target: 'mentions', off: true });
    expect((await oneClick(url)).status).toBe(200); // again: nothing changes
    expect(await (await fetch(check)).json()).toMatchObject({ off: true });
    expect((await api.client().get<MailPreferencesView>('/api/notifications/preferences', { token: ana.token })).body.mail.mentions).toBe(
      'off',
    );

    const before = mailsTo(ana).length;
    const t = await thread(ben, 'Otra pregunta');
    await post(ben, t.id, `@${ana.user.displayName}, ¿nos ayuda?`);
    await settle();
    expect(mailsTo(ana)).toHaveLength(before);
    expect((await notifications(ana)).some((n) => n.params.thread === 'Otra pregunta')).toBe(true);
  });

  it('refuses an altered link', async () => {
    const url = unsubscribeUrlOf(await mailTo(ben));
    const altered = url.replace(`${ben.user.id}.replies.`, `${ben.user.id}.mentions.`);
    const res = await oneClick(altered);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('LINK_INVALID');
  });
});

describe('the daily digest', () => {
  let second: RunningApi;

  beforeAll(async () => {
    // A second API node on the same database, with its own mail worker.
    second = await startApi('notifymail2', { ...ENV, SMTP_URL: smtp.url, MONGODB_URI: api.config.mongodbUri });
  }, 60_000);
  afterAll(() => second?.close());

  it('sends one digest per person who chose it, in their language, from two nodes and repeated runs', async () => {
    const [gina, hugo, ines, jose, author] = [
      await member('Gina Paz'),
      await member('Hugo Black', 'en'),
      await member('Ines Soto'),
      await member('Jose Rivas'),
      await member('Karla Mejía'),
    ];
    await choose(ines, { replies: 'off' });
    const t = await thread(author, 'Resumen del programa comunitario');
    for (const who of [gina, hugo, ines, jose])
      expect((await api.client().put(`/api/threads/${t.id}/follow`, { following: true }, { token: who.token })).status).toBe(200);
    await post(author, t.id, 'Primera actualización');
    await post(author, t.id, 'Segunda actualización');
    // Removed from the cohort after being notified: the digest asks again who may read it.
    await api.client().request('DELETE', `/api/cohorts/${cohort.id}/enrollments/${jose.user.id}`, undefined, { token: coordinator.token });
    expect(mailsTo(gina)).toEqual([]); // replies come daily by default

    const now = nextDigestTime();
    const runs = await Promise.all([
      api.app.get(NotificationDigests).runDigests(now),
      second.app.get(NotificationDigests).runDigests(now),
      api.app.get(NotificationDigests).runDigests(now),
    ]);
    const isDigest = (m: ReceivedMail) => /^(Su resumen de|Your .* digest)/.test(m.subject);
    const [ginas, hugos] = [await mailTo(gina, isDigest), await mailTo(hugo, isDigest)];
    await settle();
    const digests = smtp.received.filter(isDigest);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(digests.length);
    expect(new Set(digests.map((m) => m.to)).size).toBe(digests.length); // one per person
    for (const who of [ines, jose]) expect(mailsTo(who).filter(isDigest)).toEqual([]);

    expect(ginas.subject).toBe('Su resumen de TrainAction: 2 novedades');
    expect(ginas.text).toContain('Desde su último resumen tiene 2 respuestas en hilos que sigue.');
    expect(ginas.text).toContain(`- Karla Mejía respondió en «Resumen del programa comunitario»\n  ${ORIGIN}/forum/threads/${t.id}#post-`);
    expect(hugos.subject).toBe('Your TrainAction digest: 2 new notifications');
    expect(hugos.text).toContain('Since your last digest you have 2 replies in threads you follow.');
    expect(rawHeader(hugos, 'List-Unsubscribe')).toContain(`token=${hugo.user.id}.digest.`);

    // Later the same day, and the next day with nothing new: no more digests.
    expect((await api.app.get(NotificationDigests).runDigests(new Date(now.getTime() + 3_600_000))).sent).toBe(0);
    expect((await second.app.get(NotificationDigests).runDigests(new Date(now.getTime() + 86_400_000))).sent).toBe(0);

    // The digest's own link turns off what came daily.
    expect((await oneClick(unsubscribeUrlOf(hugos))).status).toBe(200);
    expect((await api.client().get<MailPreferencesView>('/api/notifications/preferences', { token: hugo.token })).body).toEqual({
      mail: { mentions: 'immediate', replies: 'off', reviews: 'immediate', announcements: 'immediate' },
      digest: { hour: 7, timeZone: ZONE },
    });
  });
});

describe('the daily digest after a node died mid-send', () => {
  it('is stored before it is claimed: a pass after a death between the two sends nothing twice and records the claim', async () => {
    const [olga, author] = [await member('Olga Reyes'), await member('Pablo Cruz')];
    const t = await thread(author, 'Informe de la mesa de seguridad');
    expect((await api.client().put(`/api/threads/${t.id}/follow`, { following: true }, { token: olga.token })).status).toBe(200);
    await post(author, t.id, 'Nueva versión del informe');
    const now = nextDigestTime();
    const digests = api.app.get(NotificationDigests);
    expect((await digests.runDigests(now)).sent).toBeGreaterThanOrEqual(1);
    const isDigest = (m: ReceivedMail) => /^Su resumen de/.test(m.subject);
    await mailTo(olga, isDigest);
    // The node died after storing the mail and before its claim: the claim is missing, the mail is stored.
    const db = api.app.get<Connection>(getConnectionToken()).db!;
    expect((await db.collection('notification_digests').deleteMany({ userId: olga.user.id })).deletedCount).toBe(1);
    expect((await digests.runDigests(new Date(now.getTime() + 60_000))).sent).toBe(0);
    await settle();
    expect(mailsTo(olga).filter(isDigest)).toHaveLength(1);
    expect(await db.collection('notification_digests').countDocuments({ userId: olga.user.id })).toBe(1);
  });
});

describe('the daily digest in a zone the person chose', () => {
  it("goes out at 07:00 in the person's chosen zone, while the cohort's zone is still before its hour", async () => {
    const [lena, nora, author] = [await member('Lena Ortiz'), await member('Nora Vega'), await member('Mario Díaz')];
    const chosen = await api.client().patch<UserView>('/api/me', { timeZone: 'America/Santo_Domingo' }, { token: lena.token });
    expect(chosen.status).toBe(200);
    const t = await thread(author, 'Horario de la tutoría');
    for (const who of [lena, nora])
      expect((await api.client().put(`/api/threads/${t.id}/follow`, { following: true }, { token: who.token })).status).toBe(200);
    await post(author, t.id, 'Cambio de horario');
    const prefs = await api.client().get<MailPreferencesView>('/api/notifications/preferences', { token: lena.token });
    expect(prefs.body.digest.timeZone).toBe('America/Santo_Domingo');

    // 11:35 UTC: 07:35 in Santo Domingo (UTC-4), 05:35 in the cohort's Costa Rica (UTC-6).
    const now = nextDigestTime(11, 35);
    await api.app.get(NotificationDigests).runDigests(now);
    const isDigest = (m: ReceivedMail) => /^Su resumen de/.test(m.subject);
    expect((await mailTo(lena, isDigest)).text).toContain('Horario de la tutoría');
    await settle();
    expect(mailsTo(nora).filter(isDigest)).toEqual([]);
  });
});

describe('notifications stored as Spanish sentences (before kinds had parameters)', () => {
  it('are read back into kind and parameters at start-up; a sentence it cannot read stays, shown as written', async () => {
    const lola = await member('Lola Reyes', 'en');
    const db = api.app.get<Connection>(getConnectionToken()).db!;
    const legacy = (kind: string, text: string, link: string, key: string) => ({
      _id: new Types.ObjectId(),
      userId: lola.user.id,
      kind,
      text,
      link,
      key,
      createdAt: new Date(),
    });
    await db
      .collection('notifications')
      .insertMany([
        legacy('forum_reply', 'Un participante respondió en «Consultas anónimas»', '/forum/threads/t1#post-p1', 'post:legacy-1'),
        legacy('submission_accepted', 'Diagnóstico local: aceptada', '/activities/a1?cohort=c1', 'review:legacy-2'),
        legacy('mention', 'Mario Paz: ¿vio los datos, @Lola?', '/rooms/r1?message=m1', 'mention:legacy-3'),
        legacy('forum_reply', 'Un texto que ningún servicio escribió', '/forum/threads/t2', 'post:legacy-4'),
      ]);
    await db.collection('notification_migrations').deleteMany({});

    await api.app.get(LegacyNotifications).migrate();

    const byKey = new Map((await notifications(lola)).map((n) => [n.link, n]));
    expect(byKey.get('/forum/threads/t1#post-p1')).toMatchObject({ kind: 'forum_reply', params: { thread: 'Consultas anónimas' } });
    expect(byKey.get('/forum/threads/t1#post-p1')!.text).toBeUndefined();
    expect(byKey.get('/activities/a1?cohort=c1')!.params).toEqual({ activity: { es: 'Diagnóstico local' } });
    expect(byKey.get('/rooms/r1?message=m1')!.params).toEqual({ actor: 'Mario Paz', excerpt: '¿vio los datos, @Lola?' });
    expect(byKey.get('/forum/threads/t2')).toMatchObject({ params: {}, text: 'Un texto que ningún servicio escribió' });
    expect(await db.collection('notifications').countDocuments({ params: { $exists: false } })).toBe(0);
  });
});

describe('erasing a person', () => {
  it('deletes their notifications, mail choices and digest claims', async () => {
    const [admin, nina] = [await api.signUp('admin'), await member('Nina Castro')];
    await choose(nina, { replies: 'immediate' });
    await api.app
      .get(Notifications)
      .notify([nina.user.id], { kind: 'announcement', key: 'announcement:borrar', params: { thread: 'Aviso' } });
    const db = api.app.get<Connection>(getConnectionToken()).db!;
    const left = () =>
      Promise.all(
        ['notifications', 'notification_prefs', 'notification_digests'].map((c) =>
          db.collection(c).countDocuments({ userId: nina.user.id }),
        ),
      );
    expect((await left())[0]).toBe(1);
    expect((await api.client().request('DELETE', `/api/users/${nina.user.id}`, undefined, { token: admin.token })).status).toBe(204);
    expect(await left()).toEqual([0, 0, 0]);
  });
});
