import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { foldForMarks, isMatch, marks, searchedWords, snippet, tsqueryOf, words } from './search.text.ts';

describe('search text', () => {
  test('words split on everything but letters, digits and marks; the Persian non-joiner separates', () => {
    assert.deepEqual(words("Wohnberechtigungs-schein 'or 1=1--"), ['Wohnberechtigungs', 'schein', 'or', '1', '1']);
    assert.deepEqual(words('می\u200Cخواهم'), ['می', 'خواهم']);
    assert.deepEqual(words('&|!:*()'), []);
  });

  test('the tsquery quotes every word, prefixes those of four letters or more, and forms no operator from input', () => {
    assert.equal(tsqueryOf(['Aufenthalt', 'WBS']), "('Aufenthalt':*) | ('WBS')");
    assert.equal(tsqueryOf(['شهادة أحقية السكن']), "('شهادة':* & 'أحقية':* & 'السكن':*)");
    assert.equal(tsqueryOf(["x' | !y:*", '']), "('x' & 'y')");
    assert.equal(tsqueryOf(['***']), '');
  });

  test('folding matches the SQL normalisation for the letters it names', () => {
    assert.equal(foldForMarks('Straße'), 'strasse');
    assert.equal(foldForMarks('KİTA'), 'kita');
    assert.equal(foldForMarks('kartı'), 'karti');
    assert.equal(foldForMarks('گواهی'), foldForMarks('گواهي'));
    assert.equal(foldForMarks('مسکن'), foldForMarks('مسكن'));
    assert.equal(foldForMarks('شَهادة'), 'شهادة');
    assert.equal(foldForMarks('Їжак'), 'їжак');
  });

  test('a word is marked when it begins with, contains or misspells a searched word; short words never', () => {
    const s = searchedWords(['Wohnberechtigungsschein', 'السكن', 'на']);
    assert.ok(isMatch('Wohnberechtigungsscheins', s));
    assert.ok(isMatch('Wohnberechtigunsschein', s));
    assert.ok(isMatch('والسكن', s));
    assert.ok(!isMatch('на', s));
    assert.ok(!isMatch('Wohnung', s));
  });

  test('a snippet is cut around the first match and its parts are plain text', () => {
    const text = `${'Vorweg. '.repeat(60)}Den <b>WBS</b> beantragen Sie im Bürgerbüro. ${'Danach. '.repeat(60)}`;
    const parts = snippet(text, searchedWords(['WBS']));
    const joined = parts.map((p) => p.text).join('');
    assert.ok(joined.startsWith('…') && joined.endsWith('…'));
    assert.ok(joined.includes('<b>'), 'markup in the text stays text (the page escapes it)');
    assert.deepEqual(
      parts.filter((p) => p.mark).map((p) => p.text),
      ['WBS'],
    );
    assert.deepEqual(marks('Kita', []), [{ text: 'Kita', mark: false }]);
  });
});
