import type { ShownEntry } from '../../modules/navigation.ts';
import type { ViewContext } from '../context.ts';

/**
 * Entries of "My Zuhause" or of a staff start page as a list of links, each with its one-line hint and, when
 * something waits there, how much (as text, not only as a badge colour).
 */
export function EntryTiles({ ctx, entries }: { ctx: ViewContext; entries: readonly ShownEntry[] }) {
  return (
    <ul class="z-tiles">
      {entries.map((e) => (
        <li class="z-tile">
          <a class="kern-link z-tile__link" href={e.href}>
            {ctx.t(e.label)}
          </a>
          {e.waiting !== null && e.waiting > 0 && (
            <span class="z-tile__count">{ctx.t('staff.waiting', { count: e.waiting })}</span>
          )}
          {e.hint && <p class="kern-body kern-body--muted">{ctx.t(e.hint)}</p>}
        </li>
      ))}
    </ul>
  );
}
