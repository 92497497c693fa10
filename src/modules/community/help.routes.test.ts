import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { seedId } from '../../platform/modules/seed-context.ts';
import { seedDemo } from '../../seed/seed.ts';
import { Client, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { clientWithRole } from '../../testing/housing-apply.ts';
import { postHelp } from './help.fixtures.ts';

// The public list and a post's page: filters without JavaScript, one municipality's posts only, the writer's
// language shown and set, and bad input answered with a field message (never stored, never a 5xx).

const meppen = '/de/m/meppen';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('neighbourly help: list, post, new post', () => {
  const t = fixture(() => testApp());
  let ids: Record<string, string> = {};
  let m = '';
  let esterfeld = '';
  before(async () => {
    const ctx = await seedDemo(t().conn.db);
    ids = ctx.ids.help_post ?? {};
    m = seedId(ctx, 'municipality', 'meppen');
    esterfeld = seedId(ctx, 'quartier', 'meppen/esterfeld');
  });
  const count = async () =>
    Number(
      (
        await t()
          .conn.db.selectFrom('community_help_posts')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test("the list shows the municipality's open posts only, with the writer's language", async () => {
    const res = await new Client(t().app).get(`${meppen}/help`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Sprachtandem Arabisch und Deutsch/);
    assert.match(res.body, /lang="ar" dir="auto">نبحث عن سرير أطفال/);
    assert.match(text(res.body), /geschrieben auf Arabisch/);
    assert.doesNotMatch(res.body, /Ödev yardımı/, "Osnabrück's posts stay in Osnabrück");
    assert.doesNotMatch(res.body, /دراجة ابني/, 'a closed post is not listed');
    assert.match(text(res.body), /3 Einträge/);
  });

  test('filters by kind, category and Quartier (by slug) in a plain GET form', async () => {
    const c = new Client(t().app);
    const offers = text((await c.get(`${meppen}/help?kind=offer`)).body);
    assert.match(offers, /Sprachtandem Arabisch/);
    assert.doesNotMatch(offers, /سرير أطفال/);
    const furniture = text((await c.get(`${meppen}/help?category=furniture`)).body);
    assert.match(furniture, /1 Eintrag/);
    const innenstadt = text((await c.get(`${meppen}/help?quartier=innenstadt`)).body);
    assert.match(innenstadt, /Sprachtandem/);
    assert.doesNotMatch(innenstadt, /Ich begleite Sie/);
    const page = await c.get(`${meppen}/help?kind=request&category=furniture&quartier=esterfeld`);
    assert.match(page.body, /<option value="esterfeld" selected/);
  });

  test('a wrong filter is a 422 with a field message, also a Quartier of another municipality', async () => {
    const c = new Client(t().app);
    for (const q of ['kind=gift', 'category=%3Cscript%3E', 'quartier=schinkel', 'quartier=..%2F..', 'page=-1']) {
      const res = await c.get(`${meppen}/help?${q}`);
      assert.equal(res.statusCode, 422, q);
      assert.match(res.body, /Es gibt ein Problem/, q);
    }
  });

  test("another municipality's post under this municipality's URL is a 404", async () => {
    const c = new Client(t().app);
    assert.equal((await c.get(`/de/m/osnabrueck/help/${ids['osnabrueck/kinder']}`)).statusCode, 200);
    assert.equal((await c.get(`${meppen}/help/${ids['osnabrueck/kinder']}`)).statusCode, 404);
    assert.equal((await c.get(`${meppen}/help/not-a-uuid`)).statusCode, 404);
  });

  test('the post page sets the language of its text and offers sign-in to a visitor', async () => {
    const res = await new Client(t().app).get(`/ar/m/meppen/help/${ids['meppen/aemter']}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html[^>]*dir="rtl"/);
    assert.match(res.body, /<h1 class="kern-heading-large" lang="de" dir="auto">Ich begleite Sie/);
    assert.match(res.body, /href="\/ar\/login\?next=/);
    assert.doesNotMatch(res.body, /name="body"/, 'no answer form for a visitor');
  });

  test('writing a post needs an account; then it is stored with the chosen language and Quartier', async () => {
    const anon = await new Client(t().app).get(`${meppen}/help/new`);
    assert.equal(anon.statusCode, 303);
    assert.match(String(anon.headers.location), /\/de\/login\?next=/);
    const { client } = await clientWithRole(t().app, t().conn.db, { m: m, role: 'resident' });
    const form = await client.get(`${meppen}/help/new`);
    assert.match(form.body, /<option value="de" selected/, "the interface's language is preselected");
    const id = await postHelp(client, meppen, { quartier: 'esterfeld', title: 'نحتاج إلى طاولة مطبخ' });
    const row = await t()
      .conn.db.selectFrom('community_help_posts')
      .select(['locale', 'quartier_id', 'municipality_id', 'author_name'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.locale, 'ar');
    assert.equal(row.municipality_id, m);
    assert.equal(row.quartier_id, esterfeld);
    const listed = await new Client(t().app).get(`${meppen}/help?quartier=esterfeld&kind=request`);
    assert.match(listed.body, /نحتاج إلى طاولة مطبخ/);
  });

  test('bad input is refused with field messages, the input kept, nothing stored', async () => {
    const { client } = await clientWithRole(t().app, t().conn.db, { m: m, role: 'resident' });
    const before = await count();
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ body: 'x'.repeat(10_000) }, 'body', /höchstens 2\.000 Zeichen/],
      [{ kind: 'gift' }, 'kind', /eine der Möglichkeiten/],
      [{ locale: 'xx' }, 'locale', /eine der Möglichkeiten/],
      [{ quartier: 'schinkel' }, 'quartier', /eine der Möglichkeiten/],
      [{ title: '   ' }, 'title', /füllen Sie dieses Feld aus/],
    ];
    for (const [bad, field, message] of cases) {
      const res = await client.post(`${meppen}/help/new`, {
        kind: 'offer',
        category: 'repairs',
        authorName: 'Kemal',
        locale: 'tr',
        title: 'Bisiklet tamiri',
        body: 'Bisikletinizi tamir ederim.',
        ...bad,
      });
      assert.equal(res.statusCode, 422, field);
      assert.match(res.body, message, field);
      assert.match(res.body, new RegExp(`id="f-${field}"[^>]*aria-invalid="true"`), field);
      assert.match(res.body, /value="Kemal"/, 'what was typed is kept');
    }
    assert.equal(await count(), before);
  });
});
