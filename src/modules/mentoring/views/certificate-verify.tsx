import { DetailList } from '../../../platform/views/components/detail-list.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { CertificateSnapshot } from '../certificates.tables.ts';

const k = (key: string) => `mentoring.certificates.${key}`;

export interface VerifiedCertificate {
  code: string;
  menteeName: string;
  issuedAt: Date;
  activitiesCount: number;
  snapshot: CertificateSnapshot;
}

/**
 * The public check of a certificate: for a code the platform issued, what the certificate states (name,
 * programme, cycle, issue date, how many activities); for any other code a plain "not found" (status 404).
 */
export function CertificateVerifyPage({ ctx, cert }: { ctx: ViewContext; cert: VerifiedCertificate | null }) {
  const { t } = ctx;
  if (!cert) {
    return (
      <Layout ctx={ctx} title={t(k('verify.notFound.title'))}>
        <h1 class="kern-heading-large">{t(k('verify.notFound.title'))}</h1>
        <div class="kern-alert kern-alert--danger" role="alert">
          <div class="kern-alert__body">
            <p class="kern-body">{t(k('verify.notFound.text'))}</p>
          </div>
        </div>
      </Layout>
    );
  }
  const s = cert.snapshot;
  const programme = ctx.locale === 'de' ? s.programme.de : s.programme.local || s.programme.de;
  const day = (d: string) => ctx.date(`${d}T12:00:00Z`);
  return (
    <Layout ctx={ctx} title={t(k('verify.title'))}>
      <h1 class="kern-heading-large">{t(k('verify.title'))}</h1>
      <div class="kern-alert kern-alert--success" role="status">
        <div class="kern-alert__body">
          <p class="kern-body">{t(k('verify.valid'))}</p>
        </div>
      </div>
      <DetailList
        rows={[
          [t(k('verify.code')), <code>{cert.code}</code>],
          [t(k('verify.name')), <bdi>{cert.menteeName}</bdi>],
          [t(k('verify.programme')), <bdi>{programme}</bdi>],
          [t(k('verify.organiser')), <bdi>{s.programme.organiser}</bdi>],
          [
            t(k('verify.cycle')),
            <>
              <bdi>{s.cycle.name}</bdi> ({day(s.cycle.startsOn)} – {day(s.cycle.endsOn)})
            </>,
          ],
          [t(k('verify.issued')), ctx.date(cert.issuedAt)],
          [t(k('verify.activities')), ctx.number(cert.activitiesCount)],
        ]}
      />
    </Layout>
  );
}
