// A minimal socket.io client over `ws` for the load generator: engine.io v4 / socket.io v5 frames over a
// websocket, no reconnection, no parsing of broadcast frames unless asked. socket.io-client costs several
// times more CPU per received frame, and the load generator shares two cores with the servers it measures.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const WebSocket = require('ws');

export class RawSocket {
  #ws;
  #acks = new Map();
  #nextAck = 0;
  /** Called with every broadcast frame's text (`42["event",…]`). */
  onEvent = () => {};
  onClose = () => {};

  /** Opens the websocket and completes the socket.io handshake (with `auth`); rejects on connect_error. */
  connect(url, auth) {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
      this.#ws = ws;
      ws.on('message', (data) => {
        const text = data.toString();
        const type = text.charCodeAt(0);
        if (type === 52 /* 4: message */) {
          const kind = text.charCodeAt(1);
          if (kind === 50 /* 2: event */) this.onEvent(text);
          else if (kind === 51 /* 3: ack */) {
            const bracket = text.indexOf('[');
            const id = Number(text.slice(2, bracket));
            const pending = this.#acks.get(id);
            this.#acks.delete(id);
            pending?.(JSON.parse(text.slice(bracket))[0]);
          } else if (kind === 48 /* 0: connected */) resolve(this);
          else if (kind === 52 /* 4: connect error */) reject(new Error(text.slice(2)));
        } else if (type === 50 /* 2: ping */) ws.send('3');
        else if (type === 48 /* 0: open */) ws.send(`40${auth ? JSON.stringify(auth) : ''}`);
      });
      ws.once('error', reject);
      ws.once('close', () => {
        reject(new Error('closed'));
        for (const pending of this.#acks.values()) pending({ ok: false, error: { code: 'CLOSED' } });
        this.#acks.clear();
        this.onClose();
      });
    });
  }

  /** Sends an event and resolves with the server's ack (the first ack argument). */
  emitWithAck(event, data) {
    return new Promise((resolve) => {
      const id = this.#nextAck++;
      this.#acks.set(id, resolve);
      this.#ws.send(`42${id}${JSON.stringify([event, data])}`);
    });
  }

  close() {
    return new Promise((resolve) => {
      if (this.#ws.readyState === WebSocket.CLOSED) return resolve();
      this.#ws.once('close', resolve);
      this.#ws.close();
    });
  }
}
