import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentOf } from './staff-nav.tsx';

test('currentOf marks the entry whose URL is the longest prefix of the path, exact or below', () => {
  const hrefs = ['/de/m/meppen/admin', '/de/m/meppen/admin/quartiere', '/de/m/meppen/admin/people'];
  assert.deepEqual(currentOf(hrefs, '/de/m/meppen/admin'), { index: 0, exact: true });
  assert.deepEqual(currentOf(hrefs, '/de/m/meppen/admin/quartiere'), { index: 1, exact: true });
  assert.deepEqual(currentOf(hrefs, '/de/m/meppen/admin/quartiere/1/edit'), { index: 1, exact: false });
  assert.deepEqual(currentOf(hrefs, '/de/m/meppen/admin/outbox'), { index: 0, exact: false });
  assert.equal(currentOf(hrefs, '/de/m/meppen/admin-x'), null, 'a segment, not a string prefix');
  assert.equal(currentOf(hrefs, '/de/me'), null);
});
