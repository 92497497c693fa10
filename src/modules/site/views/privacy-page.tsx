import { CONSENT_COOKIE, CONSENT_MAX_AGE_DAYS } from '../../../platform/http/consent.ts';
import { ContentSection } from '../../../platform/views/components/content-section.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';

const STORED = [
  'site.privacy.stored.account',
  'site.privacy.stored.session',
  'site.privacy.stored.feedback',
  'site.privacy.stored.logs',
] as const;
/** The cookies the platform sets (see request-context.ts, security.ts and consent.ts); all strictly necessary. */
const COOKIES = [
  ['zh_sid', 'session', 'durationSession'],
  ['zh_lang', 'lang', 'durationYear'],
  ['zh_csrf', 'csrf', 'durationBrowser'],
  ['zh_pre', 'csrf', 'durationBrowser'],
  ['zh_flash', 'flash', 'durationNext'],
  [CONSENT_COOKIE, 'consent', 'durationDays'],
] as const;

/** The privacy notice: what is stored, no third parties, the strictly necessary cookies, the rights. */
export function PrivacyPage({
  ctx,
  retention,
}: {
  ctx: ViewContext;
  /** How long feedback and audit rows are kept (`FEEDBACK_RETENTION_DAYS`, `AUDIT_RETENTION_DAYS`). */
  retention: { feedbackDays: number; auditDays: number };
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('site.privacy.title')}>
      <div class="z-flow z-prose">
        <h1 class="kern-heading-large">{t('site.privacy.title')}</h1>
        <p class="kern-body">{t('site.privacy.intro')}</p>
        <ContentSection ctx={ctx} heading="site.privacy.storedTitle" bullets={STORED}>
          <p class="kern-body">{t('site.privacy.retention', retention)}</p>
        </ContentSection>
        <ContentSection ctx={ctx} heading="site.privacy.thirdTitle" paragraphs={['site.privacy.third']} />
        <ContentSection ctx={ctx} heading="site.privacy.cookiesTitle" paragraphs={['site.privacy.cookiesIntro']}>
          {/* Scrolls sideways on narrow screens; focusable so that keyboards can scroll it too. */}
          <section class="kern-table-responsive" aria-label={t('site.privacy.cookiesTitle')} tabindex={0}>
            <table class="kern-table">
              <caption class="z-visually-hidden">{t('site.privacy.cookiesTitle')}</caption>
              <thead class="kern-table__head">
                <tr class="kern-table__row">
                  <th scope="col" class="kern-table__header">
                    {t('site.privacy.cookie.name')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('site.privacy.cookie.purpose')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('site.privacy.cookie.duration')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {COOKIES.map(([name, purpose, duration]) => (
                  <tr class="kern-table__row">
                    <th scope="row" class="kern-table__header">
                      <code>{name}</code>
                    </th>
                    <td class="kern-table__cell">{t(`site.privacy.cookie.${purpose}`)}</td>
                    <td class="kern-table__cell">
                      {t(`site.privacy.cookie.${duration}`, { days: CONSENT_MAX_AGE_DAYS })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </ContentSection>
        <ContentSection ctx={ctx} heading="site.privacy.rightsTitle" paragraphs={['site.privacy.rights']} />
      </div>
    </Layout>
  );
}
