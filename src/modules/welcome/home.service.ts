import { hostOf } from '../../platform/http/consent.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import {
  type ContactValues,
  deleteContact,
  deleteHomeText,
  findContact,
  findWelcomePage,
  homeTexts,
  homeTextsOf,
  insertContact,
  saveWelcomePage,
  updateContact,
  upsertHomeText,
} from './home.repository.ts';
import type { ContactInput, HomeInput, HomeTextInput } from './home.schema.ts';
import { cleanHtml } from './welcome.html.ts';
import { SOURCE_LOCALE, TEXT_LOCALES } from './welcome.tables.ts';

const SUBJECT = 'welcome.welcome_page';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The body as safe HTML: a text without markup becomes paragraphs (blank lines between them), then is cleaned. */
export function bodyHtml(body: string): string {
  if (/<[a-z][\s\S]*>/i.test(body)) return cleanHtml(body);
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return cleanHtml(paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(''));
}

/** Saves the German words and the video of the welcome page (the page is created on its first save). */
export async function saveHome(uc: UseCase, input: HomeInput): Promise<void> {
  const t = useCaseTenant(uc);
  const before = await findWelcomePage(uc.tx, t);
  const page = { videoUrl: input.videoUrl ?? null, videoHost: input.videoUrl ? hostOf(input.videoUrl) : null };
  await saveWelcomePage(uc.tx, t, page, uc.now);
  const text = {
    locale: SOURCE_LOCALE,
    headline: input.headline,
    body: bodyHtml(input.body ?? ''),
    videoTitle: input.videoTitle ?? null,
    sourceHash: null,
  };
  await upsertHomeText(uc.tx, t, text, uc.now);
  uc.record({
    action: before ? 'update' : 'create',
    subjectType: SUBJECT,
    subjectId: t.municipalityId,
    before: summarize(before, ['videoHost']),
    after: summarize(page, ['videoHost']),
  });
}

/** Saves (or, with an empty headline, removes) the welcome page's words in another language. */
export async function translateHome(uc: UseCase, locale: string, input: HomeTextInput): Promise<void> {
  const t = useCaseTenant(uc);
  if (locale === SOURCE_LOCALE || !(TEXT_LOCALES as readonly string[]).includes(locale)) throw notFound('locale');
  const texts = await homeTextsOf(uc.tx, t);
  const hash = homeTexts.translationHash(texts, SOURCE_LOCALE);
  // A translation needs its German source first: there is nothing to translate yet.
  if (!hash)
    throw new AppError(
      'welcome.home.noSource',
      422,
      'welcome.home.error.noSource',
      {},
      { headline: { key: 'welcome.home.error.noSource' } },
    );
  if (!input.headline) await deleteHomeText(uc.tx, t, locale);
  else {
    const text = {
      locale,
      headline: input.headline,
      body: bodyHtml(input.body ?? ''),
      videoTitle: input.videoTitle ?? null,
      sourceHash: hash,
    };
    await upsertHomeText(uc.tx, t, text, uc.now);
  }
  uc.record({
    action: 'update',
    subjectType: SUBJECT,
    subjectId: t.municipalityId,
    after: { locale, removed: !input.headline },
  });
}

const contactValues = (v: ContactInput): ContactValues => ({
  name: v.name,
  phone: v.phone ?? null,
  email: v.email ?? null,
  street: v.street ?? null,
  postcode: v.postcode ?? null,
  city: v.city ?? null,
  openingHours: v.openingHours ?? null,
});
const contactSummary = (v: ContactValues | null) =>
  summarize(v, ['postcode'], ['name', 'phone', 'email', 'openingHours']);

/** Adds a contact point (the welcome page is created if it has none yet). */
export async function addContact(uc: UseCase, input: ContactInput): Promise<string> {
  const t = useCaseTenant(uc);
  if (!(await findWelcomePage(uc.tx, t))) await saveWelcomePage(uc.tx, t, { videoUrl: null, videoHost: null }, uc.now);
  const v = contactValues(input);
  const id = await insertContact(uc.tx, t, v);
  uc.record({
    action: 'create',
    subjectType: SUBJECT,
    subjectId: t.municipalityId,
    after: { contact: id, ...contactSummary(v) },
  });
  return id;
}

/** Changes a contact point. */
export async function changeContact(uc: UseCase, id: string, input: ContactInput): Promise<void> {
  const t = useCaseTenant(uc);
  const before = await findContact(uc.tx, t, id);
  if (!before) throw notFound('contact');
  const v = contactValues(input);
  await updateContact(uc.tx, t, id, v);
  uc.record({
    action: 'update',
    subjectType: SUBJECT,
    subjectId: t.municipalityId,
    before: { contact: id, ...contactSummary(before) },
    after: { contact: id, ...contactSummary(v) },
  });
}

/** Removes a contact point. */
export async function removeContact(uc: UseCase, id: string): Promise<void> {
  const t = useCaseTenant(uc);
  const before = await findContact(uc.tx, t, id);
  if (!before || !(await deleteContact(uc.tx, t, id))) throw notFound('contact');
  uc.record({
    action: 'delete',
    subjectType: SUBJECT,
    subjectId: t.municipalityId,
    before: { contact: id, ...contactSummary(before) },
  });
}
