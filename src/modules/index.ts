import type { ModuleManifest } from '../platform/modules/manifest.ts';
import { matchingLocales } from '../lib/matching/index.ts';
import { account } from './account/index.ts';
import { admin } from './admin/index.ts';
import { directory } from './directory/index.ts';
import { community } from './community/index.ts';
import { counselling } from './counselling/index.ts';
import { housing } from './housing/index.ts';
import { mentoring } from './mentoring/index.ts';
import { site } from './site/index.ts';
import { welcome } from './welcome/index.ts';

/**
 * Every module's manifest, in the order their routes are registered and their seed steps run. The application
 * is assembled from this list (routes, jobs, seed, catalogs, tables); adding a module is one line here.
 */
export const manifests: readonly ModuleManifest[] = [
  site,
  account,
  directory,
  housing,
  community,
  counselling,
  welcome,
  mentoring,
  admin,
];

/** Where the application's messages come from: every manifest's catalogs, and those of the libraries that speak. */
export const catalogSources: readonly { locales?: URL }[] = [...manifests, { locales: matchingLocales }];
