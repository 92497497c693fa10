import type { ViewContext } from '../context.ts';

/** The page size of staff lists unless a page says otherwise. */
export const PAGE_SIZE = 25;

/** How many pages `total` items fill (at least one, so that an empty list is "page 1 of 1"). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** LIMIT/OFFSET for a 1-based page. */
export function pageSlice(page: number, size = PAGE_SIZE): { limit: number; offset: number } {
  return { limit: size, offset: (Math.max(1, page) - 1) * size };
}

/**
 * The page numbers to show: the first, the last, and two on each side of the current one; `null` marks a gap.
 * E.g. page 7 of 20 → 1 … 5 6 7 8 9 … 20.
 */
export function pageWindow(page: number, count: number, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= count; p++) {
    const near = Math.abs(p - page) <= around;
    if (p === 1 || p === count || near) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

interface PaginationProps {
  ctx: ViewContext;
  /** The current page, 1-based. */
  page: number;
  /** All pages (see `pageCount`). */
  count: number;
  /** The URL of a page, keeping the list's filters. */
  href: (page: number) => string;
  /** Names the navigation when a page has more than one list (default: "Pages"). */
  label?: string;
}

/**
 * Previous/next links and page numbers in a labelled navigation; the current page is marked with
 * `aria-current="page"`. Shows nothing when everything fits on one page.
 */
export function Pagination({ ctx, page, count, href, label }: PaginationProps) {
  if (count <= 1) return null;
  const { t } = ctx;
  return (
    <nav class="z-pagination" aria-label={label ?? t('pagination.label')}>
      <ul class="z-inline-list">
        {page > 1 && (
          <li>
            <a class="kern-link" href={href(page - 1)} rel="prev">
              {t('pagination.previous')}
            </a>
          </li>
        )}
        {pageWindow(page, count).map((p) =>
          p === null ? (
            <li aria-hidden="true">…</li>
          ) : (
            <li>
              <a
                class="kern-link"
                href={href(p)}
                aria-label={t('pagination.page', { page: ctx.number(p) })}
                aria-current={p === page ? 'page' : undefined}
              >
                {p === page ? <strong>{ctx.number(p)}</strong> : ctx.number(p)}
              </a>
            </li>
          ),
        )}
        {page < count && (
          <li>
            <a class="kern-link" href={href(page + 1)} rel="next">
              {t('pagination.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
