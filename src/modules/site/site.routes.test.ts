import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONSENT_COOKIE, CONSENT_MAX_AGE_DAYS } from '../../platform/http/consent.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';

describe('site pages', () => {
  const t = fixture(() => testApp({}, [], { demo: true }));

  const get = (url: string) => t().app.inject({ method: 'GET', url });

  it('serves the accessibility statement, privacy notice and start page in all seven languages', async () => {
    for (const l of LOCALES) {
      for (const path of ['/', '/accessibility', '/privacy']) {
        const res = await get(`/${l}${path}`);
        assert.equal(res.statusCode, 200, `/${l}${path}`);
        const dir = l === 'ar' || l === 'fa' ? 'rtl' : 'ltr';
        assert.match(res.body, new RegExp(`<html lang="${l}" dir="${dir}">`), `/${l}${path}`);
        // Every page's footer links to Leichte Sprache (German only), its German name marked as German.
        assert.match(
          res.body,
          /<a href="\/de\/leichte-sprache" hreflang="de">[^<]*<span lang="de">Leichte Sprache<\/span>/,
        );
      }
    }
  });

  it('states the conformance status honestly, links the feedback form and names the enforcement procedure', async () => {
    const res = await get('/de/accessibility');
    assert.match(res.body, /teilweise barrierefrei/);
    assert.match(res.body, /href="\/de\/feedback\?page=%2Fde%2Faccessibility"/);
    assert.match(res.body, /Durchsetzungsverfahren/);
    assert.match(res.body, /§ 16/);
  });

  it('states on the privacy page how long feedback and access-log entries are kept, from the settings', async () => {
    const de = await get('/de/privacy');
    assert.match(
      de.body,
      /Wir löschen Rückmeldungen nach 365 Tagen und Einträge im Protokoll der Zugriffe nach 730 Tagen/,
    );
    const ru = await get('/ru/privacy');
    assert.match(ru.body, /через 365 дней, а записи журнала доступа — через 730 дней/);
  });

  it('lists every strictly necessary cookie the platform sets on the privacy page', async () => {
    const res = await get('/en/privacy');
    for (const c of ['zh_sid', 'zh_lang', 'zh_csrf', 'zh_flash', CONSENT_COOKIE])
      assert.match(res.body, new RegExp(`<code>${c}</code>`));
    // The consent cookie with how long it is kept, in the reader's plural; and third-party content only on consent.
    assert.match(res.body, new RegExp(`<code>${CONSENT_COOKIE}</code>[\\s\\S]*?${CONSENT_MAX_AGE_DAYS} days`));
    assert.match(res.body, /loads only once you agree/);
    assert.match((await get('/ar/privacy')).body, new RegExp(`${CONSENT_MAX_AGE_DAYS} يوم`));
  });

  it('serves Leichte Sprache in German only', async () => {
    const de = await get('/de/leichte-sprache');
    assert.equal(de.statusCode, 200);
    assert.match(de.body, /<html lang="de" dir="ltr">/);
    assert.match(de.body, /Was ist Zuhause\?/);
    assert.match(de.body, /href="\/de\/feedback"/);
    assert.equal((await get('/ar/leichte-sprache')).statusCode, 404);
  });

  it('shows the municipalities as cards linking to their pages in the chosen language', async () => {
    const res = await get('/fa/');
    assert.match(
      res.body,
      /<a class="kern-link z-card__link" href="\/fa\/m\/meppen"><bdi lang="de">Meppen<\/bdi><\/a>/,
    );
    assert.match(res.body, /Landkreis Emsland/);
    // The language switcher offers the same page in every language, the current one marked.
    assert.match(res.body, /<a href="\/de\/" lang="de" hreflang="de">Deutsch<\/a>/);
    assert.match(res.body, /<a href="\/fa\/" lang="fa" hreflang="fa" aria-current="true">/);
  });

  it('every language-switcher link of the platform pages leads to a page that exists', async () => {
    for (const url of [
      '/de/',
      '/ar/accessibility',
      '/de/feedback',
      '/fa/privacy',
      '/de/leichte-sprache',
      '/api/docs',
    ]) {
      const body = (await get(url)).body;
      const nav = /<nav class="z-container z-langs"[\s\S]*?<\/nav>/.exec(body)?.[0] ?? '';
      const hrefs = [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
      assert.equal(hrefs.length, 7, url);
      for (const href of hrefs) assert.equal((await get(href)).statusCode, 200, `${url} → ${href}`);
    }
  });

  it('shows no demo banner outside demo mode, and the sign-in link to anonymous visitors', async () => {
    const body = (await get('/de/')).body;
    assert.doesNotMatch(body, /class="z-demo"/);
    assert.match(body, /<a href="\/de\/login">Anmelden<\/a>/);
    assert.match(body, /<a class="z-skip" href="#main">/);
    assert.match(body, /<main id="main"/);
  });

  it('answers 404 for an unknown locale prefix', async () => {
    assert.equal((await get('/xx/accessibility')).statusCode, 404);
    assert.equal((await get('/xx')).statusCode, 404);
  });
});
