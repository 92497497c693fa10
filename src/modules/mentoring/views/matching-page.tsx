import { formatList } from '../../../platform/i18n/format.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import { Form, FormWithSummary, type FormState, SelectField } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { CycleRow } from '../core.repository.ts';
import type { PairingListRow, PoolMentee, PoolMentor } from '../matching.repository.ts';
import type { Reason } from '../matching.score.ts';
import type { BalanceReport } from '../matching.solve.ts';

/** A pairing's reasons in words: "2 shared topics · shared language other than German …". */
export function reasonText(ctx: ViewContext, reasons: readonly Reason[]): string {
  return reasons.map((r) => ctx.t(`mentoring.matching.reason.${r.code}`, { count: r.count })).join(' · ');
}

function Button({ label }: { label: string }) {
  return (
    <button type="submit" class="kern-btn kern-btn--secondary">
      <span class="kern-label">{label}</span>
    </button>
  );
}

/**
 * The matching page of a cycle (programme staff only): the balance report, fixed pairs, a run, the pairings with
 * their scores and reasons (open proposals can be dropped), publishing, who is still without a pairing, and the
 * mentors' free places.
 */
export function MatchingPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  title: string;
  cycle: CycleRow;
  url: string;
  pairings: PairingListRow[];
  pool: PoolMentee[];
  mentors: PoolMentor[];
  balance: BalanceReport;
  state: FormState;
}) {
  const { ctx } = p;
  const { t } = ctx;
  const heading = t('mentoring.matching.title', { programme: p.title, cycle: p.cycle.name });
  const open = p.pairings.filter((x) => x.status === 'proposed').length;
  const free = p.mentors.filter((m) => m.capacity > m.taken);
  const labels = { menteeId: t('mentoring.matching.fixed.mentee'), mentorId: t('mentoring.matching.fixed.mentor') };
  const b = p.balance;
  return (
    <StaffPage ctx={ctx} area={{ municipality: p.tenant }} title={heading}>
      <p class="kern-body">{t('mentoring.matching.intro')}</p>

      <h2 class="kern-heading-medium">{t('mentoring.matching.balance.title')}</h2>
      {b.targetPercent === null ? (
        <p class="kern-body">{t('mentoring.matching.balance.noTarget')}</p>
      ) : (
        <p class="kern-body">
          {b.sharePercent === null
            ? t('mentoring.matching.balance.nobody', { target: b.targetPercent })
            : t('mentoring.matching.balance.share', { share: b.sharePercent, target: b.targetPercent })}
        </p>
      )}
      {b.shortfall && (
        <div class="kern-alert kern-alert--warning" role="status">
          <div class="kern-alert__body">
            <p class="kern-body">{t(b.shortfall.key, b.shortfall.values)}</p>
          </div>
        </div>
      )}

      <h2 class="kern-heading-medium">{t('mentoring.matching.fixed.title')}</h2>
      <p class="kern-body">{t('mentoring.matching.fixed.intro')}</p>
      <FormWithSummary
        ctx={ctx}
        state={p.state}
        labels={labels}
        action={`${p.url}/fixed`}
        label={t('mentoring.matching.fixed.title')}
        submit={t('mentoring.matching.fixed.submit')}
      >
        <SelectField
          ctx={ctx}
          state={p.state}
          name="menteeId"
          label={labels.menteeId}
          required
          options={p.pool.map((m) => [m.id, m.displayName])}
        />
        <SelectField
          ctx={ctx}
          state={p.state}
          name="mentorId"
          label={labels.mentorId}
          required
          options={free.map((m) => [
            m.id,
            t('mentoring.matching.mentorOption', { name: m.displayName, free: m.capacity - m.taken }),
          ])}
        />
      </FormWithSummary>

      <h2 class="kern-heading-medium" id="proposals">
        {t('mentoring.matching.pairings.title')}
      </h2>
      <Form ctx={ctx} action={`${p.url}/run`} label={t('mentoring.matching.run.submit')}>
        <p class="kern-body">{t('mentoring.matching.run.intro')}</p>
        <Button label={t('mentoring.matching.run.submit')} />
      </Form>
      <DataTable
        caption={t('mentoring.matching.pairings.title')}
        captionHidden
        empty={t('mentoring.matching.pairings.empty')}
        rows={p.pairings}
        columns={[
          { header: t('mentoring.matching.field.mentee'), rowHeader: true, cell: (r) => <bdi>{r.menteeName}</bdi> },
          { header: t('mentoring.matching.field.mentor'), cell: (r) => <bdi>{r.mentorName}</bdi> },
          {
            header: t('mentoring.matching.field.status'),
            cell: (r) =>
              r.fixed && r.status === 'proposed'
                ? t('mentoring.matching.status.fixed')
                : t(`mentoring.matching.status.${r.status}`),
          },
          {
            header: t('mentoring.matching.field.score'),
            numeric: true,
            cell: (r) => (r.score === null ? '' : ctx.number(r.score)),
          },
          { header: t('mentoring.matching.field.reasons'), cell: (r) => reasonText(ctx, r.reasons) },
          {
            header: t('mentoring.matching.field.actions'),
            action: true,
            cell: (r) =>
              r.status === 'proposed' && (
                <Form
                  ctx={ctx}
                  action={`${p.url}/proposals/${r.id}/drop`}
                  label={t('mentoring.matching.drop.label', { mentee: r.menteeName, mentor: r.mentorName })}
                >
                  <Button label={t('mentoring.matching.drop.submit')} />
                </Form>
              ),
          },
        ]}
      />
      {open > 0 && (
        <Form ctx={ctx} action={`${p.url}/publish`} label={t('mentoring.matching.publish.submit')}>
          <p class="kern-body">{t('mentoring.matching.publish.intro', { count: open })}</p>
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{t('mentoring.matching.publish.submit')}</span>
          </button>
        </Form>
      )}

      <h2 class="kern-heading-medium">{t('mentoring.matching.pool.title')}</h2>
      <DataTable
        caption={t('mentoring.matching.pool.title')}
        captionHidden
        empty={t('mentoring.matching.pool.empty')}
        rows={p.pool}
        columns={[
          { header: t('mentoring.matching.field.mentee'), rowHeader: true, cell: (r) => <bdi>{r.displayName}</bdi> },
          {
            header: t('mentoring.matching.field.topics'),
            cell: (r) =>
              formatList(
                ctx.locale,
                r.topics.map((x) => t(`mentoring.topic.${x}`)),
              ),
          },
          { header: t('mentoring.matching.field.languages'), cell: (r) => formatList(ctx.locale, r.languages) },
        ]}
      />

      <h2 class="kern-heading-medium">{t('mentoring.matching.mentors.title')}</h2>
      <DataTable
        caption={t('mentoring.matching.mentors.title')}
        captionHidden
        empty={t('mentoring.matching.mentors.empty')}
        rows={p.mentors}
        columns={[
          { header: t('mentoring.matching.field.mentor'), rowHeader: true, cell: (r) => <bdi>{r.displayName}</bdi> },
          { header: t('mentoring.matching.field.faction'), cell: (r) => r.faction ?? '' },
          { header: t('mentoring.matching.field.capacity'), numeric: true, cell: (r) => ctx.number(r.capacity) },
          { header: t('mentoring.matching.field.taken'), numeric: true, cell: (r) => ctx.number(r.taken) },
        ]}
      />
    </StaffPage>
  );
}
