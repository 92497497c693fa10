import { composeManifest } from '../../platform/modules/manifest.ts';
import './mentoring.tables.ts';
import { corePart } from './core.part.ts';
import { certificatesPart } from './certificates.part.ts';
import { figuresPart } from './figures.part.ts';
import { matchingPart } from './matching.part.ts';
import { programmesPart } from './programmes.part.ts';
import { sessionsPart } from './sessions.part.ts';
import { workspacePart } from './workspace.part.ts';

/**
 * Mentoring: programmes for political participation (the Osnabrück model). A programme runs cycles; mentees apply
 * in their language, mentors sign up with their capacity; staff match them and publish the pairs; pairs attend
 * public sessions (entered or imported from the council's OParl endpoint) and log them; completed mentees get a
 * certificate anyone can verify; the programme's figures are counts with small cells suppressed.
 */
export const mentoring = composeManifest('mentoring', new URL('./locales/', import.meta.url), [
  corePart,
  programmesPart,
  matchingPart,
  sessionsPart,
  workspacePart,
  certificatesPart,
  figuresPart,
]);
