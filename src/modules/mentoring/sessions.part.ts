import { type ManifestPart, routesOf } from '../../platform/modules/manifest.ts';
import { SOURCE_SUBJECT } from './oparl.import.ts';
import { sessionsJobs, sessionsSchedules } from './sessions.jobs.ts';
import { sessionsRoutes } from './sessions.routes.ts';
import { sessionsSeed } from './sessions.seed.ts';
import { SESSION_SUBJECT } from './sessions.service.ts';

/**
 * Sessions: the public sessions a pair may attend, entered by the programme's staff (faction meetings are in no
 * council system) or imported from the council's OParl endpoint, by hand ("import now") and hourly.
 */
export const sessionsPart: ManifestPart = {
  routes: routesOf(sessionsRoutes),
  jobs: sessionsJobs,
  schedules: sessionsSchedules,
  seed: [sessionsSeed],
  tables: ['mentoring_oparl_sources'],
  auditSubjects: [SESSION_SUBJECT, SOURCE_SUBJECT],
};
