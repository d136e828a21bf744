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
//   LOG_LEVEL (info): pino's level. One JSON line per request (`request completed`, as the API's), with the
//     request's id: kept from a trusted proxy's X-Request-Id, else new; sent to the API (which logs it too) and
//     to the pages (src/hooks.server.ts), and answered in X-Request-Id.
import http from 'node:http';
import process from 'node:process';
import { createProxyServer } from 'http-proxy-3';
import pino from 'pino';
import { REQUEST_ID_HEADER, requestIdFrom } from '../../libs/platform/src/http/request-ids.mjs';
import { clientAddress, compileTrustProxy } from '../../libs/platform/src/http/trust-proxy.mjs';

const PORT = Number(process.env.PORT ?? 8080);
const HOST = process.env.HOST ?? '0.0.0.0';
const API_ORIGIN = (process.env.API_ORIGIN ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const SHUTDOWN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT ?? 10) * 1000;
const log = pino({ name: 'web', level: process.env.LOG_LEVEL ?? 'info' });

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
  if (error?.code !== 'ECONNRESET')
    log.warn(
      { req: { id: req.headers[REQUEST_ID_HEADER], method: req.method, url: path(req) }, err: error?.code ?? error?.message },
      'proxy failed',
    );
});

const PROXIED = /^\/(api|socket\.io)(\/|\?|$)/;

const firstValue = (value) =>
  String(value ?? '')
    .split(',')[0]
    .trim();

/** The path without its query (which may carry a token), as the API logs it. */
const path = (req) => (req.url ?? '').split('?')[0];

/**
 * The person's address and scheme as TRUST_PROXY lets this server believe them, set before either handler
 * sees the request: X-Forwarded-* from a trusted peer are read (as the API reads them), from anyone else
 * ignored, and the API gets one X-Forwarded-For (the address decided here), the scheme and the public host.
 * The API trusts this server under the same setting, so both see the same person. Answers the request's id.
 */
function prepare(req) {
  const peerTrusted = isTrustedProxy(req.socket?.remoteAddress ?? '', 0);
  const id = requestIdFrom(peerTrusted ? req.headers[REQUEST_ID_HEADER] : undefined);
  req.headers[REQUEST_ID_HEADER] = id;
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
  return id;
}

/** One line per request once answered (or abandoned), like the API's pino-http lines; health checks are not logged. */
function logWhenDone(req, res, id) {
  const started = performance.now();
  res.once('close', () => {
    if (req.url === '/api/health') return;
    const line = {
      req: { id, method: req.method, url: path(req) },
      res: { statusCode: res.statusCode },
      responseTime: Math.round(performance.now() - started),
    };
    if (!res.writableFinished) log.warn(line, 'request aborted');
    else if (res.statusCode >= 500) log.error(line, 'request failed');
    else log.info(line, 'request completed');
  });
}

const server = http.createServer((req, res) => {
  const id = prepare(req);
  res.setHeader(REQUEST_ID_HEADER, id);
  logWhenDone(req, res, id);
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
  const id = prepare(req);
  log.info({ req: { id, method: req.method, url: path(req) } }, 'websocket upgrade');
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
  log.info(`listening on http://${HOST}:${PORT}, API at ${API_ORIGIN}`);
});

let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: closing`);
  const force = setTimeout(() => {
    log.warn('shutdown timed out; exiting');
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
