import type { PageTenant } from '../../../platform/db/tenant.ts';
import { ErrorSummary, type FormState, SelectField, TextField } from '../../../platform/views/components/form.tsx';
import { Pagination, pageCount } from '../../../platform/views/components/pagination.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { FilterForm, pageHref } from '../../../platform/views/staff/list-frame.tsx';
import type { PublicFlat } from '../flats.read.ts';
import { flatTextIn } from '../flats.texts.ts';
import { AddressLine, Checkbox, publicFlatsBase } from './flat-fields.tsx';

export interface SearchPageProps {
  ctx: ViewContext;
  tenant: PageTenant;
  rows: PublicFlat[];
  total: number;
  page: number;
  pageSize: number;
  state: FormState;
  quartiere: [string, string][];
}

function Filters({ ctx, state, quartiere }: Pick<SearchPageProps, 'ctx' | 'state' | 'quartiere'>) {
  const { t } = ctx;
  const wbs = (['required', 'free'] as const).map((w): [string, string] => [w, t(`housing.flats.search.wbs.${w}`)]);
  return (
    <>
      <SelectField
        ctx={ctx}
        state={state}
        name="quartier"
        label={t('housing.flats.field.quartierId')}
        options={quartiere}
      />
      <TextField ctx={ctx} state={state} name="rooms" label={t('housing.flats.search.rooms')} inputmode="numeric" />
      <TextField ctx={ctx} state={state} name="maxRent" label={t('housing.flats.search.maxRent')} inputmode="numeric" />
      <SelectField ctx={ctx} state={state} name="wbs" label={t('housing.flats.field.wbsRequired')} options={wbs} />
      <Checkbox state={state} name="stepFree" label={t('housing.flats.field.stepFree')} />
      <Checkbox state={state} name="wheelchair" label={t('housing.flats.field.wheelchairAccessible')} />
    </>
  );
}

function FlatCard({ ctx, tenant, f }: { ctx: ViewContext; tenant: PageTenant; f: PublicFlat }) {
  const { t } = ctx;
  const text = flatTextIn(f.texts, f.sourceLocale, ctx.locale);
  const warm = (f.coldRentCents + f.serviceChargesCents + f.heatingCents) / 100;
  return (
    <li class="z-card">
      <h2 class="kern-heading-small">
        <a class="kern-link" href={`${publicFlatsBase(ctx, tenant.slug)}/${f.id}`} lang={text?.lang}>
          {text?.title ?? f.street}
        </a>
      </h2>
      {text?.missing && <p class="kern-body">{t('housing.flats.text.missingNote')}</p>}
      <AddressLine f={f} />
      <p class="kern-body">
        {t('housing.flats.summary', { rooms: f.rooms, area: f.areaM2, rent: ctx.money(warm) })}
        {f.wbsRequired && <> · {t('housing.flats.wbsBound')}</>}
        {f.wheelchairAccessible ? (
          <> · {t('housing.flats.field.wheelchairAccessible')}</>
        ) : (
          f.stepFree && <> · {t('housing.flats.field.stepFree')}</>
        )}
      </p>
    </li>
  );
}

/** The public flat search: filters in a GET form (works without JavaScript), matches, page links. */
export function FlatsSearchPage(p: SearchPageProps) {
  const { ctx, tenant, state } = p;
  const { t } = ctx;
  const base = publicFlatsBase(ctx, tenant.slug);
  const labels = {
    quartier: t('housing.flats.field.quartierId'),
    rooms: t('housing.flats.search.rooms'),
    maxRent: t('housing.flats.search.maxRent'),
    wbs: t('housing.flats.field.wbsRequired'),
    stepFree: t('housing.flats.field.stepFree'),
    wheelchair: t('housing.flats.field.wheelchairAccessible'),
    page: t('pagination.label'),
  };
  const valid = Object.keys(state.errors).length === 0;
  return (
    <Layout ctx={ctx} title={t('housing.flats.search.title', { name: tenant.name })}>
      <h1 class="kern-heading-large">{t('housing.flats.search.title', { name: tenant.name })}</h1>
      <p class="kern-body">{t('housing.flats.search.intro')}</p>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <FilterForm ctx={ctx} action={base}>
        <Filters ctx={ctx} state={state} quartiere={p.quartiere} />
      </FilterForm>
      {valid && (
        <p class="kern-body" role="status">
          {t('housing.flats.search.count', { count: p.total })}
        </p>
      )}
      {valid && p.rows.length === 0 && <p class="kern-body">{t('housing.flats.search.empty')}</p>}
      <ul class="z-cards">
        {p.rows.map((f) => (
          <FlatCard ctx={ctx} tenant={tenant} f={f} />
        ))}
      </ul>
      <Pagination ctx={ctx} page={p.page} count={pageCount(p.total, p.pageSize)} href={pageHref(base, state.values)} />
    </Layout>
  );
}
