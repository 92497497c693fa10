/**
 * Machine translation through a LibreTranslate-compatible service (`POST <url>/translate` with `q`, `source`,
 * `target`, `format`, `api_key`; answer `{ translatedText }`). Off unless TRANSLATION_URL is set (decision 0186).
 * No retries: the editor asked and waits; a failure is told at once and nothing is stored.
 */

/** Where the service is and how long it may take. */
export interface ProviderSettings {
  url: string;
  apiKey: string | undefined;
  timeoutMs: number;
}

/** Why a machine translation failed: the service was too slow, or answered with an error or nonsense. */
export class ProviderError extends Error {
  constructor(readonly reason: 'timeout' | 'failed') {
    super(`machine translation ${reason}`);
    this.name = 'ProviderError';
  }
}

/** The provider's code of a language (LibreTranslate uses ISO 639-1; Leichte Sprache has none). */
export function providerLanguage(locale: string): string | null {
  return /^[a-z]{2}$/.test(locale) ? locale : null;
}

/** Translates one piece of HTML from German; throws ProviderError on a timeout, an error status or a bad answer. */
export async function translateHtml(s: ProviderSettings, html: string, target: string): Promise<string> {
  const payload: Record<string, string> = { q: html, source: 'de', target, format: 'html' };
  if (s.apiKey) payload.api_key = s.apiKey;
  let res: Response;
  try {
    res = await fetch(`${s.url}/translate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(s.timeoutMs),
    });
  } catch (err) {
    throw new ProviderError(isTimeout(err) ? 'timeout' : 'failed');
  }
  let answer: unknown;
  try {
    answer = await res.json();
  } catch (err) {
    throw new ProviderError(isTimeout(err) ? 'timeout' : 'failed');
  }
  const text = (answer as { translatedText?: unknown } | null)?.translatedText;
  if (!res.ok || typeof text !== 'string' || text.trim() === '') throw new ProviderError('failed');
  return text;
}

function isTimeout(err: unknown): boolean {
  return err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
}

/** HTML-escapes a plain text (a title is sent as HTML like the body, so that `&` and `<` survive the trip). */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
