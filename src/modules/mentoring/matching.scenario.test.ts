import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { findProgramme } from './core.repository.ts';
import { mentee, mentor, programmeWithCycle } from './matching.fixtures.ts';
import { balanceFigures } from './matching.repository.ts';
import { fixPair, runMatching } from './matching.service.ts';
import { balanceReport } from './matching.solve.ts';

// A cycle the size of Osnabrück's later round: 14 council members with 21 places between them (seven take two
// mentees, seven one), 21 mentees, two pairs the staff fixed first, a political direction asked for, and a target of
// 40 % women that too few women applied to reach. The run fills every place without exceeding a capacity, keeps the
// fixed pairs, pairs each mentee who named a direction with a mentor of that faction where one has room, proposes
// only (nothing is published, nobody is written to), and the balance report says why the target is missed.

describe('matching: 14 mentors, 21 places, fixed pairs, directions and a women target', () => {
  let conn: Connection;
  let m = '';
  before(async () => {
    conn = await testDatabase();
    m = await insertMunicipality(conn, 'osnabrueck');
  });
  after(() => conn.close());

  test('fills the places within every capacity, keeps fixed pairs, honours directions, reports the shortfall', async () => {
    const db = conn.db;
    const call = () => ({ db, tenant: tenant(m), actor: null, requestId: null, now: new Date() });
    const c = await programmeWithCycle(db, m, { places: 21, asksPolitical: true, womenTarget: 40 });
    const factions = ['SPD', 'CDU', 'Grüne', 'FDP', 'Linke', 'UWG', 'Volt'];
    const same = { topics: ['integration'], languages: ['de'], availability: ['weekday_evening'] };
    const mentors: { id: string; capacity: number; faction: string }[] = [];
    for (let i = 0; i < 14; i++) {
      const capacity = i < 7 ? 2 : 1;
      mentors.push({
        ...(await mentor(db, m, c.cycleId, {
          ...same,
          name: `Ratsmitglied ${i}`,
          capacity,
          faction: factions[i % 7]!,
        })),
        capacity,
        faction: factions[i % 7]!,
      });
    }
    // Six women among 21 (29 %); three mentees name a direction (two SPD, one Grüne).
    const directions: Record<number, string> = { 3: 'SPD', 8: 'sozialdemokratisch SPD', 12: 'Grüne' };
    const mentees: { id: string }[] = [];
    for (let i = 0; i < 21; i++) {
      mentees.push(
        await mentee(db, m, c.cycleId, {
          ...same,
          name: `Mentee ${i}`,
          gender: i % 4 === 0 ? 'woman' : 'man',
          politicalDirection: directions[i] ?? null,
        }),
      );
    }
    const fixed = [
      { menteeId: mentees[0]!.id, mentorId: mentors[13]!.id },
      { menteeId: mentees[1]!.id, mentorId: mentors[0]!.id },
    ];
    for (const f of fixed) await runUseCase('t.fix', call(), (uc) => fixPair(uc, { cycleId: c.cycleId, ...f }));
    const programme = (await findProgramme(db, tenant(m), c.slug))!;
    const run = await runUseCase('t.run', call(), (uc) => runMatching(uc, programme, c.cycleId));
    assert.deepEqual({ proposed: run.proposed, unpaired: run.unpaired }, { proposed: 19, unpaired: 0 });

    const pairs = await db
      .selectFrom('mentoring_pairings')
      .select(['mentee_id', 'mentor_id', 'status', 'fixed'])
      .where('municipality_id', '=', m)
      .where('cycle_id', '=', c.cycleId)
      .execute();
    assert.equal(pairs.length, 21, 'every place filled');
    assert.equal(new Set(pairs.map((p) => p.mentee_id)).size, 21, 'each mentee once');
    for (const r of mentors) {
      const held = pairs.filter((p) => p.mentor_id === r.id).length;
      assert.ok(held <= r.capacity, `a mentor with capacity ${r.capacity} holds ${held}`);
    }
    for (const f of fixed) {
      const p = pairs.find((x) => x.mentee_id === f.menteeId);
      assert.deepEqual({ mentor: p?.mentor_id, fixed: p?.fixed }, { mentor: f.mentorId, fixed: true });
    }
    assert.ok(
      pairs.every((p) => p.status === 'proposed'),
      'pending until the staff publish',
    );
    const mails = await db.selectFrom('mail_outbox').select('id').execute();
    assert.equal(mails.length, 0, 'nobody is written to before publishing');

    const factionOf = new Map(mentors.map((r) => [r.id, r.faction]));
    for (const [i, direction] of Object.entries(directions)) {
      const p = pairs.find((x) => x.mentee_id === mentees[Number(i)]!.id)!;
      const faction = factionOf.get(p.mentor_id)!;
      assert.ok(direction.includes(faction), `mentee ${i} (${direction}) is with a ${faction} mentor`);
    }

    const report = balanceReport({
      targetPercent: 40,
      places: 21,
      ...(await balanceFigures(db, tenant(m), c.cycleId)),
    });
    assert.equal(report.sharePercent, Math.round((100 * 6) / 21));
    assert.deepEqual(report.shortfall, {
      key: 'mentoring.matching.balance.fewApplied',
      values: { women: 6, places: 21, needed: 9 },
    });
  });
});
