import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { formatDate } from '../../platform/i18n/format.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { fixtureProgramme } from './sessions.fixtures.ts';
import { upcomingSessions } from './sessions.read.ts';
import { DEMO_PROGRAMME, sessionsSeed } from './sessions.seed.ts';

// The demo sessions of Osnabrück's programme: nothing while the programme does not exist, then council sessions on
// Tuesdays at 17:00 (Berlin) in the town hall with the admission-card note, a committee, two faction meetings and
// an online talk, all upcoming and offered; a second run adds nothing.

describe('mentoring sessions: demo seed', () => {
  let conn: Connection;
  let m: string;
  const now = new Date('2026-12-02T09:00:00Z');
  const run = () =>
    conn.db
      .transaction()
      .execute((tx) => sessionsSeed.run(tx, { ids: { municipality: { osnabrueck: m } }, passwordHash: '', now }));
  const count = async () =>
    Number(
      (
        await conn.db
          .selectFrom('mentoring_sessions')
          .select((e) => e.fn.countAll().as('n'))
          .where('municipality_id', '=', m)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    conn = await testDatabase();
    m = await insertMunicipality(conn, 'osnabrueck');
  });
  after(() => conn.close());

  test('does nothing while the programme does not exist', async () => {
    await run();
    assert.equal(await count(), 0);
  });

  test('seeds the upcoming sessions of the programme once', async () => {
    const { programmeId } = await fixtureProgramme(conn.db, m, { slug: DEMO_PROGRAMME });
    await run();
    const offered = await upcomingSessions(conn.db, tenant(m), programmeId, now);
    assert.equal(offered.length, 7);
    const kinds = offered.map((s) => s.kind).sort();
    assert.deepEqual(kinds, [
      'committee',
      'council_session',
      'council_session',
      'council_session',
      'faction_meeting',
      'faction_meeting',
      'online_event',
    ]);
    for (const s of offered.filter((x) => x.kind === 'council_session')) {
      const local = formatDate('de', s.startsAt, true);
      assert.match(local, /, 17:00$/);
      assert.equal(
        new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'Europe/Berlin' }).format(s.startsAt),
        'Tuesday',
      );
      assert.match(s.location ?? '', /Rathaus/);
      assert.match(s.visitorNote ?? '', /Einlasskarte/);
    }
    await run();
    assert.equal(await count(), 7);
  });
});
