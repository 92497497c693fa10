import { type ManifestPart, routesOf } from '../../platform/modules/manifest.ts';
import './help.tables.ts';
import { helpModerationRoutes } from './help.moderation.routes.ts';
import { helpMe, helpNav } from './help.nav.ts';
import { helpRoutes } from './help.routes.ts';
import { helpSeed } from './help.seed.ts';
import { helpThreadRoutes } from './help.threads.routes.ts';

/**
 * The help part of the community module: neighbourly help offered and asked per Quartier, conversations through
 * the platform, contact details exchanged only with both sides' consent, reports and moderation, "it helped" counts.
 */
export const helpPart: ManifestPart = {
  // The conversation routes first: `/help/mine` is a fixed path beside `/help/:id`.
  routes: routesOf(helpThreadRoutes, helpRoutes, helpModerationRoutes),
  nav: helpNav,
  me: helpMe,
  seed: [helpSeed],
  auditSubjects: ['community.help_post', 'community.help_thread', 'community.help_message', 'community.help_report'],
  tables: [
    'community_help_posts',
    'community_help_threads',
    'community_help_messages',
    'community_help_reports',
    'community_help_helped',
  ],
};
