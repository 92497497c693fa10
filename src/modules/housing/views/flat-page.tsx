import type { PageTenant } from '../../../platform/db/tenant.ts';
import { Photo } from '../../../platform/media/photo.tsx';
import { TextNotes } from '../../../platform/views/components/content-texts.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { Fit } from '../flat-fit.ts';
import type { FlatDetail } from '../flats.read.ts';
import { flatTextIn } from '../flats.texts.ts';
import { AddressLine, publicFlatsBase } from './flat-fields.tsx';
import { EnergyFacts, FlatFacts } from './flat-facts.tsx';

/** Whether the flat fits the signed-in person's household, reason by reason. */
function FitSection({ ctx, fit }: { ctx: ViewContext; fit: Fit }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="fit-title">
      <h2 class="kern-heading-medium" id="fit-title">
        {t('housing.flats.fit.title')}
      </h2>
      <p class="kern-body">
        <strong>{t(fit.fits ? 'housing.flats.fit.fits' : 'housing.flats.fit.notFits')}</strong>
      </p>
      <ul class="kern-list">
        {fit.reasons.map((r) => (
          <li>
            {t(r.verdict === 'yes' ? 'housing.flats.fit.yes' : 'housing.flats.fit.no')}
            {': '}
            {t(r.key, typeof r.values.until === 'string' ? { ...r.values, until: ctx.date(r.values.until) } : r.values)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A flat's public page: every field in words, the energy data, photos with their descriptions, the landlord. */
const FLAT_TEXT_NOTES = { missing: 'housing.flats.text.missingNote', outdated: 'housing.flats.text.outdatedNote' };

export function FlatPage({
  ctx,
  tenant,
  f,
  fit,
  canApply,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  f: FlatDetail;
  fit: Fit | null;
  /** The application part's page exists (it is joined in separately). */
  canApply: boolean;
}) {
  const { t } = ctx;
  const text = flatTextIn(f.texts, f.sourceLocale, ctx.locale);
  const base = `${publicFlatsBase(ctx, tenant.slug)}/${f.id}`;
  const title = text?.title ?? f.street;
  return (
    <Layout ctx={ctx} title={title}>
      <p class="kern-body">
        <a class="kern-link" href={publicFlatsBase(ctx, tenant.slug)}>
          {t('housing.flats.search.back')}
        </a>
      </p>
      <h1 class="kern-heading-large" lang={text?.lang}>
        {title}
      </h1>
      <TextNotes ctx={ctx} shown={text} messages={FLAT_TEXT_NOTES} />
      {f.status === 'reserved' && (
        <p class="kern-body">
          <strong>{t('housing.flats.reservedNote')}</strong>
        </p>
      )}
      <AddressLine f={f} />
      <p class="kern-body">
        {t('housing.flats.landlord')}
        {': '}
        <bdi lang="de">{f.providerName}</bdi>
      </p>
      {text?.description && (
        <div class="z-prose" lang={text.lang}>
          {text.description.split(/\n{2,}/).map((para) => (
            <p>{para}</p>
          ))}
        </div>
      )}
      {f.photos.length > 0 && (
        <section aria-labelledby="photos-title">
          <h2 class="kern-heading-medium" id="photos-title">
            {t('housing.flats.photo.title')}
          </h2>
          {f.photos.map((ph) => (
            <Photo
              src={`${base}/photos/${ph.id}`}
              photo={ph}
              lang={f.sourceLocale}
              sizes="(min-width: 48rem) 46rem, 100vw"
            />
          ))}
        </section>
      )}
      <h2 class="kern-heading-medium">{t('housing.flats.facts')}</h2>
      <FlatFacts ctx={ctx} f={f} />
      <h2 class="kern-heading-medium">{t('housing.flats.energy.title')}</h2>
      <EnergyFacts ctx={ctx} f={f} />
      {fit && <FitSection ctx={ctx} fit={fit} />}
      {f.status === 'published' && canApply && (
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href={`${base}/apply`}>
            <span class="kern-label">{t('housing.flats.apply')}</span>
          </a>
        </p>
      )}
    </Layout>
  );
}
