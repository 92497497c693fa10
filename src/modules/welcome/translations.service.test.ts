import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tenant } from '../../platform/db/tenant.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { testDatabase } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { fixturePage, saveGerman } from './translations.fixtures.ts';
import { saveTranslation } from './translations.service.ts';

// Two editors saving the same language at once (on PostgreSQL truly at once): both saves are kept as versions
// n+1 and n+2, none fails on the version's key.

describe('saving translations at the same time', () => {
  const t = fixture(() => testDatabase({ demo: true }));

  test('two concurrent first saves of one language both land, as versions 1 and 2', async () => {
    const db = t().db;
    const m = await db.selectFrom('municipalities').select('id').where('slug', '=', 'meppen').executeTakeFirstOrThrow();
    const page = await fixturePage(db, m.id, { slug: 'probe-gleichzeitig' });
    await saveGerman(db, m.id, page, { title: 'Gleichzeitig', body: '<p>Ein Text.</p>' }, new Date());
    const call = { db, tenant: tenant(m.id), actor: null, requestId: null, now: new Date() };
    const save = (title: string) =>
      runUseCase('test.translation.save', call, (uc) =>
        saveTranslation(uc, page, 'en', { title, stillCurrent: false }),
      );
    assert.deepEqual(await Promise.all([save('At the same time'), save('Simultaneously')]), ['saved', 'saved']);
    const versions = await db
      .selectFrom('welcome_guide_versions')
      .select(['version', 'title'])
      .where('page_id', '=', page)
      .where('locale', '=', 'en')
      .orderBy('version')
      .execute();
    assert.deepEqual(
      versions.map((v) => v.version),
      [1, 2],
    );
    const text = await db
      .selectFrom('welcome_guide_texts')
      .select(['version', 'title'])
      .where('page_id', '=', page)
      .where('locale', '=', 'en')
      .executeTakeFirstOrThrow();
    assert.equal(text.version, 2);
    assert.equal(text.title, versions[1]!.title);
  });
});
