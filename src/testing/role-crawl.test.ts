import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RouteEntry } from '../platform/http/route-table.ts';
import { crawlLinks, unreached, type Visit } from './role-crawl.ts';

// The crawl behind the role journeys must itself be able to fail: a broken link shows up with its status, and an
// allowed page that no link reaches is reported.

const site: Record<string, Visit> = {
  '/de/me': { status: 200, links: ['/de/a', '/de/a', '/en/me', '/api/v1/x', 'https://elsewhere.example/'] },
  '/de/a': { status: 200, links: ['/de/gone', '/de/feedback?page=1', '/de/feedback?page=2', '/de/feedback?page=3'] },
  '/de/gone': { status: 404, links: [] },
  '/de/feedback?page=1': { status: 200, links: ['/de/feedback?page=4'] },
  '/de/feedback?page=2': { status: 200, links: [] },
  '/de/feedback?page=3': { status: 200, links: [] },
};

test('the crawl follows links of the language once each, and reports a broken one with its status', async () => {
  const asked: string[] = [];
  const result = await crawlLinks(
    async (url) => {
      asked.push(url);
      return site[url] ?? { status: 599, links: [] };
    },
    '/de/me',
    { prefix: '/de/', maxPages: 50 },
  );
  assert.deepEqual(asked.slice(0, 3), ['/de/me', '/de/a', '/de/gone']);
  assert.ok(!asked.includes('/en/me') && !asked.some((u) => u.includes('/api/')), 'other languages, API: not followed');
  assert.ok(!asked.includes('/de/feedback?page=4'), 'at most three URLs per path');
  assert.deepEqual(
    result.visited.filter((v) => v.status !== 200),
    [{ url: '/de/gone', status: 404 }],
  );
});

test('an allowed page that no link reached is reported; a reached one (any parameters) is not', () => {
  const route = (url: string): RouteEntry => ({
    method: 'GET',
    url,
    access: { kind: 'signedIn' },
    params: true,
    participantsOnly: false,
  });
  const expected = [route('/:locale/me'), route('/:locale/m/:municipality/admin/audit')];
  const visited = [
    { url: '/de/me', status: 200 },
    { url: '/de/m/meppen/admin/audit', status: 403 },
  ];
  assert.deepEqual(
    unreached(expected, visited).map((r) => r.url),
    ['/:locale/m/:municipality/admin/audit'],
    'a refused page does not count as reached',
  );
  assert.deepEqual(unreached(expected, [...visited, { url: '/de/m/meppen/admin/audit?page=2', status: 200 }]), []);
});
