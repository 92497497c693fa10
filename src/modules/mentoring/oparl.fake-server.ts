import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A small OParl 1.1 server for tests (node:http on port 0) that behaves like real endpoints can: a `links.next`
// that drops the filter, a page repeated, microseconds refused, `[]` or 404 for an empty page, one object for a
// list, broken JSON and 500s, slow answers; and one that sends the client elsewhere (a redirect, a `links.next` to
// another host), for the checks of outgoing requests.

export interface FakeMeeting {
  id?: string;
  /** Path-free key; the id becomes `<base>/oparl/meeting/<key>`. */
  key: string;
  modified: string;
  [field: string]: unknown;
}

export interface Quirks {
  /** Meetings per page. */
  pageSize: number;
  /** `links.next` drops `modified_since`. */
  dropFilter: boolean;
  /** The last page links back to the page before it. */
  repeatPage: boolean;
  /** A `modified_since` with a fraction of a second is answered 400. */
  rejectFraction: boolean;
  /** An empty page: `404` or a bare `[]` instead of `{data: []}`. */
  empty: 'page' | '404' | 'bare';
  /** A page of exactly one meeting is answered with that object alone. */
  oneAsObject: boolean;
  /** Pages as bare arrays (no `data`, no `links`). */
  bareArrays: boolean;
  /** The next `n` requests (any path) answer 500, or broken JSON. */
  fail500: number;
  failJson: number;
  /** Every request waits this long before answering. */
  delayMs: number;
  /** The system answers 500 on every request. */
  down: boolean;
  /** Paths answered with a 302 to the given address (absolute, or relative to the server). */
  redirects: Record<string, string>;
  /** The first page of meetings names this as `links.next` (instead of the second page, if any). */
  firstNext: string | null;
}

export interface FakeOParl {
  base: string;
  meetings: FakeMeeting[];
  quirks: Quirks;
  /** The URLs asked (path and query). */
  requests: string[];
  close(): Promise<void>;
}

const TYPE = 'https://schema.oparl.org/1.1/';

export async function startFakeOParl(meetings: FakeMeeting[] = [], quirks: Partial<Quirks> = {}): Promise<FakeOParl> {
  const state: FakeOParl = {
    base: '',
    meetings,
    quirks: {
      pageSize: 2,
      dropFilter: false,
      repeatPage: false,
      rejectFraction: false,
      empty: 'page',
      oneAsObject: false,
      bareArrays: false,
      fail500: 0,
      failJson: 0,
      delayMs: 0,
      down: false,
      redirects: {},
      firstNext: null,
      ...quirks,
    },
    requests: [],
    close: async () => {},
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', state.base);
    state.requests.push(`${url.pathname}${url.search}`);
    const q = state.quirks;
    const send = (status: number, body: unknown) => {
      const answer = () => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(typeof body === 'string' ? body : JSON.stringify(body));
      };
      if (q.delayMs > 0) setTimeout(answer, q.delayMs);
      else answer();
    };
    if (q.down) return send(500, { error: 'down' });
    if (q.fail500 > 0) {
      q.fail500--;
      return send(500, { error: 'busy' });
    }
    if (q.failJson > 0) {
      q.failJson--;
      return send(200, '{"data": [');
    }
    const b = state.base;
    const to = q.redirects[url.pathname];
    if (to !== undefined) {
      res.writeHead(302, { location: to });
      res.end();
      return;
    }
    if (url.pathname === '/oparl/system')
      return send(200, { id: `${b}/oparl/system`, type: `${TYPE}System`, body: `${b}/oparl/bodies` });
    if (url.pathname === '/oparl/bodies')
      return send(200, {
        data: [{ id: `${b}/oparl/body/1`, type: `${TYPE}Body`, name: 'Stadt', meeting: `${b}/oparl/body/1/meetings` }],
        links: {},
      });
    if (url.pathname === '/oparl/location/rathaus')
      return send(200, {
        id: `${b}/oparl/location/rathaus`,
        type: `${TYPE}Location`,
        description: 'Rathaus, Friedenssaal',
        streetAddress: 'Markt 1',
        postalCode: '49074',
        locality: 'Osnabrück',
      });
    if (url.pathname === '/oparl/body/1/meetings') {
      const since = url.searchParams.get('modified_since');
      if (since && q.rejectFraction && /\.\d/.test(since)) return send(400, { error: 'bad date' });
      const selected = state.meetings
        .filter((m) => !since || new Date(m.modified) >= new Date(since))
        .map(({ key, ...m }) => ({ id: `${b}/oparl/meeting/${key}`, type: `${TYPE}Meeting`, ...m }));
      const page = Number(url.searchParams.get('page') ?? '1');
      const items = selected.slice((page - 1) * q.pageSize, page * q.pageSize);
      const pages = Math.max(1, Math.ceil(selected.length / q.pageSize));
      if (items.length === 0) {
        if (q.empty === '404') return send(404, { error: 'not found' });
        if (q.empty === 'bare') return send(200, []);
      }
      if (q.bareArrays) return send(200, items);
      if (q.oneAsObject && items.length === 1) return send(200, items[0]);
      const params = new URLSearchParams();
      if (since && !q.dropFilter) params.set('modified_since', since);
      let next: string | undefined;
      if (page === 1 && q.firstNext !== null) {
        next = q.firstNext;
      } else if (page < pages) {
        params.set('page', String(page + 1));
        next = `${b}/oparl/body/1/meetings?${params}`;
      } else if (q.repeatPage && page > 1) {
        params.set('page', String(page - 1));
        next = `${b}/oparl/body/1/meetings?${params}`;
      }
      return send(200, { data: items, pagination: { currentPage: page }, links: next ? { next } : {} });
    }
    return send(404, { error: 'not found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  state.base = `http://127.0.0.1:${port}`;
  state.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return state;
}
