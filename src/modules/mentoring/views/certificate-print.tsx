import type { ComponentChildren } from 'preact';
import { formatDate } from '../../../platform/i18n/format.ts';
import { direction, type Locale } from '../../../platform/i18n/locales.ts';
import type { Translate } from '../../../platform/i18n/messages.ts';
import type { CertificateSnapshot } from '../certificates.tables.ts';

const k = (key: string) => `mentoring.certificates.${key}`;

/** What a certificate prints: the stored snapshot, the code and where it is checked. */
export interface PrintedCertificate {
  code: string;
  issuedAt: Date;
  menteeName: string;
  snapshot: CertificateSnapshot;
}

interface PrintProps {
  cert: PrintedCertificate;
  /** German first; the mentee's language second when it is another one. */
  languages: readonly { locale: Locale; t: Translate }[];
  verifyUrl: string;
  qrDataUrl: string;
  /** The embedded fonts (`@font-face` with data URLs) and the page's style. */
  css: string;
}

// Placeholders no message contains: a sentence is formatted whole, then each value is set into it in `<bdi>`, so
// that a name in Arabic script inside a German sentence (and a German name inside an Arabic one) keeps its own
// direction and the digits and punctuation after it stay on their side.
const mark = (i: number) => String.fromCodePoint(0xf0000 + i);

/** A message with its text values isolated in `<bdi>` (the name with the class `name`). */
function Isolated({ t, id, values }: { t: Translate; id: string; values: Record<string, string | number> }) {
  const texts = Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string');
  const marked: Record<string, string | number> = { ...values };
  texts.forEach(([key], i) => {
    marked[key] = mark(i);
  });
  const out: ComponentChildren[] = [];
  let rest = t(id, marked);
  for (;;) {
    let at = -1;
    let which = -1;
    texts.forEach((_, i) => {
      const j = rest.indexOf(mark(i));
      if (j >= 0 && (at < 0 || j < at)) {
        at = j;
        which = i;
      }
    });
    if (at < 0) break;
    const [key, value] = texts[which]!;
    out.push(rest.slice(0, at), <bdi class={key === 'name' ? 'name' : undefined}>{value}</bdi>);
    rest = rest.slice(at + mark(which).length);
  }
  out.push(rest);
  return <>{out}</>;
}

function Section({ cert, locale, t }: { cert: PrintedCertificate; locale: Locale; t: Translate }) {
  const s = cert.snapshot;
  const day = (d: string) => formatDate(locale, `${d}T12:00:00Z`);
  const count = cert.snapshot.activities.length;
  const programme = locale === 'de' ? s.programme.de : s.programme.local;
  return (
    <section lang={locale} dir={direction(locale)} class="part">
      <h1>{t(k('print.title'))}</h1>
      <p class="holder">
        <bdi class="name">{cert.menteeName}</bdi>
      </p>
      <p>
        <Isolated
          t={t}
          id={k('print.took_part')}
          values={{
            name: cert.menteeName,
            programme,
            organiser: s.programme.organiser,
            cycle: s.cycle.name,
            from: day(s.cycle.startsOn),
            to: day(s.cycle.endsOn),
          }}
        />
      </p>
      <p class="count">
        <Isolated t={t} id={k('print.attended')} values={{ name: cert.menteeName, count }} />
      </p>
      {count > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(k('print.date'))}</th>
              <th scope="col">{t(k('print.kind'))}</th>
              <th scope="col">{t(k('print.what'))}</th>
            </tr>
          </thead>
          <tbody>
            {s.activities.map((a) => (
              <tr>
                <td>{day(a.onDate)}</td>
                <td>{t(`mentoring.activity.${a.kind}`)}</td>
                <td>
                  <bdi>{a.title}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * The certificate as Chromium prints it: German first, then the mentee's language (right to left for Arabic and
 * Farsi), names in `<bdi>`, the verification address with its QR code at the foot. Self-contained: fonts and the
 * QR code are data URLs, nothing is fetched.
 */
export function CertificatePrint({ cert, languages, verifyUrl, qrDataUrl, css }: PrintProps) {
  const de = languages[0]!;
  return (
    <html lang="de" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <title>{de.t(k('print.title'))}</title>
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        <p class="organiser">{cert.snapshot.programme.organiser}</p>
        {languages.map((l) => (
          <Section cert={cert} locale={l.locale} t={l.t} />
        ))}
        <footer>
          <img src={qrDataUrl} alt={de.t(k('print.qr'))} width={96} height={96} />
          <div>
            {languages.map((l) => (
              <p lang={l.locale} dir={direction(l.locale)}>
                {l.t(k('print.verify'), { code: cert.code, issued: formatDate(l.locale, cert.issuedAt) })}
              </p>
            ))}
            <p class="url">{verifyUrl}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
