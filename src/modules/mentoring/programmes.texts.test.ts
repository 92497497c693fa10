import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { AddressedClient, createUser, signIn } from '../../testing/users.ts';
import { programmeTextHash } from './programmes.texts.ts';

// The title and aim of a programme in the other languages: the staff translate from the German beside the form,
// the translation records the German's hash; the public page shows it in the reader's language, and says so when
// it is outdated (the German changed) or missing (German is shown). Only the programme's staff with the right to
// edit programmes reach the form, and only under the programme's own municipality.

describe('mentoring programmes: title and aim in every language', () => {
  const t = fixture(() => testApp());
  const db = () => t().conn.db;
  let meppen: string;
  let osnabrueck: string;
  before(async () => {
    meppen = await insertMunicipality(t().conn, 'meppen');
    osnabrueck = await insertMunicipality(t().conn, 'osnabrueck');
  });
  async function admin(email: string, municipalityId: string) {
    const u = await createUser(db(), { email, totp: true, roles: [{ role: 'municipality_admin', municipalityId }] });
    const c = new AddressedClient(t().app);
    await signIn(c, 'de', u.email, u.password, u.totpSecret);
    return { u, c };
  }
  const base = '/de/m/meppen/admin/mentoring';
  const german = {
    slug: 'rat-erleben',
    title: 'Rat erleben',
    aim: 'Mentees begleiten Ratsmitglieder ein Jahr lang zu Sitzungen.',
    organiser: 'Integrationsbeirat Meppen',
    active: 'yes',
  };
  const arabic = { title: 'تجربة المجلس', description: 'يرافق المشاركون أعضاء المجلس لمدة عام إلى الجلسات.' };
  const texts = `${base}/rat-erleben/texts`;
  const textRow = (locale: string) =>
    db()
      .selectFrom('mentoring_programme_texts')
      .select(['title', 'aim', 'source_hash'])
      .where('municipality_id', '=', meppen)
      .where('locale', '=', locale)
      .executeTakeFirst();

  it('staff translate from the German; the public page shows it, then marks it outdated when the German changes', async () => {
    const a = await admin('texts-admin@example.test', meppen);
    assert.equal((await a.c.post(`${base}/new`, german)).statusCode, 303);
    const programme = await db()
      .selectFrom('mentoring_programmes')
      .select('id')
      .where('municipality_id', '=', meppen)
      .executeTakeFirstOrThrow();

    // The edit form lists the languages with their state, each linking to its form.
    const edit = await a.c.get(`${base}/rat-erleben/edit`);
    assert.equal(edit.statusCode, 200);
    assert.match(edit.body, new RegExp(`href="${texts}/ar">Arabisch</a>: fehlt`));
    assert.doesNotMatch(edit.body, new RegExp(`${texts}/de"`), 'German is this form, not a translation');

    const form = await a.c.get(`${texts}/ar`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Titel und Ziel auf Arabisch/);
    assert.match(
      form.body,
      /<blockquote class="kern-body" lang="de" dir="ltr">[\s\S]*Rat erleben[\s\S]*Mentees begleiten/,
    );

    // Bad input: 422 on the same form, what was typed kept, nothing stored.
    const bad = await a.c.post(`${texts}/ar`, { title: '', description: arabic.description });
    assert.equal(bad.statusCode, 422);
    assert.ok(bad.body.includes(arabic.description), 'the aim typed is kept');
    assert.match(bad.body, /Titel: Bitte füllen Sie dieses Feld aus/);
    const tooLong = await a.c.post(`${texts}/ar`, { title: 'x'.repeat(201), description: arabic.description });
    assert.equal(tooLong.statusCode, 422);
    assert.match(tooLong.body, /Bitte einen Titel mit höchstens 200 Zeichen/);
    assert.equal(await textRow('ar'), undefined);

    const saved = await a.c.post(`${texts}/ar`, arabic);
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `${base}/rat-erleben/edit`);
    const row = await textRow('ar');
    assert.deepEqual(row, {
      title: arabic.title,
      aim: arabic.description,
      source_hash: programmeTextHash({ title: german.title, aim: german.aim }),
    });
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'subject_id'])
      .where('subject_type', '=', 'mentoring.programme_text')
      .execute();
    assert.deepEqual(audit, [{ action: 'create', subject_id: programme.id }]);
    assert.match((await a.c.get(`${base}/rat-erleben/edit`)).body, /Arabisch<\/a>: aktuell/);
    assert.ok((await a.c.get(`${texts}/ar`)).body.includes(arabic.description), 'the form shows the translation');

    const publicAr = await t().app.inject({ url: '/ar/m/meppen/mentoring/rat-erleben' });
    assert.equal(publicAr.statusCode, 200);
    assert.match(publicAr.body, new RegExp(`<h1 class="kern-heading-large" lang="ar" dir="rtl">\\s*${arabic.title}`));
    assert.ok(publicAr.body.includes(arabic.description));
    assert.ok(!publicAr.body.includes('أقدم من النص الألماني'), 'a current translation has no note');
    // Farsi has none: German, with the note that it is missing.
    const publicFa = await t().app.inject({ url: '/fa/m/meppen/mentoring/rat-erleben' });
    assert.match(publicFa.body, /<h1 class="kern-heading-large" lang="de" dir="ltr">\s*Rat erleben/);
    assert.ok(publicFa.body.includes('این برنامه هنوز به زبان شما موجود نیست'));
    const publicDe = await t().app.inject({ url: '/de/m/meppen/mentoring/rat-erleben' });
    assert.doesNotMatch(publicDe.body, /noch nicht in Ihrer Sprache|älter als der deutsche Text/);

    // The German changes: the Arabic is outdated, on the staff list and with a note on the public page.
    const changed = { ...german, aim: `${german.aim} Neu: auch Ausschüsse.`, staff: a.u.id };
    assert.equal((await a.c.post(`${base}/rat-erleben/edit`, changed)).statusCode, 303);
    assert.match((await a.c.get(`${base}/rat-erleben/edit`)).body, /Arabisch<\/a>: veraltet/);
    const outdated = await t().app.inject({ url: '/ar/m/meppen/mentoring/rat-erleben' });
    assert.ok(outdated.body.includes(arabic.title), 'the translation is still shown');
    assert.ok(outdated.body.includes('هذه الترجمة أقدم من النص الألماني'), 'with the note that it is outdated');
    // Saved again from the new German, it is current again.
    assert.equal((await a.c.post(`${texts}/ar`, arabic)).statusCode, 303);
    assert.equal((await textRow('ar'))?.source_hash, programmeTextHash({ title: german.title, aim: changed.aim }));
    assert.ok(!(await t().app.inject({ url: '/ar/m/meppen/mentoring/rat-erleben' })).body.includes('أقدم من'));
  });

  it('German goes to the programme form; an unknown language is not found', async () => {
    const a = await admin('texts-admin-2@example.test', meppen);
    await db()
      .insertInto('mentoring_programme_staff')
      .values({ municipality_id: meppen, programme_id: await programmeId(), user_id: a.u.id })
      .execute();
    const de = await a.c.get(`${texts}/de`);
    assert.equal(de.statusCode, 303);
    assert.equal(de.headers.location, `${base}/rat-erleben/edit`);
    const postDe = await a.c.post(`${texts}/de`, { title: 'Überschrieben', description: 'Nein.' }, `${texts}/ar`);
    assert.equal(postDe.statusCode, 303);
    assert.equal((await textRow('de'))?.title, german.title, 'German is not written through the translation form');
    assert.equal((await a.c.get(`${texts}/xx`)).statusCode, 404);
    assert.equal((await a.c.post(`${texts}/fr`, arabic, `${texts}/ar`)).statusCode, 404);
    assert.equal((await a.c.get(`${base}/kein-programm/texts/ar`)).statusCode, 404);
  });

  it('is a 404 for an administrator not on the staff and under another municipality, and changes nothing', async () => {
    const before = await textRow('ar');
    const outsider = await admin('texts-outsider@example.test', meppen);
    assert.equal((await outsider.c.get(`${texts}/ar`)).statusCode, 404);
    const form = { title: 'Fremd', description: 'Fremd.' };
    assert.equal((await outsider.c.post(`${texts}/ar`, form, `${base}/new`)).statusCode, 404);
    assert.equal((await outsider.c.get(`${base}/rat-erleben/edit`)).statusCode, 404, 'as the edit form');

    // Osnabrück's administration, under its own municipality's URL, does not find Meppen's programme.
    const foreign = await admin('texts-osnabrueck@example.test', osnabrueck);
    const there = '/de/m/osnabrueck/admin/mentoring/rat-erleben/texts/ar';
    assert.equal((await foreign.c.get(there)).statusCode, 404);
    assert.equal((await foreign.c.post(there, form, '/de/m/osnabrueck/admin/mentoring/new')).statusCode, 404);
    // …and under Meppen's URL it holds no role there.
    assert.equal((await foreign.c.get(`${texts}/ar`)).statusCode, 403);
    assert.deepEqual(await textRow('ar'), before);
  });

  async function programmeId() {
    const row = await db()
      .selectFrom('mentoring_programmes')
      .select('id')
      .where('municipality_id', '=', meppen)
      .where('slug', '=', 'rat-erleben')
      .executeTakeFirstOrThrow();
    return row.id;
  }
});
