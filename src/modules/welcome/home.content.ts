import type { WelcomePageSeed } from './welcome.content.ts';

/*
 * The demo welcome pages, in our words. No video: we know of no public video on welcoming newcomers in Meppen or in
 * Lower Saxony whose address we could vouch for, so none is linked (the consent placeholder is tested with a fixture).
 * Contacts carry an address only where it is certain; no phone numbers, no opening hours we could not check.
 */

const de = (slug: string) => `/de/m/meppen/guide/${slug}`;

const MEPPEN: WelcomePageSeed = {
  municipality: 'meppen',
  texts: {
    de: {
      headline: 'Meppen mag dich!',
      body: `<p>„MEPPEN MAG DICH!“ – das sagen wir allen, die neu in unsere Stadt kommen. Viele von Ihnen mussten Ihre Heimat verlassen und möchten hier neu Fuß fassen. Dabei begleiten wir Sie gern.</p><p>Ob Integration gelingt, ist auch eine Frage der Haltung. Die Stadt Meppen lebt Willkommenskultur – von der Rathausspitze bis zu den Bürgerinnen und Bürgern. Nachbarinnen und Nachbarn, Vereine, Kirchengemeinden und viele Ehrenamtliche freuen sich darauf, Sie kennenzulernen.</p><h2>Gut ankommen</h2><ul><li><a href="${de('ankommen')}">Die ersten Schritte in Meppen</a></li><li><a href="${de('deutschkurse')}">Deutsch lernen</a></li><li><a href="${de('kita')}">Kita</a> und <a href="${de('schule')}">Schule</a></li><li><a href="${de('notfall')}">Im Notfall: 112, 110 und 116 117</a></li></ul><p>Alle Angebote der Stadt finden Sie auf <a href="https://www.meppen.de">www.meppen.de</a>, die des Landkreises Emsland auf <a href="https://www.emsland.de">www.emsland.de</a>. Sie haben eine Frage? Sprechen Sie uns an. Wir helfen Ihnen weiter.</p>`,
    },
    'de-x-ls': {
      headline: 'Meppen mag dich!',
      body: `<p>Herzlich willkommen in Meppen!</p><p>Sie sind neu in Meppen? Dann sagen wir: Meppen mag dich! Das heißt: Wir freuen uns, dass Sie hier sind.</p><p>Viele Menschen in Meppen helfen Ihnen gern. Zum Beispiel die Mitarbeiter von der Stadt. Oder Ihre Nachbarn. Oder Menschen in einem Verein.</p><h2>Hier finden Sie Hilfe</h2><ul><li><a href="${de('ankommen')}">Die ersten Schritte in Meppen</a></li><li><a href="${de('arzt')}/leichte-sprache">Zum Arzt gehen</a></li><li><a href="${de('notfall')}">Notfall: Hier finden Sie die wichtigen Telefon·nummern.</a></li></ul><p>Sie haben eine Frage? Dann gehen Sie zur Stadt Meppen. Die Stadt Meppen ist im Stadt·haus am Markt.</p>`,
    },
    en: {
      headline: 'Meppen likes you!',
      body: '<p>“MEPPEN MAG DICH!” – Meppen likes you! That is what we say to everyone who is new in our town. Many of you had to leave your home and want to make a new start here. We are glad to support you along the way.</p><p>Whether integration succeeds is also a question of attitude. The town of Meppen lives a culture of welcome – from the mayor’s office to its citizens. Neighbours, clubs, churches and many volunteers look forward to meeting you.</p><h2>Settling in well</h2><ul><li><a href="/en/m/meppen/guide/ankommen">The first steps in Meppen</a></li><li><a href="/en/m/meppen/guide/deutschkurse">Learning German</a></li><li><a href="/en/m/meppen/guide/kita">Kita</a> and <a href="/en/m/meppen/guide/schule">school</a></li><li><a href="/en/m/meppen/guide/notfall">In an emergency: 112, 110 and 116 117</a></li></ul><p>You find all the town’s services on <a href="https://www.meppen.de">www.meppen.de</a> and those of the district of Emsland on <a href="https://www.emsland.de">www.emsland.de</a>. Do you have a question? Talk to us. We will help you further.</p>',
    },
    ar: {
      headline: 'ميبن تحبك!',
      body: '<p>«<span lang="de" dir="ltr" translate="no">MEPPEN MAG DICH!</span>» – ميبن تحبك! هذا ما نقوله لكل من يأتي جديدًا إلى مدينتنا. كثيرون منكم اضطروا إلى ترك وطنهم ويريدون بداية جديدة هنا. ويسعدنا أن نرافقكم في ذلك.</p><p>نجاح الاندماج هو أيضًا مسألة موقف. مدينة ميبن تعيش ثقافة الترحيب، من رئاسة البلدية حتى المواطنات والمواطنين. الجيران والنوادي والكنائس والكثير من المتطوعين يتطلعون إلى التعرّف عليكم.</p><h2>بداية جيدة</h2><ul><li><a href="/ar/m/meppen/guide/ankommen">الخطوات الأولى في ميبن</a></li><li><a href="/ar/m/meppen/guide/deutschkurse">تعلّم اللغة الألمانية</a></li><li><a href="/ar/m/meppen/guide/kita">الحضانة</a> و<a href="/ar/m/meppen/guide/schule">المدرسة</a></li><li><a href="/ar/m/meppen/guide/notfall">في حالة الطوارئ: 112 و110 و116 117</a></li></ul><p>تجد جميع خدمات المدينة على <a href="https://www.meppen.de">www.meppen.de</a> وخدمات دائرة إمسلاند على <a href="https://www.emsland.de">www.emsland.de</a>. لديك سؤال؟ تحدّث إلينا، وسنساعدك.</p>',
    },
    fa: {
      headline: 'مپن تو را دوست دارد!',
      body: '<p>«<span lang="de" dir="ltr" translate="no">MEPPEN MAG DICH!</span>» – مپن تو را دوست دارد! این را به همهٔ کسانی می‌گوییم که تازه به شهر ما می‌آیند. بسیاری از شما مجبور شدید سرزمین خود را ترک کنید و می‌خواهید اینجا زندگی تازه‌ای بسازید. با خوشحالی در این راه همراه شما هستیم.</p><p>موفقیت در ادغام به نگرش جامعه هم بستگی دارد. شهر مپن فرهنگ خوشامدگویی را زندگی می‌کند، از شهردار تا شهروندان. همسایه‌ها، باشگاه‌ها، کلیساها و داوطلبان بسیاری مشتاق آشنایی با شما هستند.</p><h2>شروعی خوب</h2><ul><li><a href="/fa/m/meppen/guide/ankommen">نخستین قدم‌ها در مپن</a></li><li><a href="/fa/m/meppen/guide/deutschkurse">یادگیری آلمانی</a></li><li><a href="/fa/m/meppen/guide/kita">مهدکودک</a> و <a href="/fa/m/meppen/guide/schule">مدرسه</a></li><li><a href="/fa/m/meppen/guide/notfall">در موارد اضطراری: 112، 110 و 116 117</a></li></ul><p>همهٔ خدمات شهر را در <a href="https://www.meppen.de">www.meppen.de</a> و خدمات شهرستان امسلاند را در <a href="https://www.emsland.de">www.emsland.de</a> پیدا می‌کنید. پرسشی دارید؟ با ما صحبت کنید. ما به شما کمک می‌کنیم.</p>',
    },
    uk: {
      headline: 'Меппен тебе любить!',
      body: '<p>«<span lang="de" dir="ltr" translate="no">MEPPEN MAG DICH!</span>» – Меппен тебе любить! Так ми кажемо всім, хто вперше приїздить до нашого міста. Багатьом із вас довелося покинути свою батьківщину, і ви хочете почати тут нове життя. Ми охоче підтримаємо вас на цьому шляху.</p><p>Чи вдасться інтеграція, залежить і від ставлення суспільства. Місто Меппен живе культурою гостинності – від керівництва ратуші до кожного мешканця. Сусіди, клуби, церковні громади й багато волонтерів радо з вами познайомляться.</p><h2>Добрий початок</h2><ul><li><a href="/uk/m/meppen/guide/ankommen">Перші кроки в Меппені</a></li><li><a href="/uk/m/meppen/guide/deutschkurse">Вивчення німецької</a></li><li><a href="/uk/m/meppen/guide/kita">Дитячий садок</a> і <a href="/uk/m/meppen/guide/schule">школа</a></li><li><a href="/uk/m/meppen/guide/notfall">У надзвичайній ситуації: 112, 110 і 116 117</a></li></ul><p>Усі послуги міста ви знайдете на <a href="https://www.meppen.de">www.meppen.de</a>, а послуги району Емсланд – на <a href="https://www.emsland.de">www.emsland.de</a>. Маєте запитання? Звертайтеся до нас. Ми вам допоможемо.</p>',
    },
    ru: {
      headline: 'Меппен тебя любит!',
      body: '<p>«<span lang="de" dir="ltr" translate="no">MEPPEN MAG DICH!</span>» – Меппен тебя любит! Так мы говорим всем, кто впервые приезжает в наш город. Многим из вас пришлось покинуть родину, и вы хотите начать здесь новую жизнь. Мы с радостью поддержим вас на этом пути.</p><p>Удастся ли интеграция, зависит и от отношения общества. Город Меппен живёт культурой гостеприимства – от руководства ратуши до каждого жителя. Соседи, клубы, церковные общины и многие волонтёры рады с вами познакомиться.</p><h2>Хорошее начало</h2><ul><li><a href="/ru/m/meppen/guide/ankommen">Первые шаги в Меппене</a></li><li><a href="/ru/m/meppen/guide/deutschkurse">Изучение немецкого</a></li><li><a href="/ru/m/meppen/guide/kita">Детский сад</a> и <a href="/ru/m/meppen/guide/schule">школа</a></li><li><a href="/ru/m/meppen/guide/notfall">В экстренном случае: 112, 110 и 116 117</a></li></ul><p>Все услуги города вы найдёте на <a href="https://www.meppen.de">www.meppen.de</a>, а услуги района Эмсланд – на <a href="https://www.emsland.de">www.emsland.de</a>. У вас есть вопрос? Обращайтесь к нам. Мы вам поможем.</p>',
    },
    tr: {
      headline: 'Meppen seni seviyor!',
      body: '<p>“<span lang="de" dir="ltr" translate="no">MEPPEN MAG DICH!</span>” – Meppen seni seviyor! Şehrimize yeni gelen herkese bunu söylüyoruz. Birçoğunuz memleketinizi terk etmek zorunda kaldınız ve burada yeni bir hayat kurmak istiyorsunuz. Bu yolda size seve seve eşlik ediyoruz.</p><p>Uyumun başarılı olması, toplumun tutumuna da bağlıdır. Meppen şehri, belediye başkanlığından vatandaşlara kadar bir hoş geldin kültürünü yaşıyor. Komşular, dernekler, kiliseler ve birçok gönüllü sizinle tanışmayı dört gözle bekliyor.</p><h2>İyi bir başlangıç</h2><ul><li><a href="/tr/m/meppen/guide/ankommen">Meppen’de ilk adımlar</a></li><li><a href="/tr/m/meppen/guide/deutschkurse">Almanca öğrenmek</a></li><li><a href="/tr/m/meppen/guide/kita">Kreş</a> ve <a href="/tr/m/meppen/guide/schule">okul</a></li><li><a href="/tr/m/meppen/guide/notfall">Acil durumda: 112, 110 ve 116 117</a></li></ul><p>Şehrin bütün hizmetlerini <a href="https://www.meppen.de">www.meppen.de</a> adresinde, Emsland ilçesinin hizmetlerini <a href="https://www.emsland.de">www.emsland.de</a> adresinde bulursunuz. Bir sorunuz mu var? Bize başvurun. Size yardımcı oluruz.</p>',
    },
  },
  contacts: [
    { name: 'Stadt Meppen – Stadthaus', street: 'Markt 43', postcode: '49716', city: 'Meppen' },
    { name: 'Landkreis Emsland – Kreishaus', street: 'Ordeniederung 1', postcode: '49716', city: 'Meppen' },
  ],
};

const OSNABRUECK: WelcomePageSeed = {
  municipality: 'osnabrueck',
  texts: {
    de: {
      headline: 'Willkommen in Osnabrück',
      body: '<p>Schön, dass Sie da sind! Osnabrück ist die Friedensstadt. Hier leben Menschen aus vielen Ländern zusammen, und viele von ihnen haben selbst einmal neu angefangen.</p><p>In Osnabrück können Menschen mit Zuwanderungsgeschichte die Stadt mitgestalten: Der Migrationsbeirat vertritt ihre Interessen, und mit dem Mentoring-Projekt „DEMOKRATIE. MACHT. INTEGRATION.“ haben Zugewanderte die Kommunalpolitik von innen kennengelernt.</p><h2>Gut ankommen</h2><ul><li><a href="/de/m/osnabrueck/guide/ankommen">Die ersten Schritte in Osnabrück</a></li><li><a href="/de/m/osnabrueck/guide/beratung">Beratung und Hilfe</a></li></ul><p>Alle Angebote der Stadt finden Sie auf <a href="https://www.osnabrueck.de">www.osnabrueck.de</a>.</p>',
    },
    en: {
      headline: 'Welcome to Osnabrück',
      body: '<p>We are glad you are here! Osnabrück is the City of Peace. People from many countries live here together, and many of them once made a new start themselves.</p><p>In Osnabrück, people with a migration background can help shape the city: the Migration Council (<span lang="de" dir="ltr" translate="no">Migrationsbeirat</span>) represents their interests, and in the mentoring project “<span lang="de" dir="ltr" translate="no">DEMOKRATIE. MACHT. INTEGRATION.</span>” immigrants got to know local politics from the inside.</p><h2>Settling in well</h2><ul><li><a href="/en/m/osnabrueck/guide/ankommen">The first steps in Osnabrück</a></li><li><a href="/en/m/osnabrueck/guide/beratung">Advice and help</a></li></ul><p>You find all the city’s services on <a href="https://www.osnabrueck.de">www.osnabrueck.de</a>.</p>',
    },
    ar: {
      headline: 'أهلًا بكم في أوسنابروك',
      body: '<p>يسعدنا وجودكم هنا! أوسنابروك هي مدينة السلام. يعيش هنا معًا أناس من بلدان كثيرة، وكثيرون منهم بدأوا هم أنفسهم حياة جديدة ذات يوم.</p><p>في أوسنابروك يستطيع الأشخاص ذوو الخلفية المهاجرة المشاركة في تشكيل المدينة: مجلس الهجرة (<span lang="de" dir="ltr" translate="no">Migrationsbeirat</span>) يمثل مصالحهم، ومن خلال مشروع الإرشاد «<span lang="de" dir="ltr" translate="no">DEMOKRATIE. MACHT. INTEGRATION.</span>» تعرّف مهاجرون على السياسة المحلية من الداخل.</p><h2>بداية جيدة</h2><ul><li><a href="/ar/m/osnabrueck/guide/ankommen">الخطوات الأولى في أوسنابروك</a></li><li><a href="/ar/m/osnabrueck/guide/beratung">الاستشارة والمساعدة</a></li></ul><p>تجد جميع خدمات المدينة على <a href="https://www.osnabrueck.de">www.osnabrueck.de</a>.</p>',
    },
    uk: {
      headline: 'Ласкаво просимо до Оснабрюка',
      body: '<p>Добре, що ви тут! Оснабрюк – місто миру. Тут разом живуть люди з багатьох країн, і багато з них колись теж починали все спочатку.</p><p>В Оснабрюку люди з міграційною історією можуть впливати на життя міста: Міграційна рада (<span lang="de" dir="ltr" translate="no">Migrationsbeirat</span>) представляє їхні інтереси, а в менторському проєкті «<span lang="de" dir="ltr" translate="no">DEMOKRATIE. MACHT. INTEGRATION.</span>» іммігранти познайомилися з місцевою політикою зсередини.</p><h2>Добрий початок</h2><ul><li><a href="/uk/m/osnabrueck/guide/ankommen">Перші кроки в Оснабрюку</a></li><li><a href="/uk/m/osnabrueck/guide/beratung">Консультації й допомога</a></li></ul><p>Усі послуги міста ви знайдете на <a href="https://www.osnabrueck.de">www.osnabrueck.de</a>.</p>',
    },
  },
  contacts: [
    { name: 'Stadt Osnabrück – Stadthaus 1', street: 'Natruper-Tor-Wall 2', city: 'Osnabrück' },
    { name: 'Migrationsbeirat der Stadt Osnabrück', city: 'Osnabrück' },
  ],
};

const ASENDORF: WelcomePageSeed = {
  municipality: 'asendorf',
  texts: {
    de: {
      headline: 'Willkommen in Asendorf',
      body: '<p>Schön, dass Sie in Asendorf leben! In unserem Dorf suchen wir echte Begegnungen. Dabei zählen nicht Herkunft oder Sprache, sondern das Interesse aneinander und der Wunsch nach einem vielfältigen Dorfleben.</p><p>Es gibt viele gemeinsame Aktivitäten, kleine und große. Feste Treffpunkte sind der Runde Tisch, das Begegnungscafé und die internationalen Kochabende der Landfrauen. Kommen Sie vorbei – Sie sind herzlich eingeladen.</p><h2>Gut ankommen</h2><ul><li><a href="/de/m/asendorf/guide/ankommen">Die ersten Schritte in Asendorf</a></li><li><a href="/de/m/asendorf/guide/beratung">Beratung und Hilfe</a></li></ul><p>Mehr über die Gemeinde finden Sie auf <a href="https://www.asendorf.de">www.asendorf.de</a>.</p>',
    },
    en: {
      headline: 'Welcome to Asendorf',
      body: '<p>We are glad you live in Asendorf! In our village we look for real encounters. What counts is not where you come from or which language you speak, but interest in each other and the wish for a diverse village life.</p><p>There are many shared activities, small and large. Regular meeting points are the round table (<span lang="de" dir="ltr" translate="no">Runder Tisch</span>), the meeting café (<span lang="de" dir="ltr" translate="no">Begegnungscafé</span>) and the international cooking evenings of the rural women’s association (<span lang="de" dir="ltr" translate="no">Landfrauen</span>). Come along – you are very welcome.</p><h2>Settling in well</h2><ul><li><a href="/en/m/asendorf/guide/ankommen">The first steps in Asendorf</a></li><li><a href="/en/m/asendorf/guide/beratung">Advice and help</a></li></ul><p>You find more about the municipality on <a href="https://www.asendorf.de">www.asendorf.de</a>.</p>',
    },
  },
  contacts: [{ name: 'Gemeinde Asendorf' }, { name: 'Begegnungscafé Asendorf', city: 'Asendorf' }],
};

const HANNOVER: WelcomePageSeed = {
  municipality: 'hannover',
  texts: {
    de: {
      headline: 'Willkommen in Hannover',
      body: '<p>Herzlich willkommen in der Landeshauptstadt Niedersachsens! In Hannover leben Menschen aus sehr vielen Ländern. In den Stadtteilen gibt es Nachbarschaftstreffs, Beratungsstellen und viele Vereine, die Ihnen den Start erleichtern.</p><h2>Gut ankommen</h2><ul><li><a href="/de/m/hannover/guide/ankommen">Die ersten Schritte in Hannover</a></li><li><a href="/de/m/hannover/guide/beratung">Beratung und Hilfe</a></li></ul><p>Alle Angebote der Stadt und der Region Hannover finden Sie auf <a href="https://www.hannover.de">www.hannover.de</a>.</p>',
    },
    en: {
      headline: 'Welcome to Hannover',
      body: '<p>A warm welcome to the state capital of Lower Saxony! People from a great many countries live in Hannover. In the neighbourhoods there are community meeting places, counselling centres and many clubs that make your start easier.</p><h2>Settling in well</h2><ul><li><a href="/en/m/hannover/guide/ankommen">The first steps in Hannover</a></li><li><a href="/en/m/hannover/guide/beratung">Advice and help</a></li></ul><p>You find all the services of the city and the Hannover Region on <a href="https://www.hannover.de">www.hannover.de</a>.</p>',
    },
  },
  contacts: [
    { name: 'Landeshauptstadt Hannover – Neues Rathaus', street: 'Trammplatz 2', postcode: '30159', city: 'Hannover' },
    { name: 'Jobcenter Region Hannover', city: 'Hannover' },
  ],
};

/** The demo welcome pages. */
export const DEMO_WELCOME_PAGES: readonly WelcomePageSeed[] = [MEPPEN, OSNABRUECK, ASENDORF, HANNOVER];
