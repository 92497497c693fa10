import { direction } from '../../../platform/i18n/locales.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { CycleRow, ProgrammeRow } from '../core.repository.ts';
import type { ProgrammeText } from '../programmes.repository.ts';
import { isOpenOn } from '../programmes.repository.ts';

/** The municipality's mentoring programmes, each with its cycles open for applications. */
export function ProgrammeListPage({
  ctx,
  tenant,
  programmes,
  texts,
  cycles,
  today,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  programmes: ProgrammeRow[];
  texts: Map<string, ProgrammeText>;
  cycles: Map<string, CycleRow[]>;
  today: string;
}) {
  const title = ctx.t('mentoring.programmes.list.title', { municipality: tenant.name });
  const base = `/${ctx.locale}/m/${tenant.slug}/mentoring`;
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{ctx.t('mentoring.programmes.list.intro')}</p>
      {programmes.length === 0 && <p class="kern-body">{ctx.t('mentoring.programmes.list.empty')}</p>}
      {programmes.map((p) => {
        const text = texts.get(p.id);
        const open = (cycles.get(p.id) ?? []).filter((c) => isOpenOn(c, today));
        return (
          <section class="z-stack" aria-labelledby={`p-${p.id}`}>
            <h2
              class="kern-heading-medium"
              id={`p-${p.id}`}
              lang={text?.locale}
              dir={text ? direction(text.locale) : undefined}
            >
              <a class="kern-link" href={`${base}/${p.slug}`}>
                {text?.title ?? p.slug}
              </a>
            </h2>
            <p class="kern-body">{ctx.t('mentoring.programmes.organiser', { organiser: p.organiser })}</p>
            {open.length === 0 ? (
              <p class="kern-body">{ctx.t('mentoring.programmes.list.noneOpen')}</p>
            ) : (
              <ul class="kern-list">
                {open.map((c) => (
                  <li>
                    {ctx.t('mentoring.programmes.list.open', {
                      cycle: c.name,
                      close: ctx.date(`${c.applicationsClose}T12:00:00Z`),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </Layout>
  );
}
