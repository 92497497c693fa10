import { AppError } from '../../platform/http/app-error.ts';
import { listPeople } from '../../platform/identity/grants.repository.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import type { ApplicationMailEnv } from './applications.mail.ts';
import { lockCycle } from './applications.repository.ts';
import { type CycleScope, promoteWaitlist } from './applications.service.ts';
import type { CycleRow, ProgrammeRow } from './core.repository.ts';
import { PROGRAMME_STAFF_ROLES } from './mentoring.policy.ts';
import {
  type CycleValues,
  insertCycle,
  insertProgramme,
  type ProgrammeValues,
  replaceStaff,
  saveSourceText,
  saveTranslation,
  slugTaken,
  textsOfProgramme,
  updateCycle,
  updateProgramme,
} from './programmes.admin.repository.ts';
import type { CycleForm, ProgrammeForm, ProgrammeTextForm } from './programmes.schema.ts';
import { takenPlaces } from './programmes.repository.ts';
import { PROGRAMME_SOURCE_LOCALE, programmeContentTexts } from './programmes.texts.ts';

// The use cases of the staff forms: a programme (its German text, its organiser, what the matching asks for, its
// staff list), a translation of its title and aim, and a cycle (its dates, places and what counts). More places
// pass the waitlist on in order; fewer places than are taken are refused.

const fieldError = (field: string, key: string) =>
  new AppError('mentoring.programme.invalid', 422, key, {}, { [field]: { key } });

/** The people who may be on a programme's staff list: holders of a staff role in the municipality. */
export async function staffCandidates(db: Executor, t: Tenant) {
  const people = await listPeople(db, t);
  return people
    .filter((p) => p.grants.some((g) => (PROGRAMME_STAFF_ROLES as readonly string[]).includes(g.role) && !g.pending))
    .map((p) => ({ id: p.id, displayName: p.displayName }));
}

function values(v: ProgrammeForm): ProgrammeValues {
  return {
    slug: v.slug,
    organiser: v.organiser,
    asksPolitical: v.asksPolitical,
    womenTargetPercent: v.womenTargetPercent ?? null,
    contactEmail: v.contactEmail ?? null,
    active: v.active,
  };
}

async function checkedStaff(uc: UseCase, v: ProgrammeForm, always: string | null): Promise<string[]> {
  const allowed = new Set((await staffCandidates(uc.tx, useCaseTenant(uc))).map((p) => p.id));
  if (v.staff.some((id) => !allowed.has(id))) throw fieldError('staff', 'mentoring.programmes.error.choice');
  return [...new Set([...v.staff, ...(always ? [always] : [])])];
}

const audit = (v: ProgrammeValues, staff: number) => ({
  ...summarize(v, ['slug', 'asksPolitical', 'womenTargetPercent', 'active'], ['organiser', 'contactEmail']),
  staff,
});

/** A new programme; the person who creates it is on its staff list. */
export async function createProgramme(uc: UseCase, v: ProgrammeForm): Promise<string> {
  const t = useCaseTenant(uc);
  const staff = await checkedStaff(uc, v, uc.actor);
  const row = values(v);
  const id = await insertProgramme(uc.tx, t, row);
  if (!id) throw fieldError('slug', 'mentoring.programmes.error.slugTaken');
  await saveSourceText(uc.tx, t, id, v, uc.now);
  await replaceStaff(uc.tx, t, id, staff);
  uc.record({ action: 'create', subjectType: 'mentoring.programme', subjectId: id, after: audit(row, staff.length) });
  return id;
}

export async function changeProgramme(uc: UseCase, before: ProgrammeRow, v: ProgrammeForm): Promise<void> {
  const t = useCaseTenant(uc);
  const staff = await checkedStaff(uc, v, null);
  // A programme without staff could be run by nobody (its pages are for its staff only).
  if (staff.length === 0) throw fieldError('staff', 'mentoring.programmes.error.noStaff');
  const row = values(v);
  if (await slugTaken(uc.tx, t, row.slug, before.id)) throw fieldError('slug', 'mentoring.programmes.error.slugTaken');
  await updateProgramme(uc.tx, t, before.id, row, uc.now);
  await saveSourceText(uc.tx, t, before.id, v, uc.now);
  await replaceStaff(uc.tx, t, before.id, staff);
  uc.record({
    action: 'update',
    subjectType: 'mentoring.programme',
    subjectId: before.id,
    before: { slug: before.slug, active: before.active, asksPolitical: before.asksPolitical },
    after: audit(row, staff.length),
  });
}

/** The audit subject of a programme's translation (one per programme and language; the subject is the programme). */
export const PROGRAMME_TEXT_SUBJECT = 'mentoring.programme_text';

/**
 * Saves a programme's title and aim in a language other than German, with the hash of the German text as it is
 * now: the translation is current until the German changes. German itself is written by the programme's form.
 */
export async function translateProgramme(
  uc: UseCase,
  programme: ProgrammeRow,
  locale: string,
  v: ProgrammeTextForm,
): Promise<void> {
  if (locale === PROGRAMME_SOURCE_LOCALE) throw fieldError('title', 'mentoring.programmes.error.isSource');
  const t = useCaseTenant(uc);
  const texts = await textsOfProgramme(uc.tx, t, programme.id);
  const before = programmeContentTexts.stateOf(texts, PROGRAMME_SOURCE_LOCALE, locale);
  const hash = programmeContentTexts.translationHash(texts, PROGRAMME_SOURCE_LOCALE);
  await saveTranslation(
    uc.tx,
    t,
    programme.id,
    { locale, title: v.title, aim: v.description, sourceHash: hash },
    uc.now,
  );
  uc.record({
    action: before === 'missing' ? 'create' : 'update',
    subjectType: PROGRAMME_TEXT_SUBJECT,
    subjectId: programme.id,
    before: before === 'missing' ? null : { locale, state: before },
    after: { locale, sourceHash: hash, title: true, aim: true },
  });
}

const cycleValues = (v: CycleForm): CycleValues => ({ ...v });

export async function createCycle(uc: UseCase, programmeId: string, v: CycleForm): Promise<string> {
  const id = await insertCycle(uc.tx, useCaseTenant(uc), programmeId, cycleValues(v));
  uc.record({
    action: 'create',
    subjectType: 'mentoring.cycle',
    subjectId: id,
    after: summarize(v, ['applicationsOpen', 'applicationsClose', 'startsOn', 'endsOn', 'places', 'status'], ['name']),
  });
  return id;
}

/** Changes a cycle with its row locked: fewer places than are taken are refused, more promote the waitlist. */
export async function changeCycle(
  uc: UseCase,
  scope: CycleScope,
  v: CycleForm,
  mail: ApplicationMailEnv,
): Promise<void> {
  const t = useCaseTenant(uc);
  const before: CycleRow = scope.cycle;
  if (before.status === 'finished') throw fieldError('status', 'mentoring.programmes.error.finished');
  await lockCycle(uc.tx, t, before.id);
  const taken = await takenPlaces(uc.tx, t, before.id);
  if (v.places < taken)
    throw new AppError(
      'mentoring.cycle.places',
      422,
      'mentoring.programmes.error.placesTaken',
      { taken },
      {
        places: { key: 'mentoring.programmes.error.placesTaken', values: { taken } },
      },
    );
  await updateCycle(uc.tx, t, before.id, cycleValues(v), uc.now);
  uc.record({
    action: 'update',
    subjectType: 'mentoring.cycle',
    subjectId: before.id,
    before: { places: before.places, status: before.status, startsOn: before.startsOn, endsOn: before.endsOn },
    after: summarize(v, ['applicationsOpen', 'applicationsClose', 'startsOn', 'endsOn', 'places', 'status'], ['name']),
  });
  if (v.places > before.places) await promoteWaitlist(uc, { ...scope, cycle: { ...before, places: v.places } }, mail);
}
