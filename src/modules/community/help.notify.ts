import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { isLocale } from '../../platform/i18n/locales.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { findAccountById } from '../../platform/identity/accounts.repository.ts';
import { queueMail } from '../../platform/mail/outbox.ts';

/** Where links in mails point and the catalogs they are written from. */
export interface HelpMailEnv {
  baseUrl: string;
  messages: Pick<Messages, 'format'>;
  slug: string;
}

/**
 * Tells one side of a conversation that the other wrote, in that person's language. The mail carries a link and
 * nothing of the message or of anyone's details: the outbox is readable by the municipality's staff.
 */
export async function mailNewMessage(
  tx: Executor,
  t: Tenant,
  env: HelpMailEnv | null,
  v: { toUserId: string; postId: string; threadId: string },
): Promise<void> {
  if (!env) return;
  const account = await findAccountById(tx, v.toUserId);
  if (!account || account.disabled_at) return;
  const locale = isLocale(account.locale) ? account.locale : 'de';
  const url = `${env.baseUrl}/${locale}/m/${env.slug}/help/${v.postId}/threads/${v.threadId}`;
  await queueMail(tx, {
    to: account.email,
    subject: env.messages.format(locale, 'community.help.mail.subject', {}),
    text: env.messages.format(locale, 'community.help.mail.text', { url }),
    municipalityId: t.municipalityId,
  });
}
