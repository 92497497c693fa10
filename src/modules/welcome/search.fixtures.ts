import type { Executor } from '../../platform/db/types.ts';
import { GLOSSARY } from './search.glossary.ts';
import { replaceGlossary } from './search.repository.ts';

/**
 * A small guide for the search tests (not the demo): Meppen's WBS page in German, Arabic, Ukrainian and Farsi, a
 * page that names the WBS only in German, a page whose German text alone says "Aufenthaltstitel", a Kita page, a
 * draft, a place and a practice example; and Osnabrück's own WBS page, which Meppen's search must never show.
 */
type Texts = Record<string, [title: string, body: string]>;

const MEPPEN_PAGES: { slug: string; topic: string; status?: string; texts: Texts }[] = [
  {
    slug: 'wbs',
    topic: 'housing',
    texts: {
      de: [
        'Wohnberechtigungsschein (WBS)',
        '<p>Mit dem Wohnberechtigungsschein dürfen Sie eine geförderte Wohnung mieten. Den WBS beantragen Sie im Bürgerbüro der Stadt Meppen.</p>',
      ],
      ar: [
        'شهادة أحقية السكن',
        '<p>بواسطة شهادة أحقية السكن (<span lang="de">Wohnberechtigungsschein</span>) يمكنكم استئجار شقة مدعومة. يُقدَّم الطلب في مكتب المواطنين في مدينة ميبن.</p>',
      ],
      uk: [
        'Довідка на право на соціальне житло',
        '<p>Довідка на право на соціальне житло дозволяє орендувати квартиру з державною підтримкою. Заяву подають у бюро обслуговування громадян міста Меппен.</p>',
      ],
      fa: [
        'گواهی استحقاق مسکن',
        '<p>با گواهی استحقاق مسکن می‌توانید یک آپارتمان یارانه‌ای اجاره کنید. درخواست را در دفتر خدمات شهروندی شهر مپن بدهید.</p>',
      ],
    },
  },
  {
    slug: 'wohnung-finden',
    topic: 'housing',
    texts: {
      de: [
        'Eine Wohnung finden',
        '<p>Viele günstige Wohnungen in Meppen vermieten die Wohnungsgesellschaften nur mit Wohnberechtigungsschein. Fragen Sie auch die Nachbarn.</p>',
      ],
      ar: ['العثور على شقة', '<p>تؤجر شركات الإسكان في ميبن كثيرًا من الشقق الرخيصة. اسألوا الجيران أيضًا.</p>'],
      uk: [
        'Як знайти квартиру',
        '<p>Житлові компанії в Меппені здають багато недорогих квартир. Запитайте також сусідів.</p>',
      ],
      fa: [
        'پیدا کردن آپارتمان',
        '<p>شرکت‌های مسکن در مپن آپارتمان‌های ارزان زیادی اجاره می‌دهند. از همسایه‌ها هم بپرسید.</p>',
      ],
    },
  },
  {
    slug: 'auslaenderbehoerde',
    topic: 'authorities',
    texts: {
      de: [
        'Ausländerbehörde',
        '<p>Ihren Aufenthaltstitel verlängern Sie bei der Ausländerbehörde des Landkreises Emsland in Meppen. Bringen Sie Ihren Pass mit.</p>',
      ],
      ar: ['دائرة الأجانب', '<p>يتم تمديد الإقامة لدى دائرة الأجانب في مقاطعة إمسلاند في ميبن. أحضروا جواز السفر.</p>'],
    },
  },
  {
    slug: 'kita',
    topic: 'school',
    texts: {
      de: ['Kita-Platz', '<p>Für einen Kita-Platz melden Sie Ihr Kind beim Familienbüro in der Kirchstraße an.</p>'],
      ar: ['مكان في الحضانة', '<p>لحجز مكان في الحضانة سجّلوا طفلكم لدى مكتب العائلة.</p>'],
    },
  },
  {
    slug: 'entwurf-wbs',
    topic: 'housing',
    status: 'draft',
    texts: { de: ['Entwurf: Wohnberechtigungsschein', '<p>Noch nicht veröffentlicht: Wohnberechtigungsschein.</p>'] },
  },
];

/** Inserts the two municipalities, the glossary and the guide; returns the municipalities' ids. */
export async function searchFixture(db: Executor): Promise<{ meppen: string; osnabrueck: string }> {
  const [meppen, osnabrueck] = await Promise.all(
    [
      { slug: 'meppen', ags: '03454035', name: 'Meppen', district: 'Landkreis Emsland' },
      { slug: 'osnabrueck', ags: '03404000', name: 'Osnabrück', district: 'Kreisfreie Stadt' },
    ].map(async (m) => (await db.insertInto('municipalities').values(m).returning('id').executeTakeFirstOrThrow()).id),
  );
  await replaceGlossary(db, GLOSSARY);
  for (const p of MEPPEN_PAGES) await insertPage(db, meppen!, p.slug, p.topic, p.status ?? 'published', p.texts);
  await insertPage(db, osnabrueck!, 'wbs', 'housing', 'published', {
    de: ['Wohnberechtigungsschein in Osnabrück', '<p>Den Wohnberechtigungsschein gibt es im Fachbereich Soziales.</p>'],
    ar: ['شهادة أحقية السكن في أوسنابروك', '<p>شهادة أحقية السكن من قسم الشؤون الاجتماعية.</p>'],
  });
  const place = await db
    .insertInto('welcome_places')
    .values({ municipality_id: meppen!, kind: 'kita', name: 'Kita Regenbogen', city: 'Meppen' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('welcome_place_texts')
    .values({ municipality_id: meppen!, place_id: place.id, locale: 'de', description: 'Kita mit 60 Plätzen.' })
    .execute();
  const practice = await db
    .insertInto('welcome_practices')
    .values({ slug: 'meppen-mag-dich', place_name: 'Meppen', status: 'published' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('welcome_practice_texts')
    .values({
      practice_id: practice.id,
      locale: 'de',
      title: 'Meppen mag dich',
      what: 'Willkommenskultur mit Kita-Paten.',
    })
    .execute();
  return { meppen: meppen!, osnabrueck: osnabrueck! };
}

async function insertPage(
  db: Executor,
  municipalityId: string,
  slug: string,
  topic: string,
  status: string,
  texts: Texts,
) {
  const page = await db
    .insertInto('welcome_guide_pages')
    .values({ municipality_id: municipalityId, slug, topic, status })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [locale, [title, body]] of Object.entries(texts))
    await db
      .insertInto('welcome_guide_texts')
      .values({ municipality_id: municipalityId, page_id: page.id, locale, title, body })
      .execute();
}
