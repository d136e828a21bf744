// Production entry of the web app: `node apps/web/server.js`.
// Serves the SvelteKit build (adapter-node handler) and reverse-proxies /api and /socket.io (with the websocket
// upgrade) to the API, so pages, REST and realtime share one origin and the refresh cookie stays first-party.
//
// Environment:
//   PORT (8080), HOST (0.0.0.0), API_ORIGIN (http://127.0.0.1:3000), SHUTDOWN_TIMEOUT seconds (10)
//   TRUST_PROXY_HEADERS=1 when another reverse proxy in front sets X-Forwarded-* (otherwise they are dropped)
//   ORIGIN, PROTOCOL_HEADER, ADDRESS_HEADER, XFF_DEPTH, BODY_SIZE_LIMIT: as documented by @sveltejs/adapter-node
import http from 'node:http';
import process from 'node:process';
import httpProxy from 'http-proxy';

const PORT = Number(process.env.PORT ?? 8080);
const HOST = process.env.HOST ?? '0.0.0.0';
const API_ORIGIN = (process.env.API_ORIGIN ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const SHUTDOWN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT ?? 10) * 1000;
const TRUST_PROXY_HEADERS = /^(1|true|yes)$/i.test(process.env.TRUST_PROXY_HEADERS ?? '');

// adapter-node assumes https unless told otherwise; without ORIGIN or PROTOCOL_HEADER we tell it the scheme of
// the connection itself through a header this server sets (and overwrites) on every request.
const OWN_PROTO_HEADER = 'x-trainaction-proto';
const deriveProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (deriveProtocol) process.env.PROTOCOL_HEADER = OWN_PROTO_HEADER;

// Imported after the environment is settled: the handler reads it at load time. The API origin is for the
// SvelteKit server code too ($env/dynamic/private).
process.env.API_ORIGIN = API_ORIGIN;
const { handler } = await import('./build/handler.js');

const proxy = httpProxy.createProxyServer({
  target: API_ORIGIN,
  xfwd: true, // X-Forwarded-For/Host/Proto/Port, so the API sees the person's address and the public host
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

/** The scheme and client headers as this server vouches for them, before either handler sees the request. */
function prepare(req) {
  const encrypted = Boolean(req.socket?.encrypted);
  const forwardedProto = TRUST_PROXY_HEADERS
    ? String(req.headers['x-forwarded-proto'] ?? '')
        .split(',')[0]
        .trim()
    : '';
  if (!TRUST_PROXY_HEADERS) {
    for (const name of Object.keys(req.headers)) {
      if (name.startsWith('x-forwarded-')) delete req.headers[name];
    }
  }
  if (deriveProtocol) req.headers[OWN_PROTO_HEADER] = forwardedProto === 'https' || encrypted ? 'https' : 'http';
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
