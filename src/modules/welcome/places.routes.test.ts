import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { signedInClient } from '../../testing/access-matrix.ts';
import { Client, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';

const ADMIN = '/de/m/meppen/admin/places';
const TILE = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

async function municipality(db: Parameters<typeof signedInClient>[1], slug: string): Promise<string> {
  const m = await db.selectFrom('municipalities').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  return m.id;
}

/** The id of the place named `name` in the staff list. */
async function placeId(staff: Client, name: string, list = ADMIN): Promise<string> {
  const res = await staff.get(list);
  const m = new RegExp(`admin/places/([0-9a-f-]{36})/edit">${name}<`).exec(res.body);
  assert.ok(m, `no place ${name}`);
  return m[1]!;
}

describe('places', () => {
  const t = fixture(() => testApp({ logLevel: process.env.DEBUG_LOG ? 'error' : 'silent' }, [], { demo: true }));
  let staff: Client;
  before(async () => {
    const meppen = await municipality(t().conn.db, 'meppen');
    staff = await signedInClient(t().app, t().conn.db, {
      email: 'places-editor@example.test',
      municipalityId: meppen,
      roles: ['quartier_manager'],
    });
    const add = (form: Record<string, string>) => staff.post(ADMIN, form, `${ADMIN}/new`);
    const forms: Record<string, string>[] = [
      {
        name: 'Testort Beratung',
        kind: 'counselling',
        languages: 'ar, fa',
        wheelchair: 'yes',
        openingHours: 'Mo-Fr 08:00-12:00; PH off',
        lat: '52.69',
        lon: '7.29',
      },
      {
        name: 'Testort Kita',
        kind: 'kita',
        languages: 'de',
        wheelchair: 'no',
        openingHours: 'Mo-Fr 14:00-16:00',
        lat: '52.70',
        lon: '7.30',
      },
      { name: 'Testort Arzt', kind: 'doctor', languages: 'ar, uk', byAppointment: 'on' },
    ];
    for (const form of forms) {
      const res = await add(form);
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    }
  });

  test('"Mo-Fr 08:00-12:00; PH off": closed on Reformationstag 2025 at 10:00 Berlin, with the process in Tehran', async () => {
    const id = await placeId(staff, 'Testort Beratung');
    const before = process.env.TZ;
    process.env.TZ = 'Asia/Tehran';
    try {
      t().clock.now = new Date('2025-10-31T09:00:00Z');
      const closed = await new Client(t().app).get(`/de/m/meppen/places/${id}`);
      assert.equal(closed.statusCode, 200);
      assert.match(closed.body, /z-open-state--closed">Jetzt geschlossen – öffnet Montag, 08:00/);
      assert.match(closed.body, /Freitag, 31\. Oktober<\/th><td class="kern-table__cell">geschlossen \(Feiertag\)/);
      const listOpen = await new Client(t().app).get('/de/m/meppen/places?open=on');
      assert.doesNotMatch(listOpen.body, /Testort Beratung/);
      t().clock.now = new Date('2025-06-19T08:00:00Z');
      // Another URL than before: the page cache keeps a page up to a minute, and the test's clock jumps months.
      const open = await new Client(t().app).get(`/de/m/meppen/places/${id}?june`);
      assert.match(open.body, /z-open-state--open">Jetzt geöffnet – schließt Donnerstag, 12:00/);
      const listOpenJune = await new Client(t().app).get('/de/m/meppen/places?open=on&june');
      assert.match(listOpenJune.body, /Testort Beratung/);
      assert.doesNotMatch(listOpenJune.body, /Testort Kita/);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
      t().clock.now = new Date();
    }
  });

  test('the filters work as a plain GET form: kind, language, wheelchair; an unknown value finds nothing', async () => {
    const names = async (query: string) => {
      const res = await new Client(t().app).get(`/de/m/meppen/places${query}`);
      assert.equal(res.statusCode, 200);
      return ['Testort Beratung', 'Testort Kita', 'Testort Arzt'].filter((n) => res.body.includes(n));
    };
    assert.deepEqual(await names(''), ['Testort Beratung', 'Testort Kita', 'Testort Arzt']);
    assert.deepEqual(await names('?kind=kita'), ['Testort Kita']);
    assert.deepEqual(await names('?language=ar'), ['Testort Beratung', 'Testort Arzt']);
    assert.deepEqual(await names('?wheelchair=on'), ['Testort Beratung']);
    assert.deepEqual(await names('?language=uk&kind=doctor'), ['Testort Arzt']);
    assert.deepEqual(await names('?kind=castle'), []);
    const page = await new Client(t().app).get('/de/m/meppen/places?kind=kita');
    assert.match(page.body, /<form method="get" action="\/de\/m\/meppen\/places"/);
    assert.match(page.body, /<option value="kita" selected/);
    // The list is plain HTML: no script on the list page.
    assert.doesNotMatch(page.body, /<script/);
  });

  test('the place page shows "by appointment", languages by name and the facts', async () => {
    const id = await placeId(staff, 'Testort Arzt');
    const res = await new Client(t().app).get(`/en/m/meppen/places/${id}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /By appointment/);
    assert.match(res.body, /Arabic, Ukrainian/);
  });

  test('descriptions per language: the reader sees theirs, else the German marked, and outdated ones say so', async () => {
    const id = await placeId(staff, 'Testort Arzt');
    const noSource = await staff.post(`${ADMIN}/${id}/texts/en`, { description: 'Practice.' }, `${ADMIN}/${id}/edit`);
    assert.equal(noSource.statusCode, 422);
    assert.match(noSource.body, /Zuerst eine deutsche Beschreibung speichern/);
    const form = { name: 'Testort Arzt', kind: 'doctor', languages: 'ar, uk', byAppointment: 'on' };
    assert.equal((await staff.post(`${ADMIN}/${id}`, { ...form, description: 'Praxis.' })).statusCode, 303);
    assert.equal((await staff.post(`${ADMIN}/${id}/texts/en`, { description: 'Practice.' })).statusCode, 303);
    const en = await new Client(t().app).get(`/en/m/meppen/places/${id}?text`);
    assert.match(en.body, /<p class="kern-body" lang="en">Practice\.<\/p>/);
    assert.doesNotMatch(en.body, /older than the German original/);
    const uk = await new Client(t().app).get(`/uk/m/meppen/places/${id}?text`);
    assert.match(uk.body, /<p class="kern-body" lang="de">Praxis\.<\/p>/);
    assert.match(uk.body, /Цього опису ще немає вашою мовою/);
    assert.equal((await staff.post(`${ADMIN}/${id}`, { ...form, description: 'Hausarztpraxis.' })).statusCode, 303);
    const stale = await new Client(t().app).get(`/en/m/meppen/places/${id}?stale`);
    assert.match(stale.body, /This translation is older than the German original/);
    assert.match((await staff.get(`${ADMIN}/${id}/edit`)).body, />Englisch<\/a>: veraltet/);
  });

  test('bad input is refused with a message and the input kept: opening hours, coordinates, website', async () => {
    const form = {
      name: 'Testort Fehler',
      kind: 'school',
      openingHours: 'Mo-Fr 25:00-12:00',
      lat: '200',
      lon: '7.1',
      website: 'javascript:alert(1)',
    };
    const res = await staff.post(ADMIN, form);
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Diese Öffnungszeiten können nicht gelesen werden/);
    assert.match(res.body, /Breitengrad \(−90 bis 90\)/);
    assert.match(res.body, /mit https:\/\/ oder http:\/\/ beginnt/);
    assert.match(res.body, /value="Mo-Fr 25:00-12:00"/);
    assert.match(res.body, /value="javascript:alert\(1\)"/);
    // What the library could not read is shown next to the field.
    assert.match(res.body, /Die Angabe kann nicht gelesen werden/);
    const oneCoordinate = await staff.post(ADMIN, { name: 'Testort Fehler', kind: 'school', lat: '52.1' });
    assert.equal(oneCoordinate.statusCode, 422);
    assert.match(oneCoordinate.body, /zusammen als Dezimalzahlen/);
  });

  test('the form shows the week as read and warns when a ";" rule replaces earlier hours', async () => {
    const res = await staff.post(ADMIN, {
      name: '',
      kind: 'school',
      openingHours: 'Mo-Fr 08:00-12:00; Tu 14:00-18:00',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Die Regel „Tu 14:00-18:00“ ersetzt die Zeiten einer früheren Regel an: Dienstag/);
    assert.match(res.body, /So wird die Angabe gelesen/);
  });

  test('import → export keeps the OSM tags, unknown ones included; an import with the same OSM id updates', async () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'node/4242',
          geometry: { type: 'Point', coordinates: [7.2951, 52.6912] },
          properties: {
            name: 'Importierte Tafel',
            amenity: 'social_facility',
            social_facility: 'food_bank',
            opening_hours: 'Tu,Th 10:00-12:00',
            wheelchair: 'limited',
            'addr:street': 'Am Markt',
            'addr:housenumber': '3a',
            'addr:postcode': '49716',
            'addr:city': 'Meppen',
            'language:ar': 'yes',
            'language:de': 'yes',
            'contact:phone': '+49 5931 1000',
            website: 'https://tafel.example.org',
            check_date: '2025-05-01',
            operator: 'Tafel Meppen e. V.',
            reservation: 'required',
          },
        },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: { name: 'Weg' } },
      ],
    };
    const res = await staff.post(`${ADMIN}/import`, { geojson: JSON.stringify(collection) }, `${ADMIN}/import`);
    assert.equal(res.statusCode, 303);
    const after = await staff.get(String(res.headers.location));
    assert.match(after.body, /Neu hinzugefügte Orte: 1, aktualisierte Orte: 0/);
    assert.match(after.body, /Eintrag 2 übersprungen: kein Punkt mit Koordinaten/);

    const geo = await new Client(t().app).get('/de/m/meppen/places.geojson');
    assert.equal(geo.statusCode, 200);
    assert.match(String(geo.headers['content-type']), /^application\/geo\+json/);
    const out = JSON.parse(geo.body) as {
      type: string;
      features: { id: string; geometry: unknown; properties: Record<string, string> }[];
    };
    assert.equal(out.type, 'FeatureCollection');
    const f = out.features.find((x) => x.id === 'node/4242');
    assert.ok(f);
    assert.deepEqual(f.geometry, { type: 'Point', coordinates: [7.2951, 52.6912] });
    const { 'zuhause:url': url, ...tags } = f.properties;
    assert.match(String(url), /\/de\/m\/meppen\/places\/[0-9a-f-]{36}$/);
    // `contact:phone` comes back as `phone`, the OSM key the export writes; everything else as it came in.
    const expected: Record<string, string> = {
      ...(collection.features[0]!.properties as Record<string, string>),
      phone: '+49 5931 1000',
    };
    delete expected['contact:phone'];
    assert.deepEqual(tags, expected);

    // A second import of the same OSM id changes that place instead of adding one.
    const changed = structuredClone(collection);
    changed.features[0]!.properties.opening_hours = 'Tu,Th 10:00-13:00';
    const again = await staff.post(`${ADMIN}/import`, { geojson: JSON.stringify(changed) }, `${ADMIN}/import`);
    assert.equal(again.statusCode, 303);
    assert.match(String(again.headers.location), /created=0&updated=1/);
    const list = await staff.get(ADMIN);
    assert.equal(list.body.split('Importierte Tafel').length - 1, 1);
    assert.match(list.body, /Tu,Th 10:00-13:00/);
  });

  test('an import that is not a FeatureCollection is refused with a message, the text kept', async () => {
    const res = await staff.post(`${ADMIN}/import`, { geojson: '{"type":"Feature"' });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /kein gültiges JSON/);
    const none = await staff.post(`${ADMIN}/import`, { geojson: '{"type":"FeatureCollection","features":[{}]}' });
    assert.equal(none.statusCode, 422);
    assert.match(none.body, /Kein Eintrag konnte übernommen werden/);
    assert.match(none.body, /Eintrag 1 übersprungen/);
  });

  test('edit and delete a place; the OSM tags of an import stay through an edit', async () => {
    const id = await placeId(staff, 'Testort Kita');
    const edit = await staff.get(`${ADMIN}/${id}/edit`);
    assert.equal(edit.statusCode, 200);
    assert.match(edit.body, /value="Testort Kita"/);
    const saved = await staff.post(`${ADMIN}/${id}`, { name: 'Testort Kita Süd', kind: 'kita', languages: 'de, tr' });
    assert.equal(saved.statusCode, 303);
    const page = await new Client(t().app).get(`/de/m/meppen/places/${id}`);
    assert.match(page.body, /Testort Kita Süd/);
    const removed = await staff.post(`${ADMIN}/${id}/delete`, {});
    assert.equal(removed.statusCode, 303);
    assert.equal((await new Client(t().app).get(`/de/m/meppen/places/${id}`)).statusCode, 404);
  });

  test('the map page: no tile server, no Leaflet before consent; after the consent form, the map and its CSP', async () => {
    const reader = new Client(t().app);
    const first = await reader.get('/de/m/meppen/places/map');
    assert.equal(first.statusCode, 200);
    assert.ok(!first.body.includes('tile.openstreetmap.org/'), 'a tile URL before consent');
    assert.doesNotMatch(first.body, /leaflet|<script/);
    assert.match(first.body, /tile\.openstreetmap\.org/); // the placeholder names the host
    assert.doesNotMatch(String(first.headers['content-security-policy']), /openstreetmap/);

    const yes = await reader.request({
      method: 'POST',
      url: '/consent',
      payload: 'host=tile.openstreetmap.org&back=%2Fde%2Fm%2Fmeppen%2Fplaces%2Fmap',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(yes.statusCode, 303);
    assert.equal(yes.headers.location, '/de/m/meppen/places/map');
    const after = await reader.get('/de/m/meppen/places/map');
    assert.ok(after.body.includes(`data-tiles="${TILE}"`));
    assert.match(after.body, /<script src="\/assets\/leaflet\.[0-9a-f]+\.js"/);
    assert.match(after.body, /Testort Beratung/);
    assert.match(
      String(after.headers['content-security-policy']),
      /img-src 'self' data: https:\/\/tile\.openstreetmap\.org/,
    );
    // Leaflet comes from our own assets.
    const js = /src="(\/assets\/leaflet\.[0-9a-f]+\.js)"/.exec(after.body)![1]!;
    assert.equal((await reader.get(js)).statusCode, 200);

    const forget = await reader.request({
      method: 'POST',
      url: '/consent/forget',
      payload: 'host=tile.openstreetmap.org&back=%2Fde%2Fm%2Fmeppen%2Fplaces%2Fmap',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(forget.statusCode, 303);
    const again = await reader.get('/de/m/meppen/places/map');
    assert.ok(!again.body.includes('data-tiles'));
  });

  test("Meppen's editor cannot open or change Osnabrück's places", async () => {
    const osnabrueck = await municipality(t().conn.db, 'osnabrueck');
    const other = await signedInClient(t().app, t().conn.db, {
      email: 'places-osnabrueck@example.test',
      municipalityId: osnabrueck,
      roles: ['municipality_admin'],
    });
    const created = await other.post(
      '/de/m/osnabrueck/admin/places',
      { name: 'Osnabrücker Ort', kind: 'library' },
      '/de/m/osnabrueck/admin/places/new',
    );
    assert.equal(created.statusCode, 303);
    const id = await placeId(other, 'Osnabrücker Ort', '/de/m/osnabrueck/admin/places');
    assert.equal((await staff.get(`/de/m/osnabrueck/admin/places/${id}/edit`)).statusCode, 403);
    assert.equal((await staff.get(`${ADMIN}/${id}/edit`)).statusCode, 404);
    const post = await staff.post(`${ADMIN}/${id}`, { name: 'Übernommen', kind: 'library' }, ADMIN);
    assert.equal(post.statusCode, 404);
    assert.equal((await staff.post(`${ADMIN}/${id}/delete`, {})).statusCode, 404);
    assert.equal((await new Client(t().app).get(`/de/m/meppen/places/${id}`)).statusCode, 404);
    const still = await other.get('/de/m/osnabrueck/admin/places');
    assert.match(still.body, /Osnabrücker Ort/);
  });
});
