import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { contentTexts, sourceHash } from '../../platform/i18n/content-texts.ts';

/** A municipality's welcome page: the video (on a third-party host) behind consent. */
export interface WelcomePage {
  videoUrl: string | null;
  videoHost: string | null;
}

/** The welcome page's words in one language (German source; translations with the source's hash). */
export interface HomeText {
  locale: string;
  headline: string;
  body: string;
  videoTitle: string | null;
  sourceHash: string | null;
}

export const homeTexts = contentTexts<HomeText>({
  hash: (s) => sourceHash(s.headline, s.body, s.videoTitle ?? ''),
});

/** A contact point of the welcome page. */
export interface Contact {
  id: string;
  position: number;
  name: string;
  phone: string | null;
  email: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  openingHours: string | null;
}

export type ContactValues = Omit<Contact, 'id' | 'position'>;

/** The tenant's welcome page, or null while it has none. */
export async function findWelcomePage(db: Executor, t: Tenant): Promise<WelcomePage | null> {
  const row = await db
    .selectFrom('welcome_pages')
    .select(['video_url as videoUrl', 'video_host as videoHost'])
    .where('municipality_id', '=', t.municipalityId)
    .executeTakeFirst();
  return row ?? null;
}

/** Creates or changes the tenant's welcome page row. */
export async function saveWelcomePage(db: Executor, t: Tenant, v: WelcomePage, now: Date): Promise<void> {
  await db
    .insertInto('welcome_pages')
    .values({ municipality_id: t.municipalityId, video_url: v.videoUrl, video_host: v.videoHost, updated_at: now })
    .onConflict((oc) =>
      oc.column('municipality_id').doUpdateSet({ video_url: v.videoUrl, video_host: v.videoHost, updated_at: now }),
    )
    .execute();
}

/** The welcome page's texts in every language. */
export async function homeTextsOf(db: Executor, t: Tenant): Promise<HomeText[]> {
  return db
    .selectFrom('welcome_page_texts')
    .select(['locale', 'headline', 'body', 'video_title as videoTitle', 'source_hash as sourceHash'])
    .where('municipality_id', '=', t.municipalityId)
    .execute();
}

/** Writes the text of one language (the page row must exist). */
export async function upsertHomeText(db: Executor, t: Tenant, text: HomeText, now: Date): Promise<void> {
  const set = {
    headline: text.headline,
    body: text.body,
    video_title: text.videoTitle,
    source_hash: text.sourceHash,
    updated_at: now,
  };
  await db
    .insertInto('welcome_page_texts')
    .values({ municipality_id: t.municipalityId, locale: text.locale, ...set })
    .onConflict((oc) => oc.columns(['municipality_id', 'locale']).doUpdateSet(set))
    .execute();
}

/** Removes the text of one language. */
export async function deleteHomeText(db: Executor, t: Tenant, locale: string): Promise<void> {
  await db
    .deleteFrom('welcome_page_texts')
    .where('municipality_id', '=', t.municipalityId)
    .where('locale', '=', locale)
    .execute();
}

const CONTACT = [
  'id',
  'position',
  'name',
  'phone',
  'email',
  'street',
  'postcode',
  'city',
  'opening_hours as openingHours',
] as const;

/** The contact points in their order. */
export async function contactsOf(db: Executor, t: Tenant): Promise<Contact[]> {
  return db
    .selectFrom('welcome_contacts')
    .select(CONTACT)
    .where('municipality_id', '=', t.municipalityId)
    .orderBy('position')
    .orderBy('name')
    .execute();
}

export async function findContact(db: Executor, t: Tenant, id: string): Promise<Contact | null> {
  const row = await db
    .selectFrom('welcome_contacts')
    .select(CONTACT)
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

const contactColumns = (v: ContactValues) => ({
  name: v.name,
  phone: v.phone,
  email: v.email,
  street: v.street,
  postcode: v.postcode,
  city: v.city,
  opening_hours: v.openingHours,
});

/** Adds a contact point at the end. */
export async function insertContact(db: Executor, t: Tenant, v: ContactValues): Promise<string> {
  const last = await db
    .selectFrom('welcome_contacts')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('municipality_id', '=', t.municipalityId)
    .executeTakeFirst();
  const row = await db
    .insertInto('welcome_contacts')
    .values({ municipality_id: t.municipalityId, position: Number(last?.p ?? -1) + 1, ...contactColumns(v) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateContact(db: Executor, t: Tenant, id: string, v: ContactValues): Promise<boolean> {
  const r = await db
    .updateTable('welcome_contacts')
    .set(contactColumns(v))
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteContact(db: Executor, t: Tenant, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('welcome_contacts')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
