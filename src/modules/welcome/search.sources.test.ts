import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { Client, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';

// Other modules' public entries in the search, through the sources their manifests offer: the demo's upcoming
// events and advertised flats are found by their titles, in the reader's language where they have one, and never
// under another municipality.

const results = (html: string) =>
  [...(/<ol class="z-cards">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

describe('search sources of other modules (demo data)', () => {
  const t = fixture(() => testApp({}, [], { demo: true }));

  test('an upcoming published event is found by a word of its title, in the reader’s language', async () => {
    const { rows } = await sql<{ id: string; slug: string; title: string }>`
      select e.id::text as id, m.slug, x.title
        from community_events e
        join municipalities m on m.id = e.municipality_id
        join community_event_texts x on x.municipality_id = e.municipality_id and x.event_id = e.id and x.locale = 'ar'
       where e.status = 'published'
         and exists (select 1 from community_occurrences o where o.municipality_id = e.municipality_id
                      and o.event_id = e.id and o.status = 'scheduled' and o.ends_at > now())
       limit 1`.execute(t().conn.db);
    const event = rows[0];
    assert.ok(event, 'the demo has an upcoming event with an Arabic title');
    const res = await new Client(t().app).get(`/ar/m/${event.slug}/search?q=${encodeURIComponent(event.title)}`);
    assert.equal(res.statusCode, 200);
    assert.ok(results(res.body).includes(`/ar/m/${event.slug}/events/${event.id}`), 'the event is among the results');
    const other = event.slug === 'meppen' ? 'osnabrueck' : 'meppen';
    const elsewhere = await new Client(t().app).get(`/ar/m/${other}/search?q=${encodeURIComponent(event.title)}`);
    assert.ok(!results(elsewhere.body).some((h) => h.includes(event.id)), 'not under another municipality');
  });

  test('an advertised flat is found by its title; a draft flat is not', async () => {
    const { rows } = await sql<{ id: string; slug: string; title: string; status: string }>`
      select f.id::text as id, m.slug, x.title, f.status
        from housing_flats f
        join municipalities m on m.id = f.municipality_id
        join housing_flat_texts x on x.municipality_id = f.municipality_id and x.flat_id = f.id and x.locale = 'de'
       order by f.status = 'published' desc, f.created_at`.execute(t().conn.db);
    const flat = rows.find((r) => r.status === 'published');
    assert.ok(flat, 'the demo has a published flat');
    const res = await new Client(t().app).get(`/de/m/${flat.slug}/search?q=${encodeURIComponent(flat.title)}`);
    assert.ok(results(res.body).includes(`/de/m/${flat.slug}/flats/${flat.id}`), 'the flat is among the results');
    const hidden = rows.find((r) => r.status === 'draft' || r.status === 'withdrawn' || r.status === 'let');
    if (hidden) {
      const q = await new Client(t().app).get(`/de/m/${hidden.slug}/search?q=${encodeURIComponent(hidden.title)}`);
      assert.ok(!results(q.body).some((h) => h.includes(hidden.id)), `a ${hidden.status} flat is not shown`);
    }
  });

  test('the demo glossary holds at least 25 terms, each in all seven languages', async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from welcome_glossary g
       where (select count(distinct locale) from welcome_glossary_terms t where t.glossary_id = g.id) = 7`.execute(
      t().conn.db,
    );
    assert.ok(Number(rows[0]!.n) >= 25, `${rows[0]!.n} complete terms`);
  });
});
