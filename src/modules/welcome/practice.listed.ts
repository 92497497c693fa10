import type { Executor } from '../../platform/db/types.ts';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import type { PracticeRow } from './practice.repository.ts';
import { practiceTexts as textsOf } from './practice.repository.ts';
import { PRACTICE_SOURCE, practiceTexts } from './practice.texts.ts';
import type { ListedPractice } from './views/practice-parts.tsx';

/** Examples as pages show them: each with its text in `locale` (or German, marked) and its municipality's name. */
export async function listed(db: Executor, rows: readonly PracticeRow[], locale: string): Promise<ListedPractice[]> {
  const [texts, municipalities] = await Promise.all([
    textsOf(
      db,
      rows.map((r) => r.id),
    ),
    listMunicipalities(db),
  ]);
  const names = new Map(municipalities.map((m) => [m.id, m.name]));
  return rows.map((row) => ({
    row,
    text: practiceTexts.shownIn(
      texts.filter((x) => x.practiceId === row.id),
      PRACTICE_SOURCE,
      locale,
    ),
    origin: row.originMunicipalityId ? names.get(row.originMunicipalityId) : undefined,
  }));
}

/** The municipalities (slug and name) where this person may adapt examples: where they edit content. */
export async function adaptPlaces(
  db: Executor,
  grants: readonly { role: string; municipalityId: string | null }[],
  editors: readonly string[],
): Promise<{ slug: string; name: string }[]> {
  const ids = new Set(grants.filter((g) => g.municipalityId && editors.includes(g.role)).map((g) => g.municipalityId));
  if (ids.size === 0) return [];
  return (await listMunicipalities(db)).filter((m) => ids.has(m.id)).map((m) => ({ slug: m.slug, name: m.name }));
}
