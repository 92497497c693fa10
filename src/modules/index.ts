import type { ModuleEntry } from '../platform/http/module.ts';
import type { ModuleManifest } from '../platform/modules/manifest.ts';
import { account } from './account/index.ts';
import { admin } from './admin/index.ts';
import { directory } from './directory/index.ts';
import { site } from './site/index.ts';

/** Every module, in the order their routes are registered. */
export const modules: ModuleEntry[] = [site, account, directory, admin];

/** Every module's manifest, in the same order: the navigation and "My Zuhause" are assembled from them. */
export const manifests: readonly ModuleManifest[] = [site, account, directory, admin];
