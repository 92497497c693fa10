import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { queueMail } from '../platform/mail/outbox.ts';
import { MUNICIPAL_ROLES, signedInClient } from './access-matrix.ts';
import type { Client, TestApp } from './app.ts';
import { testApp } from './app.ts';
import { crawlForms, type FoundForm } from './crawl.ts';
import { fixture } from './fixture.ts';
import { housingApplicantFixture } from './housing-apply.ts';
import { guidePageToTranslate } from './welcome-translations.ts';
import { mentoringToRead } from './mentoring-programmes.ts';
import { welcomePlacesFormPages } from './audit-tour.welcome-places.ts';
import { guidePageInReview } from './welcome-guide.ts';
import { matchingFormPages } from './mentoring-matching.ts';
import { mentoringSessionsFormPages } from './mentoring-sessions.ts';
import { mentoringWorkspaceForms } from './audit-tour.mentoring-workspace.ts';

// The access matrix proves that Meppen's staff cannot open Osnabrück's URLs. This test goes further: it collects
// the real record ids of Osnabrück (by browsing as Osnabrück's staff) and replays them under Meppen's own URL,
// where Meppen's staff ARE allowed in. Only the repositories' tenant filter stands between them and the data:
// a query that forgets `municipality_id` fails here.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
// Every table that holds a `municipality_id` — found in the schema, so a new module's tables are covered
// without anyone remembering to list them.
async function tenantTables(t: TestApp): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select c.table_name from information_schema.columns c
      join information_schema.tables t using (table_schema, table_name)
     where c.table_schema = current_schema() and c.column_name = 'municipality_id' and t.table_type = 'BASE TABLE'
     order by c.table_name`.execute(t.conn.db);
  return rows.map((r) => r.table_name);
}

async function snapshot(t: TestApp, municipalityId: string): Promise<string> {
  const parts: string[] = [];
  for (const table of await tenantTables(t)) {
    // Reading the audit log writes to it; Osnabrück's own log must not grow from Meppen's requests either.
    const rows = await sql<
      Record<string, unknown>
    >`select * from ${sql.table(table)} where municipality_id = ${municipalityId} order by 1, 2`.execute(t.conn.db);
    parts.push(`${table}:${JSON.stringify(rows.rows)}`);
  }
  return parts.join('\n');
}

function benignBody(form: FoundForm, csrf: string): string {
  const params = new URLSearchParams();
  for (const f of form.fields)
    if (f.name !== '_csrf') params.append(f.name, f.type === 'email' ? 'x@example.org' : 'Probe');
  params.append('_csrf', csrf);
  return params.toString();
}

describe("one municipality's record ids under another municipality's URL", () => {
  const t = fixture(() => testApp({}, [], { demo: true }));
  let meppenStaff: Client;
  let osnabrueckId: string;
  let pages: string[] = [];
  let forms: FoundForm[] = [];
  before(async () => {
    const ids = await t().conn.db.selectFrom('municipalities').select(['id', 'slug']).execute();
    osnabrueckId = ids.find((m) => m.slug === 'osnabrueck')!.id;
    const meppenId = ids.find((m) => m.slug === 'meppen')!.id;
    // An Osnabrück flat with an applicant and a slot gives the applicant pages and their forms ids to replay.
    await housingApplicantFixture(t().conn.db, osnabrueckId);
    // A guide page with a Farsi machine translation: the translation editor and its three forms carry its id.
    await guidePageToTranslate(t().conn.db, osnabrueckId);
    // A place and a contact point of Osnabrück give the welcome module's staff pages ids to replay.
    const welcomeStarts = await welcomePlacesFormPages(t().conn.db, osnabrueckId, 'osnabrueck');
    // A guide page of Osnabrück in review: its edit page offers every write of the guide, publishing included.
    await guidePageInReview(t().conn.db, osnabrueckId);
    // The demo sends no mail; one in Osnabrück's outbox gives the mail pages an id to replay.
    await queueMail(t().conn.db, {
      to: 'someone@example.org',
      subject: 'Probe',
      text: 'Probe',
      municipalityId: osnabrueckId,
    });
    const osnabrueckStaff = await signedInClient(t().app, t().conn.db, {
      email: 'leak-osnabrueck@example.test',
      municipalityId: osnabrueckId,
      roles: MUNICIPAL_ROLES,
    });
    // A matching cycle of Osnabrück staffed by that person (also a mentee with a published pairing).
    const matchingStarts = await matchingFormPages(
      t().conn.db,
      osnabrueckId,
      'osnabrueck',
      'leak-osnabrueck@example.test',
    );
    // A running mentoring cycle of Osnabrück with this staff person on the programme's staff: its pairings page.
    const mentoring = await mentoringWorkspaceForms(
      t().app,
      t().conn.db,
      osnabrueckId,
      'osnabrueck',
      'leak-osnabrueck@example.test',
      t().clock.now,
    );
    const crawl = await crawlForms(
      osnabrueckStaff,
      [
        '/de/m/osnabrueck',
        '/de/m/osnabrueck/admin/quartiere',
        '/de/m/osnabrueck/admin/providers',
        '/de/m/osnabrueck/admin/people',
        '/de/m/osnabrueck/admin/outbox',
        '/de/m/osnabrueck/admin/audit',
        '/de/m/osnabrueck/admin/housing/applicants',
        '/de/m/osnabrueck/admin/housing/households',
        '/de/m/osnabrueck/admin/housing',
        '/de/m/osnabrueck/admin/events',
        '/de/m/osnabrueck/admin/registrations',
        '/de/m/osnabrueck/admin/rooms',
        '/de/m/osnabrueck/admin/bookings',
        '/de/m/osnabrueck/admin/help',
        '/de/m/osnabrueck/events',
        '/de/m/osnabrueck/rooms',
        '/de/m/osnabrueck/help',
        '/de/m/osnabrueck/counselling',
        '/de/m/osnabrueck/admin/counselling',
        '/de/m/osnabrueck/admin/counselling/interpreters',
        '/de/m/osnabrueck/admin/counselling/day',
        '/de/m/osnabrueck/admin/counselling/figures',
        '/de/m/osnabrueck/admin/guide/translations',
        '/de/m/osnabrueck/places',
        ...welcomeStarts,
        '/de/m/osnabrueck/guide',
        '/de/m/osnabrueck/admin/guide',
        '/de/m/osnabrueck/admin/practice',
        // The welcome search: its results link Osnabrück's guide pages and places.
        '/de/m/osnabrueck/search?q=Wohnberechtigungsschein',
        '/de/m/osnabrueck/search?q=Kita',
        ...matchingStarts,
        ...(await mentoringSessionsFormPages(t().conn.db, osnabrueckId, 'osnabrueck', 'leak-osnabrueck@example.test')),
        ...mentoring.staffPages,
        // A mentoring programme of Osnabrück run by this person: its staff pages, cycle and applications.
        ...(await mentoringToRead(
          t().conn.db,
          osnabrueckId,
          'osnabrueck',
          t().clock.now,
          'leak-osnabrueck@example.test',
        )),
      ],
      {
        prefix: '/de/m/osnabrueck/',
        maxPages: 200,
        skip: /\/logout\b/,
        sameShape: 3,
      },
    );
    pages = crawl.pages.filter((p) => UUID.test(p));
    forms = crawl.forms.filter((f) => UUID.test(f.action));
    meppenStaff = await signedInClient(t().app, t().conn.db, {
      email: 'leak-meppen@example.test',
      municipalityId: meppenId,
      roles: MUNICIPAL_ROLES,
    });
    await meppenStaff.get('/de/m/meppen/admin/quartiere'); // a form token for the posts below
  });

  test('the snapshot covers every tenant table, those of community and counselling among them', async () => {
    const tables = await tenantTables(t());
    for (const table of [
      'housing_households',
      'community_registrations',
      'community_bookings',
      'community_help_posts',
      'counselling_appointments',
      'counselling_contacts',
      'welcome_guide_texts',
    ])
      assert.ok(tables.includes(table), `${table} is not in the snapshot`);
  });

  test('Osnabrück has pages and forms that carry record ids (the probe has something to replay)', () => {
    assert.ok(pages.length >= 5, `only ${pages.length} pages with ids found`);
    assert.ok(forms.length >= 3, `only ${forms.length} forms with ids found`);
  });

  test('no page with an Osnabrück id opens under Meppen', async (ctx) => {
    ctx.diagnostic(`${pages.length} pages replayed`);
    const opened: string[] = [];
    for (const page of pages) {
      const url = page.replace('/m/osnabrueck/', '/m/meppen/');
      const res = await meppenStaff.get(url);
      if (res.statusCode < 300 || res.statusCode >= 500) opened.push(`${url} → ${res.statusCode}`);
    }
    assert.deepEqual(opened, []);
  });

  test('no form with an Osnabrück id changes anything under Meppen', async (ctx) => {
    ctx.diagnostic(`${forms.length} forms replayed`);
    const before = await snapshot(t(), osnabrueckId);
    const accepted: string[] = [];
    for (const form of forms) {
      const url = form.action.replace('/m/osnabrueck/', '/m/meppen/');
      const res = await meppenStaff.request({
        method: 'POST',
        url,
        payload: benignBody(form, meppenStaff.csrf),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      if (res.statusCode < 400 || res.statusCode >= 500) accepted.push(`${url} → ${res.statusCode}`);
    }
    assert.deepEqual(accepted, []);
    assert.equal(await snapshot(t(), osnabrueckId), before, "Osnabrück's data changed");
  });
});
