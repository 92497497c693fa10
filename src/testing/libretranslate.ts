import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake service received (its JSON body). */
export interface TranslateRequest {
  q: string;
  source: string;
  target: string;
  format: string;
  api_key?: string;
}

/**
 * A small real HTTP server that speaks LibreTranslate's `POST /translate` (JSON in, `{ translatedText }` out):
 * the "translation" is the text with `[<target>]` put in front of its first text, so that tests can see which
 * language was asked for. `mode` switches it to answering too late or with an error, as a real service may.
 */
export async function fakeLibreTranslate(options: { apiKey?: string } = {}) {
  const requests: TranslateRequest[] = [];
  const state = { mode: 'ok' as 'ok' | 'slow' | 'error', delayMs: 3000 };
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => {
      raw += c.toString('utf8');
    });
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      let body: TranslateRequest;
      try {
        body = JSON.parse(raw) as TranslateRequest;
      } catch {
        return send(400, { error: 'Invalid request' });
      }
      if (req.method !== 'POST' || req.url !== '/translate') return send(404, { error: 'Not found' });
      requests.push(body);
      if (options.apiKey && body.api_key !== options.apiKey) return send(403, { error: 'Invalid API key' });
      if (state.mode === 'error') return send(500, { error: 'Cannot translate text' });
      const translatedText = body.q.replace(/^(<[^>]+>)?/, `$1[${body.target}] `);
      if (state.mode === 'slow') setTimeout(() => send(200, { translatedText }), state.delayMs).unref();
      else send(200, { translatedText });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
