import type { GuidePageSeed } from './welcome.content.ts';

/** Meppen's guide, first half: arrival, registration, residence, housing, WBS, work. */
export const MEPPEN_GUIDE_A: readonly GuidePageSeed[] = [
  {
    slug: 'ankommen',
    topic: 'arrival',
    position: 10,
    lastCheckedOn: '2026-11-15',
    de: {
      title: 'Ankommen in Meppen: die ersten Schritte',
      body: '<p>Willkommen in Meppen. Diese Seite zeigt, was Sie in den ersten Wochen erledigen.</p><ul><li>Wohnsitz im Bürgerbüro anmelden.</li><li>Ein Konto bei einer Bank eröffnen.</li></ul>',
    },
    translations: {
      en: {
        title: 'Arriving in Meppen: the first steps',
        body: '<p>Welcome to Meppen. This page shows what to do in your first weeks.</p><ul><li>Register your address at the citizens’ office.</li><li>Open a bank account.</li></ul>',
      },
    },
  },
];
