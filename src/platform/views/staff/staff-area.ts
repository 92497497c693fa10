import type { PageTenant } from '../../db/tenant.ts';

/** Where a staff page lives: a municipality's staff area (`/:locale/m/:slug/admin/…`) or the state's (`/:locale/state/…`). */
export interface StaffArea {
  /** The municipality; null in the state's area. */
  municipality: PageTenant | null;
}

/** The base URL of an area's staff pages in a language: `/de/m/meppen/admin` or `/de/state`. */
export function areaBase(locale: string, area: StaffArea): string {
  return area.municipality ? `/${locale}/m/${area.municipality.slug}/admin` : `/${locale}/state`;
}
