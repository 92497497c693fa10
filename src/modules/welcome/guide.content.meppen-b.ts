import type { GuidePageSeed } from './welcome.content.ts';

/** Meppen's guide, second half: Kita, school, health, emergencies, German courses, leisure. */
export const MEPPEN_GUIDE_B: readonly GuidePageSeed[] = [];
