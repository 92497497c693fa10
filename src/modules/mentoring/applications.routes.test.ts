import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tenant } from '../../platform/db/tenant.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { Client, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { AddressedClient, createUser, signIn } from '../../testing/users.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { formatList } from '../../platform/i18n/format.ts';
import { menteeForm } from './applications.schema.ts';
import { applyAsMentee } from './applications.service.ts';
import { cyclesOf, findProgramme } from './core.repository.ts';
import { DEMO_PROGRAMME_SLUG } from './mentoring.seed.ts';

// Programmes and applications on the demo data: the public pages, applying in Arabic, the waitlist in order with
// its promotion when a place frees, staff's list narrowed to the programme's staff, and places never exceeded
// under concurrent applications.

const P = `/m/osnabrueck/mentoring/${DEMO_PROGRAMME_SLUG}`;

const application = (o: Record<string, string | string[]> = {}) => ({
  displayName: 'محمد العلي',
  motivation: 'أريد أن أفهم كيف تُتخذ القرارات.',
  topics: ['integration', 'housing'],
  languages: 'ar, de',
  availability: 'weekday_evening',
  gender: 'man',
  privacy: 'yes',
  ...o,
});

describe('mentoring programmes and applications', () => {
  const t = fixture(() => testApp({}, [], { demo: true }));
  const db = () => t().conn.db;
  async function osnabrueck() {
    const m = await db()
      .selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'osnabrueck')
      .executeTakeFirstOrThrow();
    const tt = tenant(m.id);
    const p = (await findProgramme(db(), tt, DEMO_PROGRAMME_SLUG))!;
    const cycles = await cyclesOf(db(), tt, p.id);
    return {
      t: tt,
      p,
      open: cycles.find((c) => c.status === 'open')!,
      finished: cycles.find((c) => c.status === 'finished')!,
    };
  }
  async function applicant(email: string, locale: 'ar' | 'de' = 'ar') {
    const u = await createUser(db(), { email, locale });
    const c = new AddressedClient(t().app);
    await signIn(c, locale, u.email, u.password);
    return { u, c };
  }

  it('shows the programme list and page with the open cycle, in German and Arabic', async () => {
    const c = new Client(t().app);
    const list = await c.get('/de/m/osnabrueck/mentoring');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /DEMOKRATIE\. MACHT\. INTEGRATION\./);
    assert.match(list.body, /Migrationsbeirat der Stadt Osnabrück/);
    const page = await c.get(`/ar${P}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /ديمقراطية\. سلطة\. اندماج\./);
    assert.doesNotMatch(page.body, /أقدم من النص الألماني/, "the demo's translation is current (the German's hash)");
    assert.match(page.body, new RegExp(`href="/ar${P}/apply"`));
    // What counts is a list in Arabic (with "و", not a Latin comma).
    const kinds = [
      'جلسة المجلس البلدي',
      'اجتماع لجنة',
      'اجتماع الكتلة',
      'ساعة استقبال المواطنين',
      'فعالية عبر الإنترنت',
    ];
    assert.ok(page.body.includes(formatList('ar', kinds)), 'the activities as an Arabic list');
    assert.ok(!page.body.includes(`${kinds[0]}, `));
    // In Farsi (no translation) the German title and aim keep their own direction inside the right-to-left page.
    const fa = await c.get(`/fa${P}`);
    assert.match(
      fa.body,
      /<h1 class="kern-heading-large" lang="de" dir="ltr">DEMOKRATIE\. MACHT\. INTEGRATION\.<\/h1>/,
    );
    assert.equal((await c.get('/de/m/osnabrueck/mentoring/unbekannt')).statusCode, 404);
    assert.equal(
      (await c.get(`/de/m/meppen/mentoring/${DEMO_PROGRAMME_SLUG}`)).statusCode,
      404,
      'not in another tenant',
    );
  });

  it('takes an application in Arabic with a confirmation mail in Arabic; a second one is refused; withdraw', async () => {
    const { c, u } = await applicant('mentee-ar@example.test');
    const form = await c.get(`/ar${P}/apply`);
    assert.equal(form.statusCode, 200);
    const bad = await c.post(`/ar${P}/apply`, application({ privacy: '', languages: 'arabisch!!' }));
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /محمد العلي/, 'the input is kept');
    const consentMissing = await c.post(`/ar${P}/apply`, application({ politicalDirection: 'sozialdemokratisch' }));
    assert.equal(consentMissing.statusCode, 422);
    const ok = await c.post(
      `/ar${P}/apply`,
      application({ politicalDirection: 'sozialdemokratisch', politicalConsent: 'yes' }),
    );
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, '/ar/me/mentoring');
    const row = await db()
      .selectFrom('mentoring_mentees')
      .select(['id', 'status', 'locale', 'political_direction', 'political_consent_at'])
      .where('user_id', '=', u.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'applied');
    assert.equal(row.locale, 'ar');
    assert.equal(row.political_direction, 'sozialdemokratisch');
    assert.ok(row.political_consent_at);
    const mail = await db()
      .selectFrom('mail_outbox')
      .select(['subject', 'body_text'])
      .where('to_address', '=', u.email)
      .executeTakeFirstOrThrow();
    assert.match(mail.subject, /طلبك/);
    const again = await c.post(`/ar${P}/apply`, application());
    assert.equal(again.statusCode, 422);
    const mine = await c.get('/ar/me/mentoring');
    assert.equal(mine.statusCode, 200);
    assert.match(mine.body, /تم التقديم/);
    assert.match(mine.body, /لا يقبل أي برنامج طلبات حاليًا/, 'the cycle she applied to is no longer offered to her');
    const withdraw = `/ar/m/osnabrueck/mentoring/applications/${row.id}/withdraw`;
    const other = await applicant('someone-else@example.test');
    assert.doesNotMatch((await other.c.get('/ar/me/mentoring')).body, /لا يقبل أي برنامج/, 'but to others');
    assert.equal(
      (await other.c.post(withdraw, {}, '/ar/me/mentoring')).statusCode,
      404,
      'only the applicant withdraws',
    );
    assert.equal((await c.post(withdraw, {}, '/ar/me/mentoring')).statusCode, 303);
    const after = await db()
      .selectFrom('mentoring_mentees')
      .select(['status', 'political_direction'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(after, { status: 'withdrawn', political_direction: null }, 'the political direction is erased');
  });

  it('signs up a mentor; staff see the cycle, others of the municipality get 404', async () => {
    const { c } = await applicant('mentor@example.test', 'de');
    const ok = await c.post(`/de${P}/mentor`, {
      displayName: 'Jana Rat',
      body: 'Rat der Stadt Osnabrück',
      faction: 'SPD',
      committees: 'Schulausschuss, Sozialausschuss',
      topics: 'education',
      languages: 'de, en',
      capacity: '2',
    });
    assert.equal(ok.statusCode, 303);
    const { open } = await osnabrueck();
    const { t: tt, p } = await osnabrueck();
    const admin = await createUser(db(), {
      email: 'programme-staff@example.test',
      totp: true,
      roles: [{ role: 'municipality_admin', municipalityId: tt.municipalityId }],
    });
    const outsider = await createUser(db(), {
      email: 'other-staff@example.test',
      totp: true,
      roles: [{ role: 'municipality_admin', municipalityId: tt.municipalityId }],
    });
    await db()
      .insertInto('mentoring_programme_staff')
      .values({ municipality_id: tt.municipalityId, programme_id: p.id, user_id: admin.id })
      .execute();
    const staff = new AddressedClient(t().app);
    await signIn(staff, 'de', admin.email, admin.password, admin.totpSecret);
    const other = new AddressedClient(t().app);
    await signIn(other, 'de', outsider.email, outsider.password, outsider.totpSecret);
    const url = `/de/m/osnabrueck/admin/mentoring/${DEMO_PROGRAMME_SLUG}/cycles/${open.id}/applications`;
    const page = await staff.get(url);
    assert.equal(page.statusCode, 200, String(page.headers.location ?? ''));
    assert.match(page.body, /Jana Rat/);
    assert.match(page.body, /Amal Saleh/);
    assert.equal((await other.get(url)).statusCode, 404, 'not on the programme staff');
    assert.match((await staff.get('/de/m/osnabrueck/admin/mentoring')).body, new RegExp(open.id));
    // My Zuhause links the programmes and counts the applications with a place that wait for staff's decision,
    // for the programme's staff only.
    const applied = await db()
      .selectFrom('mentoring_mentees')
      .select('id')
      .where('cycle_id', '=', open.id)
      .where('status', '=', 'applied')
      .execute();
    assert.ok(applied.length > 0);
    const tile = (body: string) =>
      /href="\/de\/m\/osnabrueck\/admin\/mentoring">[^<]*<\/a>\s*(?:<span class="z-tile__count">([^<]*)<)?/.exec(body);
    assert.equal(tile((await staff.get('/de/me')).body)?.[1], `${applied.length} warten`);
    const elsewhere = tile((await other.get('/de/me')).body);
    assert.ok(elsewhere, 'an admin not on the staff list still finds the programmes');
    assert.equal(elsewhere[1], undefined, 'but nothing waits for them');
  });

  it('never gives more places than the cycle has under concurrent applications; the waitlist keeps its order', async () => {
    const { t: tt, p, open } = await osnabrueck();
    await db().updateTable('mentoring_cycles').set({ places: 10 }).where('id', '=', open.id).execute();
    const before = await db()
      .selectFrom('mentoring_mentees')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('cycle_id', '=', open.id)
      .where('status', 'in', ['applied', 'accepted', 'matched', 'completed'])
      .executeTakeFirstOrThrow();
    const users = await Promise.all(
      Array.from({ length: 12 }, (_, i) => createUser(db(), { email: `many-${i}@example.test` })),
    );
    const scope = { programme: p, programmeTitle: 'T', cycle: { ...open, places: 10 } };
    const form = (i: number) => {
      const f = parseForm(menteeForm, application({ displayName: `P${i}` }));
      assert.ok(f.ok);
      return f.data;
    };
    const mail = { baseUrl: 'http://x', messages: t().app.deps.messages };
    await Promise.all(
      users.map((u, i) =>
        runUseCase(
          'mentoring.applications.apply',
          { db: db(), tenant: tt, actor: u.id, requestId: `r${i}`, now: new Date() },
          (uc) => applyAsMentee(uc, scope, { userId: u.id, locale: 'de' }, form(i), mail),
        ),
      ),
    );
    const held = await db()
      .selectFrom('mentoring_mentees')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('cycle_id', '=', open.id)
      .where('status', 'in', ['applied', 'accepted', 'matched', 'completed'])
      .executeTakeFirstOrThrow();
    assert.equal(Number(held.n), 10, `places were ${Number(before.n)} taken before`);
    const waiting = await db()
      .selectFrom('mentoring_mentees')
      .select(['applied_at'])
      .where('cycle_id', '=', open.id)
      .where('status', '=', 'waitlisted')
      .orderBy('applied_at')
      .execute();
    assert.equal(waiting.length, 12 - (10 - Number(before.n)));
  });
});
