import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { connectSocket } from '@trainaction/testing';
import { Types } from 'mongoose';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './api-harness';

/** Issue 25: GET /api/metrics, Prometheus text for a scraper holding METRICS_TOKEN and nobody else. */
const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789';
let api: RunningApi;
let socket: Socket | undefined;

beforeAll(async () => {
  api = await startApi('metrics', { METRICS_TOKEN });
});
afterAll(async () => {
  socket?.disconnect();
  await api?.close();
});

const scrape = (authorization?: string) =>
  fetch(`${api.url}/api/metrics`, { headers: authorization ? { authorization } : {} }).then(async (r) => ({
    status: r.status,
    type: r.headers.get('content-type'),
    text: await r.text(),
  }));

/** The value of one sample line (`name{labels} value`), or undefined. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}${labels ? `{${labels}` : ''}`) && (labels || /[ {]/.test(l[name.length])));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('GET /api/metrics', () => {
  it("refuses a scrape without the token, with a wrong one and with a person's access token", async () => {
    const person = await api.signUp();
    for (const authorization of [undefined, 'Bearer wrong-token-of-enough-length', `Bearer ${person.token}`]) {
      const answer = await scrape(authorization);
      expect(answer.status).toBe(401);
      expect(answer.text).not.toContain('trainaction_');
    }
  });

  it('reports HTTP by route pattern, sockets and their events, message sends, queues, database commands and event-loop lag', async () => {
    const person = await api.signUp();
    expect((await api.client().get(`/api/rooms/${new Types.ObjectId().toHexString()}/messages`, { token: person.token })).status).toBe(404);
    socket = await connectSocket(api.url, person.token);
    const reply = await socket
      .timeout(5000)
      .emitWithAck('message:send', { roomId: new Types.ObjectId().toHexString(), clientMsgId: randomUUID(), body: 'hola' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    socket.emit('no:such-event' as never);
    await new Promise((r) => setTimeout(r, 100));

    const { status, type, text } = await scrape(`Bearer ${METRICS_TOKEN}`);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    // The route's pattern, never the id in the path.
    expect(
      sample(text, 'trainaction_http_request_duration_seconds_count', 'method="GET",route="/api/rooms/:id/messages",status="404"'),
    ).toBe(1);
    expect(text).not.toMatch(/route="\/api\/rooms\/[0-9a-f]{24}/);
    expect(sample(text, 'trainaction_sockets_connected')).toBe(1);
    expect(sample(text, 'trainaction_socket_connections_total')).toBe(1);
    expect(sample(text, 'trainaction_socket_events_total', 'event="message:send"')).toBe(1);
    expect(sample(text, 'trainaction_socket_events_total', 'event="unknown"')).toBe(1);
    expect(sample(text, 'trainaction_message_send_duration_seconds_count', 'outcome="NOT_FOUND"')).toBe(1);
    expect(sample(text, 'trainaction_mail_outbox_queued')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'trainaction_import_jobs_running')).toBe(0);
    expect(sample(text, 'trainaction_jobs_open')).toBe(0);
    expect(sample(text, 'trainaction_db_command_duration_seconds_count', 'command="find",outcome="ok"')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThan(0);
  });

  it('plots in docker/grafana-dashboard.json only families this API exports', async () => {
    const dashboard = JSON.parse(readFileSync(resolve(__dirname, '../../../docker/grafana-dashboard.json'), 'utf8'));
    const expressions: string[] = dashboard.panels.flatMap((p: { targets: { expr: string }[] }) => p.targets.map((t) => t.expr));
    const families = new Set(expressions.flatMap((e) => e.match(/\b(?:trainaction|nodejs|process)_[a-z0-9_]+/g) ?? []));
    const { text } = await scrape(`Bearer ${METRICS_TOKEN}`);
    const exported = new Set(
      text
        .split('\n')
        .flatMap((line) => /^# TYPE (\S+) (\S+)/.exec(line) ?? [])
        .filter((_, i) => i % 3 === 1),
    );
    const missing = [...families].filter((name) => !exported.has(name) && !exported.has(name.replace(/_(bucket|count|sum)$/, '')));
    expect(families.size).toBeGreaterThan(8);
    expect(missing).toEqual([]);
  });
});
