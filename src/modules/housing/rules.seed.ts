import type { SeedStep } from '../../platform/modules/seed-context.ts';
import { seedIds } from '../../platform/modules/seed-context.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { insertRentLimits, type NewRentLimits } from './rules.repository.ts';

/**
 * Demo rent limits (KdU) of four municipalities: plausible gross cold rents per household size, marked as example
 * values that the municipality still has to confirm (the check says so). The state's rule tables come with the
 * migration, as they are law, not demo data.
 */
const DEMO_RENT_LIMITS: Record<string, Omit<NewRentLimits, 'example'>> = {
  meppen: {
    validFrom: '2025-01-01',
    limits: [432, 522, 621, 720, 819, 918],
    officeName: 'Stadt Meppen – Fachbereich Soziales, Wohnungswesen',
    officeAddress: 'Markt 43, 49716 Meppen',
    officeEmail: 'wohnen@meppen.example',
    officePhone: null,
  },
  osnabrueck: {
    validFrom: '2025-01-01',
    limits: [486, 583, 693, 808, 920, 1032],
    officeName: 'Stadt Osnabrück – Fachdienst Wohnen',
    officeAddress: 'Natruper-Tor-Wall 5, 49076 Osnabrück',
    officeEmail: 'wohnen@osnabrueck.example',
    officePhone: null,
  },
  asendorf: {
    validFrom: '2025-01-01',
    limits: [410, 495, 590, 684, 780, 875],
    officeName: 'Landkreis Diepholz – Wohnraumförderung',
    officeAddress: 'Niedersachsenstraße 2, 49356 Diepholz',
    officeEmail: 'wohnraumfoerderung@diepholz.example',
    officePhone: null,
  },
  hannover: {
    validFrom: '2025-01-01',
    limits: [528, 636, 756, 883, 1005, 1130],
    officeName: 'Landeshauptstadt Hannover – Bereich Wohnen',
    officeAddress: 'Trammplatz 2, 30159 Hannover',
    officeEmail: 'wohnen@hannover.example',
    officePhone: null,
  },
};

/** The demo's rent limits for the municipalities the directory's step recorded. */
export const rulesSeed: SeedStep = {
  name: 'housing.rules',
  async run(tx, ctx) {
    const municipalities = seedIds(ctx, 'municipality');
    for (const [slug, v] of Object.entries(DEMO_RENT_LIMITS)) {
      const id = municipalities[slug];
      if (id) await insertRentLimits(tx, tenant(id), { ...v, example: true });
    }
  },
};
