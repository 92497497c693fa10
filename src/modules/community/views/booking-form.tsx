import type { PageTenant } from '../../../platform/db/tenant.ts';
import { type FormState, FormWithSummary, SelectField, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { MAX_WEEKS } from '../bookings.schema.ts';
import { BOOKING_PURPOSES } from '../community.tables.ts';
import type { RoomRow } from '../rooms.repository.ts';
import { DayTimeFields } from './form-controls.tsx';
import { OpeningHours, RoomRules, roomUrls } from './room-parts.tsx';

/** Labels of the booking form's fields, for the fields and the error summary. */
export function bookingLabels(ctx: ViewContext): Record<string, string> {
  const names = ['date', 'from', 'to', 'purpose', 'title', 'weeks'] as const;
  return Object.fromEntries(names.map((n) => [n, ctx.t(`community.rooms.book.field.${n}`)]));
}

/**
 * The booking form of a room: its rules and opening hours above, then one date (or the same time weekly for
 * some weeks) checked as a whole. Someone whose role may not book the room is told so instead of the form.
 */
export function BookingPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  room: RoomRow;
  state: FormState;
  mayBook: boolean;
}) {
  const { ctx, tenant, room, state } = p;
  const { t } = ctx;
  const urls = roomUrls(ctx, tenant.slug);
  const l = bookingLabels(ctx);
  const purposes = BOOKING_PURPOSES.map((x): [string, string] => [x, t(`community.rooms.purpose.${x}`)]);
  const weeks = Array.from({ length: MAX_WEEKS }, (_, i): [string, string] => [
    String(i + 1),
    t('community.rooms.book.weeksOption', { count: i + 1 }),
  ]);
  const title = t('community.rooms.book.title', { room: room.name });
  return (
    <Layout ctx={ctx} title={title}>
      <p class="kern-body">
        <a class="kern-link" href={`${urls.room(room.id)}#week`}>
          {t('community.rooms.book.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{title}</h1>
      <h2 class="kern-heading-medium">{t('community.rooms.rules.title')}</h2>
      <RoomRules ctx={ctx} room={room} />
      <h2 class="kern-heading-medium">{t('community.rooms.field.openingHours')}</h2>
      <OpeningHours ctx={ctx} text={room.openingHours} />
      {p.mayBook ? (
        <FormWithSummary
          ctx={ctx}
          state={state}
          labels={l}
          action={urls.book(room.id)}
          submit={t(room.needsApproval ? 'community.rooms.book.submitRequest' : 'community.rooms.book.submit')}
        >
          <DayTimeFields
            ctx={ctx}
            state={state}
            names={['date', 'from', 'to']}
            labels={l}
            timeHint={t('community.rooms.book.timeHint')}
            inputmode="numeric"
          />
          <SelectField
            ctx={ctx}
            state={state}
            name="weeks"
            label={l.weeks!}
            hint={t('community.rooms.book.weeksHint')}
            options={weeks}
          />
          <SelectField ctx={ctx} state={state} name="purpose" label={l.purpose!} options={purposes} required />
          <TextField
            ctx={ctx}
            state={state}
            name="title"
            label={l.title!}
            hint={t('community.rooms.book.titleHint')}
            required
          />
        </FormWithSummary>
      ) : (
        <p class="kern-body">
          <strong>{t('community.rooms.error.notBookable')}</strong>
        </p>
      )}
    </Layout>
  );
}
