import type { GuidePageSeed } from './welcome.content.ts';

/** Short guides of the other demo municipalities (Osnabrück, Asendorf, Hannover), by municipality slug. */
export const OTHER_GUIDES: Readonly<Record<string, readonly GuidePageSeed[]>> = {};
