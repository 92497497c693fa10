import { direction } from '../../../platform/i18n/locales.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { CycleRow, ProgrammeRow } from '../core.repository.ts';
import type { ProgrammeText } from '../programmes.repository.ts';

const k = (key: string) => `mentoring.programmes.admin.${key}`;

/** The programmes the person runs, with their cycles and what waits in each (applications, the waitlist). */
export function ProgrammeAdminPage({
  ctx,
  tenant,
  programmes,
  texts,
  cycles,
  counts,
  administers,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  programmes: ProgrammeRow[];
  texts: Map<string, ProgrammeText>;
  cycles: Map<string, CycleRow[]>;
  counts: Map<string, Record<string, number>>;
  /** Whether the person may create and edit programmes (the municipality's administration). */
  administers: boolean;
}) {
  const base = `/${ctx.locale}/m/${tenant.slug}/admin/mentoring`;
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="mentoring.programmes.staff"
      title={ctx.t(k('title'))}
      action={administers && { href: `${base}/new`, label: ctx.t(k('new')) }}
    >
      {programmes.length === 0 && <p class="kern-body">{ctx.t(k('none'))}</p>}
      {programmes.map((p) => (
        <section aria-labelledby={`p-${p.id}`}>
          <h2
            class="kern-heading-medium"
            id={`p-${p.id}`}
            lang={texts.get(p.id)?.locale}
            dir={texts.has(p.id) ? direction(texts.get(p.id)!.locale) : undefined}
          >
            {texts.get(p.id)?.title ?? p.slug}
          </h2>
          <p class="kern-body">
            {p.active ? (
              <a class="kern-link" href={`/${ctx.locale}/m/${tenant.slug}/mentoring/${p.slug}`}>
                {ctx.t(k('publicPage'))}
              </a>
            ) : (
              ctx.t(k('inactive'))
            )}
            {administers && ' · '}
            {administers && (
              <a class="kern-link" href={`${base}/${p.slug}/edit`}>
                {ctx.t(k('edit'))}
              </a>
            )}
            {' · '}
            <a class="kern-link" href={`${base}/${p.slug}/cycles/new`}>
              {ctx.t(k('newCycle'))}
            </a>
            {' · '}
            <a class="kern-link" href={`${base}/${p.slug}/sessions`}>
              {ctx.t(k('sessions'))}
            </a>
            {' · '}
            <a class="kern-link" href={`${base}/${p.slug}/figures`}>
              {ctx.t(k('figures'))}
            </a>
          </p>
          <ul class="kern-list">
            {(cycles.get(p.id) ?? []).map((c) => {
              const n = counts.get(c.id) ?? {};
              return (
                <li id={`c-${c.id}`}>
                  {ctx.t(k('cycleLine'), {
                    cycle: c.name,
                    status: ctx.t(`mentoring.programmes.cycleStatus.${c.status}`),
                    applied: n.applied ?? 0,
                    waitlisted: n.waitlisted ?? 0,
                  })}{' '}
                  <a class="kern-link" href={`${base}/${p.slug}/cycles/${c.id}/applications`}>
                    {ctx.t(k('applications'), { cycle: c.name })}
                  </a>
                  {' · '}
                  <a class="kern-link" href={`${base}/${p.slug}/cycles/${c.id}/matching`}>
                    {ctx.t(k('matching'), { cycle: c.name })}
                  </a>
                  {' · '}
                  <a class="kern-link" href={`${base}/${p.slug}/cycles/${c.id}/pairings`}>
                    {ctx.t(k('pairings'), { cycle: c.name })}
                  </a>
                  {c.status !== 'finished' && ' · '}
                  {c.status !== 'finished' && (
                    <a class="kern-link" href={`${base}/${p.slug}/cycles/${c.id}/edit`}>
                      {ctx.t(k('editCycle'), { cycle: c.name })}
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </StaffPage>
  );
}
