import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The counselling services part's writes in the audit tour: a service added, changed and translated, a counsellor
 * added and deactivated. `admin` holds every municipal role in Meppen (the counsellor role included, so it is
 * itself a candidate counsellor).
 */
export async function tourCounsellingServices(db: Kysely<Database>, admin: Client, municipalityId: string, post: Post) {
  const q = '/:locale/m/:municipality/admin/counselling';
  const base = '/de/m/meppen/admin/counselling';
  const service = {
    title: 'Tourberatung',
    topics: 'housing',
    languages: 'de',
    channels: 'phone',
    audience: 'everyone',
    slotMinutes: '30',
    bufferMinutes: '0',
    minNoticeHours: '2',
    horizonDays: '42',
    cancelCutoffHours: '2',
    active: 'on',
  };
  await post(admin, `POST ${q}`, base, service);
  const { service_id: id } = await db
    .selectFrom('counselling_service_texts')
    .select('service_id')
    .where('municipality_id', '=', municipalityId)
    .where('title', '=', 'Tourberatung')
    .executeTakeFirstOrThrow();
  await post(admin, `POST ${q}/:id`, `${base}/${id}`, { ...service, slotMinutes: '45' });
  await post(admin, `POST ${q}/:id/texts/:lang`, `${base}/${id}/texts/en`, { title: 'Tour counselling' });
  const me = await db
    .selectFrom('role_assignments')
    .select('user_id')
    .where('municipality_id', '=', municipalityId)
    .where('role', '=', 'counsellor')
    .orderBy('granted_at', 'desc')
    .executeTakeFirstOrThrow();
  const add = { userId: me.user_id, displayName: 'Tour', languages: 'de' };
  await post(admin, `POST ${q}/:id/counsellors`, `${base}/${id}/counsellors`, add);
  const c = await db
    .selectFrom('counselling_counsellors')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('service_id', '=', id)
    .executeTakeFirstOrThrow();
  const state = { counsellorId: c.id, active: 'off' };
  await post(admin, `POST ${q}/:id/counsellors/state`, `${base}/${id}/counsellors/state`, state);
}
