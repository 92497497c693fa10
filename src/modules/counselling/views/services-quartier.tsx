import { dateTimeFormat, isolate } from '../../../platform/i18n/format.ts';
import type { QuartierQuery } from '../../../platform/modules/manifest.ts';
import type { ListedService, WalkIn } from '../services.read.ts';

const ZONE = 'Europe/Berlin';

function when(locale: string, d: Date): string {
  return dateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ZONE,
  }).format(d);
}

function walkInText(q: QuartierQuery, w: WalkIn): string {
  const day = dateTimeFormat(q.locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const time = (m: number) =>
    dateTimeFormat(q.locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, 0, 5, 0, Math.min(m, 1439))),
    );
  return q.t('counselling.services.quartier.walkIn', {
    day: day.format(new Date(`${w.day}T12:00:00Z`)),
    from: time(w.start),
    to: time(w.end),
  });
}

/** The Quartier page's section: each service with its next walk-in hours and next free slot. */
export function ServicesSection({
  q,
  list,
}: {
  q: QuartierQuery;
  list: { item: ListedService; walkIn: WalkIn | null }[];
}) {
  const base = `/${q.locale}/m/${q.municipality.slug}/counselling`;
  return (
    <>
      <h2 class="kern-heading-medium">
        {q.t('counselling.services.quartier.title', { quartier: isolate(q.quartier.name) })}
      </h2>
      {list.map(({ item, walkIn }) => (
        <div class="z-flow">
          <h3 class="kern-heading-small">
            <a class="kern-link" href={`${base}/${item.service.id}`}>
              <bdi lang={item.text?.lang}>{item.text?.title ?? q.t('counselling.services.untitled')}</bdi>
            </a>
          </h3>
          {walkIn && <p class="kern-body">{walkInText(q, walkIn)}</p>}
          <p class="kern-body">
            {item.next
              ? q.t('counselling.services.quartier.next', { when: when(q.locale, item.next.startsAt) })
              : q.t('counselling.services.noSlot')}
          </p>
        </div>
      ))}
      <p class="kern-body">
        <a class="kern-link" href={`${base}?quartier=${q.quartier.slug}`}>
          {q.t('counselling.services.quartier.all', { quartier: isolate(q.quartier.name) })}
        </a>
      </p>
    </>
  );
}
