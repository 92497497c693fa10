import type { UnmatchedReason } from '../../../lib/matching/index.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import { ErrorSummary, Form, SubmitButton } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { renderLine, unplacedLines } from '../rounds.explain.ts';
import { AVAILABLE_POLICIES } from '../rounds.policy.ts';
import type { RoundRow } from '../rounds.repository.ts';
import type { PolicyFigureRow } from '../rounds.tables.ts';
import { Check, flatLabel, Group, householdLabel, type OfficeViewProps, Radio, roundHref } from './office-parts.tsx';
import { descriptionItem } from './lists.tsx';

export interface RoundView {
  round: RoundRow;
  households: number;
  flats: number;
  proposals: {
    household_id: string;
    flat_id: string;
    score: number;
    confirmed_flat_id: string | null;
    override_reason: string | null;
  }[];
  unplaced: { household_id: string; reason: unknown }[];
  streets: Map<string, string>;
}

const RUNNABLE = new Set(['draft', 'previewed', 'run', 'failed']);

type RoundProps = OfficeViewProps<RoundView>;

function Facts({ ctx, v }: { ctx: ViewContext; v: RoundView }) {
  const { t } = ctx;
  const r = v.round;
  const row = descriptionItem;
  return (
    <dl class="kern-description-list">
      {row(t('housing.office.round.status'), t(`housing.office.status.${r.status}`))}
      {row(t('housing.office.round.policy'), t(`housing.office.policy.${r.policy}`))}
      {row(t('housing.office.round.date'), ctx.date(r.round_date))}
      {row(t('housing.office.round.ruleVersion'), r.rule_version)}
      {row(t('housing.office.round.households'), ctx.number(v.households))}
      {row(t('housing.office.round.flats'), ctx.number(v.flats))}
      {r.preview && row(t('housing.office.round.feasiblePairs'), ctx.number(r.preview.feasiblePairs))}
      {r.preview && row(t('housing.office.round.withoutFlat'), ctx.number(r.preview.withoutFlat))}
    </dl>
  );
}

function Progress({ ctx, tenant, v }: { ctx: ViewContext; tenant: PageTenant; v: RoundView }) {
  if (v.round.status !== 'queued' && v.round.status !== 'running') return null;
  const { t } = ctx;
  return (
    <p class="kern-body">
      <label for="round-progress">{t('housing.office.round.progress', { n: v.round.progress })}</label>{' '}
      <progress id="round-progress" max={100} value={v.round.progress}>
        {`${v.round.progress} %`}
      </progress>{' '}
      <a class="kern-link" href={roundHref(ctx, tenant, v.round.id)}>
        {t('housing.office.round.reload')}
      </a>
    </p>
  );
}

function Actions({ ctx, tenant, v, state }: RoundProps) {
  const { t } = ctx;
  const confirmed = v.proposals.some((p) => p.confirmed_flat_id);
  if (!RUNNABLE.has(v.round.status) || confirmed) return null;
  const base = roundHref(ctx, tenant, v.round.id);
  return (
    <>
      <Form ctx={ctx} action={`${base}/preview`} label={t('housing.office.round.preview')}>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('housing.office.round.preview')}</span>
        </button>
      </Form>
      <Form ctx={ctx} action={`${base}/run`} label={t('housing.office.round.run')}>
        {Object.keys(state.errors).some((k) => k.startsWith('policy')) && (
          <ErrorSummary ctx={ctx} state={state} labels={{ policy: t('housing.office.round.policy') }} />
        )}
        <Group ctx={ctx} id="policy" legend={t('housing.office.round.policy')} error={state.errors.policy}>
          {AVAILABLE_POLICIES.map((p) => (
            <Radio name="policy" value={p} id={`run-${p}`} checked={p === v.round.policy}>
              {t(`housing.office.policy.${p}`)}
            </Radio>
          ))}
        </Group>
        <SubmitButton>{t('housing.office.round.run')}</SubmitButton>
      </Form>
    </>
  );
}

/** The policies side by side: placed per urgency level, total fit, justified-envy pairs. */
export function Comparison({ ctx, rows }: { ctx: ViewContext; rows: PolicyFigureRow[] }) {
  const { t } = ctx;
  const level = (r: PolicyFigureRow, l: number) => {
    const g = r.byUrgency.find((x) => x.level === l);
    return t('housing.office.compare.ofTotal', { placed: g?.placed ?? 0, total: g?.households ?? 0 });
  };
  return (
    <DataTable
      caption={t('housing.office.compare.title')}
      empty={t('housing.office.compare.empty')}
      rows={rows}
      columns={[
        {
          header: t('housing.office.round.policy'),
          rowHeader: true,
          cell: (r) => t(`housing.office.policy.${r.policy}`),
        },
        { header: t('housing.office.compare.placed'), numeric: true, cell: (r) => ctx.number(r.placed) },
        ...[3, 2, 1, 0].map((l) => ({
          header: t(`housing.office.urgency.${l}`),
          numeric: true,
          cell: (r: PolicyFigureRow) => level(r, l),
        })),
        { header: t('housing.office.compare.totalFit'), numeric: true, cell: (r) => ctx.number(r.totalScore) },
        { header: t('housing.office.compare.envy'), numeric: true, cell: (r) => ctx.number(r.justifiedEnvyPairs) },
      ]}
    />
  );
}

function Proposals({ ctx, tenant, v, state }: RoundProps) {
  const { t } = ctx;
  const base = roundHref(ctx, tenant, v.round.id);
  const open = v.proposals.filter((p) => !p.confirmed_flat_id);
  const table = (
    <DataTable
      caption={t('housing.office.proposals.title')}
      captionHidden
      empty={t('housing.office.proposals.empty')}
      rows={v.proposals}
      columns={[
        {
          header: t('housing.office.csv.id'),
          rowHeader: true,
          cell: (p) =>
            p.confirmed_flat_id ? (
              householdLabel(p.household_id)
            ) : (
              <Check name="household" value={p.household_id} id={`c-${p.household_id}`}>
                {householdLabel(p.household_id)}
              </Check>
            ),
        },
        {
          header: t('housing.office.proposals.flat'),
          cell: (p) => <bdi>{flatLabel(p.flat_id, v.streets.get(p.flat_id))}</bdi>,
        },
        { header: t('housing.office.proposals.score'), numeric: true, cell: (p) => ctx.number(p.score) },
        {
          header: t('housing.office.proposals.state'),
          cell: (p) =>
            p.confirmed_flat_id
              ? t(p.override_reason ? 'housing.office.proposals.overridden' : 'housing.office.proposals.confirmed')
              : t('housing.office.proposals.open'),
        },
        {
          header: t('housing.office.proposals.why'),
          action: true,
          cell: (p) => (
            <a class="kern-link" href={`${base}/proposals/${p.household_id}`}>
              {t('housing.office.proposals.explain', { id: householdLabel(p.household_id) })}
            </a>
          ),
        },
      ]}
    />
  );
  if (open.length === 0 || (v.round.status !== 'run' && v.round.status !== 'confirmed_partly')) return table;
  return (
    <Form ctx={ctx} action={`${base}/confirm`} label={t('housing.office.proposals.title')}>
      {Object.keys(state.errors).some((k) => k.startsWith('household')) && (
        <ErrorSummary ctx={ctx} state={state} labels={{ household: t('housing.office.csv.id') }} />
      )}
      <p class="kern-body">{t('housing.office.proposals.check')}</p>
      {table}
      <SubmitButton>{t('housing.office.proposals.confirmTicked')}</SubmitButton>
    </Form>
  );
}

function Unplaced({ ctx, v }: { ctx: ViewContext; v: RoundView }) {
  const { t } = ctx;
  return (
    <DataTable
      caption={t('housing.office.unplaced.title')}
      captionHidden
      empty={t('housing.office.unplaced.empty')}
      rows={v.unplaced}
      columns={[
        { header: t('housing.office.csv.id'), rowHeader: true, cell: (u) => householdLabel(u.household_id) },
        {
          header: t('housing.office.unplaced.reason'),
          cell: (u) =>
            unplacedLines(u.reason as UnmatchedReason)
              .map((l) => renderLine(t, l))
              .join(' '),
        },
      ]}
    />
  );
}

/** One round: its frozen inputs' counts, progress, the policies side by side, proposals to confirm, the unplaced. */
export function RoundPage({ ctx, tenant, v, state }: RoundProps) {
  const { t } = ctx;
  const ran = v.round.comparison !== null;
  return (
    <StaffPage ctx={ctx} area={{ municipality: tenant }} current="housing.office" title={v.round.title}>
      <Facts ctx={ctx} v={v} />
      <Progress ctx={ctx} tenant={tenant} v={v} />
      <Actions ctx={ctx} tenant={tenant} v={v} state={state} />
      {ran && (
        <>
          <h2 class="kern-heading-medium">{t('housing.office.compare.title')}</h2>
          <p class="kern-body">{t('housing.office.compare.hint')}</p>
          <Comparison ctx={ctx} rows={v.round.comparison ?? []} />
          <h2 class="kern-heading-medium">{t('housing.office.proposals.title')}</h2>
          <Proposals ctx={ctx} tenant={tenant} v={v} state={state} />
          <h2 class="kern-heading-medium">{t('housing.office.unplaced.title')}</h2>
          <Unplaced ctx={ctx} v={v} />
        </>
      )}
    </StaffPage>
  );
}
