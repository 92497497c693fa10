import type { GuidePageSeed } from './welcome.content.ts';

/** A German official term inside a translation: kept in German, read left to right, not machine-translated. */
const g = (term: string): string => `<span lang="de" dir="ltr" translate="no">${term}</span>`;

const ankommen: GuidePageSeed = {
  slug: 'ankommen',
  topic: 'arrival',
  position: 10,
  lastCheckedOn: '2026-11-16',
  de: {
    title: 'Ankommen in Meppen: die ersten Schritte',
    body: `<p>Willkommen in Meppen! Meppen ist eine Stadt im Landkreis Emsland. Diese Seite zeigt, was Sie in den ersten Wochen erledigen. Die Seiten darunter erklären jeden Schritt genauer.</p>
<h2>Die wichtigsten Schritte</h2>
<ol><li><strong>Wohnsitz anmelden:</strong> innerhalb von zwei Wochen nach dem Einzug, im Bürgerbüro der Stadt Meppen.</li><li><strong>Aufenthalt klären:</strong> Für Ihren Aufenthaltstitel ist die Ausländerbehörde des Landkreises Emsland zuständig.</li><li><strong>Krankenversicherung:</strong> Zum Arzt gehen Sie mit Ihrer elektronischen Gesundheitskarte (eGK).</li><li><strong>Konto eröffnen:</strong> Jeder Mensch in Deutschland hat das Recht auf ein Basiskonto.</li><li><strong>Deutsch lernen:</strong> Das Bundesamt für Migration und Flüchtlinge (BAMF) bietet Integrationskurse an.</li><li><strong>Kinder:</strong> Es gibt eine Schulpflicht. Ab dem ersten Geburtstag hat jedes Kind Anspruch auf einen Platz in einer Kita oder in der Kindertagespflege.</li></ol>
<h2>Immer dabei</h2>
<ul><li>Ihr Pass oder ein anderes Ausweisdokument</li><li>Ihr Aufenthaltsdokument von der Ausländerbehörde</li></ul>
<p>Heben Sie jeden Brief von einer Behörde auf. Sie brauchen die Briefe oft wieder.</p>
<h2>Im Notfall</h2>
<ul><li>Feuerwehr und Rettungsdienst: 112</li><li>Polizei: 110</li><li>Ärztlicher Bereitschaftsdienst (nachts und am Wochenende): 116 117</li></ul>
<h2>Tipp</h2>
<p>Die Migrationsberatung beantwortet viele Fragen, kostenlos. Adressen und Öffnungszeiten finden Sie unter <a href="/de/m/meppen/places">Orte in Meppen</a>.</p>`,
  },
  translations: {
    'de-x-ls': {
      title: 'Neu in Meppen: Das machen Sie zuerst',
      body: `<p>Sie sind neu in Meppen. Herzlich willkommen!</p>
<p>Hier steht: Das machen Sie in den ersten Wochen.</p>
<h2>1. Anmelden</h2>
<p>Sie gehen zum Bürgerbüro. Das Bürgerbüro ist ein Amt der Stadt Meppen. Dort sagen Sie: Ich wohne jetzt hier. Das heißt: anmelden. Sie haben dafür 2 Wochen Zeit.</p>
<h2>2. Ausländerbehörde</h2>
<p>Die Ausländerbehörde ist auch ein Amt. Das Amt gibt Ihnen ein Papier für den Aufenthalt. Aufenthalt heißt: Sie dürfen in Deutschland sein.</p>
<h2>3. Zum Arzt gehen</h2>
<p>Sie bekommen eine Karte von der Kranken-Kasse. Die Karte zeigen Sie beim Arzt.</p>
<h2>4. Deutsch lernen</h2>
<p>Sie können einen Deutsch-Kurs machen. Der Kurs heißt: Integrations-Kurs.</p>
<h2>5. Kinder</h2>
<p>Kinder müssen in die Schule gehen. Kleine Kinder können in die Kita gehen. Die Kita ist ein Kinder-Garten. Ab 1 Jahr hat jedes Kind ein Recht auf einen Platz.</p>
<h2>Notfall</h2>
<ul><li>Feuer oder schwer krank: 112 anrufen.</li><li>Polizei: 110 anrufen.</li></ul>
<h2>Hilfe</h2>
<p>Die Migrations-Beratung hilft Ihnen. Die Beratung kostet nichts.</p>`,
    },
    en: {
      title: 'Arriving in Meppen: the first steps',
      body: `<p>Welcome to Meppen! Meppen is a town in the district of Emsland (${g('Landkreis Emsland')}). This page shows what to do in your first weeks. The pages below explain each step in more detail.</p>
<h2>The most important steps</h2>
<ol><li><strong>Register your address:</strong> within two weeks of moving in, at the citizens’ office (${g('Bürgerbüro')}) of the town of Meppen.</li><li><strong>Sort out your residence:</strong> the immigration office (${g('Ausländerbehörde')}) of the Landkreis Emsland is responsible for your residence title (${g('Aufenthaltstitel')}).</li><li><strong>Health insurance:</strong> you go to the doctor with your electronic health card (${g('elektronische Gesundheitskarte')}, eGK).</li><li><strong>Open a bank account:</strong> everyone in Germany has the right to a basic account (${g('Basiskonto')}).</li><li><strong>Learn German:</strong> the Federal Office for Migration and Refugees (BAMF) offers integration courses (${g('Integrationskurse')}).</li><li><strong>Children:</strong> school attendance is compulsory. From their first birthday, children are entitled to a place in a Kita or with a childminder.</li></ol>
<h2>Always keep with you</h2>
<ul><li>your passport or another identity document</li><li>your residence document from the Ausländerbehörde</li></ul>
<p>Keep every letter from an authority. You will often need them again.</p>
<h2>In an emergency</h2>
<ul><li>Fire brigade and ambulance: 112</li><li>Police: 110</li><li>Out-of-hours doctor (at night and at weekends): 116 117</li></ul>
<h2>Tip</h2>
<p>Migration counselling (${g('Migrationsberatung')}) answers many questions, free of charge. You will find addresses and opening hours under <a href="/en/m/meppen/places">Places in Meppen</a>.</p>`,
    },
    ar: {
      title: 'الوصول إلى ميبن: الخطوات الأولى',
      body: `<p>مرحباً بك في ميبن! ميبن مدينة في منطقة إمسلاند (${g('Landkreis Emsland')}). تبيّن لك هذه الصفحة ما عليك فعله في أسابيعك الأولى، وتشرح الصفحات التالية كل خطوة بتفصيل أكثر.</p>
<h2>أهم الخطوات</h2>
<ol><li><strong>تسجيل السكن:</strong> خلال أسبوعين من انتقالك إلى المسكن، في مكتب خدمة المواطنين (${g('Bürgerbüro')}) التابع لمدينة ميبن.</li><li><strong>ترتيب الإقامة:</strong> دائرة الأجانب (${g('Ausländerbehörde')}) التابعة لمنطقة إمسلاند هي المسؤولة عن سند إقامتك (${g('Aufenthaltstitel')}).</li><li><strong>التأمين الصحي:</strong> تذهب إلى الطبيب ببطاقتك الصحية الإلكترونية (${g('elektronische Gesundheitskarte')}، eGK).</li><li><strong>فتح حساب مصرفي:</strong> لكل شخص في ألمانيا الحق في حساب أساسي (${g('Basiskonto')}).</li><li><strong>تعلّم اللغة الألمانية:</strong> يقدّم المكتب الاتحادي للهجرة واللاجئين (BAMF) دورات الاندماج (${g('Integrationskurse')}).</li><li><strong>الأطفال:</strong> التعليم المدرسي إلزامي. ومن عيد ميلاده الأول يحق لكل طفل الحصول على مكان في روضة أطفال (${g('Kita')}) أو لدى مربية أطفال.</li></ol>
<h2>احمل معك دائماً</h2>
<ul><li>جواز سفرك أو وثيقة هوية أخرى</li><li>وثيقة إقامتك الصادرة عن دائرة الأجانب</li></ul>
<p>احتفظ بكل رسالة تصلك من أي دائرة رسمية، فستحتاج إليها كثيراً.</p>
<h2>في حالة الطوارئ</h2>
<ul><li>الإطفاء والإسعاف: 112</li><li>الشرطة: 110</li><li>الطبيب المناوب (ليلاً وفي عطلة نهاية الأسبوع): 116 117</li></ul>
<h2>نصيحة</h2>
<p>يجيب الإرشاد الخاص بالمهاجرين (${g('Migrationsberatung')}) عن كثير من الأسئلة مجاناً. تجد العناوين ومواعيد العمل في صفحة <a href="/ar/m/meppen/places">أماكن في ميبن</a>.</p>`,
    },
    fa: {
      title: 'ورود به مپن: نخستین گام‌ها',
      body: `<p>به مپن خوش آمدید! مپن شهری در شهرستان امسلند (${g('Landkreis Emsland')}) است. این صفحه نشان می‌دهد در هفته‌های اول چه کارهایی باید انجام دهید. صفحه‌های بعدی هر گام را دقیق‌تر توضیح می‌دهند.</p>
<h2>مهم‌ترین گام‌ها</h2>
<ol><li><strong>ثبت نشانی محل سکونت:</strong> ظرف دو هفته پس از نقل مکان، در دفتر خدمات شهروندی (${g('Bürgerbüro')}) شهر مپن.</li><li><strong>روشن کردن وضعیت اقامت:</strong> اداره امور اتباع خارجی (${g('Ausländerbehörde')}) شهرستان امسلند مسئول مجوز اقامت (${g('Aufenthaltstitel')}) شماست.</li><li><strong>بیمه درمانی:</strong> با کارت الکترونیکی بیمه درمانی (${g('elektronische Gesundheitskarte')}، eGK) نزد پزشک می‌روید.</li><li><strong>باز کردن حساب بانکی:</strong> هر کسی در آلمان حق دارد یک حساب پایه (${g('Basiskonto')}) داشته باشد.</li><li><strong>یادگیری زبان آلمانی:</strong> اداره فدرال مهاجرت و پناهندگان (BAMF) دوره‌های ادغام (${g('Integrationskurse')}) را ارائه می‌کند.</li><li><strong>کودکان:</strong> رفتن به مدرسه اجباری است. هر کودک از نخستین سالروز تولدش حق دارد در مهدکودک (${g('Kita')}) یا نزد یک پرستار روزانه کودک جا داشته باشد.</li></ol>
<h2>همیشه همراه داشته باشید</h2>
<ul><li>گذرنامه یا یک مدرک شناسایی دیگر</li><li>مدرک اقامت خود از اداره امور اتباع خارجی</li></ul>
<p>همه نامه‌های اداری را نگه دارید. بارها به آن‌ها نیاز خواهید داشت.</p>
<h2>در مواقع اضطراری</h2>
<ul><li>آتش‌نشانی و اورژانس: 112</li><li>پلیس: 110</li><li>پزشک کشیک (شب‌ها و آخر هفته): 116 117</li></ul>
<h2>نکته</h2>
<p>مشاوره مهاجرت (${g('Migrationsberatung')}) به بسیاری از پرسش‌ها رایگان پاسخ می‌دهد. نشانی‌ها و ساعت‌های کاری را در صفحه <a href="/fa/m/meppen/places">مکان‌ها در مپن</a> پیدا می‌کنید.</p>`,
    },
    uk: {
      title: 'Прибуття до Меппена: перші кроки',
      body: `<p>Ласкаво просимо до Меппена! Меппен — місто в районі Емсланд (${g('Landkreis Emsland')}). На цій сторінці описано, що потрібно зробити в перші тижні. Сторінки нижче пояснюють кожен крок докладніше.</p>
<h2>Найважливіші кроки</h2>
<ol><li><strong>Зареєструвати місце проживання:</strong> протягом двох тижнів після вселення, у бюро обслуговування громадян (${g('Bürgerbüro')}) міста Меппен.</li><li><strong>Врегулювати перебування:</strong> за ваш дозвіл на перебування (${g('Aufenthaltstitel')}) відповідає відомство у справах іноземців (${g('Ausländerbehörde')}) району Емсланд.</li><li><strong>Медичне страхування:</strong> до лікаря ви йдете з електронною медичною карткою (${g('elektronische Gesundheitskarte')}, eGK).</li><li><strong>Відкрити банківський рахунок:</strong> кожна людина в Німеччині має право на базовий рахунок (${g('Basiskonto')}).</li><li><strong>Вивчати німецьку:</strong> Федеральне відомство з питань міграції та біженців (BAMF) пропонує інтеграційні курси (${g('Integrationskurse')}).</li><li><strong>Діти:</strong> відвідувати школу обов’язково. З першого дня народження кожна дитина має право на місце в дитячому садку (${g('Kita')}) або в денної няні.</li></ol>
<h2>Завжди майте при собі</h2>
<ul><li>паспорт або інший документ, що посвідчує особу</li><li>документ про перебування від відомства у справах іноземців</li></ul>
<p>Зберігайте всі листи від установ. Вони вам ще не раз знадобляться.</p>
<h2>У надзвичайній ситуації</h2>
<ul><li>Пожежна служба та швидка допомога: 112</li><li>Поліція: 110</li><li>Чергова лікарська служба (вночі та у вихідні): 116 117</li></ul>
<h2>Порада</h2>
<p>Консультація для мігрантів (${g('Migrationsberatung')}) безкоштовно відповідає на багато запитань. Адреси та години роботи ви знайдете на сторінці <a href="/uk/m/meppen/places">Місця в Меппені</a>.</p>`,
    },
    ru: {
      title: 'Прибытие в Меппен: первые шаги',
      body: `<p>Добро пожаловать в Меппен! Меппен — город в районе Эмсланд (${g('Landkreis Emsland')}). На этой странице описано, что нужно сделать в первые недели. Следующие страницы объясняют каждый шаг подробнее.</p>
<h2>Самые важные шаги</h2>
<ol><li><strong>Зарегистрировать место жительства:</strong> в течение двух недель после въезда в квартиру, в бюро обслуживания граждан (${g('Bürgerbüro')}) города Меппен.</li><li><strong>Урегулировать пребывание:</strong> за ваше разрешение на пребывание (${g('Aufenthaltstitel')}) отвечает ведомство по делам иностранцев (${g('Ausländerbehörde')}) района Эмсланд.</li><li><strong>Медицинская страховка:</strong> к врачу вы идёте с электронной медицинской картой (${g('elektronische Gesundheitskarte')}, eGK).</li><li><strong>Открыть банковский счёт:</strong> каждый человек в Германии имеет право на базовый счёт (${g('Basiskonto')}).</li><li><strong>Учить немецкий:</strong> Федеральное ведомство по делам миграции и беженцев (BAMF) предлагает интеграционные курсы (${g('Integrationskurse')}).</li><li><strong>Дети:</strong> посещать школу обязательно. С первого дня рождения каждый ребёнок имеет право на место в детском саду (${g('Kita')}) или у дневной няни.</li></ol>
<h2>Всегда имейте при себе</h2>
<ul><li>паспорт или другой документ, удостоверяющий личность</li><li>документ о пребывании от ведомства по делам иностранцев</li></ul>
<p>Сохраняйте все письма от учреждений. Они вам ещё не раз понадобятся.</p>
<h2>В экстренной ситуации</h2>
<ul><li>Пожарные и скорая помощь: 112</li><li>Полиция: 110</li><li>Дежурная врачебная служба (ночью и в выходные): 116 117</li></ul>
<h2>Совет</h2>
<p>Консультация для мигрантов (${g('Migrationsberatung')}) бесплатно ответит на многие вопросы. Адреса и часы работы вы найдёте на странице <a href="/ru/m/meppen/places">Места в Меппене</a>.</p>`,
    },
    tr: {
      title: 'Meppen’e varış: ilk adımlar',
      body: `<p>Meppen’e hoş geldiniz! Meppen, Emsland ilçesinde (${g('Landkreis Emsland')}) bir şehirdir. Bu sayfa, ilk haftalarınızda neler yapmanız gerektiğini gösterir. Alttaki sayfalar her adımı daha ayrıntılı anlatır.</p>
<h2>En önemli adımlar</h2>
<ol><li><strong>Adres kaydı:</strong> Taşındıktan sonra iki hafta içinde, Meppen Belediyesi’nin vatandaşlık bürosunda (${g('Bürgerbüro')}).</li><li><strong>Oturum durumunu düzenlemek:</strong> Oturum belgenizden (${g('Aufenthaltstitel')}) Emsland ilçesinin yabancılar dairesi (${g('Ausländerbehörde')}) sorumludur.</li><li><strong>Sağlık sigortası:</strong> Doktora elektronik sağlık kartınızla (${g('elektronische Gesundheitskarte')}, eGK) gidersiniz.</li><li><strong>Banka hesabı açmak:</strong> Almanya’da herkesin temel hesap (${g('Basiskonto')}) açma hakkı vardır.</li><li><strong>Almanca öğrenmek:</strong> Federal Göç ve Mülteciler Dairesi (BAMF) uyum kursları (${g('Integrationskurse')}) sunar.</li><li><strong>Çocuklar:</strong> Okula gitmek zorunludur. Her çocuğun birinci yaş gününden itibaren bir kreşte (${g('Kita')}) ya da bir gündüz bakıcısının yanında yer hakkı vardır.</li></ol>
<h2>Her zaman yanınızda bulunsun</h2>
<ul><li>pasaportunuz ya da başka bir kimlik belgesi</li><li>yabancılar dairesinden aldığınız oturum belgesi</li></ul>
<p>Resmî kurumlardan gelen bütün mektupları saklayın. Onlara sık sık yeniden ihtiyacınız olacak.</p>
<h2>Acil durumda</h2>
<ul><li>İtfaiye ve ambulans: 112</li><li>Polis: 110</li><li>Nöbetçi doktor hizmeti (geceleri ve hafta sonları): 116 117</li></ul>
<h2>İpucu</h2>
<p>Göçmen danışmanlığı (${g('Migrationsberatung')}) birçok soruyu ücretsiz yanıtlar. Adresleri ve çalışma saatlerini <a href="/tr/m/meppen/places">Meppen’deki yerler</a> sayfasında bulabilirsiniz.</p>`,
    },
  },
};

const anmeldung: GuidePageSeed = {
  slug: 'anmeldung',
  topic: 'authorities',
  parent: 'ankommen',
  position: 20,
  lastCheckedOn: '2026-10-20',
  de: {
    title: 'Wohnsitz anmelden im Bürgerbüro',
    body: `<p>Wenn Sie in eine Wohnung einziehen, müssen Sie sich anmelden. Das steht im Bundesmeldegesetz. Sie haben dafür zwei Wochen Zeit. Das gilt auch, wenn Sie innerhalb von Meppen umziehen, zum Beispiel aus einer Gemeinschaftsunterkunft in eine eigene Wohnung.</p>
<h2>Wo?</h2>
<p>Im Bürgerbüro der Stadt Meppen. Ob Sie vorher einen Termin brauchen und wann das Bürgerbüro geöffnet ist, steht auf <a href="https://www.meppen.de">www.meppen.de</a>.</p>
<h2>Was bringen Sie mit?</h2>
<ul><li>einen Pass oder ein anderes Ausweisdokument für jede Person, die Sie anmelden</li><li>die Wohnungsgeberbestätigung: Darin bestätigt Ihr Vermieter, dass Sie eingezogen sind. Er muss sie Ihnen geben.</li><li>für Kinder die Geburtsurkunde, für Ehepaare die Heiratsurkunde, wenn Sie diese haben</li></ul>
<h2>Was kostet das?</h2>
<p>Die Anmeldung ist kostenlos.</p>
<h2>Was bekommen Sie?</h2>
<p>Sie bekommen eine Meldebestätigung. Sie brauchen sie oft, zum Beispiel für das Bankkonto, beim Jobcenter oder für das Kindergeld. Nach der ersten Anmeldung in Deutschland schickt Ihnen das Bundeszentralamt für Steuern Ihre Steuer-Identifikationsnummer per Post.</p>
<h2>Tipp</h2>
<p>Prüfen Sie die Meldebestätigung gleich im Bürgerbüro: Sind alle Namen und Geburtsdaten richtig geschrieben? Wenn Sie noch nicht gut Deutsch sprechen, bringen Sie jemanden mit, der übersetzt.</p>`,
  },
  translations: {
    en: {
      title: 'Registering your address at the citizens’ office',
      body: `<p>When you move into a flat, you must register your address (${g('Anmeldung')}). This is required by the Federal Registration Act (${g('Bundesmeldegesetz')}). You have two weeks to do it. This also applies when you move within Meppen, for example from shared accommodation into a flat of your own.</p>
<h2>Where?</h2>
<p>At the citizens’ office (${g('Bürgerbüro')}) of the town of Meppen. Whether you need an appointment, and when the office is open, is on <a href="https://www.meppen.de">www.meppen.de</a>.</p>
<h2>What to bring</h2>
<ul><li>a passport or another identity document for every person you register</li><li>the landlord’s confirmation (${g('Wohnungsgeberbestätigung')}): in it, your landlord confirms that you have moved in. The landlord must give it to you.</li><li>for children their birth certificate, for married couples the marriage certificate, if you have them</li></ul>
<h2>What does it cost?</h2>
<p>Registration is free of charge.</p>
<h2>What you receive</h2>
<p>You receive a registration certificate (${g('Meldebestätigung')}). You will often need it, for example for a bank account, at the Jobcenter or for child benefit (${g('Kindergeld')}). After your first registration in Germany, the Federal Central Tax Office sends you your tax identification number (${g('Steuer-Identifikationsnummer')}) by post.</p>
<h2>Tip</h2>
<p>Check the registration certificate while you are still at the office: are all names and dates of birth spelled correctly? If your German is not yet good, bring someone who can translate for you.</p>`,
    },
    ar: {
      title: 'تسجيل السكن في مكتب خدمة المواطنين',
      body: `<p>عندما تنتقل إلى مسكن، يجب عليك تسجيل عنوانك (${g('Anmeldung')}). هذا ما ينص عليه القانون الاتحادي للتسجيل (${g('Bundesmeldegesetz')}). لديك أسبوعان للقيام بذلك. ويسري هذا أيضاً عندما تنتقل داخل ميبن، مثلاً من سكن جماعي إلى شقة خاصة بك.</p>
<h2>أين؟</h2>
<p>في مكتب خدمة المواطنين (${g('Bürgerbüro')}) التابع لمدينة ميبن. تجد على <a href="https://www.meppen.de">www.meppen.de</a> ما إذا كنت تحتاج إلى موعد مسبق ومتى يفتح المكتب.</p>
<h2>ماذا تحضر معك؟</h2>
<ul><li>جواز سفر أو وثيقة هوية أخرى لكل شخص تسجّله</li><li>تأكيد المؤجِّر (${g('Wohnungsgeberbestätigung')}): يؤكد فيه المؤجِّر أنك انتقلت إلى المسكن، وهو ملزم بإعطائك إياه.</li><li>شهادة الميلاد للأطفال، وعقد الزواج للمتزوجين، إن كانت لديك</li></ul>
<h2>كم يكلّف ذلك؟</h2>
<p>التسجيل مجاني.</p>
<h2>ماذا تحصل عليه؟</h2>
<p>تحصل على شهادة تسجيل (${g('Meldebestätigung')}). ستحتاج إليها كثيراً، مثلاً لفتح حساب مصرفي أو في مركز العمل (${g('Jobcenter')}) أو للحصول على إعانة الأطفال (${g('Kindergeld')}). بعد أول تسجيل لك في ألمانيا يرسل إليك المكتب الاتحادي المركزي للضرائب رقم التعريف الضريبي (${g('Steuer-Identifikationsnummer')}) بالبريد.</p>
<h2>نصيحة</h2>
<p>راجع شهادة التسجيل وأنت ما زلت في المكتب: هل كُتبت جميع الأسماء وتواريخ الميلاد بشكل صحيح؟ إذا كانت لغتك الألمانية ليست جيدة بعد، فاصطحب معك شخصاً يترجم لك.</p>`,
    },
    fa: {
      title: 'ثبت نشانی سکونت در دفتر خدمات شهروندی',
      body: `<p>وقتی به یک خانه نقل مکان می‌کنید، باید نشانی خود را ثبت کنید (${g('Anmeldung')}). این را قانون فدرال ثبت سکونت (${g('Bundesmeldegesetz')}) تعیین کرده است. برای این کار دو هفته وقت دارید. این قاعده وقتی در داخل مپن جابه‌جا می‌شوید هم صدق می‌کند، مثلاً وقتی از اقامتگاه جمعی به خانه خودتان می‌روید.</p>
<h2>کجا؟</h2>
<p>در دفتر خدمات شهروندی (${g('Bürgerbüro')}) شهر مپن. اینکه آیا از قبل نوبت لازم دارید و دفتر چه ساعت‌هایی باز است، در <a href="https://www.meppen.de">www.meppen.de</a> آمده است.</p>
<h2>چه چیزهایی همراه بیاورید؟</h2>
<ul><li>گذرنامه یا مدرک شناسایی دیگر برای هر نفری که ثبت می‌کنید</li><li>تأییدیه صاحبخانه (${g('Wohnungsgeberbestätigung')}): صاحبخانه در آن تأیید می‌کند که شما به خانه نقل مکان کرده‌اید. او موظف است آن را به شما بدهد.</li><li>برای کودکان گواهی تولد و برای زوج‌ها سند ازدواج، اگر آن‌ها را دارید</li></ul>
<h2>هزینه آن چقدر است؟</h2>
<p>ثبت نشانی رایگان است.</p>
<h2>چه چیزی دریافت می‌کنید؟</h2>
<p>یک گواهی ثبت سکونت (${g('Meldebestätigung')}) می‌گیرید. اغلب به آن نیاز دارید، مثلاً برای حساب بانکی، در اداره کار (${g('Jobcenter')}) یا برای کمک‌هزینه فرزند (${g('Kindergeld')}). پس از نخستین ثبت نشانی در آلمان، اداره مرکزی فدرال مالیات شماره شناسایی مالیاتی (${g('Steuer-Identifikationsnummer')}) را با پست برایتان می‌فرستد.</p>
<h2>نکته</h2>
<p>گواهی ثبت سکونت را همان‌جا در دفتر بررسی کنید: آیا همه نام‌ها و تاریخ‌های تولد درست نوشته شده‌اند؟ اگر هنوز آلمانی را خوب صحبت نمی‌کنید، کسی را همراه بیاورید که برایتان ترجمه کند.</p>`,
    },
    uk: {
      title: 'Реєстрація місця проживання в бюро обслуговування громадян',
      body: `<p>Коли ви вселяєтеся в житло, ви повинні зареєструвати свою адресу (${g('Anmeldung')}). Цього вимагає Федеральний закон про реєстрацію (${g('Bundesmeldegesetz')}). На це у вас є два тижні. Це стосується й переїзду в межах Меппена, наприклад зі спільного житла у власну квартиру.</p>
<h2>Де?</h2>
<p>У бюро обслуговування громадян (${g('Bürgerbüro')}) міста Меппен. Чи потрібен попередній запис і коли бюро працює, дивіться на <a href="https://www.meppen.de">www.meppen.de</a>.</p>
<h2>Що взяти з собою?</h2>
<ul><li>паспорт або інший документ, що посвідчує особу, для кожної людини, яку ви реєструєте</li><li>підтвердження від орендодавця (${g('Wohnungsgeberbestätigung')}): у ньому орендодавець підтверджує, що ви вселилися. Він зобов’язаний видати його вам.</li><li>для дітей — свідоцтво про народження, для подружжя — свідоцтво про шлюб, якщо вони у вас є</li></ul>
<h2>Скільки це коштує?</h2>
<p>Реєстрація безкоштовна.</p>
<h2>Що ви отримаєте?</h2>
<p>Ви отримаєте довідку про реєстрацію (${g('Meldebestätigung')}). Вона часто знадобиться, наприклад для банківського рахунку, у центрі зайнятості (${g('Jobcenter')}) або для допомоги на дітей (${g('Kindergeld')}). Після першої реєстрації в Німеччині Федеральне центральне податкове відомство надішле вам поштою податковий ідентифікаційний номер (${g('Steuer-Identifikationsnummer')}).</p>
<h2>Порада</h2>
<p>Перевірте довідку ще в бюро: чи правильно написані всі імена та дати народження? Якщо ви ще погано говорите німецькою, візьміть із собою когось, хто перекладатиме.</p>`,
    },
    ru: {
      title: 'Регистрация места жительства в бюро обслуживания граждан',
      body: `<p>Когда вы въезжаете в жильё, вы должны зарегистрировать свой адрес (${g('Anmeldung')}). Этого требует Федеральный закон о регистрации (${g('Bundesmeldegesetz')}). На это у вас есть две недели. Это относится и к переезду внутри Меппена, например из общежития в собственную квартиру.</p>
<h2>Где?</h2>
<p>В бюро обслуживания граждан (${g('Bürgerbüro')}) города Меппен. Нужна ли предварительная запись и когда бюро открыто, указано на <a href="https://www.meppen.de">www.meppen.de</a>.</p>
<h2>Что взять с собой?</h2>
<ul><li>паспорт или другой документ, удостоверяющий личность, для каждого человека, которого вы регистрируете</li><li>подтверждение от арендодателя (${g('Wohnungsgeberbestätigung')}): в нём арендодатель подтверждает, что вы въехали. Он обязан выдать его вам.</li><li>для детей — свидетельство о рождении, для супругов — свидетельство о браке, если они у вас есть</li></ul>
<h2>Сколько это стоит?</h2>
<p>Регистрация бесплатная.</p>
<h2>Что вы получите?</h2>
<p>Вы получите справку о регистрации (${g('Meldebestätigung')}). Она часто нужна, например для банковского счёта, в центре занятости (${g('Jobcenter')}) или для пособия на детей (${g('Kindergeld')}). После первой регистрации в Германии Федеральное центральное налоговое ведомство пришлёт вам по почте налоговый идентификационный номер (${g('Steuer-Identifikationsnummer')}).</p>
<h2>Совет</h2>
<p>Проверьте справку ещё в бюро: правильно ли написаны все имена и даты рождения? Если вы пока плохо говорите по-немецки, возьмите с собой человека, который будет переводить.</p>`,
    },
    tr: {
      title: 'Vatandaşlık bürosunda adres kaydı',
      body: `<p>Bir konuta taşındığınızda adresinizi kaydettirmeniz (${g('Anmeldung')}) gerekir. Bu, Federal Nüfus Kayıt Kanunu’nda (${g('Bundesmeldegesetz')}) yazar. Bunun için iki haftanız vardır. Meppen içinde taşındığınızda da, örneğin toplu barınma yerinden kendi dairenize geçtiğinizde, bu kural geçerlidir.</p>
<h2>Nerede?</h2>
<p>Meppen Belediyesi’nin vatandaşlık bürosunda (${g('Bürgerbüro')}). Önceden randevu almanız gerekip gerekmediğini ve büronun ne zaman açık olduğunu <a href="https://www.meppen.de">www.meppen.de</a> adresinde bulabilirsiniz.</p>
<h2>Yanınıza ne almalısınız?</h2>
<ul><li>kaydettirdiğiniz her kişi için pasaport ya da başka bir kimlik belgesi</li><li>ev sahibi onayı (${g('Wohnungsgeberbestätigung')}): Ev sahibiniz bu belgede taşındığınızı onaylar. Bu belgeyi size vermek zorundadır.</li><li>varsa çocuklar için doğum belgesi, evli çiftler için evlilik cüzdanı</li></ul>
<h2>Ücreti ne kadar?</h2>
<p>Adres kaydı ücretsizdir.</p>
<h2>Ne alırsınız?</h2>
<p>Bir kayıt belgesi (${g('Meldebestätigung')}) alırsınız. Bu belgeye sık sık ihtiyacınız olur, örneğin banka hesabı için, iş merkezinde (${g('Jobcenter')}) ya da çocuk parası (${g('Kindergeld')}) için. Almanya’daki ilk kaydınızdan sonra Federal Merkezi Vergi Dairesi vergi kimlik numaranızı (${g('Steuer-Identifikationsnummer')}) posta ile gönderir.</p>
<h2>İpucu</h2>
<p>Kayıt belgesini daha bürodayken kontrol edin: Bütün isimler ve doğum tarihleri doğru yazılmış mı? Henüz iyi Almanca konuşamıyorsanız, size tercüme edecek birini yanınızda getirin.</p>`,
    },
  },
};

const aufenthalt: GuidePageSeed = {
  slug: 'aufenthalt',
  topic: 'authorities',
  parent: 'ankommen',
  position: 30,
  lastCheckedOn: '2026-10-27',
  de: {
    title: 'Aufenthaltserlaubnis und Ausländerbehörde',
    body: `<p>Wer nicht aus einem Land der Europäischen Union kommt, braucht für den Aufenthalt in Deutschland einen Aufenthaltstitel. Für Menschen, die in Meppen wohnen, ist die Ausländerbehörde des Landkreises Emsland zuständig.</p>
<h2>Welche Papiere gibt es?</h2>
<ul><li><strong>Aufenthaltserlaubnis:</strong> ein Aufenthaltstitel für eine bestimmte Zeit, zum Beispiel für anerkannte Flüchtlinge oder für Menschen aus der Ukraine mit vorübergehendem Schutz.</li><li><strong>Elektronischer Aufenthaltstitel (eAT):</strong> So heißt die Karte im Format einer Bankkarte. Auf der Karte oder einem Zusatzblatt steht, bis wann sie gilt und ob Sie arbeiten dürfen.</li><li><strong>Aufenthaltsgestattung:</strong> Diese Bescheinigung bekommen Sie, solange Ihr Asylverfahren läuft. Sie ist kein Aufenthaltstitel.</li><li><strong>Duldung:</strong> Ihre Abschiebung ist ausgesetzt. Auch die Duldung ist kein Aufenthaltstitel.</li></ul>
<h2>Rechtzeitig verlängern</h2>
<p>Achten Sie auf das Datum auf Ihrer Karte. Beantragen Sie die Verlängerung, bevor die Karte abläuft, am besten einige Wochen vorher. Wenn Sie den Antrag rechtzeitig stellen, bekommen Sie bis zur Entscheidung eine Fiktionsbescheinigung. Sie zeigt, dass Ihr Aufenthalt weiter erlaubt ist.</p>
<h2>Was bringen Sie mit?</h2>
<ul><li>Ihren Pass oder Passersatz</li><li>Ihre bisherige Karte oder Bescheinigung</li><li>ein aktuelles biometrisches Passfoto</li><li>Ihre Meldebestätigung</li><li>je nach Fall Nachweise über Arbeit, Einkommen oder Wohnung</li></ul>
<h2>Wo und wann?</h2>
<p>Die Adresse und Ihren Termin finden Sie im Brief der Ausländerbehörde. Allgemeine Informationen stehen auf <a href="https://www.emsland.de">www.emsland.de</a>. Die Gebühren hängen von Ihrem Fall ab; in manchen Fällen zahlen Sie nichts. Fragen Sie die Ausländerbehörde.</p>
<h2>Tipp</h2>
<p>Machen Sie von jeder Karte und jedem Brief eine Kopie oder ein Foto. Die Migrationsberatung hilft Ihnen kostenlos bei Anträgen.</p>`,
  },
  translations: {
    en: {
      title: 'Residence permit and the immigration office',
      body: `<p>If you do not come from a country of the European Union, you need a residence title (${g('Aufenthaltstitel')}) to stay in Germany. For people who live in Meppen, the immigration office (${g('Ausländerbehörde')}) of the Landkreis Emsland is responsible.</p>
<h2>Which documents are there?</h2>
<ul><li><strong>Residence permit (${g('Aufenthaltserlaubnis')}):</strong> a residence title for a limited time, for example for recognised refugees or for people from Ukraine with temporary protection.</li><li><strong>Electronic residence title (${g('elektronischer Aufenthaltstitel')}, eAT):</strong> this is the card in the size of a bank card. The card or an extra sheet shows until when it is valid and whether you may work.</li><li><strong>Permission to stay during the asylum procedure (${g('Aufenthaltsgestattung')}):</strong> you receive this document while your asylum procedure is running. It is not a residence title.</li><li><strong>Toleration (${g('Duldung')}):</strong> your deportation is suspended. A Duldung is not a residence title either.</li></ul>
<h2>Extend it in good time</h2>
<p>Keep an eye on the date on your card. Apply for an extension before the card expires, ideally a few weeks before. If you apply in time, you receive a certificate (${g('Fiktionsbescheinigung')}) that is valid until the decision. It shows that your stay is still lawful.</p>
<h2>What to bring</h2>
<ul><li>your passport or substitute passport</li><li>your current card or certificate</li><li>a recent biometric passport photo</li><li>your registration certificate (${g('Meldebestätigung')})</li><li>depending on your case, proof of work, income or housing</li></ul>
<h2>Where and when?</h2>
<p>The address and your appointment are in the letter from the Ausländerbehörde. General information is on <a href="https://www.emsland.de">www.emsland.de</a>. Fees depend on your case; in some cases you pay nothing. Ask the Ausländerbehörde.</p>
<h2>Tip</h2>
<p>Make a copy or take a photo of every card and every letter. Migration counselling (${g('Migrationsberatung')}) helps you with applications free of charge.</p>`,
    },
    ar: {
      title: 'تصريح الإقامة ودائرة الأجانب',
      body: `<p>إذا لم تكن قادماً من بلد من بلدان الاتحاد الأوروبي، فأنت بحاجة إلى سند إقامة (${g('Aufenthaltstitel')}) للبقاء في ألمانيا. دائرة الأجانب (${g('Ausländerbehörde')}) التابعة لمنطقة إمسلاند هي المسؤولة عن الأشخاص الذين يسكنون في ميبن.</p>
<h2>ما أنواع الوثائق؟</h2>
<ul><li><strong>تصريح الإقامة (${g('Aufenthaltserlaubnis')}):</strong> سند إقامة لمدة محددة، مثلاً للاجئين المعترف بهم أو للقادمين من أوكرانيا الذين يتمتعون بالحماية المؤقتة.</li><li><strong>سند الإقامة الإلكتروني (${g('elektronischer Aufenthaltstitel')}، eAT):</strong> هو البطاقة التي بحجم البطاقة المصرفية. يُذكر على البطاقة أو على ورقة إضافية تاريخ انتهاء صلاحيتها وما إذا كان يُسمح لك بالعمل.</li><li><strong>إذن البقاء أثناء إجراءات اللجوء (${g('Aufenthaltsgestattung')}):</strong> تحصل على هذه الوثيقة ما دامت إجراءات لجوئك جارية. وهي ليست سند إقامة.</li><li><strong>وقف الترحيل (${g('Duldung')}):</strong> يعني أن ترحيلك مُعلَّق. وهذه الوثيقة أيضاً ليست سند إقامة.</li></ul>
<h2>جدّد في الوقت المناسب</h2>
<p>انتبه إلى التاريخ المكتوب على بطاقتك. قدّم طلب التجديد قبل انتهاء صلاحية البطاقة، ويُفضَّل قبل ذلك ببضعة أسابيع. إذا قدّمت الطلب في الوقت المناسب، تحصل حتى صدور القرار على شهادة (${g('Fiktionsbescheinigung')}) تثبت أن إقامتك ما زالت مسموحة.</p>
<h2>ماذا تحضر معك؟</h2>
<ul><li>جواز سفرك أو وثيقة بديلة عنه</li><li>بطاقتك أو شهادتك الحالية</li><li>صورة شخصية بيومترية حديثة</li><li>شهادة التسجيل (${g('Meldebestätigung')})</li><li>حسب حالتك: إثباتات عن العمل أو الدخل أو السكن</li></ul>
<h2>أين ومتى؟</h2>
<p>تجد العنوان وموعدك في رسالة دائرة الأجانب. وتجد معلومات عامة على <a href="https://www.emsland.de">www.emsland.de</a>. تختلف الرسوم حسب حالتك، وفي بعض الحالات لا تدفع شيئاً. اسأل دائرة الأجانب.</p>
<h2>نصيحة</h2>
<p>احتفظ بنسخة أو صورة من كل بطاقة وكل رسالة. يساعدك الإرشاد الخاص بالمهاجرين (${g('Migrationsberatung')}) مجاناً في تقديم الطلبات.</p>`,
    },
    fa: {
      title: 'اجازه اقامت و اداره امور اتباع خارجی',
      body: `<p>اگر از یکی از کشورهای اتحادیه اروپا نمی‌آیید، برای ماندن در آلمان به مجوز اقامت (${g('Aufenthaltstitel')}) نیاز دارید. برای کسانی که در مپن زندگی می‌کنند، اداره امور اتباع خارجی (${g('Ausländerbehörde')}) شهرستان امسلند مسئول است.</p>
<h2>چه مدارکی وجود دارد؟</h2>
<ul><li><strong>اجازه اقامت (${g('Aufenthaltserlaubnis')}):</strong> مجوز اقامت برای مدتی مشخص، مثلاً برای پناهندگان شناخته‌شده یا برای کسانی از اوکراین که حمایت موقت دارند.</li><li><strong>کارت الکترونیکی اقامت (${g('elektronischer Aufenthaltstitel')}، eAT):</strong> کارتی به اندازه کارت بانکی است. روی کارت یا روی یک برگه ضمیمه نوشته شده که تا چه تاریخی اعتبار دارد و آیا اجازه کار دارید.</li><li><strong>اجازه ماندن در دوران رسیدگی به پناهندگی (${g('Aufenthaltsgestattung')}):</strong> این گواهی را تا زمانی که پرونده پناهندگی شما در جریان است دریافت می‌کنید. این مدرک مجوز اقامت نیست.</li><li><strong>تعلیق اخراج (${g('Duldung')}):</strong> اخراج شما به حالت تعلیق درآمده است. این مدرک هم مجوز اقامت نیست.</li></ul>
<h2>به‌موقع تمدید کنید</h2>
<p>به تاریخ روی کارت خود توجه کنید. درخواست تمدید را پیش از پایان اعتبار کارت بدهید، بهتر است چند هفته زودتر. اگر درخواست را به‌موقع بدهید، تا زمان تصمیم‌گیری یک گواهی (${g('Fiktionsbescheinigung')}) دریافت می‌کنید که نشان می‌دهد اقامت شما همچنان مجاز است.</p>
<h2>چه چیزهایی همراه بیاورید؟</h2>
<ul><li>گذرنامه یا مدرک جایگزین گذرنامه</li><li>کارت یا گواهی فعلی خود</li><li>یک عکس بیومتریک جدید</li><li>گواهی ثبت سکونت (${g('Meldebestätigung')})</li><li>بسته به وضعیت شما: مدارکی درباره کار، درآمد یا محل سکونت</li></ul>
<h2>کجا و چه زمانی؟</h2>
<p>نشانی و وقت ملاقات را در نامه اداره امور اتباع خارجی می‌یابید. اطلاعات عمومی در <a href="https://www.emsland.de">www.emsland.de</a> آمده است. هزینه‌ها به وضعیت شما بستگی دارد؛ در برخی موارد چیزی نمی‌پردازید. از اداره امور اتباع خارجی بپرسید.</p>
<h2>نکته</h2>
<p>از هر کارت و هر نامه یک کپی یا عکس تهیه کنید. مشاوره مهاجرت (${g('Migrationsberatung')}) به‌طور رایگان در درخواست‌ها به شما کمک می‌کند.</p>`,
    },
    uk: {
      title: 'Дозвіл на перебування та відомство у справах іноземців',
      body: `<p>Якщо ви приїхали не з країни Європейського Союзу, для перебування в Німеччині вам потрібен дозвіл на перебування (${g('Aufenthaltstitel')}). Для людей, які живуть у Меппені, відповідальним є відомство у справах іноземців (${g('Ausländerbehörde')}) району Емсланд.</p>
<h2>Які бувають документи?</h2>
<ul><li><strong>Посвідка на перебування (${g('Aufenthaltserlaubnis')}):</strong> дозвіл на перебування на певний строк, наприклад для визнаних біженців або для людей з України з тимчасовим захистом.</li><li><strong>Електронний дозвіл на перебування (${g('elektronischer Aufenthaltstitel')}, eAT):</strong> це картка розміром з банківську. На картці або на додатковому аркуші зазначено, до якої дати вона дійсна і чи можна вам працювати.</li><li><strong>Дозвіл на перебування на час процедури надання притулку (${g('Aufenthaltsgestattung')}):</strong> цей документ ви отримуєте, поки триває ваша процедура надання притулку. Він не є дозволом на перебування.</li><li><strong>Толерування (${g('Duldung')}):</strong> вашу депортацію призупинено. Цей документ також не є дозволом на перебування.</li></ul>
<h2>Продовжуйте вчасно</h2>
<p>Стежте за датою на своїй картці. Подайте заяву на продовження до закінчення строку дії картки, краще за кілька тижнів. Якщо ви подали заяву вчасно, до ухвалення рішення ви отримаєте довідку (${g('Fiktionsbescheinigung')}). Вона підтверджує, що ваше перебування й надалі дозволене.</p>
<h2>Що взяти з собою?</h2>
<ul><li>паспорт або документ, що його замінює</li><li>вашу теперішню картку або довідку</li><li>актуальне біометричне фото на паспорт</li><li>довідку про реєстрацію (${g('Meldebestätigung')})</li><li>залежно від ситуації — підтвердження роботи, доходу або житла</li></ul>
<h2>Де і коли?</h2>
<p>Адресу та дату прийому ви знайдете в листі від відомства у справах іноземців. Загальна інформація є на <a href="https://www.emsland.de">www.emsland.de</a>. Розмір зборів залежить від вашої ситуації; у деяких випадках ви нічого не платите. Запитайте у відомстві.</p>
<h2>Порада</h2>
<p>Зробіть копію або фото кожної картки й кожного листа. Консультація для мігрантів (${g('Migrationsberatung')}) безкоштовно допомагає із заявами.</p>`,
    },
    ru: {
      title: 'Разрешение на пребывание и ведомство по делам иностранцев',
      body: `<p>Если вы приехали не из страны Европейского союза, для пребывания в Германии вам нужен документ, дающий право на пребывание (${g('Aufenthaltstitel')}). Для жителей Меппена за это отвечает ведомство по делам иностранцев (${g('Ausländerbehörde')}) района Эмсланд.</p>
<h2>Какие бывают документы?</h2>
<ul><li><strong>Вид на жительство (${g('Aufenthaltserlaubnis')}):</strong> разрешение на пребывание на определённый срок, например для признанных беженцев или для людей из Украины с временной защитой.</li><li><strong>Электронное разрешение на пребывание (${g('elektronischer Aufenthaltstitel')}, eAT):</strong> это карта размером с банковскую. На карте или на дополнительном листе указано, до какого числа она действительна и разрешено ли вам работать.</li><li><strong>Разрешение на время процедуры предоставления убежища (${g('Aufenthaltsgestattung')}):</strong> этот документ вы получаете, пока идёт ваша процедура. Он не является разрешением на пребывание.</li><li><strong>Отсрочка депортации (${g('Duldung')}):</strong> ваша депортация приостановлена. Этот документ тоже не является разрешением на пребывание.</li></ul>
<h2>Продлевайте вовремя</h2>
<p>Следите за датой на своей карте. Подайте заявление на продление до окончания срока действия, лучше за несколько недель. Если вы подали заявление вовремя, до решения вы получите справку (${g('Fiktionsbescheinigung')}). Она подтверждает, что ваше пребывание по-прежнему разрешено.</p>
<h2>Что взять с собой?</h2>
<ul><li>паспорт или документ, заменяющий паспорт</li><li>вашу нынешнюю карту или справку</li><li>актуальное биометрическое фото на паспорт</li><li>справку о регистрации (${g('Meldebestätigung')})</li><li>в зависимости от ситуации — подтверждения работы, дохода или жилья</li></ul>
<h2>Где и когда?</h2>
<p>Адрес и дату приёма вы найдёте в письме от ведомства по делам иностранцев. Общая информация есть на <a href="https://www.emsland.de">www.emsland.de</a>. Размер сборов зависит от вашей ситуации; в некоторых случаях вы ничего не платите. Спросите в ведомстве.</p>
<h2>Совет</h2>
<p>Сделайте копию или фото каждой карты и каждого письма. Консультация для мигрантов (${g('Migrationsberatung')}) бесплатно помогает с заявлениями.</p>`,
    },
    tr: {
      title: 'Oturum izni ve yabancılar dairesi',
      body: `<p>Avrupa Birliği ülkelerinden birinden gelmiyorsanız, Almanya’da kalmak için bir oturum belgesine (${g('Aufenthaltstitel')}) ihtiyacınız vardır. Meppen’de yaşayanlar için Emsland ilçesinin yabancılar dairesi (${g('Ausländerbehörde')}) yetkilidir.</p>
<h2>Hangi belgeler var?</h2>
<ul><li><strong>Oturum izni (${g('Aufenthaltserlaubnis')}):</strong> Belirli bir süre için verilen oturum belgesidir; örneğin tanınmış mülteciler ya da geçici koruma altındaki Ukraynalılar için.</li><li><strong>Elektronik oturum belgesi (${g('elektronischer Aufenthaltstitel')}, eAT):</strong> Banka kartı boyutundaki karttır. Kartın üzerinde ya da ek bir sayfada ne zamana kadar geçerli olduğu ve çalışıp çalışamayacağınız yazar.</li><li><strong>İltica süreci boyunca kalma izni (${g('Aufenthaltsgestattung')}):</strong> Bu belgeyi iltica başvurunuz sürerken alırsınız. Oturum belgesi değildir.</li><li><strong>Hoşgörü belgesi (${g('Duldung')}):</strong> Sınır dışı edilmeniz ertelenmiştir. Bu da bir oturum belgesi değildir.</li></ul>
<h2>Zamanında uzatın</h2>
<p>Kartınızdaki tarihe dikkat edin. Uzatma başvurusunu kartın süresi dolmadan, en iyisi birkaç hafta önceden yapın. Başvurunuzu zamanında yaparsanız, karar verilene kadar bir belge (${g('Fiktionsbescheinigung')}) alırsınız. Bu belge, oturumunuzun hâlâ geçerli olduğunu gösterir.</p>
<h2>Yanınıza ne almalısınız?</h2>
<ul><li>pasaportunuz ya da pasaport yerine geçen belge</li><li>şu anki kartınız ya da belgeniz</li><li>yeni çekilmiş biyometrik vesikalık fotoğraf</li><li>kayıt belgeniz (${g('Meldebestätigung')})</li><li>durumunuza göre iş, gelir ya da konut belgeleri</li></ul>
<h2>Nerede ve ne zaman?</h2>
<p>Adresi ve randevunuzu yabancılar dairesinden gelen mektupta bulursunuz. Genel bilgiler <a href="https://www.emsland.de">www.emsland.de</a> adresindedir. Harçlar durumunuza göre değişir; bazı durumlarda hiçbir şey ödemezsiniz. Yabancılar dairesine sorun.</p>
<h2>İpucu</h2>
<p>Her kartın ve her mektubun bir kopyasını alın ya da fotoğrafını çekin. Göçmen danışmanlığı (${g('Migrationsberatung')}) başvurularda size ücretsiz yardım eder.</p>`,
    },
  },
};

const wohnen: GuidePageSeed = {
  slug: 'wohnen',
  topic: 'housing',
  position: 40,
  lastCheckedOn: '2026-11-03',
  de: {
    title: 'Wohnen in Meppen: eine eigene Wohnung finden',
    body: `<p>Eine eigene Wohnung ist ein wichtiger Schritt beim Ankommen. Diese Seite erklärt, wie Sie eine Wohnung suchen und worauf Sie beim Mietvertrag achten.</p>
<h2>Wohnungen suchen</h2>
<ul><li>Auf dieser Plattform finden Sie <a href="/de/m/meppen/flats">Wohnungen in Meppen</a>. Bei jeder Wohnung steht, ob sie zu Ihrem Haushalt passt und warum.</li><li>Mit dem <a href="/de/m/meppen/housing/check">Berechtigungs-Check</a> prüfen Sie in Ihrer Sprache, ob Sie einen Wohnberechtigungsschein (WBS) bekommen können. Für manche Wohnungen brauchen Sie ihn.</li><li>Fragen Sie auch Bekannte, Ihre Beratungsstelle und Ihren Arbeitgeber.</li></ul>
<h2>Wenn das Jobcenter die Miete zahlt</h2>
<p>Das Jobcenter zahlt nur eine Miete, die es als angemessen ansieht. Zeigen Sie dem Jobcenter das Wohnungsangebot, bevor Sie den Mietvertrag unterschreiben.</p>
<h2>Der Mietvertrag</h2>
<ul><li>Im Mietvertrag stehen die Kaltmiete, die Nebenkosten und die Kaution.</li><li>Die Kaution ist höchstens drei Monatsmieten ohne Nebenkosten. Sie dürfen sie in drei Raten zahlen.</li><li>Unterschreiben Sie erst, wenn Sie den Vertrag verstanden haben. Lassen Sie sich helfen.</li></ul>
<h2>Beim Einzug</h2>
<ul><li>Ihr Vermieter gibt Ihnen die Wohnungsgeberbestätigung. Damit melden Sie sich innerhalb von zwei Wochen im Bürgerbüro an.</li><li>Schreiben Sie Schäden in das Übergabeprotokoll und machen Sie Fotos.</li><li>Melden Sie Strom bei einem Anbieter an. Schließen Sie eine Haftpflichtversicherung ab: Sie ist keine Pflicht, aber sehr nützlich.</li></ul>
<h2>Tipp</h2>
<p>Niemand darf Sie bei der Wohnungssuche wegen Ihrer Herkunft benachteiligen. Das verbietet das Allgemeine Gleichbehandlungsgesetz (AGG). Wenn Ihnen das passiert, wenden Sie sich an eine Beratungsstelle.</p>`,
  },
  translations: {
    en: {
      title: 'Housing in Meppen: finding a flat of your own',
      body: `<p>A flat of your own is an important step in settling in. This page explains how to look for a flat and what to watch out for in the tenancy agreement (${g('Mietvertrag')}).</p>
<h2>Looking for a flat</h2>
<ul><li>On this platform you will find <a href="/en/m/meppen/flats">flats in Meppen</a>. Each flat shows whether it fits your household, and why.</li><li>With the <a href="/en/m/meppen/housing/check">eligibility check</a> you can find out in your language whether you can get a housing entitlement certificate (${g('Wohnberechtigungsschein')}, WBS). You need one for some flats.</li><li>Also ask people you know, your counselling service and your employer.</li></ul>
<h2>If the Jobcenter pays your rent</h2>
<p>The Jobcenter only pays a rent that it considers appropriate. Show the offer to the Jobcenter before you sign the tenancy agreement.</p>
<h2>The tenancy agreement</h2>
<ul><li>The agreement states the basic rent (${g('Kaltmiete')}), the service charges (${g('Nebenkosten')}) and the deposit (${g('Kaution')}).</li><li>The deposit is at most three months’ rent without service charges. You may pay it in three instalments.</li><li>Only sign when you have understood the agreement. Ask for help.</li></ul>
<h2>When you move in</h2>
<ul><li>Your landlord gives you the landlord’s confirmation (${g('Wohnungsgeberbestätigung')}). With it, you register at the citizens’ office (${g('Bürgerbüro')}) within two weeks.</li><li>Write any damage into the handover report (${g('Übergabeprotokoll')}) and take photos.</li><li>Sign up with an electricity supplier. Take out personal liability insurance (${g('Haftpflichtversicherung')}): it is not compulsory, but very useful.</li></ul>
<h2>Tip</h2>
<p>Nobody may treat you worse because of your origin when you look for a flat. The General Equal Treatment Act (${g('Allgemeines Gleichbehandlungsgesetz')}, AGG) forbids this. If it happens to you, contact a counselling service.</p>`,
    },
    ar: {
      title: 'السكن في ميبن: إيجاد شقة خاصة بك',
      body: `<p>الشقة الخاصة خطوة مهمة في الاستقرار. تشرح هذه الصفحة كيف تبحث عن شقة وما الذي تنتبه إليه في عقد الإيجار (${g('Mietvertrag')}).</p>
<h2>البحث عن شقة</h2>
<ul><li>تجد على هذه المنصة <a href="/ar/m/meppen/flats">شققاً في ميبن</a>. يُذكر عند كل شقة ما إذا كانت تناسب أسرتك، ولماذا.</li><li>بواسطة <a href="/ar/m/meppen/housing/check">فحص الأحقية</a> تعرف بلغتك ما إذا كان بإمكانك الحصول على شهادة أحقية السكن (${g('Wohnberechtigungsschein')}، WBS). تحتاج إليها لبعض الشقق.</li><li>اسأل أيضاً معارفك ومركز الإرشاد الذي تتعامل معه وصاحب العمل.</li></ul>
<h2>إذا كان مركز العمل يدفع الإيجار</h2>
<p>لا يدفع مركز العمل (${g('Jobcenter')}) إلا إيجاراً يعدّه مناسباً. اعرض عرض الشقة على مركز العمل قبل أن توقّع عقد الإيجار.</p>
<h2>عقد الإيجار</h2>
<ul><li>يُذكر في العقد الإيجار الأساسي (${g('Kaltmiete')}) والتكاليف الإضافية (${g('Nebenkosten')}) ومبلغ التأمين (${g('Kaution')}).</li><li>لا يزيد التأمين على إيجار ثلاثة أشهر من دون التكاليف الإضافية، ويحق لك دفعه على ثلاثة أقساط.</li><li>لا توقّع إلا بعد أن تفهم العقد. اطلب المساعدة.</li></ul>
<h2>عند الانتقال إلى الشقة</h2>
<ul><li>يعطيك المؤجِّر تأكيد المؤجِّر (${g('Wohnungsgeberbestätigung')}). وبه تسجّل سكنك في مكتب خدمة المواطنين (${g('Bürgerbüro')}) خلال أسبوعين.</li><li>دوّن أي أضرار في محضر التسليم (${g('Übergabeprotokoll')}) والتقط صوراً.</li><li>سجّل لدى شركة لتوريد الكهرباء. واشترك في تأمين المسؤولية المدنية (${g('Haftpflichtversicherung')})؛ فهو ليس إلزامياً لكنه مفيد جداً.</li></ul>
<h2>نصيحة</h2>
<p>لا يجوز لأحد أن يميّز ضدك في البحث عن سكن بسبب أصلك. يمنع ذلك القانون العام للمساواة في المعاملة (${g('Allgemeines Gleichbehandlungsgesetz')}، AGG). إذا حدث لك ذلك، فتوجّه إلى مركز إرشاد.</p>`,
    },
    fa: {
      title: 'سکونت در مپن: پیدا کردن خانه‌ای از آن خود',
      body: `<p>داشتن خانه‌ای از آن خود گام مهمی برای جا افتادن است. این صفحه توضیح می‌دهد چگونه خانه پیدا کنید و در قرارداد اجاره (${g('Mietvertrag')}) به چه چیزهایی توجه کنید.</p>
<h2>جست‌وجوی خانه</h2>
<ul><li>در این سامانه <a href="/fa/m/meppen/flats">خانه‌هایی در مپن</a> پیدا می‌کنید. کنار هر خانه نوشته شده که آیا برای خانوار شما مناسب است و چرا.</li><li>با <a href="/fa/m/meppen/housing/check">بررسی واجد شرایط بودن</a> به زبان خودتان می‌فهمید که آیا می‌توانید گواهی حق سکونت در مسکن اجتماعی (${g('Wohnberechtigungsschein')}، WBS) بگیرید. برای برخی خانه‌ها به آن نیاز دارید.</li><li>از آشنایان، مرکز مشاوره خود و کارفرمایتان هم بپرسید.</li></ul>
<h2>اگر اداره کار اجاره را می‌پردازد</h2>
<p>اداره کار (${g('Jobcenter')}) فقط اجاره‌ای را می‌پردازد که آن را مناسب بداند. پیش از امضای قرارداد اجاره، پیشنهاد خانه را به اداره کار نشان دهید.</p>
<h2>قرارداد اجاره</h2>
<ul><li>در قرارداد، اجاره پایه (${g('Kaltmiete')})، هزینه‌های جانبی (${g('Nebenkosten')}) و ودیعه (${g('Kaution')}) نوشته شده است.</li><li>ودیعه حداکثر برابر اجاره سه ماه بدون هزینه‌های جانبی است. می‌توانید آن را در سه قسط بپردازید.</li><li>فقط وقتی امضا کنید که قرارداد را فهمیده باشید. کمک بگیرید.</li></ul>
<h2>هنگام نقل مکان</h2>
<ul><li>صاحبخانه تأییدیه صاحبخانه (${g('Wohnungsgeberbestätigung')}) را به شما می‌دهد. با آن ظرف دو هفته در دفتر خدمات شهروندی (${g('Bürgerbüro')}) ثبت نشانی می‌کنید.</li><li>هر خرابی را در صورت‌جلسه تحویل (${g('Übergabeprotokoll')}) بنویسید و عکس بگیرید.</li><li>برق را نزد یک شرکت ثبت کنید. یک بیمه مسئولیت مدنی (${g('Haftpflichtversicherung')}) بگیرید؛ اجباری نیست، اما بسیار مفید است.</li></ul>
<h2>نکته</h2>
<p>هیچ‌کس حق ندارد در جست‌وجوی خانه به خاطر تبارتان با شما رفتار نابرابر داشته باشد. قانون عمومی برابری رفتار (${g('Allgemeines Gleichbehandlungsgesetz')}، AGG) این را ممنوع می‌کند. اگر چنین اتفاقی برایتان افتاد، به یک مرکز مشاوره مراجعه کنید.</p>`,
    },
    uk: {
      title: 'Житло в Меппені: як знайти власну квартиру',
      body: `<p>Власна квартира — важливий крок в облаштуванні на новому місці. На цій сторінці пояснюється, як шукати житло і на що звертати увагу в договорі оренди (${g('Mietvertrag')}).</p>
<h2>Пошук квартири</h2>
<ul><li>На цій платформі ви знайдете <a href="/uk/m/meppen/flats">квартири в Меппені</a>. Біля кожної квартири зазначено, чи підходить вона вашому домогосподарству і чому.</li><li>За допомогою <a href="/uk/m/meppen/housing/check">перевірки права</a> ви своєю мовою дізнаєтеся, чи можете отримати довідку про право на соціальне житло (${g('Wohnberechtigungsschein')}, WBS). Для деяких квартир вона потрібна.</li><li>Питайте також знайомих, свою консультаційну службу та роботодавця.</li></ul>
<h2>Якщо оренду оплачує центр зайнятості</h2>
<p>Центр зайнятості (${g('Jobcenter')}) оплачує лише ту оренду, яку вважає прийнятною. Покажіть пропозицію квартири в центрі зайнятості, перш ніж підписати договір оренди.</p>
<h2>Договір оренди</h2>
<ul><li>У договорі зазначено основну орендну плату (${g('Kaltmiete')}), додаткові витрати (${g('Nebenkosten')}) і заставу (${g('Kaution')}).</li><li>Застава становить не більше трьох місячних орендних плат без додаткових витрат. Ви можете сплатити її трьома частинами.</li><li>Підписуйте лише тоді, коли зрозуміли договір. Попросіть допомоги.</li></ul>
<h2>Під час вселення</h2>
<ul><li>Орендодавець видає вам підтвердження (${g('Wohnungsgeberbestätigung')}). З ним ви протягом двох тижнів реєструєтеся в бюро обслуговування громадян (${g('Bürgerbüro')}).</li><li>Запишіть усі пошкодження в акт передачі (${g('Übergabeprotokoll')}) і зробіть фото.</li><li>Укладіть договір з постачальником електроенергії. Оформіть страхування цивільної відповідальності (${g('Haftpflichtversicherung')}): воно не обов’язкове, але дуже корисне.</li></ul>
<h2>Порада</h2>
<p>Ніхто не має права ставитися до вас гірше під час пошуку житла через ваше походження. Це забороняє Загальний закон про рівне ставлення (${g('Allgemeines Gleichbehandlungsgesetz')}, AGG). Якщо з вами таке сталося, зверніться до консультаційної служби.</p>`,
    },
    ru: {
      title: 'Жильё в Меппене: как найти собственную квартиру',
      body: `<p>Собственная квартира — важный шаг в обустройстве на новом месте. На этой странице объясняется, как искать жильё и на что обращать внимание в договоре аренды (${g('Mietvertrag')}).</p>
<h2>Поиск квартиры</h2>
<ul><li>На этой платформе вы найдёте <a href="/ru/m/meppen/flats">квартиры в Меппене</a>. У каждой квартиры указано, подходит ли она вашему домохозяйству и почему.</li><li>С помощью <a href="/ru/m/meppen/housing/check">проверки права</a> вы на своём языке узнаете, можете ли вы получить справку о праве на социальное жильё (${g('Wohnberechtigungsschein')}, WBS). Для некоторых квартир она нужна.</li><li>Спрашивайте также знакомых, свою консультационную службу и работодателя.</li></ul>
<h2>Если аренду оплачивает центр занятости</h2>
<p>Центр занятости (${g('Jobcenter')}) оплачивает только такую аренду, которую считает приемлемой. Покажите предложение квартиры в центре занятости, прежде чем подписать договор аренды.</p>
<h2>Договор аренды</h2>
<ul><li>В договоре указаны основная арендная плата (${g('Kaltmiete')}), дополнительные расходы (${g('Nebenkosten')}) и залог (${g('Kaution')}).</li><li>Залог составляет не более трёх месячных арендных плат без дополнительных расходов. Вы можете внести его тремя частями.</li><li>Подписывайте, только когда поняли договор. Попросите помощи.</li></ul>
<h2>При въезде</h2>
<ul><li>Арендодатель выдаёт вам подтверждение (${g('Wohnungsgeberbestätigung')}). С ним вы в течение двух недель регистрируетесь в бюро обслуживания граждан (${g('Bürgerbüro')}).</li><li>Запишите все повреждения в акт передачи (${g('Übergabeprotokoll')}) и сделайте фотографии.</li><li>Заключите договор с поставщиком электроэнергии. Оформите страхование гражданской ответственности (${g('Haftpflichtversicherung')}): оно не обязательно, но очень полезно.</li></ul>
<h2>Совет</h2>
<p>Никто не вправе относиться к вам хуже при поиске жилья из-за вашего происхождения. Это запрещает Общий закон о равном обращении (${g('Allgemeines Gleichbehandlungsgesetz')}, AGG). Если с вами такое произошло, обратитесь в консультационную службу.</p>`,
    },
    tr: {
      title: 'Meppen’de konut: kendi evinizi bulmak',
      body: `<p>Kendi eviniz, yeni yerinize yerleşmede önemli bir adımdır. Bu sayfa nasıl ev arayacağınızı ve kira sözleşmesinde (${g('Mietvertrag')}) nelere dikkat etmeniz gerektiğini anlatır.</p>
<h2>Ev aramak</h2>
<ul><li>Bu platformda <a href="/tr/m/meppen/flats">Meppen’deki daireleri</a> bulabilirsiniz. Her dairede, hanenize uygun olup olmadığı ve nedeni yazar.</li><li><a href="/tr/m/meppen/housing/check">Hak kontrolü</a> ile kendi dilinizde sosyal konut hak belgesi (${g('Wohnberechtigungsschein')}, WBS) alıp alamayacağınızı öğrenirsiniz. Bazı daireler için bu belge gereklidir.</li><li>Tanıdıklarınıza, danışma merkezinize ve işvereninize de sorun.</li></ul>
<h2>Kiranızı iş merkezi ödüyorsa</h2>
<p>İş merkezi (${g('Jobcenter')}) yalnızca uygun gördüğü kirayı öder. Kira sözleşmesini imzalamadan önce daire teklifini iş merkezine gösterin.</p>
<h2>Kira sözleşmesi</h2>
<ul><li>Sözleşmede çıplak kira (${g('Kaltmiete')}), yan giderler (${g('Nebenkosten')}) ve depozito (${g('Kaution')}) yazar.</li><li>Depozito en fazla yan giderler hariç üç aylık kira kadardır. Depozitoyu üç taksitte ödeyebilirsiniz.</li><li>Sözleşmeyi ancak anladıktan sonra imzalayın. Yardım isteyin.</li></ul>
<h2>Taşınırken</h2>
<ul><li>Ev sahibiniz size ev sahibi onayını (${g('Wohnungsgeberbestätigung')}) verir. Bu belgeyle iki hafta içinde vatandaşlık bürosunda (${g('Bürgerbüro')}) kayıt yaptırırsınız.</li><li>Hasarları teslim tutanağına (${g('Übergabeprotokoll')}) yazın ve fotoğraf çekin.</li><li>Bir elektrik şirketine abone olun. Bir sorumluluk sigortası (${g('Haftpflichtversicherung')}) yaptırın; zorunlu değildir ama çok faydalıdır.</li></ul>
<h2>İpucu</h2>
<p>Ev ararken kimse size kökeniniz nedeniyle ayrımcılık yapamaz. Genel Eşit Muamele Kanunu (${g('Allgemeines Gleichbehandlungsgesetz')}, AGG) bunu yasaklar. Böyle bir şey yaşarsanız bir danışma merkezine başvurun.</p>`,
    },
  },
};

/** The table of income limits, with the limits of its year (the earlier German text had the limits before 2025). */
const wbsLimitsDe = (caption: string, one: string, two: string, more: string): string =>
  `<table><caption>${caption}</caption><thead><tr><th scope="col">Haushalt</th><th scope="col">Grenze</th></tr></thead><tbody><tr><td>1 Person</td><td>${one} €</td></tr><tr><td>2 Personen</td><td>${two} €</td></tr><tr><td>jede weitere Person</td><td>+ ${more} €</td></tr><tr><td>für jedes Kind zusätzlich</td><td>+ ${more} €</td></tr></tbody></table>`;

const wbsIntroDe = `<p>Der Wohnberechtigungsschein (WBS) ist eine Bescheinigung. Mit ihm dürfen Sie eine geförderte Wohnung mieten, eine sogenannte Sozialwohnung. Diese Wohnungen sind oft günstiger als andere.</p>
<h2>Wer bekommt einen WBS?</h2>
<ul><li>Das Einkommen Ihres Haushalts liegt unter der Grenze in der Tabelle.</li><li>Sie dürfen voraussichtlich mindestens ein Jahr in Deutschland bleiben. Mit einer Aufenthaltserlaubnis aus humanitären Gründen ist das meist so. In anderen Fällen entscheidet die Behörde im Einzelfall.</li></ul>
`;

const wbsIncomeAndSizeDe = `
<p>Es zählt das Einkommen, das Ihr Haushalt in den nächsten zwölf Monaten voraussichtlich hat. Bestimmte Beträge werden abgezogen. Die Behörde rechnet das genau aus.</p>
<h2>Wie groß darf die Wohnung sein?</h2>
<p>Auf dem WBS steht, wie groß Ihre Wohnung sein darf. Als Richtwert gilt: 1 Person 50 m², 2 Personen 60 m², 3 Personen 75 m², 4 Personen 85 m², jede weitere Person 10 m² mehr.</p>
<h2>Wo stellen Sie den Antrag?</h2>
`;

const wbsEndDe = `
<h2>Gut zu wissen</h2>
<ul><li>Der WBS gilt ein Jahr und nur in Niedersachsen.</li><li>Prüfen Sie vorher mit dem <a href="/de/m/meppen/housing/check">Berechtigungs-Check</a>, ob Ihr Haushalt unter den Grenzen liegt.</li></ul>`;

const wohnberechtigungsschein: GuidePageSeed = {
  slug: 'wohnberechtigungsschein',
  topic: 'housing',
  parent: 'wohnen',
  position: 50,
  lastCheckedOn: '2026-11-10',
  de: {
    title: 'Wohnberechtigungsschein (WBS)',
    body: `${wbsIntroDe}${wbsLimitsDe('Einkommensgrenzen pro Jahr in Niedersachsen (§ 3 NWoFG, geändert 2025)', '21.250', '28.750', '3.750')}${wbsIncomeAndSizeDe}<p>Fragen Sie im Bürgerbüro der Stadt Meppen, welche Stelle Ihren Antrag bearbeitet. Bringen Sie Ihren Ausweis, Ihren Aufenthaltstitel und Nachweise über das Einkommen aller Personen im Haushalt mit, zum Beispiel Lohnabrechnungen oder den Bescheid vom Jobcenter.</p>${wbsEndDe}`,
  },
  earlierDe: {
    title: 'Wohnberechtigungsschein (WBS)',
    body: `${wbsIntroDe}${wbsLimitsDe('Einkommensgrenzen pro Jahr in Niedersachsen (§ 3 NWoFG)', '17.000', '23.000', '3.000')}${wbsIncomeAndSizeDe}<p>Den Antrag stellen Sie bei der Stadt Meppen. Bringen Sie Ihren Ausweis, Ihren Aufenthaltstitel und Nachweise über das Einkommen aller Personen im Haushalt mit.</p>${wbsEndDe}`,
  },
  outdated: ['tr'],
  translations: {
    'de-x-ls': {
      title: 'Wohnberechtigungs-Schein (WBS)',
      body: `<p>WBS ist eine Abkürzung. WBS heißt: Wohnberechtigungs-Schein.</p>
<p>Der WBS ist ein Papier vom Amt. Mit dem WBS dürfen Sie eine Sozial-Wohnung mieten. Eine Sozial-Wohnung kostet oft weniger Miete.</p>
<h2>Wer bekommt einen WBS?</h2>
<p>Sie haben nicht viel Geld. Dann bekommen Sie vielleicht einen WBS.</p>
<p>Ein Beispiel: Sie wohnen allein. Sie haben im Jahr weniger als 21.250 Euro. Dann können Sie einen WBS bekommen.</p>
<p>Wohnen mehr Menschen bei Ihnen? Dann ist die Grenze höher. Das Amt rechnet genau nach.</p>
<h2>Wo bekommen Sie den WBS?</h2>
<p>Fragen Sie im Bürger-Büro. Das Bürger-Büro ist ein Amt der Stadt Meppen. Dort sagt man Ihnen: Hier geben Sie den Antrag ab.</p>
<h2>Das bringen Sie mit</h2>
<ul><li>Ihren Ausweis</li><li>Ihr Papier für den Aufenthalt</li><li>Papiere über Ihr Geld. Zum Beispiel: Ihre Lohn-Abrechnung.</li></ul>
<h2>Wichtig</h2>
<p>Der WBS gilt 1 Jahr. Danach brauchen Sie einen neuen WBS.</p>
<p>Der WBS gilt nur in Niedersachsen.</p>`,
    },
    en: {
      title: 'Housing entitlement certificate (WBS)',
      body: `<p>The housing entitlement certificate (${g('Wohnberechtigungsschein')}, WBS) is an official certificate. With it, you may rent a subsidised flat, a so-called social housing flat (${g('Sozialwohnung')}). These flats are often cheaper than others.</p>
<h2>Who can get a WBS?</h2>
<ul><li>Your household’s income is below the limit in the table.</li><li>You are likely to be allowed to stay in Germany for at least one year. With a residence permit on humanitarian grounds, this is usually the case. In other cases, the authority decides case by case.</li></ul>
<table><caption>Annual income limits in Lower Saxony (§ 3 NWoFG, amended in 2025)</caption><thead><tr><th scope="col">Household</th><th scope="col">Limit</th></tr></thead><tbody><tr><td>1 person</td><td>€21,250</td></tr><tr><td>2 persons</td><td>€28,750</td></tr><tr><td>each further person</td><td>+ €3,750</td></tr><tr><td>for each child, in addition</td><td>+ €3,750</td></tr></tbody></table>
<p>What counts is the income your household is expected to have over the next twelve months. Certain amounts are deducted. The authority does the exact calculation.</p>
<h2>How big may the flat be?</h2>
<p>The WBS states how big your flat may be. As a guide: 1 person 50 m², 2 persons 60 m², 3 persons 75 m², 4 persons 85 m², 10 m² more for each further person.</p>
<h2>Where do you apply?</h2>
<p>Ask at the citizens’ office (${g('Bürgerbüro')}) of the town of Meppen which office handles your application. Bring your identity document, your residence title (${g('Aufenthaltstitel')}) and proof of the income of everyone in the household, for example payslips or the decision letter from the Jobcenter.</p>
<h2>Good to know</h2>
<ul><li>The WBS is valid for one year and only in Lower Saxony.</li><li>Use the <a href="/en/m/meppen/housing/check">eligibility check</a> first to see whether your household is below the limits.</li></ul>`,
    },
    ar: {
      title: 'شهادة أحقية السكن (WBS)',
      body: `<p>شهادة أحقية السكن (${g('Wohnberechtigungsschein')}، WBS) وثيقة رسمية. تسمح لك باستئجار شقة مدعومة، أي ما يُسمّى شقة اجتماعية (${g('Sozialwohnung')}). وغالباً ما تكون هذه الشقق أرخص من غيرها.</p>
<h2>من يحصل على شهادة أحقية السكن؟</h2>
<ul><li>دخل أسرتك أقل من الحد المذكور في الجدول.</li><li>يُتوقع أن يُسمح لك بالبقاء في ألمانيا سنة واحدة على الأقل. وهذا هو الحال غالباً مع تصريح إقامة لأسباب إنسانية. وفي الحالات الأخرى تقرر الدائرة المختصة في كل حالة على حدة.</li></ul>
<table><caption>حدود الدخل السنوي في ولاية سكسونيا السفلى (المادة 3 من ${g('NWoFG')}، بعد تعديل 2025)</caption><thead><tr><th scope="col">الأسرة</th><th scope="col">الحد</th></tr></thead><tbody><tr><td>شخص واحد</td><td>21,250 يورو</td></tr><tr><td>شخصان</td><td>28,750 يورو</td></tr><tr><td>كل شخص إضافي</td><td>+ 3,750 يورو</td></tr><tr><td>لكل طفل إضافةً إلى ذلك</td><td>+ 3,750 يورو</td></tr></tbody></table>
<p>يُحتسب الدخل المتوقع لأسرتك خلال الأشهر الاثني عشر القادمة، وتُخصم منه مبالغ معينة. والدائرة المختصة هي التي تحسبه بدقة.</p>
<h2>ما المساحة المسموح بها للشقة؟</h2>
<p>تُذكر في الشهادة المساحة المسموح بها لشقتك. وعلى سبيل التوجيه: شخص واحد 50 م²، شخصان 60 م²، ثلاثة أشخاص 75 م²، أربعة أشخاص 85 م²، و10 م² إضافية لكل شخص آخر.</p>
<h2>أين تقدّم الطلب؟</h2>
<p>اسأل في مكتب خدمة المواطنين (${g('Bürgerbüro')}) التابع لمدينة ميبن عن الجهة التي تعالج طلبك. أحضر معك وثيقة هويتك وسند إقامتك (${g('Aufenthaltstitel')}) وإثباتات دخل جميع أفراد الأسرة، مثل كشوف الراتب أو قرار مركز العمل (${g('Jobcenter')}).</p>
<h2>من المفيد أن تعرف</h2>
<ul><li>شهادة أحقية السكن صالحة لمدة سنة واحدة، وفي ولاية سكسونيا السفلى فقط.</li><li>استخدم أولاً <a href="/ar/m/meppen/housing/check">فحص الأحقية</a> لتعرف ما إذا كان دخل أسرتك أقل من الحدود.</li></ul>`,
    },
    fa: {
      title: 'گواهی حق سکونت در مسکن اجتماعی (WBS)',
      body: `<p>گواهی حق سکونت در مسکن اجتماعی (${g('Wohnberechtigungsschein')}، WBS) یک گواهی رسمی است. با آن اجازه دارید یک خانه یارانه‌ای، یعنی به اصطلاح مسکن اجتماعی (${g('Sozialwohnung')})، اجاره کنید. این خانه‌ها اغلب ارزان‌تر از خانه‌های دیگرند.</p>
<h2>چه کسی این گواهی را می‌گیرد؟</h2>
<ul><li>درآمد خانوار شما کمتر از سقف جدول زیر است.</li><li>به احتمال زیاد اجازه دارید دست‌کم یک سال در آلمان بمانید. با اجازه اقامت به دلایل انسانی معمولاً چنین است. در موارد دیگر، اداره مربوط درباره هر مورد جداگانه تصمیم می‌گیرد.</li></ul>
<table><caption>سقف درآمد سالانه در ایالت نیدرزاکسن (ماده 3 ${g('NWoFG')}، اصلاح‌شده در 2025)</caption><thead><tr><th scope="col">خانوار</th><th scope="col">سقف</th></tr></thead><tbody><tr><td>1 نفر</td><td>21,250 یورو</td></tr><tr><td>2 نفر</td><td>28,750 یورو</td></tr><tr><td>هر نفر دیگر</td><td>+ 3,750 یورو</td></tr><tr><td>برای هر کودک، علاوه بر آن</td><td>+ 3,750 یورو</td></tr></tbody></table>
<p>درآمدی حساب می‌شود که خانوار شما احتمالاً در دوازده ماه آینده خواهد داشت. مبالغ معینی از آن کم می‌شود. اداره مربوط آن را دقیق محاسبه می‌کند.</p>
<h2>خانه چقدر می‌تواند بزرگ باشد؟</h2>
<p>در گواهی نوشته شده که خانه شما چه اندازه‌ای می‌تواند داشته باشد. به‌عنوان راهنما: 1 نفر 50 متر مربع، 2 نفر 60 متر مربع، 3 نفر 75 متر مربع، 4 نفر 85 متر مربع، و برای هر نفر دیگر 10 متر مربع بیشتر.</p>
<h2>درخواست را کجا بدهید؟</h2>
<p>در دفتر خدمات شهروندی (${g('Bürgerbüro')}) شهر مپن بپرسید که کدام اداره به درخواست شما رسیدگی می‌کند. مدرک شناسایی، مجوز اقامت (${g('Aufenthaltstitel')}) و مدارک درآمد همه اعضای خانوار را همراه بیاورید، مثلاً فیش حقوقی یا تصمیم‌نامه اداره کار (${g('Jobcenter')}).</p>
<h2>خوب است بدانید</h2>
<ul><li>این گواهی یک سال اعتبار دارد و فقط در نیدرزاکسن معتبر است.</li><li>ابتدا با <a href="/fa/m/meppen/housing/check">بررسی واجد شرایط بودن</a> ببینید آیا درآمد خانوار شما زیر سقف است.</li></ul>`,
    },
    uk: {
      title: 'Довідка про право на соціальне житло (WBS)',
      body: `<p>Довідка про право на соціальне житло (${g('Wohnberechtigungsschein')}, WBS) — це офіційний документ. З нею ви можете орендувати квартиру з державною підтримкою, так зване соціальне житло (${g('Sozialwohnung')}). Такі квартири часто дешевші за інші.</p>
<h2>Хто може отримати довідку?</h2>
<ul><li>Дохід вашого домогосподарства нижчий за межу в таблиці.</li><li>Ви, імовірно, зможете залишатися в Німеччині щонайменше один рік. З посвідкою на перебування з гуманітарних причин це зазвичай так. В інших випадках відомство вирішує індивідуально.</li></ul>
<table><caption>Річні межі доходу в Нижній Саксонії (§ 3 ${g('NWoFG')}, зі змінами 2025 року)</caption><thead><tr><th scope="col">Домогосподарство</th><th scope="col">Межа</th></tr></thead><tbody><tr><td>1 особа</td><td>21 250 €</td></tr><tr><td>2 особи</td><td>28 750 €</td></tr><tr><td>кожна наступна особа</td><td>+ 3 750 €</td></tr><tr><td>додатково за кожну дитину</td><td>+ 3 750 €</td></tr></tbody></table>
<p>Враховується дохід, який ваше домогосподарство, імовірно, матиме протягом наступних дванадцяти місяців. Певні суми віднімаються. Точний розрахунок робить відомство.</p>
<h2>Якою може бути площа квартири?</h2>
<p>У довідці зазначено, якою може бути площа вашої квартири. Орієнтовно: 1 особа — 50 м², 2 особи — 60 м², 3 особи — 75 м², 4 особи — 85 м², на кожну наступну особу — на 10 м² більше.</p>
<h2>Куди подавати заяву?</h2>
<p>Запитайте в бюро обслуговування громадян (${g('Bürgerbüro')}) міста Меппен, яка установа розглядає вашу заяву. Візьміть із собою посвідчення особи, дозвіл на перебування (${g('Aufenthaltstitel')}) і підтвердження доходів усіх членів домогосподарства, наприклад розрахункові листи із зарплатою або рішення центру зайнятості (${g('Jobcenter')}).</p>
<h2>Корисно знати</h2>
<ul><li>Довідка дійсна один рік і лише в Нижній Саксонії.</li><li>Спершу скористайтеся <a href="/uk/m/meppen/housing/check">перевіркою права</a>, щоб дізнатися, чи дохід вашого домогосподарства нижчий за межі.</li></ul>`,
    },
    ru: {
      title: 'Справка о праве на социальное жильё (WBS)',
      body: `<p>Справка о праве на социальное жильё (${g('Wohnberechtigungsschein')}, WBS) — это официальный документ. С ней вы можете арендовать квартиру с государственной поддержкой, так называемое социальное жильё (${g('Sozialwohnung')}). Такие квартиры часто дешевле других.</p>
<h2>Кто может получить справку?</h2>
<ul><li>Доход вашего домохозяйства ниже предела из таблицы.</li><li>Вы, вероятно, сможете оставаться в Германии не менее одного года. С видом на жительство по гуманитарным причинам это обычно так. В остальных случаях ведомство решает индивидуально.</li></ul>
<table><caption>Годовые пределы дохода в Нижней Саксонии (§ 3 ${g('NWoFG')}, с изменениями 2025 года)</caption><thead><tr><th scope="col">Домохозяйство</th><th scope="col">Предел</th></tr></thead><tbody><tr><td>1 человек</td><td>21 250 €</td></tr><tr><td>2 человека</td><td>28 750 €</td></tr><tr><td>каждый следующий человек</td><td>+ 3 750 €</td></tr><tr><td>дополнительно за каждого ребёнка</td><td>+ 3 750 €</td></tr></tbody></table>
<p>Учитывается доход, который ваше домохозяйство, вероятно, будет иметь в следующие двенадцать месяцев. Определённые суммы вычитаются. Точный расчёт делает ведомство.</p>
<h2>Какой может быть площадь квартиры?</h2>
<p>В справке указано, какой может быть площадь вашей квартиры. Ориентировочно: 1 человек — 50 м², 2 человека — 60 м², 3 человека — 75 м², 4 человека — 85 м², на каждого следующего — на 10 м² больше.</p>
<h2>Куда подавать заявление?</h2>
<p>Спросите в бюро обслуживания граждан (${g('Bürgerbüro')}) города Меппен, какое учреждение рассматривает ваше заявление. Возьмите с собой удостоверение личности, документ о праве на пребывание (${g('Aufenthaltstitel')}) и подтверждения доходов всех членов домохозяйства, например расчётные листки или решение центра занятости (${g('Jobcenter')}).</p>
<h2>Полезно знать</h2>
<ul><li>Справка действительна один год и только в Нижней Саксонии.</li><li>Сначала воспользуйтесь <a href="/ru/m/meppen/housing/check">проверкой права</a>, чтобы узнать, ниже ли доход вашего домохозяйства установленных пределов.</li></ul>`,
    },
    // Made from the earlier German text (the limits before 2025 and the older "where to apply"): outdated.
    tr: {
      title: 'Sosyal konut hak belgesi (WBS)',
      body: `<p>Sosyal konut hak belgesi (${g('Wohnberechtigungsschein')}, WBS) resmî bir belgedir. Bu belgeyle devlet destekli bir daire, yani sosyal konut (${g('Sozialwohnung')}) kiralayabilirsiniz. Bu daireler çoğu zaman diğerlerinden daha ucuzdur.</p>
<h2>WBS’yi kimler alabilir?</h2>
<ul><li>Hanenizin geliri tablodaki sınırın altındadır.</li><li>Büyük olasılıkla en az bir yıl Almanya’da kalabileceksiniz. İnsani nedenlerle verilmiş bir oturum izniniz varsa genellikle durum budur. Diğer durumlarda kurum her vakaya ayrı karar verir.</li></ul>
<table><caption>Aşağı Saksonya’da yıllık gelir sınırları (${g('NWoFG')} § 3)</caption><thead><tr><th scope="col">Hane</th><th scope="col">Sınır</th></tr></thead><tbody><tr><td>1 kişi</td><td>17.000 €</td></tr><tr><td>2 kişi</td><td>23.000 €</td></tr><tr><td>her ek kişi</td><td>+ 3.000 €</td></tr><tr><td>ayrıca her çocuk için</td><td>+ 3.000 €</td></tr></tbody></table>
<p>Hanenizin önümüzdeki on iki ayda elde etmesi beklenen gelir hesaba katılır. Belirli tutarlar düşülür. Kesin hesabı kurum yapar.</p>
<h2>Daire ne kadar büyük olabilir?</h2>
<p>WBS’de dairenizin ne büyüklükte olabileceği yazar. Yaklaşık değerler: 1 kişi 50 m², 2 kişi 60 m², 3 kişi 75 m², 4 kişi 85 m², her ek kişi için 10 m² daha.</p>
<h2>Başvuruyu nereye yaparsınız?</h2>
<p>Başvurunuzu Meppen Belediyesi’ne yaparsınız. Kimliğinizi, oturum belgenizi (${g('Aufenthaltstitel')}) ve hanedeki herkesin gelir belgelerini yanınızda getirin.</p>
<h2>Bilmekte fayda var</h2>
<ul><li>WBS bir yıl geçerlidir ve yalnızca Aşağı Saksonya’da geçerlidir.</li><li>Önce <a href="/tr/m/meppen/housing/check">hak kontrolü</a> ile hanenizin sınırların altında olup olmadığına bakın.</li></ul>`,
    },
  },
};

const arbeitTopDe = `<p>Arbeit hilft beim Ankommen: Sie verdienen eigenes Geld, lernen Menschen kennen und sprechen mehr Deutsch. Diese Seite erklärt, wer Ihnen hilft.</p>
<h2>Dürfen Sie arbeiten?</h2>
<p>Das steht auf Ihrem Aufenthaltstitel oder Ihrer Bescheinigung, zum Beispiel „Erwerbstätigkeit erlaubt“. Wenn dort etwas anderes steht, fragen Sie die Ausländerbehörde, bevor Sie eine Arbeit beginnen.</p>
<h2>Das Jobcenter</h2>
<p>Wenn Ihr Geld nicht zum Leben reicht, können Sie Bürgergeld beantragen. Im Landkreis Emsland ist das Jobcenter eine Stelle des Landkreises. Es zahlt das Bürgergeld und hilft Ihnen, Arbeit oder eine Ausbildung zu finden. Kommen Sie zu jedem Termin. Wenn Sie nicht kommen können, sagen Sie vorher Bescheid.</p>
<h2>Beruf aus dem Herkunftsland anerkennen lassen</h2>
`;

const arbeitEndDe = `
<h2>Tipp</h2>
<p>Unterschreiben Sie einen Arbeitsvertrag erst, wenn Sie ihn verstanden haben. In Deutschland gilt ein gesetzlicher Mindestlohn. Bringen Sie Zeugnisse und Nachweise zu jedem Termin mit, am besten übersetzt.</p>`;

const arbeit: GuidePageSeed = {
  slug: 'arbeit',
  topic: 'work',
  position: 60,
  lastCheckedOn: '2026-09-29',
  de: {
    title: 'Arbeit, Jobcenter und Anerkennung',
    body: `${arbeitTopDe}<p>Haben Sie einen Berufsabschluss oder ein Studium aus einem anderen Land? Lassen Sie ihn anerkennen. Für manche Berufe ist das Pflicht, zum Beispiel für Ärztinnen und Ärzte, Pflegefachkräfte und Lehrkräfte. Auf <a href="https://www.anerkennung-in-deutschland.de">www.anerkennung-in-deutschland.de</a> finden Sie, auch in anderen Sprachen, welche Stelle für Ihren Beruf zuständig ist.</p>
<h2>Deutsch für den Beruf</h2>
<p>Nach dem Integrationskurs gibt es Berufssprachkurse des BAMF. Dort lernen Sie Deutsch für die Arbeit. Fragen Sie das Jobcenter oder Ihre Sprachschule.</p>${arbeitEndDe}`,
  },
  earlierDe: {
    title: 'Arbeit, Jobcenter und Anerkennung',
    body: `${arbeitTopDe}<p>Haben Sie einen Berufsabschluss oder ein Studium aus einem anderen Land? Lassen Sie ihn anerkennen. Für manche Berufe ist das Pflicht, zum Beispiel für Ärztinnen und Ärzte, Pflegefachkräfte und Lehrkräfte. Fragen Sie das Jobcenter oder die Migrationsberatung, welche Stelle für Ihren Abschluss zuständig ist.</p>
<h2>Deutsch für den Beruf</h2>
<p>Fragen Sie das Jobcenter nach Deutschkursen für den Beruf.</p>${arbeitEndDe}`,
  },
  outdated: ['fa', 'ru'],
  machine: ['ru'],
  translations: {
    en: {
      title: 'Work, the Jobcenter and recognition of qualifications',
      body: `<p>Work helps you settle in: you earn your own money, get to know people and speak more German. This page explains who can help you.</p>
<h2>Are you allowed to work?</h2>
<p>This is stated on your residence title (${g('Aufenthaltstitel')}) or your certificate, for example “${g('Erwerbstätigkeit erlaubt')}” (employment permitted). If it says something else, ask the immigration office (${g('Ausländerbehörde')}) before you start a job.</p>
<h2>The Jobcenter</h2>
<p>If your money is not enough to live on, you can apply for citizen’s benefit (${g('Bürgergeld')}). In the Landkreis Emsland, the Jobcenter is an office of the district itself. It pays the Bürgergeld and helps you find work or vocational training (${g('Ausbildung')}). Go to every appointment. If you cannot come, tell them beforehand.</p>
<h2>Getting a qualification from your home country recognised</h2>
<p>Do you have a vocational qualification or a degree from another country? Have it recognised (${g('Anerkennung')}). For some professions this is compulsory, for example for doctors, nurses and teachers. On <a href="https://www.anerkennung-in-deutschland.de">www.anerkennung-in-deutschland.de</a> you can find out, in other languages too, which office is responsible for your profession.</p>
<h2>German for work</h2>
<p>After the integration course, there are job-related German courses (${g('Berufssprachkurse')}) run by the BAMF. There you learn German for work. Ask the Jobcenter or your language school.</p>
<h2>Tip</h2>
<p>Only sign an employment contract once you have understood it. Germany has a statutory minimum wage (${g('Mindestlohn')}). Bring your certificates and references to every appointment, ideally translated.</p>`,
    },
    ar: {
      title: 'العمل ومركز العمل والاعتراف بالمؤهلات',
      body: `<p>يساعدك العمل على الاستقرار: تكسب مالك الخاص، وتتعرّف على الناس، وتتحدث الألمانية أكثر. تشرح هذه الصفحة من يمكنه مساعدتك.</p>
<h2>هل يُسمح لك بالعمل؟</h2>
<p>يُذكر ذلك في سند إقامتك (${g('Aufenthaltstitel')}) أو في شهادتك، مثلاً: «${g('Erwerbstätigkeit erlaubt')}» (العمل مسموح). إذا كُتب شيء آخر، فاسأل دائرة الأجانب (${g('Ausländerbehörde')}) قبل أن تبدأ أي عمل.</p>
<h2>مركز العمل</h2>
<p>إذا لم يكفِ مالك للعيش، يمكنك التقدّم بطلب للحصول على إعانة المواطن (${g('Bürgergeld')}). في منطقة إمسلاند يتبع مركز العمل (${g('Jobcenter')}) للمنطقة نفسها. وهو يدفع إعانة المواطن ويساعدك في إيجاد عمل أو تدريب مهني (${g('Ausbildung')}). احضر كل موعد، وإذا لم تستطع الحضور فأبلغهم مسبقاً.</p>
<h2>الاعتراف بمؤهلك من بلدك الأصلي</h2>
<p>هل لديك شهادة مهنية أو جامعية من بلد آخر؟ اطلب الاعتراف بها (${g('Anerkennung')}). وهذا إلزامي لبعض المهن، مثل الأطباء والممرضين والمعلمين. على <a href="https://www.anerkennung-in-deutschland.de">www.anerkennung-in-deutschland.de</a> تعرف، بلغات أخرى أيضاً، أي جهة مسؤولة عن مهنتك.</p>
<h2>اللغة الألمانية للعمل</h2>
<p>بعد دورة الاندماج توجد دورات اللغة المهنية (${g('Berufssprachkurse')}) التي يقدّمها المكتب الاتحادي للهجرة واللاجئين (BAMF). تتعلّم فيها الألمانية اللازمة للعمل. اسأل مركز العمل أو مدرسة اللغة التي تدرس فيها.</p>
<h2>نصيحة</h2>
<p>لا توقّع عقد عمل إلا بعد أن تفهمه. في ألمانيا يوجد حد أدنى قانوني للأجور (${g('Mindestlohn')}). أحضر شهاداتك ووثائقك إلى كل موعد، ويُفضَّل أن تكون مترجمة.</p>`,
    },
    // Made from the earlier German text (before the Anerkennung portal and the Berufssprachkurse were named): outdated.
    fa: {
      title: 'کار، اداره کار و به رسمیت شناختن مدرک',
      body: `<p>کار به جا افتادن شما کمک می‌کند: پول خودتان را درمی‌آورید، با مردم آشنا می‌شوید و بیشتر آلمانی صحبت می‌کنید. این صفحه توضیح می‌دهد چه کسی به شما کمک می‌کند.</p>
<h2>آیا اجازه کار دارید؟</h2>
<p>این موضوع در مجوز اقامت (${g('Aufenthaltstitel')}) یا گواهی شما نوشته شده است، مثلاً «${g('Erwerbstätigkeit erlaubt')}» (اشتغال مجاز است). اگر چیز دیگری نوشته شده، پیش از شروع کار از اداره امور اتباع خارجی (${g('Ausländerbehörde')}) بپرسید.</p>
<h2>اداره کار</h2>
<p>اگر پولتان برای زندگی کافی نیست، می‌توانید برای کمک‌هزینه شهروندی (${g('Bürgergeld')}) درخواست بدهید. در شهرستان امسلند، اداره کار (${g('Jobcenter')}) بخشی از خود شهرستان است. این اداره کمک‌هزینه شهروندی را می‌پردازد و به شما کمک می‌کند کار یا دوره آموزش حرفه‌ای (${g('Ausbildung')}) پیدا کنید. در هر قرار ملاقات حاضر شوید. اگر نمی‌توانید بیایید، از قبل خبر بدهید.</p>
<h2>به رسمیت شناختن حرفه از کشور مبدأ</h2>
<p>آیا مدرک حرفه‌ای یا دانشگاهی از کشور دیگری دارید؟ برای به رسمیت شناخته شدن (${g('Anerkennung')}) آن اقدام کنید. برای برخی حرفه‌ها این کار اجباری است، مثلاً برای پزشکان، پرستاران و معلمان. از اداره کار یا مشاوره مهاجرت (${g('Migrationsberatung')}) بپرسید کدام اداره مسئول مدرک شماست.</p>
<h2>آلمانی برای کار</h2>
<p>از اداره کار درباره دوره‌های زبان آلمانی برای کار بپرسید.</p>
<h2>نکته</h2>
<p>قرارداد کار را فقط وقتی امضا کنید که آن را فهمیده باشید. در آلمان حداقل دستمزد قانونی (${g('Mindestlohn')}) وجود دارد. مدارک و گواهی‌های خود را به هر قرار ملاقات ببرید، بهتر است ترجمه‌شده.</p>`,
    },
    uk: {
      title: 'Робота, центр зайнятості та визнання кваліфікації',
      body: `<p>Робота допомагає облаштуватися: ви заробляєте власні гроші, знайомитеся з людьми та більше говорите німецькою. На цій сторінці пояснюється, хто вам допоможе.</p>
<h2>Чи можна вам працювати?</h2>
<p>Це зазначено у вашому дозволі на перебування (${g('Aufenthaltstitel')}) або довідці, наприклад «${g('Erwerbstätigkeit erlaubt')}» (трудову діяльність дозволено). Якщо там написано інше, запитайте у відомстві у справах іноземців (${g('Ausländerbehörde')}), перш ніж почати працювати.</p>
<h2>Центр зайнятості</h2>
<p>Якщо вам не вистачає грошей на життя, ви можете подати заяву на громадянську допомогу (${g('Bürgergeld')}). У районі Емсланд центр зайнятості (${g('Jobcenter')}) є установою самого району. Він виплачує громадянську допомогу та допомагає знайти роботу або професійне навчання (${g('Ausbildung')}). Приходьте на кожну зустріч. Якщо не можете прийти, повідомте заздалегідь.</p>
<h2>Визнання кваліфікації з вашої країни</h2>
<p>У вас є професійна освіта або диплом про вищу освіту з іншої країни? Подайте документи на визнання (${g('Anerkennung')}). Для деяких професій це обов’язково, наприклад для лікарів, медсестер і вчителів. На <a href="https://www.anerkennung-in-deutschland.de">www.anerkennung-in-deutschland.de</a> ви дізнаєтеся, зокрема й іншими мовами, яка установа відповідає за вашу професію.</p>
<h2>Німецька для роботи</h2>
<p>Після інтеграційного курсу є професійні мовні курси (${g('Berufssprachkurse')}) від BAMF. Там ви вивчаєте німецьку для роботи. Запитайте в центрі зайнятості або у своїй мовній школі.</p>
<h2>Порада</h2>
<p>Підписуйте трудовий договір лише тоді, коли зрозуміли його. У Німеччині діє встановлена законом мінімальна заробітна плата (${g('Mindestlohn')}). Беріть свідоцтва та підтвердження на кожну зустріч, найкраще — з перекладом.</p>`,
    },
    // An unreviewed machine translation of the earlier German text: outdated and marked for readers.
    ru: {
      title: 'Работа, центр занятости и признание квалификации',
      body: `<p>Работа помогает освоиться: вы зарабатываете собственные деньги, знакомитесь с людьми и больше говорите по-немецки. Эта страница объясняет, кто вам помогает.</p>
<h2>Разрешено ли вам работать?</h2>
<p>Это указано в вашем документе о праве на пребывание (${g('Aufenthaltstitel')}) или справке, например «${g('Erwerbstätigkeit erlaubt')}» (трудовая деятельность разрешена). Если там написано другое, спросите ведомство по делам иностранцев (${g('Ausländerbehörde')}), прежде чем начать работу.</p>
<h2>Центр занятости</h2>
<p>Если ваших денег не хватает на жизнь, вы можете подать заявление на гражданское пособие (${g('Bürgergeld')}). В районе Эмсланд центр занятости (${g('Jobcenter')}) является учреждением самого района. Он выплачивает гражданское пособие и помогает вам найти работу или профессиональное обучение (${g('Ausbildung')}). Приходите на каждую встречу. Если вы не можете прийти, сообщите заранее.</p>
<h2>Признание профессии из страны происхождения</h2>
<p>У вас есть профессиональное образование или высшее образование из другой страны? Подайте на признание (${g('Anerkennung')}). Для некоторых профессий это обязательно, например для врачей, медсестёр и учителей. Спросите центр занятости или консультацию для мигрантов (${g('Migrationsberatung')}), какое учреждение отвечает за ваш диплом.</p>
<h2>Немецкий для профессии</h2>
<p>Спросите центр занятости о курсах немецкого языка для профессии.</p>
<h2>Совет</h2>
<p>Подписывайте трудовой договор только тогда, когда вы его поняли. В Германии действует установленная законом минимальная заработная плата (${g('Mindestlohn')}). Приносите свидетельства и подтверждения на каждую встречу, лучше всего переведёнными.</p>`,
    },
    tr: {
      title: 'Çalışma, iş merkezi ve diploma denkliği',
      body: `<p>Çalışmak yeni yerinize alışmanıza yardımcı olur: Kendi paranızı kazanır, insanlarla tanışır ve daha çok Almanca konuşursunuz. Bu sayfa size kimin yardım ettiğini anlatır.</p>
<h2>Çalışma izniniz var mı?</h2>
<p>Bu, oturum belgenizde (${g('Aufenthaltstitel')}) ya da size verilen belgede yazar; örneğin “${g('Erwerbstätigkeit erlaubt')}” (çalışmaya izin verilir). Orada başka bir şey yazıyorsa, bir işe başlamadan önce yabancılar dairesine (${g('Ausländerbehörde')}) sorun.</p>
<h2>İş merkezi</h2>
<p>Paranız geçiminize yetmiyorsa vatandaşlık parası (${g('Bürgergeld')}) için başvurabilirsiniz. Emsland ilçesinde iş merkezi (${g('Jobcenter')}) ilçenin kendi kurumudur. Vatandaşlık parasını öder ve iş ya da meslek eğitimi (${g('Ausbildung')}) bulmanıza yardım eder. Her randevuya gidin. Gidemeyecekseniz önceden haber verin.</p>
<h2>Mesleğinizin denkliği</h2>
<p>Başka bir ülkede aldığınız bir meslek diplomanız ya da üniversite diplomanız var mı? Denklik (${g('Anerkennung')}) için başvurun. Bazı meslekler için bu zorunludur; örneğin doktorlar, hemşireler ve öğretmenler için. <a href="https://www.anerkennung-in-deutschland.de">www.anerkennung-in-deutschland.de</a> adresinde, başka dillerde de, mesleğiniz için hangi kurumun yetkili olduğunu öğrenebilirsiniz.</p>
<h2>İş için Almanca</h2>
<p>Uyum kursundan sonra BAMF’ın mesleki dil kursları (${g('Berufssprachkurse')}) vardır. Orada iş için Almanca öğrenirsiniz. İş merkezine ya da dil okulunuza sorun.</p>
<h2>İpucu</h2>
<p>Bir iş sözleşmesini ancak anladıktan sonra imzalayın. Almanya’da yasal asgari ücret (${g('Mindestlohn')}) geçerlidir. Diplomalarınızı ve belgelerinizi her randevuya, mümkünse tercümeleriyle birlikte götürün.</p>`,
    },
  },
};

/** Meppen's guide, first half: arrival, registration, residence, housing, WBS, work. */
export const MEPPEN_GUIDE_A: readonly GuidePageSeed[] = [
  ankommen,
  anmeldung,
  aufenthalt,
  wohnen,
  wohnberechtigungsschein,
  arbeit,
];
