import type { ComponentChild } from 'preact';
import type { ModuleManifest, QuartierQuery } from './manifest.ts';

/** A section of the Quartier page, loaded and drawn. */
export interface LoadedQuartierSection {
  id: string;
  content: ComponentChild;
}

/**
 * The sections every module contributes to a Quartier's public page, loaded side by side and in their order; a
 * module with nothing to show for this Quartier contributes nothing. The platform names no module: the page that
 * owns the Quartier route calls this with the application's manifests.
 */
export async function loadQuartierSections(
  manifests: readonly ModuleManifest[],
  q: QuartierQuery,
): Promise<LoadedQuartierSection[]> {
  const sections = manifests
    .flatMap((m) => m.quartierSections ?? [])
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (a.s.order ?? 100) - (b.s.order ?? 100) || a.i - b.i)
    .map(({ s }) => s);
  const drawn = await Promise.all(sections.map(async (s) => ({ id: s.id, content: await s.load(q) })));
  return drawn.filter((s) => s.content !== null && s.content !== undefined);
}
