import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyPluginAsync } from 'fastify';
import { PUBLIC } from '../platform/http/access.ts';
import { localeParams } from '../platform/http/params.ts';
import type { ModuleManifest } from '../platform/modules/manifest.ts';
import { demoEmail } from '../seed/demo-accounts.ts';
import { MUNICIPAL_ROLES, probedRoutes, signedInClient } from './access-matrix.ts';
import { type TestApp, testApp } from './app.ts';
import { postAudited, type TourWrite, unauditedWrites } from './audit-trail.ts';
import { housingApplyTour } from './housing-apply.ts';
import { tourHousingOffice } from './audit-tour.housing-office.ts';
import { tourCommunityRegistrations } from './audit-tour.community-registrations.ts';
import { tourCounsellingAppointments } from './audit-tour.counselling-appointments.ts';
import { tourCommunityEvents } from './audit-tour.community-events.ts';
import { tourCommunityHelp } from './community-help.ts';
import { tourCommunityRooms } from './audit-tour.community-rooms.ts';
import { tourCounsellingServices } from './audit-tour.counselling-services.ts';
import { tourCounsellingHours } from './audit-tour.counselling-hours.ts';
import { tourCounsellingInterpreters } from './audit-tour.counselling-interpreters.ts';
import { tourCounsellingDay } from './audit-tour.counselling-day.ts';
import { tourWelcomeTranslations } from './audit-tour.welcome-translations.ts';
import { tourWelcomePlaces } from './audit-tour.welcome-places.ts';
import { tourWelcomeGuide } from './welcome-guide.ts';
import { tourWelcomePractice } from './audit-tour.welcome-practice.ts';
import { tourMentoringCertificates } from './audit-tour.mentoring-certificates.ts';
import { tourMentoringMatching } from './mentoring-matching.ts';
import { tourMentoringWorkspace } from './audit-tour.mentoring-workspace.ts';
import { tourMentoringProgrammes } from './mentoring-programmes.ts';
import { secretFor } from '../platform/auth/secrets.ts';
import { decryptTotpSecret } from '../platform/auth/totp-crypto.ts';
import { AddressedClient, createUser, currentTotpCode, signIn } from './users.ts';
import { tourMentoringSessions } from './mentoring-sessions.ts';

// Every write that succeeds leaves an audit row: a tour posts one valid form to every POST route of the
// application and counts the audit rows each left. Sign-in, sign-out and the one-time links included: each is
// toured with a form that changes something (a known address on "forgot password"; an unknown one changes nothing
// and so leaves nothing, see password.test.ts).

/** The path of the newest one-time link mailed to an address (`password/reset`, `invitation`, `register/confirm`). */
async function mailedLink(db: TestApp['conn']['db'], to: string, path: string): Promise<string> {
  const mails = await db
    .selectFrom('mail_outbox')
    .select('body_text')
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .execute();
  for (const m of mails) {
    const found = new RegExp(`https?://[^/\\s]+(/[a-z]{2}/${path}/[A-Za-z0-9_-]+)`).exec(m.body_text);
    if (found) return found[1]!;
  }
  throw new Error(`no ${path} link mailed to ${to}`);
}

// POST routes that compute an answer and store nothing (a calculator posts so that its answers stay out of URLs
// and logs); the tour posts each and checks that it left no row at all.
const STORES_NOTHING: Record<string, string> = {
  'POST /:locale/m/:municipality/housing/check': 'the anonymous eligibility check: each step re-renders the next',
  'POST /api/v1/housing/eligibility': 'the eligibility check as JSON',
  'POST /:locale/m/:municipality/appointments/code':
    'finding a booking by its code: a read (POST keeps the code out of URLs)',
  'POST /consent': "a reader's consent to a third-party host: a cookie in their browser, nothing on the server",
  'POST /consent/forget': 'withdrawing that consent: the cookie is changed or removed, nothing on the server',
};

// A test-only module whose one write skips the use-case primitive: the check must name it.
const careless: ModuleManifest = {
  name: 'careless',
  routes: (async (app) => {
    app.post(
      '/:locale/careless',
      { schema: { params: localeParams }, config: { access: PUBLIC, csrf: false } },
      async (_req, reply) => reply.redirect('/de/', 303),
    );
  }) satisfies FastifyPluginAsync,
};

describe('audit trail of writes', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp({}, [careless], { demo: true });
  });
  after(() => t.close());

  test('every POST route that succeeds leaves a new audit row', async (ctx) => {
    const db = t.conn.db;
    const m = await db.selectFrom('municipalities').select('id').where('slug', '=', 'meppen').executeTakeFirstOrThrow();
    const admin = await signedInClient(t.app, db, {
      email: 'tour-admin@example.test',
      municipalityId: m.id,
      roles: MUNICIPAL_ROLES,
    });
    const state = await signedInClient(t.app, db, {
      email: 'tour-state@example.test',
      municipalityId: null,
      roles: ['state_admin'],
    });
    await admin.get('/de/m/meppen/admin/quartiere/new');
    await state.get('/de/state/municipalities');
    const writes: TourWrite[] = [];
    const post = async (c: typeof admin, route: string, url: string, form: Record<string, string>) => {
      writes.push(await postAudited(db, c, route, url, form));
    };
    const base = '/de/m/meppen/admin';
    const q = '/:locale/m/:municipality/admin';

    await post(admin, `POST ${q}/quartiere`, `${base}/quartiere`, { name: 'Tour', slug: 'tour', sourceLocale: 'de' });
    const quartier = await db.selectFrom('quartiere').select('id').where('slug', '=', 'tour').executeTakeFirstOrThrow();
    const qForm = { name: 'Tour 2', slug: 'tour', sourceLocale: 'de', areaDescription: 'Rund um den Platz' };
    await post(admin, `POST ${q}/quartiere/:id`, `${base}/quartiere/${quartier.id}`, qForm);
    await post(
      admin,
      `POST ${q}/quartiere/:id/translations/:lang`,
      `${base}/quartiere/${quartier.id}/translations/en`,
      { areaDescription: 'Around the square' },
    );
    await post(admin, `POST ${q}/providers`, `${base}/providers`, { name: 'Tour e. V.', kind: 'association' });
    const provider = await db
      .selectFrom('providers')
      .select('id')
      .where('name', '=', 'Tour e. V.')
      .executeTakeFirstOrThrow();
    const pForm = { name: 'Tour e. V.', kind: 'charity' };
    await post(admin, `POST ${q}/providers/:id`, `${base}/providers/${provider.id}`, pForm);
    const invite = { displayName: 'Tour Gast', email: 'tour-guest@example.test', role: 'counsellor', locale: 'de' };
    await post(admin, `POST ${q}/people/invite`, `${base}/people/invite`, invite);
    const volunteer = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', demoEmail('ehrenamt.meppen'))
      .executeTakeFirstOrThrow();
    await post(admin, `POST ${q}/people/grants`, `${base}/people/grants`, { userId: volunteer.id, role: 'landlord' });
    const grant = await db
      .selectFrom('role_assignments')
      .select('id')
      .where('user_id', '=', volunteer.id)
      .where('role', '=', 'landlord')
      .executeTakeFirstOrThrow();
    await post(admin, `POST ${q}/people/grants/:grantId/revoke`, `${base}/people/grants/${grant.id}/revoke`, {});
    await tourHousingOffice(db, admin, post);
    await tourCommunityEvents(db, admin, post);

    await housingApplyTour(db, admin, m.id, post);
    await tourCommunityRegistrations(db, admin, new AddressedClient(t.app), m.id, t.clock.now, post);
    await tourCommunityHelp(db, admin, m.id, post);
    await tourCommunityRooms(db, admin, m.id, post, (w) => writes.push(w));
    await tourCounsellingServices(db, admin, m.id, post);
    await tourCounsellingHours(db, admin, m.id, 'tour-admin@example.test', post);
    await tourCounsellingInterpreters(db, admin, m.id, post);
    await tourCounsellingAppointments(db, new AddressedClient(t.app), m.id, t.clock.now, post);
    await tourCounsellingDay(db, admin, 'tour-admin@example.test', t.clock.now, post);
    await tourWelcomeTranslations(db, admin, m.id, t.config, post);
    await tourWelcomePlaces(db, admin, m.id, post);
    await tourWelcomeGuide(db, admin, m.id, post);
    await tourWelcomePractice(db, admin, state, post);
    await tourMentoringCertificates(db, admin, m.id, 'tour-admin@example.test', post);
    await tourMentoringMatching(db, admin, m.id, 'tour-admin@example.test', post);
    await tourMentoringSessions(db, admin, m.id, 'tour-admin@example.test', post);
    await tourMentoringWorkspace(db, t.app, admin, 'tour-admin@example.test', m.id, t.clock.now, post);
    const mentee = await createUser(db, { email: 'tour-mentee@example.test' });
    const menteeClient = new AddressedClient(t.app);
    await signIn(menteeClient, 'de', mentee.email, mentee.password);
    await tourMentoringProgrammes(db, admin, menteeClient, m.id, t.clock.now, post);

    const mForm = { name: 'Tourstadt', district: 'Landkreis Tour', ags: '03999999', slug: 'tourstadt' };
    await post(state, 'POST /:locale/state/municipalities', '/de/state/municipalities', mForm);
    const adminInvite = { displayName: 'Tour Admin', email: 'tour-admin-2@example.test', locale: 'de' };
    const stateInvite = '/de/state/municipalities/tourstadt/invite';
    await post(state, 'POST /:locale/state/municipalities/:municipality/invite', stateInvite, adminInvite);

    const visitor = new AddressedClient(t.app);
    await visitor.get('/de/feedback');
    const feedback = { message: 'Die Tour war gut.', municipality: 'meppen' };
    await post(visitor, 'POST /:locale/feedback', '/de/feedback', feedback);
    const item = await db
      .selectFrom('feedback')
      .select('id')
      .where('municipality_id', '=', m.id)
      .executeTakeFirstOrThrow();
    const status = `${base}/feedback/${item.id}/status`;
    await admin.get(`${base}/feedback/${item.id}`);
    await post(admin, `POST ${q}/feedback/:id/status`, status, { status: 'done' });
    const team = { email: 'team@meppen.example' };
    await post(admin, `POST ${q}/feedback/team-address`, `${base}/feedback/team-address`, team);
    const stateItem = await db
      .selectFrom('feedback')
      .select('id')
      .where('municipality_id', 'is', null)
      .executeTakeFirst();
    if (stateItem) {
      const url = `/de/state/feedback/${stateItem.id}/status`;
      await post(state, 'POST /:locale/state/feedback/:id/status', url, { status: 'done' });
    }
    await visitor.get('/de/register');
    const account = {
      displayName: 'Tour Gast',
      email: 'tour-resident@example.test',
      password: 'ein langes Passwort 42',
    };
    await post(visitor, 'POST /:locale/register', '/de/register', account);
    // A registered address signs in only after its confirmation link; a confirmed resident enrols a second factor.
    const resident = await createUser(db, { email: 'tour-resident-2@example.test' });
    const member = new AddressedClient(t.app);
    await signIn(member, 'de', resident.email, resident.password);
    await member.get('/de/account/totp');
    const { totp_secret } = await db
      .selectFrom('users')
      .select('totp_secret')
      .where('email', '=', resident.email)
      .executeTakeFirstOrThrow();
    const key = await secretFor(db, 'totp-encryption', t.config.totpKey);
    const code = currentTotpCode(member, decryptTotpSecret(key, totp_secret!));
    await post(member, 'POST /:locale/account/totp', '/de/account/totp', { code, next: '/de/account' });

    if (!writes.some((w) => w.route === 'POST /:locale/state/feedback/:id/status')) {
      await post(visitor, 'POST /:locale/feedback', '/de/feedback', { message: 'Ohne Kommune.' });
      const none = await db
        .selectFrom('feedback')
        .select('id')
        .where('municipality_id', 'is', null)
        .executeTakeFirstOrThrow();
      const url = `/de/state/feedback/${none.id}/status`;
      await post(state, 'POST /:locale/state/feedback/:id/status', url, { status: 'done' });
    }

    // Housing flats: list, change, move, translate, add and remove a photo.
    const wohnbau = await db
      .selectFrom('providers')
      .select('id')
      .where('municipality_id', '=', m.id)
      .where('name', 'like', 'Emsland Wohnbau%')
      .executeTakeFirstOrThrow();
    const flatForm = {
      providerId: wohnbau.id,
      title: 'Tourwohnung',
      street: 'Tourweg 1',
      postcode: '49716',
      city: 'Meppen',
      rooms: '2',
      areaM2: '50',
      floor: '0',
      coldRent: '400',
      availableFrom: '2027-02-01',
      sourceLocale: 'de',
    };
    const fq = `${q}/housing/flats`;
    await post(admin, `POST ${fq}`, `${base}/housing/flats`, flatForm);
    const tourFlat = await db
      .selectFrom('housing_flats')
      .select('id')
      .where('street', '=', 'Tourweg 1')
      .executeTakeFirstOrThrow();
    const flatUrl = `${base}/housing/flats/${tourFlat.id}`;
    await post(admin, `POST ${fq}/:id`, flatUrl, { ...flatForm, coldRent: '410' });
    await post(admin, `POST ${fq}/:id/status`, `${flatUrl}/status`, { status: 'published' });
    await post(admin, `POST ${fq}/:id/texts/:lang`, `${flatUrl}/texts/en`, { title: 'Tour flat' });
    const photoBefore = writes.length;
    const boundary = 'tour-boundary';
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const multipart = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${admin.csrf}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="alt"\r\n\r\nEin Punkt\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="p.png"\r\n`),
      Buffer.from('Content-Type: image/png\r\n\r\n'),
      png,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const auditRows = async () =>
      Number(
        (
          await db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const rowsBefore = await auditRows();
    const uploaded = await admin.request({
      method: 'POST',
      url: `${flatUrl}/photos`,
      payload: multipart,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    writes.push({
      route: `POST ${fq}/:id/photos`,
      url: `${flatUrl}/photos`,
      status: uploaded.statusCode,
      newAuditRows: (await auditRows()) - rowsBefore,
    });
    assert.equal(writes.length, photoBefore + 1);
    const tourPhoto = await db
      .selectFrom('housing_flat_photos')
      .select('id')
      .where('flat_id', '=', tourFlat.id)
      .executeTakeFirstOrThrow();
    await post(admin, `POST ${fq}/:id/photos/:photo/delete`, `${flatUrl}/photos/${tourPhoto.id}/delete`, {});
    await post(state, 'POST /:locale/state/housing/rules/:kind', '/de/state/housing/rules/wbs', {
      validFrom: '2031-01-01',
      onePerson: '23000',
      twoPersons: '31000',
      perFurtherMember: '4000',
      perChild: '4000',
    });
    await admin.get(`${base}/housing/rent-limits`);
    const rent = { validFrom: '2031-01-01', rent1: '450', rent2: '540', rent3: '640', rent4: '740', rent5: '840' };
    await post(admin, `POST ${q}/housing/rent-limits`, `${base}/housing/rent-limits`, {
      ...rent,
      rent6: '940',
      officeName: 'Stadt Meppen',
    });
    const check = {
      step: '3',
      adults: '1',
      children: '0',
      grossIncome: '20000',
      benefits: 'no',
      residence: 'free-movement',
    };
    await visitor.get('/de/m/meppen/housing/check');
    const calm = [await postAudited(db, visitor, 'check', '/de/m/meppen/housing/check', check)];
    const api = await t.app.inject({
      method: 'POST',
      url: '/api/v1/housing/eligibility',
      payload: {
        adults: 1,
        children: 0,
        singleParent: false,
        disabledMembers: 0,
        annualIncome: 1,
        residence: 'free-movement',
      },
    });
    assert.equal(api.statusCode, 200);
    assert.deepEqual(
      calm.map((w) => [w.status, w.newAuditRows]),
      [[200, 0]],
    );

    // Sign-in with a second factor, replacing the authenticator, sign-out: one person's session, each recorded.
    const staffer = await createUser(db, { email: 'tour-staff@example.test', totp: true });
    const desk = new AddressedClient(t.app);
    await desk.get('/de/login');
    const signInForm = { email: staffer.email, password: staffer.password };
    await post(desk, 'POST /:locale/login', '/de/login', signInForm);
    await desk.get('/de/login/totp');
    const staffCode = currentTotpCode(desk, staffer.totpSecret!);
    await post(desk, 'POST /:locale/login/totp', '/de/login/totp', { code: staffCode, next: '/de/me' });
    // A code is good once per 30-second step: the replacement is confirmed with the next one.
    t.clock.now = new Date(t.clock.now.getTime() + 30_000);
    const replaceCode = currentTotpCode(desk, staffer.totpSecret!);
    await post(desk, 'POST /:locale/account/totp/replace', '/de/account/totp/replace', { code: replaceCode });
    await post(desk, 'POST /:locale/logout', '/de/logout', {});

    // The one-time links: a reset asked for a known address, the registration's confirmation, the invitation.
    const stranger = new AddressedClient(t.app);
    await stranger.get('/de/password/forgot');
    await post(stranger, 'POST /:locale/password/forgot', '/de/password/forgot', { email: staffer.email });
    const reset = await mailedLink(db, staffer.email, 'password/reset');
    await stranger.get(reset);
    const newPassword = { password: 'ein neues langes Passwort 43' };
    await post(stranger, 'POST /:locale/password/reset/:token', reset, newPassword);
    const confirm = await mailedLink(db, account.email, 'register/confirm');
    const newcomer = new AddressedClient(t.app);
    await newcomer.get(confirm);
    const confirmForm = { password: account.password };
    await post(newcomer, 'POST /:locale/register/confirm/:token', confirm, confirmForm);
    const invitation = await mailedLink(db, invite.email, 'invitation');
    const guest = new AddressedClient(t.app);
    await guest.get(invitation);
    const accept = { displayName: 'Tour Gast', password: 'ein langes Gastpasswort 44' };
    await post(guest, 'POST /:locale/invitation/:token', invitation, accept);

    await post(visitor, 'POST /:locale/careless', '/de/careless', {});

    const failed = writes.filter((w) => w.status >= 400);
    assert.deepEqual(failed, [], 'the tour itself must succeed');
    // The check names the test-only route that skips the primitive, and nothing else.
    assert.deepEqual(
      unauditedWrites(writes).map((w) => w.route),
      ['POST /:locale/careless'],
    );
    // Every POST route of the application is in the tour.
    const toured = new Set(writes.map((w) => w.route));
    const routes = probedRoutes(t.app)
      .filter((r) => r.method === 'POST')
      .map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(
      routes.filter((r) => !toured.has(r) && !(r in STORES_NOTHING)),
      [],
      'POST routes the audit tour does not cover',
    );
    ctx.diagnostic(`${writes.length} writes toured, covering ${routes.length} POST routes`);
  });

  test('the audit rows of use cases name actor, subject and a summary without the free text typed', async () => {
    const rows = await t.conn.db
      .selectFrom('audit_log')
      .select(['subject_type', 'action', 'actor_user_id', 'changes'])
      .where('subject_type', 'in', ['directory.quartier', 'site.feedback'])
      .execute();
    assert.ok(rows.some((r) => r.subject_type === 'directory.quartier' && r.action === 'update'));
    const text = JSON.stringify(rows.map((r) => r.changes));
    for (const typed of ['Rund um den Platz', 'Die Tour war gut.', 'Tour 2']) assert.ok(!text.includes(typed), typed);
    assert.ok(rows.filter((r) => r.subject_type === 'directory.quartier').every((r) => r.actor_user_id !== null));
    // Sign-in and sign-out name the person as actor; account rows carry ids and codes, never what was typed.
    const account = await t.conn.db
      .selectFrom('audit_log')
      .select(['subject_type', 'action', 'actor_user_id', 'subject_id', 'changes'])
      .where('subject_type', 'like', 'account.%')
      .execute();
    const sessions = account.filter((r) => r.subject_type === 'account.session');
    assert.deepEqual([...new Set(sessions.map((r) => r.action))].sort(), ['create', 'delete', 'update']);
    assert.ok(sessions.every((r) => r.actor_user_id !== null && r.actor_user_id === r.subject_id));
    const accountText = JSON.stringify(account.map((r) => r.changes));
    for (const typed of ['ein neues langes Passwort 43', 'ein langes Gastpasswort 44', 'Tour Gast']) {
      assert.ok(!accountText.includes(typed), typed);
    }
    assert.doesNotMatch(accountText, /[A-Za-z0-9_-]{40,}/, 'no token in an audit row');
    const subjects = new Set(t.app.manifests.flatMap((m) => m.auditSubjects ?? []));
    const all = await t.conn.db.selectFrom('audit_log').select('subject_type').distinct().execute();
    for (const { subject_type } of all) assert.ok(subjects.has(subject_type), `${subject_type} is in no manifest`);
  });
});
