import type { FormState } from '../../../platform/views/components/form.tsx';
import { TextField } from '../../../platform/views/components/form.tsx';
import { dateTimeFormat } from '../../../platform/i18n/format.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { Detail } from '../../../platform/views/components/detail-list.tsx';
import { type StateNow, type WeekDay, ZONE } from '../places.hours.ts';
import type { Place } from '../places.repository.ts';

/** URLs of the places part. */
export const placeUrls = (ctx: ViewContext, slug: string) => ({
  list: `/${ctx.locale}/m/${slug}/places`,
  map: `/${ctx.locale}/m/${slug}/places/map`,
  geojson: `/${ctx.locale}/m/${slug}/places.geojson`,
  place: (id: string) => `/${ctx.locale}/m/${slug}/places/${id}`,
  admin: `/${ctx.locale}/m/${slug}/admin/places`,
  edit: (id: string) => `/${ctx.locale}/m/${slug}/admin/places/${id}/edit`,
  import: `/${ctx.locale}/m/${slug}/admin/places/import`,
});

/** A language's name in the reader's language (the code where the runtime knows none). */
export function spokenName(ctx: ViewContext, code: string): string {
  try {
    return new Intl.DisplayNames([ctx.locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Open now", "Closed now · opens Monday 08:00", "by appointment": one line for lists and the place page. */
export function OpenState({
  ctx,
  state,
  byAppointment,
}: {
  ctx: ViewContext;
  state: StateNow | null;
  byAppointment: boolean;
}) {
  const { t } = ctx;
  const at = state?.next
    ? dateTimeFormat(ctx.locale, {
        weekday: 'long',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: ZONE,
      }).format(state.next)
    : null;
  const words =
    state?.state === 'open'
      ? at
        ? t('welcome.places.state.openUntil', { at })
        : t('welcome.places.state.open')
      : state?.state === 'closed'
        ? at
          ? t('welcome.places.state.closedOpensAt', { at })
          : t('welcome.places.state.closed')
        : state?.state === 'unknown'
          ? t('welcome.places.state.unknown')
          : null;
  return (
    <p class="kern-body">
      {words && <strong class={`z-open-state z-open-state--${state?.state}`}>{words}</strong>}
      {words && byAppointment && ' · '}
      {byAppointment && t('welcome.places.byAppointment')}
    </p>
  );
}

function dayLabel(ctx: ViewContext, day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return dateTimeFormat(ctx.locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d!, 12)));
}

/** The next days with their opening hours as the library reads them: a readable week (a table). */
export function WeekTable({ ctx, week, caption }: { ctx: ViewContext; week: readonly WeekDay[]; caption: string }) {
  const { t } = ctx;
  return (
    <table class="kern-table">
      <caption class="kern-title">{caption}</caption>
      <tbody class="kern-table__body">
        {week.map((d) => (
          <tr class="kern-table__row">
            <th scope="row" class="kern-table__header">
              {dayLabel(ctx, d.day)}
            </th>
            <td class="kern-table__cell">
              {d.spans.length === 0
                ? t('welcome.places.week.closed')
                : d.spans
                    .map((s) =>
                      [
                        t('welcome.places.week.span', { from: s.from, to: s.to }),
                        s.unknown ? t('welcome.places.week.unknown') : '',
                        s.comment ?? '',
                      ]
                        .filter(Boolean)
                        .join(' '),
                    )
                    .join(', ')}
              {d.holiday && ` (${t('welcome.places.week.holiday')})`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The facts of a place for its page: kind, address, languages, accessibility, contact. */
export function placeFacts(ctx: ViewContext, p: Place, quartier: string | undefined): Detail[] {
  const { t } = ctx;
  const address = [p.street, [p.postcode, p.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [
    [t('welcome.places.field.kind'), t(`welcome.placeKind.${p.kind}`)],
    !!address && [t('welcome.places.field.address'), address],
    !!quartier && [t('welcome.places.field.quartier'), quartier],
    p.languages.length > 0 && [
      t('welcome.places.field.languages'),
      p.languages.map((l) => spokenName(ctx, l)).join(', '),
    ],
    [t('welcome.places.field.wheelchair'), t(`welcome.places.wheelchair.${p.wheelchair ?? 'unknown'}`)],
    !!p.phone && [
      t('welcome.places.field.phone'),
      <a class="kern-link" href={`tel:${p.phone.replace(/[^+0-9]/g, '')}`} dir="ltr">
        {p.phone}
      </a>,
    ],
    !!p.email && [
      t('welcome.places.field.email'),
      <a class="kern-link" href={`mailto:${p.email}`} dir="ltr">
        {p.email}
      </a>,
    ],
    !!p.website && [
      t('welcome.places.field.website'),
      <a class="kern-link" href={p.website} rel="noopener" dir="ltr">
        {p.website}
      </a>,
    ],
  ];
}

/** A postal address: street, postcode and city, as places and the welcome page's contacts take it. */
export function AddressFields({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const { t } = ctx;
  const f = { ctx, state };
  return (
    <>
      <TextField {...f} name="street" label={t('welcome.places.field.street')} />
      <TextField {...f} name="postcode" label={t('welcome.places.field.postcode')} inputmode="numeric" />
      <TextField {...f} name="city" label={t('welcome.places.field.city')} />
    </>
  );
}

/** Opening hours in OpenStreetMap syntax, with the hint that explains it. */
export function HoursField({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const { t } = ctx;
  return (
    <TextField
      ctx={ctx}
      state={state}
      name="openingHours"
      label={t('welcome.places.field.openingHours')}
      hint={t('welcome.places.hint.openingHours')}
    />
  );
}
