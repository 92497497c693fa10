import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { tenant } from '../../platform/db/tenant.ts';
import type { Connection } from '../../platform/db/connection.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { JobRegistry, runDueJobs } from '../../platform/jobs/queue.ts';
import { runUseCase, type UseCase } from '../../platform/usecase/run-use-case.ts';
import { appMessages } from '../../testing/app.ts';
import { insertMunicipality, testDatabase, truncate } from '../../testing/db.ts';
import { housing } from './index.ts';
import { addFlat, addHousehold, housingProvider } from './office.fixtures.ts';
import { confirmProposals } from './rounds.confirm.ts';
import { explainForHousehold } from './rounds.explain.ts';
import { AVAILABLE_POLICIES } from './rounds.policy.ts';
import { findRound, proposalsOf } from './rounds.repository.ts';
import { createRound, previewRound, ROUND_JOB, runRound } from './rounds.service.ts';

// The round's use cases on a real database (both engines): frozen inputs, preview, the inline run and the job with
// its progress, the comparison, confirmations with and without a deviation, and what the household may read.

const NOW = new Date('2026-12-01T10:00:00Z');
const translatorFor = (l: Locale) => appMessages().translator(l);

describe('matching rounds', () => {
  let conn: Connection;
  let meppen: string;
  let osnabrueck: string;
  let provider: string;
  let actor: string;
  before(async () => {
    conn = await testDatabase();
    meppen = await insertMunicipality(conn, 'meppen');
    osnabrueck = await insertMunicipality(conn, 'osnabrueck');
    provider = await housingProvider(conn.db, meppen);
    const user = await conn.db
      .insertInto('users')
      .values({ email: 'amt@meppen.test', display_name: 'Amt', password_hash: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    actor = user.id;
  });
  after(() => conn.close());
  beforeEach(() =>
    truncate(conn, [
      'housing_round_confirmations',
      'housing_round_proposals',
      'housing_round_unplaced',
      'housing_rounds',
      'housing_applications',
      'housing_household_members',
      'housing_households',
      'housing_flats',
      'jobs',
      'audit_log',
    ]),
  );

  const run = <T>(body: (uc: UseCase) => Promise<T>, m = meppen) =>
    runUseCase('test', { db: conn.db, tenant: tenant(m), actor, requestId: null, now: NOW }, body);
  const all = { title: 'Runde', policy: AVAILABLE_POLICIES[0]!, households: null, flats: null };

  test('a round freezes its inputs and the version of the rules in force; later changes do not reach it', async () => {
    const h = await addHousehold(conn.db, meppen, { urgency: 2 });
    await addFlat(conn.db, meppen, provider);
    await addFlat(conn.db, meppen, provider, { status: 'draft' });
    const id = await run((uc) => createRound(uc, all));
    await conn.db.updateTable('housing_households').set({ urgency: 0 }).where('id', '=', h).execute();
    const round = await findRound(conn.db, tenant(meppen), id);
    assert.equal(round?.status, 'draft');
    assert.match(round?.rule_version ?? '', /^wbs:\d{4}-\d{2}-\d{2};.*space:/, 'the version of the rules in force');
    assert.equal(round?.input.households.length, 1);
    assert.equal(round?.input.households[0]?.urgency, 2, 'the frozen input keeps the urgency the round saw');
    assert.equal(round?.input.flats.length, 1, 'only published flats are free');
    const preview = await run((uc) => previewRound(uc, id));
    assert.deepEqual(preview, { households: 1, flats: 1, feasiblePairs: 1, withoutFlat: 0 });
  });

  test('choosing households and flats narrows the round; choosing none is refused with the field named', async () => {
    const a = await addHousehold(conn.db, meppen);
    await addHousehold(conn.db, meppen);
    const f = await addFlat(conn.db, meppen, provider);
    const id = await run((uc) => createRound(uc, { ...all, households: [a], flats: [f] }));
    assert.equal((await findRound(conn.db, tenant(meppen), id))?.input.households.length, 1);
    await assert.rejects(
      run((uc) => createRound(uc, { ...all, households: [] })),
      (e: unknown) => e instanceof AppError && e.status === 422 && 'households' in e.fields,
    );
  });

  test('an inline run stores proposals, the unplaced and every policy side by side', async () => {
    const urgent = await addHousehold(conn.db, meppen, { urgency: 3, waitingSince: '2026-11-01' });
    const other = await addHousehold(conn.db, meppen, { urgency: 0, waitingSince: '2020-01-01' });
    await addFlat(conn.db, meppen, provider);
    const id = await run((uc) => createRound(uc, all));
    assert.equal(await run((uc) => runRound(uc, id, 'priority')), 'run');
    const round = await findRound(conn.db, tenant(meppen), id);
    assert.equal(round?.status, 'run');
    assert.equal(round?.progress, 100);
    assert.deepEqual(
      round?.comparison?.map((c) => c.policy),
      [...AVAILABLE_POLICIES],
    );
    const priority = round?.comparison?.find((c) => c.policy === 'priority');
    assert.deepEqual(
      priority?.byUrgency.find((g) => g.level === 3),
      { level: 3, households: 1, placed: 1 },
    );
    const proposals = await proposalsOf(conn.db, tenant(meppen), id);
    assert.deepEqual(
      proposals.map((p) => p.household_id),
      [urgent],
    );
    assert.ok(proposals[0]!.explanation.urgency > 0);
    const unplaced = await conn.db.selectFrom('housing_round_unplaced').selectAll().execute();
    assert.equal(unplaced[0]?.household_id, other);
    assert.equal(unplaced[0]?.reason.code, 'outscored');
  });

  test('a large round runs as a job on the queue, with its progress written as it goes', async () => {
    for (let i = 0; i < 3; i++) await addHousehold(conn.db, meppen, { urgency: i });
    for (let i = 0; i < 2; i++) await addFlat(conn.db, meppen, provider);
    const id = await run((uc) => createRound(uc, all));
    assert.equal(await run((uc) => runRound(uc, id, 'optimal', 0)), 'queued');
    const queued = await findRound(conn.db, tenant(meppen), id);
    assert.equal(queued?.status, 'queued');
    assert.equal(queued?.progress, 0);
    const job = await conn.db.selectFrom('jobs').selectAll().where('kind', '=', ROUND_JOB).executeTakeFirstOrThrow();
    assert.equal(job.id, queued?.job_id);
    // The queue stamps jobs with the database's clock: run them a moment after it.
    const later = new Date(Date.now() + 60_000);
    const result = await runDueJobs(conn.db, later, { registry: JobRegistry.from([housing]) });
    assert.deepEqual(result, { done: 1, retried: 0, dead: 0 });
    const done = await findRound(conn.db, tenant(meppen), id);
    assert.equal(done?.status, 'run');
    assert.equal(done?.progress, 100);
    assert.equal((await proposalsOf(conn.db, tenant(meppen), id)).length, 2);
    // Progress went through steps, each audited: running at 5 %, then after each policy.
    const steps = await conn.db
      .selectFrom('audit_log')
      .select('changes')
      .where('subject_type', '=', 'housing.round')
      .where('subject_id', '=', id)
      .orderBy('at')
      .execute();
    const progress = steps.map((s) => s.changes?.after?.progress).filter((p) => p !== undefined);
    assert.deepEqual(progress.slice(0, 2), [5, 5 + Math.floor(90 / AVAILABLE_POLICIES.length)]);
    // Delivered again (at least once): the finished round is left alone.
    await conn.db.updateTable('jobs').set({ status: 'queued', run_at: NOW }).where('id', '=', job.id).execute();
    await runDueJobs(conn.db, later, { registry: JobRegistry.from([housing]) });
    assert.equal((await findRound(conn.db, tenant(meppen), id))?.status, 'run');
  });

  test('a confirmed proposal becomes an offer with the reason in the household language', async () => {
    const h = await addHousehold(conn.db, meppen, { urgency: 2, locale: 'ar' });
    const f = await addFlat(conn.db, meppen, provider);
    const id = await run((uc) => createRound(uc, all));
    await run((uc) => runRound(uc, id, 'optimal'));
    assert.equal(await explainForHousehold(conn.db, tenant(meppen), h, 'ar'), null, 'nothing before a person decides');
    assert.equal(await run((uc) => confirmProposals(uc, id, [{ householdId: h }], translatorFor)), 1);
    const app = await conn.db.selectFrom('housing_applications').selectAll().executeTakeFirstOrThrow();
    assert.equal(app.status, 'offered');
    assert.equal(app.round_id, id);
    assert.equal(app.flat_id, f);
    assert.match(app.offer_reason ?? '', /[\u0600-\u06FF]/, 'the reason is written in Arabic');
    const c = await conn.db.selectFrom('housing_round_confirmations').selectAll().executeTakeFirstOrThrow();
    assert.equal(c.confirmed_by_user_id, actor);
    assert.equal(c.override_reason, null);
    assert.equal((await findRound(conn.db, tenant(meppen), id))?.status, 'confirmed_fully');
    const why = await explainForHousehold(conn.db, tenant(meppen), h, 'ar');
    assert.equal(why?.kind, 'offer');
    assert.ok(why?.lines.some((l) => l.key === 'matching.score.urgency'));
    // Confirmed rounds are not re-run.
    await assert.rejects(
      run((uc) => runRound(uc, id, 'optimal')),
      (e: unknown) => e instanceof AppError && e.status === 409,
    );
  });

  test('passing over a higher-ranked household needs a recorded reason; the passed-over one reads why not yet', async () => {
    // The optimal fit gives the only flat to the long-waiting standard household over the raised-urgency newcomer.
    const newcomer = await addHousehold(conn.db, meppen, { urgency: 1, waitingSince: '2026-11-20' });
    const longWaiting = await addHousehold(conn.db, meppen, { urgency: 0, waitingSince: '2020-01-01' });
    await addFlat(conn.db, meppen, provider);
    const id = await run((uc) => createRound(uc, all));
    await run((uc) => runRound(uc, id, 'optimal'));
    const [p] = await proposalsOf(conn.db, tenant(meppen), id);
    assert.equal(p?.household_id, longWaiting);
    await assert.rejects(
      run((uc) => confirmProposals(uc, id, [{ householdId: longWaiting }], translatorFor)),
      (e: unknown) =>
        e instanceof AppError && e.status === 422 && e.fields.reason?.key === 'housing.office.confirm.reasonNeeded',
    );
    const reason = 'Langes Warten, Kündigung zum Jahresende';
    await run((uc) => confirmProposals(uc, id, [{ householdId: longWaiting, reason }], translatorFor));
    const c = await conn.db.selectFrom('housing_round_confirmations').selectAll().executeTakeFirstOrThrow();
    assert.equal(c.override_reason, reason);
    const audit = await conn.db
      .selectFrom('audit_log')
      .select('changes')
      .where('subject_type', '=', 'housing.round')
      .where('actor_user_id', '=', actor)
      .execute();
    const confirmation = audit.find((a) => a.changes?.after?.confirmed === longWaiting);
    assert.equal(confirmation?.changes?.after?.override, true);
    assert.equal(confirmation?.changes?.after?.passedOver, 1);
    assert.ok(!JSON.stringify(audit).includes(reason), 'the audit marks the reason, never its words');
    const why = await explainForHousehold(conn.db, tenant(meppen), newcomer, 'de');
    assert.equal(why?.kind, 'notYet');
    assert.equal(why?.lines[0]?.key, 'matching.reason.outscored');
  });

  test('offering another flat needs a reason and a flat that fits; a let flat is never offered', async () => {
    const h = await addHousehold(conn.db, meppen, { rentEuros: 600 });
    const f1 = await addFlat(conn.db, meppen, provider, { coldEuros: 300 });
    const f2 = await addFlat(conn.db, meppen, provider, { coldEuros: 350 });
    const pricey = await addFlat(conn.db, meppen, provider, { coldEuros: 900 });
    const id = await run((uc) => createRound(uc, all));
    await run((uc) => runRound(uc, id, 'optimal'));
    const proposed = (await proposalsOf(conn.db, tenant(meppen), id))[0]!.flat_id;
    const other = proposed === f1 ? f2 : f1;
    const refused = (field: string) => (e: unknown) => e instanceof AppError && e.status === 422 && field in e.fields;
    await assert.rejects(
      run((uc) => confirmProposals(uc, id, [{ householdId: h, flatId: other }], translatorFor)),
      refused('reason'),
    );
    const reason = 'Erdgeschoss wegen Knieoperation besser';
    await assert.rejects(
      run((uc) => confirmProposals(uc, id, [{ householdId: h, flatId: pricey, reason }], translatorFor)),
      refused('flatId'),
    );
    await run((uc) => confirmProposals(uc, id, [{ householdId: h, flatId: other, reason }], translatorFor));
    const app = await conn.db.selectFrom('housing_applications').selectAll().executeTakeFirstOrThrow();
    assert.equal(app.flat_id, other);
  });

  test('a flat given away by a deviation is not offered a second time in the round', async () => {
    const a = await addHousehold(conn.db, meppen);
    const b = await addHousehold(conn.db, meppen);
    await addFlat(conn.db, meppen, provider);
    await addFlat(conn.db, meppen, provider);
    const id = await run((uc) => createRound(uc, all));
    await run((uc) => runRound(uc, id, 'optimal'));
    const proposals = await proposalsOf(conn.db, tenant(meppen), id);
    const flatOf = (h: string) => proposals.find((p) => p.household_id === h)!.flat_id;
    const reason = 'Tausch auf Wunsch beider Haushalte';
    await run((uc) => confirmProposals(uc, id, [{ householdId: a, flatId: flatOf(b), reason }], translatorFor));
    await assert.rejects(
      run((uc) => confirmProposals(uc, id, [{ householdId: b }], translatorFor)),
      (e: unknown) => e instanceof AppError && e.status === 409,
    );
  });

  test("one municipality's round is unknown under another's tenant", async () => {
    await addHousehold(conn.db, meppen);
    await addFlat(conn.db, meppen, provider);
    const id = await run((uc) => createRound(uc, all));
    await assert.rejects(
      run((uc) => previewRound(uc, id), osnabrueck),
      (e: unknown) => e instanceof AppError && e.status === 404,
    );
    await assert.rejects(
      run((uc) => createRound(uc, all), osnabrueck),
      (e: unknown) => e instanceof AppError && e.status === 422,
    );
  });
});
