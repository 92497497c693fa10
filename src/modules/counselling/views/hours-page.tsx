import type { Holiday } from '../../../lib/calendar/holidays.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import {
  Form,
  type FormState,
  FormWithSummary,
  SelectField,
  TextField,
} from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { EXCEPTION_REASONS } from '../counselling.tables.ts';
import type { CounsellorSeat, ExceptionRow, HoursRow } from '../hours.repository.ts';
import { isoWeekday, rangesOfDay } from '../slots.ts';

export const HOURS_NAV = 'counselling.hours';
const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

export interface HoursPageProps {
  ctx: ViewContext;
  tenant: PageTenant;
  base: string;
  own: boolean;
  seats: readonly CounsellorSeat[];
  hours: readonly HoursRow[];
  exceptions: readonly ExceptionRow[];
  holidays: readonly Holiday[];
  people: readonly { counsellorId: string; name: string }[];
  today: string;
  forms: { hours: FormState; exception: FormState };
}

const noon = (day: string) => `${day}T12:00:00Z`;

function RemoveButton({ ctx, action, label }: { ctx: ViewContext; action: string; label: string }) {
  return (
    <Form ctx={ctx} action={action} label={label}>
      <button type="submit" class="kern-btn kern-btn--secondary">
        <span class="kern-label">{ctx.t('counselling.hours.remove')}</span>
      </button>
    </Form>
  );
}

/** What a coming holiday does to the person's hours: nothing, closes them, or replaced by an exception. */
function holidayEffect(p: HoursPageProps, day: string): string {
  const { t } = p.ctx;
  if (p.exceptions.some((e) => e.day === day)) return t('counselling.hours.holiday.exception');
  const weekly = p.seats.flatMap((s) =>
    rangesOfDay(
      day,
      p.hours.filter((h) => h.counsellorId === s.counsellorId),
      [],
    ),
  );
  return weekly.length > 0 ? t('counselling.hours.holiday.closed') : t('counselling.hours.holiday.none');
}

function HoursTable(p: HoursPageProps) {
  const { ctx, seats } = p;
  const { t } = ctx;
  const title = (id: string) => seats.find((s) => s.counsellorId === id)?.title ?? '';
  const validity = (h: HoursRow) =>
    h.validUntil
      ? t('counselling.hours.validFromUntil', {
          from: ctx.date(noon(h.validFrom)),
          until: ctx.date(noon(h.validUntil)),
        })
      : t('counselling.hours.validFromOn', { from: ctx.date(noon(h.validFrom)) });
  return (
    <DataTable
      caption={t('counselling.hours.weekly.title')}
      captionHidden
      rows={p.hours}
      empty={t('counselling.hours.weekly.empty')}
      columns={[
        {
          header: t('counselling.hours.field.weekday'),
          rowHeader: true,
          cell: (h) => t(`counselling.hours.weekday.${h.weekday}`),
        },
        { header: t('counselling.hours.field.time'), cell: (h) => `${h.starts}–${h.ends}` },
        { header: t('counselling.hours.field.service'), cell: (h) => <bdi lang="de">{title(h.counsellorId)}</bdi> },
        { header: t('counselling.hours.field.validity'), cell: validity },
        {
          header: t('counselling.hours.actions'),
          cell: (h) => (
            <RemoveButton ctx={ctx} action={`${p.base}/${h.id}/remove`} label={t('counselling.hours.removeRange')} />
          ),
        },
      ]}
    />
  );
}

function ExceptionsTable(p: HoursPageProps) {
  const { ctx, seats } = p;
  const { t } = ctx;
  const title = (id: string) => seats.find((s) => s.counsellorId === id)?.title ?? '';
  const remove = (e: ExceptionRow) => `${p.base}/exceptions/${e.id}/remove`;
  return (
    <DataTable
      caption={t('counselling.hours.exceptions.title')}
      captionHidden
      rows={p.exceptions}
      empty={t('counselling.hours.exceptions.empty')}
      columns={[
        { header: t('counselling.hours.field.day'), rowHeader: true, cell: (e) => ctx.date(noon(e.day)) },
        {
          header: t('counselling.hours.field.time'),
          cell: (e) => (e.starts && e.ends ? `${e.starts}–${e.ends}` : t('counselling.hours.dayOff')),
        },
        { header: t('counselling.hours.field.reason'), cell: (e) => t(`counselling.exception.${e.reason}`) },
        { header: t('counselling.hours.field.service'), cell: (e) => <bdi lang="de">{title(e.counsellorId)}</bdi> },
        {
          header: t('counselling.hours.actions'),
          cell: (e) => <RemoveButton ctx={ctx} action={remove(e)} label={t('counselling.hours.removeException')} />,
        },
      ]}
    />
  );
}

function HoursForm(p: HoursPageProps) {
  const { ctx } = p;
  const { t } = ctx;
  const state = p.forms.hours;
  const services = p.seats.map((s): [string, string] => [s.counsellorId, s.title]);
  const weekdays = WEEKDAYS.map((d): [string, string] => [d, t(`counselling.hours.weekday.${d}`)]);
  const names = ['service', 'weekday', 'starts', 'ends', 'validFrom', 'validUntil'];
  const labels = Object.fromEntries(names.map((n) => [n, t(`counselling.hours.field.${n}`)]));
  const text = (name: string, hint: string, required = true) => (
    <TextField ctx={ctx} state={state} name={name} label={labels[name]!} hint={hint} required={required} />
  );
  return (
    <FormWithSummary
      ctx={ctx}
      state={state}
      labels={labels}
      action={p.base}
      label={t('counselling.hours.add.title')}
      submit={t('counselling.hours.add.submit')}
    >
      <SelectField ctx={ctx} state={state} name="service" label={labels.service!} options={services} required />
      <SelectField ctx={ctx} state={state} name="weekday" label={labels.weekday!} options={weekdays} required />
      {text('starts', t('counselling.hours.hint.time'))}
      {text('ends', t('counselling.hours.hint.time'))}
      {text('validFrom', t('counselling.hours.hint.day'))}
      {text('validUntil', t('counselling.hours.hint.until'), false)}
    </FormWithSummary>
  );
}

function ExceptionForm(p: HoursPageProps) {
  const { ctx } = p;
  const { t } = ctx;
  const state = p.forms.exception;
  const all: [string, string][] = p.seats.length > 1 ? [['all', t('counselling.hours.allServices')]] : [];
  const services = [...all, ...p.seats.map((s): [string, string] => [s.counsellorId, s.title])];
  const reasons = EXCEPTION_REASONS.map((r): [string, string] => [r, t(`counselling.exception.${r}`)]);
  const names = ['exceptionService', 'day', 'dayStarts', 'dayEnds', 'reason'];
  const labels = Object.fromEntries(names.map((n) => [n, t(`counselling.hours.field.${n}`)]));
  const text = (name: string, hint: string, required = false) => (
    <TextField ctx={ctx} state={state} name={name} label={labels[name]!} hint={hint} required={required} />
  );
  return (
    <FormWithSummary
      ctx={ctx}
      state={state}
      labels={labels}
      action={`${p.base}/exceptions`}
      label={t('counselling.hours.exception.title')}
      submit={t('counselling.hours.exception.submit')}
    >
      <SelectField
        ctx={ctx}
        state={state}
        name="exceptionService"
        label={labels.exceptionService!}
        options={services}
        required
      />
      {text('day', t('counselling.hours.hint.day'), true)}
      {text('dayStarts', t('counselling.hours.hint.dayTimes'))}
      {text('dayEnds', t('counselling.hours.hint.time'))}
      <SelectField ctx={ctx} state={state} name="reason" label={labels.reason!} options={reasons} required />
    </FormWithSummary>
  );
}

function Holidays(p: HoursPageProps) {
  const { ctx } = p;
  const { t } = ctx;
  return (
    <section aria-labelledby="hours-holidays">
      <h2 class="kern-heading-medium" id="hours-holidays">
        {t('counselling.hours.holidays.title')}
      </h2>
      <p class="kern-body">{t('counselling.hours.holidays.intro')}</p>
      <ul class="kern-list">
        {p.holidays.map((h) => (
          <li>
            {t('counselling.hours.holidays.item', {
              name: t(`counselling.hours.holiday.${h.key}`),
              day: ctx.date(noon(h.date)),
              weekday: t(`counselling.hours.weekday.${isoWeekday(h.date)}`),
              effect: holidayEffect(p, h.date),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function People(p: HoursPageProps) {
  const { ctx } = p;
  const { t } = ctx;
  if (p.people.length === 0) return null;
  const href = (id: string) => `/${ctx.locale}/m/${p.tenant.slug}/admin/counselling/counsellors/${id}/hours`;
  return (
    <section aria-labelledby="hours-people">
      <h2 class="kern-heading-medium" id="hours-people">
        {t('counselling.hours.people.title')}
      </h2>
      <ul class="kern-list">
        {p.people.map((x) => (
          <li>
            <a class="kern-link" href={href(x.counsellorId)}>
              <bdi>{x.name}</bdi>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A person's weekly hours across their services, their exceptions, the coming holidays; the forms to change them. */
export function HoursPage(p: HoursPageProps) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const who = p.seats[0]?.displayName ?? '';
  const title = p.own ? t('counselling.hours.own.title') : t('counselling.hours.other.title', { name: who });
  return (
    <StaffPage ctx={ctx} area={{ municipality: tenant }} current={HOURS_NAV} title={title}>
      {p.seats.length === 0 ? (
        <p class="kern-body">{t('counselling.hours.noServices')}</p>
      ) : (
        <>
          <p class="kern-body">{t('counselling.hours.intro')}</p>
          <h2 class="kern-heading-medium">{t('counselling.hours.weekly.title')}</h2>
          <HoursTable {...p} />
          <h2 class="kern-heading-medium">{t('counselling.hours.add.title')}</h2>
          <HoursForm {...p} />
          <h2 class="kern-heading-medium">{t('counselling.hours.exceptions.title')}</h2>
          <ExceptionsTable {...p} />
          <h2 class="kern-heading-medium">{t('counselling.hours.exception.title')}</h2>
          <ExceptionForm {...p} />
          <Holidays {...p} />
        </>
      )}
      <People {...p} />
    </StaffPage>
  );
}
