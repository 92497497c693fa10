import type { Paged } from '../../../platform/db/paginate.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import { LOCALE_NAMES, LOCALES } from '../../../platform/i18n/locales.ts';
import { type FormState, SelectField, TextArea, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { ListFrame, selectFilter } from '../../../platform/views/staff/list-frame.tsx';
import { StaffFormPage } from '../../../platform/views/staff/staff-page.tsx';
import type { FlatRow } from '../flats.repository.ts';
import { ENERGY_CLASSES, FLAT_STATUSES } from '../housing.tables.ts';
import { addressOf, Checkbox, staffFlatsBase } from './flat-fields.tsx';

export const FLATS_NAV = 'housing.flats.staff';

/** A flat in the staff list: the row with its shown title. */
export interface StaffFlat extends FlatRow {
  title: string;
}

/** The flats a person works on, filtered by status, with the button that lists a new one. */
export function FlatsListPage(p: { ctx: ViewContext; tenant: PageTenant; data: Paged<StaffFlat>; state: FormState }) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const base = staffFlatsBase(ctx, tenant.slug);
  const statuses = FLAT_STATUSES.map((s): [string, string] => [s, t(`housing.flats.status.${s}`)]);
  const filter = selectFilter(ctx, p.state, 'status', t('housing.flats.field.status'), statuses);
  return (
    <ListFrame
      ctx={ctx}
      area={{ municipality: tenant }}
      data={p.data}
      state={p.state}
      current={FLATS_NAV}
      action={base}
      title={t('housing.flats.staff.title')}
      intro={t('housing.flats.staff.intro')}
      count={t('housing.flats.staff.count', { count: p.data.total })}
      filters={
        <>
          {filter.filters}
          <p class="kern-body">
            <a class="kern-btn kern-btn--primary" href={`${base}/new`}>
              <span class="kern-label">{t('housing.flats.staff.new')}</span>
            </a>
          </p>
        </>
      }
      labels={filter.labels}
      caption={t('housing.flats.staff.title')}
      empty={t('housing.flats.staff.empty')}
      columns={[
        {
          header: t('housing.flats.field.title'),
          rowHeader: true,
          cell: (f) => (
            <a class="kern-link" href={`${base}/${f.id}/edit`}>
              {f.title}
            </a>
          ),
        },
        { header: t('housing.flats.field.address'), cell: (f) => addressOf(f) },
        { header: t('housing.flats.field.status'), cell: (f) => t(`housing.flats.status.${f.status}`) },
        { header: t('housing.flats.field.coldRent'), cell: (f) => ctx.money(f.coldRentCents / 100) },
      ]}
    />
  );
}

export interface FlatFormChoices {
  providers: [string, string][];
  quartiere: [string, string][];
}

/** The flat's fields (create and edit). */
export function FlatFields({ ctx, state, choices }: { ctx: ViewContext; state: FormState; choices: FlatFormChoices }) {
  const { t } = ctx;
  const l = flatLabels(ctx);
  const text = (name: keyof typeof l, required = false, inputmode?: 'numeric' | 'decimal') => (
    <TextField ctx={ctx} state={state} name={name} label={l[name]} required={required} inputmode={inputmode} />
  );
  const certs = (['demand', 'consumption'] as const).map((c): [string, string] => [c, t(`housing.flats.cert.${c}`)]);
  const classes = ENERGY_CLASSES.map((c): [string, string] => [c, c]);
  const langs = LOCALES.map((x): [string, string] => [x, LOCALE_NAMES[x]]);
  return (
    <>
      {choices.providers.length > 1 && (
        <SelectField
          ctx={ctx}
          state={state}
          name="providerId"
          label={l.providerId}
          options={choices.providers}
          required
        />
      )}
      {text('title', true)}
      <TextArea ctx={ctx} state={state} name="description" label={l.description} rows={6} />
      <SelectField ctx={ctx} state={state} name="sourceLocale" label={l.sourceLocale} options={langs} required />
      {text('street', true)}
      {text('postcode', true, 'numeric')}
      {text('city', true)}
      <SelectField ctx={ctx} state={state} name="quartierId" label={l.quartierId} options={choices.quartiere} />
      {text('lat', false, 'decimal')}
      {text('lon', false, 'decimal')}
      {text('rooms', true, 'decimal')}
      {text('areaM2', true, 'decimal')}
      {text('floor', true, 'numeric')}
      <Checkbox state={state} name="hasLift" label={l.hasLift} />
      <Checkbox state={state} name="stepFree" label={l.stepFree} />
      <Checkbox state={state} name="wheelchairAccessible" label={l.wheelchairAccessible} />
      {text('coldRent', true, 'decimal')}
      {text('serviceCharges', false, 'decimal')}
      {text('heating', false, 'decimal')}
      <TextField
        ctx={ctx}
        state={state}
        name="deposit"
        label={l.deposit}
        hint={t('housing.flats.hint.deposit')}
        inputmode="decimal"
      />
      <Checkbox state={state} name="wbsRequired" label={l.wbsRequired} />
      <TextField ctx={ctx} state={state} name="availableFrom" label={l.availableFrom} type="date" required />
      <Checkbox state={state} name="petsAllowed" label={l.petsAllowed} />
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{t('housing.flats.energy.title')}</legend>
        <Checkbox state={state} name="hasCertificate" label={l.hasCertificate} />
        <SelectField ctx={ctx} state={state} name="energyCertificate" label={l.energyCertificate} options={certs} />
        {text('energyKwh', false, 'decimal')}
        <SelectField ctx={ctx} state={state} name="energyClass" label={l.energyClass} options={classes} />
        {text('heatingSource')}
        {text('buildingYear', false, 'numeric')}
      </fieldset>
    </>
  );
}

/** Labels of the flat form's fields, for the fields and the error summary. */
export function flatLabels(ctx: ViewContext) {
  const names = [
    'providerId',
    'quartierId',
    'street',
    'postcode',
    'city',
    'lat',
    'lon',
    'rooms',
    'areaM2',
    'floor',
    'hasLift',
    'stepFree',
    'wheelchairAccessible',
    'coldRent',
    'serviceCharges',
    'heating',
    'deposit',
    'wbsRequired',
    'availableFrom',
    'petsAllowed',
    'hasCertificate',
    'energyCertificate',
    'energyKwh',
    'energyClass',
    'heatingSource',
    'buildingYear',
    'sourceLocale',
    'title',
    'description',
    'status',
    'photo',
    'alt',
  ] as const;
  return Object.fromEntries(names.map((n) => [n, ctx.t(`housing.flats.field.${n}`)])) as Record<
    (typeof names)[number],
    string
  >;
}

/** List a new flat. */
export function NewFlatPage(p: { ctx: ViewContext; tenant: PageTenant; state: FormState; choices: FlatFormChoices }) {
  const { ctx, tenant } = p;
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={FLATS_NAV}
      title={ctx.t('housing.flats.staff.new')}
      state={p.state}
      labels={flatLabels(ctx)}
      action={staffFlatsBase(ctx, tenant.slug)}
    >
      <FlatFields ctx={ctx} state={p.state} choices={p.choices} />
    </StaffFormPage>
  );
}
