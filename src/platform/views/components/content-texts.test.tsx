import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import type { ViewContext } from '../context.ts';
import { languageName, TextNotes, TitledTranslationForm, TranslationStates } from './content-texts.tsx';

// The keys themselves stand for the messages: what is checked is which message shows where.
const ctx = { locale: 'en', t: (key: string) => `«${key}»`, csrfToken: 'x' } as unknown as ViewContext;
const notes = { missing: 'm.missing', outdated: 'm.outdated' };

describe('content text views', () => {
  it('notes a missing or outdated translation, and nothing for a current one', () => {
    const html = (shown: { missing: boolean; outdated: boolean } | null) =>
      renderToString(<TextNotes ctx={ctx} shown={shown} messages={notes} />);
    assert.equal(html({ missing: true, outdated: false }), '<p class="kern-body">«m.missing»</p>');
    assert.equal(html({ missing: false, outdated: true }), '<p class="kern-body">«m.outdated»</p>');
    assert.equal(html({ missing: false, outdated: false }), '');
    assert.equal(html(null), '');
    const quiet = renderToString(
      <TextNotes ctx={ctx} shown={{ missing: true, outdated: false }} messages={{ outdated: 'o' }} />,
    );
    assert.equal(quiet, '');
  });

  it('lists each language with a link to its form and its state', () => {
    const html = renderToString(
      <TranslationStates
        ctx={ctx}
        title="Texts"
        base="/en/m/meppen/admin/flats/1"
        states={[
          ['en', 'current'],
          ['ar', 'outdated'],
        ]}
        stateKey={(s) => `k.${s}`}
      />,
    );
    assert.match(html, /href="\/en\/m\/meppen\/admin\/flats\/1\/texts\/en">English<\/a>: «k.current»/);
    assert.match(html, /href="\/en\/m\/meppen\/admin\/flats\/1\/texts\/ar">Arabic<\/a>: «k.outdated»/);
    assert.match(html, /<section aria-labelledby="texts-title"><h2 class="kern-heading-medium" id="texts-title">Texts/);
  });

  it('names a language in the reader’s language', () => {
    assert.equal(languageName(ctx, 'fa'), 'Persian');
    assert.equal(languageName({ ...ctx, locale: 'de' } as ViewContext, 'uk'), 'Ukrainisch');
  });

  it('shows the source in its own language above the translation form', () => {
    const html = renderToString(
      <TitledTranslationForm
        ctx={ctx}
        state={{ values: { title: 'Language café' }, errors: {} }}
        source={{ locale: 'de', title: 'Sprachcafé', description: 'Jeden Dienstag.' }}
        action="/x/texts/en"
        lang="en"
        keys={{ title: 'k.title', description: 'k.description', hint: 'k.hint' }}
      />,
    );
    assert.match(
      html,
      /<blockquote class="kern-body" lang="de" dir="ltr"><p><strong>Sprachcafé<\/strong><\/p><p>Jeden Dienstag.<\/p>/,
    );
    assert.match(html, /action="\/x\/texts\/en"/);
    assert.match(html, /«k.title»/);
    assert.match(html, /«k.hint»/);
    assert.match(html, /value="Language café"/);
    assert.ok(html.indexOf('blockquote') < html.indexOf('<form'));
  });

  it('writes a translation in its own language and direction, whatever the page is in', () => {
    const html = renderToString(
      <TitledTranslationForm
        ctx={ctx}
        state={{ values: {}, errors: {} }}
        source={{ locale: 'de', title: 'Sprachcafé', description: 'Jeden Dienstag.' }}
        action="/x/texts/fa"
        lang="fa"
        keys={{ title: 'k.title', description: 'k.description', hint: 'k.hint' }}
      />,
    );
    assert.match(html, /<input[^>]*name="title"[^>]*lang="fa" dir="rtl"/);
    assert.match(html, /<textarea[^>]*name="description"[^>]*lang="fa" dir="rtl"/);
  });
});
