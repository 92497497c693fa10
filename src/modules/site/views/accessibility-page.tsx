import { ContentSection } from '../../../platform/views/components/content-section.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';

/** When this statement was prepared (self-assessment); change it with each review. */
export const STATEMENT_DATE = '2026-11-26';

const LIMITS = [
  'site.a11y.limit.signLanguage',
  'site.a11y.limit.plainLanguage',
  'site.a11y.limit.content',
  'site.a11y.limit.testing',
] as const;

/** The accessibility statement required by BITV 2.0 / NBGG: status, known limits, feedback, enforcement. */
export function AccessibilityPage({ ctx, baseUrl }: { ctx: ViewContext; baseUrl: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('site.a11y.title')}>
      <div class="z-flow z-prose">
        <h1 class="kern-heading-large">{t('site.a11y.title')}</h1>
        <p class="kern-body">{t('site.a11y.intro', { site: baseUrl })}</p>
        <ContentSection ctx={ctx} heading="site.a11y.statusTitle" paragraphs={['site.a11y.status']} />
        <ContentSection ctx={ctx} heading="site.a11y.limitsTitle" bullets={LIMITS} />
        <ContentSection ctx={ctx} heading="site.a11y.preparedTitle">
          <p class="kern-body">{t('site.a11y.prepared', { date: ctx.date(STATEMENT_DATE) })}</p>
        </ContentSection>
        <ContentSection ctx={ctx} heading="site.a11y.feedbackTitle" paragraphs={['site.a11y.feedbackText']}>
          <p class="kern-body">
            <a
              class="kern-link"
              href={`/${ctx.locale}/feedback?page=${encodeURIComponent(`/${ctx.locale}/accessibility`)}`}
            >
              {t('site.a11y.feedbackLink')}
            </a>
          </p>
        </ContentSection>
        <ContentSection
          ctx={ctx}
          heading="site.a11y.enforcementTitle"
          paragraphs={['site.a11y.enforcement', 'site.a11y.enforcementFederal']}
        >
          <p class="kern-body">
            <a class="kern-link" href="https://www.schlichtungsstelle-bgg.de/" hreflang="de">
              {t('site.a11y.enforcementLink')}
            </a>
          </p>
          <p class="kern-body">
            <a class="kern-link" href="/de/leichte-sprache" hreflang="de">
              {t('site.a11y.plainLanguageLink')}
            </a>
          </p>
        </ContentSection>
      </div>
    </Layout>
  );
}
