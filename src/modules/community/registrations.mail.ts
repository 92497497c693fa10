import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { formatDate, isolate } from '../../platform/i18n/format.ts';
import { isLocale } from '../../platform/i18n/locales.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { formatCode, registrationCode } from './registrations.code.ts';
import { findOccurrence } from './registrations.read.ts';
import type { RegistrationRow } from './registrations.repository.ts';

/** What writing a mail to a registered person needs besides the transaction. */
export interface MailEnv {
  baseUrl: string;
  messages: Pick<Messages, 'format'>;
  /** The municipality's slug, for the links. */
  slug: string;
  /** The secret the cancel codes derive from. */
  secret: string;
}

/** What a mail is about: the registration itself, a change of its date, or tomorrow's reminder. */
export type MailKind = 'confirmed' | 'waitlisted' | 'promoted' | 'cancelled' | 'moved' | 'reminder';

/** The link that shows a registration to its holder (and lets them cancel it). */
export function registrationUrl(env: Pick<MailEnv, 'baseUrl' | 'slug' | 'secret'>, locale: string, id: string): string {
  return `${env.baseUrl}/${locale}/m/${env.slug}/registrations/${registrationCode(env.secret, id)}`;
}

/**
 * Queues one mail to a registered person in their language, in the caller's transaction (sent only if the change
 * commits). Nothing is sent to a person who left only a phone number. Returns whether a mail was queued.
 */
export async function mailRegistration(
  tx: Executor,
  t: Tenant,
  env: MailEnv,
  r: Pick<RegistrationRow, 'id' | 'occurrence_id' | 'email' | 'name' | 'locale' | 'party_size' | 'waitlist_position'>,
  eventId: string,
  kind: MailKind,
  position: number | null = null,
): Promise<boolean> {
  if (!r.email) return false;
  const locale = isLocale(r.locale) ? r.locale : 'de';
  const o = await findOccurrence(tx, t, eventId, r.occurrence_id, locale);
  if (!o) return false;
  const values = {
    name: isolate(r.name ?? ''),
    title: isolate(o.title),
    date: formatDate(locale, o.startsAt, true),
    place: isolate(o.place),
    party: r.party_size,
    position: position ?? 0,
    url: registrationUrl(env, locale, r.id),
    code: formatCode(registrationCode(env.secret, r.id)),
  };
  const f = (key: string) => env.messages.format(locale, `community.registrations.mail.${key}`, values);
  await queueMail(tx, {
    to: r.email,
    subject: f(`${kind}.subject`),
    text: [f(`${kind}.body`), '', f('link'), '', f('signature')].join('\n'),
    municipalityId: t.municipalityId,
  });
  return true;
}
