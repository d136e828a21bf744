import { randomUUID } from 'node:crypto';
import type { AuditEntryView, AuthResult, CohortView, MemberView, MessageView, Page, RoomView } from '@trainaction/contracts';
import { callOk, connectSocket, startSmtpServer, type ReceivedMail, type TestSmtpServer } from '@trainaction/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './api-harness';
import { anAcademy, importRoster, tokenIn, type Academy } from './onboarding-fixtures';

/**
 * Invitations over HTTP and socket.io, with mail read from a real SMTP server (issue 20): a roster import or
 * an enrolment by e-mail invites new people; the link chooses a password once, signs in and verifies.
 */

const ORIGIN = 'https://academia.example.org';
const PASSWORD = 'mi-contraseña-elegida-2026';
/** A link that lives 4 seconds, for the API that tests expiry. */
const SHORT_TTL_HOURS = String(4 / 3600);

let smtp: TestSmtpServer;
let api: RunningApi;
let academy: Academy;

beforeAll(async () => {
  smtp = await startSmtpServer();
  api = await startApi('invitations', { SMTP_URL: smtp.url, PUBLIC_ORIGIN: ORIGIN });
  academy = await anAcademy(api, 'invitaciones');
}, 60_000);

afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

const unique = (name: string) => `${name}.${randomUUID().slice(0, 8)}@example.org`;

function invitationTo(email: string, after = 0): Promise<ReceivedMail> {
  return smtp.waitFor(
    (m) => m.to === email.toLowerCase() && m.text.includes(`${ORIGIN}/invitation?token=`) && smtp.received.indexOf(m) >= after,
  );
}

function accept(on: RunningApi, token: string, password = PASSWORD) {
  return on.client().post('/api/auth/invitation/accept', { token, password });
}

async function membersAs(token: string, cohortId = academy.cohort.id): Promise<MemberView[]> {
  return (await api.client().get<Page<MemberView>>(`/api/cohorts/${cohortId}/members`, { token })).body.items;
}

/** The cohort's audit log, newest first. */
async function auditOf(on: RunningApi, where: Academy): Promise<AuditEntryView[]> {
  return (await on.client().get<AuditEntryView[]>(`/api/cohorts/${where.cohort.id}/audit`, { token: where.coordinator.token })).body;
}

async function inviteByEmail(on: RunningApi, where: Academy, email: string): Promise<MemberView> {
  const res = await on
    .client()
    .post<MemberView>(
      `/api/cohorts/${where.cohort.id}/invitations`,
      { email, displayName: 'Inés Invitada', country: 'GT', sector: 'academia', locale: 'en' },
      { token: where.coordinator.token },
    );
  expect(res.status).toBe(201);
  return res.body;
}

describe('a roster import', () => {
  it('invites each new person (cohort, course, who invited, a link) and tells people with an account without a link', async () => {
    const fresh = unique('nueva');
    const existing = await api.signUp('learner', { locale: 'en' });
    const job = await importRoster(
      api,
      academy,
      `email,name,country,gender,sector\n${fresh},Nadia Nueva,HN,woman,academia\n${existing.input.email},Eva Existente,HN,woman,research`,
    );
    expect(job.counts).toMatchObject({ created_and_enrolled: 1, enrolled: 1 });

    const invitation = await invitationTo(fresh);
    expect(invitation.subject).toBe('Invitación a Cohorte invitaciones en TrainAction');
    expect(invitation.text).toContain(
      'Carla Coordinadora le inscribió en la cohorte «Cohorte invitaciones» del curso «Seguridad ciudadana»',
    );
    expect(invitation.text).toContain('El enlace vale durante 7 días y sirve una sola vez.');
    expect(invitation.html).toContain('<html lang="es">');
    const notice = await smtp.waitFor((m) => m.to === existing.input.email.toLowerCase() && m.subject.startsWith('You were enrolled'));
    expect(notice.subject).toBe('You were enrolled in Cohorte invitaciones at TrainAction');
    expect(notice.text).toContain('“Citizen security”');
    expect(notice.text).toContain(`${ORIGIN}/cohorts/${academy.cohort.id}`);
    expect(notice.text).not.toContain('token=');

    const members = await membersAs(academy.coordinator.token);
    expect(members.find((m) => m.email === fresh)).toMatchObject({ displayName: 'Nadia Nueva', invitationPending: true });
    expect(members.find((m) => m.userId === existing.user.id)?.invitationPending).toBeUndefined();
    // Peers see the member, not the pending invitation (nor the address).
    expect((await membersAs(existing.token)).find((m) => m.displayName === 'Nadia Nueva')).toEqual(
      expect.not.objectContaining({ invitationPending: expect.anything() }),
    );

    const invited = members.find((m) => m.email === fresh)!.userId;
    expect((await auditOf(api, academy)).filter((e) => e.targetId === invited)).toEqual([
      expect.objectContaining({ action: 'invitation.send', actor: expect.objectContaining({ id: academy.coordinator.user.id }) }),
    ]);
  });
});

describe('accepting an invitation', () => {
  it('sets the password, signs in with the cohort, verifies the address, and fails a second time', async () => {
    const email = unique('acepta');
    await importRoster(api, academy, `email,name,country,gender,sector\n${email},Ana Acepta,HN,woman,academia`);
    const token = tokenIn(await invitationTo(email), ORIGIN, '/invitation');
    const check = () => api.client().post('/api/auth/invitation/check', { token });
    expect((await check()).body).toEqual({ status: 'usable', cohortName: 'Cohorte invitaciones' });

    const accepted = await accept(api, token);
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({ email, emailVerified: true });
    expect(accepted.headers.getSetCookie().some((c) => c.startsWith('ta_refresh='))).toBe(true);
    const signedIn = await api.client().post<AuthResult>('/api/auth/login', { email, password: PASSWORD });
    expect(signedIn.status).toBe(200);
    const mine = (await api.client().get<Page<CohortView>>('/api/cohorts', { token: signedIn.body.accessToken })).body.items;
    expect(mine.map((c) => c.id)).toEqual([academy.cohort.id]);

    // Verified by accepting: may post in the cohort's room at once.
    const [room] = (await api.client().get<RoomView[]>(`/api/cohorts/${academy.cohort.id}/rooms`, { token: signedIn.body.accessToken }))
      .body;
    const socket = await connectSocket(api.url, signedIn.body.accessToken);
    const sent = await callOk<{ message: MessageView }>(socket, 'message:send', {
      roomId: room.id,
      clientMsgId: randomUUID(),
      body: 'Hola',
    });
    expect(sent.message.body).toBe('Hola');
    socket.disconnect();

    const again = await accept(api, token, 'otra-contraseña-distinta');
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ error: { code: 'LINK_USED' } });
    expect((await check()).body.error.code).toBe('LINK_USED');
    expect((await api.client().post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
    expect((await membersAs(academy.coordinator.token)).find((m) => m.email === email)?.invitationPending).toBeUndefined();
  });

  it('lets one of two uses at once succeed, and refuses altered tokens and other links’ tokens', async () => {
    const email = unique('doble');
    await inviteByEmail(api, academy, email);
    const token = tokenIn(await invitationTo(email), ORIGIN, '/invitation');
    const [id, secret] = token.split('.');

    expect((await accept(api, `${id}.${secret.slice(0, -2)}xx`)).body.error.code).toBe('LINK_INVALID');
    expect((await accept(api, 'no-es-un-enlace')).status).toBe(400);
    const weak = await accept(api, token, 'corta');
    expect(weak.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ path: 'password' })] });

    const results = await Promise.all([accept(api, token, 'primera-contraseña-larga'), accept(api, token, 'segunda-contraseña-larga')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 410]);
  });
});

describe('sending an invitation again', () => {
  it('mails a new link in the person’s language and makes the earlier one useless; 409 once accepted', async () => {
    const email = unique('reenvio');
    const member = await inviteByEmail(api, academy, email);
    expect(member).toMatchObject({ invitationPending: true, role: 'learner' });
    const first = await invitationTo(email);
    expect(first.subject).toBe('Invitation to Cohorte invitaciones at TrainAction');
    expect(first.text).toContain('The link works for 7 days and only once.');

    const after = smtp.received.length;
    const resend = () =>
      api
        .client()
        .post(`/api/cohorts/${academy.cohort.id}/members/${member.userId}/invitation`, undefined, { token: academy.coordinator.token });
    const resent = await resend();
    expect(resent.status).toBe(202);
    expect(resent.body).toEqual({ status: 'sent' });
    const second = await invitationTo(email, after);

    const replaced = await accept(api, tokenIn(first, ORIGIN, '/invitation'));
    expect(replaced.status).toBe(410);
    expect(replaced.body.error.code).toBe('LINK_REPLACED');
    expect((await accept(api, tokenIn(second, ORIGIN, '/invitation'))).status).toBe(200);
    expect((await resend()).status).toBe(409);

    const audit = await auditOf(api, academy);
    expect(audit.filter((e) => e.targetId === member.userId).map((e) => e.action)).toEqual([
      'invitation.accept',
      'invitation.resend',
      'invitation.send',
    ]);
  });

  it('is for coordinators only', async () => {
    const learner = await api.signUp('learner');
    const res = await api
      .client()
      .post(`/api/cohorts/${academy.cohort.id}/members/${learner.user.id}/invitation`, undefined, { token: learner.token });
    expect(res.status).toBe(403);
  });
});

describe('an expired invitation', () => {
  it('answers LINK_EXPIRED, and its page may ask once for a new one, mailed to the account’s address', async () => {
    const shortApi = await startApi('invitations-expiry', {
      SMTP_URL: smtp.url,
      PUBLIC_ORIGIN: ORIGIN,
      INVITATION_TTL_HOURS: SHORT_TTL_HOURS,
    });
    try {
      const where = await anAcademy(shortApi, 'caduca');
      const email = unique('caduca');
      await inviteByEmail(shortApi, where, email);
      const old = tokenIn(await invitationTo(email), ORIGIN, '/invitation');
      await new Promise((resolve) => setTimeout(resolve, 4200));

      expect((await shortApi.client().post('/api/auth/invitation/check', { token: old })).body.error.code).toBe('LINK_EXPIRED');
      const expired = await accept(shortApi, old);
      expect(expired.status).toBe(410);
      expect(expired.body.error.code).toBe('LINK_EXPIRED');

      const after = smtp.received.length;
      const renew = (token: string) => shortApi.client().post('/api/auth/invitation/renew', { token });
      expect((await renew(old)).body).toEqual({ status: 'accepted' });
      const renewed = tokenIn(await invitationTo(email, after), ORIGIN, '/invitation');
      expect((await accept(shortApi, renewed)).status).toBe(200);

      // Once renewed (and once accepted), the old link asks for nothing more; a made-up token neither.
      expect((await renew(old)).status).toBe(202);
      expect((await renew('65f0c0ffee0123456789abcd.inventado')).status).toBe(202);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(smtp.received.filter((m) => m.to === email && m.text.includes('/invitation?token='))).toHaveLength(2);
      expect((await auditOf(shortApi, where)).map((e) => e.action)).toEqual(['invitation.accept', 'invitation.renew', 'invitation.send']);
    } finally {
      await shortApi.close();
    }
  }, 60_000);
});
