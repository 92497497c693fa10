import { tenant } from '../../platform/db/tenant.ts';
import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { bookingsAdminRoutes } from './bookings.admin.routes.ts';
import { bookingJobs, bookingSchedules } from './bookings.jobs.ts';
import { pendingCount } from './bookings.repository.ts';
import { bookingsRoutes } from './bookings.routes.ts';
import { BOOKER_ROLES } from './bookings.rules.ts';
import { APPROVERS } from './bookings.service.ts';
import { roomsAdminRoutes } from './rooms.admin.routes.ts';
import { roomPhotosRoutes } from './rooms.photos.routes.ts';
import { roomPhotosSeed } from './rooms.photos.seed.ts';
import { roomsPublicRoutes } from './rooms.routes.ts';
import { roomsSeed } from './rooms.seed.ts';

/** The rooms part of the community module: rooms, their rules, bookings, approval and usage figures. */
export const roomsPart: ManifestPart = {
  routes: routesOf(roomsPublicRoutes, bookingsRoutes, roomsAdminRoutes, bookingsAdminRoutes, roomPhotosRoutes),
  nav: [
    staffEntry('community.rooms.public', 'public', 'rooms', [], { label: 'community.rooms.nav.public', order: 62 }),
    staffEntry('community.rooms.staff', 'municipality', 'rooms', APPROVERS, {
      label: 'community.rooms.nav.staff',
      order: 62,
    }),
    staffEntry('community.rooms.queue', 'municipality', 'bookings', APPROVERS, {
      label: 'community.rooms.nav.queue',
      order: 63,
    }),
  ],
  me: [
    {
      id: 'community.rooms.queue',
      scope: 'municipality',
      label: 'community.rooms.nav.queue',
      hint: 'community.rooms.me.queueHint',
      href: (c) => `/${c.locale}/m/${c.municipality}/admin/bookings`,
      roles: APPROVERS,
      waiting: async ({ db, municipalityId }) => (municipalityId ? pendingCount(db, tenant(municipalityId)) : 0),
      order: 62,
    },
    {
      id: 'community.rooms.mine',
      scope: 'municipality',
      label: 'community.rooms.mine.title',
      hint: 'community.rooms.me.mineHint',
      href: (c) => `/${c.locale}/m/${c.municipality}/bookings`,
      roles: BOOKER_ROLES,
      order: 63,
    },
  ],
  jobs: bookingJobs,
  schedules: bookingSchedules,
  seed: [roomsSeed, roomPhotosSeed],
  tables: ['community_rooms', 'community_room_texts', 'community_bookings', 'community_room_photos'],
  auditSubjects: ['community.room', 'community.booking', 'community.room_photo'],
};
