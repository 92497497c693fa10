import type { PageTenant } from '../../../platform/db/tenant.ts';
import { Form } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import { certificatesIssuePath } from '../certificates.read.ts';
import { CertificateIssueBlock } from './certificate-issue.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { CycleRow, ProgrammeRow } from '../core.repository.ts';
import type { CyclePairing } from '../pairings.admin.repository.ts';

interface LoggedActivity {
  id: string;
  pairingId: string;
  kind: string;
  title: string;
  onDate: string;
  attended: boolean;
}

/** The cycle's pairings with their attended activities and logs (never their messages), and the cycle's end. */
export function PairingsAdminPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  programme: ProgrammeRow;
  cycle: CycleRow;
  pairings: CyclePairing[];
  activities: LoggedActivity[];
  /** The cycle's completed mentees and how many of them hold a certificate. */
  certificates: { completed: number; issued: number };
}) {
  const { ctx, cycle } = p;
  const { t } = ctx;
  const base = `/${ctx.locale}/m/${p.tenant.slug}/admin/mentoring/${p.programme.slug}/cycles/${cycle.id}`;
  const title = t('mentoring.workspace.admin.title', { cycle: cycle.name });
  const enough = p.pairings.filter((x) => x.attended >= cycle.activitiesRequired).length;
  return (
    <StaffPage ctx={ctx} area={{ municipality: p.tenant }} current="mentoring.admin" title={title}>
      <p class="kern-body">
        <a class="kern-link" href={`/${ctx.locale}/m/${p.tenant.slug}/admin/mentoring`}>
          {t('mentoring.workspace.admin.back')}
        </a>
      </p>
      <p class="kern-body">
        {t('mentoring.workspace.admin.rule', { required: cycle.activitiesRequired, enough, total: p.pairings.length })}
      </p>
      <CertificateIssueBlock
        ctx={ctx}
        action={certificatesIssuePath(ctx.locale, p.tenant.slug, p.programme.slug, cycle.id)}
        finished={cycle.status === 'finished'}
        completed={p.certificates.completed}
        issued={p.certificates.issued}
      />
      <DataTable
        caption={title}
        captionHidden
        empty={t('mentoring.workspace.admin.none')}
        rows={p.pairings}
        columns={[
          { header: t('mentoring.workspace.mentee'), rowHeader: true, cell: (x) => <bdi>{x.menteeName}</bdi> },
          { header: t('mentoring.workspace.mentor'), cell: (x) => <bdi>{x.mentorName}</bdi> },
          { header: t('mentoring.workspace.status'), cell: (x) => t(`mentoring.workspace.status.${x.status}`) },
          { header: t('mentoring.workspace.admin.attended'), numeric: true, cell: (x) => ctx.number(x.attended) },
          { header: t('mentoring.workspace.admin.logged'), numeric: true, cell: (x) => ctx.number(x.logged) },
        ]}
      />
      <h2 class="kern-heading-medium">{t('mentoring.workspace.admin.logs')}</h2>
      {p.pairings.map((x) => {
        const log = p.activities.filter((a) => a.pairingId === x.id);
        return (
          <details class="z-card">
            <summary>
              <bdi>{x.menteeName}</bdi> · <bdi>{x.mentorName}</bdi> ·{' '}
              {t('mentoring.workspace.admin.entries', { count: log.length })}
            </summary>
            <ul class="kern-list">
              {log.map((a) => (
                <li>
                  <time datetime={a.onDate}>{ctx.date(a.onDate)}</time> · {t(`mentoring.activity.${a.kind}`)} ·{' '}
                  <bdi>{a.title}</bdi> ·{' '}
                  {a.attended ? t('mentoring.workspace.activity.attended') : t('mentoring.workspace.activity.planned')}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      <h2 class="kern-heading-medium">{t('mentoring.workspace.finish.title')}</h2>
      {cycle.status === 'finished' ? (
        <p class="kern-body">{t('mentoring.workspace.finish.already')}</p>
      ) : (
        <>
          <p class="kern-body">{t('mentoring.workspace.finish.explain', { required: cycle.activitiesRequired })}</p>
          <Form ctx={ctx} action={`${base}/finish`} label={t('mentoring.workspace.finish.submit')}>
            <button type="submit" class="kern-btn kern-btn--primary">
              <span class="kern-label">{t('mentoring.workspace.finish.submit')}</span>
            </button>
          </Form>
        </>
      )}
    </StaffPage>
  );
}
