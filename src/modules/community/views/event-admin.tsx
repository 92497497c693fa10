import type { PageTenant } from '../../../platform/db/tenant.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import type { FormState } from '../../../platform/views/components/form.tsx';
import { Pagination, pageCount } from '../../../platform/views/components/pagination.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage, StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { StaffEventRow } from '../events.repository.ts';
import type { EventText } from '../events.texts.ts';
import { textIn } from '../events.texts.ts';
import { type EventChoices, EventFields, eventLabels } from './event-form.tsx';
import { staffEventsBase } from './event-parts.tsx';

/** The staff navigation entry of the events pages. */
export const EVENTS_NAV = 'community.events.staff';

export interface EventsAdminProps {
  ctx: ViewContext;
  tenant: PageTenant;
  rows: StaffEventRow[];
  texts: EventText[];
  typeLabel: (key: string) => string;
  total: number;
  page: number;
  pageSize: number;
  /** The person keeps the municipality's own event types (a Quartier manager or administrator). */
  keepsTypes: boolean;
}

/** The events the person organises (a volunteer) or all of the municipality's (QM, administrator). */
export function EventsAdminPage(p: EventsAdminProps) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const base = staffEventsBase(ctx, tenant.slug);
  const title = (r: StaffEventRow) =>
    textIn(
      p.texts.filter((x) => x.eventId === r.id),
      r.sourceLocale,
      ctx.locale,
    )?.title ?? p.typeLabel(r.typeKey);
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={EVENTS_NAV}
      title={t('community.events.staff.title')}
      action={{ href: `${base}/new`, label: t('community.events.staff.new') }}
    >
      <p class="kern-body" role="status">
        {t('community.events.staff.count', { count: p.total })}
      </p>
      <DataTable
        caption={t('community.events.staff.title')}
        captionHidden
        empty={t('community.events.staff.empty')}
        rows={p.rows}
        columns={[
          {
            header: t('community.events.field.title'),
            rowHeader: true,
            cell: (r) => (
              <a class="kern-link" href={`${base}/${r.id}`}>
                {title(r)}
              </a>
            ),
          },
          { header: t('community.events.field.typeKey'), cell: (r) => p.typeLabel(r.typeKey) },
          { header: t('community.events.staff.status'), cell: (r) => t(`community.events.status.${r.status}`) },
          {
            header: t('community.events.staff.next'),
            cell: (r) => (r.nextStart ? ctx.date(r.nextStart, true) : t('community.events.staff.noNext')),
          },
          { header: t('community.events.staff.datesAhead'), numeric: true, cell: (r) => ctx.number(r.datesAhead) },
          { header: t('community.events.field.organiserName'), cell: (r) => <bdi>{r.organiserName}</bdi> },
        ]}
      />
      <Pagination ctx={ctx} page={p.page} count={pageCount(p.total, p.pageSize)} href={(n) => `${base}?page=${n}`} />
      {p.keepsTypes && (
        <p class="kern-body">
          <a class="kern-link" href={`${base}/types`}>
            {t('community.events.types.title')}
          </a>
        </p>
      )}
    </StaffPage>
  );
}

/** A new series. */
export function NewEventPage(p: { ctx: ViewContext; tenant: PageTenant; state: FormState; choices: EventChoices }) {
  const { ctx, tenant } = p;
  const base = staffEventsBase(ctx, tenant.slug);
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={EVENTS_NAV}
      title={ctx.t('community.events.staff.new')}
      state={p.state}
      labels={eventLabels(ctx)}
      action={base}
      after={<BackLink href={base}>{ctx.t('community.events.staff.back')}</BackLink>}
    >
      <EventFields ctx={ctx} state={p.state} choices={p.choices} />
    </StaffFormPage>
  );
}

/** Edit a series: the same form; the dates follow (unchanged dates keep their registrations). */
export function EditEventPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  id: string;
  state: FormState;
  choices: EventChoices;
}) {
  const { ctx, tenant } = p;
  const base = `${staffEventsBase(ctx, tenant.slug)}/${p.id}`;
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={EVENTS_NAV}
      title={ctx.t('community.events.staff.edit')}
      state={p.state}
      labels={eventLabels(ctx)}
      action={base}
      after={<BackLink href={base}>{ctx.t('community.events.staff.backToEvent')}</BackLink>}
    >
      <p class="kern-body">{ctx.t('community.events.staff.editNote')}</p>
      <EventFields ctx={ctx} state={p.state} choices={p.choices} />
    </StaffFormPage>
  );
}
