import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { addSeries, at, type FeedScenario, feedScenario } from './feeds.fixtures.ts';

interface Item {
  id: string;
  eventId: string;
  title: string;
  lang: string;
  translated: boolean;
  startsAt: string;
  originalStart: string;
  status: string;
  moved: boolean;
  place: { room: string | null; address: string };
  quartier: { slug: string } | null;
  places: number | null;
  placesLeft: number | null;
  icsUrl: string;
  url: string;
}

describe('community events API', () => {
  let s: FeedScenario;
  const t = fixture(
    async () => {
      const app: TestApp = await testApp({}, [], { demo: true });
      app.clock.now = at('2026-05-01T09:00:00Z');
      return app;
    },
    async (app) => {
      s = await feedScenario(app.conn.db);
    },
  );
  const get = (url: string) => new Client(t().app).get(url);
  const items = async (query: string) => {
    const res = await get(`/api/v1/municipalities/meppen/events?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: Item[]; total: number; from: string; to: string; lang: string };
  };

  it('lists the dates in a range of German days, called-off and moved dates marked, texts in the language asked for', async () => {
    const body = await items('from=2026-05-01&to=2026-05-31&lang=fa');
    const cafe = body.items.filter((i) => i.eventId === s.before.id);
    assert.deepEqual(
      cafe.map((i) => [i.startsAt, i.status, i.moved]),
      [
        ['2026-05-05T16:00:00.000Z', 'scheduled', false],
        ['2026-05-12T16:00:00.000Z', 'cancelled', false],
        ['2026-05-20T17:00:00.000Z', 'scheduled', true],
        ['2026-05-26T16:00:00.000Z', 'scheduled', false],
      ],
    );
    assert.equal(cafe[2]!.originalStart, '2026-05-19T16:00:00.000Z');
    assert.equal(cafe[0]!.title, 'کافهٔ زبان استرفلد');
    assert.deepEqual([cafe[0]!.lang, cafe[0]!.translated], ['fa', true]);
    assert.deepEqual(cafe[0]!.place, { room: 'Quartiersbüro Esterfeld', address: 'Am Neuen Markt 1, 49716 Meppen' });
    assert.equal(cafe[0]!.quartier?.slug, 'esterfeld');
    assert.deepEqual([cafe[0]!.places, cafe[0]!.placesLeft], [20, 20]);
    assert.match(cafe[0]!.icsUrl, new RegExp(`/m/meppen/events/${s.before.id}/event\\.ics\\?lang=fa$`));
    assert.match(cafe[0]!.url, new RegExp(`/fa/m/meppen/events/${s.before.id}$`));
    const single = body.items.find((i) => i.eventId === s.single.id)!;
    assert.deepEqual([single.title, single.lang, single.translated], ['Infoabend Wohnungssuche', 'de', false]);
    assert.ok(!body.items.some((i) => i.eventId === s.draft.id || i.eventId === s.osnabrueck.id));
    const starts = body.items.map((i) => i.startsAt);
    assert.deepEqual(starts, [...starts].sort(), 'in order of start');
  });

  it('the days are German days: a date at 01:00 on 27 May (23:00Z on 26 May) belongs to 27 May', async () => {
    const night = await addSeries(
      t().conn.db,
      s.meppen.t,
      {
        startsLocal: '2026-05-27T01:00',
        timeZone: 'Europe/Berlin',
        durationMinutes: 60,
        rrule: null,
        texts: { de: { title: 'Nachtwanderung' } },
      },
      at('2027-01-01Z'),
    );
    const ids = async (day: string) => (await items(`from=${day}&to=${day}`)).items.map((i) => i.eventId);
    assert.ok(!(await ids('2026-05-26')).includes(night.id));
    assert.ok((await ids('2026-05-27')).includes(night.id));
  });

  it('filters by type and Quartier; without a range it shows the next 30 days from today', async () => {
    const info = await items('from=2026-05-01&to=2026-05-31&type=information_session');
    assert.deepEqual(
      info.items.map((i) => i.eventId),
      [s.single.id],
    );
    const esterfeld = await items('from=2026-05-01&to=2026-06-30&quartier=esterfeld');
    assert.ok(esterfeld.items.length > 0);
    assert.ok(esterfeld.items.every((i) => i.quartier?.slug === 'esterfeld'));
    const plain = await items('');
    assert.deepEqual([plain.from, plain.to, plain.lang], ['2026-05-01', '2026-05-30', 'de']);
  });

  it('bad input is a 422 with a message per field, never a fault', async () => {
    const cases: [string, string][] = [
      ['from=2026-13-01', 'from'],
      ['from=2026-05-10&to=2026-05-01', 'to'],
      ['from=2026-01-01&to=2027-01-02', 'to'],
      ['type=DROP%20TABLE', 'type'],
      ['quartier=schinkel', 'quartier'],
      ['lang=xx', 'lang'],
      ['page=0', 'page'],
    ];
    for (const [query, field] of cases) {
      const res = await get(`/api/v1/municipalities/meppen/events?${query}`);
      assert.equal(res.statusCode, 422, query);
      assert.match(String(res.headers['content-type']), /application\/problem\+json/);
      const fields = (res.json() as { fields: Record<string, { message: string }> }).fields;
      assert.ok(fields[field]?.message, `${query}: ${JSON.stringify(fields)}`);
    }
    assert.equal((await get('/api/v1/municipalities/nirgendwo/events')).statusCode, 404);
  });

  it('is described in the OpenAPI document, with the feeds beside it', async () => {
    const doc = (await get('/api/openapi.json')).json() as { paths: Record<string, unknown> };
    assert.ok(doc.paths['/api/v1/municipalities/{municipality}/events']);
    assert.ok(doc.paths['/m/{municipality}/events.ics']);
    assert.ok(doc.paths['/m/{municipality}/q/{quartier}/events.ics']);
  });
});
