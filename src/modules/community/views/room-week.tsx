import type { ViewContext } from '../../../platform/views/context.ts';
import type { DayView } from '../rooms.week.ts';
import { dayLabel, spanText } from './room-parts.tsx';

/**
 * A week of one room as a table: each day with what is booked and what is free (within the opening hours). It
 * says only that a time is taken, never by whom or what for.
 */
export function WeekTable(p: {
  ctx: ViewContext;
  days: readonly DayView[];
  caption: string;
  prev: string;
  next: string;
}) {
  const { ctx } = p;
  const { t } = ctx;
  const list = (spans: DayView['booked']) =>
    spans.length === 0 ? t('community.rooms.week.nothing') : spans.map((s) => spanText(ctx, s)).join(', ');
  return (
    <>
      <nav class="z-actions" aria-label={t('community.rooms.week.navigation')}>
        <a class="kern-link" href={p.prev} rel="prev">
          {t('community.rooms.week.previous')}
        </a>{' '}
        <a class="kern-link" href={p.next} rel="next">
          {t('community.rooms.week.next')}
        </a>
      </nav>
      <section class="kern-table-responsive" aria-label={p.caption} tabindex={0}>
        <table class="kern-table">
          <caption class="kern-title">{p.caption}</caption>
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {t('community.rooms.week.dayColumn')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('community.rooms.week.booked')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('community.rooms.week.free')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {p.days.map((d) => (
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="row">
                  {dayLabel(ctx, d.date)}
                  {d.holiday && (
                    <>
                      <br />
                      <span>{t(`community.rooms.holiday.${d.holiday}`)}</span>
                    </>
                  )}
                </th>
                <td class="kern-table__cell">{list(d.booked)}</td>
                <td class="kern-table__cell">
                  {d.open && d.open.length === 0 ? t('community.rooms.hours.closed') : list(d.free)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
