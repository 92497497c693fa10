import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { isLocale } from '../../platform/i18n/locales.ts';
import { formatDate } from '../../platform/i18n/format.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { findAccountById } from '../../platform/identity/accounts.repository.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { poolOfLanguage } from './interpreters.repository.ts';

/** Where links in the pool's mails point and the catalogs they are written from. */
export interface PoolMailEnv {
  baseUrl: string;
  messages: Pick<Messages, 'format'>;
  slug: string;
}

/**
 * Tells every active interpreter of the language that a request waits, in their account's language: the language
 * and the time, a link to their page, nothing about the person (the outbox is readable by the municipality's staff).
 */
export async function mailPool(
  tx: Executor,
  t: Tenant,
  env: PoolMailEnv,
  r: { language: string; startsAt: Date },
): Promise<number> {
  let sent = 0;
  for (const { user_id } of await poolOfLanguage(tx, t, r.language)) {
    const account = await findAccountById(tx, user_id);
    if (!account || account.disabled_at) continue;
    const locale = isLocale(account.locale) ? account.locale : 'de';
    const language = env.messages.format(locale, `counselling.language.${r.language}`, {});
    const when = formatDate(locale, r.startsAt, true);
    const url = `${env.baseUrl}/${locale}/m/${env.slug}/interpreting`;
    await queueMail(tx, {
      to: account.email,
      subject: env.messages.format(locale, 'counselling.interpreters.mail.subject', { language }),
      text: env.messages.format(locale, 'counselling.interpreters.mail.text', { language, when, url }),
      municipalityId: t.municipalityId,
    });
    sent++;
  }
  return sent;
}
