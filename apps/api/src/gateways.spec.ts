import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// RealtimeAdapter does not bind Nest's per-socket disconnect hooks (libs/platform/src/realtime/realtime.adapter.ts),
// so a gateway's handleDisconnect would never be called: disconnects show as the adapter's 'leave-room' event.
const libs = join(__dirname, '../../../libs');
const files = readdirSync(libs).flatMap((lib) => readdirSync(join(libs, lib, 'src')).filter((f) => f.endsWith('.gateway.ts')).map((f) => join(libs, lib, 'src', f)));

describe('socket gateways', () => {
  it('have no handleDisconnect', async () => {
    const gateways = (await Promise.all(files.map((f) => import(f) as Promise<Record<string, unknown>>))).flatMap((exports) =>
      Object.values(exports).filter((value): value is { name: string; prototype: object } => typeof value === 'function' && value.name.endsWith('Gateway')),
    );
    expect(gateways.map((g) => g.name).sort()).toEqual(['DiscussionsGateway', 'ForumGateway', 'ModerationGateway', 'SessionGateway', 'SubmissionsGateway']);
    for (const gateway of gateways) expect(gateway.prototype, gateway.name).not.toHaveProperty('handleDisconnect');
  });
});
