import type { PageTenant } from '../../../platform/db/tenant.ts';
import { ErrorSummary, type FormState, SelectField, TextField } from '../../../platform/views/components/form.tsx';
import { Pagination, pageCount } from '../../../platform/views/components/pagination.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { FilterForm, pageHref } from '../../../platform/views/staff/list-frame.tsx';
import type { TypeChoice } from '../event-types.ts';
import type { ListedDate, RoomPlace } from '../events.read.ts';
import { EVENT_LANGUAGES } from '../events.schema.ts';
import type { EventText } from '../events.texts.ts';
import { textIn } from '../events.texts.ts';
import { Checkbox } from './form-controls.tsx';
import { FeedLinks } from './feed-links.tsx';
import { dateState, languageNames, Place, publicEventsBase, when } from './event-parts.tsx';

/** What the list and the month view share: the filters and their choices, the dates found with their texts. */
export interface FindProps {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  types: TypeChoice[];
  quartiere: [string, string][];
  rows: ListedDate[];
  texts: EventText[];
  rooms: RoomPlace[];
}

export function filterLabels(ctx: ViewContext) {
  const { t } = ctx;
  return {
    from: t('community.events.filter.from'),
    to: t('community.events.filter.to'),
    type: t('community.events.field.typeKey'),
    lang: t('community.events.filter.lang'),
    quartier: t('community.events.field.quartierId'),
    q: t('community.events.filter.q'),
    accessible: t('community.events.filter.accessible'),
    family: t('community.events.field.familyFriendly'),
    free: t('community.events.filter.free'),
    month: t('community.events.month.label'),
    view: t('community.events.view.label'),
    page: t('pagination.label'),
  };
}

/** The filters as a GET form: they work without JavaScript and give the filtered list its own URL. */
export function Filters(p: Pick<FindProps, 'ctx' | 'tenant' | 'state' | 'types' | 'quartiere'> & { month?: string }) {
  const { ctx, state } = p;
  const labels = filterLabels(ctx);
  const names = new Intl.DisplayNames([ctx.locale], { type: 'language', fallback: 'code' });
  const langs = EVENT_LANGUAGES.map((l): [string, string] => [l, names.of(l) ?? l]);
  return (
    <FilterForm ctx={ctx} action={publicEventsBase(ctx, p.tenant.slug)}>
      {p.month && (
        <>
          <input type="hidden" name="view" value="month" />
          <input type="hidden" name="month" value={p.month} />
        </>
      )}
      <TextField ctx={ctx} state={state} name="q" label={labels.q} />
      {!p.month && <TextField ctx={ctx} state={state} name="from" label={labels.from} type="date" />}
      {!p.month && <TextField ctx={ctx} state={state} name="to" label={labels.to} type="date" />}
      <SelectField
        ctx={ctx}
        state={state}
        name="type"
        label={labels.type}
        options={p.types.map((x): [string, string] => [x.key, x.label])}
      />
      <SelectField ctx={ctx} state={state} name="lang" label={labels.lang} options={langs} />
      <SelectField ctx={ctx} state={state} name="quartier" label={labels.quartier} options={p.quartiere} />
      <Checkbox state={state} name="accessible" label={labels.accessible} />
      <Checkbox state={state} name="family" label={labels.family} />
      <Checkbox state={state} name="free" label={labels.free} />
    </FilterForm>
  );
}

/** Links between the list and the month calendar, keeping the filters. */
export function ViewSwitch({
  ctx,
  base,
  state,
  current,
}: {
  ctx: ViewContext;
  base: string;
  state: FormState;
  current: 'list' | 'month';
}) {
  const keep = new URLSearchParams();
  for (const [k, v] of Object.entries(state.values)) {
    if (!['view', 'month', 'page', 'from', 'to'].includes(k) && typeof v === 'string' && v !== '') keep.set(k, v);
  }
  const list = `${base}${keep.size ? `?${keep}` : ''}`;
  keep.set('view', 'month');
  const month = `${base}?${keep}`;
  return (
    <nav aria-label={ctx.t('community.events.view.label')}>
      <ul class="z-inline-list">
        <li>
          <a class="kern-link" href={list} aria-current={current === 'list' ? 'page' : undefined}>
            {ctx.t('community.events.view.list')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={month} aria-current={current === 'month' ? 'page' : undefined}>
            {ctx.t('community.events.view.month')}
          </a>
        </li>
      </ul>
    </nav>
  );
}

function DateCard({ p, d }: { p: FindProps; d: ListedDate }) {
  const { ctx, tenant } = p;
  const text = textIn(
    p.texts.filter((x) => x.eventId === d.eventId),
    d.sourceLocale,
    ctx.locale,
  );
  const type = p.types.find((x) => x.key === d.typeKey)?.label ?? d.typeKey;
  const room = p.rooms.find((r) => r.id === d.roomId) ?? null;
  const state = dateState(ctx, d, d.registration);
  return (
    <li class="z-card">
      <h2 class="kern-heading-small">
        <a class="kern-link" href={`${publicEventsBase(ctx, tenant.slug)}/${d.eventId}`} lang={text?.lang}>
          {text?.title ?? type}
        </a>
      </h2>
      <p class="kern-body">
        {d.status === 'cancelled' ? <del>{when(ctx, d.startsAt, d.endsAt)}</del> : when(ctx, d.startsAt, d.endsAt)}
      </p>
      <p class="kern-body">
        <strong>{state.text}</strong>
      </p>
      <p class="kern-body">
        {type} · <Place event={d} room={room} />
      </p>
      <p class="kern-body">
        {ctx.t('community.events.fact.languages', { languages: languageNames(ctx, d.languages) })}
      </p>
    </li>
  );
}

/** The feed of the Quartier filtered for, else the municipality's. */
const quartierScope = (q: string | string[] | undefined) =>
  typeof q === 'string' && /^[a-z0-9][a-z0-9-]{1,62}$/.test(q)
    ? { kind: 'quartier' as const, slug: q }
    : { kind: 'municipality' as const };

/** The public list of dates ahead: filters, count, cards, page links. */
export function EventListPage(p: FindProps & { total: number; page: number; pageSize: number; baseUrl: string }) {
  const { ctx, tenant, state } = p;
  const { t } = ctx;
  const base = publicEventsBase(ctx, tenant.slug);
  const valid = Object.keys(state.errors).length === 0;
  const title = t('community.events.list.title', { name: tenant.name });
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{t('community.events.list.intro')}</p>
      <ViewSwitch ctx={ctx} base={base} state={state} current="list" />
      <ErrorSummary ctx={ctx} state={state} labels={filterLabels(ctx)} />
      <Filters {...p} />
      {valid && (
        <p class="kern-body" role="status">
          {t('community.events.list.count', { count: p.total })}
        </p>
      )}
      <ul class="z-cards">
        {p.rows.map((d) => (
          <DateCard p={p} d={d} />
        ))}
      </ul>
      <Pagination ctx={ctx} page={p.page} count={pageCount(p.total, p.pageSize)} href={pageHref(base, state.values)} />
      <FeedLinks
        ctx={ctx}
        baseUrl={p.baseUrl}
        municipality={tenant.slug}
        scope={quartierScope(state.values.quartier)}
      />
    </Layout>
  );
}
