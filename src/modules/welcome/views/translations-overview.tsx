import type { Paged } from '../../../platform/db/paginate.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { FormState } from '../../../platform/views/components/form.tsx';
import { SelectField } from '../../../platform/views/components/form.tsx';
import type { Column } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { ListFrame } from '../../../platform/views/staff/list-frame.tsx';
import type { OverviewRow } from '../translations.overview.ts';
import { STATE_FILTERS, TRANSLATION_LOCALES } from '../translations.state.ts';
import { TOPICS } from '../welcome.tables.ts';
import { StateLabel, translationLanguage, translationUrls } from './translations-parts.tsx';

/** The status overview: guide pages × languages, each cell the state in words and a link to the editor. */
export function TranslationsOverviewPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  data: Paged<OverviewRow>;
  state: FormState;
}) {
  const { ctx, state } = p;
  const { t } = ctx;
  const urls = translationUrls(ctx, p.tenant);
  const shown = p.data.rows[0]?.languages.map((s) => s.locale) ?? [...TRANSLATION_LOCALES];
  const labels = {
    lang: t('welcome.translations.filter.lang'),
    state: t('welcome.translations.filter.state'),
    topic: t('welcome.translations.filter.topic'),
  };
  const columns: Column<OverviewRow>[] = [
    {
      header: t('welcome.translations.column.page'),
      rowHeader: true,
      cell: (r) => (r.title === null ? t('welcome.translations.noSource') : <bdi lang="de">{r.title}</bdi>),
    },
    { header: t('welcome.translations.column.topic'), cell: (r) => t(`welcome.topic.${r.page.topic}`) },
    ...shown.map(
      (l, i): Column<OverviewRow> => ({
        header: translationLanguage(ctx, l),
        cell: (r) => {
          const s = r.languages[i]!;
          if (r.title === null) return '—';
          return (
            <a class="kern-link" href={urls.editor(r.page.id, l)}>
              <StateLabel ctx={ctx} status={s} />
              <span class="z-visually-hidden">
                {' '}
                {t('welcome.translations.cellHint', { language: translationLanguage(ctx, l) })}
              </span>
            </a>
          );
        },
      }),
    ),
  ];
  return (
    <ListFrame
      ctx={ctx}
      area={{ municipality: p.tenant }}
      current="welcome.translations"
      action={urls.overview}
      title={t('welcome.translations.title')}
      intro={t('welcome.translations.intro')}
      count={t('welcome.translations.count', { n: p.data.total })}
      data={p.data}
      state={state}
      labels={labels}
      filters={
        <>
          <SelectField
            ctx={ctx}
            state={state}
            name="lang"
            label={labels.lang}
            options={TRANSLATION_LOCALES.map((l) => [l, translationLanguage(ctx, l)])}
          />
          <SelectField
            ctx={ctx}
            state={state}
            name="state"
            label={labels.state}
            options={STATE_FILTERS.map((s) => [s, t(`welcome.translations.state.${s}`)])}
          />
          <SelectField
            ctx={ctx}
            state={state}
            name="topic"
            label={labels.topic}
            options={TOPICS.map((k) => [k, t(`welcome.topic.${k}`)])}
          />
        </>
      }
      caption={t('welcome.translations.caption')}
      empty={t('welcome.translations.empty')}
      columns={columns}
    />
  );
}
