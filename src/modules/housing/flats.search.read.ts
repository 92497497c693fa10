import { sql } from 'kysely';
import type { SearchSource } from '../../platform/modules/manifest.ts';
import { containsPatterns, onePerEntry } from '../../platform/modules/search-source.ts';
import { PUBLIC_STATUSES } from './flats.policy.ts';

/**
 * The municipality's advertised flats (those the public flat page shows) in the welcome search: title or
 * description in any language, or the address, containing the query or one of its glossary forms.
 */
export const flatsSearch: SearchSource = {
  id: 'housing.flats',
  label: 'housing.flats.search.kind',
  async search(db, q) {
    const patterns = containsPatterns(q.terms);
    if (patterns.length === 0) return [];
    const { rows } = await sql<{ entry: string; locale: string; title: string; description: string; rank: number }>`
      select f.id::text as entry, x.locale, x.title, concat_ws(' · ', f.street || ', ' || f.postcode || ' ' || f.city, x.description) as description,
             case when x.title ilike any(${patterns}::text[]) then 1 else 0.5 end as rank
        from housing_flats f
        join housing_flat_texts x on x.municipality_id = f.municipality_id and x.flat_id = f.id
       where f.municipality_id = ${q.municipality.id} and f.status = any(${[...PUBLIC_STATUSES]}::text[])
         and (x.title ilike any(${patterns}::text[]) or x.description ilike any(${patterns}::text[])
              or concat_ws(' ', f.street, f.postcode, f.city) ilike any(${patterns}::text[]))
       limit ${q.limit * 4}`.execute(db);
    return onePerEntry(rows, q.locale)
      .slice(0, q.limit)
      .map((r) => ({
        title: r.title,
        snippet: r.description,
        url: `/${q.locale}/m/${q.municipality.slug}/flats/${r.entry}`,
        locale: r.locale,
        rank: Number(r.rank),
      }));
  },
};
