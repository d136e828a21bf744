import { compile } from 'proxy-addr';

/** Whether the peer `hop` steps from the server (0 = the direct peer) is a proxy whose X-Forwarded-* count. */
export type TrustProxy = (address: string, hop: number) => boolean;

const NOTHING = new Set(['', 'false', 'none']);

/**
 * Compiles TRUST_PROXY the way Express compiles its `trust proxy` setting: comma-separated addresses,
 * CIDR ranges or the names `loopback`, `linklocal` and `uniquelocal` (proxy-addr, which Express uses),
 * or a whole number of proxy hops in front of the API; `false` or `none` trusts no proxy. The one function
 * is given to Express (`req.ip`) and to the origin check (X-Forwarded-Host), so both agree on who may
 * speak for the client. Throws on a bad entry.
 */
export function compileTrustProxy(setting: string): TrustProxy {
  const value = setting.trim().toLowerCase();
  if (NOTHING.has(value)) return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return compile(value.split(',').map((entry) => entry.trim()));
}
