import type { Kysely } from 'kysely';
import { fixtureService } from '../modules/counselling/counselling.fixtures.ts';
import { serviceSlots } from '../modules/counselling/slots.read.ts';
import { tenant } from '../platform/db/tenant.ts';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The counselling appointments' writes in the audit tour: a visitor books two slots without an account, cancels
 * one through the link on the confirmation page and the other with the code.
 */
export async function tourCounsellingAppointments(
  db: Kysely<Database>,
  visitor: Client,
  m: string,
  now: Date,
  post: Post,
): Promise<void> {
  const f = await fixtureService(db, m, { weekdays: [1, 2, 3, 4, 5, 6, 7] });
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const ahead = new Date(now.getTime() + 3 * 86_400_000);
  const slots = await serviceSlots(db, tenant(m), f.serviceId, { from: day(ahead), to: day(ahead), now });
  const p = '/:locale/m/:municipality';
  const book = `/de/m/meppen/counselling/${f.serviceId}/book`;
  await visitor.get('/de/m/meppen/appointments/code');
  const form = (i: number) => ({
    topic: 'housing',
    language: 'de',
    channel: 'in_person',
    slot: `${slots[i]!.counsellorId}.${slots[i]!.startsAt.toISOString()}`,
    name: `Tour ${i}`,
    phone: `015100000${i}`,
    consent: 'yes',
  });
  await post(visitor, `POST ${p}/counselling/:id/book`, book, form(0));
  const first = await visitor.post(book, form(1));
  const code = /<strong dir="ltr">([2-9A-Z ]{11})<\/strong>/.exec(first.body)![1]!;
  const link = /\/de\/m\/meppen\/appointments\/[A-Za-z0-9_-]{43}/.exec(first.body)![0];
  await visitor.get(link);
  await post(visitor, `POST ${p}/appointments/:token/cancel`, `${link}/cancel`, {});
  await post(visitor, `POST ${p}/appointments/code/cancel`, '/de/m/meppen/appointments/code/cancel', { code });
}
