import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { GLOSSARY } from './search.glossary.ts';
import { replaceGlossary } from './search.repository.ts';

/** The state-wide glossary of German administrative terms in every UI language (search across languages). */
export const searchSeed: ManifestSeedStep = {
  name: 'welcome.glossary',
  async run(tx) {
    await replaceGlossary(tx, GLOSSARY);
  },
};
