import type { Tenant } from '../../platform/db/tenant.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import type { Translate } from '../../platform/i18n/messages.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { createEventDraft } from '../community/index.ts';
import { freeGuideSlug, insertGuidePage, saveGuideText } from './guide.repository.ts';
import {
  findPractice,
  insertPractice,
  type PracticeRow,
  type PracticeStatus,
  type PracticeText,
  type PracticeValues,
  setPracticeStatus,
  slugTaken,
  updatePractice,
  upsertPracticeText,
} from './practice.repository.ts';
import type { AdaptInput, PracticeInput } from './practice.schema.ts';
import { PRACTICE_SOURCE, practiceTexts } from './practice.texts.ts';
import { cleanHtml } from './welcome.html.ts';

const SUBJECT = 'welcome.practice';

/** A URL slug from a German title: umlauts spelled out, everything else reduced to a-z, 0-9 and hyphens. */
export function slugOf(title: string): string {
  const s = title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return /^[a-z0-9]/.test(s) ? s : `beispiel${s ? `-${s}` : ''}`;
}

async function freeSlug(uc: UseCase, title: string): Promise<string> {
  const base = slugOf(title);
  if (!(await slugTaken(uc.tx, base))) return base;
  for (let n = 2; ; n++) if (!(await slugTaken(uc.tx, `${base}-${n}`))) return `${base}-${n}`;
}

const facts = (input: PracticeInput): Omit<PracticeValues, 'slug' | 'originMunicipalityId'> => ({
  providerName: input.providerName ?? null,
  placeName: input.placeName,
  tags: input.tags,
  contactName: input.contactName ?? null,
  contactEmail: input.contactEmail ?? null,
  website: input.website ?? null,
  startedYear: input.startedYear ?? null,
});

// The audit keeps codes and numbers; of names and texts only that they are set.
const summary = (v: Omit<PracticeValues, 'slug' | 'originMunicipalityId'> & { slug?: string; status?: string }) =>
  summarize(
    { ...v, tags: v.tags.join(',') },
    ['slug', 'tags', 'startedYear', 'status'],
    ['placeName', 'providerName', 'contactName', 'contactEmail', 'website'],
  );

/** Saves the German text and, when given, the one translation of the form (made from that German text). */
async function saveTexts(uc: UseCase, id: string, input: PracticeInput): Promise<void> {
  const source: PracticeText = {
    practiceId: id,
    locale: PRACTICE_SOURCE,
    title: input.title,
    what: input.what,
    forWhom: input.forWhom ?? '',
    results: input.results ?? '',
    sourceHash: null,
  };
  await upsertPracticeText(uc.tx, source, uc.now);
  if (!input.trLocale || !input.trTitle || !input.trWhat) return;
  await upsertPracticeText(
    uc.tx,
    {
      practiceId: id,
      locale: input.trLocale,
      title: input.trTitle,
      what: input.trWhat,
      forWhom: input.trForWhom ?? '',
      results: input.trResults ?? '',
      sourceHash: practiceTexts.hashOf(source),
    },
    uc.now,
  );
}

/** Submits an example from the use case's municipality; it waits for a state editor. */
export async function submitPractice(uc: UseCase, input: PracticeInput): Promise<string> {
  const origin = useCaseTenant(uc);
  const slug = await freeSlug(uc, input.title);
  const v = { ...facts(input), slug, originMunicipalityId: origin.municipalityId };
  const id = await insertPractice(uc.tx, v, uc.actor);
  await saveTexts(uc, id, input);
  uc.record({ action: 'create', subjectType: SUBJECT, subjectId: id, after: summary({ ...v, status: 'submitted' }) });
  return id;
}

/** A state editor's change of an example's facts and texts (its status stays). */
export async function editPractice(uc: UseCase, id: string, input: PracticeInput): Promise<void> {
  const before = await findPractice(uc.tx, id);
  if (!before) throw notFound('practice');
  const v = facts(input);
  await updatePractice(uc.tx, id, v, uc.now);
  await saveTexts(uc, id, input);
  uc.record({ action: 'update', subjectType: SUBJECT, subjectId: id, before: summary(before), after: summary(v) });
}

/** A state editor publishes, rejects or reopens an example. */
export async function decidePractice(uc: UseCase, id: string, status: PracticeStatus): Promise<void> {
  const before = await findPractice(uc.tx, id);
  if (!before) throw notFound('practice');
  if (before.status === status) {
    throw new AppError(
      'welcome.practice.same',
      422,
      'error.badRequest',
      {},
      { status: { key: 'welcome.practice.error.same' } },
    );
  }
  await setPracticeStatus(uc.tx, id, status, uc.actor, uc.now);
  uc.record({
    action: 'update',
    subjectType: SUBJECT,
    subjectId: id,
    before: { status: before.status },
    after: { status },
  });
}

/** Where an adapted copy came from, in German (the copy is written in German, as every guide page is). */
export interface AdaptSource {
  practice: PracticeRow;
  german: PracticeText;
  /** The German catalog (the copy's words, whatever the editor's language). */
  de: Translate;
  /** The example's public address. */
  url: string;
  /** The municipality's name: the organiser of a draft event. */
  organiser: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphs = (s: string) =>
  s
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${esc(p)}</p>`)
    .join('');

/** The German body of an adapted guide page: the example's words under headings, and where it came from. */
function guideBody(s: AdaptSource): string {
  const { german: g, de } = s;
  const section = (key: string, text: string) => (text ? `<h2>${esc(de(key))}</h2>${paragraphs(text)}` : '');
  const origin = de('welcome.practice.adapt.origin', { title: g.title, place: s.practice.placeName });
  return cleanHtml(
    `<p><em>${esc(origin)}</em> <a href="${esc(s.url)}">${esc(s.url)}</a></p>${paragraphs(g.what)}` +
      section('welcome.practice.field.forWhom', g.forWhom) +
      section('welcome.practice.field.results', g.results),
  );
}

/** Copies an example into a draft of the use case's municipality: a guide page or a one-off event. */
export async function adaptPractice(
  uc: UseCase,
  s: AdaptSource,
  input: AdaptInput,
): Promise<{ kind: 'guide' | 'event'; id: string }> {
  const t: Tenant = useCaseTenant(uc);
  if (s.practice.status !== 'published') throw notFound('practice');
  const origin = s.de('welcome.practice.adapt.origin', { title: s.german.title, place: s.practice.placeName });
  if (input.target === 'event') {
    const description = `${s.german.what}\n\n${origin} ${s.url}`.slice(0, 8000);
    const id = await createEventDraft(uc, {
      title: s.german.title,
      description,
      organiserName: s.organiser,
      address: input.address ?? '',
      startDate: input.startDate ?? '',
      startTime: input.startTime ?? '',
      endTime: input.endTime ?? '',
    });
    return { kind: 'event', id };
  }
  const slug = await freeGuideSlug(uc.tx, t, s.practice.slug);
  const topic = input.topic ?? 'arrival';
  const body = guideBody(s);
  // A draft at the end of its topic, with the German text as version 1 (the guide's editor takes it from there).
  const id = await insertGuidePage(uc.tx, t, { parentId: null, slug, topic, position: 1000, lastCheckedOn: null });
  const text = { pageId: id, locale: 'de', title: s.german.title, body, sourceHash: null, sourceVersion: null };
  await saveGuideText(uc.tx, t, { ...text, machine: false, userId: uc.actor, now: uc.now });
  uc.record({
    action: 'create',
    subjectType: 'welcome.guide_page',
    subjectId: id,
    after: { slug, topic, status: 'draft', fromPractice: s.practice.id },
  });
  return { kind: 'guide', id };
}
