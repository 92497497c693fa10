import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../config.ts';
import { fakeLibreTranslate } from '../../testing/libretranslate.ts';
import { escapeText, ProviderError, providerLanguage, translateHtml } from './translations.provider.ts';

// The machine translation client against a small real server that speaks LibreTranslate's API.

describe('machine translation: settings and the LibreTranslate-compatible client', () => {
  let mt: Awaited<ReturnType<typeof fakeLibreTranslate>>;
  before(async () => {
    mt = await fakeLibreTranslate({ apiKey: 'k1' });
  });
  after(() => mt.close());

  test('off by default; the URL must be http(s); the timeout has bounds', () => {
    const base = { DATA_DIR: '/tmp/zh-translations-config' };
    const off = loadConfig(base);
    assert.equal(off.translationUrl, undefined);
    assert.equal(off.translationTimeoutMs, 15_000);
    const on = loadConfig({ ...base, TRANSLATION_URL: 'https://mt.example/', TRANSLATION_API_KEY: 'k' });
    assert.equal(on.translationUrl, 'https://mt.example');
    assert.equal(on.translationApiKey, 'k');
    for (const bad of [{ TRANSLATION_URL: 'ftp://mt.example' }, { TRANSLATION_TIMEOUT_MS: '10' }]) {
      assert.throws(
        () => loadConfig({ ...base, ...bad }),
        (e) => e instanceof ConfigError && /TRANSLATION_/.test(e.message),
      );
    }
  });

  test('sends q, source, target, format html and the key; reads translatedText', async () => {
    const s = { url: mt.url, apiKey: 'k1', timeoutMs: 2000 };
    const out = await translateHtml(s, '<p>Guten Tag &amp; willkommen</p>', 'uk');
    assert.equal(out, '<p>[uk] Guten Tag &amp; willkommen</p>');
    assert.deepEqual(mt.requests.at(-1), {
      q: '<p>Guten Tag &amp; willkommen</p>',
      source: 'de',
      target: 'uk',
      format: 'html',
      api_key: 'k1',
    });
    assert.equal(escapeText('A & <B>'), 'A &amp; &lt;B&gt;');
  });

  test('a wrong key, an error, a slow answer and no server are ProviderErrors, named', async () => {
    const reason = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (err) {
        assert.ok(err instanceof ProviderError);
        return err.reason;
      }
      return 'ok';
    };
    assert.equal(await reason(translateHtml({ url: mt.url, apiKey: 'nope', timeoutMs: 2000 }, 'x', 'ar')), 'failed');
    mt.state.mode = 'error';
    assert.equal(await reason(translateHtml({ url: mt.url, apiKey: 'k1', timeoutMs: 2000 }, 'x', 'ar')), 'failed');
    mt.state.mode = 'slow';
    assert.equal(await reason(translateHtml({ url: mt.url, apiKey: 'k1', timeoutMs: 300 }, 'x', 'ar')), 'timeout');
    mt.state.mode = 'ok';
    const closed = { url: 'http://127.0.0.1:9', apiKey: undefined, timeoutMs: 2000 };
    assert.equal(await reason(translateHtml(closed, 'x', 'ar')), 'failed');
    assert.equal(providerLanguage('de-x-ls'), null);
    assert.equal(providerLanguage('fa'), 'fa');
  });
});
