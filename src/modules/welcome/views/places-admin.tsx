import type { PageTenant } from '../../../platform/db/tenant.ts';
import { dateTimeFormat } from '../../../platform/i18n/format.ts';
import type { FormValues } from '../../../platform/http/forms.ts';
import {
  Form,
  type FormState,
  FormWithSummary,
  SelectField,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage, StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { Checkbox } from '../../community/index.ts';
import { parseHours, replacedRules, weekFrom } from '../places.hours.ts';
import type { Place } from '../places.repository.ts';
import type { ImportResult } from '../places.service.ts';
import { PLACE_KINDS, WHEELCHAIR } from '../welcome.tables.ts';
import { textLanguage } from './home-admin.tsx';
import { AddressFields, HoursField, placeUrls, WeekTable } from './places-parts.tsx';

const FIELDS = [
  'name',
  'kind',
  'description',
  'street',
  'postcode',
  'city',
  'lat',
  'lon',
  'quartierId',
  'openingHours',
  'languages',
  'wheelchair',
  'phone',
  'email',
  'website',
] as const;

const labelsOf = (ctx: ViewContext): Record<string, string> =>
  Object.fromEntries(FIELDS.map((f) => [f, ctx.t(`welcome.places.field.${f}`)]));

/** The form's values of a stored place (and its German description). */
export function placeFormValues(p: Place, description: string): FormValues {
  const s = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    name: p.name,
    kind: p.kind,
    description,
    street: s(p.street),
    postcode: s(p.postcode),
    city: s(p.city),
    lat: s(p.lat),
    lon: s(p.lon),
    quartierId: s(p.quartierId),
    openingHours: s(p.openingHours),
    languages: p.languages.join(', '),
    wheelchair: s(p.wheelchair),
    phone: s(p.phone),
    email: s(p.email),
    website: s(p.website),
    ...(p.byAppointment ? { byAppointment: 'on' } : {}),
  };
}

/** Staff's list of places, with the ways to add, import and change them. */
export function PlacesAdminPage({
  ctx,
  tenant,
  places,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  places: readonly Place[];
}) {
  const { t } = ctx;
  const urls = placeUrls(ctx, tenant.slug);
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="welcome.places.staff"
      title={t('welcome.places.admin.title')}
      action={{ href: `${urls.admin}/new`, label: t('welcome.places.admin.new') }}
    >
      <p class="kern-body">
        <a class="kern-link" href={urls.import}>
          {t('welcome.places.import.title')}
        </a>
        {' · '}
        <a class="kern-link" href={urls.list}>
          {t('welcome.places.admin.public')}
        </a>
      </p>
      <DataTable
        caption={t('welcome.places.admin.title')}
        captionHidden
        empty={t('welcome.places.empty')}
        rows={places}
        columns={[
          {
            header: t('welcome.places.field.name'),
            rowHeader: true,
            cell: (p) => (
              <a class="kern-link" href={urls.edit(p.id)}>
                {p.name}
              </a>
            ),
          },
          { header: t('welcome.places.field.kind'), cell: (p) => t(`welcome.placeKind.${p.kind}`) },
          { header: t('welcome.places.field.openingHours'), cell: (p) => p.openingHours ?? '' },
        ]}
      />
    </StaffPage>
  );
}

/** Under the opening-hours field: the week as the library reads it, or what it could not read, and rule warnings. */
function HoursPreview({ ctx, text, now }: { ctx: ViewContext; text: string; now: Date }) {
  const { t } = ctx;
  if (!text.trim()) return null;
  const parsed = parseHours(text);
  if (!parsed.ok)
    return (
      <p class="kern-body">
        {t('welcome.places.hours.librarySays')} <code dir="ltr">{parsed.detail}</code>
      </p>
    );
  const week = weekFrom(text, { lat: null, lon: null }, now);
  const replaced = replacedRules(text);
  const weekday = (d: number) =>
    dateTimeFormat(ctx.locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 0, 13 + d)));
  return (
    <div class="z-hours-preview">
      {replaced.map((r) => (
        <div class="kern-alert kern-alert--warning" role="status">
          <div class="kern-alert__body">
            <p class="kern-body">
              {t('welcome.places.hours.replaced', { rule: r.rule, days: r.weekdays.map(weekday).join(', ') })}
            </p>
          </div>
        </div>
      ))}
      {week && <WeekTable ctx={ctx} week={week} caption={t('welcome.places.hours.parsed')} />}
    </div>
  );
}

/** Add or change a place; `edit` carries its id (and the delete form). */
export function PlaceFormPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  quartiere: readonly [string, string][];
  now: Date;
  edit?: { id: string; states: readonly [string, 'missing' | 'current' | 'outdated'][] };
}) {
  const { ctx, tenant, state, edit } = p;
  const { t } = ctx;
  const urls = placeUrls(ctx, tenant.slug);
  const f = { ctx, state };
  const hours = state.values.openingHours;
  const remove = edit && (
    <>
      <h2 class="kern-heading-medium">{t('welcome.places.admin.translations')}</h2>
      <ul class="kern-list">
        {edit.states.map(([l, s]) => (
          <li>
            <a class="kern-link" href={`${urls.admin}/${edit.id}/texts/${l}`}>
              {textLanguage(ctx, l)}
            </a>
            {': '}
            {t(`welcome.home.state.${s}`)}
          </li>
        ))}
      </ul>
      <Form ctx={ctx} action={`${urls.admin}/${edit.id}/delete`} label={t('welcome.places.admin.delete')}>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('welcome.places.admin.delete')}</span>
        </button>
      </Form>
    </>
  );
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="welcome.places.staff"
      title={t(edit ? 'welcome.places.admin.edit' : 'welcome.places.admin.new')}
      state={state}
      labels={labelsOf(ctx)}
      action={edit ? `${urls.admin}/${edit.id}` : urls.admin}
      after={remove}
    >
      <TextField {...f} name="name" label={t('welcome.places.field.name')} required />
      <SelectField
        {...f}
        name="kind"
        label={t('welcome.places.field.kind')}
        required
        options={PLACE_KINDS.map((k) => [k, t(`welcome.placeKind.${k}`)])}
      />
      <TextArea {...f} name="description" label={t('welcome.places.field.description')} rows={4} />
      <AddressFields {...f} />
      <TextField
        {...f}
        name="lat"
        label={t('welcome.places.field.lat')}
        hint={t('welcome.places.hint.coordinates')}
        inputmode="decimal"
      />
      <TextField {...f} name="lon" label={t('welcome.places.field.lon')} inputmode="decimal" />
      <SelectField {...f} name="quartierId" label={t('welcome.places.field.quartierId')} options={[...p.quartiere]} />
      <HoursField {...f} />
      {typeof hours === 'string' && <HoursPreview ctx={ctx} text={hours} now={p.now} />}
      <Checkbox state={state} name="byAppointment" label={t('welcome.places.field.byAppointment')} />
      <TextField
        {...f}
        name="languages"
        label={t('welcome.places.field.languages')}
        hint={t('welcome.places.hint.languages')}
      />
      <SelectField
        {...f}
        name="wheelchair"
        label={t('welcome.places.field.wheelchair')}
        options={WHEELCHAIR.map((w) => [w, t(`welcome.places.wheelchair.${w}`)])}
      />
      <TextField {...f} name="phone" label={t('welcome.places.field.phone')} type="tel" />
      <TextField {...f} name="email" label={t('welcome.places.field.email')} type="email" />
      <TextField {...f} name="website" label={t('welcome.places.field.website')} type="url" />
    </StaffFormPage>
  );
}

/** The import form: a GeoJSON FeatureCollection pasted as text; after an import, what was taken and skipped. */
export function PlacesImportPage(p: { ctx: ViewContext; tenant: PageTenant; state: FormState; result?: ImportResult }) {
  const { ctx, tenant, state, result } = p;
  const { t } = ctx;
  const urls = placeUrls(ctx, tenant.slug);
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="welcome.places.staff"
      title={t('welcome.places.import.title')}
    >
      <p class="kern-body">{t('welcome.places.import.intro')}</p>
      {result && (
        <div class="kern-alert kern-alert--info" role="status">
          <div class="kern-alert__body">
            <p class="kern-body">
              {t('welcome.places.import.result', { created: result.created, updated: result.updated })}
            </p>
            {result.skipped.length > 0 && (
              <ul class="kern-list">
                {result.skipped.map((s) => (
                  <li>{t('welcome.places.import.skipped', { index: s.index, why: t(s.problem) })}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={{ geojson: t('welcome.places.import.field') }}
        action={urls.import}
        submit={t('welcome.places.import.submit')}
      >
        <TextArea ctx={ctx} state={state} name="geojson" label={t('welcome.places.import.field')} required rows={12} />
      </FormWithSummary>
    </StaffPage>
  );
}
