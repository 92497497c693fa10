import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import type { Role } from '../../platform/auth/session-user.ts';
import { seedDemo } from '../../seed/seed.ts';
import { MUNICIPAL_ROLES, signedInClient } from '../../testing/access-matrix.ts';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { type FilePart, multipartBody } from '../../testing/multipart.ts';
import { MAX_ROOM_PHOTOS } from './rooms.photos.service.ts';

// Room photos through HTTP on the demo: the drawings the seed made, staff adding (good and refused uploads),
// describing, ordering and removing photos with an audit row each, the public pages, caching, other
// municipalities, and which roles may do what.

const jpeg = (w = 900, h = 600) =>
  sharp({ create: { width: w, height: h, channels: 3, background: { r: 180, g: 150, b: 120 } } })
    .jpeg()
    .toBuffer();
const file = async (w?: number, h?: number): Promise<FilePart> => ({
  name: 'saal.jpg',
  type: 'image/jpeg',
  data: await jpeg(w, h),
});

describe('room photos', () => {
  let t: TestApp;
  let hall = '';
  let kitchen = '';
  let esterfeld = '';
  let qm: Client;
  const db = () => t.conn.db;
  const admin = (room: string, m = 'asendorf', locale = 'de') => `/${locale}/m/${m}/admin/rooms/${room}/photos`;
  const photosOf = (room: string) =>
    db()
      .selectFrom('community_room_photos')
      .select(['id', 'position', 'alt_text', 'width'])
      .where('room_id', '=', room)
      .orderBy('position')
      .execute();
  const audits = async (action: string) =>
    Number(
      (
        await db()
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('subject_type', '=', 'community.room_photo')
          .where('action', '=', action as 'create')
          .executeTakeFirstOrThrow()
      ).n,
    );
  const upload = async (c: Client, url: string, f: FilePart | null, alt = 'Saal mit Tischen') => {
    if (!c.csrf) await c.get(url);
    return c.request({ method: 'POST', url, ...multipartBody({ _csrf: c.csrf, alt }, f) });
  };
  const roomId = async (name: string) =>
    (await db().selectFrom('community_rooms').select('id').where('name', 'like', `${name}%`).executeTakeFirstOrThrow())
      .id;
  const municipality = async (slug: string) =>
    (await db().selectFrom('municipalities').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

  before(async () => {
    t = await testApp();
    await seedDemo(db());
    hall = await roomId('Dorfgemeinschaftshaus');
    kitchen = await roomId('Lehrküche');
    esterfeld = await roomId('Quartiersbüro Esterfeld');
    qm = await signedInClient(t.app, db(), {
      email: 'qm-photos@example.test',
      municipalityId: await municipality('asendorf'),
      roles: ['quartier_manager'],
    });
  });
  after(() => t.close());

  test('the demo has drawn photos of the village hall and a Meppen room; list and page show them lazily', async () => {
    const [demo] = await photosOf(hall);
    assert.ok(demo && demo.width === 1200, 'a real image, drawn at seed time');
    assert.equal((await photosOf(esterfeld)).length, 2);
    const list = await new Client(t.app).get('/de/m/asendorf/rooms');
    const src = `/de/m/asendorf/rooms/${hall}/photos/${demo.id}`;
    assert.match(
      list.body,
      new RegExp(
        `<img src="${src}" alt="Zeichnung des Dorfgemeinschaftshauses[^"]*" lang="de" srcset="${src}\\?w=320 320w, [^"]+" sizes="[^"]+" width="320" height="213" loading="lazy"`,
      ),
    );
    const page = await new Client(t.app).get(`/ar/m/asendorf/rooms/${hall}`);
    assert.match(page.body, /<img src="\/ar\/m\/asendorf\/rooms\/[^"]+" alt="Zeichnung des Dorfgemeinschaftshauses/);
    assert.match(page.body, / 1200w" sizes=/);
    const meppen = await new Client(t.app).get(`/de/m/meppen/rooms/${esterfeld}`);
    assert.match(meppen.body, /alt="Zeichnung des Quartiersbüros/);
  });

  test('the image: WebP, an ETag, a year immutable; 304 when held; smaller widths on request', async () => {
    const [demo] = await photosOf(hall);
    const url = `/de/m/asendorf/rooms/${hall}/photos/${demo!.id}`;
    const full = await t.app.inject({ method: 'GET', url });
    assert.equal(full.statusCode, 200);
    assert.equal(full.headers['content-type'], 'image/webp');
    assert.equal(full.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(full.headers['x-content-type-options'], 'nosniff');
    const etag = String(full.headers.etag);
    const again = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    const small = await t.app.inject({ method: 'GET', url: `${url}?w=320` });
    assert.equal(small.statusCode, 200);
    assert.notEqual(small.headers.etag, etag);
    assert.equal((await sharp(small.rawPayload).metadata()).width, 320);
    assert.ok(small.rawPayload.length < full.rawPayload.length);
  });

  test('a good upload is stored after the others with an audit row, and shown on the room page', async () => {
    const before = await audits('create');
    const res = await upload(qm, admin(hall), await file(), 'Saal mit Tischen für 40 Personen');
    assert.equal(res.statusCode, 303, res.body.slice(0, 400));
    assert.equal(res.headers.location, admin(hall));
    const photos = await photosOf(hall);
    assert.deepEqual(
      photos.map((p) => [p.position, p.alt_text.slice(0, 9)]),
      [
        [1, 'Zeichnung'],
        [2, 'Saal mit '],
      ],
    );
    assert.equal(await audits('create'), before + 1);
    const page = await new Client(t.app).get(`/de/m/asendorf/rooms/${hall}`);
    assert.match(page.body, /alt="Saal mit Tischen für 40 Personen"/);
  });

  test('refused uploads: too big, not an image, no description (German and Farsi); input kept, nothing stored', async () => {
    const count = (await photosOf(hall)).length;
    const huge = Buffer.alloc(9 * 1024 * 1024, 0xff);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    const cases: [FilePart | null, string, RegExp][] = [
      [{ name: 'gross.jpg', type: 'image/jpeg', data: huge }, 'Großer Saal', /größer als 8 MB/],
      [{ name: 'saal.jpg', type: 'image/jpeg', data: Buffer.from('#!/bin/sh\necho no\n') }, 'Ein Skript', /kein Foto/],
      [
        { name: 'plan.svg', type: 'image/svg+xml', data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') },
        'SVG',
        /auch SVG/,
      ],
      [await file(), '', /Bitte füllen Sie dieses Feld aus/],
      [null, 'Ohne Datei', /Bitte ein Foto auswählen/],
    ];
    for (const [f, alt, message] of cases) {
      const res = await upload(qm, admin(hall), f, alt);
      assert.equal(res.statusCode, 422, `${alt}: ${res.statusCode}`);
      assert.match(res.body, message);
      assert.match(res.body, /role="alert"/);
      if (alt) assert.match(res.body, new RegExp(`value="${alt}"`), 'the description typed is kept');
    }
    const fa = await upload(qm, admin(hall, 'asendorf', 'fa'), await file(), '');
    assert.equal(fa.statusCode, 422);
    assert.match(fa.body, /dir="rtl"/);
    assert.doesNotMatch(fa.body, /media\.photo\.|validation\./, 'every message translated');
    assert.equal((await photosOf(hall)).length, count);
  });

  test('describe, order and remove: each one audit row; positions stay 1, 2, 3…', async () => {
    await upload(qm, admin(hall), await file(600, 400), 'Bühne');
    let photos = await photosOf(hall);
    const [first, second, third] = photos;
    const updates = await audits('update');
    const described = await qm.post(`${admin(hall)}/${second!.id}`, { alt: 'Saal, Blick zur Küche' });
    assert.equal(described.statusCode, 303);
    const empty = await qm.post(`${admin(hall)}/${second!.id}`, { alt: '   ' });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /Bitte füllen Sie dieses Feld aus/);
    assert.equal((await qm.post(`${admin(hall)}/${third!.id}/move`, { way: 'earlier' })).statusCode, 303);
    assert.equal((await qm.post(`${admin(hall)}/${first!.id}/move`, { way: 'later' })).statusCode, 303);
    photos = await photosOf(hall);
    assert.deepEqual(
      photos.map((p) => p.id),
      [third!.id, first!.id, second!.id],
    );
    assert.equal(photos[2]!.alt_text, 'Saal, Blick zur Küche');
    assert.equal(await audits('update'), updates + 3);
    const deletes = await audits('delete');
    assert.equal((await qm.post(`${admin(hall)}/${first!.id}/delete`, {})).statusCode, 303);
    photos = await photosOf(hall);
    assert.deepEqual(
      photos.map((p) => [p.id, p.position]),
      [
        [third!.id, 1],
        [second!.id, 2],
      ],
    );
    assert.equal(await audits('delete'), deletes + 1);
    const list = await new Client(t.app).get('/de/m/asendorf/rooms');
    assert.match(list.body, new RegExp(`photos/${third!.id}`), 'the first photo is the cover in the list');
  });

  test(`a room keeps at most ${MAX_ROOM_PHOTOS} photos`, async () => {
    for (let i = 0; i < MAX_ROOM_PHOTOS; i++) {
      assert.equal((await upload(qm, admin(kitchen), await file(64, 48), `Küche ${i}`)).statusCode, 303);
    }
    const res = await upload(qm, admin(kitchen), await file(64, 48), 'Eins zu viel');
    assert.equal(res.statusCode, 422);
    assert.match(res.body, new RegExp(`schon ${MAX_ROOM_PHOTOS} Fotos`));
    assert.match(res.body, /value="Eins zu viel"/);
    assert.equal((await photosOf(kitchen)).length, MAX_ROOM_PHOTOS);
  });

  test("another municipality's room photo is a 404, for the public and for its staff", async () => {
    const [demo] = await photosOf(esterfeld);
    const under = (m: string) => `/de/m/${m}/rooms/${esterfeld}/photos/${demo!.id}`;
    assert.equal((await t.app.inject({ method: 'GET', url: under('meppen') })).statusCode, 200);
    assert.equal((await t.app.inject({ method: 'GET', url: under('asendorf') })).statusCode, 404);
    const [own] = await photosOf(hall);
    assert.equal(
      (await t.app.inject({ method: 'GET', url: `/de/m/meppen/rooms/${hall}/photos/${own!.id}` })).statusCode,
      404,
    );
    assert.equal(
      (await t.app.inject({ method: 'GET', url: `/de/m/asendorf/rooms/${hall}/photos/${demo!.id}` })).statusCode,
      404,
    );
    // Asendorf's manager under Asendorf's address, with Meppen's room: not found, nothing changed.
    assert.equal((await qm.get(admin(esterfeld))).statusCode, 404);
    assert.equal((await upload(qm, admin(esterfeld), await file())).statusCode, 404);
    assert.equal((await qm.post(`${admin(esterfeld)}/${demo!.id}/delete`, {}, admin(hall))).statusCode, 404);
    assert.equal((await qm.post(`${admin(hall)}/${demo!.id}/delete`, {})).statusCode, 404);
    assert.equal((await photosOf(esterfeld)).length, 2);
  });

  test('an inactive room’s photos are for its staff only', async () => {
    await db().updateTable('community_rooms').set({ active: false }).where('id', '=', kitchen).execute();
    const [p] = await photosOf(kitchen);
    const url = `/de/m/asendorf/rooms/${kitchen}/photos/${p!.id}`;
    assert.equal((await t.app.inject({ method: 'GET', url })).statusCode, 404);
    const staff = await qm.get(url);
    assert.equal(staff.statusCode, 200);
    assert.match(String(staff.headers['cache-control']), /private/);
    await db().updateTable('community_rooms').set({ active: true }).where('id', '=', kitchen).execute();
  });

  test('access matrix: only Quartier managers and administrators keep photos; anonymous goes to sign-in', async () => {
    const asendorf = await municipality('asendorf');
    const [p] = await photosOf(hall);
    const routes = [
      ['GET', admin(hall)],
      ['POST', admin(hall)],
      ['POST', `${admin(hall)}/${p!.id}`],
      ['POST', `${admin(hall)}/${p!.id}/move`],
      ['POST', `${admin(hall)}/${p!.id}/delete`],
    ] as const;
    const allowed: readonly Role[] = ['quartier_manager', 'municipality_admin'];
    for (const role of MUNICIPAL_ROLES) {
      const c = await signedInClient(t.app, db(), {
        email: `photos-${role}@example.test`,
        municipalityId: asendorf,
        roles: [role],
      });
      await c.get('/de/m/asendorf/rooms');
      const status = allowed.includes(role) ? 200 : 403;
      assert.equal((await c.get(admin(hall))).statusCode, status, `${role} GET`);
      if (allowed.includes(role)) continue;
      for (const [method, url] of routes.filter(([m]) => m === 'POST')) {
        const res = await c.post(url, { alt: 'x', way: 'later' });
        assert.equal(res.statusCode, 403, `${role} ${method} ${url}`);
      }
    }
    const anonymous = new Client(t.app);
    await anonymous.get('/de/login');
    for (const [method, url] of routes) {
      const res = method === 'GET' ? await anonymous.get(url) : await anonymous.post(url, { alt: 'x' });
      assert.equal(res.statusCode, 303, `${method} ${url}`);
      assert.match(String(res.headers.location), /\/de\/login/);
    }
    assert.equal((await photosOf(hall)).length, 2, 'nothing changed');
  });
});
