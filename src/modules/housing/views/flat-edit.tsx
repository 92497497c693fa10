import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { Locale } from '../../../platform/i18n/locales.ts';
import {
  languageName,
  TitledTranslationForm,
  TranslationStates,
} from '../../../platform/views/components/content-texts.tsx';
import {
  ErrorSummary,
  Form,
  type FormState,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../platform/views/components/form.tsx';
import { Photo, PhotoUploadForm } from '../../../platform/media/photo.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage, StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { PUBLIC_STATUSES, TRANSITIONS } from '../flats.policy.ts';
import type { FlatRow } from '../flats.repository.ts';
import type { FlatText, TextState } from '../flats.texts.ts';
import type { PhotoMeta } from '../photos.repository.ts';
import { publicFlatsBase, staffFlatsBase } from './flat-fields.tsx';
import { FLATS_NAV, FlatFields, type FlatFormChoices, flatLabels } from './flats-admin.tsx';

/** What the edit page shows besides the form: the flat, its translations and photos, and a refused side form. */
export interface FlatEditExtra {
  flat: FlatRow;
  texts: [Locale, TextState][];
  photos: PhotoMeta[];
  choices: FlatFormChoices;
  /** A side form (status, photo) that was refused, with its errors. */
  side?: { form: 'status' | 'photo'; state: FormState };
}

function StatusSection({ ctx, base, extra }: { ctx: ViewContext; base: string; extra: FlatEditExtra }) {
  const { t } = ctx;
  const state = extra.side?.form === 'status' ? extra.side.state : { values: {}, errors: {} };
  const next = TRANSITIONS[extra.flat.status].map((s): [string, string] => [s, t(`housing.flats.status.${s}`)]);
  return (
    <section aria-labelledby="status-title">
      <h2 class="kern-heading-medium" id="status-title">
        {t('housing.flats.field.status')}
      </h2>
      <p class="kern-body">
        {t('housing.flats.staff.statusNow', { status: t(`housing.flats.status.${extra.flat.status}`) })}
      </p>
      <ErrorSummary ctx={ctx} state={state} labels={{ status: t('housing.flats.staff.statusNext') }} />
      <Form ctx={ctx} action={`${base}/status`} label={t('housing.flats.staff.statusNext')}>
        <SelectField
          ctx={ctx}
          state={state}
          name="status"
          label={t('housing.flats.staff.statusNext')}
          options={next}
          required
        />
        <SubmitButton>{t('housing.flats.staff.statusChange')}</SubmitButton>
      </Form>
    </section>
  );
}

function PhotosSection(p: { ctx: ViewContext; tenant: PageTenant; base: string; extra: FlatEditExtra }) {
  const { ctx, extra } = p;
  const { t } = ctx;
  const state = extra.side?.form === 'photo' ? extra.side.state : { values: {}, errors: {} };
  const src = (id: string) => `${publicFlatsBase(ctx, p.tenant.slug)}/${extra.flat.id}/photos/${id}`;
  return (
    <section aria-labelledby="photos-title">
      <h2 class="kern-heading-medium" id="photos-title">
        {t('housing.flats.photo.title')}
      </h2>
      <ul class="kern-list">
        {extra.photos.map((ph) => (
          <li>
            <Photo src={src(ph.id)} photo={ph} sizes="160px" shownWidth={160} lang={extra.flat.sourceLocale} />
            <form method="post" action={`${p.base}/photos/${ph.id}/delete`} class="z-inline-form">
              <input type="hidden" name="_csrf" value={ctx.csrfToken} />
              <button type="submit" class="kern-btn kern-btn--secondary">
                <span class="kern-label">{t('media.photo.delete')}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
      <PhotoUploadForm ctx={ctx} action={`${p.base}/photos`} state={state} altHint={t('housing.flats.photo.altHint')} />
    </section>
  );
}

/** Edit a flat: its fields, then its status, its translations and its photos. */
export function EditFlatPage(p: { ctx: ViewContext; tenant: PageTenant; state: FormState; extra: FlatEditExtra }) {
  const { ctx, tenant, extra } = p;
  const base = `${staffFlatsBase(ctx, tenant.slug)}/${extra.flat.id}`;
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={FLATS_NAV}
      title={ctx.t('housing.flats.staff.edit')}
      state={p.state}
      labels={flatLabels(ctx)}
      action={base}
      after={
        <>
          {PUBLIC_STATUSES.includes(extra.flat.status) && (
            <p class="kern-body">
              <a class="kern-link" href={`${publicFlatsBase(ctx, tenant.slug)}/${extra.flat.id}`}>
                {ctx.t('housing.flats.staff.publicPage')}
              </a>
            </p>
          )}
          <StatusSection ctx={ctx} base={base} extra={extra} />
          <TranslationStates
            ctx={ctx}
            title={ctx.t('housing.flats.text.title')}
            base={base}
            states={extra.texts}
            stateKey={(s) => `housing.flats.text.${s}`}
          />
          <PhotosSection ctx={ctx} tenant={tenant} base={base} extra={extra} />
        </>
      }
    >
      <FlatFields ctx={ctx} state={p.state} choices={extra.choices} />
    </StaffFormPage>
  );
}

const KEYS = {
  title: 'housing.flats.field.title',
  description: 'housing.flats.field.description',
  hint: 'housing.flats.text.emptyRemoves',
};

/** Translate a flat's title and description into one language, with the source beside. */
export function FlatTextPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  flatId: string;
  lang: Locale;
  source: FlatText | undefined;
  state: FormState;
}) {
  const { ctx, tenant, source } = p;
  const { t } = ctx;
  const back = `${staffFlatsBase(ctx, tenant.slug)}/${p.flatId}`;
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={FLATS_NAV}
      title={t('housing.flats.text.into', { language: languageName(ctx, p.lang) })}
    >
      <TitledTranslationForm
        ctx={ctx}
        state={p.state}
        source={source}
        action={`${back}/texts/${p.lang}`}
        lang={p.lang}
        keys={KEYS}
      />
      <p class="kern-body">
        <a class="kern-link" href={`${back}/edit`}>
          {t('housing.flats.staff.back')}
        </a>
      </p>
    </StaffPage>
  );
}
