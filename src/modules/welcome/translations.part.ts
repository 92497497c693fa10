import type { ManifestPart } from '../../platform/modules/manifest.ts';

/**
 * Translations of guide pages: each language's state (missing, outdated, current), the side-by-side editor that
 * shows what changed in the source, and machine drafts (a LibreTranslate-compatible provider, off by default) that
 * stay marked for readers until a person approves them.
 */
export const translationsPart: ManifestPart = {
  auditSubjects: ['welcome.guide_translation'],
};
