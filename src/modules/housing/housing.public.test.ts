import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { demoSession, idsOf } from './flats.fixtures.ts';
import { APPLY_ROUTE } from './housing.public.routes.ts';

const SEARCH = '/de/m/meppen/flats';

describe('flats: public search, flat page and API', () => {
  let t: TestApp;
  const flatId = async (street: string) =>
    (await t.conn.db.selectFrom('housing_flats').select('id').where('street', '=', street).executeTakeFirstOrThrow())
      .id;
  const get = (url: string) => t.app.inject({ method: 'GET', url });

  before(async () => {
    t = await testApp({}, [], { demo: true });
  });
  after(() => t.close());

  /** Meppen's published flats as stored (other housing steps may add their own demo flats beside the seed). */
  const published = async () => {
    const rows = await t.conn.db
      .selectFrom('housing_flats as f')
      .innerJoin('municipalities as m', 'm.id', 'f.municipality_id')
      .selectAll('f')
      .where('m.slug', '=', 'meppen')
      .where('f.status', '=', 'published')
      .execute();
    return rows.map((r) => ({
      ...r,
      rooms: Number(r.rooms),
      warm: r.cold_rent_cents + r.service_charges_cents + r.heating_cents,
    }));
  };
  const idsOn = async (query: string) => {
    const body = (await get(`${SEARCH}?${query}`)).body;
    return [...body.matchAll(/<h2 class="kern-heading-small"><a [^>]*href="\/de\/m\/meppen\/flats\/([0-9a-f-]{36})"/g)]
      .map((m) => m[1])
      .sort();
  };

  test('the search lists published flats only, soonest first', async () => {
    const res = await get(SEARCH);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Helle 2-Zimmer-Wohnung am Neuen Markt/);
    const all = await published();
    assert.match(res.body, new RegExp(`${all.length} Wohnungen gefunden`));
    assert.deepEqual(await idsOn(''), all.map((r) => r.id).sort());
    assert.doesNotMatch(res.body, /2,5 Zimmer nach der Modernisierung/, 'a draft is not listed');
    assert.doesNotMatch(res.body, /3-Zimmer-Wohnung in ruhiger Lage/, 'a reserved flat is not listed');
    assert.doesNotMatch(res.body, /Schinkel/, "Osnabrück's flats are not Meppen's");
    assert.match(res.body, /<form method="get" action="\/de\/m\/meppen\/flats"/);
  });

  test('filters: WBS, wheelchair, step-free, rooms, rent, Quartier', async () => {
    const all = await published();
    const esterfeld = await t.conn.db
      .selectFrom('quartiere')
      .select('id')
      .where('slug', '=', 'esterfeld')
      .executeTakeFirstOrThrow();
    const cases: [string, (r: (typeof all)[number]) => boolean][] = [
      ['wbs=required', (r) => r.wbs_required],
      ['wbs=free', (r) => !r.wbs_required],
      ['wheelchair=on', (r) => r.wheelchair_accessible],
      ['stepFree=on', (r) => r.step_free],
      ['rooms=4', (r) => r.rooms >= 4],
      // Warm rent of the WBS flat at Nagelshof 12: 290 + 85 + 50 = 425 €.
      ['maxRent=425', (r) => r.warm <= 42500],
      ['maxRent=424', (r) => r.warm <= 42400],
      [`quartier=${esterfeld.id}&wbs=free`, (r) => r.quartier_id === esterfeld.id && !r.wbs_required],
    ];
    for (const [query, keep] of cases) {
      assert.deepEqual(
        await idsOn(query),
        all
          .filter(keep)
          .map((r) => r.id)
          .sort(),
        query,
      );
    }
    const street = (s: string) => all.find((r) => r.street === s)!.id;
    assert.ok((await idsOn('wheelchair=on')).includes(street('Esterfelder Stiege 4')));
    assert.ok((await idsOn('maxRent=425')).includes(street('Nagelshof 12')));
    assert.ok(!(await idsOn('maxRent=424')).includes(street('Nagelshof 12')));
    assert.ok((await idsOn('wbs=required')).includes(street('Nagelshof 12')));
    const kept = await get(`${SEARCH}?wbs=free&stepFree=on`);
    assert.match(kept.body, /id="f-stepFree" name="stepFree" checked/);
  });

  test('a filter that does not parse gives 422 with the message and the input kept, never a 5xx', async () => {
    const res = await get(`${SEARCH}?rooms=viele&maxRent=-5`);
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Dieser Suchfilter passt nicht/);
    assert.match(res.body, /value="viele"/);
    assert.equal((await get(`${SEARCH}?quartier=not-a-uuid`)).statusCode, 422);
  });

  test('pagination keeps the filters', async () => {
    const db = t.conn.db;
    const m = await idsOf(db, 'meppen', 'Emsland Wohnbau');
    const rows = Array.from({ length: 30 }, (_, i) => ({
      municipality_id: m.municipalityId,
      provider_id: m.providerId!,
      status: 'published' as const,
      street: `Testweg ${i + 1}`,
      postcode: '49716',
      city: 'Meppen',
      rooms: 3,
      area_m2: 70,
      floor: 1,
      cold_rent_cents: 50000,
      available_from: '2030-01-01',
    }));
    const ids = await db.insertInto('housing_flats').values(rows).returning('id').execute();
    await db
      .insertInto('housing_flat_texts')
      .values(
        ids.map((r, i) => ({
          municipality_id: m.municipalityId,
          flat_id: r.id,
          locale: 'de' as const,
          title: `Testwohnung ${i + 1}`,
        })),
      )
      .execute();
    const first = await get(`${SEARCH}?rooms=3`);
    assert.match(first.body, /href="\/de\/m\/meppen\/flats\?rooms=3&amp;page=2"/);
    const second = await get(`${SEARCH}?rooms=3&page=2`);
    assert.equal(second.statusCode, 200);
    assert.match(second.body, /Testwohnung/);
    await db
      .deleteFrom('housing_flat_texts')
      .where(
        'flat_id',
        'in',
        ids.map((r) => r.id),
      )
      .execute();
    await db
      .deleteFrom('housing_flats')
      .where(
        'id',
        'in',
        ids.map((r) => r.id),
      )
      .execute();
  });

  test('the flat page in all seven languages: every field in words, energy data, landlord, apply link', async () => {
    const id = await flatId('Am Neuen Markt 7');
    for (const locale of LOCALES) {
      const res = await get(`/${locale}/m/meppen/flats/${id}`);
      assert.equal(res.statusCode, 200, locale);
      assert.match(
        res.body,
        new RegExp(`<html lang="${locale}" dir="${locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr'}"`),
      );
      assert.match(res.body, /Emsland Wohnbau/, locale);
      assert.match(res.body, /Fernwärme/, locale);
      // The apply page is the application part's: linked once its route is registered.
      const applies = t.app.hasRoute({ method: 'GET', url: APPLY_ROUTE });
      assert.equal(res.body.includes(`href="/${locale}/m/meppen/flats/${id}/apply"`), applies, locale);
    }
    const ar = (await get(`/ar/m/meppen/flats/${id}`)).body;
    assert.match(ar, /شقة مشرقة من غرفتين/);
    assert.match(ar, /شهادة استهلاك الطاقة/);
    const de = (await get(`/de/m/meppen/flats/${id}`)).body;
    for (const words of [
      'Kaltmiete pro Monat',
      '395,00 €',
      'Warmmiete pro Monat',
      '580,00 €',
      'Aufzug',
      '2. Etage',
      'Verbrauchsausweis',
      '98,4 kWh pro m² und Jahr',
      '1994',
    ]) {
      assert.ok(de.replaceAll('\u00a0', ' ').includes(words), words);
    }
    // No Farsi translation: the German text, said honestly.
    const fa = (await get(`/fa/m/meppen/flats/${id}`)).body;
    assert.match(fa, /ترجمه موجود نیست/);
    assert.match(fa, /lang="de">Helle 2-Zimmer-Wohnung/);
  });

  test('a reserved flat says so without an apply link; drafts and other towns’ flats are 404', async () => {
    const reserved = await get(`/de/m/meppen/flats/${await flatId('Feldkamp 9')}`);
    assert.equal(reserved.statusCode, 200);
    assert.match(reserved.body, /Diese Wohnung ist reserviert/);
    assert.doesNotMatch(reserved.body, /\/apply"/);
    assert.equal((await get(`/de/m/meppen/flats/${await flatId('Herzog-Arenberg-Straße 15')}`)).statusCode, 404);
    assert.equal((await get(`/de/m/meppen/flats/${await flatId('Schinkelstraße 48')}`)).statusCode, 404);
    assert.equal((await get(`/de/m/osnabrueck/flats/${await flatId('Schinkelstraße 48')}`)).statusCode, 200);
  });

  test('"fits my household" for a signed-in person with a household profile, reason by reason', async () => {
    const db = t.conn.db;
    const m = await idsOf(db, 'meppen');
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('email', 'like', 'bewohner.meppen@%')
      .executeTakeFirstOrThrow();
    await db.deleteFrom('housing_households').where('owner_user_id', '=', user.id).execute();
    const h = await db
      .insertInto('housing_households')
      .values({
        municipality_id: m.municipalityId,
        owner_user_id: user.id,
        consent_at: new Date(),
        rent_limit_cents: 60000,
        needs_step_free: true,
        wbs_valid_until: '2099-12-31',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('housing_household_members')
      .values(
        [1, 2].map((position) => ({
          municipality_id: m.municipalityId,
          household_id: h.id,
          position,
          role: 'adult' as const,
        })),
      )
      .execute();
    const c = new Client(t.app);
    c.cookies = `zh_sid=${await demoSession(db, 'bewohner.meppen')}`;
    const fits = await c.get(`/de/m/meppen/flats/${await flatId('Esterfelder Stiege 4')}`);
    assert.match(fits.body, /Nach Ihren Angaben passt die Wohnung\./);
    assert.match(fits.body, /58 m² liegen innerhalb der 60 m² für 2 Personen/);
    const not = await c.get(`/de/m/meppen/flats/${await flatId('Schullendamm 21')}`);
    assert.match(not.body, /passt die Wohnung nicht in allen Punkten/);
    assert.match(not.body.replaceAll('\u00a0', ' '), /liegt 230,00 € über Ihrer Grenze von 600,00 €/);
    const anonymous = await get(`/de/m/meppen/flats/${await flatId('Schullendamm 21')}`);
    assert.doesNotMatch(anonymous.body, /Passt die Wohnung zu Ihrem Haushalt/);
  });

  test('the API lists published flats as JSON with filters, and names bad filters in a 422 problem', async () => {
    const res = await get('/api/v1/municipalities/meppen/flats?wbs=required');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.total, (await published()).filter((r) => r.wbs_required).length);
    const wheelchair = body.items.find((f: { street: string }) => f.street === 'Esterfelder Stiege 4');
    assert.equal(wheelchair.wheelchairAccessible, true);
    assert.equal(wheelchair.energy.efficiencyClass, 'A');
    assert.deepEqual(
      wheelchair.texts.map((x: { locale: string; outdated: boolean }) => [x.locale, x.outdated]).sort(),
      [
        ['ar', false],
        ['de', false],
      ],
    );
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/municipalities/meppen/flats?rooms=x&wbs=maybe',
      headers: { 'accept-language': 'en' },
    });
    assert.equal(bad.statusCode, 422);
    assert.match(String(bad.headers['content-type']), /application\/problem\+json/);
    assert.deepEqual(Object.keys(bad.json().fields).sort(), ['rooms', 'wbs']);
    assert.equal((await get('/api/v1/municipalities/nowhere/flats')).statusCode, 404);
    const spec = (await get('/api/openapi.json')).json();
    assert.ok(spec.paths['/api/v1/municipalities/{municipality}/flats'], 'documented in OpenAPI');
  });
});
