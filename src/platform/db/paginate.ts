import type { SelectQueryBuilder } from 'kysely';

/** LIMIT/OFFSET of one page of a list. */
export interface PageSlice {
  limit: number;
  offset: number;
}

/** One page of rows and how many rows the whole (filtered) list has. */
export interface PageOf<R> {
  rows: R[];
  total: number;
}

/**
 * One page of a filtered query and the count(*) of the same query. `query` carries the FROM and the filters (WHERE)
 * only; `selectRows` adds joins, columns and the order, which the count does not need (and PostgreSQL would refuse
 * an ORDER BY of an ungrouped column beside count(*)). Both run side by side (serialised on PGlite's one connection).
 */
export async function paginate<DB, TB extends keyof DB, O, RDB, RTB extends keyof RDB, R>(
  query: SelectQueryBuilder<DB, TB, O>,
  page: PageSlice,
  selectRows: (query: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<RDB, RTB, R>,
): Promise<PageOf<R>> {
  const [rows, count] = await Promise.all([
    selectRows(query).limit(page.limit).offset(page.offset).execute(),
    // Kysely cannot resolve a selection on a generic table set; the one column is known, so it is named here.
    query
      .select((eb) => eb.fn.countAll().as('n'))
      .$castTo<{ n: number | string | bigint }>()
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** One page of a list as a page shows it: the rows, the total, which page and how many per page. */
export interface Paged<T> extends PageOf<T> {
  page: number;
  pageSize: number;
}

/** Page `page` (from 1) of a list of `size` rows a page: `list` fetches the slice, this adds where it stands. */
export async function fetchPage<T>(
  page: number,
  size: number,
  list: (slice: PageSlice) => Promise<PageOf<T>>,
): Promise<Paged<T>> {
  const { rows, total } = await list({ limit: size, offset: (page - 1) * size });
  return { rows, total, page, pageSize: size };
}
