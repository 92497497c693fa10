import { direction } from '../../../platform/i18n/locales.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { SelectField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { DiffLine } from '../guide.diff.ts';
import type { GuideVersion } from '../guide.repository.ts';
import { guideUrls, textLanguageName } from './guide-parts.tsx';

const AREA = (tenant: PageTenant) => ({ municipality: tenant });

/** Every saved version of a page, per language (German first), each linked to its changes. */
export function GuideVersionsPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  pageId: string;
  title: string;
  byLanguage: readonly [string, GuideVersion[]][];
}) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const urls = guideUrls(ctx.locale, tenant.slug);
  const heading = t('welcome.guide.versions.title', { title: p.title });
  return (
    <StaffPage ctx={ctx} area={AREA(tenant)} current="welcome.guide.staff" title={heading}>
      <BackLink href={urls.edit(p.pageId)}>{t('welcome.guide.versions.back')}</BackLink>
      {p.byLanguage.map(([lang, versions]) => (
        <section aria-labelledby={`versions-${lang}`}>
          <h2 class="kern-heading-medium" id={`versions-${lang}`}>
            {textLanguageName(ctx, lang)}
          </h2>
          <ul class="kern-list">
            {versions.map((v) => (
              <li>
                <a class="kern-link" href={urls.version(p.pageId, lang, v.version)}>
                  {t('welcome.guide.versions.item', { version: v.version, date: ctx.date(v.savedAt, true) })}
                </a>
                {v.machine && ` (${t('welcome.guide.languages.machine')})`}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </StaffPage>
  );
}

/**
 * One version and what changed against the one before, line by line on the text a reader reads: removed lines
 * in `<del>`, added ones in `<ins>`, each with a text label (not told by colour alone).
 */
export function GuideVersionPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  pageId: string;
  version: GuideVersion;
  previous: number | null;
  /** The versions before this one, newest first: what it can be compared with. */
  earlier: readonly { version: number; savedAt: Date }[];
  lines: readonly DiffLine[];
}) {
  const { ctx, tenant, version } = p;
  const { t } = ctx;
  const urls = guideUrls(ctx.locale, tenant.slug);
  const heading = t('welcome.guide.version.title', {
    version: version.version,
    language: textLanguageName(ctx, version.locale),
  });
  const lang = version.locale === 'de-x-ls' ? 'de' : version.locale;
  return (
    <StaffPage ctx={ctx} area={AREA(tenant)} current="welcome.guide.staff" title={heading}>
      <BackLink href={urls.versions(p.pageId)}>{t('welcome.guide.version.back')}</BackLink>
      <p class="kern-body">
        {t('welcome.guide.version.saved', { date: ctx.date(version.savedAt, true) })}{' '}
        {p.previous === null
          ? t('welcome.guide.version.first')
          : t('welcome.guide.version.compared', { previous: p.previous })}
      </p>
      {p.earlier.length > 1 && (
        <form method="get" action={urls.version(p.pageId, version.locale, version.version)} class="z-filter">
          <SelectField
            ctx={ctx}
            state={{ values: { against: String(p.previous ?? '') }, errors: {} }}
            name="against"
            label={t('welcome.guide.version.compareWith')}
            options={p.earlier.map((e) => [
              String(e.version),
              t('welcome.guide.versions.item', { version: e.version, date: ctx.date(e.savedAt, true) }),
            ])}
          />
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{t('welcome.guide.version.compare')}</span>
          </button>
        </form>
      )}
      {p.lines.every((l) => l.kind === 'same') ? <p class="kern-body">{t('welcome.guide.version.noChange')}</p> : null}
      <ol class="z-diff" lang={lang} dir={direction(lang)}>
        {p.lines.map((l) => (
          <li class={`z-diff__${l.kind}`}>
            {l.kind === 'added' && (
              <ins>
                <strong lang={ctx.locale}>{`${t('welcome.guide.diff.added')} `}</strong>
                {l.text}
              </ins>
            )}
            {l.kind === 'removed' && (
              <del>
                <strong lang={ctx.locale}>{`${t('welcome.guide.diff.removed')} `}</strong>
                {l.text}
              </del>
            )}
            {l.kind === 'same' && l.text}
          </li>
        ))}
      </ol>
    </StaffPage>
  );
}
