import { type ManifestPart, type MeEntry, routesOf } from '../../platform/modules/manifest.ts';
import { pairingsAdminRoutes } from './pairings.admin.routes.ts';
import { unreadMessagesOfUser } from './workspace.repository.ts';
import { workspaceRoutes } from './workspace.routes.ts';

/** "My Zuhause": the messages of one's mentoring pairings not read yet (the pairings are listed on My mentoring). */
const me: readonly MeEntry[] = [
  {
    id: 'mentoring.workspace.messages',
    scope: 'personal',
    label: 'mentoring.workspace.me.title',
    hint: 'mentoring.workspace.me.hint',
    href: ({ locale }) => `/${locale}/me/mentoring`,
    roles: [],
    waiting: ({ db, user }) => unreadMessagesOfUser(db, user.id),
    order: 41,
  },
];

/**
 * The pairing workspace and the cycle's end: sessions a pair may attend, their activity log, mid-term and final
 * feedback, messages between the two; the staff's list of a cycle's pairings and "finish cycle".
 */
export const workspacePart: ManifestPart = {
  routes: routesOf(workspaceRoutes, pairingsAdminRoutes),
  me,
  auditSubjects: [
    'mentoring.workspace.activity',
    'mentoring.workspace.feedback',
    'mentoring.workspace.message',
    'mentoring.workspace.cycle_end',
  ],
  // Writes mentoring_activities, mentoring_feedback, mentoring_messages, mentoring_pairings, mentoring_mentees and
  // mentoring_cycles: all core tables, owned by the core part.
  tables: [],
};
