import type { Locale } from '../../../platform/i18n/locales.ts';

// Translations of the demo Quartiere's descriptions (the German text in demo-directory.data.ts is the source).
// One is deliberately made from an older source text, so that the demo shows an outdated translation.

export interface DemoTranslation {
  /** `municipality/quartier` slug. */
  quartier: string;
  locale: Locale;
  text: string;
  /** The source text this translation was made from, when it is not the current one (an outdated translation). */
  madeFrom?: string;
}

export const DEMO_TRANSLATIONS: readonly DemoTranslation[] = [
  {
    quartier: 'meppen/esterfeld',
    locale: 'en',
    text: 'A large residential district with family houses, blocks of flats from the 1960s and 1970s, a primary school, day-care centres and sports grounds.\n\nMany families who have come to Meppen in recent years live here. The encounter café in the parish hall is open on Thursdays.',
  },
  {
    quartier: 'meppen/esterfeld',
    locale: 'ar',
    text: 'حيّ سكني كبير فيه بيوت عائلية وعمارات سكنية من ستينيات وسبعينيات القرن الماضي، ومدرسة ابتدائية ورياض أطفال وملاعب رياضية.\n\nتسكن هنا عائلات كثيرة جاءت إلى ميبن في السنوات الأخيرة. مقهى اللقاء في قاعة الرعية مفتوح أيام الخميس.',
  },
  {
    quartier: 'osnabrueck/schinkel',
    locale: 'en',
    text: 'A former working-class district in the east of the city that grew with the railway and industry; today very diverse, with many languages in the schoolyard.\n\nThe district office invites everyone to the round table and to its consultation hours.',
  },
  {
    quartier: 'osnabrueck/schinkel',
    locale: 'tr',
    text: 'Şehrin doğusunda, demiryolu ve sanayiyle büyümüş eski bir işçi semti; bugün çok renkli, okul bahçesinde pek çok dil konuşuluyor.\n\nSemt bürosu herkesi yuvarlak masaya ve danışma saatlerine davet ediyor.',
  },
  {
    quartier: 'osnabrueck/schinkel',
    locale: 'uk',
    text: 'Колишній робітничий район на сході міста, що виріс разом із залізницею та промисловістю; сьогодні дуже різноманітний, на шкільному подвір’ї звучить багато мов.\n\nРайонне бюро запрошує на круглий стіл і консультаційні години.',
  },
  {
    quartier: 'asendorf/ortskern',
    locale: 'en',
    text: "The village centre with church, primary school, village hall and sports club. The round table and the encounter café meet here; the Landfrauen (the rural women's association) host international cooking evenings.",
  },
  {
    quartier: 'asendorf/ortskern',
    locale: 'ar',
    text: 'وسط القرية وفيه الكنيسة والمدرسة الابتدائية وقاعة القرية والنادي الرياضي. هنا تلتقي الطاولة المستديرة ومقهى اللقاء، وتدعو جمعية نساء الريف إلى أمسيات طبخ دولية.',
  },
  {
    quartier: 'hannover/muehlenberg',
    locale: 'en',
    text: 'A large housing estate from the 1960s and 1970s in the Ricklingen borough, an area of the urban development programme (Soziale Stadt / Sozialer Zusammenhalt).\n\nWith a district centre, a comprehensive school and lots of green space; the neighbourhood management has an office at Mühlenberger Markt.',
  },
  {
    quartier: 'hannover/muehlenberg',
    locale: 'ar',
    text: 'مجمّع سكني كبير من ستينيات وسبعينيات القرن الماضي في حيّ ريكلينغن، وهو منطقة مشمولة ببرنامج دعم التنمية الحضرية (المدينة الاجتماعية / التماسك الاجتماعي).\n\nفيه مركز للحي ومدرسة شاملة ومساحات خضراء كثيرة؛ ولإدارة الحي مكتب في سوق مولنبرغ (Mühlenberger Markt).',
  },
  {
    quartier: 'hannover/muehlenberg',
    locale: 'fa',
    text: 'شهرکی بزرگ از دهه‌های ۱۹۶۰ و ۱۹۷۰ در بخش ریکلینگن، از مناطق برنامهٔ نوسازی شهری (شهر اجتماعی / همبستگی اجتماعی).\n\nبا مرکز محله، مدرسهٔ جامع و فضای سبز فراوان؛ دفتر مدیریت محله در میدان بازار مولنبرگ (Mühlenberger Markt) است.',
  },
  {
    quartier: 'hannover/muehlenberg',
    locale: 'ru',
    text: 'Крупный жилой массив 1960–1970-х годов в районе Риклинген, территория программы городского развития (Soziale Stadt / Sozialer Zusammenhalt).\n\nЕсть районный центр, общеобразовательная школа и много зелени; бюро управления кварталом находится на площади Мюленбергер Маркт.',
  },
  {
    quartier: 'hannover/muehlenberg',
    locale: 'tr',
    text: "Ricklingen ilçesinde 1960'lı ve 1970'li yıllardan kalma büyük bir toplu konut alanı; kentsel gelişim programının (Soziale Stadt / Sozialer Zusammenhalt) destek bölgesi.\n\nSemt merkezi, birleşik okul ve bol yeşil alan var; mahalle yönetiminin bürosu Mühlenberger Markt'ta.",
  },
  {
    quartier: 'hannover/muehlenberg',
    locale: 'uk',
    text: 'Великий житловий масив 1960–1970-х років у районі Ріклінген, територія програми міського розвитку (Soziale Stadt / Sozialer Zusammenhalt).\n\nТут є районний центр, загальноосвітня школа й багато зелені; бюро менеджменту кварталу розташоване на площі Мюленбергер Маркт.',
  },
  {
    quartier: 'hannover/sahlkamp',
    locale: 'en',
    text: 'A district in the north with high-rise buildings from the 1970s.',
    madeFrom: 'Stadtteil im Norden mit Hochhäusern der 1970er-Jahre.',
  },
];
