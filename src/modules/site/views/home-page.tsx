import type { MunicipalitySummary } from '../../../platform/db/municipalities.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';

/** The portal's start page: what Zuhause is, and the municipalities to choose from. */
export function HomePage({ ctx, municipalities }: { ctx: ViewContext; municipalities: MunicipalitySummary[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('site.home.title')}>
      <h1 class="kern-heading-x-large">{t('site.home.title')}</h1>
      <p class="kern-body kern-body--large">{t('site.home.intro')}</p>
      <h2 class="kern-heading-medium">{t('site.home.municipalities', { count: municipalities.length })}</h2>
      <ul class="z-cards">
        {municipalities.map((m) => (
          <li>
            <a class="kern-link" href={`/${ctx.locale}/m/${m.slug}`}>
              {m.name}
            </a>{' '}
            <span class="kern-body--muted">{m.district}</span>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
