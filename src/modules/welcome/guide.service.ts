import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { AppError, type FieldError, notFound } from '../../platform/http/app-error.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import {
  findGuidePage,
  type GuidePageRow,
  type GuidePageValues,
  guideAncestors,
  guidePageIdBySlug,
  insertGuidePage,
  saveGuideText,
  setGuidePageStatus,
  updateGuidePage,
} from './guide.repository.ts';
import type { GuidePageInput } from './guide.schema.ts';
import { SOURCE_LOCALE } from './welcome.tables.ts';

const SUBJECT = 'welcome.guide_page';
const KEEP = ['parentId', 'slug', 'topic', 'position', 'lastCheckedOn'] as const;

/** The moves of the publish workflow, from → allowed targets. Publishing comes only after review. */
const MOVES: Readonly<Record<string, readonly string[]>> = {
  draft: ['review'],
  review: ['draft', 'published'],
  published: ['draft'],
};

const invalidPage = (fields: Record<string, FieldError>): AppError =>
  new AppError('welcome.guide.invalid', 422, 'error.badRequest', {}, fields);

/** Checks what the schema cannot: a free slug, a parent of this municipality that is not the page or below it. */
async function valuesOf(db: Executor, t: Tenant, input: GuidePageInput, id: string | null): Promise<GuidePageValues> {
  const fields: Record<string, FieldError> = {};
  const holder = await guidePageIdBySlug(db, t, input.slug);
  if (holder && holder !== id) fields.slug = { key: 'welcome.guide.error.slugTaken' };
  const parentId = input.parentId ?? null;
  if (parentId) {
    const parent = await findGuidePage(db, t, parentId);
    if (!parent) fields.parentId = { key: 'validation.choice' };
    else if (id && (parentId === id || (await guideAncestors(db, t, parentId)).includes(id)))
      fields.parentId = { key: 'welcome.guide.error.cycle' };
  }
  if (Object.keys(fields).length > 0) throw invalidPage(fields);
  return {
    parentId,
    slug: input.slug,
    topic: input.topic,
    position: input.position,
    lastCheckedOn: input.lastCheckedOn ?? null,
  };
}

/** Adds a page as a draft, with its German text as version 1. */
export async function createGuidePage(uc: UseCase, input: GuidePageInput): Promise<string> {
  const t = useCaseTenant(uc);
  const v = await valuesOf(uc.tx, t, input, null);
  const id = await insertGuidePage(uc.tx, t, v);
  const text = await saveSource(uc, id, input);
  const after = { ...summarize(v, KEEP), status: 'draft', deVersion: text.version };
  uc.record({ action: 'create', subjectType: SUBJECT, subjectId: id, after });
  return id;
}

/** Changes a page's place, slug, date and German text; a new text version only when the words changed. */
export async function changeGuidePage(uc: UseCase, id: string, input: GuidePageInput): Promise<void> {
  const t = useCaseTenant(uc);
  const before = await findGuidePage(uc.tx, t, id);
  if (!before) throw notFound('guide_page');
  const v = await valuesOf(uc.tx, t, input, id);
  await updateGuidePage(uc.tx, t, id, v, uc.now);
  const text = await saveSource(uc, id, input);
  uc.record({
    action: 'update',
    subjectType: SUBJECT,
    subjectId: id,
    before: summarize(before, KEEP),
    after: { ...summarize(v, KEEP), deVersion: text.version, newVersion: text.created },
  });
}

function saveSource(uc: UseCase, pageId: string, input: GuidePageInput) {
  return saveGuideText(uc.tx, useCaseTenant(uc), {
    pageId,
    locale: SOURCE_LOCALE,
    title: input.title,
    body: input.body,
    sourceHash: null,
    sourceVersion: null,
    machine: false,
    userId: uc.actor,
    now: uc.now,
  });
}

/**
 * Moves a page in the workflow (draft → review → published, and back to draft); the route decides who may
 * publish. A move the workflow does not have is a 422 on the status form. Texts are not touched.
 */
export async function moveGuidePage(uc: UseCase, id: string, status: string): Promise<GuidePageRow> {
  const t = useCaseTenant(uc);
  const page = await findGuidePage(uc.tx, t, id);
  if (!page) throw notFound('guide_page');
  if (!(MOVES[page.status] ?? []).includes(status)) throw invalidPage({ status: { key: 'welcome.guide.error.move' } });
  await setGuidePageStatus(uc.tx, t, id, status, uc.now);
  const [before, after] = [{ status: page.status }, { status }];
  uc.record({ action: 'update', subjectType: SUBJECT, subjectId: id, before, after });
  return page;
}

/** The workflow's next moves from a status (for the buttons an editor sees). */
export function movesFrom(status: string): readonly string[] {
  return MOVES[status] ?? [];
}
