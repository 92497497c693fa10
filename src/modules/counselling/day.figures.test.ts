import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { signedInClient } from '../../testing/access-matrix.ts';
import { type Client, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { type FixtureService, fixtureService } from './counselling.fixtures.ts';
import { fixtureAppointment } from './day.fixtures.ts';
import { shown } from './day.figures.ts';
import { instantOf } from './slots.ts';

// The contact figures: counts per month and service, cells of one to four shown as "< 5" on the page and in the
// CSV, no-shows from the appointments, no person anywhere; only the Quartier manager and the administration.

describe('the contact figures', () => {
  const t = fixture(() => testApp());
  const db = () => t().conn.db;
  let meppen: string;
  let s: FixtureService;
  let qm: Client;
  const base = '/de/m/meppen/admin/counselling/figures';

  const contact = (day: string, topic: string, extra: Record<string, string | null> = {}) => ({
    municipality_id: meppen,
    service_id: s.serviceId,
    day,
    kind: 'walk_in' as const,
    topic,
    language: 'ar',
    channel: 'in_person',
    duration_minutes: 30,
    ...extra,
  });

  before(async () => {
    t().clock.now = new Date('2026-06-10T10:00:00Z');
    meppen = await insertMunicipality(t().conn, 'meppen');
    qm = await signedInClient(t().app, db(), {
      email: 'qm@example.test',
      municipalityId: meppen,
      roles: ['quartier_manager'],
    });
    s = await fixtureService(db(), meppen, { title: 'Migrationsberatung Meppen' });
    const rows = [
      ...Array.from({ length: 7 }, () => contact('2026-03-05', 'housing')),
      contact('2026-03-06', 'work', { gender: 'woman' }),
      contact('2026-03-06', 'work', { gender: 'woman' }),
      ...Array.from({ length: 6 }, () => contact('2026-04-01', 'residence', { interpreter_language: 'ti' })),
      contact('2025-12-31', 'debts'),
    ];
    await db().insertInto('counselling_contacts').values(rows).execute();
    // Three no-shows in April: shown as "< 5".
    for (const h of [9, 10, 11]) {
      const id = await fixtureAppointment(db(), meppen, {
        ...s,
        startsAt: instantOf('2026-04-07', h * 60, 'Europe/Berlin'),
        name: 'Heimlich Person',
      });
      await db().updateTable('counselling_appointments').set({ status: 'no_show' }).where('id', '=', id).execute();
    }
  });

  it('shows "< 5" for one to four and zero as zero', () => {
    assert.deepEqual(
      [0, 1, 4, 5, 12].map((n) => shown(n)),
      ['0', '< 5', '< 5', '5', '12'],
    );
  });

  it('shows the months per service with small cells suppressed and no person', async () => {
    const page = await qm.get(`${base}?year=2026`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Migrationsberatung Meppen/);
    const row = (label: string) => {
      const m = new RegExp(`<th[^>]*scope="row"[^>]*>${label}</th>(.*?)</tr>`, 's').exec(page.body);
      assert.ok(m, label);
      return [...m[1]!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]!.replaceAll('&lt;', '<'));
    };
    assert.deepEqual(row('Kontakte').slice(0, 5), ['0', '0', '9', '6', '0']);
    assert.deepEqual(row('Thema: Wohnen und Wohnungssuche').slice(2, 4), ['7', '0']);
    assert.deepEqual(row('Thema: Arbeit und Ausbildung').slice(2, 3), ['< 5']);
    assert.equal(row('Geschlecht: Frau').at(-1), '< 5');
    assert.deepEqual(row('Nicht erschienen').slice(3, 4), ['< 5']);
    assert.equal(row('Sprachmittlung: Tigrinya').at(-1), '6');
    assert.doesNotMatch(page.body, /Heimlich/);
    // The year before holds one contact, in December.
    const last = await qm.get(`${base}?year=2025&service=${s.serviceId}`);
    assert.match(last.body, /Migrationsberatung Meppen/);
    assert.equal((await qm.get(`${base}?year=abc`)).statusCode, 400);
  });

  it('exports the same figures as CSV, with a byte-order mark and headers in the reader’s language', async () => {
    const res = await qm.get(`/en/m/meppen/admin/counselling/figures.csv?year=2026`);
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/csv; charset=utf-8/);
    assert.ok(res.body.startsWith('\uFEFFService,Characteristic,2026-01'));
    const lines = res.body.split('\r\n');
    const work = lines.find((l) => l.includes('Topic: Work'))!;
    assert.equal(work.split(',')[4], '< 5');
    assert.match(lines.find((l) => l.includes(',Contacts,'))!, /,9,6,/);
    assert.doesNotMatch(res.body, /Heimlich/);
    const exported = await db()
      .selectFrom('audit_log')
      .select('reason')
      .where('action', '=', 'export')
      .where('subject_type', '=', 'counselling.contact')
      .execute();
    assert.equal(exported.length, 1);
  });

  it('is closed to counsellors', async () => {
    const c = await signedInClient(t().app, db(), {
      email: 'c@example.test',
      municipalityId: meppen,
      roles: ['counsellor'],
    });
    assert.equal((await c.get(base)).statusCode, 403);
    assert.equal((await c.get(`${base}.csv`)).statusCode, 403);
  });
});
