import { MEPPEN_GUIDE_A } from './guide.content.meppen-a.ts';
import { MEPPEN_GUIDE_B } from './guide.content.meppen-b.ts';
import { OTHER_GUIDES } from './guide.content.others.ts';
import type { GuidePageSeed } from './welcome.content.ts';

/** The demo guides by municipality slug. */
export const DEMO_GUIDES: Readonly<Record<string, readonly GuidePageSeed[]>> = {
  meppen: [...MEPPEN_GUIDE_A, ...MEPPEN_GUIDE_B],
  ...OTHER_GUIDES,
};
