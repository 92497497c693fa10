import type { PracticeSeed } from './welcome.content.ts';

/** The good-practice library's demo examples: the state's three examples first. */
export const DEMO_PRACTICES: readonly PracticeSeed[] = [];
