import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { EXTEND_JOB, extendHorizon } from './events.jobs.ts';
import { eventsMe, eventsNav } from './events.nav.ts';
import { eventsPublicRoutes } from './events.public.routes.ts';
import { eventsSearch } from './events.search.read.ts';
import { eventsSeed } from './events.seed.ts';
import { eventsStaffRoutes } from './events.staff.routes.ts';

/**
 * The events part of the community module: event types, series with one row per date for a rolling year, the
 * organisers' pages, the public list, month calendar and event pages; the daily job that moves the horizon on.
 */
export const eventsPart: ManifestPart = {
  routes: routesOf(eventsPublicRoutes, eventsStaffRoutes),
  nav: eventsNav,
  me: eventsMe,
  jobs: { [EXTEND_JOB]: extendHorizon },
  schedules: [{ name: 'community.events.extend.daily', cron: '20 2 * * *', job: EXTEND_JOB }],
  seed: [eventsSeed],
  // Public upcoming events in the welcome module's search across a municipality's pages.
  search: [eventsSearch],
  tables: ['community_event_types', 'community_events', 'community_event_texts', 'community_occurrences'],
  auditSubjects: ['community.event', 'community.occurrence', 'community.event_type'],
};
