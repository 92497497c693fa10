import type { FastifyPluginAsync } from 'fastify';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { FEEDBACK_RETENTION_JOB, feedbackRetentionJob, feedbackRetentionSchedule } from './feedback.retention.ts';
import { feedbackRoutes } from './feedback.routes.ts';
import { feedbackSeed } from './feedback.seed.ts';
import { inboxRoutes } from './inbox.routes.ts';
import { siteMe } from './site.me.ts';
import { siteRoutes } from './site.routes.ts';

const routes: FastifyPluginAsync = async (app) => {
  await app.register(siteRoutes);
  await app.register(feedbackRoutes);
  await app.register(inboxRoutes);
};

/** The platform's own pages: portal start, accessibility statement, feedback and its inbox, Leichte Sprache, privacy. */
export const site: ModuleManifest = {
  name: 'site',
  routes,
  nav: [
    {
      id: 'site.feedback',
      scope: 'municipality',
      label: 'site.inbox.nav',
      href: ({ locale, municipality }) => `/${locale}/m/${municipality}/admin/feedback`,
      roles: ['municipality_admin'],
      order: 40,
    },
    {
      id: 'site.feedback',
      scope: 'state',
      label: 'site.inbox.nav',
      href: ({ locale }) => `/${locale}/state/feedback`,
      roles: ['state_admin'],
      order: 40,
    },
  ],
  me: siteMe,
  seed: [feedbackSeed],
  jobs: { [FEEDBACK_RETENTION_JOB]: feedbackRetentionJob },
  schedules: [feedbackRetentionSchedule],
  locales: new URL('./locales/', import.meta.url),
  auditSubjects: ['site.feedback', 'site.feedback_team_address'],
  tables: ['feedback', 'feedback_team_addresses'],
};
