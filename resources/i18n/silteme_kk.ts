<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New reference…</source>
        <translation>&amp;Жаңа сілтеме…</translation>
    </message>
    <message>
        <source>Type in a source by hand: a law, a court decision, a book</source>
        <translation>Дереккөзді қолмен енгізу: заң, сот шешімі, кітап</translation>
    </message>
    <message>
        <source>Add by &amp;DOI…</source>
        <translation>&amp;DOI бойынша қосу…</translation>
    </message>
    <message>
        <source>Paste one DOI or a block of text with many; Crossref fills in the rest</source>
        <translation>Бір DOI немесе бірнеше DOI бар мәтінді қойыңыз; қалғанын Crossref толтырады</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>Import a BibTeX, RIS, CSL-JSON, Scopus or Web of Science file</source>
        <translation>BibTeX, RIS, CSL-JSON, Scopus немесе Web of Science файлын импорттау</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Export the selected references</source>
        <translation>Таңдалған сілтемелерді экспорттау</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>Кітапхананы &amp;ашу…</translation>
    </message>
    <message>
        <source>Open another library file</source>
        <translation>Басқа кітапхана файлын ашу</translation>
    </message>
    <message>
        <source>New &amp;library…</source>
        <translation>Жаңа &amp;кітапхана…</translation>
    </message>
    <message>
        <source>Create a new, empty library file</source>
        <translation>Жаңа бос кітапхана файлын жасау</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Edit reference…</source>
        <translation>Сілтемені &amp;өңдеу…</translation>
    </message>
    <message>
        <source>Edit the selected reference</source>
        <translation>Таңдалған сілтемені өңдеу</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>Дәйексөзді &amp;көшіру</translation>
    </message>
    <message>
        <source>Copy the selected references as citations in the default style</source>
        <translation>Таңдалған сілтемелерді әдепкі стильдегі дәйексөз ретінде көшіру</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>&amp;Себетке жылжыту</translation>
    </message>
    <message>
        <source>Move the selected references to the trash (they can be restored)</source>
        <translation>Таңдалған сілтемелерді себетке жылжыту (оларды қалпына келтіруге болады)</translation>
    </message>
    <message>
        <source>&amp;Restore from trash</source>
        <translation>Себеттен &amp;қалпына келтіру</translation>
    </message>
    <message>
        <source>Bring the selected references back from the trash</source>
        <translation>Таңдалған сілтемелерді себеттен қайтару</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Себетті тазарту…</translation>
    </message>
    <message>
        <source>Delete the references in the trash for good (a backup is made first)</source>
        <translation>Себеттегі сілтемелерді біржола жою (алдымен сақтық көшірме жасалады)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Барлығын таңдау</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>Іздеу өрісіне өту</translation>
    </message>
    <message>
        <source>New &amp;collection…</source>
        <translation>Жаңа &amp;жинақ…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>&amp;Белгі қосу…</translation>
    </message>
    <message>
        <source>Tag the selected references</source>
        <translation>Таңдалған сілтемелерге белгі қосу</translation>
    </message>
    <message>
        <source>Mark as team publication</source>
        <translation>Топтың жарияланымы деп белгілеу</translation>
    </message>
    <message>
        <source>Count the selected references as the team&apos;s own publications</source>
        <translation>Таңдалған сілтемелерді топтың өз жарияланымдары деп есептеу</translation>
    </message>
    <message>
        <source>Unmark as team publication</source>
        <translation>Топтың жарияланымы белгісін алу</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>Read the library again (changes made by another window or program)</source>
        <translation>Кітапхананы қайта оқу (басқа терезе не бағдарлама енгізген өзгерістер)</translation>
    </message>
    <message>
        <source>Show &amp;sidebar</source>
        <translation>&amp;Бүйір панелін көрсету</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Мәліметтерді көрсету</translation>
    </message>
    <message>
        <source>&amp;Bibliography…</source>
        <translation>&amp;Әдебиеттер тізімі…</translation>
    </message>
    <message>
        <source>Build a GOST or APA list from the selection or a collection</source>
        <translation>Таңдалғаннан немесе жинақтан МЕМСТ не APA бойынша тізім құрастыру</translation>
    </message>
    <message>
        <source>Find &amp;DOI…</source>
        <translation>&amp;DOI іздеу…</translation>
    </message>
    <message>
        <source>Look up the DOI of the selected reference in Crossref</source>
        <translation>Таңдалған сілтеменің DOI-ын Crossref-тен іздеу</translation>
    </message>
    <message>
        <source>&amp;Update from Crossref…</source>
        <translation>Crossref-тен &amp;жаңарту…</translation>
    </message>
    <message>
        <source>Compare the selected references with Crossref, field by field</source>
        <translation>Таңдалған сілтемелерді Crossref-пен өріс бойынша салыстыру</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>&amp;Қайталанатындарды табу…</translation>
    </message>
    <message>
        <source>&amp;Journals and grant…</source>
        <translation>&amp;Журналдар және грант…</translation>
    </message>
    <message>
        <source>Journal metrics, indexes and lists; the grant&apos;s progress</source>
        <translation>Журнал көрсеткіштері, индекстер мен тізімдер; гранттың орындалуы</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>Copy the library into its backups folder</source>
        <translation>Кітапхананы сақтық көшірмелер қалтасына көшіру</translation>
    </message>
    <message>
        <source>&amp;Check the library</source>
        <translation>Кітапхананы &amp;тексеру</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check on the library file</source>
        <translation>Кітапхана файлының тұтастығын SQLite арқылы тексеру</translation>
    </message>
    <message>
        <source>&amp;About Silteme</source>
        <translation>Silteme &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Бағандар</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Not available yet in this build</source>
        <translation>Бұл жинақта әзірге қолжетімсіз</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Open another library…</source>
        <translation>Басқа кітапхананы ашу…</translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation>Кітапхананы ашу немесе жасау</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>link</source>
        <translation>сілтеме</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Silteme: unexpected error</source>
        <translation>Silteme: күтпеген қате</translation>
    </message>
    <message>
        <source>Something went wrong inside Silteme.</source>
        <translation>Silteme ішінде бірдеңе дұрыс болмады.</translation>
    </message>
    <message>
        <source>This is a bug, not something you did.</source>
        <translation>Бұл сіздің әрекетіңіз емес, бағдарламаның қатесі.</translation>
    </message>
    <message>
        <source>Your library is safe: every change is written in one transaction, and a change interrupted half-way is rolled back. You can keep working. Please copy the details below into a message to the developers.</source>
        <translation>Кітапханаңыз қауіпсіз: әр өзгеріс бір транзакциямен жазылады, ал жартылай үзілген өзгеріс кері қайтарылады. Жұмысты жалғастыра беруге болады. Төмендегі мәліметтерді көшіріп, әзірлеушілерге жіберіңіз.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Мәліметтерді көшіру</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Көшірілді</translation>
    </message>
</context>
<context>
    <name>CreatorRole</name>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation>Құрастырушы</translation>
    </message>
    <message>
        <source>Author of the book</source>
        <translation>Кітап авторы</translation>
    </message>
    <message>
        <source>Series editor</source>
        <translation>Серия редакторы</translation>
    </message>
    <message>
        <source>Editor-in-chief</source>
        <translation>Бас редактор</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <source>Reviewed author</source>
        <translation>Пікір жазылған автор</translation>
    </message>
    <message>
        <source>Original author</source>
        <translation>Түпнұсқа авторы</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Сұхбат алушы</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Режиссер</translation>
    </message>
    <message>
        <source>Illustrator</source>
        <translation>Суретші</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Композитор</translation>
    </message>
    <message>
        <source>Executive producer</source>
        <translation>Атқарушы продюсер</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Қонақ</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Жүргізуші</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>Баяндаушы</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Продюсер</translation>
    </message>
    <message>
        <source>Script writer</source>
        <translation>Сценарист</translation>
    </message>
    <message>
        <source>Series creator</source>
        <translation>Серия авторы</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Редакторлар</translation>
    </message>
    <message>
        <source>Translators</source>
        <translation>Аудармашылар</translation>
    </message>
    <message>
        <source>Compilers</source>
        <translation>Құрастырушылар</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a reference to see its details.</source>
        <translation>Мәліметтерін көру үшін сілтемені таңдаңыз.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… және тағы {n}</translation>
    </message>
    <message>
        <source>{n} references selected</source>
        <translation>Таңдалған сілтемелер: {n}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(атауы жоқ)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Team publications</source>
        <translation>Топтың жарияланымдары</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Жинақтар</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>This reference is in the trash.</source>
        <translation>Бұл сілтеме себетте.</translation>
    </message>
    <message>
        <source>RETRACTED: this work has been retracted. Do not cite it as valid.</source>
        <translation>КЕРІ ШАҚЫРЫЛДЫ: бұл жұмыс кері шақырылған. Оған дұрыс дереккөз ретінде сілтеме жасамаңыз.</translation>
    </message>
    <message>
        <source>This work has published corrections or updates.</source>
        <translation>Бұл жұмысқа түзетулер немесе жаңартулар жарияланған.</translation>
    </message>
    <message>
        <source>not valid, kept as written</source>
        <translation>жарамсыз, жазылған күйінде сақталды</translation>
    </message>
    <message>
        <source>Team grant: {verdict}</source>
        <translation>Топ гранты: {verdict}</translation>
    </message>
    <message>
        <source>Journal and grant</source>
        <translation>Журнал және грант</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <source>Title (transliterated)</source>
        <translation>Атауы (транслитерация)</translation>
    </message>
    <message>
        <source>Title (translated)</source>
        <translation>Атауы (аудармасы)</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Қысқартылуы</translation>
    </message>
    <message>
        <source>Published in (transliterated)</source>
        <translation>Басылым (транслитерация)</translation>
    </message>
    <message>
        <source>Published in (translated)</source>
        <translation>Басылым (аудармасы)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation>Сериядағы нөмірі</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Том</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Шығарылым</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Басылымы</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Бет саны</translation>
    </message>
    <message>
        <source>Number of volumes</source>
        <translation>Том саны</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Баспа</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Басылған жері</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Event place</source>
        <translation>Өткен жері</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Өткен күні</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Қаралған күні</translation>
    </message>
    <message>
        <source>Original date</source>
        <translation>Түпнұсқа күні</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Тапсырылған күні</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>As amended on</source>
        <translation>Редакциясы</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Қабылдаған орган</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Юрисдикция</translation>
    </message>
    <message>
        <source>Official publication</source>
        <translation>Ресми жариялануы</translation>
    </message>
    <message>
        <source>Gazette year</source>
        <translation>Жылы (басылым)</translation>
    </message>
    <message>
        <source>Gazette number</source>
        <translation>Нөмірі (басылым)</translation>
    </message>
    <message>
        <source>Gazette article</source>
        <translation>Бабы (басылым)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Жанр</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Тасығыш</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Мұрағат</translation>
    </message>
    <message>
        <source>Location in archive</source>
        <translation>Мұрағаттағы орны</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation>Дәйексөз кілті</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Түйін сөздер</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Аңдатпа</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All types</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Барлық тілдер</translation>
    </message>
    <message>
        <source>No language given</source>
        <translation>Тілі көрсетілмеген</translation>
    </message>
    <message>
        <source>Search titles, authors, journals, abstracts, notes ({shortcut})</source>
        <translation>Атаулар, авторлар, журналдар, аңдатпалар, жазбалар бойынша іздеу ({shortcut})</translation>
    </message>
    <message>
        <source>Every word matches as the start of a word, in any case; е finds ё. Esc clears.</source>
        <translation>Әр сөз сөздің басы ретінде, регистрге қарамай ізделеді; «е» «ё»-ні де табады. Esc өрісті тазартады.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Published in or after this year</source>
        <translation>Осы жылы немесе одан кейін жарияланған</translation>
    </message>
    <message>
        <source>Published in or before this year</source>
        <translation>Осы жылы немесе одан бұрын жарияланған</translation>
    </message>
    <message>
        <source>Has DOI</source>
        <translation>DOI бар</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Есептеледі</translation>
    </message>
    <message>
        <source>Only references that count toward the team grant (rule set “team-grant”)</source>
        <translation>Тек топ грантына есептелетін сілтемелер («team-grant» ережелер жиыны)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Іздеу мен сүзгілерді тазарту</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Your library is empty</source>
        <translation>Кітапханаңыз бос</translation>
    </message>
    <message>
        <source>Silteme keeps your sources (articles, books, laws, court decisions) in Russian, Kazakh and English, formats GOST and APA lists, and checks journals against the grant&apos;s rules. Start by adding a few references.</source>
        <translation>Silteme қазақ, орыс және ағылшын тілдеріндегі дереккөздеріңізді (мақалалар, кітаптар, заңдар, сот шешімдері) сақтайды, МЕМСТ пен APA бойынша тізімдер рәсімдейді және журналдарды грант ережелері бойынша тексереді. Бірнеше сілтеме қосудан бастаңыз.</translation>
    </message>
    <message>
        <source>Paste one DOI or a whole list; import a Scopus, Web of Science, Zotero, BibTeX or RIS file (or drop it on the window); or type in a law or a book by hand.</source>
        <translation>Бір DOI немесе тұтас тізімді қойыңыз; Scopus, Web of Science, Zotero, BibTeX не RIS файлын импорттаңыз (немесе терезеге сүйреп әкеліңіз); не заңды немесе кітапты қолмен енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>ItemType</name>
    <message>
        <source>Article</source>
        <translation>Мақала</translation>
    </message>
    <message>
        <source>Journal article</source>
        <translation>Журналдағы мақала</translation>
    </message>
    <message>
        <source>Magazine article</source>
        <translation>Танымал журналдағы мақала</translation>
    </message>
    <message>
        <source>Newspaper article</source>
        <translation>Газеттегі мақала</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Заң жобасы</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Кітап</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Book chapter</source>
        <translation>Кітап тарауы</translation>
    </message>
    <message>
        <source>Classic work</source>
        <translation>Классикалық шығарма</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Жинақ</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Деректер жиыны</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Анықтамалық мақаласы</translation>
    </message>
    <message>
        <source>Dictionary entry</source>
        <translation>Сөздік мақаласы</translation>
    </message>
    <message>
        <source>Encyclopedia entry</source>
        <translation>Энциклопедия мақаласы</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <source>Graphic</source>
        <translation>Графика</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Тыңдаулар</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Сот шешімі</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Заң</translation>
    </message>
    <message>
        <source>Manuscript</source>
        <translation>Қолжазба</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Фильм</translation>
    </message>
    <message>
        <source>Musical score</source>
        <translation>Ноталар</translation>
    </message>
    <message>
        <source>Pamphlet</source>
        <translation>Кітапша</translation>
    </message>
    <message>
        <source>Conference paper</source>
        <translation>Конференция баяндамасы</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Патент</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Қойылым</translation>
    </message>
    <message>
        <source>Periodical</source>
        <translation>Мерзімді басылым</translation>
    </message>
    <message>
        <source>Personal communication</source>
        <translation>Жеке хабарлама</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Желідегі жазба</translation>
    </message>
    <message>
        <source>Blog post</source>
        <translation>Блогтағы жазба</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Заңға тәуелді акт</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Пікір</translation>
    </message>
    <message>
        <source>Book review</source>
        <translation>Кітапқа пікір</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Ән</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Сөз сөйлеу</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>Диссертация</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>Халықаралық шарт</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Веб-бет</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Неміс тілі</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Француз тілі</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Испан тілі</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Итальян тілі</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украин тілі</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Өзбек тілі</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Қырғыз тілі</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>Тәжік тілі</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Түрік тілі</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Беларусь тілі</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Поляк тілі</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Қытай тілі</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Жапон тілі</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Корей тілі</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Араб тілі</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Португал тілі</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This feature is not available yet in this build.</source>
        <translation>Бұл мүмкіндік осы жинақта әзірге қолжетімсіз.</translation>
    </message>
    <message>
        <source>The library is read-only.</source>
        <translation>Кітапхана тек оқу үшін ашылған.</translation>
    </message>
    <message>
        <source>Checking eligibility</source>
        <translation>Грантқа сәйкестігін тексеру</translation>
    </message>
    <message>
        <source>Checking which references count toward the grant…</source>
        <translation>Қай сілтемелер грантқа есептелетіні тексерілуде…</translation>
    </message>
    <message>
        <source>No references match the search and filters.</source>
        <translation>Іздеу мен сүзгілерге сай сілтемелер жоқ.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Себет бос.</translation>
    </message>
    <message>
        <source>This collection is empty. Drag references from the table onto it in the sidebar.</source>
        <translation>Жинақ бос. Сілтемелерді кестеден бүйір панеліндегі жинаққа сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>No references have this tag.</source>
        <translation>Бұл белгісі бар сілтемелер жоқ.</translation>
    </message>
    <message>
        <source>No team publications yet. Select the team&apos;s own works and choose “Mark as team publication”.</source>
        <translation>Топтың жарияланымдары әзірге жоқ. Топтың өз жұмыстарын таңдап, «Топтың жарияланымы деп белгілеу» пәрменін орындаңыз.</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Мұнда әзірге ештеңе жоқ.</translation>
    </message>
    <message>
        <source>{selected} of {count} selected</source>
        <translation>Таңдалды: {count} ішінен {selected}</translation>
    </message>
    <message>
        <source>{count} references</source>
        <translation>Сілтемелер: {count}</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>Себетке жылжыту</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Себетті тазарту</translation>
    </message>
    <message>
        <source>Delete {n} references in the trash for good? A backup of the library is made first.</source>
        <translation>Себеттегі барлық сілтемелерді ({n}) біржола жою керек пе? Алдымен кітапхананың сақтық көшірмесі жасалады.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Біржола жою</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Себетті тазарту</translation>
    </message>
    <message>
        <source>Adding to collection</source>
        <translation>Жинаққа қосу</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Белгі қосу</translation>
    </message>
    <message>
        <source>Team publications</source>
        <translation>Топтың жарияланымдары</translation>
    </message>
    <message>
        <source>New sub-collection</source>
        <translation>Жаңа ішкі жинақ</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Жаңа жинақ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Жинақтың атын өзгерту</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Жинақты жою</translation>
    </message>
    <message>
        <source>Delete the collection “{name}” and its sub-collections? The references stay in the library.</source>
        <translation>«{name}» жинағын және оның ішкі жинақтарын жою керек пе? Сілтемелердің өзі кітапханада қалады.</translation>
    </message>
    <message>
        <source>Removing from collection</source>
        <translation>Жинақтан алып тастау</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Белгі қосу</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Белгі:</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Сақтық көшірме жазылды: {path}</translation>
    </message>
    <message>
        <source>The library file has problems:</source>
        <translation>Кітапхана файлында ақаулар бар:</translation>
    </message>
    <message>
        <source>The library file is sound.</source>
        <translation>Кітапхана файлы дұрыс.</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>Кітапхананы тексеру</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Күнделікті сақтық көшірме</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>Күнделікті сақтық көшірме жасалмады: {reason}</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Жинаққа қосу</translation>
    </message>
    <message>
        <source>Remove from “{name}”</source>
        <translation>«{name}» жинағынан алып тастау</translation>
    </message>
    <message>
        <source>New sub-collection…</source>
        <translation>Жаңа ішкі жинақ…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Атын өзгерту…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Жинақты жою…</translation>
    </message>
    <message>
        <source>Open a library</source>
        <translation>Кітапхананы ашу</translation>
    </message>
    <message>
        <source>Create a library</source>
        <translation>Кітапхана жасау</translation>
    </message>
    <message>
        <source>About Silteme</source>
        <translation>Silteme туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Silteme {version}&lt;/h3&gt;&lt;p&gt;A bibliography and citation manager for sources in Russian, Kazakh and English: GOST and APA lists, Crossref, journal eligibility.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Silteme {version}&lt;/h3&gt;&lt;p&gt;Қазақ, орыс және ағылшын тілдеріндегі дереккөздерге арналған библиография және дәйексөз менеджері: МЕМСТ пен APA тізімдері, Crossref, журналдардың талаптарға сәйкестігі.&lt;/p&gt;&lt;p&gt;Кітапхана: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>тек оқу</translation>
    </message>
    <message>
        <source>This library is open read-only ({path}): you can read, search and copy, but nothing can be changed. Copy the file somewhere writable to edit it.</source>
        <translation>Кітапхана тек оқу үшін ашылған ({path}): оқуға, іздеуге және көшіруге болады, бірақ ештеңені өзгертуге болмайды. Өңдеу үшін файлды жазуға болатын жерге көшіріңіз.</translation>
    </message>
    <message>
        <source>The library cannot be read: {reason}</source>
        <translation>Кітапхананы оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Құралдар тақтасы</translation>
    </message>
    <message>
        <source>Reset search and filters</source>
        <translation>Іздеу мен сүзгілерді тазарту</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This library was written by a newer version of Silteme. Update Silteme to open it; the file was left untouched.</source>
        <translation>Бұл кітапхананы Silteme-нің жаңарақ нұсқасы жазған. Оны ашу үшін Silteme-ні жаңартыңыз; файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>The library file is damaged. A good backup exists: {backup}</source>
        <translation>Кітапхана файлы зақымдалған. Жарамды сақтық көшірме бар: {backup}</translation>
    </message>
    <message>
        <source>The library file is damaged and no good backup was found.</source>
        <translation>Кітапхана файлы зақымдалған, жарамды сақтық көшірме табылмады.</translation>
    </message>
    <message>
        <source>The library is open read-only: nothing can be changed.</source>
        <translation>Кітапхана тек оқу үшін ашылған: өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>Another window or program is writing to the library. Try again in a moment; nothing was changed.</source>
        <translation>Кітапханаға қазір басқа терезе не бағдарлама жазып жатыр. Сәлден соң қайталаңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The disk is full or cannot be written. Nothing was changed.</source>
        <translation>Диск толып қалған немесе оған жазу мүмкін емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The library cannot be used: {reason}</source>
        <translation>Кітапхананы пайдалану мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>DOI {doi} was not found.</source>
        <translation>DOI {doi} табылмады.</translation>
    </message>
    <message>
        <source>Crossref asks to slow down (too many requests). Try again in a minute.</source>
        <translation>Crossref сұраныстарды азайтуды сұрайды. Бір минуттан соң қайталаңыз.</translation>
    </message>
    <message>
        <source>No internet connection. Try again when the network is back.</source>
        <translation>Интернетке қосылым жоқ. Желі қалпына келгенде қайталаңыз.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Сервер уақытында жауап бермеді. Кейінірек қайталаңыз.</translation>
    </message>
    <message>
        <source>The server is having problems (HTTP {status}). Try again later.</source>
        <translation>Серверде ақау бар (HTTP {status}). Кейінірек қайталаңыз.</translation>
    </message>
    <message>
        <source>The DOI link led to an unexpected site; its answer was refused.</source>
        <translation>DOI сілтемесі күтпеген сайтқа апарды; оның жауабы қабылданбады.</translation>
    </message>
    <message>
        <source>The server sent an answer Silteme cannot read.</source>
        <translation>Сервер Silteme оқи алмайтын жауап жіберді.</translation>
    </message>
    <message>
        <source>Network error: {reason}</source>
        <translation>Желі қатесі: {reason}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}, {line}-жол: {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>The input cannot be read: {reason}</source>
        <translation>Деректерді оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not valid: {reason}</source>
        <translation>{field}: «{value}» мәні жарамсыз: {reason}</translation>
    </message>
    <message>
        <source>Not found: {what}</source>
        <translation>Табылмады: {what}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Бас тартылды.</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>Қате: {reason}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Silteme: the library is damaged</source>
        <translation>Silteme: кітапхана зақымдалған</translation>
    </message>
    <message>
        <source>The library file {file} is damaged.</source>
        <translation>{file} кітапхана файлы зақымдалған.</translation>
    </message>
    <message>
        <source>The latest good backup is {backup}. Restoring it brings the library back as it was then; the damaged file is kept aside in the backups folder, nothing is deleted.</source>
        <translation>Соңғы жарамды сақтық көшірме: {backup}. Қалпына келтіру кітапхананы сол кездегі күйіне қайтарады; зақымдалған файл сақтық көшірмелер қалтасында сақталады, ештеңе жойылмайды.</translation>
    </message>
    <message>
        <source>No good backup of it was found. Open another library, or create a new one; the damaged file is left as it is.</source>
        <translation>Жарамды сақтық көшірме табылмады. Басқа кітапхананы ашыңыз немесе жаңасын жасаңыз; зақымдалған файл сол күйінде қалады.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Соңғы көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <source>Open another library…</source>
        <translation>Басқа кітапхананы ашу…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation>Кітапхананы ашу немесе жасау</translation>
    </message>
</context>
<context>
    <name>ReferenceModel</name>
    <message>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <source>Best journal quartile for the publication year (Scopus CiteScore, else SCImago)</source>
        <translation>Журналдың жарияланған жылғы ең жақсы квартилі (Scopus CiteScore, болмаса SCImago)</translation>
    </message>
    <message>
        <source>Counts toward the team grant (rule set “team-grant”): ✓ eligible, ? unknown, – not eligible</source>
        <translation>Топ грантына есептеле ме («team-grant» ережелер жиыны): ✓ иә, ? белгісіз, – жоқ</translation>
    </message>
    <message>
        <source>Date added to the library</source>
        <translation>Кітапханаға қосылған күні</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>есепке алынады</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>есепке алынбайды</translation>
    </message>
    <message>
        <source>unknown (data missing)</source>
        <translation>белгісіз (деректер жоқ)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The e-mail address does not look right.</source>
        <translation>Электрондық пошта мекенжайы қате сияқты.</translation>
    </message>
    <message>
        <source>The citation-key pattern is empty.</source>
        <translation>Дәйексөз кілтінің үлгісі бос.</translation>
    </message>
    <message>
        <source>The citation-key pattern has an unpaired bracket or an unknown field (fields look like [auth], [year], [shorttitle]).</source>
        <translation>Дәйексөз кілтінің үлгісінде жұпсыз жақша немесе белгісіз өріс бар (өрістер былай жазылады: [auth], [year], [shorttitle]).</translation>
    </message>
    <message>
        <source>The citation-key pattern needs at least one field such as [auth] or [year].</source>
        <translation>Дәйексөз кілтінің үлгісінде кемінде бір өріс болуы керек, мысалы [auth] немесе [year].</translation>
    </message>
    <message>
        <source>A citation key cannot contain spaces.</source>
        <translation>Дәйексөз кілтінде бос орын болмауы керек.</translation>
    </message>
    <message>
        <source>Open a library</source>
        <translation>Кітапхананы ашу</translation>
    </message>
    <message>
        <source>Create a library</source>
        <translation>Кітапхана жасау</translation>
    </message>
    <message>
        <source>Add a CSL style</source>
        <translation>CSL стилін қосу</translation>
    </message>
    <message>
        <source>CSL styles (*.csl);;All files (*)</source>
        <translation>CSL стильдері (*.csl);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>{file} is not a CSL style.</source>
        <translation>{file} CSL стилі емес.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Crossref e-mail:</source>
        <translation>Crossref үшін e-mail:</translation>
    </message>
    <message>
        <source>Library file:</source>
        <translation>Кітапхана файлы:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Интерфейс тілі:</translation>
    </message>
    <message>
        <source>Default style:</source>
        <translation>Әдепкі стиль:</translation>
    </message>
    <message>
        <source>Citation-key pattern:</source>
        <translation>Дәйексөз кілтінің үлгісі:</translation>
    </message>
    <message>
        <source>you@university.kz</source>
        <translation>siz@university.kz</translation>
    </message>
    <message>
        <source>Sent with every Crossref request (its “polite pool”): faster, more reliable answers, and Crossref can reach you if something goes wrong.</source>
        <translation>Crossref-ке әр сұраныспен жіберіледі («сыпайы пул»): жауаптар жылдамырақ әрі сенімдірек болады, ақау болса Crossref сізбен байланыса алады.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ашу…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Жаңа…</translation>
    </message>
    <message>
        <source>Add CSL file…</source>
        <translation>CSL файлын қосу…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Fields in brackets, as in JabRef: [auth], [authors2], [year], [shorttitle], [veryshorttitle], [auth:lower]. Example: [auth][year] gives Abaev2019.</source>
        <translation>Өрістер JabRef-тегідей тік жақшада: [auth], [authors2], [year], [shorttitle], [veryshorttitle], [auth:lower]. Мысалы: [auth][year] Abaev2019 береді.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>My library</source>
        <translation>Менің кітапханам</translation>
    </message>
    <message>
        <source>Team publications</source>
        <translation>Топтың жарияланымдары</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Жинақтар</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Себет</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Журналдар</translation>
    </message>
    <message>
        <source>The team&apos;s own publications, checked against the grant&apos;s rules</source>
        <translation>Грант ережелері бойынша тексерілетін топтың өз жарияланымдары</translation>
    </message>
    <message>
        <source>Deleted references: restore them or empty the trash</source>
        <translation>Жойылған сілтемелер: оларды қалпына келтіріңіз немесе себетті тазартыңыз</translation>
    </message>
    <message>
        <source>Journal metrics, indexes and lists; grant progress</source>
        <translation>Журнал көрсеткіштері, индекстер мен тізімдер; гранттың орындалуы</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Белгілер әзірге жоқ</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>{task}: cancelling…</source>
        <translation>{task}: тоқтатылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>UpdateType</name>
    <message>
        <source>Retraction</source>
        <translation>Мақаланы кері шақыру</translation>
    </message>
    <message>
        <source>Partial retraction</source>
        <translation>Ішінара кері шақыру</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <source>Corrigendum</source>
        <translation>Авторлық түзету</translation>
    </message>
    <message>
        <source>Erratum</source>
        <translation>Қате тізімі</translation>
    </message>
    <message>
        <source>Expression of concern</source>
        <translation>Алаңдаушылық білдіру</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Жариялаудан алу</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Толықтыру</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Түсіндірме</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Жаңа нұсқа</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Жаңарту</translation>
    </message>
</context>
</TS>
