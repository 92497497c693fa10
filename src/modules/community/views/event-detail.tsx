import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { Locale } from '../../../platform/i18n/locales.ts';
import { TranslationStates } from '../../../platform/views/components/content-texts.tsx';
import { BackLink, DetailList } from '../../../platform/views/components/detail-list.tsx';
import { type FormState, FormWithSummary, SelectField } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { EventRow } from '../events.repository.ts';
import type { RoomPlace } from '../events.read.ts';
import type { TextState } from '../events.texts.ts';
import type { OccurrenceRow } from '../occurrences.repository.ts';
import { EVENTS_NAV } from './event-admin.tsx';
import { dateState, eventFacts, Place, publicEventsBase, staffEventsBase, when } from './event-parts.tsx';

export interface EventDetailProps {
  ctx: ViewContext;
  tenant: PageTenant;
  event: EventRow;
  title: string;
  typeLabel: string;
  room: RoomPlace | null;
  texts: [Locale, TextState][];
  dates: OccurrenceRow[];
  /** More dates than shown: a link to all of them. */
  more: boolean;
  /** The registrations part's list of a date exists (it is joined in separately). */
  canList: boolean;
  /** A refused status change, with its errors. */
  statusState?: FormState;
}

const NEXT: Record<EventRow['status'], EventRow['status'][]> = {
  draft: ['published', 'cancelled'],
  published: ['draft', 'cancelled'],
  cancelled: [],
};

function StatusSection({ p, base }: { p: EventDetailProps; base: string }) {
  const { ctx } = p;
  const { t } = ctx;
  const state = p.statusState ?? { values: {}, errors: {} };
  const options = NEXT[p.event.status].map((s): [string, string] => [s, t(`community.events.status.${s}`)]);
  return (
    <section aria-labelledby="status-title">
      <h2 class="kern-heading-medium" id="status-title">
        {t('community.events.staff.status')}
      </h2>
      <p class="kern-body">
        {t('community.events.staff.statusNow', { status: t(`community.events.status.${p.event.status}`) })}
      </p>
      {options.length > 0 && (
        <FormWithSummary
          ctx={ctx}
          state={state}
          labels={{ status: t('community.events.staff.statusNext') }}
          action={`${base}/status`}
          label={t('community.events.staff.statusNext')}
          submit={t('community.events.staff.statusChange')}
        >
          <SelectField
            ctx={ctx}
            state={state}
            name="status"
            label={t('community.events.staff.statusNext')}
            options={options}
            required
          />
        </FormWithSummary>
      )}
    </section>
  );
}

function DatesSection({ p, base }: { p: EventDetailProps; base: string }) {
  const { ctx, event } = p;
  const { t } = ctx;
  return (
    <section aria-labelledby="dates-title">
      <h2 class="kern-heading-medium" id="dates-title">
        {t('community.events.page.dates')}
      </h2>
      <DataTable
        caption={t('community.events.page.dates')}
        captionHidden
        empty={t('community.events.page.noDates')}
        rows={p.dates}
        columns={[
          { header: t('community.events.staff.when'), rowHeader: true, cell: (o) => when(ctx, o.startsAt, o.endsAt) },
          { header: t('community.events.staff.state'), cell: (o) => dateState(ctx, o, event.registration).text },
          {
            header: t('community.events.staff.taken'),
            numeric: true,
            cell: (o) =>
              o.places === null
                ? ctx.number(o.confirmedCount)
                : `${ctx.number(o.confirmedCount)} / ${ctx.number(o.places)}`,
          },
          {
            header: t('community.events.staff.actions'),
            action: true,
            cell: (o) => (
              <>
                <a class="kern-link" href={`${base}/occurrences/${o.id}`}>
                  {t('community.events.staff.changeDate')}
                  <span class="z-visually-hidden"> {when(ctx, o.startsAt, o.endsAt)}</span>
                </a>
                {p.canList && event.registration === 'required' && (
                  <>
                    {' · '}
                    <a class="kern-link" href={`${base}/occurrences/${o.id}/registrations`}>
                      {t('community.events.staff.registrations')}
                      <span class="z-visually-hidden"> {when(ctx, o.startsAt, o.endsAt)}</span>
                    </a>
                  </>
                )}
              </>
            ),
          },
        ]}
      />
      {p.more && (
        <p class="kern-body">
          <a class="kern-link" href={`${base}?dates=all`}>
            {t('community.events.staff.allDates')}
          </a>
        </p>
      )}
    </section>
  );
}

/** An event for its organisers: facts, links, status, translations and its dates with their state. */
export function EventDetailPage(p: EventDetailProps) {
  const { ctx, tenant, event } = p;
  const { t } = ctx;
  const base = `${staffEventsBase(ctx, tenant.slug)}/${event.id}`;
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={EVENTS_NAV}
      title={p.title}
      action={{ href: `${base}/edit`, label: t('community.events.staff.edit') }}
    >
      <BackLink href={staffEventsBase(ctx, tenant.slug)}>{t('community.events.staff.back')}</BackLink>
      <DetailList
        rows={[
          [t('community.events.field.typeKey'), p.typeLabel],
          [t('community.events.page.place'), <Place event={event} room={p.room} />],
          [t('community.events.page.facts'), eventFacts(ctx, event).join(' · ')],
          event.status !== 'draft' && [
            t('community.events.staff.publicPage'),
            <a class="kern-link" href={`${publicEventsBase(ctx, tenant.slug)}/${event.id}`}>
              {p.title}
            </a>,
          ],
        ]}
      />
      <StatusSection p={p} base={base} />
      <TranslationStates
        ctx={ctx}
        title={t('community.events.text.title')}
        base={base}
        states={p.texts}
        stateKey={(s) => `community.events.text.${s}`}
      />
      <DatesSection p={p} base={base} />
    </StaffPage>
  );
}
