import { composeManifest } from '../../platform/modules/manifest.ts';
import './welcome.tables.ts';
import { guidePart } from './guide.part.ts';
import { homePart } from './home.part.ts';
import { offlinePart } from './offline.part.ts';
import { placesPart } from './places.part.ts';
import { practicePart } from './practice.part.ts';
import { searchPart } from './search.part.ts';
import { translationsPart } from './translations.part.ts';

/**
 * Welcome: each municipality's welcome page and local guide in every language (with translation states and
 * Leichte Sprache), the places a newcomer needs, the state-wide good-practice library, and one search across
 * languages.
 */
export const welcome = composeManifest('welcome', new URL('./locales/', import.meta.url), [
  guidePart,
  translationsPart,
  homePart,
  placesPart,
  practicePart,
  searchPart,
  offlinePart,
]);
