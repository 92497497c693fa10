import { holidayOn, toFloating } from '../../lib/calendar/index.ts';
import { tenant } from '../../platform/db/tenant.ts';
import type { QuartierQuery, QuartierSection } from '../../platform/modules/manifest.ts';
import { parseOpeningHours } from '../community/index.ts';
import { listed, type WalkIn } from './services.read.ts';
import { listServices } from './services.repository.ts';
import { ServicesSection } from './views/services-quartier.tsx';

const ZONE = 'Europe/Berlin';
const DAY = 86_400_000;

/**
 * The next open walk-in span from `now` (the one running now included), within a week; null when the text has none
 * or cannot be read. A public holiday keeps its `PH` hours where the text gives them, else its weekday's (as OSM).
 */
export function nextWalkIn(text: string | null, now: Date): WalkIn | null {
  const parsed = text ? parseOpeningHours(text) : null;
  if (!parsed?.ok) return null;
  const local = toFloating(now, ZONE);
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  for (let i = 0; i < 8; i++) {
    const d = new Date(local.getTime() + i * DAY);
    const day = d.toISOString().slice(0, 10);
    const ph = parsed.week[7];
    const spans = ph && holidayOn(day) ? ph : (parsed.week[(d.getUTCDay() + 6) % 7] ?? []);
    const open = spans.find((s) => i > 0 || s.end > minute);
    if (open) return { day, start: open.start, end: open.end };
  }
  return null;
}

/** The Quartier's counselling services with their next walk-in hours and next free slot. */
async function services(q: QuartierQuery) {
  const t = tenant(q.municipality.id);
  const rows = await listServices(q.db, t, { activeOnly: true, quartierId: q.quartier.id });
  if (rows.length === 0) return null;
  const items = await listed(q.db, t, rows, { locale: q.locale, now: q.now });
  const list = items.map((item) => ({ item, walkIn: nextWalkIn(item.service.walkInHours, q.now) }));
  return ServicesSection({ q, list });
}

export const servicesQuartierSections: readonly QuartierSection[] = [
  { id: 'counselling-services', order: 50, load: services },
];
