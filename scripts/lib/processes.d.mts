export function run(command: string, args: string[], options?: object): Promise<void>;
export function freePort(): Promise<number>;
export function reservePort(): Promise<{ port: number; release(): Promise<void> }>;
export function waitForHttp(url: string, options?: { timeoutMs?: number; isAlive?: () => boolean }): Promise<void>;
