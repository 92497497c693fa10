import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { signedInClient } from '../../testing/access-matrix.ts';
import { Client, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { daysFrom, type FixtureOccurrence, fixtureOccurrence } from './registrations.fixtures.ts';

// The organiser's pages: private to the event's own volunteer, the Quartier manager and the administration; the
// CSV export recorded; cancelling for someone moves the queue up; attendance as numbers only, after the start.

describe("the organiser's list of registrations", () => {
  const t = fixture(() => testApp());
  let meppen: string;
  let occ: FixtureOccurrence;
  let organiser: Client;
  const db = () => t().conn.db;
  const base = () => `/de/m/meppen/admin/events/${occ.eventId}/occurrences/${occ.occurrenceId}/registrations`;

  before(async () => {
    meppen = await insertMunicipality(t().conn, 'meppen');
    await insertMunicipality(t().conn, 'osnabrueck');
    organiser = await signedInClient(t().app, db(), {
      email: 'landfrau@example.test',
      municipalityId: meppen,
      roles: ['volunteer'],
    });
    const me = await db()
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'landfrau@example.test')
      .executeTakeFirstOrThrow();
    occ = await fixtureOccurrence(db(), meppen, {
      startsAt: daysFrom(t().clock.now, 6),
      places: 2,
      organiserUserId: me.id,
    });
    const url = `/de/m/meppen/events/${occ.eventId}/occurrences/${occ.occurrenceId}/register`;
    for (const [name, email, waitlist] of [
      ['=Hanna Meyer', 'hanna@example.org', ''],
      ['Ahmad', 'ahmad@example.org', ''],
      ['Familie Sultani', 'sultani@example.org', 'yes'],
    ]) {
      const res = await new Client(t().app).post(
        url,
        { name: name!, email: email!, partySize: '1', consent: 'yes', waitlist: waitlist! },
        url,
      );
      assert.equal(res.statusCode, 303);
    }
  });

  it('shows the event volunteer, the Quartier manager and the admin who registered; others are refused', async () => {
    const page = await organiser.get(base());
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /2 von 2 Plätzen vergeben, 1 Anmeldung auf der Warteliste/);
    assert.match(page.body, /hanna@example.org/);
    assert.match(page.body, /Warteliste, Nr. 1/);
    const qm = await signedInClient(t().app, db(), {
      email: 'qm@example.test',
      municipalityId: meppen,
      roles: ['quartier_manager'],
    });
    assert.equal((await qm.get(base())).statusCode, 200);
    const otherVolunteer = await signedInClient(t().app, db(), {
      email: 'v2@example.test',
      municipalityId: meppen,
      roles: ['volunteer'],
    });
    assert.equal((await otherVolunteer.get(base())).statusCode, 403);
    const resident = await signedInClient(t().app, db(), {
      email: 'r@example.test',
      municipalityId: meppen,
      roles: ['resident'],
    });
    assert.equal((await resident.get(base())).statusCode, 403);
    assert.equal((await new Client(t().app).get(base())).statusCode, 303, 'anonymous: to the sign-in page');
  });

  it('exports CSV with a byte-order mark, names defused as text, and records the export', async () => {
    const res = await organiser.get(`${base()}.csv`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(lines[0], 'Name,E-Mail,Telefon,Plätze,Stand,Wartelistenplatz,Sprache,Angemeldet am');
    assert.equal(lines.length, 4);
    assert.ok(
      lines.some((l) => l.startsWith("'=Hanna Meyer,")),
      'a formula-like name stays text',
    );
    assert.ok(lines.some((l) => l.startsWith('Familie Sultani,sultani@example.org,,1,Warteliste,1,de,')));
    const exported = await db()
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'export')
      .where('subject_type', '=', 'community.registration')
      .execute();
    assert.equal(exported.length, 1);
  });

  it('cancels for someone: the first waiting gets the place', async () => {
    const hanna = await db()
      .selectFrom('community_registrations')
      .select('id')
      .where('email', '=', 'hanna@example.org')
      .executeTakeFirstOrThrow();
    const res = await organiser.post(`${base()}/${hanna.id}/cancel`, {}, base());
    assert.equal(res.statusCode, 303);
    const page = await organiser.get(base());
    assert.match(page.body, /2 von 2 Plätzen vergeben, 0 Anmeldungen auf der Warteliste/);
    const s = await db()
      .selectFrom('community_registrations')
      .select('status')
      .where('email', '=', 'sultani@example.org')
      .executeTakeFirstOrThrow();
    assert.equal(s.status, 'confirmed');
  });

  it('counts attendance only after the start, numbers only, each breakdown no more than the total', async () => {
    const early = await organiser.get(`${base()}/attendance`);
    assert.match(early.body, /erst gezählt werden, wenn der Termin begonnen hat/);
    // A date that began two hours ago (the sessions stay valid: the clock is not moved).
    const me = await db()
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'landfrau@example.test')
      .executeTakeFirstOrThrow();
    const began = new Date(t().clock.now.getTime() - 2 * 3600_000);
    const past = await fixtureOccurrence(db(), meppen, { startsAt: began, places: 20, organiserUserId: me.id });
    const pastBase = `/de/m/meppen/admin/events/${past.eventId}/occurrences/${past.occurrenceId}/registrations`;
    const form = await organiser.get(`${pastBase}/attendance`);
    assert.match(form.body, /Wie viele Personen waren da/);
    const wrong = await organiser.post(`${pastBase}/attendance`, { total: '10', women: '8', men: '5' });
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /nicht mehr sein als alle Personen/);
    assert.match(wrong.body, /value="8"/);
    const ok = await organiser.post(`${pastBase}/attendance`, { total: '14', women: '8', men: '5', ageUnder18: '4' });
    assert.equal(ok.statusCode, 303);
    const row = await db()
      .selectFrom('community_attendance')
      .selectAll()
      .where('occurrence_id', '=', past.occurrenceId)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.total, row.women, row.men, row.diverse, row.age_under_18], [14, 8, 5, null, 4]);
    const list = await organiser.get(pastBase);
    assert.match(list.body, /Teilnahme: 14 gezählt/);
    const early2 = await organiser.post(`${base()}/attendance`, { total: '3' });
    assert.equal(early2.statusCode, 409, 'before the start, counts are refused');
  });
});
