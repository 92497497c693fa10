import type { MunicipalitySummary } from '../../../platform/db/municipalities.ts';
import { PlainLanguageLink } from '../../../platform/views/components/plain-language-link.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';

const ABOUT = ['housing', 'neighbourhood', 'languages'] as const;
const NAVIGATION = ['language', 'municipality', 'footer', 'keyboard'] as const;

/** The portal's start page: what Zuhause is, how to find one's way, the municipalities, help links. */
export function HomePage({ ctx, municipalities }: { ctx: ViewContext; municipalities: MunicipalitySummary[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('site.home.title')}>
      <h1 class="kern-heading-x-large">{t('site.home.title')}</h1>
      <p class="kern-body kern-body--large z-flow">{t('site.home.intro')}</p>
      <h2 class="kern-heading-medium" id="municipalities">
        {t('site.home.municipalities', { count: municipalities.length })}
      </h2>
      {municipalities.length === 0 ? (
        <p class="kern-body">{t('site.home.noMunicipalities')}</p>
      ) : (
        <ul class="z-cards" aria-labelledby="municipalities">
          {municipalities.map((m) => (
            <li class="z-card">
              {/* Names and districts are German; isolated, they keep their order on right-to-left pages. */}
              <a class="kern-link z-card__link" href={`/${ctx.locale}/m/${m.slug}`}>
                <bdi lang="de">{m.name}</bdi>
              </a>
              <p class="kern-body kern-body--muted">
                <bdi lang="de">{m.district}</bdi>
              </p>
            </li>
          ))}
        </ul>
      )}
      <div class="z-flow">
        <h2 class="kern-heading-medium">{t('site.home.aboutTitle')}</h2>
        <ul class="kern-list kern-list--bullet">
          {ABOUT.map((k) => (
            <li>{t(`site.home.about.${k}`)}</li>
          ))}
        </ul>
        <h2 class="kern-heading-medium">{t('site.home.navTitle')}</h2>
        <ul class="kern-list kern-list--bullet">
          {NAVIGATION.map((k) => (
            <li>{t(`site.home.nav.${k}`)}</li>
          ))}
        </ul>
        <h2 class="kern-heading-medium">{t('site.home.helpTitle')}</h2>
        <ul class="kern-list">
          <li>
            <PlainLanguageLink ctx={ctx} class="kern-link" />
          </li>
          <li>
            <a class="kern-link" href={`/${ctx.locale}/accessibility`}>
              {t('layout.accessibility')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={`/${ctx.locale}/feedback`}>
              {t('layout.feedback')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={`/${ctx.locale}/privacy`}>
              {t('layout.privacy')}
            </a>
          </li>
        </ul>
      </div>
    </Layout>
  );
}
