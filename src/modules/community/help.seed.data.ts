import type { HelpCategory, HelpKind } from './help.tables.ts';

/** One demo post: who wrote it (a demo account key), where, in which language, and its conversation if any. */
export interface DemoHelpPost {
  key: string;
  municipality: string;
  quartier: string | null;
  author: string;
  authorName: string;
  kind: HelpKind;
  category: HelpCategory;
  locale: string;
  title: string;
  body: string;
  daysAgo: number;
  closed?: 'helped' | 'not_helped';
  thread?: {
    responder: string;
    responderName: string;
    /** Messages in order; `true` when the post's writer wrote it. */
    messages: [fromAuthor: boolean, body: string][];
    /** Contact details each side agreed to share (both: exchanged). */
    authorContact?: string;
    responderContact?: string;
  };
}

/** The demo's offers and requests, each in the language its writer chose; contact details are example ones. */
export const DEMO_HELP_POSTS: readonly DemoHelpPost[] = [
  {
    key: 'meppen/aemter',
    municipality: 'meppen',
    quartier: 'esterfeld',
    author: 'ehrenamt.meppen',
    authorName: 'Gerda',
    kind: 'offer',
    category: 'authority',
    locale: 'de',
    title: 'Ich begleite Sie zu Ämtern in Meppen',
    body: 'Ich bin Rentnerin und habe vormittags Zeit. Ich gehe gern mit Ihnen zur Ausländerbehörde, zum Jobcenter oder ins Bürgerbüro im Rathaus und helfe beim Ausfüllen von Formularen.\n\nIch spreche Deutsch und ein wenig Englisch.',
    daysAgo: 12,
  },
  {
    key: 'meppen/moebel',
    municipality: 'meppen',
    quartier: 'esterfeld',
    author: 'bewohner.meppen',
    authorName: 'Ahmad',
    kind: 'request',
    category: 'furniture',
    locale: 'ar',
    title: 'نبحث عن سرير أطفال وخزانة ملابس صغيرة',
    body: 'انتقلنا مع أطفالنا الثلاثة إلى شقة في إسترفيلد. نحتاج إلى سرير أطفال وخزانة ملابس صغيرة. يمكننا أن نأخذها بأنفسنا، ولدينا سيارة صديق.',
    daysAgo: 6,
    thread: {
      responder: 'ehrenamt.meppen',
      responderName: 'Gerda',
      messages: [
        [
          false,
          'Guten Tag, ich habe ein Kinderbett aus Holz mit Matratze im Keller. Es ist gut erhalten. Möchten Sie es haben?',
        ],
        [true, 'شكراً جزيلاً! نعم، نريده. Vielen Dank, ja gern!'],
        [false, 'Gern. Wollen wir Telefonnummern austauschen? Dann machen wir einen Termin aus.'],
      ],
      authorContact: '0151 23456789 (Ahmad)',
      responderContact: '05931 12345 (Gerda, vormittags)',
    },
  },
  {
    key: 'meppen/tandem',
    municipality: 'meppen',
    quartier: 'innenstadt',
    author: 'bewohner.meppen',
    authorName: 'Ahmad',
    kind: 'offer',
    category: 'language_tandem',
    locale: 'de',
    title: 'Sprachtandem Arabisch und Deutsch',
    body: 'Ich lerne Deutsch (B1) und möchte mehr sprechen. Ich biete Arabisch an, gern beim Kaffee in der Innenstadt, einmal in der Woche am Abend.',
    daysAgo: 3,
  },
  {
    key: 'meppen/fahrrad',
    municipality: 'meppen',
    quartier: 'esterfeld',
    author: 'bewohner.meppen',
    authorName: 'Ahmad',
    kind: 'request',
    category: 'repairs',
    locale: 'ar',
    title: 'من يساعدني في إصلاح دراجة ابني؟',
    body: 'إطار الدراجة مثقوب والفرامل لا تعمل جيداً. أحتاج إلى من يريني كيف أصلحها.',
    daysAgo: 40,
    closed: 'helped',
  },
  {
    key: 'osnabrueck/kinder',
    municipality: 'osnabrueck',
    quartier: 'schinkel',
    author: 'bewohner.osnabrueck',
    authorName: 'Olena',
    kind: 'request',
    category: 'childcare',
    locale: 'uk',
    title: 'Шукаю, хто посидить з донькою у вівторок зранку',
    body: 'У вівторок з 9 до 12 години в мене мовний курс. Моїй доньці 4 роки, місце в дитсадку буде лише з березня. Шукаю когось у Шинкелі, хто може доглянути її ці три години.',
    daysAgo: 4,
  },
  {
    key: 'osnabrueck/hausaufgaben',
    municipality: 'osnabrueck',
    quartier: 'schinkel',
    author: 'ehrenamt.osnabrueck',
    authorName: 'Aylin',
    kind: 'offer',
    category: 'homework',
    locale: 'tr',
    title: 'Ödev yardımı: matematik ve Almanca',
    body: 'Öğretmenlik okuyorum. Salı ve perşembe öğleden sonra 5. ile 8. sınıf arasındaki çocuklara matematik ve Almanca ödevlerinde yardım ediyorum. Ücretsizdir.',
    daysAgo: 9,
    thread: {
      responder: 'bewohner.osnabrueck',
      responderName: 'Olena',
      messages: [
        [false, 'Guten Tag, mein Sohn ist in der 6. Klasse und braucht Hilfe in Mathe. Geht Donnerstag?'],
        [true, 'Ja, Donnerstag um 15 Uhr passt. Wir können uns in der Stadtteilbibliothek treffen.'],
      ],
      responderContact: 'olena.k@example.org',
    },
  },
  {
    key: 'osnabrueck/tandem',
    municipality: 'osnabrueck',
    quartier: 'dodesheide',
    author: 'ehrenamt.osnabrueck',
    authorName: 'Aylin',
    kind: 'offer',
    category: 'language_tandem',
    locale: 'de',
    title: 'Sprachtandem Deutsch und Türkisch, Telefon 0541 998877',
    body: 'Ich suche jemanden, der Türkisch lernen möchte und mit mir Deutsch übt. Ruft mich einfach an: 0541 998877.',
    daysAgo: 2,
  },
  {
    key: 'asendorf/reparaturen',
    municipality: 'asendorf',
    quartier: 'ortskern',
    author: 'ehrenamt.asendorf',
    authorName: 'Elke',
    kind: 'offer',
    category: 'repairs',
    locale: 'de',
    title: 'Hilfe bei kleinen Reparaturen im Haus',
    body: 'Mein Mann und ich helfen bei kleinen Reparaturen: ein tropfender Wasserhahn, ein Regal an der Wand, ein platter Fahrradreifen. Werkzeug bringen wir mit.',
    daysAgo: 20,
  },
  {
    key: 'asendorf/landkreis',
    municipality: 'asendorf',
    quartier: 'ortsteile',
    author: 'bewohner.asendorf',
    authorName: 'Yonas',
    kind: 'request',
    category: 'authority',
    locale: 'en',
    title: 'Someone to come with me to the district office in Diepholz',
    body: 'I have an appointment at the foreigners office of the Landkreis Diepholz next month about my residence permit. I would like someone who speaks German to come with me. I can pay for the bus.',
    daysAgo: 5,
    thread: {
      responder: 'ehrenamt.asendorf',
      responderName: 'Elke',
      messages: [
        [false, 'Hallo Yonas, ich fahre Sie gern mit dem Auto nach Diepholz. Wann ist der Termin?'],
        [true, 'Thank you, Elke! It is on the 14th at 10 o’clock.'],
      ],
    },
  },
  {
    key: 'asendorf/sofa',
    municipality: 'asendorf',
    quartier: 'ortskern',
    author: 'ehrenamt.asendorf',
    authorName: 'Elke',
    kind: 'offer',
    category: 'furniture',
    locale: 'de',
    title: 'Sofa und Esstisch mit vier Stühlen abzugeben',
    body: 'Wir ziehen um und geben ein graues Zweisitzer-Sofa und einen Esstisch aus Eiche mit vier Stühlen ab, kostenlos. Abholung in Asendorf, beim Tragen helfen wir.',
    daysAgo: 60,
    closed: 'helped',
  },
];

/** Earlier "it helped" counts (before the demo's posts), per municipality, months back and category. */
export const DEMO_HELPED: readonly {
  municipality: string;
  monthsAgo: number;
  category: HelpCategory;
  helped: number;
}[] = [
  { municipality: 'meppen', monthsAgo: 3, category: 'authority', helped: 4 },
  { municipality: 'meppen', monthsAgo: 2, category: 'furniture', helped: 2 },
  { municipality: 'meppen', monthsAgo: 2, category: 'language_tandem', helped: 3 },
  { municipality: 'osnabrueck', monthsAgo: 2, category: 'homework', helped: 5 },
  { municipality: 'osnabrueck', monthsAgo: 1, category: 'childcare', helped: 1 },
  { municipality: 'asendorf', monthsAgo: 3, category: 'repairs', helped: 2 },
];
