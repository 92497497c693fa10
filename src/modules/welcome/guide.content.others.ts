import type { GuidePageSeed, GuideTextSeed } from './welcome.content.ts';

/*
 * Short guides of the other demo municipalities: arriving and where to get advice, in German and English. The facts
 * are the same across Lower Saxony; what differs is who does what locally, and where we are not sure of a local
 * detail the text points to the municipality's official website.
 */

interface Local {
  /** The municipality's name in the text. */
  name: string;
  /** Where to register one's address (a list item, German and English). */
  registerDe: string;
  registerEn: string;
  /** Which immigration office is responsible (a sentence, German and English). */
  immigrationDe: string;
  immigrationEn: string;
  website: string;
}

const link = (url: string) => `<a href="${url}">${url.replace('https://', '')}</a>`;

function ankommen(l: Local): { de: GuideTextSeed; en: GuideTextSeed } {
  return {
    de: {
      title: `Ankommen in ${l.name}: die ersten Schritte`,
      body: `<p>Willkommen in ${l.name}! Diese Seite zeigt, was Sie in den ersten Wochen nach dem Einzug erledigen.</p><h2>1. Wohnsitz anmelden</h2><ul><li>Melden Sie sich innerhalb von zwei Wochen nach dem Einzug an. Das verlangt das Bundesmeldegesetz.</li><li>${l.registerDe}</li><li>Bringen Sie mit: Ihren Pass oder Ihr Aufenthaltspapier und die Wohnungsgeberbestätigung. Dieses Papier bekommen Sie von Ihrer Vermieterin, Ihrem Vermieter oder von der Leitung Ihrer Unterkunft.</li><li>Die Anmeldung kostet nichts. Sie bekommen eine Meldebescheinigung. Bewahren Sie sie gut auf: Viele Stellen wollen sie sehen.</li></ul><h2>2. Aufenthaltspapiere</h2><p>${l.immigrationDe} Beantragen Sie eine Verlängerung rechtzeitig, bevor Ihr Papier abläuft.</p><h2>3. Geld und Konto</h2><ul><li>Jeder Mensch, der rechtmäßig hier lebt, hat ein Recht auf ein Basiskonto bei einer Bank.</li><li>Bürgergeld beantragen Sie beim Jobcenter, Kindergeld bei der Familienkasse.</li></ul><h2>Tipp</h2><p>Heben Sie alle Briefe von Ämtern in einem Ordner auf. Verstehen Sie einen Brief nicht, nehmen Sie ihn mit zur Beratung. Alle Angebote der Stadt oder Gemeinde finden Sie auf ${link(l.website)}.</p>`,
    },
    en: {
      title: `Arriving in ${l.name}: the first steps`,
      body: `<p>Welcome to ${l.name}! This page shows what to do in your first weeks after moving in.</p><h2>1. Register your address</h2><ul><li>Register within two weeks of moving in. The Federal Registration Act (<span lang="de" dir="ltr" translate="no">Bundesmeldegesetz</span>) requires this.</li><li>${l.registerEn}</li><li>Bring: your passport or residence document and the landlord’s confirmation (<span lang="de" dir="ltr" translate="no">Wohnungsgeberbestätigung</span>). You get this document from your landlord or from the management of your accommodation.</li><li>Registration is free. You get a certificate of registration (<span lang="de" dir="ltr" translate="no">Meldebescheinigung</span>). Keep it safe: many offices want to see it.</li></ul><h2>2. Residence documents</h2><p>${l.immigrationEn} Apply for an extension in good time, before your document expires.</p><h2>3. Money and bank account</h2><ul><li>Everyone who lives here lawfully has the right to a basic bank account (<span lang="de" dir="ltr" translate="no">Basiskonto</span>).</li><li>You apply for <span lang="de" dir="ltr" translate="no">Bürgergeld</span> at the <span lang="de" dir="ltr" translate="no">Jobcenter</span>, and for child benefit (<span lang="de" dir="ltr" translate="no">Kindergeld</span>) at the family benefits office (<span lang="de" dir="ltr" translate="no">Familienkasse</span>).</li></ul><h2>Tip</h2><p>Keep all letters from the authorities in one folder. If you do not understand a letter, take it to a counselling centre. You find all the services of the town or municipality on ${link(l.website)}.</p>`,
    },
  };
}

function beratung(l: Local, localDe: string, localEn: string): { de: GuideTextSeed; en: GuideTextSeed } {
  return {
    de: {
      title: 'Beratung und Hilfe',
      body: `<p>Sie haben Fragen zu Briefen, Anträgen, Aufenthalt, Arbeit oder Wohnung? In ${l.name} gibt es Beratungsstellen, die Ihnen helfen. Die Beratung ist kostenlos und vertraulich.</p><h2>Migrationsberatung</h2><ul><li>Die Migrationsberatung für erwachsene Zuwanderer (MBE) berät Menschen ab 27 Jahren.</li><li>Die Jugendmigrationsdienste (JMD) beraten junge Menschen von 12 bis 27 Jahren.</li><li>Beide werden vom Bund gefördert und meist von Wohlfahrtsverbänden angeboten, zum Beispiel von Caritas, Diakonie, AWO oder DRK.</li><li>Beratungsstellen in Ihrer Nähe finden Sie mit BAMF-NAvI auf ${link('https://www.bamf.de')} und auf ${link('https://www.jugendmigrationsdienste.de')}.</li></ul><h2>Was Sie mitbringen</h2><p>Bringen Sie Ihren Pass oder Ihr Aufenthaltspapier mit und alle Briefe, um die es geht. Sagen Sie bei der Terminvereinbarung, welche Sprache Sie sprechen. Viele Stellen können eine Person zum Übersetzen organisieren.</p><h2>Vor Ort</h2><p>${localDe}</p><h2>Tipp</h2><p>Achten Sie auf Fristen in Briefen. Gehen Sie früh zur Beratung, nicht erst am letzten Tag.</p>`,
    },
    en: {
      title: 'Advice and help',
      body: `<p>Do you have questions about letters, applications, residence, work or housing? In ${l.name} there are counselling centres that help you. Advice is free and confidential.</p><h2>Migration counselling</h2><ul><li>The migration counselling service for adult immigrants (<span lang="de" dir="ltr" translate="no">Migrationsberatung für erwachsene Zuwanderer</span>, MBE) advises people aged 27 and over.</li><li>The youth migration services (<span lang="de" dir="ltr" translate="no">Jugendmigrationsdienste</span>, JMD) advise young people aged 12 to 27.</li><li>Both are funded by the federal government and mostly run by welfare organisations, for example Caritas, Diakonie, AWO or the German Red Cross (DRK).</li><li>You find counselling centres near you with BAMF-NAvI on ${link('https://www.bamf.de')} and on ${link('https://www.jugendmigrationsdienste.de')}.</li></ul><h2>What to bring</h2><p>Bring your passport or residence document and all the letters your question is about. When you make the appointment, say which language you speak. Many centres can arrange for someone to interpret.</p><h2>Locally</h2><p>${localEn}</p><h2>Tip</h2><p>Watch out for deadlines in letters. Go for advice early, not on the last day.</p>`,
    },
  };
}

function pages(l: Local, checked: string, localDe: string, localEn: string): GuidePageSeed[] {
  const a = ankommen(l);
  const b = beratung(l, localDe, localEn);
  return [
    { slug: 'ankommen', topic: 'arrival', position: 10, lastCheckedOn: checked, de: a.de, translations: { en: a.en } },
    { slug: 'beratung', topic: 'arrival', position: 20, lastCheckedOn: checked, de: b.de, translations: { en: b.en } },
  ];
}

const OSNABRUECK: Local = {
  name: 'Osnabrück',
  registerDe:
    'Sie melden sich im Bürgeramt der Stadt Osnabrück an. Ob Sie einen Termin brauchen, steht auf der Website der Stadt.',
  registerEn:
    'You register at the citizens’ office (<span lang="de" dir="ltr" translate="no">Bürgeramt</span>) of the city of Osnabrück. The city’s website says whether you need an appointment.',
  immigrationDe:
    'Osnabrück ist eine kreisfreie Stadt: Für Ihre Aufenthaltspapiere ist die Ausländerbehörde der Stadt Osnabrück zuständig.',
  immigrationEn:
    'Osnabrück is an independent city (<span lang="de" dir="ltr" translate="no">kreisfreie Stadt</span>): the immigration office (<span lang="de" dir="ltr" translate="no">Ausländerbehörde</span>) of the city of Osnabrück is responsible for your residence documents.',
  website: 'https://www.osnabrueck.de',
};

const ASENDORF: Local = {
  name: 'Asendorf',
  registerDe:
    'Asendorf gehört zu einer Samtgemeinde. Sie melden sich im Bürgerbüro der Samtgemeinde an. Fragen Sie bei der Gemeinde, wo es ist und wann es geöffnet hat.',
  registerEn:
    'Asendorf belongs to a joint municipality (<span lang="de" dir="ltr" translate="no">Samtgemeinde</span>). You register at the citizens’ office of the joint municipality. Ask the municipality where it is and when it is open.',
  immigrationDe:
    'Für Ihre Aufenthaltspapiere ist die Ausländerbehörde des Landkreises zuständig. Die Adresse steht auf den Briefen, die Sie von ihr bekommen.',
  immigrationEn:
    'The immigration office (<span lang="de" dir="ltr" translate="no">Ausländerbehörde</span>) of the district is responsible for your residence documents. Its address is on the letters you receive from it.',
  website: 'https://www.asendorf.de',
};

const HANNOVER: Local = {
  name: 'Hannover',
  registerDe:
    'Sie melden sich in einem Bürgeramt der Landeshauptstadt Hannover an, meist mit Termin. Termine und Standorte finden Sie auf der Website der Stadt.',
  registerEn:
    'You register at one of the citizens’ offices (<span lang="de" dir="ltr" translate="no">Bürgeramt</span>) of the state capital Hannover, usually with an appointment. Appointments and locations are on the city’s website.',
  immigrationDe:
    'Für Ihre Aufenthaltspapiere ist die Ausländerbehörde zuständig. Welche Stelle für Ihre Adresse zuständig ist und wie Sie einen Termin bekommen, steht auf der Website der Stadt.',
  immigrationEn:
    'The immigration office (<span lang="de" dir="ltr" translate="no">Ausländerbehörde</span>) is responsible for your residence documents. The city’s website says which office is responsible for your address and how to get an appointment.',
  website: 'https://www.hannover.de',
};

/** Short guides of the other demo municipalities (Osnabrück, Asendorf, Hannover), by municipality slug. */
export const OTHER_GUIDES: Readonly<Record<string, readonly GuidePageSeed[]>> = {
  osnabrueck: pages(
    OSNABRUECK,
    '2026-10-20',
    'In Osnabrück vertritt der Migrationsbeirat die Interessen der Menschen mit Zuwanderungsgeschichte in der Stadtpolitik. Welche Beratungsstellen es in Ihrem Stadtteil gibt, erfahren Sie auch bei der Stadt Osnabrück.',
    'In Osnabrück, the Migration Council (<span lang="de" dir="ltr" translate="no">Migrationsbeirat</span>) represents the interests of people with a migration background in city politics. The city of Osnabrück can also tell you which counselling centres there are in your part of town.',
  ),
  asendorf: pages(
    ASENDORF,
    '2026-11-10',
    'In Asendorf hilft Ihnen oft schon ein persönlicher Kontakt weiter: Beim Runden Tisch und im Begegnungscafé treffen Sie Menschen, die sich im Dorf auskennen und Sie zu den richtigen Stellen begleiten. Beratungsstellen für Migration gibt es meist in der nächsten größeren Stadt des Landkreises.',
    'In Asendorf, a personal contact is often the first help: at the round table (<span lang="de" dir="ltr" translate="no">Runder Tisch</span>) and in the meeting café (<span lang="de" dir="ltr" translate="no">Begegnungscafé</span>) you meet people who know the village and can go with you to the right offices. Migration counselling centres are usually in the nearest larger town of the district.',
  ),
  hannover: pages(
    HANNOVER,
    '2026-10-27',
    'In Hannover gibt es viele Beratungsstellen, auch in den Stadtteilen. Fragen zu Bürgergeld klären Sie mit dem Jobcenter Region Hannover. Eine Übersicht über Angebote der Stadt und der Region finden Sie auf der Website der Stadt.',
    'In Hannover there are many counselling centres, also in the different parts of the city. You settle questions about <span lang="de" dir="ltr" translate="no">Bürgergeld</span> with the <span lang="de" dir="ltr" translate="no">Jobcenter Region Hannover</span>. An overview of the services of the city and the region is on the city’s website.',
  ),
};
