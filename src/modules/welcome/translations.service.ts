import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { AppError, conflict, notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { contentHash } from './guide.segments.ts';
import {
  findGuidePage,
  type GuidePageRow,
  type GuideText,
  guideText,
  guideVersion,
  guideVersionsAfter,
  markGuideTextReviewed,
  saveGuideText,
} from './guide.repository.ts';
import type { TranslationInput } from './translations.schema.ts';
import {
  type LanguageStatus,
  languageStatus,
  type SourceLine,
  sourceChanges,
  type TranslationLocale,
} from './translations.state.ts';
import { cleanHtml } from './welcome.html.ts';
import { SOURCE_LOCALE } from './welcome.tables.ts';

const SUBJECT = 'welcome.guide_translation';

/** What the side-by-side editor shows: the page, the German source, the translation, its state and what changed. */
export interface EditorData {
  page: GuidePageRow;
  source: GuideText | null;
  text: GuideText | null;
  status: LanguageStatus;
  /** Outdated: the source's lines since the version the translation was made from (null: that version is unknown). */
  changes: SourceLine[] | null;
}

/** Reads one page's translation into one language for the editor; 404 for a page of another tenant or none. */
export async function loadEditor(
  db: Executor,
  t: Tenant,
  pageId: string,
  lang: TranslationLocale,
): Promise<EditorData> {
  const page = await findGuidePage(db, t, pageId);
  if (!page) throw notFound('guide_page');
  const [source, text] = await Promise.all([guideText(db, t, pageId, SOURCE_LOCALE), guideText(db, t, pageId, lang)]);
  const texts = [source, text].filter((x): x is GuideText => x !== null);
  const after = text ? [{ pageId, version: text.sourceVersion ?? 0 }] : [];
  const status = languageStatus(texts, await guideVersionsAfter(db, t, SOURCE_LOCALE, after), lang);
  let changes: SourceLine[] | null = null;
  if (status.state === 'outdated' && source && text?.sourceVersion) {
    const basis = await guideVersion(db, t, pageId, SOURCE_LOCALE, text.sourceVersion);
    if (basis) changes = sourceChanges(basis, source);
  }
  return { page, source, text, status, changes };
}

/** The German text a translation is made from; 409 while the page has none. */
async function sourceOf(uc: UseCase, pageId: string): Promise<GuideText> {
  const t = useCaseTenant(uc);
  if (!(await findGuidePage(uc.tx, t, pageId))) throw notFound('guide_page');
  const source = await guideText(uc.tx, t, pageId, SOURCE_LOCALE);
  if (!source) throw conflict('guide_translation.no_source', 'welcome.translations.error.noSource');
  return source;
}

/**
 * Saves a person's translation: it records the hash and version of the current German text. Saving the same
 * words again changes nothing (an outdated text stays outdated) unless the translator confirms that they still
 * fit the current German text; a machine text keeps its mark until a person approves it.
 */
export async function saveTranslation(
  uc: UseCase,
  pageId: string,
  lang: TranslationLocale,
  input: TranslationInput,
): Promise<'saved' | 'unchanged'> {
  const t = useCaseTenant(uc);
  const source = await sourceOf(uc, pageId);
  const title = input.title.trim();
  const body = cleanHtml(input.body ?? '');
  if (body.length > 200_000) {
    // Cleaning escapes `&` and `<`: a text just under the limit may grow past what the table holds.
    const fields = { body: { key: 'welcome.translations.error.bodyTooLong' } };
    throw new AppError('guide_translation.too_long', 422, 'error.badRequest', {}, fields);
  }
  const before = await guideText(uc.tx, t, pageId, lang);
  const same = before !== null && before.title === title && before.body === body;
  if (same && !input.stillCurrent) return uc.refuse('unchanged');
  const machine = before?.machine ?? false;
  const write = {
    pageId,
    locale: lang,
    title,
    body,
    sourceHash: contentHash(source.title, source.body),
    sourceVersion: source.version,
    machine,
  };
  const { version } = await saveGuideText(uc.tx, t, { ...write, userId: uc.actor, now: uc.now });
  uc.record({
    action: before ? 'update' : 'create',
    subjectType: SUBJECT,
    subjectId: pageId,
    before: before ? { locale: lang, version: before.version, sourceVersion: before.sourceVersion } : null,
    after: { locale: lang, version, sourceVersion: source.version, machine, confirmed: same, title: true, body: true },
  });
  return 'saved';
}

/** A machine draft as fetched from the provider, with the German text (hash and version) it was made from. */
export interface MachineDraft {
  title: string;
  body: string;
  sourceHash: string;
  sourceVersion: number;
}

/** Stores a machine draft as an unreviewed machine translation (readers see the mark until a person approves it). */
export async function storeMachineDraft(
  uc: UseCase,
  pageId: string,
  lang: TranslationLocale,
  draft: MachineDraft,
): Promise<void> {
  const t = useCaseTenant(uc);
  await sourceOf(uc, pageId);
  const before = await guideText(uc.tx, t, pageId, lang);
  const write = {
    pageId,
    locale: lang,
    title: draft.title,
    body: cleanHtml(draft.body),
    sourceHash: draft.sourceHash,
    sourceVersion: draft.sourceVersion,
    machine: true,
  };
  const { version } = await saveGuideText(uc.tx, t, { ...write, userId: uc.actor, now: uc.now });
  uc.record({
    action: before ? 'update' : 'create',
    subjectType: SUBJECT,
    subjectId: pageId,
    before: before ? { locale: lang, version: before.version, machine: before.machine } : null,
    after: { locale: lang, version, sourceVersion: draft.sourceVersion, machine: true },
  });
}

/**
 * A person approves a machine translation: no longer marked for readers. Approval says the words are right, not
 * that they match a newer German text: an outdated translation stays outdated.
 */
export async function approveTranslation(uc: UseCase, pageId: string, lang: TranslationLocale): Promise<void> {
  const t = useCaseTenant(uc);
  const before = await guideText(uc.tx, t, pageId, lang);
  if (!before || !(await markGuideTextReviewed(uc.tx, t, pageId, lang, uc.actor!, uc.now)))
    throw notFound('guide_translation');
  uc.record({
    action: 'update',
    subjectType: SUBJECT,
    subjectId: pageId,
    before: { locale: lang, machine: before.machine },
    after: { locale: lang, machine: false, reviewed: true },
  });
}
