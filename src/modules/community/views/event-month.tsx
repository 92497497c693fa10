import { toFloating } from '../../../lib/calendar/index.ts';
import { dateTimeFormat } from '../../../platform/i18n/format.ts';
import { ErrorSummary } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import type { ListedDate } from '../events.read.ts';
import { textIn } from '../events.texts.ts';
import { type FindProps, Filters, filterLabels, ViewSwitch } from './event-list.tsx';
import { publicEventsBase } from './event-parts.tsx';

const DAY = 86_400_000;

/** The Berlin calendar day of an instant ("2026-12-18"). */
export const berlinDay = (d: Date) => toFloating(d, 'Europe/Berlin').toISOString().slice(0, 10);

/** The month before or after "YYYY-MM". */
export function shiftMonth(month: string, by: number): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 7);
}

/** The weeks of a month, Monday first, each day as "YYYY-MM-DD" or null outside the month. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = new Date(`${month}-01T00:00:00Z`);
  const lead = (first.getUTCDay() + 6) % 7;
  const days: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = first; d.toISOString().slice(0, 7) === month; d = new Date(d.getTime() + DAY)) {
    days.push(d.toISOString().slice(0, 10));
  }
  while (days.length % 7 !== 0) days.push(null);
  return Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
}

function DayCell({ p, day, dates }: { p: FindProps; day: string; dates: ListedDate[] }) {
  const { ctx, tenant } = p;
  const time = dateTimeFormat(ctx.locale, { timeStyle: 'short' });
  return (
    <td class="kern-table__cell">
      <span class="kern-title">{ctx.number(Number(day.slice(8, 10)))}</span>
      {dates.length > 0 && (
        <ul class="kern-list">
          {dates.map((d) => {
            const text = textIn(
              p.texts.filter((x) => x.eventId === d.eventId),
              d.sourceLocale,
              ctx.locale,
            );
            return (
              <li>
                <a class="kern-link" href={`${publicEventsBase(ctx, tenant.slug)}/${d.eventId}`}>
                  {time.format(d.startsAt)} <bdi lang={text?.lang}>{text?.title ?? d.typeKey}</bdi>
                </a>
                {d.status === 'cancelled' && <> ({ctx.t('community.events.date.cancelled')})</>}
              </li>
            );
          })}
        </ul>
      )}
    </td>
  );
}

/** A month as a calendar table (Monday first), each day with its dates; previous and next month as links. */
export function EventMonthPage(p: FindProps & { month: string; range: { first: string; last: string } }) {
  const { ctx, tenant, state, month } = p;
  const { t } = ctx;
  const base = publicEventsBase(ctx, tenant.slug);
  const monthName = dateTimeFormat(ctx.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T12:00:00Z`),
  );
  const weekday = dateTimeFormat(ctx.locale, { weekday: 'long', timeZone: 'UTC' });
  const monday = Date.UTC(2024, 0, 1, 12);
  const byDay = new Map<string, ListedDate[]>();
  for (const d of p.rows) byDay.set(berlinDay(d.startsAt), [...(byDay.get(berlinDay(d.startsAt)) ?? []), d]);
  const keep = new URLSearchParams();
  for (const [k, v] of Object.entries(state.values)) if (typeof v === 'string' && v !== '') keep.set(k, v);
  const at = (m: string) => {
    keep.set('view', 'month');
    keep.set('month', m);
    return `${base}?${keep}`;
  };
  const title = t('community.events.month.title', { name: tenant.name, month: monthName });
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <ViewSwitch ctx={ctx} base={base} state={state} current="month" />
      <ErrorSummary ctx={ctx} state={state} labels={filterLabels(ctx)} />
      <Filters {...p} month={month} />
      <nav aria-label={t('community.events.month.label')}>
        <ul class="z-inline-list">
          {month > p.range.first && (
            <li>
              <a class="kern-link" href={at(shiftMonth(month, -1))} rel="prev">
                {t('community.events.month.previous')}
              </a>
            </li>
          )}
          {month < p.range.last && (
            <li>
              <a class="kern-link" href={at(shiftMonth(month, 1))} rel="next">
                {t('community.events.month.next')}
              </a>
            </li>
          )}
        </ul>
      </nav>
      <p class="kern-body" role="status">
        {t('community.events.list.count', { count: p.rows.length })}
      </p>
      <section class="kern-table-responsive" aria-label={monthName} tabindex={0}>
        <table class="kern-table">
          <caption class="kern-title">{monthName}</caption>
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              {Array.from({ length: 7 }, (_, i) => (
                <th class="kern-table__header" scope="col">
                  {weekday.format(new Date(monday + i * DAY))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {monthWeeks(month).map((week) => (
              <tr class="kern-table__row">
                {week.map((day) =>
                  day ? <DayCell p={p} day={day} dates={byDay.get(day) ?? []} /> : <td class="kern-table__cell" />,
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Layout>
  );
}
