import { type ManifestPart, routesOf } from '../../platform/modules/manifest.ts';
import { matchingRoutes } from './matching.routes.ts';
import { answerRoutes } from './pairings.answer.routes.ts';

/**
 * Matching and answers: fixed pairs, matching runs (exact maximum-weight matching over the mentors' free places),
 * proposals with their reasons, the balance report, publishing, and each side's answer to a published pairing.
 * It writes pairings and a mentee's status (core tables, listed by the core part).
 */
export const matchingPart: ManifestPart = {
  routes: routesOf(matchingRoutes, answerRoutes),
  auditSubjects: ['mentoring.pairing'],
};
