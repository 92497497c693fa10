import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { checkedAddresses, type OutboundOptions, OutboundRefused, outboundGet } from './outbound.ts';

// Outgoing requests against a small server on 127.0.0.1: refused by default before anything is sent, let through
// when allowed, redirects followed hop by hop with each hop checked, and the connection made to the address that
// was checked (the host name is resolved once, by the check).

describe('outboundGet', () => {
  let server: Server;
  let base: string;
  let port: number;
  /** What the server was asked: path and Host header. */
  const asked: { path: string; host: string }[] = [];
  let routes: Record<string, (res: import('node:http').ServerResponse) => void> = {};

  before(async () => {
    server = createServer((req, res) => {
      asked.push({ path: req.url ?? '', host: req.headers.host ?? '' });
      const route = routes[req.url ?? ''];
      if (route) return route(res);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('\uFEFF{"ok":true}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  after(
    () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  );
  beforeEach(() => {
    asked.length = 0;
    routes = {};
  });

  const DEFAULT: OutboundOptions = { allowPrivateAddresses: false };
  const OWN: OutboundOptions = { allowPrivateAddresses: false, allowAddresses: ['127.0.0.1'] };
  const redirect = (to: string) => (res: import('node:http').ServerResponse) => {
    res.writeHead(302, { location: to });
    res.end();
  };

  async function refusal(url: string, o: OutboundOptions): Promise<OutboundRefused> {
    try {
      await outboundGet(url, o);
    } catch (err) {
      assert.ok(err instanceof OutboundRefused, `expected a refusal for ${url}, got ${String(err)}`);
      return err;
    }
    assert.fail(`${url} was fetched`);
  }

  test('by default an address of this machine is refused before anything is sent; allowed, it is fetched', async () => {
    for (const url of [`${base}/`, `http://localhost:${port}/`, `http://[::1]:${port}/`, `http://0.0.0.0:${port}/`]) {
      assert.equal((await refusal(url, DEFAULT)).reason, 'address', url);
    }
    assert.deepEqual(asked, []);
    const res = await outboundGet(`${base}/`, { allowPrivateAddresses: true });
    assert.equal(res.status, 200);
    // As `Response.text()` reads it: the byte order mark is dropped.
    assert.deepEqual(JSON.parse(res.body), { ok: true });
    assert.equal((await outboundGet(`${base}/`, OWN)).status, 200);
  });

  test('only http and https are fetched', async () => {
    for (const url of ['ftp://example.org/x', 'file:///etc/passwd', 'gopher://127.0.0.1:5432/', 'javascript:1', 'x']) {
      assert.equal((await refusal(url, { allowPrivateAddresses: true })).reason, 'scheme', url);
    }
  });

  test('a host name is resolved once and the connection goes to that checked address (no second lookup)', async () => {
    const answers = [[{ address: '127.0.0.1', family: 4 }]];
    const looked: string[] = [];
    // A rebinding resolver: the first answer is the checked one, any later one would lead elsewhere.
    const resolve = async (host: string) => {
      looked.push(host);
      return answers.shift() ?? [{ address: '10.9.8.7', family: 4 }];
    };
    const res = await outboundGet(`http://ratsinfo.rebind.test:${port}/x`, { ...OWN, resolve });
    assert.equal(res.status, 200);
    assert.deepEqual(looked, ['ratsinfo.rebind.test']);
    // The server is asked under the name (Host header, and TLS would check the certificate for it).
    assert.deepEqual(asked, [{ path: '/x', host: `ratsinfo.rebind.test:${port}` }]);
    // The next request resolves again and is refused: 10.9.8.7 is not let through.
    const again = await refusal(`http://ratsinfo.rebind.test:${port}/x`, { ...OWN, resolve });
    assert.deepEqual([again.reason, again.detail], ['address', '10.9.8.7']);
  });

  test('a name with one private address among public ones is refused', async () => {
    const resolve = async () => [
      { address: '2a00:1450:4001:82a::200e', family: 6 },
      { address: 'fd00::5', family: 6 },
    ];
    assert.equal((await refusal('https://ratsinfo.example.test/', { ...DEFAULT, resolve })).reason, 'address');
  });

  test('redirects are followed hop by hop, each checked; their number is bounded', async () => {
    routes['/a'] = redirect('/b');
    routes['/b'] = redirect(`${base}/c`);
    const res = await outboundGet(`${base}/a`, OWN);
    assert.deepEqual([res.status, res.url], [200, `${base}/c`]);
    assert.deepEqual(
      asked.map((a) => a.path),
      ['/a', '/b', '/c'],
    );

    asked.length = 0;
    routes['/a'] = redirect('http://169.254.169.254/latest/meta-data/');
    assert.equal((await refusal(`${base}/a`, OWN)).reason, 'address');
    routes['/a'] = redirect(`http://[::1]:${port}/c`);
    assert.equal((await refusal(`${base}/a`, OWN)).reason, 'address');
    routes['/a'] = redirect(`http://127.0.0.2:${port}/c`);
    assert.equal((await refusal(`${base}/a`, OWN)).reason, 'address');
    routes['/a'] = redirect('file:///etc/passwd');
    assert.equal((await refusal(`${base}/a`, OWN)).reason, 'scheme');
    assert.deepEqual(
      asked.map((a) => a.path),
      ['/a', '/a', '/a', '/a'],
    );

    routes['/loop'] = redirect('/loop');
    asked.length = 0;
    assert.equal((await refusal(`${base}/loop`, { ...OWN, maxRedirects: 3 })).reason, 'redirects');
    assert.equal(asked.length, 4);
  });

  test('a body larger than allowed is refused', async () => {
    routes['/big'] = (res) => {
      res.writeHead(200);
      res.end('x'.repeat(10_000));
    };
    assert.equal((await refusal(`${base}/big`, { ...OWN, maxBytes: 1000 })).reason, 'tooLarge');
    assert.equal((await outboundGet(`${base}/big`, { ...OWN, maxBytes: 10_000 })).body.length, 10_000);
  });

  test('an abort ends the request', async () => {
    routes['/slow'] = (res) => {
      setTimeout(() => res.end('late'), 2_000).unref();
    };
    const controller = new AbortController();
    const pending = outboundGet(`${base}/slow`, { ...OWN, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending, (err: Error) => err.name === 'AbortError');
  });

  test('checkedAddresses: IP literals are taken as they are, brackets removed, no resolver asked', async () => {
    const resolve = async () => assert.fail('no lookup for an IP literal');
    const v6 = await checkedAddresses(new URL('http://[2a00:1450:4001:82a::200e]/'), { ...DEFAULT, resolve });
    assert.deepEqual(v6, [{ address: '2a00:1450:4001:82a::200e', family: 6 }]);
    const v4 = await checkedAddresses(new URL('http://8.8.8.8/'), { ...DEFAULT, resolve });
    assert.deepEqual(v4, [{ address: '8.8.8.8', family: 4 }]);
  });
});
