import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { linearlyDetermined } from '../../lib/figures/testing/disclosure.ts';
import { signedInClient } from '../../testing/access-matrix.ts';
import { type Client, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { type FiguresFixture, figuresFixture } from './figures.fixtures.ts';
import { FEEDBACK_QUESTIONS, MENTEE_STATUSES, OUTCOME_KINDS } from './mentoring.tables.ts';

// A programme's figures against the rows: every shown count equals a count taken directly from the tables with
// SQL of its own, every count of one to four is hidden, no hidden cell of a table can be worked out from what the
// CSV shows (checked by linear algebra independent of the library), shares and means only where allowed; the page
// and the CSV agree; only the programme's staff see them; no name or comment anywhere.

/** RFC 4180 lines (quoted fields with commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark');
  return text
    .slice(1)
    .split('\r\n')
    .filter((l) => l !== '')
    .map((line) => {
      const fields: string[] = [];
      let i = 0;
      while (i <= line.length) {
        if (line[i] === '"') {
          let v = '';
          i++;
          while (i < line.length) {
            if (line[i] === '"' && line[i + 1] === '"') {
              v += '"';
              i += 2;
            } else if (line[i] === '"') {
              i++;
              break;
            } else v += line[i++];
          }
          fields.push(v);
          i++;
        } else {
          const end = line.indexOf(',', i);
          fields.push(line.slice(i, end === -1 ? line.length : end));
          i = end === -1 ? line.length + 1 : end + 1;
        }
      }
      return fields;
    });
}

const GENDER_LABELS = ['Women', 'Men', 'Diverse', 'Not stated'] as const;
const GENDER_KEYS = ['woman', 'man', 'diverse', 'unstated'] as const;
const STATUS_LABELS: Record<string, string> = {
  applied: 'Applied',
  waitlisted: 'On the waiting list',
  accepted: 'Given a place',
  matched: 'In a pairing',
  completed: 'Completed',
  withdrawn: 'Withdrawn',
  declined: 'Declined',
};
const OUTCOME_LABELS: Record<string, string> = {
  candidacy: 'Stood for election',
  advisory_council: 'Member of the migration advisory council or another advisory board',
  consultation_hour: 'Took part in a citizens’ consultation hour',
  party_membership: 'Joined a party',
  association: 'Active in an association or initiative',
  other: 'Other engagement',
};

/** A shown value as a number, null for "< 5". */
const num = (v: string): number | null => (v === '< 5' ? null : Number(v));

/** A count as published must be the true count, or hidden; a count of one to four must be hidden. */
function assertCount(label: string, published: string, truth: number) {
  if (truth > 0 && truth < 5) assert.equal(published, '< 5', `${label}: ${truth} is shown`);
  else if (published !== '< 5') assert.equal(Number(published), truth, `${label}`);
}

describe('mentoring figures', () => {
  const t = fixture(() => testApp());
  const db = () => t().conn.db;
  let osnabrueck: string;
  let f: FiguresFixture;
  let staff: Client;
  let otherAdmin: Client;
  let meppenAdmin: Client;
  const base = (locale = 'en') => `/${locale}/m/osnabrueck/admin/mentoring/demokratie-macht-integration/figures`;

  before(async () => {
    t().clock.now = new Date('2026-12-02T10:00:00Z');
    osnabrueck = await insertMunicipality(t().conn, 'osnabrueck');
    const meppen = await insertMunicipality(t().conn, 'meppen');
    staff = await signedInClient(t().app, db(), {
      email: 'staff@example.test',
      municipalityId: osnabrueck,
      roles: ['municipality_admin'],
    });
    otherAdmin = await signedInClient(t().app, db(), {
      email: 'other@example.test',
      municipalityId: osnabrueck,
      roles: ['municipality_admin', 'quartier_manager'],
    });
    meppenAdmin = await signedInClient(t().app, db(), {
      email: 'meppen@example.test',
      municipalityId: meppen,
      roles: ['municipality_admin'],
    });
    const staffId = (
      await db().selectFrom('users').select('id').where('email', '=', 'staff@example.test').executeTakeFirstOrThrow()
    ).id;
    f = await figuresFixture(db(), osnabrueck, { staff: [staffId] });
    const meppenStaff = (
      await db().selectFrom('users').select('id').where('email', '=', 'meppen@example.test').executeTakeFirstOrThrow()
    ).id;
    // Meppen runs a programme of the same name: Osnabrück's cycle ids must not open under it.
    await figuresFixture(db(), meppen, { staff: [meppenStaff] });
  });

  async function csv(query = '') {
    const res = await staff.get(`${base()}.csv${query}`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    const lines = parseCsv(res.body);
    assert.deepEqual(lines[0], ['Figure', 'Row', 'Column', 'Value']);
    const get = (figure: string, row: string, column = '') => {
      const line = lines.find((l) => l[0] === figure && l[1] === row && l[2] === column);
      assert.ok(line, `${figure} / ${row} / ${column}`);
      return line[3]!;
    };
    return { body: res.body, lines, get };
  }

  /** The true counts, with queries of their own (not the repository's). */
  async function truth(cycleId: string | null) {
    const cycles = cycleId ? [cycleId] : [f.finishedCycleId, f.openCycleId];
    const inCycles = sql.join(cycles.map((c) => sql`${c}::uuid`));
    const status = await sql<{ status: string; n: string }>`
      select status, count(*) as n from mentoring_mentees
       where municipality_id = ${osnabrueck} and cycle_id in (${inCycles}) group by status`.execute(db());
    const gender = await sql<{ g: string; took: boolean; n: string }>`
      select coalesce(gender, 'unstated') as g, status in ('matched', 'completed') as took, count(*) as n
        from mentoring_mentees where municipality_id = ${osnabrueck} and cycle_id in (${inCycles}) group by 1, 2`.execute(
      db(),
    );
    const attended = await sql<{ n: string }>`
      select (select count(*) from mentoring_activities a
               where a.municipality_id = p.municipality_id and a.pairing_id = p.id and a.attended) as n
        from mentoring_pairings p
       where p.municipality_id = ${osnabrueck} and p.cycle_id in (${inCycles})
         and p.status in ('active', 'ended', 'completed')`.execute(db());
    const feedback = await sql<{ stage: string; q: string; n: string; mean: string | null }>`
      select fb.stage, q.key as q, count(fb.scores ->> q.key) as n, avg((fb.scores ->> q.key)::numeric) as mean
        from mentoring_feedback fb
        join mentoring_pairings p on p.municipality_id = fb.municipality_id and p.id = fb.pairing_id
        cross join unnest(${sql.val([...FEEDBACK_QUESTIONS])}::text[]) as q(key)
       where fb.municipality_id = ${osnabrueck} and p.cycle_id in (${inCycles})
       group by 1, 2`.execute(db());
    const outcomes = await sql<{ g: string; kind: string; n: string }>`
      select coalesce(e.gender, 'unstated') as g, o.kind, count(*) as n
        from mentoring_outcomes o join mentoring_mentees e on e.municipality_id = o.municipality_id and e.id = o.mentee_id
       where o.municipality_id = ${osnabrueck} and e.cycle_id in (${inCycles}) group by 1, 2`.execute(db());
    const count = (rows: { n: string }[], pick: (r: never) => boolean) =>
      rows.filter((r) => pick(r as never)).reduce((a, r) => a + Number(r.n), 0);
    return {
      status: (s: string) => count(status.rows, (r: { status: string }) => r.status === s),
      gender: (g: string, took: boolean) =>
        count(gender.rows, (r: { g: string; took: boolean }) => r.g === g && r.took === took),
      attended: attended.rows.map((r) => Number(r.n)),
      feedback: (stage: string, q: string) => feedback.rows.find((r) => r.stage === stage && r.q === q),
      outcome: (g: string, kind: string) =>
        count(outcomes.rows, (r: { g: string; kind: string }) => r.g === g && r.kind === kind),
    };
  }

  /** The extended grid of a gender table as the CSV shows it (null for "< 5"). */
  function viewOf(get: (f: string, r: string, c?: string) => string, title: string, columns: readonly string[]) {
    const rows = [...GENDER_LABELS, 'Total'];
    return rows.map((r) => [...columns, 'Total'].map((c) => num(get(title, r, c))));
  }

  for (const scope of ['all', 'finished', 'open'] as const) {
    it(`equals the counts taken from the rows, with small cells hidden and not derivable (${scope} cycles)`, async () => {
      const cycleId = scope === 'all' ? null : scope === 'finished' ? f.finishedCycleId : f.openCycleId;
      const { get } = await csv(cycleId ? `?cycle=${cycleId}` : '');
      const truthOf = await truth(cycleId);

      // Applicants by status: the list and its total.
      const A = 'Applications by status';
      let applicants = 0;
      const vector: (number | null)[] = [];
      for (const s of MENTEE_STATUSES) {
        const n = truthOf.status(s);
        applicants += n;
        assertCount(`status ${s}`, get(A, STATUS_LABELS[s]!), n);
        vector.push(num(get(A, STATUS_LABELS[s]!)));
      }
      assertCount('applicants', get(A, 'Total'), applicants);
      vector.push(num(get(A, 'Total')));
      assert.deepEqual(linearlyDetermined([vector, vector]), [], 'no status count follows from the total');

      // Participation by gender: each cell, the margins, no hidden cell derivable; the share of women.
      const P = 'Participation by gender';
      const columns = ['Did not take part', 'Took part'];
      let participants = 0;
      GENDER_KEYS.forEach((g, i) => {
        const label = GENDER_LABELS[i]!;
        assertCount(`${g} not`, get(P, label, columns[0]), truthOf.gender(g, false));
        assertCount(`${g} took`, get(P, label, columns[1]), truthOf.gender(g, true));
        assertCount(`${g} total`, get(P, label, 'Total'), truthOf.gender(g, false) + truthOf.gender(g, true));
        participants += truthOf.gender(g, true);
      });
      assertCount('participants', get(P, 'Total', columns[1]), participants);
      assert.deepEqual(linearlyDetermined(viewOf(get, P, columns)), []);
      const women = truthOf.gender('woman', true);
      const share = get(P, 'Share of women among participants');
      if (get(P, 'Women', columns[1]) === '< 5' || get(P, 'Total', columns[1]) === '< 5' || participants === 0)
        assert.equal(share, 'not shown');
      else assert.equal(share, `${Math.round((women / participants) * 100)} %`);

      // Completion: counts, and the rate only where both are shown.
      const C = 'Completion';
      const completed = truthOf.status('completed');
      assertCount('completed', get(C, 'Completed'), completed);
      assertCount('not completed', get(C, 'Not completed'), participants - completed);
      assertCount('participants', get(C, 'Participants'), participants);
      const rate = get(C, 'Completion rate');
      if (get(C, 'Completed') === '< 5' || get(C, 'Participants') === '< 5' || participants === 0)
        assert.equal(rate, 'not shown');
      else assert.equal(rate, `${Math.round((completed / participants) * 100)} %`);
      assert.ok(get(C, 'Not completed') !== '< 5' || get(C, 'Completed') === '< 5' || get(C, 'Participants') === '< 5');

      // Activities: the pairings held, attended activities and the mean per pairing (five pairings or more).
      const V = 'Activities';
      assertCount('pairings', get(V, 'Pairings'), truthOf.attended.length);
      const sum = truthOf.attended.reduce((a, b) => a + b, 0);
      if (truthOf.attended.length >= 5 && get(V, 'Pairings') !== '< 5') {
        assert.equal(get(V, 'Attended activities'), String(sum));
        assert.equal(get(V, 'Attended activities per pairing'), (sum / truthOf.attended.length).toFixed(1));
      } else assert.equal(get(V, 'Attended activities per pairing'), 'not shown');

      // Feedback: answers per stage and question, the mean only from five answers.
      for (const stage of ['mid', 'final'] as const)
        for (const q of FEEDBACK_QUESTIONS) {
          const row = `${stage === 'mid' ? 'Mid-term feedback' : 'Final feedback'}: ${
            {
              overall: 'Overall',
              understanding: 'Understanding local politics',
              confidence: 'Confidence to get involved',
              mentor_time: 'Mentor’s time',
            }[q]
          }`;
          const fb = truthOf.feedback(stage, q);
          const answers = fb ? Number(fb.n) : 0;
          assertCount(`${row} answers`, get('Feedback', row, 'Answers'), answers);
          const mean = get('Feedback', row, 'Mean (1–5)');
          if (answers >= 5) assert.equal(mean, Number(fb!.mean).toFixed(1));
          else assert.equal(mean, 'not shown');
        }

      // A number published twice is hidden in both places or in neither.
      for (const [x, y] of [
        [get(A, 'Total'), get(P, 'Total', 'Total')],
        [get(P, 'Total', columns[1]), get(C, 'Participants')],
        [get(P, 'Total', columns[1]), get(V, 'Pairings')],
        [get(A, 'Completed'), get(C, 'Completed')],
        [get(A, 'In a pairing'), get(C, 'Not completed')],
      ])
        assert.equal(x === '< 5', y === '< 5', `${x} and ${y}`);

      // Outcomes by gender: each cell, the margins, no hidden cell derivable.
      const O = 'Engagement after the programme, by gender';
      const kinds = OUTCOME_KINDS.map((o) => OUTCOME_LABELS[o]!);
      GENDER_KEYS.forEach((g, i) => {
        let row = 0;
        OUTCOME_KINDS.forEach((o, j) => {
          assertCount(`${g} ${o}`, get(O, GENDER_LABELS[i]!, kinds[j]), truthOf.outcome(g, o));
          row += truthOf.outcome(g, o);
        });
        assertCount(`${g} outcomes`, get(O, GENDER_LABELS[i]!, 'Total'), row);
      });
      OUTCOME_KINDS.forEach((o, j) => {
        const n = GENDER_KEYS.reduce((a, g) => a + truthOf.outcome(g, o), 0);
        assertCount(`${o} total`, get(O, 'Total', kinds[j]), n);
      });
      assert.deepEqual(linearlyDetermined(viewOf(get, O, kinds)), []);
    });
  }

  it('shows the finished cycle as computed by hand from the fixture', async () => {
    const { get, body } = await csv(`?cycle=${f.finishedCycleId}`);
    // 9 women among 20 participants; one diverse and two unstated participants are hidden (and protect each other).
    assert.equal(get('Participation by gender', 'Women', 'Took part'), '9');
    assert.equal(get('Participation by gender', 'Diverse', 'Took part'), '< 5');
    assert.equal(get('Participation by gender', 'Total', 'Took part'), '20');
    assert.equal(get('Participation by gender', 'Share of women among participants'), '45 %');
    // 3 of 20 did not complete: hidden, so the 17 who did are hidden too, and no rate is given.
    assert.equal(get('Completion', 'Not completed'), '< 5');
    assert.equal(get('Completion', 'Completed'), '< 5');
    assert.equal(get('Completion', 'Completion rate'), 'not shown');
    // …and the status list hides the 17 as well (with the 20 participants it would give the 3 away).
    assert.equal(get('Applications by status', 'Completed'), '< 5');
    assert.equal(get('Applications by status', 'In a pairing'), '< 5');
    assert.equal(get('Activities', 'Attended activities'), '72');
    assert.equal(get('Activities', 'Attended activities per pairing'), '3.6');
    assert.equal(get('Feedback', 'Final feedback: Overall', 'Mean (1–5)'), '4.0');
    assert.equal(get('Feedback', 'Mid-term feedback: Overall', 'Answers'), '< 5');
    // Two women stood for election: hidden, and so is at least one more cell of their row and column.
    const O = 'Engagement after the programme, by gender';
    assert.equal(get(O, 'Women', 'Stood for election'), '< 5');
    assert.equal(get(O, 'Women', 'Member of the migration advisory council or another advisory board'), '7');
    assert.doesNotMatch(body, /Mentee \d|Ratsmitglied|persönlicher Kommentar/);
  });

  it('shows the same figures on the page, in German and in Arabic, without names or comments', async () => {
    for (const locale of ['de', 'ar']) {
      const page = await staff.get(`${base(locale)}?cycle=${f.finishedCycleId}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /DEMOKRATIE\. MACHT\. INTEGRATION\./);
      assert.match(page.body, /&lt; 5/);
      assert.doesNotMatch(page.body, /Mentee \d|Ratsmitglied|persönlicher Kommentar/);
    }
    const de = await staff.get(`${base('de')}?cycle=${f.finishedCycleId}`);
    assert.match(de.body, /Anteil der Frauen unter den Teilnehmenden: 45\s%/);
    assert.match(de.body, /3,6/);
    assert.match(
      de.body,
      new RegExp(
        `href="/de/m/osnabrueck/admin/mentoring/demokratie-macht-integration/figures\\.csv\\?cycle=${f.finishedCycleId}"`,
      ),
    );
    const all = await staff.get(base('de'));
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /Alle Durchgänge/);
  });

  it('records each export in the audit log', async () => {
    const before = await db()
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'export')
      .where('subject_type', '=', 'mentoring.figures')
      .execute();
    await csv();
    const after = await db()
      .selectFrom('audit_log')
      .select(['id', 'subject_id', 'municipality_id'])
      .where('action', '=', 'export')
      .where('subject_type', '=', 'mentoring.figures')
      .execute();
    assert.equal(after.length, before.length + 1);
    assert.ok(after.every((a) => a.municipality_id === osnabrueck));
  });

  it('is only for the programme’s own staff, within its municipality', async () => {
    assert.equal((await otherAdmin.get(base('de'))).statusCode, 403);
    assert.equal((await otherAdmin.get(`${base('de')}.csv`)).statusCode, 403);
    assert.equal((await meppenAdmin.get(base('de'))).statusCode, 403);
    // Meppen's own programme of the same slug opens; Osnabrück's cycle under it is unknown.
    const meppen = '/de/m/meppen/admin/mentoring/demokratie-macht-integration/figures';
    assert.equal((await meppenAdmin.get(meppen)).statusCode, 200);
    assert.equal((await meppenAdmin.get(`${meppen}?cycle=${f.finishedCycleId}`)).statusCode, 404);
    assert.equal((await meppenAdmin.get(`${meppen}.csv?cycle=${f.finishedCycleId}`)).statusCode, 404);
    assert.equal((await staff.get(`${base('de')}?cycle=kein-zyklus`)).statusCode, 400);
    assert.equal((await staff.get('/de/m/osnabrueck/admin/mentoring/unbekannt/figures')).statusCode, 404);
    assert.equal((await staff.get('/de/m/osnabrueck/admin/mentoring/Bad_Slug/figures')).statusCode, 404);
    const signedOut = await t().app.inject({ method: 'GET', url: base('de') });
    assert.ok([302, 303, 401].includes(signedOut.statusCode), String(signedOut.statusCode));
  });
});
