import type { PageTenant } from '../../../platform/db/tenant.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { ErrorSummary, type FormState, FormWithSummary, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { OccurrenceRow } from '../occurrences.repository.ts';
import { EVENTS_NAV } from './event-admin.tsx';
import { staffEventsBase, when } from './event-parts.tsx';
import { DayTimeFields } from './form-controls.tsx';

export interface OccurrencePageProps {
  ctx: ViewContext;
  tenant: PageTenant;
  eventId: string;
  title: string;
  o: OccurrenceRow;
  /** The series repeats and this is not its first date: "this and following" is offered. */
  canSplit: boolean;
  /** The date is still ahead and not cancelled. */
  changeable: boolean;
  state: FormState;
  /** A refused cancel or split, with its errors. */
  side?: { form: 'cancel' | 'split'; state: FormState };
}

/** One date of a series: move it or give it its own places, cancel it, or change it and all following. */
export function OccurrencePage(p: OccurrencePageProps) {
  const { ctx, tenant, o } = p;
  const { t } = ctx;
  const eventBase = `${staffEventsBase(ctx, tenant.slug)}/${p.eventId}`;
  const base = `${eventBase}/occurrences/${o.id}`;
  const labels = {
    date: t('community.events.occurrence.date'),
    startTime: t('community.events.field.startTime'),
    endTime: t('community.events.field.endTime'),
    places: t('community.events.occurrence.places'),
  };
  const side = (form: 'cancel' | 'split') => (p.side?.form === form ? p.side.state : { values: {}, errors: {} });
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={EVENTS_NAV}
      title={t('community.events.occurrence.title', { title: p.title })}
    >
      <BackLink href={eventBase}>{t('community.events.staff.backToEvent')}</BackLink>
      <p class="kern-body">
        <strong>{when(ctx, o.startsAt, o.endsAt)}</strong>
        {o.status === 'cancelled' && <> · {t('community.events.date.cancelled')}</>}
      </p>
      {!p.changeable && <p class="kern-body">{t('community.events.occurrence.fixed')}</p>}
      {/* A refused cancel or split of a date that can no longer change (cancelled meanwhile) says why here. */}
      {!p.changeable && p.side && <ErrorSummary ctx={ctx} state={p.side.state} labels={labels} />}
      {p.changeable && (
        <>
          <h2 class="kern-heading-medium">{t('community.events.occurrence.change')}</h2>
          <p class="kern-body">{t('community.events.occurrence.changeNote')}</p>
          <FormWithSummary ctx={ctx} state={p.state} labels={labels} action={base} submit={t('staff.save')}>
            <DayTimeFields
              ctx={ctx}
              state={p.state}
              names={['date', 'startTime', 'endTime']}
              labels={labels}
              timeHint={t('community.events.form.timeHint')}
            />
            <TextField
              ctx={ctx}
              state={p.state}
              name="places"
              label={labels.places}
              hint={t('community.events.occurrence.placesHint')}
              inputmode="numeric"
            />
          </FormWithSummary>
          <h2 class="kern-heading-medium">{t('community.events.occurrence.cancel')}</h2>
          <p class="kern-body">{t('community.events.occurrence.cancelNote')}</p>
          <FormWithSummary
            ctx={ctx}
            state={side('cancel')}
            labels={{ date: labels.date }}
            action={`${base}/cancel`}
            submit={t('community.events.occurrence.cancel')}
          >
            {null}
          </FormWithSummary>
          {p.canSplit && (
            <>
              <h2 class="kern-heading-medium">{t('community.events.occurrence.split')}</h2>
              <p class="kern-body">{t('community.events.occurrence.splitNote')}</p>
              <FormWithSummary
                ctx={ctx}
                state={side('split')}
                labels={{ split: t('community.events.occurrence.split') }}
                action={`${base}/split`}
                submit={t('community.events.occurrence.split')}
              >
                {null}
              </FormWithSummary>
            </>
          )}
        </>
      )}
    </StaffPage>
  );
}
