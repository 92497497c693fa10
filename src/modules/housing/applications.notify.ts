import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import type { FlatForApplication } from './applications.repository.ts';
import { findHousehold, insertNotice } from './households.repository.ts';
import type { NoticeKind } from './households.tables.ts';

/** What sending a notification needs besides the transaction: where links point and the catalogs. */
export interface NotifyEnv {
  baseUrl: string;
  messages: Pick<Messages, 'format'>;
  /** The municipality's slug, for the link to the household's page. */
  slug: string;
}

// Kinds that also go out by mail; the others (the household's own steps) only appear on its page.
const MAILED: ReadonlySet<NoticeKind> = new Set([
  'shortlisted',
  'viewing',
  'offered',
  'rejected',
  'booked',
  'accepted',
]);

/**
 * Tells a household what happened to one of its applications: a notice on its page ("what's new", rendered in
 * the language of whoever reads it) and, for the landlord's steps, a mail in the household's preferred language,
 * queued in the same transaction (sent only if the change commits).
 */
export async function notifyHousehold(
  tx: Executor,
  t: Tenant,
  env: NotifyEnv | null,
  v: { householdId: string; applicationId: string; kind: NoticeKind; flat: FlatForApplication; now: Date },
): Promise<void> {
  await insertNotice(tx, t, { householdId: v.householdId, applicationId: v.applicationId, kind: v.kind, now: v.now });
  if (!env || !MAILED.has(v.kind)) return;
  const h = await findHousehold(tx, t, v.householdId);
  if (!h?.contact_email) return;
  const locale = h.preferred_locale;
  const values = {
    name: h.contact_name ?? '',
    address: `${v.flat.street}, ${v.flat.postcode} ${v.flat.city}`,
    url: `${env.baseUrl}/${locale}/m/${env.slug}/housing/household`,
  };
  await queueMail(tx, {
    to: h.contact_email,
    subject: env.messages.format(locale, 'housing.apply.mail.subject', values),
    text: env.messages.format(locale, `housing.apply.mail.${v.kind}`, values),
    municipalityId: t.municipalityId,
  });
}
