import type { PageTenant } from '../../../platform/db/tenant.ts';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { FreeFlatRow, WaitingRow } from '../office.repository.ts';
import { daysBetween, MIN_CASES, type TimeToHome } from '../office.service.ts';
import type { RoundPolicy, RoundStatus } from '../rounds.tables.ts';
import { householdLabel, officeBase, roundHref } from './office-parts.tsx';

export interface OfficeData {
  waiting: WaitingRow[];
  flats: FreeFlatRow[];
  figures: TimeToHome[];
  rounds: { id: string; title: string; policy: RoundPolicy; status: RoundStatus; round_date: string | Date }[];
  today: string;
}

function Rounds({ ctx, tenant, rounds }: { ctx: ViewContext; tenant: PageTenant; rounds: OfficeData['rounds'] }) {
  const { t } = ctx;
  return (
    <DataTable
      caption={t('housing.office.rounds.title')}
      captionHidden
      empty={t('housing.office.rounds.empty')}
      rows={rounds}
      columns={[
        {
          header: t('housing.office.round.title'),
          rowHeader: true,
          cell: (r) => (
            <a class="kern-link" href={roundHref(ctx, tenant, r.id)}>
              <bdi>{r.title}</bdi>
            </a>
          ),
        },
        { header: t('housing.office.round.date'), cell: (r) => ctx.date(r.round_date) },
        { header: t('housing.office.round.policy'), cell: (r) => t(`housing.office.policy.${r.policy}`) },
        { header: t('housing.office.round.status'), cell: (r) => t(`housing.office.status.${r.status}`) },
      ]}
    />
  );
}

function Waiting({ ctx, rows, today }: { ctx: ViewContext; rows: WaitingRow[]; today: string }) {
  const { t } = ctx;
  return (
    <DataTable
      caption={t('housing.office.waiting.title')}
      captionHidden
      empty={t('housing.office.waiting.empty')}
      rows={rows}
      columns={[
        { header: t('housing.office.csv.id'), rowHeader: true, cell: (r) => householdLabel(r.id) },
        { header: t('housing.office.csv.urgency'), cell: (r) => t(`housing.office.urgency.${r.urgency}`) },
        { header: t('housing.office.csv.waitingSince'), cell: (r) => ctx.date(r.waitingSince) },
        {
          header: t('housing.office.csv.waitingDays'),
          numeric: true,
          cell: (r) => ctx.number(daysBetween(r.waitingSince, today)),
        },
        { header: t('housing.office.csv.size'), numeric: true, cell: (r) => ctx.number(r.size) },
        {
          header: t('housing.office.csv.accessibility'),
          cell: (r) => t(`housing.office.accessibility.${r.accessibility}`),
        },
      ]}
    />
  );
}

function Flats({ ctx, rows }: { ctx: ViewContext; rows: FreeFlatRow[] }) {
  const { t } = ctx;
  return (
    <DataTable
      caption={t('housing.office.flats.title')}
      captionHidden
      empty={t('housing.office.flats.empty')}
      rows={rows}
      columns={[
        { header: t('housing.office.flats.street'), rowHeader: true, cell: (f) => <bdi>{f.street}</bdi> },
        { header: t('housing.office.flats.rooms'), numeric: true, cell: (f) => ctx.number(f.rooms) },
        { header: t('housing.office.flats.area'), numeric: true, cell: (f) => ctx.number(f.areaM2) },
        { header: t('housing.office.flats.rent'), numeric: true, cell: (f) => ctx.money(f.grossColdRent) },
        { header: t('housing.office.flats.available'), cell: (f) => ctx.date(f.availableFrom) },
        {
          header: t('housing.office.flats.wbs'),
          cell: (f) => t(f.wbsRequired ? 'housing.office.yes' : 'housing.office.no'),
        },
      ]}
    />
  );
}

function Figures({ ctx, figures }: { ctx: ViewContext; figures: TimeToHome[] }) {
  const { t } = ctx;
  return (
    <DataTable
      caption={t('housing.office.figures.title')}
      captionHidden
      empty={t('housing.office.figures.empty')}
      rows={figures}
      columns={[
        {
          header: t('housing.office.figures.size'),
          rowHeader: true,
          cell: (f) => (f.size >= 5 ? t('housing.office.figures.fiveOrMore') : ctx.number(f.size)),
        },
        {
          header: t('housing.office.figures.cases'),
          numeric: true,
          cell: (f) => (f.tooFew ? t('housing.office.figures.tooFew', { min: MIN_CASES }) : ctx.number(f.cases ?? 0)),
        },
        {
          header: t('housing.office.figures.median'),
          numeric: true,
          cell: (f) => (f.medianDays === null ? t('housing.office.figures.none') : ctx.number(f.medianDays)),
        },
      ]}
    />
  );
}

/** The housing office: rounds, waiting households, free flats and time-to-home figures, with the CSV export. */
export function OfficePage({ ctx, tenant, data }: { ctx: ViewContext; tenant: PageTenant; data: OfficeData }) {
  const { t } = ctx;
  const base = officeBase(ctx, tenant);
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="housing.office"
      title={t('housing.office.title')}
      action={{ href: `${base}/rounds/new`, label: t('housing.office.rounds.new') }}
    >
      <h2 class="kern-heading-medium">{t('housing.office.rounds.title')}</h2>
      <Rounds ctx={ctx} tenant={tenant} rounds={data.rounds} />
      <h2 class="kern-heading-medium">{t('housing.office.waiting.title')}</h2>
      <p class="kern-body">
        {t('housing.office.waiting.count', { n: data.waiting.length })}{' '}
        <a class="kern-link" href={`${base}/waiting.csv`} download>
          {t('housing.office.waiting.csv')}
        </a>
      </p>
      <Waiting ctx={ctx} rows={data.waiting} today={data.today} />
      <h2 class="kern-heading-medium">{t('housing.office.flats.title')}</h2>
      <Flats ctx={ctx} rows={data.flats} />
      <h2 class="kern-heading-medium">{t('housing.office.figures.title')}</h2>
      <p class="kern-body">{t('housing.office.figures.hint', { min: MIN_CASES })}</p>
      <Figures ctx={ctx} figures={data.figures} />
    </StaffPage>
  );
}
