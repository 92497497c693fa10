/** A pool member of the demo: the demo account `sprachmittlung.<municipality>` or a further account of the pool. */
export interface DemoInterpreter {
  municipality: string;
  /** Local part of the e-mail address (`sprachmittlung.meppen`, or a further one created here). */
  key: string;
  displayName: string;
  locale: string;
  languages: string[];
  /** ISO weekdays and the local time range on each of them. */
  weekdays: number[];
  hours: [string, string];
  /** False for the four demo accounts, which the directory's step creates. */
  account?: boolean;
}

const WEEK = [1, 2, 3, 4, 5];

/** Interpreters for Arabic, Dari/Farsi, Ukrainian and Tigrinya in Meppen and Osnabrück; one each elsewhere. */
export const DEMO_INTERPRETERS: readonly DemoInterpreter[] = [
  {
    municipality: 'meppen',
    key: 'sprachmittlung.meppen',
    displayName: 'Mariam Yousef',
    locale: 'ar',
    languages: ['ar', 'de'],
    weekdays: WEEK,
    hours: ['09:00', '17:00'],
  },
  {
    municipality: 'meppen',
    key: 'sprachmittlung.meppen.nouri',
    displayName: 'Samira Nouri',
    locale: 'fa',
    languages: ['fa', 'prs', 'de'],
    weekdays: [1, 2, 3],
    hours: ['08:30', '16:00'],
    account: true,
  },
  {
    municipality: 'meppen',
    key: 'sprachmittlung.meppen.kravets',
    displayName: 'Tetiana Kravets',
    locale: 'uk',
    languages: ['uk', 'ru', 'de'],
    weekdays: [1, 3, 5],
    hours: ['09:00', '14:00'],
    account: true,
  },
  {
    municipality: 'meppen',
    key: 'sprachmittlung.meppen.berhane',
    displayName: 'Yohannes Berhane',
    locale: 'en',
    languages: ['ti', 'en', 'de'],
    weekdays: [2, 4],
    hours: ['09:00', '15:00'],
    account: true,
  },
  {
    municipality: 'osnabrueck',
    key: 'sprachmittlung.osnabrueck',
    displayName: 'Samir Haidari',
    locale: 'fa',
    languages: ['prs', 'fa', 'ps', 'de'],
    weekdays: WEEK,
    hours: ['08:00', '16:00'],
  },
  {
    municipality: 'osnabrueck',
    key: 'sprachmittlung.osnabrueck.alahmad',
    displayName: 'Huda Al-Ahmad',
    locale: 'ar',
    languages: ['ar', 'ku', 'de'],
    weekdays: [1, 2, 3, 4],
    hours: ['10:00', '18:00'],
    account: true,
  },
  {
    municipality: 'osnabrueck',
    key: 'sprachmittlung.osnabrueck.bondarenko',
    displayName: 'Mykola Bondarenko',
    locale: 'uk',
    languages: ['uk', 'ru', 'de'],
    weekdays: [2, 3, 4, 5],
    hours: ['09:00', '17:00'],
    account: true,
  },
  {
    municipality: 'osnabrueck',
    key: 'sprachmittlung.osnabrueck.tesfamariam',
    displayName: 'Saba Tesfamariam',
    locale: 'en',
    languages: ['ti', 'de'],
    weekdays: [1, 3],
    hours: ['09:00', '15:00'],
    account: true,
  },
  {
    municipality: 'asendorf',
    key: 'sprachmittlung.asendorf',
    displayName: 'Selam Gebremedhin',
    locale: 'en',
    languages: ['ti', 'en', 'de'],
    weekdays: [2, 4],
    hours: ['09:00', '13:00'],
  },
  {
    municipality: 'hannover',
    key: 'sprachmittlung.hannover',
    displayName: 'Oksana Melnyk',
    locale: 'uk',
    languages: ['uk', 'ru', 'de'],
    weekdays: WEEK,
    hours: ['08:00', '16:00'],
  },
];
