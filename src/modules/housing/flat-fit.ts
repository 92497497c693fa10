/**
 * Does a flat fit a household? Pure: explained by rules and constraints only (size, rent limit, accessibility,
 * WBS, pets), never by a score. Each reason is a message key with its figures, shown in the reader's language.
 */

/** What of a flat the fit looks at. */
export interface FitFlat {
  areaM2: number;
  coldRentCents: number;
  serviceChargesCents: number;
  stepFree: boolean;
  wheelchairAccessible: boolean;
  wbsRequired: boolean;
  petsAllowed: boolean;
  availableFrom: string;
}

/** What of a household the fit looks at. */
export interface FitNeeds {
  persons: number;
  /** The living space a WBS allows for this household (m²), when known. */
  spaceLimitM2: number | null;
  /** Monthly gross cold rent limit (KdU), when the household has one. */
  rentLimitCents: number | null;
  needsStepFree: boolean;
  needsWheelchair: boolean;
  hasPets: boolean;
  /** Last day of the household's WBS, if it has one (`YYYY-MM-DD`). */
  wbsValidUntil: string | null;
}

export type FitVerdict = 'yes' | 'no';

export interface FitReason {
  verdict: FitVerdict;
  key: string;
  values: Record<string, string | number>;
}

export interface Fit {
  fits: boolean;
  reasons: FitReason[];
}

const reason = (verdict: FitVerdict, key: string, values: Record<string, string | number> = {}): FitReason => ({
  verdict,
  key: `housing.flats.fit.${key}`,
  values,
});

function sizeReason(flat: FitFlat, needs: FitNeeds): FitReason | null {
  if (needs.spaceLimitM2 === null) return null;
  const values = { area: flat.areaM2, limit: needs.spaceLimitM2, persons: needs.persons };
  // The space limit binds WBS-bound flats; a larger free-market flat is the household's (and the payer's) choice.
  if (flat.areaM2 <= needs.spaceLimitM2) return reason('yes', 'sizeWithin', values);
  return flat.wbsRequired ? reason('no', 'sizeOver', values) : null;
}

function rentReason(flat: FitFlat, needs: FitNeeds): FitReason | null {
  if (needs.rentLimitCents === null) return null;
  const gross = flat.coldRentCents + flat.serviceChargesCents;
  const values = { rent: gross / 100, limit: needs.rentLimitCents / 100, over: (gross - needs.rentLimitCents) / 100 };
  return gross <= needs.rentLimitCents ? reason('yes', 'rentWithin', values) : reason('no', 'rentOver', values);
}

function accessReason(flat: FitFlat, needs: FitNeeds): FitReason | null {
  if (needs.needsWheelchair) {
    return flat.wheelchairAccessible ? reason('yes', 'wheelchair') : reason('no', 'noWheelchair');
  }
  if (needs.needsStepFree) {
    return flat.stepFree || flat.wheelchairAccessible ? reason('yes', 'stepFree') : reason('no', 'noStepFree');
  }
  return null;
}

function wbsReason(flat: FitFlat, needs: FitNeeds): FitReason | null {
  if (!flat.wbsRequired) return null;
  if (needs.wbsValidUntil === null) return reason('no', 'wbsMissing');
  // The WBS must still be valid when the flat becomes available.
  if (needs.wbsValidUntil < flat.availableFrom) return reason('no', 'wbsExpires', { until: needs.wbsValidUntil });
  return reason('yes', 'wbsValid', { until: needs.wbsValidUntil });
}

function petReason(flat: FitFlat, needs: FitNeeds): FitReason | null {
  if (!needs.hasPets) return null;
  return flat.petsAllowed ? reason('yes', 'pets') : reason('no', 'noPets');
}

/** The reasons a flat fits a household or not; it fits when no reason speaks against it. */
export function flatFit(flat: FitFlat, needs: FitNeeds): Fit {
  const reasons = [sizeReason, rentReason, accessReason, wbsReason, petReason]
    .map((f) => f(flat, needs))
    .filter((r): r is FitReason => r !== null);
  return { fits: reasons.every((r) => r.verdict === 'yes'), reasons };
}
