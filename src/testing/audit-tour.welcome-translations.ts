import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';
import { fakeLibreTranslate } from './libretranslate.ts';
import { guidePageToTranslate } from './welcome-translations.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The translations part's writes in the audit tour: a translation saved by hand, a machine draft (from a small
 * LibreTranslate-compatible server started for the tour; the setting is read per request) and its approval.
 */
export async function tourWelcomeTranslations(
  db: Kysely<Database>,
  admin: Client,
  municipalityId: string,
  config: Config,
  post: Post,
) {
  const q = '/:locale/m/:municipality/admin/guide/:id/translate/:lang';
  const id = await guidePageToTranslate(db, municipalityId);
  const base = `/de/m/meppen/admin/guide/${id}/translate`;
  await admin.get(`${base}/en`);
  await post(admin, `POST ${q}`, `${base}/en`, { title: 'Registering your flat', body: '<p>Within two weeks.</p>' });
  const service = await fakeLibreTranslate();
  const before = config.translationUrl;
  config.translationUrl = service.url;
  try {
    await post(admin, `POST ${q}/machine`, `${base}/ar/machine`, {});
  } finally {
    config.translationUrl = before;
    await service.close();
  }
  await post(admin, `POST ${q}/approve`, `${base}/ar/approve`, {});
}
