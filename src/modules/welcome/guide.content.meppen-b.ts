import type { GuidePageSeed, GuideTextSeed, TranslationLocale } from './welcome.content.ts';

/*
 * Meppen's guide, second half, written by us in plain words. Facts are those true across Germany or Lower Saxony;
 * where a local detail (an address, a room, an opening time) is not certain, the text says whom to ask instead.
 * Texts are kept per language so that each language reads as one piece; the pages are assembled at the end.
 */

type Slug = 'kita' | 'schule' | 'arzt' | 'notfall' | 'deutschkurse' | 'freizeit';
type Texts = Record<Slug, GuideTextSeed>;

const DE: Texts = {
  kita: {
    title: 'Kita und Kindertagespflege',
    body: '<p>Kleine Kinder können tagsüber in eine Kita (Kindertagesstätte) gehen oder zu einer Tagesmutter oder einem Tagesvater (Kindertagespflege). Dort spielen und lernen sie mit anderen Kindern. Ihr Kind lernt dabei auch Deutsch.</p><h2>Wer hat ein Recht auf einen Platz?</h2><ul><li>Jedes Kind hat ab dem ersten Geburtstag einen Rechtsanspruch auf einen Platz in einer Kita oder in der Kindertagespflege (§ 24 SGB VIII).</li><li>Ab dem dritten Geburtstag bis zur Schule hat Ihr Kind einen Rechtsanspruch auf einen Platz im Kindergarten.</li><li>Das gilt für alle Kinder, die hier wohnen, auch für geflüchtete Kinder.</li></ul><h2>Früh anmelden</h2><p>Plätze sind knapp. Melden Sie Ihr Kind so früh wie möglich an, am besten viele Monate vor dem Start. Fragen Sie bei der Stadt Meppen, wie die Anmeldung geht und welche Kitas in Ihrer Nähe sind. Sie können sich auch direkt in einer Kita vorstellen.</p><h2>Was Sie mitbringen</h2><ul><li>die Geburtsurkunde oder ein anderes Papier mit dem Geburtsdatum des Kindes</li><li>die Meldebescheinigung</li><li>den Impfpass: Für die Kita braucht Ihr Kind einen Nachweis über den Schutz gegen Masern.</li></ul><h2>Was es kostet</h2><p>In Niedersachsen ist die Kita für Kinder ab drei Jahren bis zur Einschulung beitragsfrei, für bis zu acht Stunden am Tag. Für Kinder unter drei Jahren hängen die Kosten von der Gemeinde ab. Das Mittagessen kostet oft extra.</p><p>Bekommen Sie Bürgergeld, Wohngeld, Kinderzuschlag oder Leistungen nach dem Asylbewerberleistungsgesetz? Dann müssen Sie auf Antrag keinen Beitrag zahlen, und das Mittagessen zahlt das Bildungs- und Teilhabepaket.</p><h2>Tipp</h2><p>Sie finden keinen Platz? Teilen Sie das der Stadt Meppen schriftlich mit. Ihr Rechtsanspruch gilt trotzdem. Eine Beratungsstelle hilft Ihnen beim Schreiben.</p>',
  },
  schule: {
    title: 'Schule in Meppen: Schulpflicht, Anmeldung, Sprachförderung',
    body: '<p>In Deutschland müssen alle Kinder und Jugendlichen zur Schule gehen. Das ist die Schulpflicht. Sie gilt auch für geflüchtete Kinder, die in Meppen wohnen. Die öffentliche Schule kostet kein Schulgeld.</p><h2>Wann beginnt die Schule?</h2><p>Kinder, die bis zum 30. September sechs Jahre alt werden, kommen im Sommer in die Grundschule. Die Grundschule dauert in Niedersachsen vier Jahre. Danach geht Ihr Kind auf eine weiterführende Schule, zum Beispiel eine Oberschule oder ein Gymnasium.</p><h2>So melden Sie Ihr Kind an</h2><ul><li>Grundschule: Jede Adresse gehört zu einer bestimmten Grundschule. Fragen Sie bei der Stadt Meppen, welche Grundschule für Sie zuständig ist, und gehen Sie dann zu dieser Schule.</li><li>Ältere Kinder: Gehen Sie zu einer Schule in Ihrer Nähe oder fragen Sie bei der Stadt, welche Schule passt. Die Schule entscheidet, in welche Klasse Ihr Kind kommt.</li><li>Bringen Sie mit: den Ausweis oder das Aufenthaltspapier des Kindes, die Meldebescheinigung, den Impfpass und Zeugnisse aus der früheren Schule, wenn Sie welche haben.</li></ul><h2>Deutsch lernen in der Schule</h2><p>Kinder, die noch wenig Deutsch können, bekommen Sprachförderung: in einer Sprachlernklasse oder mit zusätzlichem Deutschunterricht neben dem normalen Unterricht. Fragen Sie die Schulleitung, was die Schule anbietet.</p><h2>Kosten und Hilfe</h2><ul><li>Schulbücher leihen Sie gegen eine Gebühr bei der Schule aus. Mit Bürgergeld oder Leistungen nach dem Asylbewerberleistungsgesetz sind Sie von der Gebühr befreit. Zeigen Sie der Schule Ihren Bescheid.</li><li>Für Schulsachen, Klassenfahrten und das Mittagessen gibt es Geld aus dem Bildungs- und Teilhabepaket.</li><li>Ist der Schulweg weit, bekommt Ihr Kind oft eine Schülerfahrkarte. Fragen Sie in der Schule.</li></ul><h2>Tipp</h2><p>Gehen Sie zu Elternabenden und Elterngesprächen. Sie dürfen eine Person mitbringen, die für Sie übersetzt.</p>',
  },
  arzt: {
    title: 'Zum Arzt gehen: Gesundheitskarte, Hausarzt, Dolmetschen',
    body: '<p>Wenn Sie krank sind, gehen Sie zuerst zu einer Hausärztin oder einem Hausarzt. Die Hausarztpraxis behandelt Sie. Wenn nötig, schickt sie Sie mit einer Überweisung zu einer Fachärztin oder einem Facharzt.</p><h2>Die Gesundheitskarte</h2><p>Wenn Sie gesetzlich krankenversichert sind, bekommen Sie von Ihrer Krankenkasse die elektronische Gesundheitskarte (eGK). Nehmen Sie die Karte zu jedem Arztbesuch mit. Mit Bürgergeld sind Sie in der Regel über das Jobcenter krankenversichert.</p><p>Bekommen Sie Leistungen nach dem Asylbewerberleistungsgesetz? Dann fragen Sie bei der Stelle, die Ihre Leistungen zahlt, wie Sie zum Arzt gehen. Das steht auch auf Ihrem Bescheid.</p><h2>Einen Termin bekommen</h2><ul><li>Rufen Sie in der Praxis an oder gehen Sie hin und fragen Sie nach einem Termin.</li><li>Sie finden keine Hausarztpraxis oder keinen Termin bei einer Fachärztin oder einem Facharzt? Die Terminservicestelle hilft: Telefon 116 117 oder <a href="https://www.116117.de">www.116117.de</a>.</li><li>Bringen Sie mit: die Gesundheitskarte, Ihren Ausweis, eine Liste Ihrer Medikamente und alte Arztberichte.</li></ul><h2>Was es kostet</h2><p>Der Arztbesuch kostet mit der Gesundheitskarte nichts. Für Medikamente auf Rezept zahlen Erwachsene meist 5 bis 10 Euro dazu. Kinder und Jugendliche unter 18 Jahren zahlen nichts dazu.</p><h2>Dolmetschen</h2><p>Sprechen Sie wenig Deutsch? Sagen Sie das schon, wenn Sie den Termin machen. Manche Ärztinnen und Ärzte sprechen weitere Sprachen. Die Krankenkasse bezahlt in der Regel keine Dolmetscherin und keinen Dolmetscher. Sie können eine erwachsene Person mitbringen, der Sie vertrauen. Lassen Sie nicht Ihre Kinder übersetzen.</p><h2>Tipp</h2><p>Unter <a href="/de/m/meppen/places">Orte</a> finden Sie Praxen in Meppen und die Sprachen, die dort gesprochen werden.</p>',
  },
  notfall: {
    title: 'Im Notfall: 112, 110 und 116 117',
    body: '<p>In einem Notfall zählt jede Minute. Diese Nummern sind kostenlos und Tag und Nacht erreichbar, vom Festnetz und vom Handy, auch ohne Guthaben.</p><table><caption>Wichtige Nummern</caption><thead><tr><th scope="col">Nummer</th><th scope="col">Wann rufen Sie an?</th></tr></thead><tbody><tr><td>112</td><td>Feuerwehr und Rettungsdienst: bei Feuer, schweren Unfällen und Lebensgefahr, zum Beispiel bei Bewusstlosigkeit, starken Schmerzen in der Brust oder starkem Bluten.</td></tr><tr><td>110</td><td>Polizei: bei Gewalt, Bedrohung, Einbruch oder einem Verkehrsunfall.</td></tr><tr><td>116 117</td><td>Ärztlicher Bereitschaftsdienst: Sie werden nachts, am Wochenende oder an einem Feiertag krank, die Praxen sind geschlossen, aber es ist nicht lebensgefährlich.</td></tr></tbody></table><h2>So rufen Sie an</h2><ul><li>Wo ist der Notfall? Sagen Sie den Ort, die Straße und die Hausnummer.</li><li>Was ist passiert?</li><li>Wie viele Menschen sind verletzt oder krank?</li><li>Warten Sie auf Fragen. Legen Sie nicht als Erste oder Erster auf.</li></ul><h2>Krankenhaus und Apotheke</h2><p>Bei einem schweren Notfall können Sie auch direkt in die Notaufnahme eines Krankenhauses gehen. In Meppen ist das das Krankenhaus Ludmillenstift. Nachts und am Wochenende hat immer eine Apotheke Notdienst. Welche das ist, steht an der Tür jeder Apotheke.</p><h2>Tipp</h2><p>Üben Sie, Ihre Adresse auf Deutsch zu sagen, und schreiben Sie sie neben das Telefon. Speichern Sie die Nummern im Handy. Zeigen Sie Ihren Kindern, wie man 112 anruft.</p>',
  },
  deutschkurse: {
    title: 'Deutsch lernen: Integrationskurs, Berufssprachkurs, Sprachcafé',
    body: '<p>Deutsch hilft Ihnen im Alltag, bei Ämtern, in der Schule Ihrer Kinder und bei der Arbeit. Es gibt verschiedene Kurse. Hier finden Sie die wichtigsten.</p><h2>Integrationskurs</h2><p>Den Integrationskurs organisiert das Bundesamt für Migration und Flüchtlinge (BAMF). Er hat einen Sprachkurs und einen Orientierungskurs über Leben, Geschichte und Regeln in Deutschland. Am Ende machen Sie zwei Prüfungen: den Deutsch-Test für Zuwanderer und den Test „Leben in Deutschland“. Es gibt auch besondere Kurse, zum Beispiel für Eltern und Frauen, für junge Menschen oder mit Lesen- und Schreibenlernen (Alphabetisierung).</p><ul><li>Wer darf teilnehmen? Das hängt von Ihrem Aufenthaltsstatus ab. Oft bekommen Sie eine Berechtigung oder eine Verpflichtung von der Ausländerbehörde oder vom Jobcenter. Sie können auch beim BAMF einen Antrag auf Zulassung stellen.</li><li>Was kostet der Kurs? Mit Bürgergeld oder Leistungen nach dem Asylbewerberleistungsgesetz können Sie sich von den Kosten befreien lassen. Fragen Sie danach, bevor der Kurs beginnt.</li><li>Wo gibt es Kurse? Kurse in Meppen und in der Nähe finden Sie mit der Kurssuche BAMF-NAvI auf <a href="https://www.bamf.de">www.bamf.de</a>.</li></ul><h2>Berufssprachkurs</h2><p>Nach dem Integrationskurs können Sie in einem Berufssprachkurs weiterlernen. Dort lernen Sie Deutsch für die Arbeit, auf verschiedenen Stufen, zum Beispiel B2 oder C1. Manche Kurse sind für bestimmte Berufe, etwa in der Pflege. Fragen Sie im Jobcenter oder bei der Agentur für Arbeit.</p><h2>Sprachcafé</h2><p>In einem Sprachcafé üben Sie Deutsch im Gespräch, ohne Prüfung und meist kostenlos. Ehrenamtliche helfen dabei, und Sie lernen Menschen aus Meppen kennen. Fragen Sie bei der Stadt Meppen, in Kirchengemeinden oder bei Beratungsstellen, wo es gerade ein Sprachcafé gibt.</p><h2>Tipp</h2><p>Lernen Sie auch zu Hause weiter: Die Deutsche Welle hat kostenlose Deutschkurse im Internet, auf <a href="https://learngerman.dw.com">learngerman.dw.com</a>.</p>',
  },
  freizeit: {
    title: 'Freizeit, Vereine und Begegnung',
    body: '<p>In Meppen können Sie Ihre Freizeit mit anderen Menschen verbringen. So lernen Sie Ihre Nachbarinnen und Nachbarn kennen und üben Deutsch.</p><h2>Vereine</h2><p>In Deutschland machen viele Menschen Sport, Musik oder andere Hobbys in einem Verein. Jeder kann Mitglied werden. Meist zahlen Sie einen kleinen Beitrag im Monat oder im Jahr. Oft dürfen Sie zuerst kostenlos ausprobieren, zum Beispiel bei einem Probetraining. Fragen Sie einfach beim Verein nach.</p><h2>Geld für Kinder und Jugendliche</h2><p>Kinder und Jugendliche unter 18 Jahren aus Familien mit Bürgergeld, Wohngeld, Kinderzuschlag oder Leistungen nach dem Asylbewerberleistungsgesetz bekommen 15 Euro im Monat für den Verein, die Musikschule oder Freizeiten. Das Geld kommt aus dem Bildungs- und Teilhabepaket. Fragen Sie beim Jobcenter oder bei der Stadt Meppen, wo Sie den Antrag stellen.</p><h2>Begegnung</h2><ul><li>In Begegnungscafés, Sprachcafés und Nachbarschaftstreffs kommen alte und neue Meppenerinnen und Meppener zusammen.</li><li>Kirchengemeinden, Moscheegemeinden und andere Gemeinden haben oft offene Angebote für Familien.</li><li>In der Bücherei können Sie Bücher ausleihen. Fragen Sie nach Büchern in einfachem Deutsch.</li><li>Draußen: Meppen liegt an Ems und Hase. Es gibt viele Wege zum Spazierengehen und Radfahren.</li></ul><h2>Mitmachen</h2><p>Sie möchten selbst helfen? Viele Vereine und Initiativen suchen Ehrenamtliche. Ein Ehrenamt ist freiwillig und unbezahlt. Es ist ein guter Weg, Menschen kennenzulernen und Deutsch zu sprechen.</p><h2>Tipp</h2><p>Auf der <a href="/de/m/meppen/welcome">Willkommensseite</a> sehen Sie die nächsten Veranstaltungen in Meppen.</p>',
  },
};

/** The German text of the doctor page before the appointment service and the tip were added (version 1). */
const ARZT_EARLIER_DE: GuideTextSeed = {
  title: 'Zum Arzt gehen: Gesundheitskarte, Hausarzt, Dolmetschen',
  body: '<p>Wenn Sie krank sind, gehen Sie zuerst zu einer Hausärztin oder einem Hausarzt. Die Hausarztpraxis behandelt Sie. Wenn nötig, schickt sie Sie mit einer Überweisung zu einer Fachärztin oder einem Facharzt.</p><h2>Die Gesundheitskarte</h2><p>Wenn Sie gesetzlich krankenversichert sind, bekommen Sie von Ihrer Krankenkasse die elektronische Gesundheitskarte (eGK). Nehmen Sie die Karte zu jedem Arztbesuch mit. Mit Bürgergeld sind Sie in der Regel über das Jobcenter krankenversichert.</p><p>Bekommen Sie Leistungen nach dem Asylbewerberleistungsgesetz? Dann fragen Sie bei der Stelle, die Ihre Leistungen zahlt, wie Sie zum Arzt gehen.</p><h2>Einen Termin bekommen</h2><ul><li>Rufen Sie in der Praxis an und fragen Sie nach einem Termin.</li><li>Bringen Sie mit: die Gesundheitskarte und Ihren Ausweis.</li></ul><h2>Was es kostet</h2><p>Der Arztbesuch kostet mit der Gesundheitskarte nichts. Für Medikamente auf Rezept zahlen Erwachsene meist 5 bis 10 Euro dazu. Kinder und Jugendliche unter 18 Jahren zahlen nichts dazu.</p><h2>Dolmetschen</h2><p>Sprechen Sie wenig Deutsch? Sagen Sie das, wenn Sie den Termin machen. Manche Ärztinnen und Ärzte sprechen weitere Sprachen. Sie können eine erwachsene Person mitbringen, der Sie vertrauen.</p>',
};

const EN: Texts = {
  kita: {
    title: 'Kita and childminders',
    body: '<p>Young children can spend the day at a Kita (<span lang="de" dir="ltr" translate="no">Kindertagesstätte</span>, a day-care centre) or with a childminder (<span lang="de" dir="ltr" translate="no">Kindertagespflege</span>). There they play and learn with other children. Your child also learns German.</p><h2>Who has a right to a place?</h2><ul><li>From their first birthday, every child has a legal right to a place at a Kita or with a childminder (§ 24 SGB VIII).</li><li>From their third birthday until school, your child has a legal right to a place at a kindergarten.</li><li>This applies to all children who live here, including refugee children.</li></ul><h2>Apply early</h2><p>Places are scarce. Register your child as early as you can, ideally many months before the start. Ask the town of Meppen how to apply and which Kitas are near you. You can also go to a Kita directly and introduce yourself.</p><h2>What to bring</h2><ul><li>the birth certificate or another document with your child’s date of birth</li><li>the certificate of registration (<span lang="de" dir="ltr" translate="no">Meldebescheinigung</span>)</li><li>the vaccination record: for a Kita, your child needs proof of protection against measles.</li></ul><h2>What it costs</h2><p>In Lower Saxony, the Kita is free of fees for children from the age of three until they start school, for up to eight hours a day. For children under three, the costs depend on the municipality. Lunch often costs extra.</p><p>Do you receive <span lang="de" dir="ltr" translate="no">Bürgergeld</span>, housing benefit, the child supplement or benefits under the Asylum Seekers’ Benefits Act? Then, on application, you pay no fee, and lunch is paid by the education and participation package (<span lang="de" dir="ltr" translate="no">Bildungs- und Teilhabepaket</span>).</p><h2>Tip</h2><p>You cannot find a place? Tell the town of Meppen in writing. Your legal right still applies. A counselling centre can help you write the letter.</p>',
  },
  schule: {
    title: 'School in Meppen: compulsory schooling, registration, German support',
    body: '<p>In Germany, all children and young people must go to school. This is called compulsory schooling (<span lang="de" dir="ltr" translate="no">Schulpflicht</span>). It also applies to refugee children who live in Meppen. Public schools charge no school fees.</p><h2>When does school start?</h2><p>Children who turn six by 30 September start primary school (<span lang="de" dir="ltr" translate="no">Grundschule</span>) in the summer. In Lower Saxony, primary school lasts four years. After that, your child goes to a secondary school, for example an <span lang="de" dir="ltr" translate="no">Oberschule</span> or a <span lang="de" dir="ltr" translate="no">Gymnasium</span>.</p><h2>How to register your child</h2><ul><li>Primary school: every address belongs to a particular primary school. Ask the town of Meppen which primary school is yours, then go to that school.</li><li>Older children: go to a school near you, or ask the town which school is suitable. The school decides which class your child joins.</li><li>Bring: your child’s passport or residence document, the certificate of registration, the vaccination record and reports from the previous school if you have them.</li></ul><h2>Learning German at school</h2><p>Children who speak little German get language support: in a language learning class (<span lang="de" dir="ltr" translate="no">Sprachlernklasse</span>) or with extra German lessons alongside regular lessons. Ask the head teacher what the school offers.</p><h2>Costs and help</h2><ul><li>You borrow schoolbooks from the school for a fee. If you receive <span lang="de" dir="ltr" translate="no">Bürgergeld</span> or benefits under the Asylum Seekers’ Benefits Act, you do not pay the fee. Show the school your notice of benefits.</li><li>The education and participation package pays for school supplies, class trips and lunch.</li><li>If the way to school is long, your child often gets a school bus pass. Ask at the school.</li></ul><h2>Tip</h2><p>Go to parents’ evenings and meetings with teachers. You may bring a person who interprets for you.</p>',
  },
  arzt: {
    title: 'Going to the doctor: health card, family doctor, interpreting',
    body: '<p>When you are ill, first go to a family doctor (<span lang="de" dir="ltr" translate="no">Hausarzt</span>). The practice treats you. If necessary, it sends you to a specialist with a referral (<span lang="de" dir="ltr" translate="no">Überweisung</span>).</p><h2>The health card</h2><p>If you have statutory health insurance, your health insurance fund (<span lang="de" dir="ltr" translate="no">Krankenkasse</span>) gives you the electronic health card (<span lang="de" dir="ltr" translate="no">elektronische Gesundheitskarte</span>, eGK). Take the card to every appointment. If you receive <span lang="de" dir="ltr" translate="no">Bürgergeld</span>, you are usually insured through the <span lang="de" dir="ltr" translate="no">Jobcenter</span>.</p><p>Do you receive benefits under the Asylum Seekers’ Benefits Act? Then ask the office that pays your benefits how to see a doctor. It is also written in your notice of benefits.</p><h2>Getting an appointment</h2><ul><li>Call the practice or go there and ask for an appointment.</li><li>You cannot find a family doctor, or no appointment with a specialist? The appointment service helps: phone 116 117 or <a href="https://www.116117.de">www.116117.de</a>.</li><li>Bring: your health card, your ID, a list of your medicines and old medical reports.</li></ul><h2>What it costs</h2><p>With the health card, seeing a doctor costs nothing. For prescription medicines, adults usually pay 5 to 10 euros towards the cost. Children and young people under 18 pay nothing.</p><h2>Interpreting</h2><p>Do you speak little German? Say so when you make the appointment. Some doctors speak other languages. The health insurance fund usually does not pay for an interpreter. You can bring an adult you trust. Do not let your children interpret.</p><h2>Tip</h2><p>Under <a href="/en/m/meppen/places">Places</a> you find practices in Meppen and the languages spoken there.</p>',
  },
  notfall: {
    title: 'In an emergency: 112, 110 and 116 117',
    body: '<p>In an emergency, every minute counts. These numbers are free and answered day and night, from a landline and from a mobile phone, even without credit.</p><table><caption>Important numbers</caption><thead><tr><th scope="col">Number</th><th scope="col">When do you call?</th></tr></thead><tbody><tr><td>112</td><td>Fire brigade and ambulance: for fire, serious accidents and danger to life, for example when someone is unconscious, has strong chest pain or is bleeding heavily.</td></tr><tr><td>110</td><td>Police: for violence, threats, a burglary or a traffic accident.</td></tr><tr><td>116 117</td><td>On-call medical service (<span lang="de" dir="ltr" translate="no">Ärztlicher Bereitschaftsdienst</span>): you fall ill at night, at the weekend or on a public holiday, the practices are closed, but your life is not in danger.</td></tr></tbody></table><h2>How to call</h2><ul><li>Where is the emergency? Give the town, the street and the house number.</li><li>What happened?</li><li>How many people are injured or ill?</li><li>Wait for questions. Do not hang up first.</li></ul><h2>Hospital and pharmacy</h2><p>In a serious emergency, you can also go straight to the emergency department (<span lang="de" dir="ltr" translate="no">Notaufnahme</span>) of a hospital. In Meppen this is the Ludmillenstift hospital. At night and at weekends, one pharmacy is always open for emergencies (<span lang="de" dir="ltr" translate="no">Notdienst</span>). Which one is posted on the door of every pharmacy.</p><h2>Tip</h2><p>Practise saying your address in German and write it down next to the phone. Save the numbers in your mobile phone. Show your children how to call 112.</p>',
  },
  deutschkurse: {
    title: 'Learning German: integration course, job-related language course, language café',
    body: '<p>German helps you in everyday life, with the authorities, at your children’s school and at work. There are different courses. Here are the most important ones.</p><h2>Integration course</h2><p>The integration course (<span lang="de" dir="ltr" translate="no">Integrationskurs</span>) is organised by the Federal Office for Migration and Refugees (BAMF). It has a language course and an orientation course about life, history and rules in Germany. At the end you take two tests: the German test for immigrants (<span lang="de" dir="ltr" translate="no">Deutsch-Test für Zuwanderer</span>) and the test “Life in Germany” (<span lang="de" dir="ltr" translate="no">Leben in Deutschland</span>). There are also special courses, for example for parents and women, for young people, or with learning to read and write (literacy).</p><ul><li>Who may take part? That depends on your residence status. Often the immigration office (<span lang="de" dir="ltr" translate="no">Ausländerbehörde</span>) or the <span lang="de" dir="ltr" translate="no">Jobcenter</span> gives you an entitlement or an obligation to attend. You can also apply to the BAMF for admission.</li><li>What does it cost? If you receive <span lang="de" dir="ltr" translate="no">Bürgergeld</span> or benefits under the Asylum Seekers’ Benefits Act, you can be exempted from the costs. Ask about it before the course starts.</li><li>Where are the courses? You find courses in and near Meppen with the course finder BAMF-NAvI on <a href="https://www.bamf.de">www.bamf.de</a>.</li></ul><h2>Job-related language course</h2><p>After the integration course, you can continue in a job-related language course (<span lang="de" dir="ltr" translate="no">Berufssprachkurs</span>). There you learn German for work, at different levels, for example B2 or C1. Some courses are for particular jobs, such as nursing and care. Ask at the <span lang="de" dir="ltr" translate="no">Jobcenter</span> or at the employment agency (<span lang="de" dir="ltr" translate="no">Agentur für Arbeit</span>).</p><h2>Language café</h2><p>In a language café (<span lang="de" dir="ltr" translate="no">Sprachcafé</span>) you practise German by talking, without a test and usually for free. Volunteers help, and you get to know people from Meppen. Ask the town of Meppen, churches or counselling centres where there is a language café at the moment.</p><h2>Tip</h2><p>Keep learning at home: Deutsche Welle has free German courses online at <a href="https://learngerman.dw.com">learngerman.dw.com</a>.</p>',
  },
  freizeit: {
    title: 'Leisure, clubs and meeting people',
    body: '<p>In Meppen you can spend your free time with other people. That way you get to know your neighbours and practise German.</p><h2>Clubs</h2><p>In Germany, many people do sport, music or other hobbies in a club (<span lang="de" dir="ltr" translate="no">Verein</span>). Anyone can become a member. You usually pay a small fee per month or per year. Often you may try it out for free first, for example at a trial training session. Just ask the club.</p><h2>Money for children and young people</h2><p>Children and young people under 18 from families receiving <span lang="de" dir="ltr" translate="no">Bürgergeld</span>, housing benefit, the child supplement or benefits under the Asylum Seekers’ Benefits Act get 15 euros a month for a club, music school or holiday camps. The money comes from the education and participation package (<span lang="de" dir="ltr" translate="no">Bildungs- und Teilhabepaket</span>). Ask the <span lang="de" dir="ltr" translate="no">Jobcenter</span> or the town of Meppen where to apply.</p><h2>Meeting people</h2><ul><li>At meeting cafés, language cafés and neighbourhood meetings, long-time and new residents of Meppen come together.</li><li>Churches, mosque communities and other communities often have open activities for families.</li><li>At the library you can borrow books. Ask for books in easy German.</li><li>Outdoors: Meppen lies on the rivers Ems and Hase. There are many paths for walking and cycling.</li></ul><h2>Getting involved</h2><p>Would you like to help others yourself? Many clubs and groups are looking for volunteers. Volunteering (<span lang="de" dir="ltr" translate="no">Ehrenamt</span>) is voluntary and unpaid. It is a good way to meet people and to speak German.</p><h2>Tip</h2><p>On the <a href="/en/m/meppen/welcome">welcome page</a> you see the next events in Meppen.</p>',
  },
};

/** The Leichte Sprache variant of the doctor page: one idea a sentence, hard words explained. */
const ARZT_PLAIN: GuideTextSeed = {
  title: 'Zum Arzt gehen',
  body: '<p>Sie sind krank? Dann gehen Sie zum Arzt oder zur Ärztin.</p><h2>Zuerst zum Haus·arzt</h2><p>Der Haus·arzt ist Ihr fester Arzt. Sie gehen immer zuerst zu ihm. Er hilft Ihnen. Manchmal brauchen Sie einen anderen Arzt. Zum Beispiel einen Augen·arzt. Dann bekommen Sie vom Haus·arzt ein Papier. Das Papier heißt: Über·weisung.</p><h2>Die Gesundheits·karte</h2><p>Die Kranken·kasse gibt Ihnen eine Karte. Die Karte heißt: Gesundheits·karte. Nehmen Sie die Karte immer mit zum Arzt. Dann kostet der Arzt nichts.</p><p>Sie bekommen Geld nach dem Asyl·bewerber·leistungs·gesetz? Dann fragen Sie beim Amt: Wie gehe ich zum Arzt?</p><h2>Einen Termin machen</h2><p>Ein Termin ist eine feste Zeit beim Arzt. Rufen Sie in der Praxis an. Oder gehen Sie hin. Sagen Sie: Ich brauche einen Termin.</p><p>Sie finden keinen Arzt? Dann rufen Sie diese Nummer an: 116 117. Dort hilft man Ihnen.</p><h2>Das nehmen Sie mit</h2><ul><li>die Gesundheits·karte</li><li>Ihren Ausweis</li><li>eine Liste mit Ihren Medikamenten</li></ul><h2>Sie sprechen wenig Deutsch?</h2><p>Sagen Sie das am Telefon. Nehmen Sie eine erwachsene Person mit. Die Person soll Deutsch können. Sie soll für Sie übersetzen. Ihre Kinder sollen nicht übersetzen.</p><h2>Medikamente</h2><p>Der Arzt schreibt ein Rezept. Mit dem Rezept holen Sie das Medikament in der Apotheke. Erwachsene bezahlen meistens 5 bis 10 Euro. Kinder bezahlen nichts.</p>',
};

/** Turkish: every page but `freizeit`, the one translation left missing on purpose. */
const TR: Omit<Texts, 'freizeit'> | null = null;
const AR: Texts | null = null;
const FA: Texts | null = null;
const UK: Texts | null = null;
const RU: Texts | null = null;

function translationsOf(slug: Slug): Partial<Record<TranslationLocale, GuideTextSeed>> {
  const out: Partial<Record<TranslationLocale, GuideTextSeed>> = { en: EN[slug] };
  for (const [locale, texts] of [
    ['ar', AR],
    ['fa', FA],
    ['uk', UK],
    ['ru', RU],
  ] as const) {
    if (texts) out[locale] = texts[slug];
  }
  if (TR && slug !== 'freizeit') out.tr = TR[slug];
  return out;
}

/** Meppen's guide, second half: Kita, school, health, emergencies, German courses, leisure. */
export const MEPPEN_GUIDE_B: readonly GuidePageSeed[] = [
  {
    slug: 'kita',
    topic: 'school',
    position: 70,
    lastCheckedOn: '2026-10-12',
    de: DE.kita,
    translations: translationsOf('kita'),
  },
  {
    slug: 'schule',
    topic: 'school',
    position: 80,
    lastCheckedOn: '2026-10-12',
    de: DE.schule,
    translations: translationsOf('schule'),
  },
  {
    slug: 'arzt',
    topic: 'health',
    position: 90,
    lastCheckedOn: '2026-11-03',
    de: DE.arzt,
    earlierDe: ARZT_EARLIER_DE,
    translations: { ...translationsOf('arzt'), 'de-x-ls': ARZT_PLAIN },
    // The Ukrainian text was translated from the earlier German (before the appointment service was added).
    outdated: ['uk'],
  },
  {
    slug: 'notfall',
    topic: 'health',
    parent: 'arzt',
    position: 100,
    lastCheckedOn: '2026-11-03',
    de: DE.notfall,
    translations: translationsOf('notfall'),
  },
  {
    slug: 'deutschkurse',
    topic: 'language',
    position: 110,
    lastCheckedOn: '2026-09-22',
    de: DE.deutschkurse,
    translations: translationsOf('deutschkurse'),
  },
  {
    slug: 'freizeit',
    topic: 'leisure',
    position: 120,
    lastCheckedOn: '2026-09-22',
    de: DE.freizeit,
    translations: translationsOf('freizeit'),
  },
];
