import type { Kysely } from 'kysely';
import { fixtureService } from '../modules/counselling/counselling.fixtures.ts';
import { serviceSlots } from '../modules/counselling/slots.read.ts';
import { tenant } from '../platform/db/tenant.ts';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The counselling appointments' writes in the audit tour: a visitor books slots without an account, cancels one
 * with the code from the confirmation page and one through its link, and moves one to another time through its
 * link and one with its code.
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
  const secrets = async (i: number) => {
    const res = await visitor.post(book, form(i));
    return {
      code: /<strong dir="ltr">([2-9A-Z ]{11})<\/strong>/.exec(res.body)![1]!,
      link: /\/de\/m\/meppen\/appointments\/[A-Za-z0-9_-]{43}/.exec(res.body)![0],
    };
  };
  const byCode = await secrets(1);
  await post(visitor, `POST ${p}/appointments/code/cancel`, '/de/m/meppen/appointments/code/cancel', {
    code: byCode.code,
  });
  const byLink = await secrets(2);
  await visitor.get(byLink.link);
  await post(visitor, `POST ${p}/appointments/:token/cancel`, `${byLink.link}/cancel`, {});
  const slot = (i: number) => form(i).slot;
  const moveByLink = await secrets(3);
  await visitor.get(`${moveByLink.link}/rebook`);
  await post(visitor, `POST ${p}/appointments/:token/rebook`, `${moveByLink.link}/rebook`, { slot: slot(4) });
  const moveByCode = await secrets(5);
  await post(visitor, `POST ${p}/appointments/code/rebook`, '/de/m/meppen/appointments/code/rebook', {
    code: moveByCode.code,
    slot: slot(3),
  });
}
