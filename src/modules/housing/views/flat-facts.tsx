import type { ViewContext } from '../../../platform/views/context.ts';
import type { PublicFlat } from '../flats.read.ts';

/** A floor in words: ground floor, basement, or the number. */
export function floorIn(ctx: ViewContext, floor: number): string {
  if (floor === 0) return ctx.t('housing.flats.floor.ground');
  if (floor < 0) return ctx.t('housing.flats.floor.basement');
  return ctx.t('housing.flats.floor.upper', { floor });
}

/** A flat's facts in words, as a description list: size, rent, access, conditions. */
export function FlatFacts({ ctx, f }: { ctx: ViewContext; f: PublicFlat }) {
  const { t } = ctx;
  const money = (cents: number) => ctx.money(cents / 100);
  const yes = (b: boolean) => t(b ? 'housing.flats.yes' : 'housing.flats.no');
  const warm = f.coldRentCents + f.serviceChargesCents + f.heatingCents;
  const facts: [string, string][] = [
    [t('housing.flats.field.rooms'), ctx.number(f.rooms)],
    [t('housing.flats.field.areaM2'), t('housing.flats.squareMetres', { area: f.areaM2 })],
    [t('housing.flats.field.floor'), floorIn(ctx, f.floor)],
    [t('housing.flats.field.hasLift'), yes(f.hasLift)],
    [t('housing.flats.field.stepFree'), yes(f.stepFree)],
    [t('housing.flats.field.wheelchairAccessible'), yes(f.wheelchairAccessible)],
    [t('housing.flats.field.coldRent'), money(f.coldRentCents)],
    [t('housing.flats.field.serviceCharges'), money(f.serviceChargesCents)],
    [t('housing.flats.field.heating'), money(f.heatingCents)],
    [t('housing.flats.warmRent'), money(warm)],
    [t('housing.flats.field.deposit'), money(f.depositCents)],
    [t('housing.flats.field.wbsRequired'), yes(f.wbsRequired)],
    [t('housing.flats.field.availableFrom'), ctx.date(f.availableFrom)],
    [t('housing.flats.field.petsAllowed'), yes(f.petsAllowed)],
  ];
  return <FactList facts={facts} />;
}

/** The § 87 GEG figures of the energy certificate, or that there is none. */
export function EnergyFacts({ ctx, f }: { ctx: ViewContext; f: PublicFlat }) {
  const { t } = ctx;
  if (!f.energyCertificate) return <p class="kern-body">{t('housing.flats.energy.none')}</p>;
  const facts: [string, string][] = [
    [t('housing.flats.field.energyCertificate'), t(`housing.flats.cert.${f.energyCertificate}`)],
    [t('housing.flats.field.energyKwh'), t('housing.flats.energy.kwh', { kwh: f.energyKwh ?? 0 })],
    [t('housing.flats.field.energyClass'), f.energyClass ?? ''],
    [t('housing.flats.field.heatingSource'), f.heatingSource ?? ''],
    [t('housing.flats.field.buildingYear'), String(f.buildingYear ?? '')],
  ];
  return <FactList facts={facts} />;
}

/** A compact list of a flat's facts (label, value). */
function FactList({ facts }: { facts: [string, string][] }) {
  return (
    <dl class="z-facts">
      {facts.map(([k, v]) => (
        <>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </>
      ))}
    </dl>
  );
}
