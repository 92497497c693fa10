import { navFor } from '../../modules/navigation.ts';
import type { ViewContext } from '../context.ts';

/** The municipality a staff page belongs to (absent on the state's pages). */
export interface StaffNavTenant {
  municipalityId: string;
  slug: string;
  name: string;
}

/**
 * Which entry a path belongs to: the one whose URL is the longest prefix of it (a Quartier's edit form belongs to
 * "Quartiere"). `page` when the path is the entry's own page, `true` when it lies below it.
 */
export function currentOf(hrefs: readonly string[], path: string): { index: number; exact: boolean } | null {
  let best = -1;
  for (const [i, href] of hrefs.entries()) {
    const inside = path === href || path.startsWith(`${href}/`);
    if (inside && (best < 0 || href.length > (hrefs[best]?.length ?? 0))) best = i;
  }
  return best < 0 ? null : { index: best, exact: hrefs[best] === path };
}

/**
 * The one staff navigation, built from every module's manifest: the links of the scope's sections that the user's
 * roles there open, with the current one marked. On a municipality's pages it also leads back to its public page.
 */
export function StaffNav({
  ctx,
  scope,
  tenant,
}: {
  ctx: ViewContext;
  scope: 'municipality' | 'state';
  tenant?: StaffNavTenant | null;
}) {
  const municipalityId = scope === 'municipality' ? (tenant?.municipalityId ?? null) : null;
  const entries = navFor(ctx.manifests, scope, ctx.user, municipalityId);
  const navCtx = { locale: ctx.locale, ...(tenant ? { municipality: tenant.slug } : {}) };
  const hrefs = entries.map((e) => e.href(navCtx));
  const path = `/${ctx.locale}${ctx.pathWithoutLocale}`.replace(/\/$/, '');
  const current = currentOf(hrefs, path);
  const label =
    scope === 'state' || !tenant ? ctx.t('staff.nav.state') : ctx.t('staff.nav.municipality', { name: tenant.name });
  return (
    <nav class="z-staffnav" aria-label={label}>
      {scope === 'municipality' && tenant && (
        <p class="kern-body">
          <a class="kern-link" href={`/${ctx.locale}/m/${tenant.slug}`}>
            <bdi lang="de">{tenant.name}</bdi>
          </a>
        </p>
      )}
      <ul class="z-inline-list">
        {entries.map((e, i) => (
          <li>
            <a
              class="kern-link"
              href={hrefs[i]}
              aria-current={current?.index === i ? (current.exact ? 'page' : 'true') : undefined}
            >
              {ctx.t(e.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
