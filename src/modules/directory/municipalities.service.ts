import type { Db, Executor } from '../../platform/db/types.ts';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { invalidFields, uniqueToFields } from './directory.errors.ts';
import type { MunicipalityInput } from './directory.schema.ts';
import {
  findMunicipalityBySlug,
  insertMunicipality,
  type MunicipalityRow,
  takenMunicipalityKeys,
} from './municipalities.repository.ts';
import { listProviders, type ProviderRow } from './providers.repository.ts';
import { listQuartiere, type QuartierRow } from './quartiere.repository.ts';
import { listTranslations, type TranslationRow } from './translations.repository.ts';

export type { MunicipalityRow };

export interface MunicipalityOverview {
  municipality: MunicipalityRow;
  quartiere: QuartierRow[];
  providers: ProviderRow[];
  /** Translations of the Quartiere's descriptions. */
  translations: TranslationRow[];
}

/** All municipalities by name (state-wide reference data). */
export function allMunicipalities(db: Executor): Promise<MunicipalityRow[]> {
  return listMunicipalities(db);
}

/** A municipality with its Quartiere and providers, for its public page and the API; null when unknown. */
export async function municipalityOverview(db: Executor, slug: string): Promise<MunicipalityOverview | null> {
  const municipality = await findMunicipalityBySlug(db, slug);
  if (!municipality) return null;
  const t = tenant(municipality.id);
  const [quartiere, providers, translations] = await Promise.all([
    listQuartiere(db, t),
    listProviders(db, t),
    listTranslations(db, t),
  ]);
  return { municipality, quartiere, providers, translations };
}

/** Creates a municipality (a new tenant); a taken slug or AGS is a field problem, never a fault. */
export async function createMunicipality(db: Db, input: MunicipalityInput): Promise<string> {
  const taken = await takenMunicipalityKeys(db, input.slug, input.ags);
  if (taken.slug || taken.ags) {
    throw invalidFields({
      ...(taken.slug ? { slug: { key: 'directory.slug.taken' } } : {}),
      ...(taken.ags ? { ags: { key: 'directory.municipality.agsTaken' } } : {}),
    });
  }
  try {
    return await insertMunicipality(db, input);
  } catch (err) {
    // Someone else took it between our check and our insert: the constraint has the last word.
    return uniqueToFields(err, {
      municipalities_slug_key: { slug: { key: 'directory.slug.taken' } },
      municipalities_ags_key: { ags: { key: 'directory.municipality.agsTaken' } },
    });
  }
}
