import type { Locale } from '../../platform/i18n/locales.ts';
import type { PlaceKind, PracticeTag, TextLocale, Topic } from './welcome.tables.ts';

/**
 * The shapes of the demo content (guide pages, places, welcome pages, practice examples). The content itself lives
 * in `*.content.*.ts` files, written by us in plain words with correct facts; each part's seed step reads it.
 */

/** A language other than the German source: a UI language or Leichte Sprache. */
export type TranslationLocale = Exclude<TextLocale, 'de'>;

/** A guide text: a title and a body of safe HTML (h2/h3, p, ul/ol/li, a, strong/em, table; nothing else). */
export interface GuideTextSeed {
  title: string;
  body: string;
}

/** One page of a municipality's guide with its German text and its translations. */
export interface GuidePageSeed {
  slug: string;
  topic: Topic;
  /** Slug of the parent page; a top-level page has none. */
  parent?: string;
  position: number;
  /** When a person last checked the facts (YYYY-MM-DD). */
  lastCheckedOn: string;
  de: GuideTextSeed;
  /**
   * The earlier German text that the `outdated` translations were made from: the seed stores it as version 1, the
   * translations from it, and then `de` as version 2, so that those translations are outdated with a real diff.
   */
  earlierDe?: GuideTextSeed;
  translations: Partial<Record<TranslationLocale, GuideTextSeed>>;
  /** Translations made from `earlierDe` (outdated). */
  outdated?: readonly TranslationLocale[];
  /** Translations stored as unreviewed machine translations. */
  machine?: readonly TranslationLocale[];
}

/** A place a newcomer needs, with its description per language (German first). */
export interface PlaceSeed {
  key: string;
  kind: PlaceKind;
  name: string;
  street?: string;
  postcode?: string;
  city: string;
  lat: number;
  lon: number;
  /** OpenStreetMap opening_hours syntax, e.g. "Mo-Fr 08:00-12:00; PH off". */
  openingHours?: string;
  byAppointment?: boolean;
  /** ISO 639 codes of the languages spoken there. */
  languages: readonly string[];
  wheelchair?: 'yes' | 'limited' | 'no';
  phone?: string;
  email?: string;
  website?: string;
  /** Quartier slug within the municipality, when the place belongs to one. */
  quartier?: string;
  osmTags?: Readonly<Record<string, string>>;
  description: Partial<Record<TextLocale, string>> & { de: string };
}

/** A contact point on a welcome page. */
export interface ContactSeed {
  name: string;
  phone?: string;
  email?: string;
  street?: string;
  postcode?: string;
  city?: string;
  openingHours?: string;
}

/** A municipality's welcome page. */
export interface WelcomePageSeed {
  /** Municipality slug. */
  municipality: string;
  videoUrl?: string;
  videoHost?: string;
  texts: Partial<Record<TextLocale, { headline: string; body: string; videoTitle?: string }>> & {
    de: { headline: string; body: string; videoTitle?: string };
  };
  contacts: readonly ContactSeed[];
}

/** A good-practice example of the state-wide library. */
export interface PracticeSeed {
  slug: string;
  /** Municipality slug it comes from. */
  origin?: string;
  providerName?: string;
  placeName: string;
  tags: readonly PracticeTag[];
  contactName?: string;
  contactEmail?: string;
  website?: string;
  startedYear?: number;
  status: 'submitted' | 'published';
  texts: Partial<Record<Locale, PracticeTextSeed>> & { de: PracticeTextSeed };
}

export interface PracticeTextSeed {
  title: string;
  what: string;
  forWhom: string;
  results: string;
}
