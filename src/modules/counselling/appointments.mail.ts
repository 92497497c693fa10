import { writeIcs } from '../../lib/calendar/index.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { formatDate, isolate } from '../../platform/i18n/format.ts';
import { isLocale } from '../../platform/i18n/locales.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { formatCode } from './appointments.code.ts';
import { type AppointmentRow, serviceFacts } from './appointments.repository.ts';
import { toFloating } from '../../lib/calendar/index.ts';

// Mails to the person who booked, in the language of their booking pages, with a calendar file: REQUEST when booked
// (SEQUENCE as stored), CANCEL with the same UID and the raised SEQUENCE when cancelled, so that a calendar that took
// the appointment removes it again (a PUBLISH event is not removed by Google; see decision 0167). A person who left
// only a phone number gets no mail; the code on screen is their way back.

export interface MailEnv {
  baseUrl: string;
  messages: Pick<Messages, 'format'>;
  /** The municipality's slug, for the links. */
  slug: string;
}

export type MailKind = 'booked' | 'rebooked' | 'cancelled' | 'reminder';

/** The page of a booking, opened by the mailed token. */
export function appointmentUrl(env: Pick<MailEnv, 'baseUrl' | 'slug'>, locale: string, token: string): string {
  return `${env.baseUrl}/${locale}/m/${env.slug}/appointments/${token}`;
}

/** The calendar file of an appointment: one VEVENT in the service's zone. */
export function appointmentIcs(
  a: Pick<AppointmentRow, 'uid' | 'sequence' | 'starts_at' | 'ends_at'>,
  f: { title: string; place: string; timeZone: string; url?: string },
  method: 'REQUEST' | 'CANCEL',
  stamp: Date,
): string {
  const starts = new Date(a.starts_at);
  const local = toFloating(starts, f.timeZone).toISOString().slice(0, 16);
  return writeIcs({
    name: f.title,
    stamp,
    method,
    events: [
      {
        uid: a.uid,
        sequence: a.sequence,
        startsLocal: local,
        timeZone: f.timeZone,
        durationMinutes: Math.round((new Date(a.ends_at).getTime() - starts.getTime()) / 60_000),
        rrule: null,
        summary: f.title,
        location: f.place,
        ...(f.url ? { url: f.url } : {}),
        cancelled: method === 'CANCEL',
      },
    ],
  });
}

/**
 * Queues one mail about an appointment in the caller's transaction (sent only if the change commits). `token`:
 * the link's secret (known only right after booking; later mails carry no link, the code or the first mail opens
 * the page). Returns whether a mail was queued.
 */
export async function mailAppointment(
  tx: Executor,
  t: Tenant,
  env: MailEnv,
  a: AppointmentRow,
  kind: MailKind,
  secrets: { token?: string; code?: string } = {},
  now = new Date(),
): Promise<boolean> {
  if (!a.email || !a.name) return false;
  const locale = isLocale(a.locale) ? a.locale : 'de';
  const f = await serviceFacts(tx, t, a.service_id, a.counsellor_id, locale);
  if (!f) return false;
  const url = secrets.token ? appointmentUrl(env, locale, secrets.token) : '';
  const values = {
    name: isolate(a.name),
    title: isolate(f.title),
    date: formatDate(locale, new Date(a.starts_at), true),
    place: isolate(f.place || f.contact_phone || ''),
    counsellor: isolate(f.display_name ?? ''),
    code: secrets.code ? formatCode(secrets.code) : '',
    url,
  };
  const m = (key: string) => env.messages.format(locale, `counselling.appointments.mail.${key}`, values);
  const lines = [m(`${kind}.body`)];
  if (secrets.code) lines.push('', m('code'));
  if (url) lines.push('', m('link'));
  lines.push('', m('signature'));
  const method = kind === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const ics = appointmentIcs(a, { title: f.title, place: f.place, timeZone: f.time_zone }, method, now);
  await queueMail(tx, {
    to: a.email,
    subject: m(`${kind}.subject`),
    text: lines.join('\n'),
    municipalityId: t.municipalityId,
    attachments: [
      { filename: 'termin.ics', contentType: `text/calendar; charset=utf-8; method=${method}`, content: ics },
    ],
  });
  return true;
}
