import type { HouseholdView } from './households.service.ts';

const day = (v: string | Date | null) =>
  v === null ? '' : typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10);

/** The profile form's values from a stored household (the members as rows, in their order). */
export function profileValues({ household: h, members }: HouseholdView): Record<string, string | string[]> {
  const v: Record<string, string | string[]> = {
    annualIncome: h.annual_income_euros === null ? '' : String(h.annual_income_euros),
    // A limit from the KdU table is not shown as typed: left empty, it is looked up again for the household's size.
    rentLimit: h.rent_limit_cents === null || h.rent_limit_source === 'kdu' ? '' : String(h.rent_limit_cents / 100),
    wishedQuartiere: h.wished_quartier_ids,
    nearLat: h.near_lat === null ? '' : String(h.near_lat),
    nearLon: h.near_lon === null ? '' : String(h.near_lon),
    nearMaxKm: h.near_max_km === null ? '' : String(Number(h.near_max_km)),
    urgencyReason: h.urgency_reason ?? '',
    mustLeaveBy: day(h.must_leave_by),
    permitCategory: h.permit_category ?? '',
    permitValidUntil: day(h.permit_valid_until),
    preferredLocale: h.preferred_locale,
    contactName: h.contact_name ?? '',
    contactEmail: h.contact_email ?? '',
    contactPhone: h.contact_phone ?? '',
  };
  const flags: [string, boolean][] = [
    ['onBenefits', h.on_benefits],
    ['needsStepFree', h.needs_step_free],
    ['needsWheelchair', h.needs_wheelchair],
    ['hasPets', h.has_pets],
    ['singleParent', members.some((m) => m.single_parent)],
  ];
  for (const [k, on] of flags) if (on) v[k] = 'on';
  members.forEach((m, i) => {
    v[`m${i + 1}Role`] = m.role;
    if (m.age_group) v[`m${i + 1}Age`] = m.age_group;
    if (m.first_name) v[`m${i + 1}Name`] = m.first_name;
    if (m.disabled) v[`m${i + 1}Disabled`] = 'on';
  });
  return v;
}
