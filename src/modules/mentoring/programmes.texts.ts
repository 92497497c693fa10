import { contentTexts, type Shown, sourceHash } from '../../platform/i18n/content-texts.ts';

// A programme's title and aim are translatable content (decision 75): German is the source, each translation
// records the hash of the German title and aim it was made from. The platform decides the rest.

/** The language every programme is written in first. */
export const PROGRAMME_SOURCE_LOCALE = 'de';

/** A programme's title and aim in one language. */
export interface ProgrammeText {
  programmeId: string;
  locale: string;
  title: string;
  aim: string;
  sourceHash: string | null;
}

/** The text a reader is shown, with its language and whether the translation is missing or outdated. */
export type ShownProgrammeText = Shown<ProgrammeText>;

/** The hash a translation records of its source: title and aim, in that order (as `titledHash` of the others). */
export const programmeTextHash = (source: { title: string; aim: string }) => sourceHash(source.title, source.aim);

export const programmeContentTexts = contentTexts<ProgrammeText>({ hash: programmeTextHash });
