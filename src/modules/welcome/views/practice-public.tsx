import type { Paged } from '../../../platform/db/paginate.ts';
import { TextNotes } from '../../../platform/views/components/content-texts.tsx';
import { BackLink, DetailList } from '../../../platform/views/components/detail-list.tsx';
import { Pagination, pageCount } from '../../../platform/views/components/pagination.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { pageHref } from '../../../platform/views/staff/list-frame.tsx';
import { PRACTICE_TAGS } from '../welcome.tables.ts';
import { type ListedPractice, Paragraphs, PracticeTitle, practiceUrls, tagWords } from './practice-parts.tsx';

const NOTES = { missing: 'welcome.practice.text.missing', outdated: 'welcome.practice.text.outdated' };

const snippet = (s: string) => (s.length > 240 ? `${s.slice(0, 240).replace(/\s+\S*$/, '')} …` : s);

/** The library: search by words, filter by tag (a GET form, no JavaScript), the examples a page at a time. */
export function PracticeListPage(p: {
  ctx: ViewContext;
  data: Paged<ListedPractice>;
  filter: { q?: string; tag?: string };
}) {
  const { ctx, data, filter } = p;
  const { t } = ctx;
  const urls = practiceUrls(ctx.locale);
  const heading = t('welcome.practice.public.title');
  return (
    <Layout ctx={ctx} title={heading}>
      <h1 class="kern-heading-large">{heading}</h1>
      <p class="kern-body">{t('welcome.practice.public.intro')}</p>
      <form method="get" action={urls.list} class="z-filter">
        <div class="kern-form-input">
          <label class="kern-label" for="f-q">
            {t('welcome.practice.public.words')}
          </label>
          <input class="kern-form-input__input" id="f-q" name="q" type="search" value={filter.q ?? ''} />
        </div>
        <div class="kern-form-input">
          <label class="kern-label" for="f-tag">
            {t('welcome.practice.field.tags')}
          </label>
          <div class="kern-form-input__select-wrapper">
            <select class="kern-form-input__select" id="f-tag" name="tag">
              <option value="">{t('welcome.practice.public.allTags')}</option>
              {PRACTICE_TAGS.map((k) => (
                <option value={k} selected={k === filter.tag}>
                  {t(`welcome.tag.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('welcome.practice.public.search')}</span>
        </button>
      </form>
      <p class="kern-body" role="status">
        {t('welcome.practice.public.count', { count: data.total })}
      </p>
      {data.rows.length === 0 ? (
        <p class="kern-body z-empty">{t('welcome.practice.public.empty')}</p>
      ) : (
        <ul class="z-cards">
          {data.rows.map((item) => (
            <li class="z-card">
              <h2 class="kern-heading-small">
                <a class="kern-link" href={urls.one(item.row.slug)}>
                  <PracticeTitle ctx={ctx} item={item} />
                </a>
              </h2>
              <p class="kern-body">
                <bdi>{item.row.placeName}</bdi> · {tagWords(ctx, item.row.tags)}
              </p>
              {item.text && (
                <p class="kern-body" lang={item.text.lang}>
                  {snippet(item.text.what)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        ctx={ctx}
        page={data.page}
        count={pageCount(data.total, data.pageSize)}
        href={pageHref(urls.list, { q: filter.q ?? '', tag: filter.tag ?? '' })}
      />
    </Layout>
  );
}

/** One example: what, where, for whom, results, contact and tags, in the reader's language with the fallback marked. */
export function PracticePage(p: {
  ctx: ViewContext;
  item: ListedPractice;
  adaptLinks: { href: string; name: string }[];
}) {
  const { ctx, item } = p;
  const { t } = ctx;
  const { row, text } = item;
  const lang = text?.lang ?? 'de';
  const title = text?.title ?? t('welcome.practice.untitled');
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={practiceUrls(ctx.locale).list}>{t('welcome.practice.public.back')}</BackLink>
      <h1 class="kern-heading-large">
        <PracticeTitle ctx={ctx} item={item} />
      </h1>
      <TextNotes ctx={ctx} shown={text} messages={NOTES} />
      <DetailList
        rows={[
          [t('welcome.practice.field.placeName'), <bdi>{row.placeName}</bdi>],
          !!row.providerName && [t('welcome.practice.field.providerName'), <bdi>{row.providerName}</bdi>],
          !!item.origin && [t('welcome.practice.field.origin'), <bdi>{item.origin}</bdi>],
          !!text?.forWhom && [t('welcome.practice.field.forWhom'), <span lang={lang}>{text.forWhom}</span>],
          row.startedYear !== null && [t('welcome.practice.field.startedYear'), String(row.startedYear)],
          [t('welcome.practice.field.tags'), tagWords(ctx, row.tags)],
        ]}
      />
      <h2 class="kern-heading-medium">{t('welcome.practice.field.what')}</h2>
      {text && <Paragraphs text={text.what} lang={lang} />}
      {!!text?.results && (
        <>
          <h2 class="kern-heading-medium">{t('welcome.practice.field.results')}</h2>
          <Paragraphs text={text.results} lang={lang} />
        </>
      )}
      {(row.contactName || row.contactEmail || row.website) && (
        <>
          <h2 class="kern-heading-medium">{t('welcome.practice.public.contact')}</h2>
          <ul class="kern-list">
            {row.contactName && (
              <li>
                <bdi>{row.contactName}</bdi>
              </li>
            )}
            {row.contactEmail && (
              <li>
                <a class="kern-link" href={`mailto:${row.contactEmail}`}>
                  {row.contactEmail}
                </a>
              </li>
            )}
            {row.website && (
              <li>
                <a class="kern-link" href={row.website} rel="noopener">
                  {row.website}
                </a>
              </li>
            )}
          </ul>
        </>
      )}
      {p.adaptLinks.length > 0 && (
        <>
          <h2 class="kern-heading-medium">{t('welcome.practice.adapt.title')}</h2>
          <ul class="kern-list">
            {p.adaptLinks.map((a) => (
              <li>
                <a class="kern-link" href={a.href}>
                  {t('welcome.practice.adapt.linkIn', { municipality: a.name })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
