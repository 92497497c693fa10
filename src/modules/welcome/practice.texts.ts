import { contentTexts, sourceHash } from '../../platform/i18n/content-texts.ts';
import type { PracticeText } from './practice.repository.ts';

/** Examples are written in German; every other language is a translation of the German words. */
export const PRACTICE_SOURCE = 'de';

/** Content texts of examples: a translation is outdated when any of the four German fields changed. */
export const practiceTexts = contentTexts<PracticeText>({
  hash: (s) => sourceHash(s.title, s.what, s.forWhom, s.results),
});
