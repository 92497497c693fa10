import { dateTimeFormat, formatList } from '../../../platform/i18n/format.ts';
import type { ComponentChildren } from 'preact';
import { type Detail, DetailList } from '../../../platform/views/components/detail-list.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { ListedService } from '../services.read.ts';
import type { ServiceRow } from '../services.repository.ts';
import type { ServiceSlot } from '../slots.read.ts';

const ZONE = 'Europe/Berlin';

function format(locale: string, kind: 'when' | 'time' | 'day'): Intl.DateTimeFormat {
  const o: Intl.DateTimeFormatOptions =
    kind === 'time'
      ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
      : kind === 'day'
        ? { weekday: 'long', day: 'numeric', month: 'long' }
        : { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return dateTimeFormat(locale, { ...o, timeZone: kind === 'day' ? 'UTC' : ZONE });
}

/** "Dienstag, 8. Dezember, 09:30" in the reader's language, German local time. */
export const slotWhen = (ctx: ViewContext, d: Date): string => format(ctx.locale, 'when').format(d);
/** "09:30", German local time. */
export const slotTime = (ctx: ViewContext, d: Date): string => format(ctx.locale, 'time').format(d);
/** A local day (YYYY-MM-DD) in words. */
export const dayWords = (ctx: ViewContext, day: string): string =>
  format(ctx.locale, 'day').format(new Date(`${day}T12:00:00Z`));

/** URLs of the services part. */
export const serviceUrls = (ctx: ViewContext, slug: string) => ({
  list: `/${ctx.locale}/m/${slug}/counselling`,
  service: (id: string) => `/${ctx.locale}/m/${slug}/counselling/${id}`,
  book: (id: string) => `/${ctx.locale}/m/${slug}/counselling/${id}/book`,
  slot: (id: string, s: ServiceSlot) =>
    `/${ctx.locale}/m/${slug}/counselling/${id}/book?slot=${encodeURIComponent(`${s.counsellorId}.${s.startsAt.toISOString()}`)}`,
  admin: `/${ctx.locale}/m/${slug}/admin/counselling`,
  edit: (id: string) => `/${ctx.locale}/m/${slug}/admin/counselling/${id}/edit`,
  texts: (id: string, l: string) => `/${ctx.locale}/m/${slug}/admin/counselling/${id}/texts/${l}`,
  counsellors: (id: string) => `/${ctx.locale}/m/${slug}/admin/counselling/${id}/counsellors`,
});

const labels = (ctx: ViewContext, prefix: string, keys: readonly string[]) =>
  formatList(
    ctx.locale,
    keys.map((k) => ctx.t(`counselling.${prefix}.${k}`)),
  );

/** Topics, languages, channels, place, accessibility and audience of a service. */
export function ServiceFacts(p: {
  ctx: ViewContext;
  item: ListedService;
  quartier?: string;
  children?: ComponentChildren;
}) {
  const { ctx, item } = p;
  const { t } = ctx;
  const s: ServiceRow = item.service;
  const access = (['wheelchairAccessible', 'stepFree', 'hearingLoop'] as const).filter((k) => s[k]);
  const rows: Detail[] = [
    [t('counselling.services.field.topics'), labels(ctx, 'topic', s.topics)],
    [t('counselling.services.field.languages'), labels(ctx, 'language', s.languages)],
    [t('counselling.services.field.channels'), labels(ctx, 'channel', s.channels)],
    [
      t('counselling.services.field.place'),
      item.place ? (
        <bdi lang="de">{item.place.name ? `${item.place.name}, ${item.place.address}` : item.place.address}</bdi>
      ) : (
        t('counselling.services.noPlace')
      ),
    ],
    !!p.quartier && [t('counselling.services.field.quartier'), <bdi lang="de">{p.quartier}</bdi>],
    [
      t('counselling.services.field.accessibility'),
      access.length === 0
        ? t('counselling.services.none')
        : formatList(
            ctx.locale,
            access.map((k) => t(`counselling.services.field.${k}`)),
          ),
    ],
    [t('counselling.services.field.audience'), t(`counselling.audience.${s.audience}`)],
  ];
  return <DetailList rows={rows} />;
}

/** The next free slot, or that there is none in the coming two weeks. */
export function NextSlot({ ctx, next, href }: { ctx: ViewContext; next: ServiceSlot | null; href?: string }) {
  if (!next) return <p class="kern-body">{ctx.t('counselling.services.noSlot')}</p>;
  const when = slotWhen(ctx, next.startsAt);
  return (
    <p class="kern-body">
      {ctx.t('counselling.services.nextSlot')}{' '}
      {href ? (
        <a class="kern-link" href={href}>
          {when}
        </a>
      ) : (
        when
      )}
    </p>
  );
}
