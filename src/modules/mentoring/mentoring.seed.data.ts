import type { Locale } from '../../platform/i18n/locales.ts';

// Osnabrück's demo programme "DEMOKRATIE. MACHT. INTEGRATION.": council members and other office holders as
// mentors, people with a migration history of many origins as mentees (about half women). Invented people.

export interface DemoMentor {
  key: string;
  name: string;
  body: string;
  faction: string | null;
  committees: string[];
  topics: string[];
  languages: string[];
  availability: string[];
  capacity: number;
}

export interface DemoMentee {
  key: string;
  name: string;
  locale: Locale;
  gender: 'woman' | 'man' | 'diverse' | null;
  topics: string[];
  languages: string[];
  availability: string[];
  motivation: string;
  political?: string;
}

const RAT = 'Rat der Stadt Osnabrück';
const evening = ['weekday_evening'];

/** The finished cycle 2025/26: 12 mentors with capacities 1–2. */
export const MENTORS_2025: DemoMentor[] = [
  {
    key: 'rat.osnabrueck.hartmann',
    name: 'Birgit Hartmann',
    body: RAT,
    faction: 'SPD',
    committees: ['Ausschuss für Integration'],
    topics: ['integration', 'social'],
    languages: ['de', 'en'],
    availability: evening,
    capacity: 2,
  },
  {
    key: 'rat.osnabrueck.lohmann',
    name: 'Klaus Lohmann',
    body: RAT,
    faction: 'CDU',
    committees: ['Finanzausschuss'],
    topics: ['economy', 'transport'],
    languages: ['de'],
    availability: evening,
    capacity: 1,
  },
  {
    key: 'rat.osnabrueck.oezdemir',
    name: 'Cem Özdemir-Wessels',
    body: RAT,
    faction: 'Grüne',
    committees: ['Ausschuss für Umwelt und Klimaschutz'],
    topics: ['environment', 'urban_development'],
    languages: ['de', 'tr'],
    availability: ['weekday_evening', 'online'],
    capacity: 2,
  },
  {
    key: 'rat.osnabrueck.brandt',
    name: 'Heike Brandt',
    body: RAT,
    faction: 'SPD',
    committees: ['Schulausschuss'],
    topics: ['education', 'youth'],
    languages: ['de', 'en'],
    availability: evening,
    capacity: 1,
  },
  {
    key: 'rat.osnabrueck.koch',
    name: 'Martin Koch',
    body: RAT,
    faction: 'FDP',
    committees: ['Ausschuss für Stadtentwicklung'],
    topics: ['urban_development', 'economy'],
    languages: ['de', 'en'],
    availability: evening,
    capacity: 1,
  },
  {
    key: 'rat.osnabrueck.wiechmann',
    name: 'Anna Wiechmann',
    body: RAT,
    faction: 'Grüne',
    committees: ['Sozialausschuss'],
    topics: ['social', 'equality'],
    languages: ['de', 'ru'],
    availability: ['weekday_evening', 'weekend'],
    capacity: 2,
  },
  {
    key: 'rat.osnabrueck.said',
    name: 'Nadia Said',
    body: 'Migrationsbeirat der Stadt Osnabrück',
    faction: null,
    committees: ['Migrationsbeirat'],
    topics: ['integration', 'equality'],
    languages: ['de', 'ar', 'en'],
    availability: ['weekday_evening', 'online'],
    capacity: 2,
  },
  {
    key: 'rat.osnabrueck.schroeder',
    name: 'Peter Schröder',
    body: RAT,
    faction: 'CDU',
    committees: ['Kulturausschuss'],
    topics: ['culture', 'youth'],
    languages: ['de'],
    availability: evening,
    capacity: 1,
  },
  {
    key: 'rat.osnabrueck.ahmadi',
    name: 'Farhad Ahmadi',
    body: RAT,
    faction: 'SPD',
    committees: ['Ausschuss für Integration'],
    topics: ['integration', 'housing'],
    languages: ['de', 'fa'],
    availability: ['weekday_evening', 'weekend'],
    capacity: 2,
  },
  {
    key: 'rat.osnabrueck.meyer',
    name: 'Ulrike Meyer-Tönnies',
    body: RAT,
    faction: 'Die Linke',
    committees: ['Sozialausschuss'],
    topics: ['housing', 'social'],
    languages: ['de', 'en'],
    availability: evening,
    capacity: 1,
  },
  {
    key: 'rat.osnabrueck.kowalski',
    name: 'Tomasz Kowalski',
    body: RAT,
    faction: 'Volt',
    committees: ['Ausschuss für Feuerwehr und Ordnung'],
    topics: ['transport', 'health'],
    languages: ['de', 'ru', 'en'],
    availability: ['weekday_evening', 'online'],
    capacity: 1,
  },
  {
    key: 'rat.osnabrueck.engel',
    name: 'Sabine Engel',
    body: RAT,
    faction: 'UWG',
    committees: ['Betriebsausschuss'],
    topics: ['economy', 'health'],
    languages: ['de'],
    availability: evening,
    capacity: 1,
  },
];

/** The finished cycle's 16 mentees. */
export const MENTEES_2025: DemoMentee[] = [
  {
    key: 'mentee.osnabrueck.alali',
    name: 'محمد العلي',
    locale: 'ar',
    gender: 'man',
    topics: ['integration', 'housing'],
    languages: ['ar', 'de'],
    availability: evening,
    motivation: 'أريد أن أفهم كيف تُتخذ القرارات في مدينتي.',
  },
  {
    key: 'mentee.osnabrueck.rezaei',
    name: 'زهرا رضایی',
    locale: 'fa',
    gender: 'woman',
    topics: ['education', 'equality'],
    languages: ['fa', 'de'],
    availability: evening,
    motivation: 'می‌خواهم در شورای مهاجران فعال شوم.',
  },
  {
    key: 'mentee.osnabrueck.shevchenko',
    name: 'Oksana Shevchenko',
    locale: 'uk',
    gender: 'woman',
    topics: ['social', 'education'],
    languages: ['uk', 'ru', 'de'],
    availability: ['weekday_evening', 'online'],
    motivation: 'Я хочу зрозуміти, як працює міська рада.',
  },
  {
    key: 'mentee.osnabrueck.yilmaz',
    name: 'Emre Yılmaz',
    locale: 'tr',
    gender: 'man',
    topics: ['economy', 'urban_development'],
    languages: ['tr', 'de'],
    availability: evening,
    motivation: 'Belediye meclisinin nasıl çalıştığını görmek istiyorum.',
  },
  {
    key: 'mentee.osnabrueck.kaya',
    name: 'Rojda Kaya',
    locale: 'tr',
    gender: 'woman',
    topics: ['equality', 'youth'],
    languages: ['ku', 'tr', 'de'],
    availability: ['weekday_evening', 'weekend'],
    motivation: 'Ich möchte jungen Frauen zeigen, dass Politik auch uns gehört.',
  },
  {
    key: 'mentee.osnabrueck.tesfay',
    name: 'Selam Tesfay',
    locale: 'en',
    gender: 'woman',
    topics: ['health', 'social'],
    languages: ['ti', 'en', 'de'],
    availability: evening,
    motivation: 'I want to speak for families in my neighbourhood.',
  },
  {
    key: 'mentee.osnabrueck.haidari',
    name: 'Ahmad Haidari',
    locale: 'fa',
    gender: 'man',
    topics: ['integration', 'education'],
    languages: ['fa', 'de'],
    availability: ['weekday_evening', 'online'],
    motivation: 'Ich möchte im Migrationsbeirat mitarbeiten.',
  },
  {
    key: 'mentee.osnabrueck.nasser',
    name: 'Lina Nasser',
    locale: 'ar',
    gender: 'woman',
    topics: ['education', 'culture'],
    languages: ['ar', 'en', 'de'],
    availability: evening,
    motivation: 'أريد أن أعرف كيف أشارك في لجنة المدرسة.',
    political: 'sozialdemokratisch',
  },
  {
    key: 'mentee.osnabrueck.petrenko',
    name: 'Andriy Petrenko',
    locale: 'uk',
    gender: 'man',
    topics: ['transport', 'economy'],
    languages: ['uk', 'de'],
    availability: evening,
    motivation: 'Ich will verstehen, wie der Haushalt der Stadt entsteht.',
  },
  {
    key: 'mentee.osnabrueck.demir',
    name: 'Elif Demir',
    locale: 'tr',
    gender: 'woman',
    topics: ['environment', 'youth'],
    languages: ['tr', 'de', 'en'],
    availability: ['weekday_evening', 'online'],
    motivation: 'Klimaschutz beginnt in der Kommune.',
    political: 'grün',
  },
  {
    key: 'mentee.osnabrueck.hussein',
    name: 'Khaled Hussein',
    locale: 'ar',
    gender: 'man',
    topics: ['housing', 'social'],
    languages: ['ar', 'de'],
    availability: ['weekday_evening', 'weekend'],
    motivation: 'السكن هو أكبر مشكلة لعائلتي ولجيراني.',
  },
  {
    key: 'mentee.osnabrueck.mohammadi',
    name: 'Maryam Mohammadi',
    locale: 'fa',
    gender: 'woman',
    topics: ['health', 'equality'],
    languages: ['prs', 'fa', 'de'],
    availability: evening,
    motivation: 'می‌خواهم صدای زنان افغان در شهر شنیده شود.',
  },
  {
    key: 'mentee.osnabrueck.bondarenko',
    name: 'Iryna Bondarenko',
    locale: 'ru',
    gender: 'woman',
    topics: ['culture', 'education'],
    languages: ['ru', 'uk', 'de'],
    availability: ['weekday_evening', 'online'],
    motivation: 'Я хочу участвовать в культурной жизни города.',
  },
  {
    key: 'mentee.osnabrueck.gebremedhin',
    name: 'Yonas Gebremedhin',
    locale: 'en',
    gender: 'man',
    topics: ['integration', 'health'],
    languages: ['ti', 'en', 'de'],
    availability: evening,
    motivation: 'I would like to stand for the advisory council.',
  },
  {
    key: 'mentee.osnabrueck.aydin',
    name: 'Baran Aydın',
    locale: 'tr',
    gender: 'man',
    topics: ['urban_development', 'transport'],
    languages: ['ku', 'tr', 'de'],
    availability: evening,
    motivation: 'Stadtentwicklung betrifft unseren Stadtteil direkt.',
  },
  {
    key: 'mentee.osnabrueck.sultani',
    name: 'Parwin Sultani',
    locale: 'fa',
    gender: null,
    topics: ['social', 'integration'],
    languages: ['prs', 'de'],
    availability: ['weekday_evening', 'weekend'],
    motivation: 'Ich möchte wissen, wie man eine Bürgersprechstunde nutzt.',
  },
];

/** The open cycle 2027: 8 mentors (six of the last cycle again, two new). */
export const MENTORS_2027_NEW: DemoMentor[] = [
  {
    key: 'rat.osnabrueck.vogel',
    name: 'Katrin Vogel',
    body: RAT,
    faction: 'SPD',
    committees: ['Ausschuss für Integration'],
    topics: ['integration', 'youth'],
    languages: ['de', 'en'],
    availability: evening,
    capacity: 2,
  },
  {
    key: 'rat.osnabrueck.bakir',
    name: 'Serkan Bakır',
    body: RAT,
    faction: 'Grüne',
    committees: ['Sozialausschuss'],
    topics: ['social', 'housing'],
    languages: ['de', 'tr'],
    availability: ['weekday_evening', 'online'],
    capacity: 2,
  },
];
export const MENTORS_2027_AGAIN = [
  'rat.osnabrueck.hartmann',
  'rat.osnabrueck.said',
  'rat.osnabrueck.ahmadi',
  'rat.osnabrueck.wiechmann',
  'rat.osnabrueck.oezdemir',
  'rat.osnabrueck.kowalski',
];

/** The open cycle's 5 applications so far. */
export const MENTEES_2027: DemoMentee[] = [
  {
    key: 'mentee.osnabrueck.saleh',
    name: 'Amal Saleh',
    locale: 'ar',
    gender: 'woman',
    topics: ['integration', 'education'],
    languages: ['ar', 'de'],
    availability: evening,
    motivation: 'أريد أن أتعلم كيف يعمل مجلس المدينة.',
  },
  {
    key: 'mentee.osnabrueck.karimi',
    name: 'Hamid Karimi',
    locale: 'fa',
    gender: 'man',
    topics: ['housing', 'economy'],
    languages: ['fa', 'de', 'en'],
    availability: ['weekday_evening', 'weekend'],
    motivation: 'می‌خواهم درباره‌ی مسکن در شهر بیشتر بدانم.',
  },
  {
    key: 'mentee.osnabrueck.melnyk',
    name: 'Olha Melnyk',
    locale: 'uk',
    gender: 'woman',
    topics: ['social', 'health'],
    languages: ['uk', 'de'],
    availability: ['weekday_evening', 'online'],
    motivation: 'Я хочу допомагати іншим родинам у місті.',
  },
  {
    key: 'mentee.osnabrueck.celik',
    name: 'Deniz Çelik',
    locale: 'tr',
    gender: 'diverse',
    topics: ['equality', 'culture'],
    languages: ['tr', 'de', 'en'],
    availability: evening,
    motivation: 'Vielfalt gehört in den Rat.',
  },
  {
    key: 'mentee.osnabrueck.berhane',
    name: 'Feven Berhane',
    locale: 'en',
    gender: 'woman',
    topics: ['youth', 'education'],
    languages: ['ti', 'en', 'de'],
    availability: ['weekday_evening', 'weekend'],
    motivation: 'I want young people to have a voice in the council.',
  },
];

export const PROGRAMME_TEXTS: Record<string, { title: string; aim: string }> = {
  de: {
    title: 'DEMOKRATIE. MACHT. INTEGRATION.',
    aim: 'Menschen mit Migrationsgeschichte begleiten ein Jahr lang Ratsmitglieder und andere Mandatsträgerinnen und Mandatsträger zu Rats-, Ausschuss- und Fraktionssitzungen und lernen, wie Kommunalpolitik entsteht. Kandidieren setzt die deutsche oder eine EU-Staatsangehörigkeit voraus; Engagement im Migrationsbeirat, in Bürgersprechstunden oder in einer Partei zählt genauso.',
  },
  en: {
    title: 'DEMOCRACY. POWER. INTEGRATION.',
    aim: 'For one year, people with a migration history accompany council members and other office holders to council, committee and faction meetings and learn how local politics is made. Standing for election needs German or EU citizenship; engagement in the migration advisory council, in citizens’ consultation hours or in a party counts just as much.',
  },
  ar: {
    title: 'ديمقراطية. سلطة. اندماج.',
    aim: 'يرافق أشخاص من أصول مهاجرة لمدة عام أعضاءَ مجلس المدينة وأصحاب مناصب آخرين إلى جلسات المجلس واللجان والكتل، ويتعلمون كيف تُصنع السياسة المحلية. الترشح يتطلب الجنسية الألمانية أو جنسية دولة في الاتحاد الأوروبي؛ والمشاركة في مجلس المهاجرين أو في ساعات استقبال المواطنين أو في حزب لها القيمة نفسها.',
  },
};
