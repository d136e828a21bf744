import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AuthResult, CohortView, CourseView, MessageView, Page, RoomView, UserView } from '@trainaction/contracts';
import { aRegistration, ApiClient, callOk, connectSocket, dropDatabase, testDatabaseUri } from '@trainaction/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopProcess } from '../../../scripts/lib/embedded-db.mjs';
import { freePort, waitForHttp } from '../../../scripts/lib/processes.mjs';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

let api: RunningApi;
let admin: SignedIn;
let coordinator: SignedIn;
let roomId: string;

async function member(): Promise<SignedIn> {
  const person = await api.signUp('learner');
  await api
    .client()
    .post(
      `/api/cohorts/${(await api.client().get<RoomView>(`/api/rooms/${roomId}`, { token: admin.token })).body.cohortId}/enrollments`,
      { userId: person.user.id },
      { token: coordinator.token },
    );
  return person;
}

beforeAll(async () => {
  api = await startApi('privacy');
  [admin, coordinator] = await Promise.all([api.signUp('admin'), api.signUp('coordinator')]);
  const course = (
    await api
      .client()
      .post<CourseView>(
        '/api/courses',
        { slug: 'privacidad', title: { es: 'C' }, summary: { es: 'R' }, status: 'published' },
        { token: coordinator.token },
      )
  ).body;
  const cohort = (
    await api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name: 'Cohorte privacidad',
        countries: ['HN'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2026-12-01T00:00:00Z',
        timezone: 'America/Tegucigalpa',
      },
      { token: coordinator.token },
    )
  ).body;
  roomId = (await api.client().get<RoomView[]>(`/api/cohorts/${cohort.id}/rooms`, { token: coordinator.token })).body[0].id;
});
afterAll(() => api?.close());

describe('accounts and personal data', () => {
  it('disables an account: sockets close at once, the access token stops working, sign-in is refused', async () => {
    const person = await member();
    const socket = await connectSocket(api.url, person.token);
    const revoked = new Promise<{ reason: string }>((resolve) => socket.once('session:revoked', resolve));
    const started = Date.now();
    expect((await api.client().patch(`/api/users/${person.user.id}/status`, { disabled: true }, { token: admin.token })).status).toBe(200);
    expect(await revoked).toEqual({ reason: 'account_disabled' });
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await api.client().get('/api/me', { token: person.token })).status).toBe(401);
    const login = await api.client().post('/api/auth/login', { email: person.input.email, password: person.input.password });
    expect(login.status).toBe(401);
    await expect(connectSocket(api.url, person.token)).rejects.toThrow('UNAUTHENTICATED');

    expect((await api.client().patch(`/api/users/${person.user.id}/status`, { disabled: false }, { token: admin.token })).status).toBe(200);
    expect((await api.client().post('/api/auth/login', { email: person.input.email, password: person.input.password })).status).toBe(200);
    expect((await api.client().patch(`/api/users/${person.user.id}/status`, { disabled: true }, { token: coordinator.token })).status).toBe(
      403,
    );
  });

  it('erases a person: personal data replaced, sessions ended, messages kept as a former participant', async () => {
    const person = await member();
    const socket = await connectSocket(api.url, person.token);
    await callOk(socket, 'room:join', { roomId });
    await callOk<{ message: MessageView }>(socket, 'message:send', { roomId, clientMsgId: randomUUID(), body: 'Mi aporte a la sesión' });
    expect((await api.client().request('DELETE', `/api/users/${person.user.id}`, undefined, { token: admin.token })).status).toBe(204);

    const erased = (await api.client().get<UserView>(`/api/users/${person.user.id}`, { token: admin.token })).body;
    expect(erased.email).toMatch(/^erased-.*@erased\.invalid$/);
    expect(erased).toMatchObject({ displayName: 'Antiguo participante', gender: 'undisclosed' });
    expect(erased.organization).toBeUndefined();
    const history = (await api.client().get<Page<MessageView>>(`/api/rooms/${roomId}/messages`, { token: coordinator.token })).body.items;
    expect(history.find((m) => m.author.id === person.user.id)).toMatchObject({
      body: 'Mi aporte a la sesión',
      author: { displayName: 'Antiguo participante' },
    });
    expect(JSON.stringify(history)).not.toContain(person.input.displayName);
    expect((await api.client().post('/api/auth/login', { email: person.input.email, password: person.input.password })).status).toBe(401);
    expect((await api.client().get('/api/me', { token: person.token })).status).toBe(401);
    const audit = (
      await api.client().get<{ action: string; targetId: string }[]>('/api/audit?action=account.erase', { token: admin.token })
    ).body;
    expect(audit.map((e) => e.targetId)).toEqual([person.user.id]);
  });
});

describe('logs', () => {
  let output = '';
  let stop: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    const mongodbUri = testDatabaseUri('logs');
    const dataDir = mkdtempSync(join(tmpdir(), 'trainaction-logs-'));
    const port = await freePort();
    const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
      cwd: resolve(__dirname, '../../..'),
      env: {
        ...process.env,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        MONGODB_URI: mongodbUri,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'debug',
        SEED_DEMO: 'false',
        ARGON2_MEMORY_KIB: '1024',
        ARGON2_TIME_COST: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    url = `http://127.0.0.1:${port}`;
    await waitForHttp(`${url}/api/ready`, { isAlive: () => child.exitCode === null });
    stop = async () => {
      await stopProcess(child);
      await dropDatabase(mongodbUri).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    };
  }, 60_000);
  afterAll(() => stop?.());

  it('contain no tokens, passwords or message bodies, even at debug level', async () => {
    const client = new ApiClient(url);
    const input = aRegistration({ password: 'contraseña-secreta-XYZ' });
    await client.post('/api/auth/register', input);
    const registered = (await client.post<AuthResult>('/api/auth/login', { email: input.email, password: input.password })).body;
    await client.post('/api/auth/refresh');
    await client.get('/api/me', { token: registered.accessToken });
    await client.post('/api/auth/register', { ...input, displayName: 'Texto privado del cuerpo 12345' });
    await new Promise((r) => setTimeout(r, 300));
    expect(output).toContain('"url":"/api/auth/login"'); // the requests were logged
    for (const secret of [
      input.password,
      registered.accessToken,
      registered.accessToken.split('.')[2],
      client.cookie('ta_refresh') ?? 'no-cookie',
      'Texto privado del cuerpo',
    ]) {
      expect(output).not.toContain(secret);
    }
  });
});
