import type { SessionUser } from '../../auth/session-user.ts';
import type { NavEntry } from '../../modules/manifest.ts';
import type { ViewContext } from '../context.ts';
import type { StaffArea } from './staff-area.ts';

/** True when the user holds one of the entry's roles where the page is (empty roles: everyone signed in). */
function sees(user: SessionUser | null, entry: NavEntry, area: StaffArea): boolean {
  if (!user) return false;
  if (entry.roles.length === 0) return true;
  const where = area.municipality?.municipalityId ?? null;
  return user.roles.some((g) => entry.roles.includes(g.role) && g.municipalityId === where);
}

/**
 * The one staff navigation: every manifest's entries of the area's scope that the user may use, with the current
 * page marked. (Built from the manifests' `nav`; "My Zuhause" and the start pages extend it.)
 */
export function StaffNav({ ctx, area, current }: { ctx: ViewContext; area: StaffArea; current: string }) {
  const scope = area.municipality ? 'municipality' : 'state';
  const at = { locale: ctx.locale, ...(area.municipality ? { municipality: area.municipality.slug } : {}) };
  const entries = ctx.nav.filter((e) => e.scope === scope && sees(ctx.user, e, area));
  const m = area.municipality;
  return (
    <nav aria-label={m ? ctx.t('staff.nav.municipality', { municipality: m.name }) : ctx.t('staff.nav.state')}>
      {m && (
        <p class="kern-body">
          <a class="kern-link" href={`/${ctx.locale}/m/${m.slug}`}>
            <bdi lang="de">{m.name}</bdi>
          </a>
        </p>
      )}
      <ul class="z-inline-list">
        {entries.map((e) => (
          <li>
            <a class="kern-link" href={e.href(at)} aria-current={e.id === current ? 'page' : undefined}>
              {ctx.t(e.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
