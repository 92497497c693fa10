import type { Translate } from '../../platform/i18n/messages.ts';
import type { RegistrationRow } from './registrations.repository.ts';

// The organiser's list as CSV for a spreadsheet. The housing office writes CSV the same way; there is no shared
// platform helper yet, so the field rule (RFC 4180, formulas defused) is repeated here in a few lines.

function csvField(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  // A cell starting with = + - @ would run as a formula in a spreadsheet: a typed name must stay text.
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

const COLUMNS = ['name', 'email', 'phone', 'partySize', 'status', 'position', 'locale', 'registeredAt'] as const;

/** Registrations of one date: UTF-8 with a byte-order mark, CRLF line ends, headers in the reader's language. */
export function registrationsCsv(t: Translate, rows: readonly RegistrationRow[]): string {
  const lines = [COLUMNS.map((c) => csvField(t(`community.registrations.csv.${c}`)))];
  for (const r of rows) {
    lines.push(
      [
        r.name,
        r.email,
        r.phone,
        r.party_size,
        t(`community.registrations.status.${r.status}`),
        r.status === 'waitlisted' ? r.waitlist_position : null,
        r.locale,
        new Date(r.created_at).toISOString(),
      ].map(csvField),
    );
  }
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
