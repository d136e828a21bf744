// Production entry of the web app: `node apps/web/server.js`.
// Serves the SvelteKit build (adapter-node handler) and reverse-proxies /api and /socket.io (with the websocket
// upgrade) to the API, so pages, REST and realtime share one origin and the refresh cookie stays first-party.
//
// Environment:
//   PORT (8080), HOST (0.0.0.0), API_ORIGIN (http://127.0.0.1:3000), SHUTDOWN_TIMEOUT seconds (10)
//   TRUST_PROXY (loopback): the API's setting, read by the same code: which peers are proxies whose
//     X-Forwarded-For/-Proto/-Host count. This server decides the person's address and scheme by it, hands
//     them to the pages (adapter-node) and sends them to the API as the only X-Forwarded-* it believes.
//   ORIGIN, PROTOCOL_HEADER, BODY_SIZE_LIMIT: as documented by @sveltejs/adapter-node (its ADDRESS_HEADER and
//     XFF_DEPTH are replaced by TRUST_PROXY)
import http from 'node:http';
import process from 'node:process';
import { createProxyServer } from 'http-proxy-3';
import { clientAddress, compileTrustProxy } from '../../libs/platform/src/http/trust-proxy.mjs';

const PORT = Number(process.env.PORT ?? 8080);
const HOST = process.env.HOST ?? '0.0.0.0';
const API_ORIGIN = (process.env.API_ORIGIN ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const SHUTDOWN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT ?? 10) * 1000;

for (const replaced of ['TRUST_PROXY_HEADERS', 'ADDRESS_HEADER', 'XFF_DEPTH']) {
  if (process.env[replaced] !== undefined) {
    console.error(`[web] ${replaced} is replaced by TRUST_PROXY (the API's setting, e.g. TRUST_PROXY=uniquelocal); unset it`);
    process.exit(1);
  }
}
let isTrustedProxy;
try {
  isTrustedProxy = compileTrustProxy(process.env.TRUST_PROXY ?? 'loopback');
} catch (error) {
  console.error(`[web] TRUST_PROXY is not a list of addresses, ranges, names or a number of hops: ${error.message}`);
  process.exit(1);
}

// adapter-node reads the person's address (and, without ORIGIN or PROTOCOL_HEADER, the scheme) from headers
// this server sets, and overwrites, on every request from what TRUST_PROXY lets it believe.
const OWN_ADDRESS_HEADER = 'x-trainaction-client';
const OWN_PROTO_HEADER = 'x-trainaction-proto';
process.env.ADDRESS_HEADER = OWN_ADDRESS_HEADER;
const deriveProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (deriveProtocol) process.env.PROTOCOL_HEADER = OWN_PROTO_HEADER;

// Imported after the environment is settled: the handler reads it at load time. The API origin is for the
// SvelteKit server code too ($env/dynamic/private).
process.env.API_ORIGIN = API_ORIGIN;
const { handler } = await import('./build/handler.js');

const proxy = createProxyServer({
  target: API_ORIGIN,
  xfwd: false, // prepare() sets X-Forwarded-For/Proto/Host as this server vouches for them
  changeOrigin: false, // keep the original Host header
  ws: true,
  proxyTimeout: 60_000,
});

proxy.on('error', (error, req, res) => {
  if (res instanceof http.ServerResponse) {
    if (!res.headersSent) {
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'The service is temporarily unavailable; try again' } }));
    } else {
      res.destroy();
    }
  } else {
    // A websocket upgrade: the socket.io client retries by itself.
    res?.destroy?.();
  }
  if (error?.code !== 'ECONNRESET') console.warn(`[web] proxy ${req.method} ${req.url}: ${error?.code ?? error?.message}`);
});

const PROXIED = /^\/(api|socket\.io)(\/|\?|$)/;

const firstValue = (value) =>
  String(value ?? '')
    .split(',')[0]
    .trim();

/**
 * The person's address and scheme as TRUST_PROXY lets this server believe them, set before either handler
 * sees the request: X-Forwarded-* from a trusted peer are read (as the API reads them), from anyone else
 * ignored, and the API gets one X-Forwarded-For (the address decided here), the scheme and the public host.
 * The API trusts this server under the same setting, so both see the same person.
 */
function prepare(req) {
  const peerTrusted = isTrustedProxy(req.socket?.remoteAddress ?? '', 0);
  const forwardedProto = peerTrusted ? firstValue(req.headers['x-forwarded-proto']) : '';
  const proto = forwardedProto === 'https' || (!forwardedProto && req.socket?.encrypted) ? 'https' : 'http';
  const forwardedHost = peerTrusted ? firstValue(req.headers['x-forwarded-host']) : '';
  const address = clientAddress(req, isTrustedProxy);
  for (const name of Object.keys(req.headers)) {
    if (name.startsWith('x-forwarded-') || name === 'forwarded') delete req.headers[name];
  }
  req.headers['x-forwarded-for'] = address;
  req.headers['x-forwarded-proto'] = proto;
  req.headers['x-forwarded-host'] = forwardedHost || req.headers.host || '';
  req.headers[OWN_ADDRESS_HEADER] = address;
  if (deriveProtocol) req.headers[OWN_PROTO_HEADER] = proto;
}

const server = http.createServer((req, res) => {
  prepare(req);
  if (PROXIED.test(req.url ?? '')) {
    proxy.web(req, res);
    return;
  }
  handler(req, res, () => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
});

const upgraded = new Set();
server.on('upgrade', (req, socket, head) => {
  prepare(req);
  if (!/^\/socket\.io(\/|\?|$)/.test(req.url ?? '')) {
    socket.destroy();
    return;
  }
  upgraded.add(socket);
  socket.on('close', () => upgraded.delete(socket));
  socket.on('error', () => socket.destroy());
  proxy.ws(req, socket, head);
});

server.listen(PORT, HOST, () => {
  console.log(`[web] listening on http://${HOST}:${PORT}, API at ${API_ORIGIN}`);
});

let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`[web] ${signal}: closing`);
  const force = setTimeout(() => {
    console.warn('[web] shutdown timed out; exiting');
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS);
  force.unref();
  server.close(() => {
    proxy.close();
    process.exit(0);
  });
  server.closeIdleConnections();
  // Live sockets would hold the server open; their clients reconnect (to another node, if any).
  for (const socket of upgraded) socket.destroy();
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
