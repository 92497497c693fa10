import { direction } from '../../../platform/i18n/locales.ts';
import { navFor } from '../../../platform/modules/navigation.ts';
import type { LoadedQuartierSection } from '../../../platform/modules/quartier-sections.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { canEditDirectory } from '../directory.policy.ts';
import type { MunicipalityOverview } from '../municipalities.service.ts';
import type { ProviderRow } from '../providers.repository.ts';
import type { QuartierRow } from '../quartiere.repository.ts';
import { describeIn, type ShownText } from '../translations.service.ts';
import { mBase, ProviderContact, readsDirectory } from './parts.tsx';
import { languageName } from './quartier-translations.tsx';

/** First sentence (or first 200 characters) of a description, for lists. */
export function shortText(text: string, max = 200): string {
  const first = text.split(/(?<=[.!?])\s/)[0] ?? '';
  const s = first.length <= max ? first : `${first.slice(0, max - 1).trimEnd()}…`;
  return s;
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
}

function ShortDescription({ shown }: { shown: ShownText }) {
  if (!shown.text) return null;
  return (
    <p class="kern-body" lang={shown.lang} dir={direction(shown.lang)}>
      {shortText(shown.text)}
    </p>
  );
}

/** The whole description in the reader's language if translated, saying so when it is the original or outdated. */
function Description({ ctx, q, shown }: { ctx: ViewContext; q: QuartierRow; shown: ShownText }) {
  if (!shown.text) return null;
  return (
    <>
      {shown.fallback && (
        <p class="kern-body kern-body--muted">
          {ctx.t('directory.quartier.onlyIn', { language: languageName(ctx, shown.lang) })}
        </p>
      )}
      {shown.outdated && <p class="kern-body kern-body--muted">{ctx.t('directory.quartier.outdatedNote')}</p>}
      <div lang={shown.lang} dir={direction(shown.lang)}>
        {paragraphs(shown.text).map((para) => (
          <p class="kern-body">{para}</p>
        ))}
      </div>
      {shown.outdated && (
        <details>
          <summary>{ctx.t('directory.quartier.showOriginal')}</summary>
          <div lang={q.sourceLocale} dir={direction(q.sourceLocale)}>
            {paragraphs(q.areaDescription).map((para) => (
              <p class="kern-body">{para}</p>
            ))}
          </div>
        </details>
      )}
    </>
  );
}

function Residents({ ctx, q }: { ctx: ViewContext; q: QuartierRow }) {
  if (q.approxResidents === null) return null;
  return <span class="kern-body--muted">{ctx.t('directory.quartier.residents', { count: q.approxResidents })}</span>;
}

function StaffLinks({ ctx, o }: { ctx: ViewContext; o: MunicipalityOverview }) {
  const base = mBase(ctx, o.municipality.slug);
  if (!readsDirectory(ctx.user, o.municipality.id)) {
    if (ctx.user) return null;
    // No `next`: whoever signs in (staff, landlord, resident) lands on "My Zuhause", which lists what they may use.
    return (
      <p class="kern-body">
        <a class="kern-link" href={`/${ctx.locale}/login`}>
          {ctx.t('directory.start.staffSignIn')}
        </a>
      </p>
    );
  }
  return (
    <nav aria-labelledby="staff-title">
      <h2 class="kern-heading-medium" id="staff-title">
        {ctx.t('directory.start.staff')}
      </h2>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={`${base}/admin/quartiere`}>
            {ctx.t('directory.admin.quartiere')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={`${base}/admin/providers`}>
            {ctx.t('directory.admin.providers')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={`${base}/admin/people`}>
            {canEditDirectory(ctx.user, o.municipality.id)
              ? ctx.t('directory.admin.people')
              : ctx.t('directory.admin.peopleReadOnly')}
          </a>
        </li>
      </ul>
    </nav>
  );
}

function ProviderList({ ctx, providers }: { ctx: ViewContext; providers: ProviderRow[] }) {
  if (providers.length === 0) return <p class="kern-body">{ctx.t('directory.start.noProviders')}</p>;
  return (
    <ul class="kern-list">
      {providers.map((p) => (
        <li>
          <strong>
            <bdi lang="de">{p.name}</bdi>
          </strong>{' '}
          ({ctx.t(`directory.providerKind.${p.kind}`)})
          <ProviderContact ctx={ctx} p={p} />
        </li>
      ))}
    </ul>
  );
}

/** What the modules offer the public of this municipality (their `public` navigation entries). */
function PublicServices({ ctx, o }: { ctx: ViewContext; o: MunicipalityOverview }) {
  const entries = navFor(ctx.manifests, 'public', ctx.user, o.municipality.id);
  if (entries.length === 0) return null;
  const at = { locale: ctx.locale, municipality: o.municipality.slug };
  return (
    <nav aria-labelledby="services-title">
      <h2 class="kern-heading-medium" id="services-title">
        {ctx.t('directory.start.services')}
      </h2>
      <ul class="kern-list">
        {entries.map((e) => (
          <li>
            <a class="kern-link" href={e.href(at)}>
              {ctx.t(e.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A municipality's public start page: where it is, its Quartiere, who works there, and the way in for staff. */
export function MunicipalityPage({ ctx, o }: { ctx: ViewContext; o: MunicipalityOverview }) {
  const { t } = ctx;
  const base = mBase(ctx, o.municipality.slug);
  return (
    <Layout ctx={ctx} title={o.municipality.name}>
      {/* Names of places and organisations are German; isolated, they keep their order on right-to-left pages. */}
      <h1 class="kern-heading-x-large">
        <bdi lang="de">{o.municipality.name}</bdi>
      </h1>
      <p class="kern-body kern-body--large">
        <bdi lang="de">{o.municipality.district}</bdi>
      </p>
      <PublicServices ctx={ctx} o={o} />
      <h2 class="kern-heading-medium">{t('directory.start.quartiere')}</h2>
      {o.quartiere.length === 0 ? (
        <p class="kern-body">{t('directory.start.noQuartiere')}</p>
      ) : (
        <ul class="kern-list">
          {o.quartiere.map((q) => (
            <li>
              <a class="kern-link" href={`${base}/q/${q.slug}`}>
                <bdi lang="de">{q.name}</bdi>
              </a>{' '}
              <Residents ctx={ctx} q={q} />
              <ShortDescription shown={describeIn(q, o.translations, ctx.locale)} />
            </li>
          ))}
        </ul>
      )}
      <h2 class="kern-heading-medium">{t('directory.start.providers')}</h2>
      <ProviderList ctx={ctx} providers={o.providers} />
      <StaffLinks ctx={ctx} o={o} />
    </Layout>
  );
}

/** A Quartier's public page: its description, then what the modules show for it (events, rooms, help …). */
export function QuartierPage({
  ctx,
  o,
  q,
  sections = [],
}: {
  ctx: ViewContext;
  o: MunicipalityOverview;
  q: QuartierRow;
  sections?: readonly LoadedQuartierSection[];
}) {
  const base = mBase(ctx, o.municipality.slug);
  return (
    <Layout ctx={ctx} title={`${q.name} – ${o.municipality.name}`}>
      <p class="kern-body">
        <a class="kern-link" href={base}>
          <bdi lang="de">{o.municipality.name}</bdi>
        </a>
      </p>
      <h1 class="kern-heading-x-large">
        <bdi lang="de">{q.name}</bdi>
      </h1>
      {q.approxResidents !== null && (
        <p class="kern-body">{ctx.t('directory.quartier.residents', { count: q.approxResidents })}</p>
      )}
      <Description ctx={ctx} q={q} shown={describeIn(q, o.translations, ctx.locale)} />
      {q.boundary && (
        <p class="kern-body">
          <a
            class="kern-link"
            href={`/api/v1/municipalities/${o.municipality.slug}/quartiere/${q.slug}/boundary`}
            type="application/geo+json"
          >
            {ctx.t('directory.quartier.boundaryDownload')}
          </a>
        </p>
      )}
      {sections.map((s) => (
        <section class="z-flow" id={s.id}>
          {s.content}
        </section>
      ))}
    </Layout>
  );
}
