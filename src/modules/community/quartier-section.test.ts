import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { at, feedScenario } from './feeds.fixtures.ts';
import { PAGES } from './views/quartier-sections.tsx';

/** The text of a page without tags (bidi isolates kept). */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe("community's sections on the Quartier page", () => {
  const t = fixture(
    () => testApp({}, [], { demo: true }),
    async (app: TestApp) => {
      await feedScenario(app.conn.db);
    },
  );
  const page = async (url: string, now: string) => {
    t().clock.now = at(now);
    const res = await new Client(t().app).get(url);
    assert.equal(res.statusCode, 200);
    return res.body;
  };

  it("shows the week's dates of the Quartier (a called-off one plainly), its rooms, its managers, and help", async () => {
    const html = await page('/de/m/meppen/q/esterfeld', '2026-05-11T08:00:00Z');
    const plain = text(html);
    assert.match(plain, /Diese Woche in/);
    assert.match(plain, /Dienstag, 12\. Mai um 18:00 : Sprachcafé Esterfeld \( Quartiersbüro Esterfeld \) – abgesagt/);
    assert.ok(!plain.includes('Infoabend Wohnungssuche'), 'an event of another Quartier');
    assert.ok(html.includes('href="webcal://localhost:3000/m/meppen/q/esterfeld/events.ics?lang=de"'), html);
    // Links to the other parts' pages appear once those pages exist (the parts are built side by side).
    const has = (page: string) => t().app.hasRoute({ method: 'GET', url: page });
    assert.equal(html.includes('href="/de/m/meppen/events?quartier=esterfeld"'), has(PAGES.events));
    assert.equal(html.includes('href="/de/m/meppen/rooms?quartier=esterfeld"'), has(PAGES.rooms));
    assert.match(plain, /Montag–Freitag: 09:00–12:00/);
    assert.match(plain, /Donnerstag: 14:00–18:00/);
    assert.match(plain, /Ansprechperson: Jonas Brinker/);
    assert.match(plain, /Das Büro im Quartier: Quartiersbüro Esterfeld/);
    assert.equal(html.includes('href="/de/m/meppen/help?quartier=esterfeld"'), has(PAGES.help));
    const ids = ['community-this-week', 'community-rooms', 'community-managers', 'community-help'];
    const order = ids
      .filter((id) => id !== 'community-help' || has(PAGES.help))
      .map((id) => html.indexOf(`id="${id}"`));
    assert.ok(
      order.every((i, n) => i > 0 && (n === 0 || i > order[n - 1]!)),
      String(order),
    );
  });

  it('in Farsi: the translated title, the moved date marked, the Quartier name isolated', async () => {
    const html = await page('/fa/m/meppen/q/esterfeld', '2026-05-18T08:00:00Z');
    assert.ok(html.includes('کافهٔ زبان استرفلد'));
    assert.ok(html.includes('– جابه‌جا شد'));
    assert.ok(html.includes('\u2068Esterfeld\u2069'));
    assert.ok(html.includes('<html lang="fa" dir="rtl"'));
  });

  it('a Quartier without rooms shows no rooms section; its own events only', async () => {
    const html = await page('/de/m/meppen/q/innenstadt', '2026-05-11T08:00:00Z');
    assert.ok(html.includes('Infoabend Wohnungssuche'));
    assert.ok(!html.includes('Sprachcafé Esterfeld'));
    assert.ok(!html.includes('id="community-rooms"'));
    assert.equal(html.includes('id="community-help"'), t().app.hasRoute({ method: 'GET', url: PAGES.help }));
  });
});
