import type { PageTenant } from '../../../platform/db/tenant.ts';
import { isLocale } from '../../../platform/i18n/locales.ts';
import { languageName } from '../../../platform/views/components/content-texts.tsx';
import { ErrorSummary, type FormState } from '../../../platform/views/components/form.tsx';
import { Pagination } from '../../../platform/views/components/pagination.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { ResultItem, SearchResults } from '../search.service.ts';
import type { SnippetPart } from '../search.text.ts';
import { SearchBox } from './search-box.tsx';

/** Text with its matched words in `<mark>`: every part is text, escaped by the renderer; no HTML from the data. */
function Marked({ parts }: { parts: readonly SnippetPart[] }) {
  return <>{parts.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;
}

const nameOf = (ctx: ViewContext, l: string) => (isLocale(l) ? languageName(ctx, l) : l);

/** One hit: what it is, its linked title and snippet in their language, and where it matched when elsewhere. */
function Result({ ctx, item }: { ctx: ViewContext; item: ResultItem }) {
  const { t } = ctx;
  return (
    <li class="z-card">
      <p class="kern-body kern-body--small">{t(item.label)}</p>
      <h2 class="kern-heading-small">
        <a class="kern-link" href={item.url} lang={item.lang} dir="auto">
          <Marked parts={item.title} />
        </a>
      </h2>
      {item.matchedIn && (
        <p class="kern-body kern-body--small" data-matched={item.matchedIn}>
          {t('welcome.search.matchedIn', { language: nameOf(ctx, item.matchedIn) })}
        </p>
      )}
      {item.lang !== ctx.locale && (
        <p class="kern-body kern-body--small">{t('welcome.search.shownIn', { language: nameOf(ctx, item.lang) })}</p>
      )}
      <p class="kern-body" lang={item.lang} dir="auto">
        <Marked parts={item.snippet} />
      </p>
    </li>
  );
}

/** The results of a query: their count, the hits of this page, the pages; or why there are none. */
function Results({
  ctx,
  results,
  query,
  href,
}: {
  ctx: ViewContext;
  results: SearchResults;
  query: string;
  href: (page: number) => string;
}) {
  const { t } = ctx;
  if (results.total === 0)
    return (
      <div role="status">
        <p class="kern-body z-empty">{t('welcome.search.empty', { query })}</p>
        <p class="kern-body">{t('welcome.search.emptyHint')}</p>
      </div>
    );
  if (results.items.length === 0)
    return (
      <p class="kern-body z-empty" role="status">
        {t('welcome.search.pastEnd', { count: results.pageCount })}{' '}
        <a class="kern-link" href={href(1)}>
          {t('welcome.search.firstPage')}
        </a>
      </p>
    );
  return (
    <>
      <p class="kern-body" role="status">
        {t('welcome.search.count', { count: results.total, query })}
      </p>
      <ol class="z-cards">
        {results.items.map((item) => (
          <Result ctx={ctx} item={item} />
        ))}
      </ol>
      <Pagination ctx={ctx} page={results.page} count={results.pageCount} href={href} />
    </>
  );
}

/** The search page of a municipality: the field, the error summary for bad input, the results. */
export function SearchPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  results: SearchResults | null;
  query?: string;
}) {
  const { ctx, tenant, state } = p;
  const { t } = ctx;
  const heading = t('welcome.search.title', { municipality: tenant.name });
  const typed = typeof state.values.q === 'string' ? state.values.q : '';
  const query = p.query ?? '';
  const base = `/${ctx.locale}/m/${tenant.slug}/search`;
  const href = (page: number) => `${base}?q=${encodeURIComponent(query)}&page=${page}`;
  return (
    <Layout ctx={ctx} title={query ? t('welcome.search.titleFor', { query }) : heading}>
      <h1 class="kern-heading-large">{heading}</h1>
      <ErrorSummary
        ctx={ctx}
        state={state}
        labels={{ q: t('welcome.search.label'), page: t('welcome.search.pageLabel') }}
      />
      <SearchBox ctx={ctx} municipality={tenant.slug} value={typed} error={state.errors.q} />
      {p.results && <Results ctx={ctx} results={p.results} query={query} href={href} />}
    </Layout>
  );
}
