import { offsetMinutes, toFloating } from '../../lib/calendar/index.ts';
import type { EventDetail } from './events.read.ts';
import type { ShownText } from './events.texts.ts';

/** An instant as ISO 8601 with the zone's offset ("2026-12-18T18:00:00+01:00"), as schema.org readers expect. */
export function zonedIso(at: Date, timeZone: string): string {
  const off = offsetMinutes(at, timeZone);
  const sign = off < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(off) / 60)).padStart(2, '0');
  const mm = String(Math.abs(off) % 60).padStart(2, '0');
  return `${toFloating(at, timeZone).toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

function location(d: EventDetail) {
  if (d.room) {
    return {
      '@type': 'Place',
      name: d.room.name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: d.room.street,
        postalCode: d.room.postcode,
        addressLocality: d.room.city,
        addressCountry: 'DE',
      },
    };
  }
  return { '@type': 'Place', name: d.event.address ?? '', address: d.event.address ?? '' };
}

/**
 * schema.org `Event`s of an event page, one per date shown (a series is its dates): status (scheduled, cancelled,
 * rescheduled with the earlier start), place, offer (price and whether places are left), languages spoken.
 */
export function eventJsonLd(d: EventDetail, text: ShownText | null, pageUrl: string, limit = 10): object {
  const e = d.event;
  const graph = d.dates.slice(0, limit).map((o) => {
    const moved = o.startsAt.getTime() !== o.originalStart.getTime();
    const full = o.places !== null && o.confirmedCount >= o.places;
    return {
      '@type': 'Event',
      name: text?.title ?? e.typeKey,
      ...(text?.description ? { description: text.description } : {}),
      startDate: zonedIso(o.startsAt, e.timeZone),
      endDate: zonedIso(o.endsAt, e.timeZone),
      eventStatus: `https://schema.org/${
        o.status === 'cancelled' ? 'EventCancelled' : moved ? 'EventRescheduled' : 'EventScheduled'
      }`,
      ...(moved ? { previousStartDate: zonedIso(o.originalStart, e.timeZone) } : {}),
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: location(d),
      inLanguage: e.languages,
      isAccessibleForFree: e.costCents === null,
      organizer: { '@type': 'Organization', name: e.organiserName },
      offers: {
        '@type': 'Offer',
        price: ((e.costCents ?? 0) / 100).toFixed(2),
        priceCurrency: 'EUR',
        availability: `https://schema.org/${full ? 'SoldOut' : 'InStock'}`,
        url: pageUrl,
      },
      url: pageUrl,
    };
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** JSON for a `<script type="application/ld+json">` block: nothing in it can end the element early. */
export function jsonForScript(value: object): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
