import type { Role } from '../platform/auth/session-user.ts';
import type { Locale } from '../platform/i18n/locales.ts';

/** The one password of every demo account (documented in docs/demo.md; demo accounts exist only in the demo). */
export const DEMO_PASSWORD = 'zuhause-demo-2026';
/** Demo e-mail addresses live under a reserved example domain (RFC 2606): no mail ever reaches a person. */
export const DEMO_DOMAIN = 'demo.zuhause.example';

export interface DemoAccount {
  /** Local part of the e-mail address; the key of the `user` ids in the seed context. */
  key: string;
  displayName: string;
  locale: Locale;
  role: Role;
  /** Municipality slug; absent for the state roles. */
  municipality?: string;
  /** `municipality/quartier` slug the role is held for. */
  quartier?: string;
  /** `municipality/key` of the provider the role is held for. */
  provider?: string;
}

const STATE: DemoAccount[] = [
  { key: 'land', displayName: 'Dr. Katrin Oltmanns', locale: 'de', role: 'state_admin' },
  { key: 'foerderung', displayName: 'Tobias Reimers', locale: 'de', role: 'funding_officer' },
];

/** The municipal roles in order: the key prefix of each account, its role, and what its third entry names. */
const MUNICIPAL_ROLES = [
  ['admin', 'municipality_admin', null],
  ['qm', 'quartier_manager', 'quartier'],
  ['beratung', 'counsellor', 'provider'],
  ['sprachmittlung', 'interpreter', null],
  ['vermietung', 'landlord', 'provider'],
  ['ehrenamt', 'volunteer', 'provider'],
  ['bewohner', 'resident', null],
] as const satisfies readonly [string, Role, 'quartier' | 'provider' | null][];

/** Every role of a municipality, one person each, with names and languages as they might be. */
function municipal(
  m: string,
  people: {
    admin: [string, Locale];
    qm: [string, Locale, string];
    beratung: [string, Locale, string];
    sprachmittlung: [string, Locale];
    vermietung: [string, Locale, string | undefined];
    ehrenamt: [string, Locale, string | undefined];
    bewohner: [string, Locale];
  },
): DemoAccount[] {
  return MUNICIPAL_ROLES.map(([prefix, role, scope]) => {
    const [displayName, locale, at]: readonly [string, Locale, (string | undefined)?] = people[prefix];
    const held = scope && at ? { [scope]: `${m}/${at}` } : {};
    return { key: `${prefix}.${m}`, displayName, locale, role, municipality: m, ...held };
  });
}

/** Every demo account: the two state roles, and all seven municipal roles in each of the four municipalities. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  ...STATE,
  ...municipal('meppen', {
    admin: ['Anke Hermes', 'de'],
    qm: ['Jonas Brinker', 'de', 'esterfeld'],
    beratung: ['Layla Haddad', 'ar', 'caritas'],
    sprachmittlung: ['Mariam Yousef', 'ar'],
    vermietung: ['Markus Tiemann', 'de', 'emsland-wohnbau'],
    ehrenamt: ['Gerda Schulte', 'de', undefined],
    bewohner: ['Ahmad Al-Khatib', 'ar'],
  }),
  ...municipal('osnabrueck', {
    admin: ['Sabine Kuhlmann', 'de'],
    qm: ['Deniz Arslan', 'tr', 'schinkel'],
    beratung: ['Iryna Petrenko', 'uk', 'awo'],
    sprachmittlung: ['Samir Haidari', 'fa'],
    vermietung: ['Frank Niemeyer', 'de', 'wio'],
    ehrenamt: ['Aylin Demir', 'tr', 'migrationsbeirat'],
    bewohner: ['Olena Kovalenko', 'uk'],
  }),
  ...municipal('asendorf', {
    admin: ['Heike Meyer', 'de'],
    qm: ['Lars Bruns', 'de', 'ortskern'],
    beratung: ['Maria Wolters', 'de', 'diakonie'],
    sprachmittlung: ['Selam Gebremedhin', 'en'],
    vermietung: ['Hinrich Lange', 'de', undefined],
    ehrenamt: ['Elke Brüning', 'de', 'landfrauen'],
    bewohner: ['Yonas Tesfay', 'en'],
  }),
  ...municipal('hannover', {
    admin: ['Thomas Wehrmann', 'de'],
    qm: ['Fatma Yılmaz', 'tr', 'muehlenberg'],
    beratung: ['Reza Ahmadi', 'fa', 'caritas'],
    sprachmittlung: ['Oksana Melnyk', 'uk'],
    vermietung: ['Claudia Brandt', 'de', 'hanova'],
    ehrenamt: ['Sergej Wolkow', 'ru', undefined],
    bewohner: ['Zahra Hosseini', 'fa'],
  }),
];

/** The full e-mail address of a demo account. */
export const demoEmail = (key: string): string => `${key}@${DEMO_DOMAIN}`;
