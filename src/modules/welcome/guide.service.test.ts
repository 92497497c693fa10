import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tenant } from '../../platform/db/tenant.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { runUseCase, type UseCaseCall } from '../../platform/usecase/run-use-case.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { guideDiff } from './guide.diff.ts';
import { guideContentTexts, shownGuideText } from './guide.read.ts';
import { guideTexts, guideVersions, listGuidePages, saveGuideText } from './guide.repository.ts';
import type { GuidePageInput } from './guide.schema.ts';
import { changeGuidePage, createGuidePage, moveGuidePage } from './guide.service.ts';
import { contentHash } from './guide.segments.ts';
import { guideTree } from './guide.tree.ts';
import './welcome.tables.ts';

describe('guide service: texts as versions, the tree, the workflow', () => {
  let m = '';
  const db = fixture(
    () => testDatabase(),
    async (c) => {
      m = await insertMunicipality(c, 'meppen');
    },
  );
  const call = (): UseCaseCall => ({
    db: db().db,
    tenant: tenant(m),
    actor: null,
    requestId: null,
    now: new Date('2026-12-01T10:00:00Z'),
  });
  const input = (over: Partial<GuidePageInput> = {}): GuidePageInput => ({
    title: 'Wohnung finden',
    body: '<p>Erst den WBS beantragen.</p>',
    slug: 'wohnung-finden',
    topic: 'housing',
    position: 0,
    ...over,
  });
  const create = (over: Partial<GuidePageInput> = {}) =>
    runUseCase('test.create', call(), (uc) => createGuidePage(uc, input(over)));
  const change = (id: string, over: Partial<GuidePageInput> = {}) =>
    runUseCase('test.change', call(), (uc) => changeGuidePage(uc, id, input(over)));
  const move = (id: string, status: string) => runUseCase('test.move', call(), (uc) => moveGuidePage(uc, id, status));
  const snapshot = async (id: string) => {
    const t = tenant(m);
    return JSON.stringify([await guideTexts(db().db, t, id), await guideVersions(db().db, t, id, 'de')]);
  };
  const fields = async (p: Promise<unknown>) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(err instanceof AppError && err.status === 422, `expected a 422, got ${String(err)}`);
    return Object.keys(err.fields);
  };

  test('a new page is a draft with its German text as version 1, cleaned', async () => {
    const id = await create({ slug: 'v-eins', body: '<p onclick="x()">Hallo</p><script>alert(1)</script>' });
    const [text] = await guideTexts(db().db, tenant(m), id);
    assert.equal(text?.version, 1);
    assert.equal(text?.body, '<p>Hallo</p>');
    const [page] = (await listGuidePages(db().db, tenant(m), { publishedOnly: false })).filter((p) => p.id === id);
    assert.equal(page?.status, 'draft');
    assert.equal((await listGuidePages(db().db, tenant(m), { publishedOnly: true })).length, 0);
  });

  test('saving the same title and body writes no version; a changed body writes version 2', async () => {
    const id = await create({ slug: 'versionen' });
    await change(id, { slug: 'versionen' });
    assert.equal((await guideVersions(db().db, tenant(m), id, 'de')).length, 1);
    await change(id, { slug: 'versionen', body: '<p>Erst den WBS beantragen.</p><p>Dann suchen.</p>' });
    const versions = await guideVersions(db().db, tenant(m), id, 'de');
    assert.deepEqual(
      versions.map((v) => v.version),
      [2, 1],
    );
    const [text] = await guideTexts(db().db, tenant(m), id);
    assert.equal(text?.version, 2);
    const diff = guideDiff(versions[1]!, versions[0]!);
    assert.deepEqual(
      diff.filter((l) => l.kind !== 'same'),
      [{ kind: 'added', text: 'Dann suchen.' }],
    );
  });

  test('moving a page and every status change leave its texts and versions untouched', async () => {
    const parent = await create({ slug: 'eltern', title: 'Eltern' });
    const id = await create({ slug: 'kind' });
    const before = await snapshot(id);
    await change(id, { slug: 'kind-neu', parentId: parent, position: 30, lastCheckedOn: '2026-11-30' });
    await move(id, 'review');
    await move(id, 'published');
    await move(id, 'draft');
    assert.equal(await snapshot(id), before);
    const rows = await db()
      .db.selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('subject_id', '=', id)
      .orderBy('at')
      .execute();
    assert.equal(rows.length, 5, 'create, move and three status changes are audited');
  });

  test('the workflow: publishing only after review, and back to draft', async () => {
    const id = await create({ slug: 'workflow' });
    assert.deepEqual(await fields(move(id, 'published')), ['status']);
    await move(id, 'review');
    await move(id, 'published');
    const pages = await listGuidePages(db().db, tenant(m), { publishedOnly: true });
    assert.ok(pages.some((p) => p.id === id && p.publishedAt !== null));
    assert.deepEqual(await fields(move(id, 'review')), ['status']);
    await move(id, 'draft');
    assert.ok(!(await listGuidePages(db().db, tenant(m), { publishedOnly: true })).some((p) => p.id === id));
  });

  test('a taken slug, an unknown parent and a parent cycle are refused per field', async () => {
    const a = await create({ slug: 'zyklus-a' });
    const b = await create({ slug: 'zyklus-b', parentId: a });
    const c = await create({ slug: 'zyklus-c', parentId: b });
    assert.deepEqual(await fields(create({ slug: 'zyklus-a' })), ['slug']);
    assert.deepEqual(await fields(change(a, { slug: 'zyklus-a', parentId: c })), ['parentId']);
    assert.deepEqual(await fields(change(a, { slug: 'zyklus-a', parentId: a })), ['parentId']);
    const unknown = '00000000-0000-4000-8000-000000000000';
    assert.deepEqual(await fields(change(a, { slug: 'zyklus-a', parentId: unknown })), ['parentId']);
    const tree = guideTree(await listGuidePages(db().db, tenant(m), { publishedOnly: false }));
    const housing = tree.find((x) => x.topic === 'housing')!;
    const top = housing.nodes.find((n) => n.page.id === a)!;
    assert.equal(top.children[0]?.page.id, b);
    assert.equal(top.children[0]?.children[0]?.page.id, c);
  });

  test('a translation: outdated once the German words change, not when only markup or place changes', async () => {
    const id = await create({ slug: 'uebersetzt' });
    const t = tenant(m);
    const de = (await guideTexts(db().db, t, id))[0]!;
    const en = {
      pageId: id,
      locale: 'en',
      title: 'Finding a flat',
      body: '<p>First apply for the WBS.</p>',
      sourceHash: contentHash(de.title, de.body),
      sourceVersion: de.version,
      machine: true,
      userId: null,
    };
    await db()
      .db.transaction()
      .execute((tx) => saveGuideText(tx, t, en));
    const again = await db()
      .db.transaction()
      .execute((tx) => saveGuideText(tx, t, { ...en, machine: false }));
    assert.deepEqual(again, { version: 1, created: false }, 'the same words again: no version');
    const texts = await guideTexts(db().db, t, id);
    assert.equal(texts.find((x) => x.locale === 'en')?.machine, false, 'the review mark is brought up to date');
    assert.equal(guideContentTexts.stateOf(texts, 'de', 'en'), 'current');
    await change(id, { slug: 'uebersetzt', body: '<p>Erst den <strong>WBS</strong> beantragen.</p>' });
    assert.equal(guideContentTexts.stateOf(await guideTexts(db().db, t, id), 'de', 'en'), 'current');
    await change(id, { slug: 'uebersetzt', body: '<p>Zuerst den WBS beantragen.</p>' });
    const now = await guideTexts(db().db, t, id);
    assert.equal(guideContentTexts.stateOf(now, 'de', 'en'), 'outdated');
    const shown = shownGuideText(now, 'en');
    assert.equal(shown?.outdated, true);
    assert.equal(shownGuideText(now, 'ar')?.missing, true);
  });
});
