import { sql } from 'kysely';
import type { SearchSource } from '../../platform/modules/manifest.ts';
import { containsPatterns, onePerEntry } from '../../platform/modules/search-source.ts';

/**
 * The municipality's public upcoming events in the welcome search: published events with a date still ahead, whose
 * title or description (in any language) contains the query or one of its glossary forms.
 */
export const eventsSearch: SearchSource = {
  id: 'community.events',
  label: 'community.events.search.kind',
  async search(db, q) {
    const patterns = containsPatterns(q.terms);
    if (patterns.length === 0) return [];
    const { rows } = await sql<{ entry: string; locale: string; title: string; description: string; rank: number }>`
      select e.id::text as entry, x.locale, x.title, x.description,
             case when x.title ilike any(${patterns}::text[]) then 1 else 0.5 end as rank
        from community_events e
        join community_event_texts x on x.municipality_id = e.municipality_id and x.event_id = e.id
       where e.municipality_id = ${q.municipality.id} and e.status = 'published'
         and exists (select 1 from community_occurrences o
                      where o.municipality_id = e.municipality_id and o.event_id = e.id
                        and o.status = 'scheduled' and o.ends_at > ${q.now})
         and (x.title ilike any(${patterns}::text[]) or x.description ilike any(${patterns}::text[]))
       limit ${q.limit * 4}`.execute(db);
    return onePerEntry(rows, q.locale)
      .slice(0, q.limit)
      .map((r) => ({
        title: r.title,
        snippet: r.description,
        url: `/${q.locale}/m/${q.municipality.slug}/events/${r.entry}`,
        locale: r.locale,
        rank: Number(r.rank),
      }));
  },
};
