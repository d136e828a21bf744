// Plain JavaScript so that the web server (apps/web/server.js, run by Node without a build) and the API read
// TRUST_PROXY with the same code: one setting, one meaning, in front of both.
import proxyAddr from 'proxy-addr';

const NOTHING = new Set(['', 'false', 'none']);

/**
 * Compiles TRUST_PROXY the way Express compiles its `trust proxy` setting: comma-separated addresses,
 * CIDR ranges or the names `loopback`, `linklocal` and `uniquelocal` (proxy-addr, which Express uses),
 * or a whole number of proxy hops in front of the server; `false` or `none` trusts no proxy. The API gives
 * the one function to Express (`req.ip`) and to the origin check (X-Forwarded-Host); the web server uses it
 * to decide the person's address and scheme before it proxies or renders. Throws on a bad entry.
 */
export function compileTrustProxy(setting) {
  const value = setting.trim().toLowerCase();
  if (NOTHING.has(value)) return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyAddr.compile(value.split(',').map((entry) => entry.trim()));
}

/**
 * The client's address as Express's `req.ip` decides it: X-Forwarded-For read from the right for as long
 * as each hop is trusted; the direct peer when it is not a trusted proxy.
 */
export function clientAddress(req, trust) {
  return proxyAddr(req, trust);
}
