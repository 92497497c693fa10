import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { CycleRow, ProgrammeRow } from '../core.repository.ts';
import type { ProgrammeText } from '../programmes.repository.ts';

/** The programmes the person runs, with their cycles and each cycle's applications. */
export function ProgrammeAdminPage({
  ctx,
  tenant,
  programmes,
  texts,
  cycles,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  programmes: ProgrammeRow[];
  texts: Map<string, ProgrammeText>;
  cycles: Map<string, CycleRow[]>;
}) {
  const title = ctx.t('mentoring.programmes.admin.title');
  const base = `/${ctx.locale}/m/${tenant.slug}/admin/mentoring`;
  return (
    <StaffPage ctx={ctx} area={{ municipality: tenant }} current="mentoring.programmes.staff" title={title}>
      {programmes.length === 0 && <p class="kern-body">{ctx.t('mentoring.programmes.admin.none')}</p>}
      {programmes.map((p) => (
        <section aria-labelledby={`p-${p.id}`}>
          <h2 class="kern-heading-medium" id={`p-${p.id}`} lang={texts.get(p.id)?.locale}>
            {texts.get(p.id)?.title ?? p.slug}
          </h2>
          <ul class="kern-list">
            {(cycles.get(p.id) ?? []).map((c) => (
              <li>
                <a class="kern-link" href={`${base}/${p.slug}/cycles/${c.id}/applications`}>
                  {ctx.t('mentoring.programmes.admin.applications', { cycle: c.name })}
                </a>{' '}
                {ctx.t(`mentoring.programmes.cycleStatus.${c.status}`)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </StaffPage>
  );
}
