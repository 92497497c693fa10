import type { ServiceValues } from './services.repository.ts';

/** A demo service: its keys for the seed context, its values, its texts per language and its counsellors. */
export interface DemoService {
  /** `municipality/key`; the seed records the service under it and each counsellor as `municipality/key/account`. */
  key: string;
  quartier: string | null;
  provider: string | null;
  room: string | null;
  values: Omit<ServiceValues, 'quartierId' | 'providerId' | 'roomId' | 'sourceLocale'>;
  texts: Record<string, { title: string; description: string }>;
  counsellors: { account: string; displayName: string; languages: string[] }[];
}

/**
 * Counsellors of the demo who are not among the directory's accounts (one per role and municipality): the seed makes
 * their accounts, with the counsellor role at their provider.
 */
export const DEMO_COUNSELLOR_ACCOUNTS = [
  {
    key: 'beratung.osnabrueck.mansour',
    displayName: 'Karim Mansour',
    locale: 'de',
    municipality: 'osnabrueck',
    provider: 'osnabrueck/caritas',
  },
] as const;

const RULES = { slotMinutes: 45, bufferMinutes: 15, minNoticeHours: 2, horizonDays: 42, cancelCutoffHours: 2 };
const ACCESSIBLE = { wheelchairAccessible: true, stepFree: true, hearingLoop: false };

export const DEMO_SERVICES: readonly DemoService[] = [
  {
    key: 'osnabrueck/mbe',
    quartier: 'osnabrueck/schinkel',
    provider: 'osnabrueck/awo',
    room: null,
    values: {
      topics: ['migration', 'residence', 'work', 'language_course', 'authorities'],
      languages: ['de', 'uk', 'ru'],
      channels: ['in_person', 'phone', 'video'],
      street: 'Schinkelstraße 45',
      postcode: '49084',
      city: 'Osnabrück',
      ...ACCESSIBLE,
      audience: 'everyone',
      ...RULES,
      walkInHours: 'Tu 13:00-14:00', // after the bookable Tuesday morning, not during it
      contactPhone: '0541 12345-20',
      active: true,
    } as DemoService['values'],
    texts: {
      de: {
        title: 'Migrationsberatung für Erwachsene (MBE)',
        description:
          'Die AWO berät Zugewanderte ab 27 Jahren zu Aufenthalt, Arbeit, Sprachkursen und Anträgen bei Behörden. Die Beratung ist kostenlos und vertraulich.\n\nDienstags kommen Sie ohne Termin vorbei; sonst buchen Sie hier einen Termin, auch auf Ukrainisch oder Russisch.',
      },
      en: {
        title: 'Migration counselling for adults (MBE)',
        description:
          'AWO advises immigrants aged 27 and over on residence, work, language courses and applications to public offices. The counselling is free and confidential.\n\nOn Tuesdays you can come without an appointment; otherwise book an appointment here, also in Ukrainian or Russian.',
      },
      ar: {
        title: 'استشارة الهجرة للبالغين (MBE)',
        description:
          'تقدّم منظمة AWO الاستشارة للمهاجرين من عمر 27 عامًا فما فوق حول الإقامة والعمل ودورات اللغة والطلبات لدى الدوائر الرسمية. الاستشارة مجانية وسرّية.\n\nيمكنك الحضور أيام الثلاثاء دون موعد؛ وفي غير ذلك احجز موعدًا هنا، بالأوكرانية أو الروسية أيضًا.',
      },
      fa: {
        title: 'مشاوره مهاجرت برای بزرگسالان (MBE)',
        description:
          'سازمان AWO به مهاجران ۲۷ ساله و بالاتر درباره اقامت، کار، کلاس‌های زبان و درخواست‌ها در ادارات مشاوره می‌دهد. مشاوره رایگان و محرمانه است.\n\nروزهای سه‌شنبه می‌توانید بدون وقت قبلی بیایید؛ در غیر این صورت اینجا وقت بگیرید، به زبان اوکراینی یا روسی هم.',
      },
      uk: {
        title: 'Міграційна консультація для дорослих (MBE)',
        description:
          'AWO консультує іммігрантів віком від 27 років щодо перебування, роботи, мовних курсів і заяв до установ. Консультація безкоштовна та конфіденційна.\n\nУ вівторок можна прийти без запису; в інші дні запишіться тут, також українською або російською.',
      },
    },
    counsellors: [{ account: 'beratung.osnabrueck', displayName: 'Iryna Petrenko', languages: ['uk', 'ru', 'de'] }],
  },
  {
    key: 'osnabrueck/jmd',
    quartier: 'osnabrueck/schinkel',
    provider: 'osnabrueck/caritas',
    room: null,
    values: {
      topics: ['youth', 'school', 'work', 'language_course'],
      languages: ['de', 'en', 'ar'],
      channels: ['in_person', 'phone'],
      street: 'Johannisstraße 91',
      postcode: '49074',
      city: 'Osnabrück',
      ...ACCESSIBLE,
      audience: 'young_people',
      ...RULES,
      walkInHours: null,
      contactPhone: '0541 34978-0',
      active: true,
    } as DemoService['values'],
    texts: {
      de: {
        title: 'Jugendmigrationsdienst',
        description:
          'Der Jugendmigrationsdienst der Caritas begleitet junge Menschen von 12 bis 27 Jahren: Schule, Ausbildung, Sprachkurs und der Weg in den Beruf.',
      },
      en: {
        title: 'Youth migration service',
        description:
          'The Caritas youth migration service supports young people aged 12 to 27: school, vocational training, language courses and the way into work.',
      },
      ar: {
        title: 'خدمة هجرة الشباب',
        description:
          'ترافق خدمة هجرة الشباب التابعة لكاريتاس الشباب من عمر 12 إلى 27 عامًا: المدرسة والتدريب المهني ودورات اللغة والطريق إلى العمل.',
      },
      fa: {
        title: 'خدمات مهاجرت جوانان',
        description:
          'خدمات مهاجرت جوانان کاریتاس جوانان ۱۲ تا ۲۷ ساله را همراهی می‌کند: مدرسه، آموزش حرفه‌ای، کلاس زبان و راه ورود به کار.',
      },
      uk: {
        title: 'Міграційна служба для молоді',
        description:
          'Міграційна служба для молоді від Caritas супроводжує молодих людей віком від 12 до 27 років: школа, професійне навчання, мовні курси та шлях до роботи.',
      },
    },
    counsellors: [
      { account: 'beratung.osnabrueck.mansour', displayName: 'Karim Mansour', languages: ['ar', 'de', 'en'] },
    ],
  },
  {
    key: 'meppen/sprechstunde-esterfeld',
    quartier: 'meppen/esterfeld',
    provider: null,
    // The Quartiersbüro's group room: linked by the places step, which runs after the community rooms (order 300).
    room: 'meppen/quartiersbuero-esterfeld',
    values: {
      topics: ['housing', 'authorities', 'other'],
      languages: ['de', 'en'],
      channels: ['in_person', 'phone'],
      street: 'Nödiker Straße 112',
      postcode: '49716',
      city: 'Meppen',
      ...ACCESSIBLE,
      audience: 'everyone',
      ...RULES,
      slotMinutes: 30,
      bufferMinutes: 0,
      // Apart from the bookable hours (Monday afternoon, Thursday morning): nobody waits in the door during an appointment.
      walkInHours: 'Mo 10:00-12:00; We 16:00-18:00',
      contactPhone: '05931 153-460',
      active: true,
    } as DemoService['values'],
    texts: {
      de: {
        title: 'Sprechstunde im Quartiersbüro Esterfeld',
        description:
          'Das Quartiersmanagement hilft bei Fragen zur Wohnung, zu Nachbarschaft und Anträgen und vermittelt an die passenden Stellen weiter.',
      },
      en: {
        title: 'Office hours at the Esterfeld neighbourhood office',
        description:
          'The neighbourhood management helps with questions about your flat, the neighbourhood and applications, and refers you to the right offices.',
      },
      ar: {
        title: 'ساعات الاستقبال في مكتب حي إسترفيلد',
        description: 'تساعد إدارة الحي في الأسئلة المتعلقة بالسكن والجيرة والطلبات، وتوجّهك إلى الجهات المناسبة.',
      },
      fa: {
        title: 'ساعات مشاوره در دفتر محله استرفلد',
        description:
          'مدیریت محله در پرسش‌های مربوط به خانه، همسایگی و درخواست‌ها کمک می‌کند و شما را به نهادهای مناسب معرفی می‌کند.',
      },
      uk: {
        title: 'Консультаційні години в офісі кварталу Естерфельд',
        description:
          'Менеджмент кварталу допомагає з питаннями щодо житла, сусідства та заяв і скеровує до відповідних установ.',
      },
    },
    counsellors: [{ account: 'qm.meppen', displayName: 'Jonas Brinker', languages: ['de', 'en'] }],
  },
  {
    key: 'meppen/caritas-migration',
    quartier: 'meppen/esterfeld',
    provider: 'meppen/caritas',
    room: null,
    values: {
      topics: ['migration', 'residence', 'family', 'money', 'authorities'],
      languages: ['de', 'ar'],
      channels: ['in_person', 'phone'],
      street: 'Obergerichtsstraße 18',
      postcode: '49716',
      city: 'Meppen',
      ...ACCESSIBLE,
      audience: 'refugees',
      ...RULES,
      walkInHours: null,
      contactPhone: '05931 9847-0',
      active: true,
    } as DemoService['values'],
    texts: {
      de: {
        title: 'Migrationsberatung der Caritas',
        description:
          'Beratung für Geflüchtete und Zugewanderte zu Aufenthalt, Familiennachzug, Leistungen und Schreiben von Behörden. Auf Deutsch und Arabisch; für andere Sprachen organisieren wir Sprachmittlung.',
      },
      en: {
        title: 'Caritas migration counselling',
        description:
          'Counselling for refugees and immigrants on residence, family reunification, benefits and letters from public offices. In German and Arabic; for other languages we arrange an interpreter.',
      },
      ar: {
        title: 'استشارة الهجرة لدى كاريتاس',
        description:
          'استشارة للاجئين والمهاجرين حول الإقامة ولمّ شمل الأسرة والمساعدات ورسائل الدوائر الرسمية. باللغتين الألمانية والعربية؛ ونوفّر مترجمًا للغات الأخرى.',
      },
      fa: {
        title: 'مشاوره مهاجرت کاریتاس',
        description:
          'مشاوره برای پناهجویان و مهاجران درباره اقامت، پیوستن خانواده، کمک‌هزینه‌ها و نامه‌های ادارات. به زبان آلمانی و عربی؛ برای زبان‌های دیگر مترجم هماهنگ می‌کنیم.',
      },
      uk: {
        title: 'Міграційна консультація Caritas',
        description:
          'Консультації для біженців та іммігрантів щодо перебування, возз’єднання сім’ї, соціальних виплат і листів від установ. Німецькою та арабською; для інших мов ми організуємо перекладача.',
      },
    },
    counsellors: [{ account: 'beratung.meppen', displayName: 'Layla Haddad', languages: ['ar', 'de'] }],
  },
];
