import type { MunicipalitySummary } from '../../../platform/db/municipalities.ts';
import { ContentSection } from '../../../platform/views/components/content-section.tsx';
import { PlainLanguageLink } from '../../../platform/views/components/plain-language-link.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';

const ABOUT = ['site.home.about.housing', 'site.home.about.neighbourhood', 'site.home.about.languages'] as const;
const NAVIGATION = [
  'site.home.nav.language',
  'site.home.nav.municipality',
  'site.home.nav.footer',
  'site.home.nav.keyboard',
] as const;

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
        <ContentSection ctx={ctx} heading="site.home.aboutTitle" bullets={ABOUT} />
        <ContentSection ctx={ctx} heading="site.home.navTitle" bullets={NAVIGATION} />
        <ContentSection ctx={ctx} heading="site.home.helpTitle">
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
        </ContentSection>
      </div>
    </Layout>
  );
}
