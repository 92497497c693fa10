import type { PlaceSeed } from './welcome.content.ts';

/** The demo places by municipality slug. */
export const DEMO_PLACES: Readonly<Record<string, readonly PlaceSeed[]>> = {
  meppen: [],
};
