import type { IncomingMessage } from 'node:http';

/** Whether the peer `hop` steps from the server (0 = the direct peer) is a proxy whose X-Forwarded-* count. */
export type TrustProxy = (address: string, hop: number) => boolean;

export function compileTrustProxy(setting: string): TrustProxy;

export function clientAddress(req: IncomingMessage, trust: TrustProxy): string;
