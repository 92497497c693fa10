import type { ModuleManifest } from '../modules/manifest.ts';

/** A module as the application sees it: its manifest (routes, jobs, schedules, …). */
export type ModuleEntry = ModuleManifest;
