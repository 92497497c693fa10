import { direction } from '../../../platform/i18n/locales.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { SearchBox } from './search-box.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import type { KnownPath } from '../guide.links.ts';
import type { ShownGuideText } from '../guide.read.ts';
import type { GuidePageRow, GuideText } from '../guide.repository.ts';
import type { TreeNode } from '../guide.tree.ts';
import type { ReaderTreePage } from '../guide.read.ts';
import { GuideBody, guideUrls, LastChecked } from './guide-parts.tsx';

type Trees = readonly { topic: string; nodes: TreeNode<ReaderTreePage>[] }[];

function Branch({
  ctx,
  nodes,
  url,
}: {
  ctx: ViewContext;
  nodes: TreeNode<ReaderTreePage>[];
  url: (s: string) => string;
}) {
  return (
    <ul class="kern-list">
      {nodes.map((n) => (
        <li>
          <a class="kern-link" href={url(n.page.slug)} lang={n.page.lang} dir={direction(n.page.lang)}>
            {n.page.title}
          </a>
          {n.page.missing && ` (${ctx.t('welcome.guide.public.inGerman')})`}
          {n.children.length > 0 && <Branch ctx={ctx} nodes={n.children} url={url} />}
        </li>
      ))}
    </ul>
  );
}

/** The guide of a municipality: its published pages by topic, each titled in the reader's language or marked German. */
export function GuideTreePage({ ctx, tenant, trees }: { ctx: ViewContext; tenant: PageTenant; trees: Trees }) {
  const { t } = ctx;
  const urls = guideUrls(ctx.locale, tenant.slug);
  const heading = t('welcome.guide.public.title', { municipality: tenant.name });
  return (
    <Layout ctx={ctx} title={heading}>
      <h1 class="kern-heading-large">{heading}</h1>
      <p class="kern-body">{t('welcome.guide.public.intro')}</p>
      <SearchBox ctx={ctx} municipality={tenant.slug} />
      {trees.length === 0 && <p class="kern-body z-empty">{t('welcome.guide.public.empty')}</p>}
      {trees.map((x) => (
        <section aria-labelledby={`topic-${x.topic}`}>
          <h2 class="kern-heading-medium" id={`topic-${x.topic}`}>
            {t(`welcome.topic.${x.topic}`)}
          </h2>
          <Branch ctx={ctx} nodes={x.nodes} url={urls.page} />
        </section>
      ))}
      {trees.length > 0 && (
        <p class="kern-body">
          <a class="kern-link" href={`/${ctx.locale}/m/${tenant.slug}/guide/offline`}>
            {t('welcome.guide.public.offline')}
          </a>
        </p>
      )}
    </Layout>
  );
}

/** The notices above a text: a German fallback, an outdated translation (with the date and the German), a machine text. */
function Notices({
  ctx,
  tenant,
  slug,
  shown,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  slug: string;
  shown: ShownGuideText;
}) {
  const { t } = ctx;
  const urls = guideUrls(ctx.locale, tenant.slug);
  const notes = [
    shown.missing && <p class="kern-body">{t('welcome.guide.page.fallback')}</p>,
    shown.outdated && (
      <p class="kern-body">
        {t('welcome.guide.page.outdated', { date: shown.sourceChangedAt ? ctx.date(shown.sourceChangedAt) : '—' })}{' '}
        <a class="kern-link" href={urls.german(slug)} hreflang="de">
          {t('welcome.guide.page.readGerman')}
        </a>
      </p>
    ),
    shown.unreviewed && <p class="kern-body">{t('welcome.guide.page.machine')}</p>,
  ].filter(Boolean);
  if (notes.length === 0) return null;
  return (
    <div class="kern-alert kern-alert--info z-guide-notices" role="note">
      <div class="kern-alert__body">{notes}</div>
    </div>
  );
}

/** One page of the guide in the reader's language, with its notices, the "last checked" date and its print view. */
export function GuideReaderPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  page: GuidePageRow;
  shown: ShownGuideText;
  plain: GuideText | null;
  known: KnownPath;
}) {
  const { ctx, tenant, page, shown } = p;
  const { t } = ctx;
  const urls = guideUrls(ctx.locale, tenant.slug);
  return (
    <Layout ctx={ctx} title={shown.title}>
      <p class="kern-body">
        <a class="kern-link" href={urls.tree}>
          {t('welcome.guide.page.back')}
        </a>
      </p>
      <Notices ctx={ctx} tenant={tenant} slug={page.slug} shown={shown} />
      <article lang={shown.lang} dir={direction(shown.lang)}>
        <h1 class="kern-heading-large">{shown.title}</h1>
        <GuideBody lang={shown.lang} html={shown.body} known={p.known} />
      </article>
      <LastChecked ctx={ctx} on={page.lastCheckedOn} />
      <ul class="z-inline-list">
        <li>
          <a class="kern-link" href={urls.print(page.slug)}>
            {t('welcome.guide.page.print')}
          </a>
        </li>
        {p.plain && ctx.locale === 'de' && (
          <li>
            <a class="kern-link" href={urls.plain(page.slug)} hreflang="de">
              {t('welcome.guide.page.plain')}
            </a>
          </li>
        )}
      </ul>
    </Layout>
  );
}

/** A page for paper: the text, the date and where it comes from; no navigation, no header, no footer. */
export function GuidePrintPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  page: GuidePageRow;
  shown: ShownGuideText;
  known: KnownPath;
}) {
  const { ctx, tenant, page, shown } = p;
  const { t } = ctx;
  return (
    <html lang={ctx.locale} dir={ctx.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${shown.title} – ${t('site.name')}`}</title>
        <link rel="stylesheet" href={ctx.asset('app.css')} />
      </head>
      <body class="z-print">
        <main class="z-container z-main">
          <p class="kern-body">{t('welcome.guide.print.from', { municipality: tenant.name })}</p>
          {shown.missing && <p class="kern-body">{t('welcome.guide.page.fallback')}</p>}
          {shown.outdated && <p class="kern-body">{t('welcome.guide.print.outdated')}</p>}
          {shown.unreviewed && <p class="kern-body">{t('welcome.guide.page.machine')}</p>}
          <article lang={shown.lang} dir={direction(shown.lang)}>
            <h1 class="kern-heading-large">{shown.title}</h1>
            <GuideBody lang={shown.lang} html={shown.body} known={p.known} />
          </article>
          <LastChecked ctx={ctx} on={page.lastCheckedOn} />
        </main>
      </body>
    </html>
  );
}

/** The Leichte Sprache text of a page (German only), with a link to the page in everyday German. */
export function GuidePlainPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  page: GuidePageRow;
  text: GuideText;
  known: KnownPath;
}) {
  const { ctx, tenant, page, text } = p;
  const urls = guideUrls('de', tenant.slug);
  // Every language's link leads to the page itself: Leichte Sprache exists in German only.
  const languageHref = (l: string) => guideUrls(l, tenant.slug).page(page.slug);
  return (
    <Layout ctx={ctx} title={text.title} languageHref={languageHref}>
      <p class="kern-body">
        <a class="kern-link" href={urls.page(page.slug)}>
          {ctx.t('welcome.guide.plain.everyday')}
        </a>
      </p>
      <article lang="de">
        <h1 class="kern-heading-large">{text.title}</h1>
        <GuideBody lang="de" html={text.body} known={p.known} />
      </article>
      <LastChecked ctx={ctx} on={page.lastCheckedOn} />
    </Layout>
  );
}
