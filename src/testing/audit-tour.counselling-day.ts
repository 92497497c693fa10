import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';
import { dayToRead } from './counselling-day.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The counsellor's day in the audit tour: the Meppen member (every municipal role, the counsellor's too) marks
 * one appointment done, another a no-show, rebooks a third, counts a walk-in and corrects its counts.
 */
export async function tourCounsellingDay(
  db: Kysely<Database>,
  admin: Client,
  email: string,
  now: Date,
  post: Post,
): Promise<void> {
  const q = '/:locale/m/:municipality/admin/counselling/day';
  const [one, two, three] = [
    await dayToRead(db, now, email),
    await dayToRead(db, now, email),
    await dayToRead(db, now, email),
  ];
  const form = {
    topic: 'housing',
    channel: 'in_person',
    language: 'ar',
    durationMinutes: '30',
    gender: '',
    ageBand: '',
  };
  await admin.get(one.done);
  await post(admin, `POST ${q}/:id/done`, one.done, form);
  await admin.get(two.day);
  await post(admin, `POST ${q}/:id/no-show`, two.done.replace(/\/done$/, '/no-show'), {});
  const page = await admin.get(three.rebook);
  const slot = /<option value="([0-9a-f-]{36}\|[^"]+)"/.exec(page.body)![1]!;
  await post(admin, `POST ${q}/:id/rebook`, three.rebook, { slot });
  const list = await admin.get(one.day);
  const serviceId = /name="serviceId" value="([0-9a-f-]{36})"/.exec(list.body)![1]!;
  await post(admin, `POST ${q}/walk-in`, '/de/m/meppen/admin/counselling/day/walk-in', { serviceId });
  await admin.get(one.contact);
  await post(admin, `POST ${q}/contacts/:id`, one.contact, { ...form, topic: 'work' });
}
