import type { Locale } from '../../platform/i18n/locales.ts';
import type { EnergyClass, FlatStatus } from './housing.tables.ts';

/** A demo flat: plain German advert texts, and translations of some (the others show "translation missing"). */
export interface DemoFlat {
  municipality: 'meppen' | 'osnabrueck';
  key: string;
  provider: string;
  quartier?: string;
  status: FlatStatus;
  street: string;
  postcode: string;
  city: string;
  lat: number;
  lon: number;
  rooms: number;
  area: number;
  floor: number;
  lift?: boolean;
  stepFree?: boolean;
  wheelchair?: boolean;
  /** Whole euros a month. */
  coldRent: number;
  service: number;
  heating: number;
  wbs?: boolean;
  pets?: boolean;
  availableInDays: number;
  energy?: { kind: 'demand' | 'consumption'; kwh: number; class: EnergyClass; source: string; year: number };
  de: { title: string; description: string };
  translations?: Partial<Record<Locale, { title: string; description: string }>>;
}

const MEPPEN = { municipality: 'meppen', provider: 'emsland-wohnbau', postcode: '49716', city: 'Meppen' } as const;

/** Meppen's demo flats: Emsland Wohnbau in the town centre and in Esterfeld. */
export const MEPPEN_FLATS: readonly DemoFlat[] = [
  {
    ...MEPPEN,
    key: 'am-neuen-markt',
    quartier: 'innenstadt',
    status: 'published',
    street: 'Am Neuen Markt 7',
    lat: 52.6918,
    lon: 7.2961,
    rooms: 2,
    area: 54.5,
    floor: 2,
    lift: true,
    stepFree: true,
    coldRent: 395,
    service: 120,
    heating: 65,
    availableInDays: 30,
    energy: { kind: 'consumption', kwh: 98.4, class: 'C', source: 'Fernwärme', year: 1994 },
    de: {
      title: 'Helle 2-Zimmer-Wohnung am Neuen Markt',
      description:
        'Zwei Zimmer, Küche mit Fenster, Duschbad und Balkon zum Innenhof. Aufzug im Haus, Keller und Fahrradraum.\n\nEinkaufen, Ärzte und Bushaltestelle liegen wenige Schritte entfernt.',
    },
    translations: {
      en: {
        title: 'Bright 2-room flat at Am Neuen Markt',
        description:
          'Two rooms, kitchen with window, shower room and balcony facing the courtyard. Lift, cellar and bicycle room.\n\nShops, doctors and the bus stop are a few steps away.',
      },
      ar: {
        title: 'شقة مشرقة من غرفتين في ساحة نويَن ماركت',
        description:
          'غرفتان ومطبخ بنافذة وحمّام مع دُش وشرفة تطل على الفناء الداخلي. مصعد وقبو وغرفة للدراجات.\n\nالمتاجر والأطباء وموقف الحافلات على بعد خطوات.',
      },
    },
  },
  {
    ...MEPPEN,
    key: 'nagelshof',
    quartier: 'innenstadt',
    status: 'published',
    street: 'Nagelshof 12',
    lat: 52.6935,
    lon: 7.2928,
    rooms: 1,
    area: 38,
    floor: 1,
    coldRent: 290,
    service: 85,
    heating: 50,
    wbs: true,
    availableInDays: 14,
    energy: { kind: 'demand', kwh: 121.7, class: 'D', source: 'Erdgas', year: 1978 },
    de: {
      title: '1-Zimmer-Wohnung mit Wohnberechtigungsschein',
      description:
        'Gefördertes Apartment im ersten Obergeschoss mit Kochnische und Duschbad. Nur mit gültigem Wohnberechtigungsschein für eine Person.',
    },
    translations: {
      en: {
        title: '1-room flat for holders of a housing entitlement certificate (WBS)',
        description:
          'Subsidised apartment on the first floor with kitchenette and shower room. Only with a valid WBS for one person.',
      },
    },
  },
  {
    ...MEPPEN,
    key: 'schullendamm',
    quartier: 'esterfeld',
    status: 'published',
    street: 'Schullendamm 21',
    lat: 52.6989,
    lon: 7.3047,
    rooms: 4,
    area: 92,
    floor: 0,
    stepFree: true,
    coldRent: 640,
    service: 190,
    heating: 110,
    pets: true,
    availableInDays: 45,
    energy: { kind: 'demand', kwh: 74.2, class: 'B', source: 'Wärmepumpe (Strom)', year: 2012 },
    de: {
      title: 'Familienwohnung mit Garten in Esterfeld',
      description:
        'Vier Zimmer im Erdgeschoss, stufenlos erreichbar, mit eigenem Gartenanteil. Schule und Kindergarten in der Nähe. Haustiere nach Absprache.',
    },
  },
  {
    ...MEPPEN,
    key: 'esterfelder-stiege',
    quartier: 'esterfeld',
    status: 'published',
    street: 'Esterfelder Stiege 4',
    lat: 52.7021,
    lon: 7.3102,
    rooms: 2,
    area: 58,
    floor: 0,
    lift: true,
    stepFree: true,
    wheelchair: true,
    coldRent: 430,
    service: 130,
    heating: 70,
    wbs: true,
    availableInDays: 21,
    energy: { kind: 'demand', kwh: 48.9, class: 'A', source: 'Erdwärme', year: 2019 },
    de: {
      title: 'Rollstuhlgerechte 2-Zimmer-Wohnung (WBS)',
      description:
        'Barrierefrei nach DIN 18040-2 (R): bodengleiche Dusche, breite Türen, unterfahrbare Küche, Stellplatz am Haus. Mit Wohnberechtigungsschein.',
    },
    translations: {
      ar: {
        title: 'شقة من غرفتين مهيأة للكراسي المتحركة (تتطلب WBS)',
        description:
          'خالية من العوائق وفق DIN 18040-2 (R): دُش بمستوى الأرض، أبواب عريضة، مطبخ يمكن الوصول إليه بالكرسي المتحرك، موقف سيارة أمام البيت. مع شهادة استحقاق السكن.',
      },
    },
  },
  {
    ...MEPPEN,
    key: 'feldkamp',
    quartier: 'esterfeld',
    status: 'reserved',
    street: 'Feldkamp 9',
    lat: 52.7004,
    lon: 7.3071,
    rooms: 3,
    area: 71,
    floor: 1,
    coldRent: 505,
    service: 150,
    heating: 85,
    availableInDays: 10,
    energy: { kind: 'consumption', kwh: 132.5, class: 'E', source: 'Erdgas', year: 1969 },
    de: {
      title: '3-Zimmer-Wohnung in ruhiger Lage',
      description: 'Drei Zimmer, Wohnküche und Balkon nach Süden. Die Wohnung ist reserviert.',
    },
  },
  {
    ...MEPPEN,
    key: 'kuhstr-3',
    quartier: 'innenstadt',
    status: 'published',
    street: 'Kuhstraße 3',
    lat: 52.6927,
    lon: 7.2985,
    rooms: 3,
    area: 68,
    floor: 3,
    coldRent: 470,
    service: 140,
    heating: 80,
    availableInDays: 60,
    de: {
      title: '3 Zimmer unterm Dach in der Altstadt',
      description:
        'Dachgeschosswohnung mit Schrägen, kein Aufzug. Für das Haus liegt noch kein Energieausweis vor; er wird zur Besichtigung nachgereicht.',
    },
  },
  {
    ...MEPPEN,
    key: 'herzog-arenberg',
    quartier: 'esterfeld',
    status: 'draft',
    street: 'Herzog-Arenberg-Straße 15',
    lat: 52.6977,
    lon: 7.3023,
    rooms: 2.5,
    area: 63,
    floor: 1,
    coldRent: 455,
    service: 135,
    heating: 75,
    availableInDays: 90,
    energy: { kind: 'demand', kwh: 88, class: 'C', source: 'Erdgas', year: 1998 },
    de: {
      title: '2,5 Zimmer nach der Modernisierung',
      description: 'Neues Bad, neue Fenster. Anzeige in Vorbereitung.',
    },
  },
];
