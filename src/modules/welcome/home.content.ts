import type { WelcomePageSeed } from './welcome.content.ts';

/** The demo welcome pages. */
export const DEMO_WELCOME_PAGES: readonly WelcomePageSeed[] = [];
