import { fromFloating, toFloating } from '../../lib/calendar/index.ts';
import { tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import type { SeedContext } from '../../platform/modules/seed-context.ts';
import { findProgramme } from './core.repository.ts';
import { insertSession, type SessionFields, sessionsFrom } from './sessions.repository.ts';

const DAY = 86_400_000;
const TZ = 'Europe/Berlin';
export const DEMO_PROGRAMME = 'demokratie-macht-integration';

const RATHAUS = 'Rathaus, Markt, 49074 Osnabrück';
const ADMISSION =
  'Für Besucherinnen und Besucher gibt es eine Einlasskarte: bitte vorher im Rathaus abholen. Sitzungsbeginn 17:00 Uhr.';
const FACTION =
  'Fraktionssitzungen stehen nicht im Ratsinformationssystem. Gäste nur nach Absprache mit der Mentorin oder dem Mentor; im vertraulichen Teil bitte den Raum verlassen.';

/** The instant of a Berlin wall-clock time `days` after the seed's day, moved forward to `weekday` (0 = Sunday). */
function berlin(now: Date, days: number, weekday: number, hour: number, minute = 0): Date {
  const today = toFloating(now, TZ);
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + days * DAY;
  const shift = (weekday - new Date(start).getUTCDay() + 7) % 7;
  return fromFloating(new Date(start + shift * DAY + (hour * 60 + minute) * 60_000), TZ);
}

const hours = (d: Date, n: number) => new Date(d.getTime() + n * 3_600_000);

function demoSessions(now: Date): SessionFields[] {
  const base = { public: true, cancelled: false, webUrl: null };
  const council = (days: number): SessionFields => {
    const starts = berlin(now, days, 2, 17);
    return {
      ...base,
      kind: 'council_session',
      title: 'Sitzung des Rates der Stadt Osnabrück',
      organization: 'Rat der Stadt Osnabrück',
      startsAt: starts,
      endsAt: hours(starts, 4),
      location: `Friedenssaal, ${RATHAUS}`,
      visitorNote: ADMISSION,
    };
  };
  const committee = berlin(now, 16, 3, 17);
  const spd = berlin(now, 5, 1, 18, 30);
  const gruene = berlin(now, 19, 1, 19);
  const online = berlin(now, 10, 4, 19);
  return [
    council(8),
    council(36),
    council(64),
    {
      ...base,
      kind: 'committee',
      title: 'Ausschuss für Soziales und Gesundheit',
      organization: 'Ausschuss für Soziales und Gesundheit',
      startsAt: committee,
      endsAt: hours(committee, 3),
      location: `Ratssitzungszimmer, ${RATHAUS}`,
      visitorNote: ADMISSION,
    },
    {
      ...base,
      kind: 'faction_meeting',
      title: 'Fraktionssitzung SPD (offener Teil)',
      organization: 'SPD-Fraktion im Rat der Stadt Osnabrück',
      startsAt: spd,
      endsAt: hours(spd, 2),
      location: `Fraktionsraum, ${RATHAUS}`,
      visitorNote: FACTION,
    },
    {
      ...base,
      kind: 'faction_meeting',
      title: 'Fraktionssitzung Bündnis 90/Die Grünen (offener Teil)',
      organization: 'Fraktion Bündnis 90/Die Grünen im Rat der Stadt Osnabrück',
      startsAt: gruene,
      endsAt: hours(gruene, 2),
      location: `Fraktionsraum, ${RATHAUS}`,
      visitorNote: FACTION,
    },
    {
      ...base,
      kind: 'online_event',
      title: 'Online-Gespräch: Wie arbeitet der Rat? Fragen an Ratsmitglieder',
      organization: 'Migrationsbeirat der Stadt Osnabrück',
      startsAt: online,
      endsAt: hours(online, 1.5),
      location: 'Online (der Zugangslink kommt eine Woche vorher per Nachricht)',
      visitorNote:
        'Mit Kamera oder ohne; Fragen auch vorab per Nachricht. Auf Wunsch mit Verdolmetschung (Arabisch, Ukrainisch).',
    },
  ];
}

async function seed(tx: Tx, ctx: SeedContext) {
  const m = ctx.ids.municipality?.osnabrueck;
  if (!m) return;
  const t = tenant(m);
  // The programmes part seeds the programme; without it there is nothing to attach sessions to.
  const programme = await findProgramme(tx, t, DEMO_PROGRAMME);
  if (!programme) return;
  if ((await sessionsFrom(tx, t, programme.id, ctx.now, 1)).length > 0) return;
  for (const s of demoSessions(ctx.now)) await insertSession(tx, t, programme.id, s);
}

/**
 * Osnabrück's upcoming sessions for the pairs: council sessions on Tuesdays at 17:00 in the town hall (admission
 * card), a committee, two faction meetings staff entered (they are not in the council system), an online talk.
 * Runs after the programmes part's step; does nothing when the programme is not there.
 */
export const sessionsSeed: ManifestSeedStep = {
  name: 'mentoring.sessions',
  order: 850,
  run: seed,
};
