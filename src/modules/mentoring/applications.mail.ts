import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { findAccountById } from '../../platform/identity/accounts.repository.ts';
import { isLocale } from '../../platform/i18n/locales.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { queueMail } from '../../platform/mail/outbox.ts';

// Mails to a mentee about their application, in the language they applied in: the confirmation (with the place
// or the waitlist) and every change of status. To the account's address; the link leads to "My Zuhause".

export interface ApplicationMailEnv {
  baseUrl: string;
  messages: Pick<Messages, 'format'>;
}

export async function mailApplicationStatus(
  db: Executor,
  t: Tenant,
  env: ApplicationMailEnv,
  m: { userId: string; locale: string; status: string; programmeTitle: string; cycleName: string },
  kind: 'confirmation' | 'status',
): Promise<void> {
  const account = await findAccountById(db, m.userId);
  if (!account) return;
  const locale = isLocale(m.locale) ? m.locale : 'de';
  const values = {
    programme: m.programmeTitle,
    cycle: m.cycleName,
    status: env.messages.format(locale, `mentoring.applications.status.${m.status}`),
    link: `${env.baseUrl}/${locale}/me/mentoring`,
  };
  const f = (key: string) => env.messages.format(locale, `mentoring.applications.mail.${kind}.${key}`, values);
  await queueMail(db, { to: account.email, subject: f('subject'), text: f('body'), municipalityId: t.municipalityId });
}
