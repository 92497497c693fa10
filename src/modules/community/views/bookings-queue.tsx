import type { PageTenant } from '../../../platform/db/tenant.ts';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { BookingRow } from '../bookings.repository.ts';
import { ButtonForm, whenOf } from './bookings-mine.tsx';
import { roomUrls } from './room-parts.tsx';

export const QUEUE_NAV = 'community.rooms.queue';

/** A waiting request: its first date stands for it; weekly requests list all their dates. */
export interface Request {
  first: BookingRow;
  dates: readonly BookingRow[];
}

/** Groups waiting dates into requests (a weekly request is decided as a whole). */
export function requestsOf(rows: readonly BookingRow[]): Request[] {
  const byKey = new Map<string, BookingRow[]>();
  for (const r of rows) {
    const key = r.seriesId ?? r.id;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  return [...byKey.values()].map((dates) => ({ first: dates[0]!, dates }));
}

/**
 * The approval queue: each waiting request with its room, dates, purpose and title, and approve/reject; below,
 * approved bookings that have begun whose use is not yet recorded.
 */
export function QueuePage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  requests: readonly Request[];
  toRecord: readonly BookingRow[];
}) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const urls = roomUrls(ctx, tenant.slug);
  const action = (b: BookingRow, what: string) => `${urls.queue}/${b.id}/${what}`;
  return (
    <StaffPage ctx={ctx} area={{ municipality: tenant }} current={QUEUE_NAV} title={t('community.rooms.queue.title')}>
      <p class="kern-body">{t('community.rooms.queue.intro')}</p>
      <DataTable
        caption={t('community.rooms.queue.title')}
        captionHidden
        rows={p.requests}
        empty={t('community.rooms.queue.empty')}
        columns={[
          {
            header: t('community.rooms.field.room'),
            rowHeader: true,
            cell: (r) => <bdi lang="de">{r.first.roomName}</bdi>,
          },
          {
            header: t('community.rooms.book.field.date'),
            cell: (r) => (
              <ul class="kern-list">
                {r.dates.map((d) => (
                  <li>{whenOf(ctx, d)}</li>
                ))}
              </ul>
            ),
          },
          {
            header: t('community.rooms.book.field.purpose'),
            cell: (r) => t(`community.rooms.purpose.${r.first.purpose}`),
          },
          { header: t('community.rooms.book.field.title'), cell: (r) => <bdi>{r.first.title}</bdi> },
          {
            header: t('community.rooms.actions'),
            action: true,
            cell: (r) => (
              <span class="z-actions">
                <ButtonForm
                  ctx={ctx}
                  action={action(r.first, 'decision')}
                  label={t('community.rooms.queue.approve')}
                  fields={{ decision: 'approve' }}
                />
                <ButtonForm
                  ctx={ctx}
                  action={action(r.first, 'decision')}
                  label={t('community.rooms.queue.reject')}
                  fields={{ decision: 'reject' }}
                  secondary
                />
              </span>
            ),
          },
        ]}
      />
      <h2 class="kern-heading-medium">{t('community.rooms.used.title')}</h2>
      <p class="kern-body">{t('community.rooms.used.intro')}</p>
      <DataTable
        caption={t('community.rooms.used.title')}
        captionHidden
        rows={p.toRecord}
        empty={t('community.rooms.used.empty')}
        columns={[
          { header: t('community.rooms.field.room'), rowHeader: true, cell: (b) => <bdi lang="de">{b.roomName}</bdi> },
          { header: t('community.rooms.book.field.date'), cell: (b) => whenOf(ctx, b) },
          { header: t('community.rooms.book.field.title'), cell: (b) => <bdi>{b.title}</bdi> },
          {
            header: t('community.rooms.actions'),
            action: true,
            cell: (b) => (
              <span class="z-actions">
                <ButtonForm
                  ctx={ctx}
                  action={action(b, 'used')}
                  label={t('community.rooms.used.yes')}
                  fields={{ used: 'yes' }}
                />
                <ButtonForm
                  ctx={ctx}
                  action={action(b, 'used')}
                  label={t('community.rooms.used.no')}
                  fields={{ used: 'no' }}
                  secondary
                />
              </span>
            ),
          },
        ]}
      />
    </StaffPage>
  );
}
