import type { PracticeSeed } from './welcome.content.ts';

/*
 * The good-practice library's demo examples. First the three examples the state of Lower Saxony presents (Meppen,
 * Osnabrück, Asendorf), described from its own words and with no figure it does not give; then three examples of
 * common practice, described generically (no organisation is named), one of them still waiting for review.
 * Texts are plain paragraphs separated by a blank line.
 */

const MEPPEN_MAG_DICH: PracticeSeed = {
  slug: 'meppen-mag-dich',
  origin: 'meppen',
  providerName: 'Stadt Meppen',
  placeName: 'Meppen',
  tags: ['welcome', 'encounter'],
  website: 'https://www.meppen.de',
  status: 'published',
  texts: {
    de: {
      title: 'Willkommenskultur in Meppen: „MEPPEN MAG DICH!“',
      what: '„MEPPEN MAG DICH!“ – welches Kompliment könnte schöner sein für Menschen, die ihre Heimat verlassen mussten und bei uns neu Fuß fassen möchten? Unter diesem Satz lebt die Stadt Meppen Willkommenskultur, von der Rathausspitze bis zu den Bürgerinnen und Bürgern.\n\nDer Gedanke dahinter: Ob die Integration von Zugewanderten gelingt, ist auch eine Frage der Kultur und der Haltung einer Gesellschaft.',
      forWhom:
        'Menschen, die ihre Heimat verlassen mussten und in Meppen neu anfangen, und alle Meppenerinnen und Meppener, die sie willkommen heißen.',
      results:
        'Willkommenskultur wird in Meppen von der Stadtspitze bis zu den Bürgerinnen und Bürgern getragen und hat mit „MEPPEN MAG DICH!“ eine Botschaft, die man sich merkt. Das Land Niedersachsen stellt Meppen als gutes Beispiel aus der Praxis vor. Zahlen zu Teilnehmenden nennt diese Beschreibung nicht.',
    },
    en: {
      title: 'A culture of welcome in Meppen: “MEPPEN MAG DICH!” (Meppen likes you!)',
      what: '“MEPPEN MAG DICH!” – what compliment could be nicer for people who had to leave their home and want to find their feet here? Under this motto, the town of Meppen lives a culture of welcome, from the top of the town hall to its citizens.\n\nThe idea behind it: whether the integration of immigrants succeeds is also a question of a society’s culture and attitude.',
      forWhom:
        'People who had to leave their home and are starting anew in Meppen, and all the people of Meppen who welcome them.',
      results:
        'In Meppen, the culture of welcome is carried from the town’s leadership to its citizens, and with “MEPPEN MAG DICH!” it has a message people remember. The state of Lower Saxony presents Meppen as an example of good practice. This description gives no figures on participants.',
    },
    ar: {
      title: 'ثقافة الترحيب في ميبن: «MEPPEN MAG DICH!» (ميبن تحبك!)',
      what: '«MEPPEN MAG DICH!» – أي مجاملة أجمل من هذه لأناس اضطروا إلى ترك وطنهم ويريدون أن يبدأوا حياة جديدة بيننا؟ تحت هذا الشعار تعيش مدينة ميبن ثقافة الترحيب، من رئاسة البلدية حتى المواطنات والمواطنين.\n\nالفكرة من ورائه: نجاح اندماج القادمين الجدد هو أيضًا مسألة ثقافة المجتمع وموقفه.',
      forWhom: 'الأشخاص الذين اضطروا إلى ترك وطنهم ويبدأون من جديد في ميبن، وجميع سكان ميبن الذين يرحبون بهم.',
      results:
        'في ميبن تحمل ثقافةَ الترحيب قيادةُ المدينة والمواطنون معًا، ولها مع «MEPPEN MAG DICH!» رسالة تبقى في الذاكرة. تعرض ولاية ساكسونيا السفلى ميبن مثالًا جيدًا من الواقع العملي. هذا الوصف لا يذكر أرقامًا عن المشاركين.',
    },
    uk: {
      title: 'Культура гостинності в Меппені: «MEPPEN MAG DICH!» (Меппен тебе любить!)',
      what: '«MEPPEN MAG DICH!» – який комплімент може бути приємнішим для людей, що мусили покинути батьківщину і хочуть почати в нас нове життя? Під цим гаслом місто Меппен живе культурою гостинності – від керівництва ратуші до кожного мешканця.\n\nІдея така: чи вдасться інтеграція приїжджих, залежить також від культури й ставлення суспільства.',
      forWhom:
        'Люди, які мусили покинути батьківщину й починають нове життя в Меппені, та всі мешканці Меппена, які їх вітають.',
      results:
        'У Меппені культуру гостинності підтримують і керівництво міста, і його мешканці, а гасло «MEPPEN MAG DICH!» легко запам’ятовується. Земля Нижня Саксонія представляє Меппен як добрий приклад із практики. Цифр про учасників цей опис не наводить.',
    },
  },
};

const DEMOKRATIE_MACHT_INTEGRATION: PracticeSeed = {
  slug: 'demokratie-macht-integration',
  origin: 'osnabrueck',
  providerName: 'Migrationsbeirat Osnabrück',
  placeName: 'Osnabrück',
  tags: ['participation'],
  website: 'https://www.osnabrueck.de',
  status: 'published',
  texts: {
    de: {
      title: 'Migrationsbeirat Osnabrück: „DEMOKRATIE. MACHT. INTEGRATION.“',
      what: 'Ein bundesweit einmaliges und modellhaftes Mentoring-Projekt des Migrationsbeirats Osnabrück: Menschen mit Zuwanderungsgeschichte bekommen die Chance, in die Kommunalpolitik hineinzuschnuppern und ihren Interessen eine Stimme zu geben.\n\nDie Teilnehmenden waren unter anderem bei Sitzungen und bei Online-Veranstaltungen von Fraktionen dabei.',
      forWhom: 'Menschen mit Zuwanderungsgeschichte, die Kommunalpolitik kennenlernen und mitreden möchten.',
      results: 'Insgesamt gab es 60 Teilnehmende, fast die Hälfte davon Frauen.',
    },
    en: {
      title: 'Osnabrück Migration Council: “DEMOKRATIE. MACHT. INTEGRATION.” (Democracy. Power. Integration.)',
      what: 'A mentoring project of the Osnabrück Migration Council that is unique in Germany and serves as a model: people with a migration background get the chance to take a look at local politics and to give their interests a voice.\n\nAmong other things, the participants attended council meetings and online events of the political groups.',
      forWhom: 'People with a migration background who want to get to know local politics and have a say.',
      results: 'There were 60 participants in total, almost half of them women.',
    },
    ar: {
      title: 'مجلس الهجرة في أوسنابروك: «DEMOKRATIE. MACHT. INTEGRATION.» (الديمقراطية. القوة. الاندماج.)',
      what: 'مشروع إرشاد فريد من نوعه على مستوى ألمانيا ونموذجي، أطلقه مجلس الهجرة في أوسنابروك: يحصل الأشخاص ذوو الخلفية المهاجرة على فرصة للتعرّف عن قرب على السياسة المحلية وإيصال صوت مصالحهم.\n\nشارك المشاركون، من بين أمور أخرى، في جلسات وفي فعاليات إلكترونية للكتل السياسية.',
      forWhom: 'الأشخاص ذوو الخلفية المهاجرة الذين يريدون التعرّف على السياسة المحلية والمشاركة في النقاش.',
      results: 'بلغ عدد المشاركين 60 شخصًا، نصفهم تقريبًا من النساء.',
    },
    uk: {
      title: 'Міграційна рада Оснабрюка: «DEMOKRATIE. MACHT. INTEGRATION.» (Демократія. Влада. Інтеграція.)',
      what: 'Єдиний такий у Німеччині зразковий менторський проєкт Міграційної ради Оснабрюка: люди з міграційною історією отримують нагоду зазирнути в місцеву політику й дати голос своїм інтересам.\n\nУчасники, зокрема, були присутні на засіданнях та онлайн-заходах фракцій.',
      forWhom: 'Люди з міграційною історією, які хочуть познайомитися з місцевою політикою й мати право голосу.',
      results: 'Загалом було 60 учасників, майже половина з них – жінки.',
    },
  },
};

const ASENDORF_VILLAGE: PracticeSeed = {
  slug: 'gemeinsam-leben-auf-dem-dorf',
  origin: 'asendorf',
  placeName: 'Asendorf',
  tags: ['village', 'encounter'],
  website: 'https://www.asendorf.de',
  status: 'published',
  texts: {
    de: {
      title: 'Gemeinsam leben auf dem Dorf',
      what: 'In Asendorf werden echte Begegnungen gesucht, Freundschaften geknüpft und gepflegt. Motiv dafür sind weder Herkunft noch Sprache, sondern allein persönliche Zuwendung und der Wunsch nach einem vielfältigen Dorfleben.\n\nNeben vielen kleineren und größeren gemeinsamen Aktivitäten gibt es feste Einrichtungen: den Runden Tisch, das Begegnungscafé und die internationalen Kochveranstaltungen der Landfrauen.',
      forWhom:
        'Alle Menschen im Dorf, die schon lange hier leben oder neu dazugekommen sind, ganz gleich, woher sie kommen und welche Sprache sie sprechen.',
      results:
        'Freundschaften, die geknüpft und gepflegt werden, und Treffpunkte, die dauerhaft bestehen: Runder Tisch, Begegnungscafé und internationale Kochveranstaltungen.',
    },
    en: {
      title: 'Living together in the village',
      what: 'In Asendorf, people look for real encounters and make and keep friendships. What drives them is neither origin nor language, but personal care for one another and the wish for a diverse village life.\n\nBesides many smaller and larger shared activities, there are permanent fixtures: the round table (Runder Tisch), the meeting café (Begegnungscafé) and the international cooking events of the rural women’s association (Landfrauen).',
      forWhom: 'Everyone in the village, long-time residents and newcomers alike, whatever their origin and language.',
      results:
        'Friendships that are made and kept, and meeting points that last: the round table, the meeting café and the international cooking events.',
    },
    ar: {
      title: 'العيش معًا في القرية',
      what: 'في أسندورف يسعى الناس إلى لقاءات حقيقية، وتنشأ صداقات ويُحافظ عليها. والدافع إلى ذلك ليس الأصل ولا اللغة، بل الاهتمام الشخصي بالآخر والرغبة في حياة قروية متنوعة.\n\nإلى جانب أنشطة مشتركة كثيرة صغيرة وكبيرة، هناك أنشطة دائمة: الطاولة المستديرة (Runder Tisch)، ومقهى اللقاء (Begegnungscafé)، وأمسيات الطبخ الدولية التي تنظمها جمعية نساء الريف (Landfrauen).',
      forWhom: 'جميع سكان القرية، القدامى والجدد، بغض النظر عن أصلهم ولغتهم.',
      results: 'صداقات تنشأ ويُحافظ عليها، وأماكن لقاء دائمة: الطاولة المستديرة ومقهى اللقاء وأمسيات الطبخ الدولية.',
    },
    uk: {
      title: 'Жити разом у селі',
      what: 'В Асендорфі люди шукають справжніх зустрічей, заводять і підтримують дружбу. Рушієм цього є не походження чи мова, а лише особиста турбота одне про одного й бажання різноманітного сільського життя.\n\nОкрім багатьох менших і більших спільних заходів, є й постійні: круглий стіл (Runder Tisch), кафе зустрічей (Begegnungscafé) та міжнародні кулінарні вечори Спілки сільських жінок (Landfrauen).',
      forWhom: 'Усі мешканці села – і давні, і нові, незалежно від походження та мови.',
      results:
        'Дружба, яку заводять і підтримують, і постійні місця зустрічей: круглий стіл, кафе зустрічей і міжнародні кулінарні вечори.',
    },
  },
};

const LANGUAGE_CAFE: PracticeSeed = {
  slug: 'sprachcafe-im-quartierszentrum',
  origin: 'hannover',
  placeName: 'Hannover',
  tags: ['language', 'encounter'],
  status: 'published',
  texts: {
    de: {
      title: 'Sprachcafé in einem Quartierszentrum',
      what: 'Einmal in der Woche öffnet das Quartierszentrum am Nachmittag für ein Sprachcafé. Ehrenamtliche aus der Nachbarschaft sitzen an Tischen, und wer Deutsch üben möchte, setzt sich dazu. Es gibt Tische für Anfängerinnen und Anfänger und Tische für Fortgeschrittene. Man muss sich nicht anmelden, und es kostet nichts.\n\nDie Gespräche drehen sich um den Alltag: Briefe von Ämtern, der Arztbesuch, die Schule der Kinder. In einer Spielecke werden kleine Kinder betreut, damit auch Mütter und Väter kommen können.',
      forWhom:
        'Erwachsene, die Deutsch sprechen üben möchten, vor allem neben oder nach einem Integrationskurs, und Nachbarinnen und Nachbarn, die sich ehrenamtlich engagieren möchten.',
      results:
        'Bewährt hat sich: ein fester Tag und eine feste Uhrzeit, immer dieselben Räume, ein kleines Team von Ehrenamtlichen, die sich abwechseln, und Getränke auf Spendenbasis. Aus den Gesprächen entstehen oft weitere Kontakte, etwa Begleitung zu Terminen oder gemeinsame Ausflüge.',
    },
    en: {
      title: 'Language café in a neighbourhood centre',
      what: 'Once a week, the neighbourhood centre opens in the afternoon for a language café. Volunteers from the neighbourhood sit at tables, and anyone who wants to practise German joins them. There are tables for beginners and tables for advanced learners. No registration is needed, and it is free.\n\nThe conversations are about everyday life: letters from the authorities, seeing a doctor, the children’s school. Small children are looked after in a play corner so that mothers and fathers can come too.',
      forWhom:
        'Adults who want to practise speaking German, especially alongside or after an integration course, and neighbours who want to volunteer.',
      results:
        'What has proven useful: a fixed day and time, always the same rooms, a small team of volunteers who take turns, and drinks for a donation. The conversations often lead to further contacts, such as someone going along to appointments or joint outings.',
    },
    ar: {
      title: 'مقهى لغة في مركز حي',
      what: 'مرة في الأسبوع يفتح مركز الحي أبوابه بعد الظهر لمقهى اللغة. يجلس متطوعون من الحي إلى طاولات، ومن يريد التدرب على الألمانية يجلس معهم. هناك طاولات للمبتدئين وطاولات للمتقدمين. لا حاجة إلى التسجيل، والمشاركة مجانية.\n\nتدور الأحاديث حول الحياة اليومية: رسائل الدوائر الرسمية، والذهاب إلى الطبيب، ومدرسة الأطفال. في ركن للعب يُعتنى بالأطفال الصغار، حتى تستطيع الأمهات والآباء الحضور أيضًا.',
      forWhom:
        'البالغون الذين يريدون التدرب على التحدث بالألمانية، خاصة إلى جانب دورة الاندماج أو بعدها، والجيران الذين يريدون التطوع.',
      results:
        'ما أثبت نجاحه: يوم وساعة ثابتان، والمكان نفسه دائمًا، وفريق صغير من المتطوعين يتناوبون، ومشروبات مقابل تبرع. كثيرًا ما تنشأ من الأحاديث علاقات أخرى، مثل المرافقة إلى المواعيد أو الرحلات المشتركة.',
    },
    uk: {
      title: 'Мовне кафе в районному центрі',
      what: 'Раз на тиждень районний центр пообіді відкривається для мовного кафе. Волонтери з околиці сидять за столами, і кожен, хто хоче практикувати німецьку, підсідає до них. Є столи для початківців і столи для тих, хто вже знає більше. Реєструватися не треба, і це безкоштовно.\n\nРозмови стосуються повсякденного життя: листів від установ, візиту до лікаря, школи дітей. У куточку для гри доглядають за малими дітьми, щоб могли прийти й мами, і тата.',
      forWhom:
        'Дорослі, які хочуть практикувати розмовну німецьку, особливо паралельно з інтеграційним курсом або після нього, і сусіди, які хочуть волонтерити.',
      results:
        'Що себе виправдало: сталий день і час, завжди ті самі приміщення, невелика команда волонтерів, які змінюють одне одного, і напої за пожертву. З розмов часто виникають інші контакти, наприклад супровід на прийоми чи спільні поїздки.',
    },
  },
};

const HOUSING_GUIDES: PracticeSeed = {
  slug: 'ehrenamtliche-wohnungslotsen',
  origin: 'osnabrueck',
  placeName: 'Osnabrück',
  tags: ['housing', 'participation'],
  status: 'published',
  texts: {
    de: {
      title: 'Ehrenamtliche Wohnungslotsinnen und Wohnungslotsen',
      what: 'Geschulte Ehrenamtliche begleiten geflüchtete Haushalte bei der Suche nach einer eigenen Wohnung. Sie erklären, wie Wohnungsanzeigen zu lesen sind, helfen beim Antrag auf einen Wohnberechtigungsschein und gehen auf Wunsch mit zur Besichtigung.\n\nDie Schulung behandelt die Grundlagen: Der Wohnberechtigungsschein gilt ein Jahr und nur in Niedersachsen. Die Mietkaution beträgt höchstens drei Monatsmieten ohne Nebenkosten und darf in drei Raten gezahlt werden. Wer Bürgergeld bekommt, lässt die Miete vor der Unterschrift vom Jobcenter als angemessen bestätigen.',
      forWhom:
        'Geflüchtete Haushalte, die aus einer Gemeinschaftsunterkunft in eine eigene Wohnung ziehen möchten, und Menschen, die sich dafür ehrenamtlich engagieren möchten.',
      results:
        'Bewährt hat sich: feste Tandems aus einer Lotsin oder einem Lotsen und einem Haushalt, eine Sprechstunde in der Unterkunft und ein kurzer Austausch der Ehrenamtlichen jeden Monat. Vermieterinnen und Vermieter haben eine feste Ansprechperson, wenn Fragen auftauchen.',
    },
    en: {
      title: 'Volunteer housing guides',
      what: 'Trained volunteers support refugee households in their search for a flat of their own. They explain how to read flat adverts, help with the application for a housing eligibility certificate (Wohnberechtigungsschein) and, if wanted, go along to viewings.\n\nThe training covers the basics: the housing eligibility certificate is valid for one year and only in Lower Saxony. The rent deposit is at most three months’ rent without service charges and may be paid in three instalments. Anyone receiving Bürgergeld has the Jobcenter confirm that the rent is appropriate before signing.',
      forWhom:
        'Refugee households who want to move from shared accommodation into a flat of their own, and people who want to volunteer for this.',
      results:
        'What has proven useful: fixed pairs of one guide and one household, a consultation hour in the accommodation and a short monthly exchange among the volunteers. Landlords have a fixed contact person when questions come up.',
    },
    ar: {
      title: 'مرشدون متطوعون للبحث عن سكن',
      what: 'يرافق متطوعون مدرَّبون الأسر اللاجئة في البحث عن شقة خاصة بها. يشرحون كيف تُقرأ إعلانات الشقق، ويساعدون في طلب شهادة أحقية السكن (Wohnberechtigungsschein)، ويذهبون عند الرغبة إلى معاينة الشقة.\n\nيتناول التدريب الأساسيات: شهادة أحقية السكن صالحة لمدة سنة واحدة وفي ولاية ساكسونيا السفلى فقط. التأمين على الإيجار لا يتجاوز إيجار ثلاثة أشهر بدون التكاليف الإضافية، ويجوز دفعه على ثلاث دفعات. من يحصل على إعانة المواطن (Bürgergeld) يطلب من مركز العمل (Jobcenter) أن يؤكد أن الإيجار مناسب قبل التوقيع.',
      forWhom: 'الأسر اللاجئة التي تريد الانتقال من سكن جماعي إلى شقة خاصة، والأشخاص الذين يريدون التطوع في ذلك.',
      results:
        'ما أثبت نجاحه: ثنائيات ثابتة من مرشد أو مرشدة وأسرة واحدة، وساعة استشارة في مكان السكن، ولقاء قصير للمتطوعين كل شهر. ولدى المؤجرين شخص ثابت يتواصلون معه عند ظهور أسئلة.',
    },
    uk: {
      title: 'Волонтери-провідники в пошуку житла',
      what: 'Навчені волонтери супроводжують родини біженців у пошуку власного житла. Вони пояснюють, як читати оголошення про оренду, допомагають із заявою на довідку про право на соціальне житло (Wohnberechtigungsschein) і за бажанням ходять разом на огляд квартири.\n\nНавчання охоплює основи: довідка про право на соціальне житло дійсна один рік і лише в Нижній Саксонії. Застава за оренду становить не більше трьох місячних орендних плат без комунальних платежів, і її можна сплатити трьома частинами. Хто отримує громадянську допомогу (Bürgergeld), до підписання договору просить Джобцентр (Jobcenter) підтвердити, що оренда прийнятна.',
      forWhom:
        'Родини біженців, які хочуть переїхати зі спільного житла до власної квартири, і люди, які хочуть у цьому волонтерити.',
      results:
        'Що себе виправдало: сталі пари з одного провідника чи провідниці й однієї родини, година консультацій у місці проживання і коротка щомісячна зустріч волонтерів. Орендодавці мають постійну контактну особу, коли виникають запитання.',
    },
  },
};

const CYCLING_COURSE: PracticeSeed = {
  slug: 'radfahrkurs-fuer-frauen-auf-dem-land',
  origin: 'asendorf',
  placeName: 'Asendorf',
  tags: ['women', 'village', 'encounter'],
  status: 'submitted',
  texts: {
    de: {
      title: 'Radfahrkurs für Frauen auf dem Land',
      what: 'Auf dem Dorf fährt der Bus selten. Wer Rad fahren kann, kommt allein zum Einkaufen, zum Sprachkurs und zur Arbeit. Im Radfahrkurs lernen Frauen, die nie Rad fahren gelernt haben, auf einem abgesperrten Platz das Gleichgewicht, das Bremsen und das Anfahren, danach die wichtigsten Verkehrsregeln und das Fahren auf ruhigen Wegen.\n\nEhrenamtliche Trainerinnen leiten den Kurs. Gespendete Fahrräder werden vorher gemeinsam durchgesehen, Helme werden ausgeliehen. Während des Kurses werden die Kinder betreut.',
      forWhom: 'Frauen jeden Alters, die Rad fahren lernen möchten, besonders Frauen, die neu im Dorf sind.',
      results:
        'Bewährt hat sich: kleine Gruppen, nur Trainerinnen, eine Uhrzeit, zu der die Kinder betreut sind, und am Ende eine gemeinsame Tour durch das Dorf. Die Frauen können ihre Wege danach selbst machen.',
    },
    en: {
      title: 'Cycling course for women in the countryside',
      what: 'In the village, buses are rare. Those who can ride a bike get to the shops, the language course and work on their own. In the cycling course, women who never learned to ride a bike first learn balance, braking and starting off on a closed-off square, then the most important traffic rules and riding on quiet paths.\n\nVolunteer trainers, all women, run the course. Donated bikes are checked together beforehand, and helmets are lent. Children are looked after during the course.',
      forWhom: 'Women of all ages who want to learn to ride a bike, especially women who are new to the village.',
      results:
        'What has proven useful: small groups, women trainers only, a time when the children are looked after, and a shared ride through the village at the end. Afterwards the women can make their journeys on their own.',
    },
    ar: {
      title: 'دورة ركوب الدراجة للنساء في الريف',
      what: 'في القرية لا تمر الحافلة إلا نادرًا. من تعرف ركوب الدراجة تصل وحدها إلى التسوق ودورة اللغة والعمل. في دورة ركوب الدراجة تتعلم النساء اللواتي لم يتعلمن ركوب الدراجة من قبل، في ساحة مغلقة، التوازن والكبح والانطلاق، ثم أهم قواعد السير والقيادة على طرق هادئة.\n\nتقود الدورة مدرّبات متطوعات. تُفحص الدراجات المتبرَّع بها معًا قبل البدء، وتُعار الخوذ. أثناء الدورة يُعتنى بالأطفال.',
      forWhom: 'النساء من جميع الأعمار اللواتي يردن تعلّم ركوب الدراجة، وخاصة النساء الجديدات في القرية.',
      results:
        'ما أثبت نجاحه: مجموعات صغيرة، ومدرّبات نساء فقط، وموعد يُعتنى فيه بالأطفال، وجولة مشتركة عبر القرية في النهاية. بعد ذلك تستطيع النساء قضاء مشاويرهن بأنفسهن.',
    },
    uk: {
      title: 'Курс їзди на велосипеді для жінок у сільській місцевості',
      what: 'У селі автобус їздить рідко. Та, хто вміє їздити на велосипеді, сама дістається до магазину, мовного курсу й роботи. На курсі жінки, які ніколи не вчилися їздити на велосипеді, спершу на закритому майданчику вчаться тримати рівновагу, гальмувати й рушати, а потім – найважливіших правил дорожнього руху та їзди тихими дорогами.\n\nКурс ведуть тренерки-волонтерки. Подаровані велосипеди заздалегідь разом перевіряють, шоломи дають напрокат. Під час курсу доглядають за дітьми.',
      forWhom:
        'Жінки будь-якого віку, які хочуть навчитися їздити на велосипеді, особливо ті, хто нещодавно приїхав у село.',
      results:
        'Що себе виправдало: малі групи, лише тренерки-жінки, час, коли за дітьми доглядають, і спільна поїздка селом наприкінці. Після курсу жінки можуть самі дістатися, куди їм треба.',
    },
  },
};

/** The good-practice library's demo examples: the state's three examples first. */
export const DEMO_PRACTICES: readonly PracticeSeed[] = [
  MEPPEN_MAG_DICH,
  DEMOKRATIE_MACHT_INTEGRATION,
  ASENDORF_VILLAGE,
  LANGUAGE_CAFE,
  HOUSING_GUIDES,
  CYCLING_COURSE,
];
