import type { PageTenant } from '../../../platform/db/tenant.ts';
import { FormWithSummary, type FormState, TextArea } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { Place, PlaceText } from '../places.repository.ts';
import { textLanguage } from './home-admin.tsx';
import { placeUrls } from './places-parts.tsx';

/** A place's description in one more language: the German above, the form below (empty removes it). */
export function PlaceTextPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  place: Place;
  lang: string;
  source: PlaceText | undefined;
  state: FormState;
}) {
  const { ctx, tenant, place, lang } = p;
  const { t } = ctx;
  const urls = placeUrls(ctx, tenant.slug);
  const label = t('welcome.places.field.translation');
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="welcome.places.staff"
      title={t('welcome.places.admin.translate', { name: place.name, language: textLanguage(ctx, lang) })}
    >
      {p.source ? (
        <blockquote class="kern-body" lang="de" dir="ltr">
          <p>{p.source.description}</p>
        </blockquote>
      ) : (
        <p class="kern-body">{t('welcome.places.admin.noSource')}</p>
      )}
      <FormWithSummary
        ctx={ctx}
        state={p.state}
        labels={{ description: label }}
        action={`${urls.admin}/${place.id}/texts/${lang}`}
        submit={t('staff.save')}
      >
        <TextArea
          ctx={ctx}
          state={p.state}
          name="description"
          label={label}
          hint={t('welcome.places.hint.removeTranslation')}
          rows={6}
          lang={lang}
        />
      </FormWithSummary>
    </StaffPage>
  );
}
