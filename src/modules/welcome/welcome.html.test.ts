import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentHash, segmentsOf } from './guide.segments.ts';
import { cleanHtml, htmlToText } from './welcome.html.ts';

test('script, event handlers, javascript: links and style attributes do not survive cleaning', () => {
  const dirty = [
    '<h2 onclick="alert(1)" style="color:red">Anmeldung</h2>',
    '<script>alert(1)</script><p>Text<img src=x onerror="alert(2)"></p>',
    '<a href="javascript:alert(3)">böse</a> <a href="https://meppen.de" onmouseover="x()">gut</a>',
    '<iframe src="https://example.org"></iframe><style>p{}</style>',
    '<a href="data:text/html,<script>alert(4)</script>">d</a>',
  ].join('');
  const clean = cleanHtml(dirty);
  assert.doesNotMatch(clean, /script|onerror|onclick|onmouseover|style|javascript:|iframe|data:|<img/i);
  assert.match(clean, /<h2>Anmeldung<\/h2>/);
  assert.match(clean, /<a href="https:\/\/meppen.de">gut<\/a>/);
  assert.equal(cleanHtml(clean), clean, 'cleaning is idempotent');
});

test('a German term keeps its language and direction inside a translated sentence', () => {
  const html = '<p>تحتاج إلى <span lang="de" dir="ltr" translate="no">Wohnberechtigungsschein</span>.</p>';
  assert.equal(cleanHtml(html), html);
});

test('the plain text has one block a line and decoded entities', () => {
  assert.equal(
    htmlToText('<h2>A &amp; B</h2><ul><li>eins</li><li>zwei</li></ul><p>drei<br>vier</p>'),
    'A & B\neins\nzwei\ndrei\nvier',
  );
});

test('the content hash changes with the words, not with markup or whitespace that shows the same text', () => {
  const a = contentHash('WBS', '<p>Den Antrag stellen Sie im Rathaus.</p>');
  assert.equal(a, contentHash('WBS', '<p>Den Antrag stellen Sie   im Rathaus.</p>\n'));
  assert.equal(a, contentHash('WBS', '<p><strong>Den Antrag</strong> stellen Sie im Rathaus.</p>'));
  assert.notEqual(a, contentHash('WBS', '<p>Den Antrag stellen Sie im Bürgerbüro.</p>'));
  assert.notEqual(a, contentHash('Wohnberechtigungsschein', '<p>Den Antrag stellen Sie im Rathaus.</p>'));
  assert.deepEqual(segmentsOf('T', '<p>a</p><p>b</p>'), ['T', 'a', 'b']);
});
