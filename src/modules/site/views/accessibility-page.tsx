import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';

/** When this statement was prepared (self-assessment); change it with each review. */
export const STATEMENT_DATE = '2026-11-26';

const LIMITS = ['signLanguage', 'plainLanguage', 'content', 'testing'] as const;

/** The accessibility statement required by BITV 2.0 / NBGG: status, known limits, feedback, enforcement. */
export function AccessibilityPage({ ctx, baseUrl }: { ctx: ViewContext; baseUrl: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('site.a11y.title')}>
      <div class="z-flow z-prose">
        <h1 class="kern-heading-large">{t('site.a11y.title')}</h1>
        <p class="kern-body">{t('site.a11y.intro', { site: baseUrl })}</p>
        <h2 class="kern-heading-medium">{t('site.a11y.statusTitle')}</h2>
        <p class="kern-body">{t('site.a11y.status')}</p>
        <h2 class="kern-heading-medium">{t('site.a11y.limitsTitle')}</h2>
        <ul class="kern-list kern-list--bullet">
          {LIMITS.map((k) => (
            <li>{t(`site.a11y.limit.${k}`)}</li>
          ))}
        </ul>
        <h2 class="kern-heading-medium">{t('site.a11y.preparedTitle')}</h2>
        <p class="kern-body">{t('site.a11y.prepared', { date: ctx.date(STATEMENT_DATE) })}</p>
        <h2 class="kern-heading-medium">{t('site.a11y.feedbackTitle')}</h2>
        <p class="kern-body">{t('site.a11y.feedbackText')}</p>
        <p class="kern-body">
          <a
            class="kern-link"
            href={`/${ctx.locale}/feedback?page=${encodeURIComponent(`/${ctx.locale}/accessibility`)}`}
          >
            {t('site.a11y.feedbackLink')}
          </a>
        </p>
        <h2 class="kern-heading-medium">{t('site.a11y.enforcementTitle')}</h2>
        <p class="kern-body">{t('site.a11y.enforcement')}</p>
        <p class="kern-body">{t('site.a11y.enforcementFederal')}</p>
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
      </div>
    </Layout>
  );
}
