import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { figuresRoutes } from './figures.routes.ts';

/**
 * Figures: a programme's applicants, participants, share of women, completion, activities, feedback and outcomes,
 * counts only with small cells suppressed (primary and secondary), on a page for its staff and as CSV. Reads the
 * core tables only; writes nothing but the audit entry of an export.
 */
export const figuresPart: ManifestPart = {
  routes: routesOf(figuresRoutes),
  tables: [],
  auditSubjects: ['mentoring.figures'],
};
