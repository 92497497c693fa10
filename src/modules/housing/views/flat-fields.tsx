import type { FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { FlatRow } from '../flats.repository.ts';
import type { FlatText } from '../flats.texts.ts';

/** A labelled checkbox (the form keeps "on" while it is ticked). */
export function Checkbox({ state, name, label }: { state: FormState; name: string; label: string }) {
  const err = state.errors[name];
  return (
    <div class="kern-form-check">
      <input
        class="kern-form-check__checkbox"
        type="checkbox"
        id={`f-${name}`}
        name={name}
        checked={state.values[name] === 'on'}
        aria-invalid={err ? 'true' : undefined}
      />
      <label class="kern-label" for={`f-${name}`}>
        {label}
      </label>
    </div>
  );
}

const euro = (cents: number) => (cents / 100).toFixed(2).replace(/\.00$/, '').replace('.', ',');
const on = (b: boolean) => (b ? 'on' : '');

/** The form values of a stored flat and its source text. */
export function flatFormValues(f: FlatRow, source: FlatText | undefined): Record<string, string> {
  return {
    providerId: f.providerId,
    quartierId: f.quartierId ?? '',
    street: f.street,
    postcode: f.postcode,
    city: f.city,
    lat: f.lat === null ? '' : String(f.lat),
    lon: f.lon === null ? '' : String(f.lon),
    rooms: String(f.rooms).replace('.', ','),
    areaM2: String(f.areaM2).replace('.', ','),
    floor: String(f.floor),
    hasLift: on(f.hasLift),
    stepFree: on(f.stepFree),
    wheelchairAccessible: on(f.wheelchairAccessible),
    coldRent: euro(f.coldRentCents),
    serviceCharges: euro(f.serviceChargesCents),
    heating: euro(f.heatingCents),
    deposit: euro(f.depositCents),
    wbsRequired: on(f.wbsRequired),
    availableFrom: f.availableFrom,
    petsAllowed: on(f.petsAllowed),
    hasCertificate: on(f.energyCertificate !== null),
    energyCertificate: f.energyCertificate ?? '',
    energyKwh: f.energyKwh === null ? '' : String(f.energyKwh).replace('.', ','),
    energyClass: f.energyClass ?? '',
    heatingSource: f.heatingSource ?? '',
    buildingYear: f.buildingYear === null ? '' : String(f.buildingYear),
    sourceLocale: f.sourceLocale,
    title: source?.title ?? '',
    description: source?.description ?? '',
  };
}

/** The URL of the flats' staff section of a municipality. */
export const staffFlatsBase = (ctx: ViewContext, slug: string) => `/${ctx.locale}/m/${slug}/admin/housing/flats`;
/** The URL of the public flat search of a municipality. */
export const publicFlatsBase = (ctx: ViewContext, slug: string) => `/${ctx.locale}/m/${slug}/flats`;

/** A flat's one-line address. */
export const addressOf = (f: Pick<FlatRow, 'street' | 'postcode' | 'city'>) => `${f.street}, ${f.postcode} ${f.city}`;

/** A flat's address and, where known, its quartier (German names, kept left-to-right). */
export function AddressLine({
  f,
}: {
  f: Pick<FlatRow, 'street' | 'postcode' | 'city'> & { quartierName: string | null };
}) {
  return (
    <p class="kern-body">
      <bdi lang="de">{addressOf(f)}</bdi>
      {f.quartierName && (
        <>
          {' '}
          · <bdi lang="de">{f.quartierName}</bdi>
        </>
      )}
    </p>
  );
}
