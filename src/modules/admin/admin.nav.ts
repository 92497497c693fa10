import type { Role } from '../../platform/auth/session-user.ts';
import { listJobs } from '../../platform/jobs/jobs-read.ts';
import { listMail } from '../../platform/mail/outbox-read.ts';
import type { MeEntry, NavContext, NavEntry } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';

/** Municipal roles that work on the staff pages (and need the second factor). */
export const MUNICIPAL_STAFF: readonly Role[] = ['municipality_admin', 'quartier_manager', 'counsellor'];
/** Roles held state-wide. */
export const STATE_STAFF: readonly Role[] = ['state_admin', 'funding_officer'];

const area = (c: NavContext) => (c.municipality ? `/${c.locale}/m/${c.municipality}/admin` : `/${c.locale}/state`);
const ONE = { limit: 1, offset: 0 };

/** The start pages and this module's lists, on a municipality's staff pages and on the state's. */
export const adminNav: readonly NavEntry[] = [
  { id: 'admin.start', scope: 'municipality', label: 'admin.start.nav', href: area, roles: MUNICIPAL_STAFF, order: 0 },
  staffEntry('admin.outbox', 'municipality', 'outbox', ['municipality_admin'], {
    label: 'admin.nav.outbox',
    order: 80,
  }),
  staffEntry('admin.audit', 'municipality', 'audit', ['municipality_admin'], { label: 'admin.nav.audit', order: 90 }),
  { id: 'admin.start', scope: 'state', label: 'admin.start.nav', href: area, roles: STATE_STAFF, order: 0 },
  staffEntry('admin.outbox', 'state', 'outbox', ['state_admin'], { label: 'admin.nav.outbox', order: 80 }),
  staffEntry('admin.audit', 'state', 'audit', ['state_admin'], { label: 'admin.nav.audit', order: 90 }),
  staffEntry('admin.jobs', 'state', 'jobs', ['state_admin'], { label: 'admin.nav.jobs', order: 95 }),
];

/** The staff areas, and the mails and jobs that failed (someone has to look at them). */
export const adminMe: readonly MeEntry[] = [
  {
    id: 'admin.start',
    scope: 'municipality',
    label: 'admin.me.start',
    hint: 'admin.me.startHint',
    href: area,
    roles: MUNICIPAL_STAFF,
    order: 0,
  },
  {
    id: 'admin.outbox',
    scope: 'municipality',
    label: 'admin.nav.outbox',
    hint: 'admin.me.outboxHint',
    href: (c) => `${area(c)}/outbox?status=failed`,
    roles: ['municipality_admin'],
    waiting: async ({ db, municipalityId }) =>
      municipalityId ? (await listMail(db, { municipalityId }, { status: 'failed' }, ONE)).total : 0,
    order: 80,
  },
  {
    id: 'admin.start',
    scope: 'state',
    label: 'admin.me.stateStart',
    hint: 'admin.me.startHint',
    href: area,
    roles: STATE_STAFF,
    order: 0,
  },
  {
    id: 'admin.jobs',
    scope: 'state',
    label: 'admin.nav.jobs',
    hint: 'admin.me.jobsHint',
    href: (c) => `${area(c)}/jobs?status=dead`,
    roles: ['state_admin'],
    waiting: async ({ db }) => (await listJobs(db, { status: 'dead' }, ONE)).total,
    order: 95,
  },
];
