import type { PageTenant } from '../../../platform/db/tenant.ts';
import { type Column, DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { toFloating } from '../../../lib/calendar/index.ts';
import type { BookingRow } from '../bookings.repository.ts';
import { BOOKING_ZONE } from '../bookings.rules.ts';
import { roomUrls, timeOf } from './room-parts.tsx';

/** When a booking is, in the reader's form: date and time from–to. */
export function whenOf(ctx: ViewContext, b: Pick<BookingRow, 'startsAt' | 'endsAt'>): string {
  const local = (d: Date) => {
    const f = toFloating(d, BOOKING_ZONE);
    return f.getUTCHours() * 60 + f.getUTCMinutes();
  };
  const end = b.endsAt.getTime() - b.startsAt.getTime() >= 86_400_000 ? 1440 : local(b.endsAt) || 1440;
  return ctx.t('community.rooms.when', {
    date: ctx.date(b.startsAt),
    from: timeOf(ctx, local(b.startsAt)),
    to: timeOf(ctx, end),
  });
}

/** A one-button form posting to `action` (with the form token). */
export function ButtonForm(p: {
  ctx: ViewContext;
  action: string;
  label: string;
  fields?: Record<string, string>;
  secondary?: boolean;
}) {
  return (
    <form method="post" action={p.action} class="z-inline-form">
      <input type="hidden" name="_csrf" value={p.ctx.csrfToken} />
      {Object.entries(p.fields ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <button type="submit" class={`kern-btn ${p.secondary ? 'kern-btn--secondary' : 'kern-btn--primary'}`}>
        <span class="kern-label">{p.label}</span>
      </button>
    </form>
  );
}

/** A person's own bookings in a municipality, with their state and a way to cancel those not yet begun. */
export function MyBookingsPage(p: { ctx: ViewContext; tenant: PageTenant; rows: readonly BookingRow[]; now: Date }) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const urls = roomUrls(ctx, tenant.slug);
  const columns: Column<BookingRow>[] = [
    { header: t('community.rooms.book.field.date'), rowHeader: true, cell: (b) => whenOf(ctx, b) },
    {
      header: t('community.rooms.field.room'),
      cell: (b) => (
        <a class="kern-link" href={urls.room(b.roomId)}>
          <bdi lang="de">{b.roomName}</bdi>
        </a>
      ),
    },
    { header: t('community.rooms.book.field.title'), cell: (b) => <bdi>{b.title}</bdi> },
    { header: t('community.rooms.field.status'), cell: (b) => t(`community.rooms.status.${b.status}`) },
    {
      header: t('community.rooms.actions'),
      action: true,
      cell: (b) =>
        (b.status === 'pending' || b.status === 'approved') && b.startsAt > p.now ? (
          <span class="z-actions">
            <ButtonForm
              ctx={ctx}
              action={`${urls.mine}/${b.id}/cancel`}
              label={t('community.rooms.mine.cancel')}
              secondary
            />
            {b.seriesId && (
              <ButtonForm
                ctx={ctx}
                action={`${urls.mine}/${b.id}/cancel`}
                label={t('community.rooms.mine.cancelFollowing')}
                fields={{ scope: 'following' }}
                secondary
              />
            )}
          </span>
        ) : (
          ''
        ),
    },
  ];
  return (
    <Layout ctx={ctx} title={t('community.rooms.mine.title')}>
      <h1 class="kern-heading-large">{t('community.rooms.mine.title')}</h1>
      <p class="kern-body">
        <a class="kern-link" href={urls.list}>
          {t('community.rooms.mine.toRooms')}
        </a>
      </p>
      <DataTable
        caption={t('community.rooms.mine.title')}
        captionHidden
        columns={columns}
        rows={p.rows}
        empty={t('community.rooms.mine.empty')}
      />
    </Layout>
  );
}
