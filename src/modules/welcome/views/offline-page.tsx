import type { PageTenant } from '../../../platform/db/tenant.ts';
import { languageName } from '../../../platform/views/components/content-texts.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { OfflineBundle } from '../offline.bundle.ts';

/** Where the offline files of a municipality's guide in one language are served. */
export const offlineUrls = (locale: string, municipality: string) => {
  const scope = `/${locale}/m/${municipality}/guide`;
  return {
    scope,
    page: `${scope}/offline`,
    bundle: `${scope}/offline.json`,
    sw: `${scope}/sw.js`,
    script: `${scope}/offline.js`,
  };
};

/**
 * The opt-in page: what will be saved, the button (shown by the script; without JavaScript a note says what it
 * needs), a live status line, and the note for Safari users. The script's messages ride on data attributes.
 */
export function OfflinePage({ ctx, tenant, bundle }: { ctx: ViewContext; tenant: PageTenant; bundle: OfflineBundle }) {
  const { t } = ctx;
  const language = languageName(ctx, ctx.locale);
  const urls = offlineUrls(ctx.locale, tenant.slug);
  const title = t('welcome.offline.title');
  const date = { date: '%DATE%' };
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <div
        id="z-offline"
        data-scope={urls.scope}
        data-sw={urls.sw}
        data-saving={t('welcome.offline.saving')}
        data-saved={t('welcome.offline.saved', date)}
        data-kept={t('welcome.offline.kept')}
        data-not-kept={t('welcome.offline.notKept')}
        data-failed={t('welcome.offline.failed')}
        data-unsupported={t('welcome.offline.unsupported')}
      >
        <p class="kern-body">{t('welcome.offline.intro', { municipality: tenant.name, language })}</p>
        <p class="kern-body" data-without-script>
          {t('welcome.offline.withoutScript')}
        </p>
        <p class="kern-body">
          <button type="button" class="kern-btn kern-btn--primary" id="z-offline-save" hidden>
            <span class="kern-label">{t('welcome.offline.save', { language })}</span>
          </button>
        </p>
        <p class="kern-body" id="z-offline-status" role="status" aria-live="polite" />
        <div class="kern-alert kern-alert--info">
          <p class="kern-body">{t('welcome.offline.safari')}</p>
        </div>
      </div>
      <h2 class="kern-heading-medium">{t('welcome.offline.pages', { count: bundle.pages.length })}</h2>
      {bundle.pages.length === 0 ? (
        <p class="kern-body z-empty">{t('welcome.offline.empty')}</p>
      ) : (
        <ul class="kern-list">
          {bundle.pages.map((p) => (
            <li>
              <a class="kern-link" href={p.url} lang={p.lang}>
                {p.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      <script src={urls.script} defer />
    </Layout>
  );
}
