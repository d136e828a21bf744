import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATEWAY_METADATA } from '@nestjs/websockets/constants';
import { describe, expect, it } from 'vitest';

// RealtimeAdapter does not bind Nest's per-socket disconnect hooks (libs/platform/src/realtime/realtime.adapter.ts),
// so a gateway's handleDisconnect would never be called: disconnects show as the adapter's 'leave-room' event.
const libs = join(__dirname, '../../../libs');
const files = (readdirSync(libs, { recursive: true }) as string[]).filter(
  (f) => f.endsWith('.ts') && !f.includes('spec') && readFileSync(join(libs, f), 'utf8').includes('@WebSocketGateway('),
);

describe('socket gateways', () => {
  it('have no handleDisconnect', { timeout: 30_000 }, async () => {
    const exported = (await Promise.all(files.map((f) => import(join(libs, f)) as Promise<Record<string, unknown>>))).flatMap((m) =>
      Object.values(m),
    );
    const gateways = exported.filter(
      (value): value is { name: string; prototype: object } =>
        typeof value === 'function' && Reflect.getMetadata(GATEWAY_METADATA, value) === true,
    );
    expect(gateways.map((g) => g.name).sort()).toEqual([
      'ForumGateway',
      'ModerationGateway',
      'RealtimePublisher',
      'RoomsGateway',
      'SessionGateway',
      'SubmissionsGateway',
    ]);
    for (const gateway of gateways) expect(gateway.prototype, gateway.name).not.toHaveProperty('handleDisconnect');
  });
});
