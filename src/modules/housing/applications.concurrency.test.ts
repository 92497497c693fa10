import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { testDatabase } from '../../testing/db.ts';
import { seedDemo } from '../../seed/seed.ts';
import { seedId } from '../../platform/modules/seed-context.ts';
import { fixtureApplication, fixtureFlat, fixtureHousehold } from './applications.fixtures.ts';
import { acceptError, acceptOffer } from './applications.service.ts';

// Nothing promised twice, under load: many households accepting one flat at the same moment, and one household
// accepting two flats at once. Runs on PGlite by default and on the server with TEST_DATABASE_URL (pool of 10:
// there the requests really overlap, and the row lock and the partial unique indexes decide).

describe('accepting offers concurrently', () => {
  let conn: Connection;
  let m: string;
  let provider: string;
  before(async () => {
    conn = await testDatabase();
    const ctx = await seedDemo(conn.db);
    m = seedId(ctx, 'municipality', 'meppen');
    provider = seedId(ctx, 'provider', 'meppen/emsland-wohnbau');
  });
  after(() => conn.close());

  /** Accepts through the use case as the route does; the answer is 'accepted' or the message key of the refusal. */
  async function accept(applicationId: string, householdId: string): Promise<string> {
    const call = { db: conn.db, tenant: tenant(m), actor: null, requestId: null, now: new Date() };
    try {
      await runUseCase('housing.apply.accept', call, (uc) => acceptOffer(uc, null, { applicationId, householdId }));
      return 'accepted';
    } catch (err) {
      const e = acceptError(err);
      if (e instanceof AppError) return e.messageKey;
      throw e;
    }
  }

  test('100 households accept the same flat at once: exactly one gets it, the others the clear message', async (t) => {
    const flat = await fixtureFlat(conn.db, m, provider, { street: 'Kirchstraße 5' });
    const offers: [string, string][] = [];
    for (let i = 0; i < 100; i++) {
      const h = await fixtureHousehold(conn.db, m, { name: `Haushalt ${i}` });
      offers.push([await fixtureApplication(conn.db, m, flat, h, 'offered'), h]);
    }
    const answers = await Promise.all(offers.map(([a, h]) => accept(a, h)));
    t.diagnostic(`engine ${conn.engine}`);
    assert.equal(answers.filter((a) => a === 'accepted').length, 1);
    assert.deepEqual(
      [...new Set(answers.filter((a) => a !== 'accepted'))],
      ['housing.apply.error.promised'],
      'every other household reads that the flat has just been promised',
    );
    const accepted = await conn.db
      .selectFrom('housing_applications')
      .select('household_id')
      .where('flat_id', '=', flat)
      .where('status', '=', 'accepted')
      .execute();
    assert.equal(accepted.length, 1);
    const f = await conn.db
      .selectFrom('housing_flats')
      .select('status')
      .where('id', '=', flat)
      .executeTakeFirstOrThrow();
    assert.equal(f.status, 'reserved');
  });

  test('one household accepts two flats at once: one is accepted, the other refused and withdrawn', async () => {
    const h = await fixtureHousehold(conn.db, m, { name: 'Doppelt' });
    const flats = [
      await fixtureFlat(conn.db, m, provider, { street: 'Am Markt 1' }),
      await fixtureFlat(conn.db, m, provider, { street: 'Am Markt 2' }),
    ];
    const apps = await Promise.all(flats.map((f) => fixtureApplication(conn.db, m, f, h, 'offered')));
    const answers = await Promise.all(apps.map((a) => accept(a, h)));
    assert.deepEqual(answers.toSorted(), ['accepted', 'housing.apply.error.oneAccepted']);
    const rows = await conn.db
      .selectFrom('housing_applications')
      .select('status')
      .where('household_id', '=', h)
      .execute();
    assert.deepEqual(rows.map((r) => r.status).toSorted(), ['accepted', 'withdrawn']);
  });
});
