import type { PageTenant } from '../../../platform/db/tenant.ts';
import { ErrorSummary, type FormState, SelectField } from '../../../platform/views/components/form.tsx';
import { Pagination, pageCount } from '../../../platform/views/components/pagination.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { FilterForm, pageHref } from '../../../platform/views/staff/list-frame.tsx';
import type { HelpListRow } from '../help.repository.ts';
import { categoryOptions, helpBase, kindOptions, PostCard } from './help-parts.tsx';

export interface HelpListProps {
  ctx: ViewContext;
  tenant: PageTenant;
  rows: HelpListRow[];
  total: number;
  page: number;
  pageSize: number;
  state: FormState;
  /** The tenant's Quartiere as [slug, name], for the filter and the cards. */
  quartiere: { id: string; slug: string; name: string }[];
  /** "It helped" this year, all categories together. */
  helpedThisYear: number;
}

/** The public list of offers and requests: filters in a GET form (no JavaScript needed), cards, page links. */
export function HelpListPage(p: HelpListProps) {
  const { ctx, tenant, state } = p;
  const { t } = ctx;
  const base = helpBase(ctx, tenant.slug);
  const labels = {
    kind: t('community.help.field.kind'),
    category: t('community.help.field.category'),
    quartier: t('community.help.field.quartier'),
    page: t('pagination.label'),
  };
  const names = new Map(p.quartiere.map((q) => [q.id, q.name]));
  const valid = Object.keys(state.errors).length === 0;
  const title = t('community.help.title', { name: tenant.name });
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{t('community.help.intro')}</p>
      {p.helpedThisYear > 0 && (
        <p class="kern-body">{t('community.help.helpedThisYear', { count: p.helpedThisYear })}</p>
      )}
      <p class="kern-body">
        <a class="kern-btn kern-btn--primary" href={`${base}/new`}>
          <span class="kern-label">{t('community.help.new.action')}</span>
        </a>{' '}
        {ctx.user && (
          <a class="kern-link" href={`${base}/mine`}>
            {t('community.help.mine.title')}
          </a>
        )}
      </p>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <FilterForm ctx={ctx} action={base}>
        <SelectField ctx={ctx} state={state} name="kind" label={labels.kind} options={kindOptions(ctx)} />
        <SelectField ctx={ctx} state={state} name="category" label={labels.category} options={categoryOptions(ctx)} />
        {p.quartiere.length > 0 && (
          <SelectField
            ctx={ctx}
            state={state}
            name="quartier"
            label={labels.quartier}
            options={p.quartiere.map((q): [string, string] => [q.slug, q.name])}
          />
        )}
      </FilterForm>
      {valid && (
        <p class="kern-body" role="status">
          {t('community.help.count', { count: p.total })}
        </p>
      )}
      {valid && p.rows.length === 0 && <p class="kern-body">{t('community.help.empty')}</p>}
      <ul class="z-cards">
        {p.rows.map((row) => (
          <PostCard
            ctx={ctx}
            tenant={tenant}
            row={row}
            quartier={row.quartier_id ? (names.get(row.quartier_id) ?? null) : null}
          />
        ))}
      </ul>
      <Pagination ctx={ctx} page={p.page} count={pageCount(p.total, p.pageSize)} href={pageHref(base, state.values)} />
    </Layout>
  );
}
