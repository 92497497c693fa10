import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { formatNumber } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { Messages, PLATFORM_LOCALES } from '../../i18n/messages.ts';
import type { ViewContext } from '../context.ts';
import { pageCount, pageSlice, pageWindow, Pagination } from './pagination.tsx';
import { DataTable } from './table.tsx';

const messages = new Messages([PLATFORM_LOCALES]);
const ctxOf = (locale: Locale) =>
  ({
    locale,
    t: messages.translator(locale),
    number: (n: number) => formatNumber(locale, n),
  }) as unknown as ViewContext;

describe('pagination', () => {
  it('computes pages, slices and a window with gaps', () => {
    assert.equal(pageCount(0), 1);
    assert.equal(pageCount(25), 1);
    assert.equal(pageCount(26), 2);
    assert.deepEqual(pageSlice(3, 10), { limit: 10, offset: 20 });
    assert.deepEqual(pageWindow(7, 20), [1, null, 5, 6, 7, 8, 9, null, 20]);
    assert.deepEqual(pageWindow(1, 3), [1, 2, 3]);
    assert.deepEqual(pageWindow(2, 6), [1, 2, 3, 4, null, 6]);
  });

  it('renders a labelled navigation with previous/next and the current page marked', () => {
    const html = renderToString(
      <Pagination ctx={ctxOf('de')} page={2} count={3} href={(p) => `/de/x?action=read&page=${p}`} />,
    );
    assert.match(html, /<nav class="z-pagination" aria-label="Seiten">/);
    assert.match(html, /href="\/de\/x\?action=read&amp;page=1" rel="prev">Vorherige Seite</);
    assert.match(html, /href="\/de\/x\?action=read&amp;page=3" rel="next">Nächste Seite</);
    assert.match(html, /aria-label="Seite 2" aria-current="page"/);
    assert.equal(html.match(/aria-current/g)?.length, 1);
  });

  it('shows no previous link on the first page, no next on the last, nothing for one page', () => {
    const first = renderToString(<Pagination ctx={ctxOf('en')} page={1} count={2} href={(p) => `?page=${p}`} />);
    assert.doesNotMatch(first, /rel="prev"/);
    assert.match(first, /rel="next"/);
    const last = renderToString(<Pagination ctx={ctxOf('en')} page={2} count={2} href={(p) => `?page=${p}`} />);
    assert.doesNotMatch(last, /rel="next"/);
    assert.equal(renderToString(<Pagination ctx={ctxOf('en')} page={1} count={1} href={() => ''} />), '');
  });

  it('speaks the page’s language, with numbers in the locale’s own form', () => {
    const html = renderToString(<Pagination ctx={ctxOf('ar')} page={1} count={2} href={(p) => `?page=${p}`} />);
    assert.ok(html.includes(`aria-label="الصفحة ${formatNumber('ar', 2)}"`));
    assert.match(html, /rel="next">الصفحة التالية</);
  });
});

describe('data table', () => {
  const columns = [
    { header: 'Name', cell: (r: { name: string; n: number }) => r.name, rowHeader: true },
    { header: 'Zahl', cell: (r: { name: string; n: number }) => r.n, numeric: true },
  ];

  it('renders a caption, column headers with scope=col and row headers with scope=row', () => {
    const html = renderToString(
      <DataTable caption="Liste" columns={columns} rows={[{ name: '<b>A</b>', n: 1 }]} empty="Leer" />,
    );
    assert.match(html, /<caption class="kern-title">Liste<\/caption>/);
    assert.equal(html.match(/scope="col"/g)?.length, 2);
    assert.match(html, /<th class="kern-table__header z-sticky-start" scope="row">&lt;b>A&lt;\/b><\/th>/);
    assert.match(html, /kern-table__cell--numeric">1</);
  });

  it('scrolls in a box named by the caption and reachable by keyboard; the actions column stays in view', () => {
    const html = renderToString(
      <DataTable
        caption="Liste"
        columns={[...columns, { header: 'Aktion', cell: () => 'x', action: true }]}
        rows={[{ name: 'A', n: 1 }]}
        empty="Leer"
      />,
    );
    assert.match(html, /^<section class="kern-table-responsive" aria-label="Liste" tabindex="0">/);
    assert.match(html, /<td class="kern-table__cell kern-table__cell--action z-sticky-end">x<\/td>/);
  });

  it('says the list is empty instead of showing an empty table', () => {
    const html = renderToString(<DataTable caption="Liste" columns={columns} rows={[]} empty="Keine Einträge." />);
    assert.doesNotMatch(html, /<table/);
    assert.match(html, /Keine Einträge\./);
  });
});
