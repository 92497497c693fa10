import type { Locale } from '../../platform/i18n/locales.ts';

/** One demo series: where, who, when (a rule from the first matching day after the seed), and its texts. */
export interface DemoEvent {
  key: string;
  municipality: string;
  quartier?: string;
  provider: string;
  /** Shown as the organiser. */
  organiserName: string;
  /** Demo account (e-mail local part) that organises it. */
  organiser: string;
  type: string;
  rrule: string;
  time: string;
  minutes: number;
  /** A room of the rooms part whose name starts so; the address is used when there is none. */
  roomName?: string;
  address: string;
  languages: string[];
  capacity: number | null;
  registration: 'required' | 'none';
  costCents: number | null;
  flags: Partial<Record<'wheelchair' | 'stepFree' | 'family' | 'childcare' | 'hearingLoop', boolean>>;
  texts: Partial<Record<Locale, { title: string; description: string }>> & {
    de: { title: string; description: string };
  };
}

export const DEMO_EVENTS: readonly DemoEvent[] = [
  {
    key: 'asendorf/kochabend',
    municipality: 'asendorf',
    quartier: 'ortskern',
    provider: 'landfrauen',
    organiserName: 'Landfrauen Asendorf',
    organiser: 'ehrenamt.asendorf',
    type: 'cooking_evening',
    rrule: 'FREQ=MONTHLY;BYDAY=3FR',
    time: '18:00',
    minutes: 180,
    roomName: 'Dorfgemeinschaftshaus',
    address: 'Dorfgemeinschaftshaus Asendorf, 27330 Asendorf',
    languages: ['de', 'ar', 'uk', 'fa'],
    capacity: 24,
    registration: 'required',
    costCents: 300,
    flags: { wheelchair: true, family: true },
    texts: {
      de: {
        title: 'Internationaler Kochabend der Landfrauen',
        description:
          'Jeden dritten Freitag im Monat kochen wir zusammen in der Küche des Dorfgemeinschaftshauses: ein Gericht aus der Heimat einer Familie und eines aus Niedersachsen. Danach essen wir gemeinsam an einer langen Tafel.\n\nBitte meldet euch an, damit wir genug einkaufen. Der Beitrag von 3 € deckt die Zutaten. Kinder sind willkommen.',
      },
      en: {
        title: 'International cooking evening of the Landfrauen',
        description:
          'Every third Friday of the month we cook together in the kitchen of the village hall: one dish from a family’s home country and one from Lower Saxony. Then we eat together at one long table.\n\nPlease register so that we buy enough. The contribution of €3 covers the ingredients. Children are welcome.',
      },
      ar: {
        title: 'أمسية الطبخ الدولية لجمعية نساء الريف',
        description:
          'في الجمعة الثالثة من كل شهر نطبخ معًا في مطبخ دار القرية: طبقًا من بلد إحدى العائلات وطبقًا من ولاية ساكسونيا السفلى. ثم نأكل معًا على مائدة طويلة.\n\nيُرجى التسجيل حتى نشتري ما يكفي. المساهمة البالغة 3 يورو تغطي المكونات. الأطفال مرحَّب بهم.',
      },
      fa: {
        title: 'شب آشپزی بین‌المللی انجمن زنان روستا',
        description:
          'هر جمعهٔ سوم ماه در آشپزخانهٔ خانهٔ روستا با هم آشپزی می‌کنیم: یک غذا از کشور یکی از خانواده‌ها و یک غذا از نیدرزاکسن. سپس سر یک میز بلند با هم غذا می‌خوریم.\n\nلطفاً ثبت‌نام کنید تا به اندازهٔ کافی خرید کنیم. سهم ۳ یورویی هزینهٔ مواد را می‌پوشاند. کودکان خوش آمده‌اند.',
      },
      uk: {
        title: 'Міжнародний кулінарний вечір Landfrauen',
        description:
          'Щотретьої п’ятниці місяця ми готуємо разом на кухні сільського будинку громади: одну страву з батьківщини однієї з родин і одну з Нижньої Саксонії. Потім разом їмо за довгим столом.\n\nБудь ласка, зареєструйтеся, щоб ми купили достатньо продуктів. Внесок 3 € покриває інгредієнти. Діти – бажані гості.',
      },
      ru: {
        title: 'Международный кулинарный вечер Landfrauen',
        description:
          'Каждую третью пятницу месяца мы готовим вместе на кухне сельского дома культуры: одно блюдо с родины одной из семей и одно из Нижней Саксонии. Потом вместе едим за длинным столом.\n\nПожалуйста, зарегистрируйтесь, чтобы мы купили достаточно продуктов. Взнос 3 € покрывает продукты. Дети приглашаются.',
      },
      tr: {
        title: 'Landfrauen’in uluslararası yemek akşamı',
        description:
          'Her ayın üçüncü cuma günü köy evinin mutfağında birlikte yemek yapıyoruz: bir ailenin memleketinden bir yemek ve Aşağı Saksonya’dan bir yemek. Ardından uzun bir sofrada birlikte yiyoruz.\n\nYeterince alışveriş yapabilmemiz için lütfen kaydolun. 3 €’luk katkı malzemeleri karşılar. Çocuklar da davetlidir.',
      },
    },
  },
  {
    key: 'asendorf/runder-tisch',
    municipality: 'asendorf',
    quartier: 'ortskern',
    provider: 'runder-tisch',
    organiserName: 'Runder Tisch Asendorf',
    organiser: 'qm.asendorf',
    type: 'round_table',
    rrule: 'FREQ=MONTHLY;BYDAY=1TU',
    time: '19:00',
    minutes: 120,
    address: 'Rathaus Asendorf, Sitzungsraum, 27330 Asendorf',
    languages: ['de'],
    capacity: null,
    registration: 'none',
    costCents: null,
    flags: { stepFree: true, hearingLoop: true },
    texts: {
      de: {
        title: 'Runder Tisch Integration',
        description:
          'Ehrenamtliche, Vereine, Kirchengemeinde, Schule und Gemeinde besprechen, was im Dorf gebraucht wird: Patenschaften, Fahrten zu Behörden, Wohnungen, Sprachkurse. Neue Leute sind jederzeit willkommen, eine Anmeldung ist nicht nötig.',
      },
      en: {
        title: 'Round table on integration',
        description:
          'Volunteers, clubs, the parish, the school and the municipality talk about what the village needs: mentoring, lifts to public offices, flats, language courses. Newcomers are always welcome; no registration needed.',
      },
      ar: {
        title: 'الطاولة المستديرة للاندماج',
        description:
          'يتناقش المتطوعون والجمعيات والأبرشية والمدرسة والبلدية في ما تحتاجه القرية: الرعاية، والتوصيل إلى الدوائر الرسمية، والمساكن، ودورات اللغة. القادمون الجدد مرحَّب بهم دائمًا، ولا حاجة إلى التسجيل.',
      },
      fa: {
        title: 'میزگرد ادغام',
        description:
          'داوطلبان، انجمن‌ها، کلیسا، مدرسه و شهرداری دربارهٔ نیازهای روستا گفت‌وگو می‌کنند: حمایت و همراهی، رساندن افراد به ادارات، مسکن، کلاس‌های زبان. افراد تازه همیشه خوش آمده‌اند و ثبت‌نام لازم نیست.',
      },
      uk: {
        title: 'Круглий стіл з інтеграції',
        description:
          'Волонтери, товариства, церковна громада, школа й громада обговорюють, чого потребує село: наставництво, поїздки до установ, житло, мовні курси. Нові люди завжди бажані, реєстрація не потрібна.',
      },
      ru: {
        title: 'Круглый стол по интеграции',
        description:
          'Волонтёры, объединения, церковный приход, школа и община обсуждают, что нужно деревне: наставничество, поездки в учреждения, жильё, языковые курсы. Новым людям всегда рады, регистрация не нужна.',
      },
      tr: {
        title: 'Uyum yuvarlak masası',
        description:
          'Gönüllüler, dernekler, kilise cemaati, okul ve belediye köyün neye ihtiyacı olduğunu konuşuyor: rehberlik, resmî dairelere ulaşım, konut, dil kursları. Yeni gelenler her zaman hoş karşılanır, kayıt gerekmez.',
      },
    },
  },
  {
    key: 'asendorf/begegnungscafe',
    municipality: 'asendorf',
    quartier: 'ortskern',
    provider: 'runder-tisch',
    organiserName: 'Runder Tisch Asendorf',
    organiser: 'ehrenamt.asendorf',
    type: 'encounter_cafe',
    rrule: 'FREQ=WEEKLY;BYDAY=WE',
    time: '15:00',
    minutes: 120,
    address: 'Gemeindehaus der Ev.-luth. Kirchengemeinde, 27330 Asendorf',
    languages: ['de', 'ar', 'uk', 'ti'],
    capacity: null,
    registration: 'none',
    costCents: null,
    flags: { stepFree: true, family: true, childcare: true },
    texts: {
      de: {
        title: 'Begegnungscafé',
        description:
          'Jeden Mittwochnachmittag bei Kaffee, Tee und Kuchen: Deutsch üben, Fragen zu Briefen klären, Nachbarinnen und Nachbarn kennenlernen. Für die Kinder gibt es eine Spielecke mit Betreuung.',
      },
      en: {
        title: 'Encounter café',
        description:
          'Every Wednesday afternoon over coffee, tea and cake: practise German, get help with letters, meet your neighbours. There is a play corner for children, with someone looking after them.',
      },
      ar: {
        title: 'مقهى اللقاء',
        description:
          'كل يوم أربعاء بعد الظهر مع القهوة والشاي والكعك: تدرّب على الألمانية، واحصل على مساعدة في فهم الرسائل، وتعرّف على جيرانك. للأطفال ركن للّعب مع من يرعاهم.',
      },
      fa: {
        title: 'کافهٔ دیدار',
        description:
          'هر چهارشنبه بعدازظهر با قهوه، چای و کیک: آلمانی تمرین کنید، برای نامه‌ها کمک بگیرید و با همسایه‌ها آشنا شوید. برای کودکان گوشهٔ بازی با مراقب وجود دارد.',
      },
      uk: {
        title: 'Кафе зустрічей',
        description:
          'Щосереди по обіді за кавою, чаєм і пирогом: практикуйте німецьку, з’ясуйте питання щодо листів, познайомтеся із сусідами. Для дітей є ігровий куточок із доглядом.',
      },
      ru: {
        title: 'Кафе встреч',
        description:
          'Каждую среду после обеда за кофе, чаем и пирогом: практикуйте немецкий, разберитесь с письмами, познакомьтесь с соседями. Для детей есть игровой уголок с присмотром.',
      },
      tr: {
        title: 'Buluşma kafesi',
        description:
          'Her çarşamba öğleden sonra kahve, çay ve pasta eşliğinde: Almanca pratik yapın, mektuplarla ilgili sorularınızı sorun, komşularınızla tanışın. Çocuklar için gözetmenli bir oyun köşesi var.',
      },
    },
  },
  {
    key: 'meppen/sprachcafe',
    municipality: 'meppen',
    quartier: 'esterfeld',
    provider: 'caritas',
    organiserName: 'Caritas Meppen',
    organiser: 'qm.meppen',
    type: 'language_cafe',
    rrule: 'FREQ=WEEKLY;BYDAY=TH',
    time: '17:00',
    minutes: 90,
    roomName: 'Quartiersbüro Esterfeld',
    address: 'Quartiersbüro Esterfeld, 49716 Meppen',
    languages: ['de', 'ar', 'ku', 'ti'],
    capacity: 16,
    registration: 'required',
    costCents: null,
    flags: { wheelchair: true },
    texts: {
      de: {
        title: 'Sprachcafé Esterfeld',
        description:
          'Deutsch sprechen ohne Prüfungsdruck: In kleinen Gruppen unterhalten wir uns über Alltag, Arbeit und Schule. Ehrenamtliche der Caritas helfen weiter. Für Anfängerinnen und Anfänger gibt es einen eigenen Tisch.',
      },
      en: {
        title: 'Language café Esterfeld',
        description:
          'Speak German without exam pressure: in small groups we talk about everyday life, work and school. Caritas volunteers help out. Beginners have a table of their own.',
      },
      ar: {
        title: 'مقهى اللغة في إسترفيلد',
        description:
          'تحدّث الألمانية دون ضغط الامتحانات: نتحدث في مجموعات صغيرة عن الحياة اليومية والعمل والمدرسة. يساعد متطوعو كاريتاس. للمبتدئين طاولة خاصة بهم.',
      },
      fa: {
        title: 'کافهٔ زبان استرفلد',
        description:
          'آلمانی صحبت کنید بدون فشار امتحان: در گروه‌های کوچک دربارهٔ زندگی روزمره، کار و مدرسه گفت‌وگو می‌کنیم. داوطلبان کاریتاس کمک می‌کنند. برای مبتدیان میز جداگانه‌ای هست.',
      },
      uk: {
        title: 'Мовне кафе Естерфельд',
        description:
          'Розмовляйте німецькою без тиску іспиту: у невеликих групах говоримо про побут, роботу й школу. Допомагають волонтери Caritas. Для початківців є окремий стіл.',
      },
      ru: {
        title: 'Языковое кафе Эстерфельд',
        description:
          'Говорите по-немецки без экзаменационного стресса: в небольших группах мы беседуем о быте, работе и школе. Помогают волонтёры Caritas. Для начинающих есть отдельный стол.',
      },
      tr: {
        title: 'Esterfeld dil kafesi',
        description:
          'Sınav baskısı olmadan Almanca konuşun: küçük gruplar hâlinde gündelik hayat, iş ve okul üzerine sohbet ediyoruz. Caritas gönüllüleri yardımcı oluyor. Yeni başlayanlar için ayrı bir masa var.',
      },
    },
  },
  {
    key: 'osnabrueck/sprachcafe',
    municipality: 'osnabrueck',
    quartier: 'schinkel',
    provider: 'stadtteilbuero-schinkel',
    organiserName: 'Stadtteilbüro Schinkel',
    organiser: 'qm.osnabrueck',
    type: 'language_cafe',
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
    time: '18:00',
    minutes: 90,
    roomName: 'Stadtteilbüro Schinkel',
    address: 'Stadtteilbüro Schinkel, 49084 Osnabrück',
    languages: ['de', 'uk', 'ru', 'tr', 'ar'],
    capacity: 20,
    registration: 'required',
    costCents: null,
    flags: { stepFree: true, family: true },
    texts: {
      de: {
        title: 'Sprachcafé im Schinkel',
        description:
          'Dienstags am Abend treffen sich Menschen aus vielen Ländern zum Deutschsprechen im Stadtteilbüro. Wer schon lange hier lebt, ist ebenso eingeladen: Gespräche gelingen am besten gemischt.',
      },
      en: {
        title: 'Language café in Schinkel',
        description:
          'On Tuesday evenings people from many countries meet at the neighbourhood office to speak German. Those who have lived here for a long time are just as welcome: conversations work best in mixed groups.',
      },
      ar: {
        title: 'مقهى اللغة في شينكل',
        description:
          'مساء كل ثلاثاء يلتقي أشخاص من بلدان كثيرة في مكتب الحي للتحدث بالألمانية. المقيمون هنا منذ زمن طويل مدعوون أيضًا: تنجح المحادثات أكثر في المجموعات المختلطة.',
      },
      fa: {
        title: 'کافهٔ زبان در شینکل',
        description:
          'سه‌شنبه‌ها عصر افرادی از کشورهای مختلف در دفتر محله برای آلمانی صحبت کردن دور هم جمع می‌شوند. کسانی که مدت‌هاست اینجا زندگی می‌کنند هم دعوت‌اند: گفت‌وگو در گروه‌های مختلط بهتر پیش می‌رود.',
      },
      uk: {
        title: 'Мовне кафе в Шинкелі',
        description:
          'Щовівторка ввечері люди з багатьох країн зустрічаються в бюро району, щоб говорити німецькою. Ті, хто давно тут живе, теж запрошені: розмови найкраще вдаються в змішаних групах.',
      },
      ru: {
        title: 'Языковое кафе в Шинкеле',
        description:
          'По вторникам вечером люди из многих стран встречаются в бюро района, чтобы говорить по-немецки. Те, кто давно здесь живёт, тоже приглашены: разговоры лучше всего получаются в смешанных группах.',
      },
      tr: {
        title: 'Schinkel’de dil kafesi',
        description:
          'Salı akşamları birçok ülkeden insan semt bürosunda Almanca konuşmak için buluşuyor. Uzun süredir burada yaşayanlar da davetli: sohbetler karma gruplarda en iyi sonucu verir.',
      },
    },
  },
];
