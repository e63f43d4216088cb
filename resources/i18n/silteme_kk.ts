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
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>Undo the last edit, move to the trash or restore</source>
        <translation>Соңғы өзгерісті, себетке жіберуді немесе қалпына келтіруді болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Do again what was undone</source>
        <translation>Болдырылмаған әрекетті қайта орындау</translation>
    </message>
    <message>
        <source>Edit in a &amp;window…</source>
        <translation>Бөлек &amp;терезеде түзету…</translation>
    </message>
    <message>
        <source>Edit the selected reference in a window of its own</source>
        <translation>Таңдалған сілтемені бөлек терезеде түзету</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Файл &amp;тіркеу…</translation>
    </message>
    <message>
        <source>Link a file (a PDF, a scan) to the selected reference</source>
        <translation>Таңдалған сілтемеге файл (PDF, скан) тіркеу</translation>
    </message>
    <message>
        <source>Import journal &amp;metrics…</source>
        <translation>Журнал &amp;көрсеткіштерін импорттау…</translation>
    </message>
    <message>
        <source>Import a CiteScore, SCImago, Web of Science or ministry list file</source>
        <translation>CiteScore, SCImago, Web of Science файлын немесе министрлік тізімін импорттау</translation>
    </message>
    <message>
        <source>&amp;Grant progress</source>
        <translation>&amp;Гранттың орындалуы</translation>
    </message>
    <message>
        <source>How the team&apos;s publications meet the grant&apos;s requirements</source>
        <translation>Топ жарияланымдарының грант талаптарына сәйкестігі</translation>
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
        <translation type="vanished">Бұл жинақта әзірге қолжетімсіз</translation>
    </message>
</context>
<context>
    <name>AddDoiDialog</name>
    <message>
        <source>Add by DOI</source>
        <translation>DOI бойынша қосу</translation>
    </message>
    <message>
        <source>Paste DOIs, doi.org links or any text that contains them: a reference list, an e-mail, a web page. Every DOI in it is added; ISBNs of books are looked up too.</source>
        <translation>DOI, doi.org сілтемелерін немесе оларды қамтитын кез келген мәтінді қойыңыз: әдебиеттер тізімі, хат, веб-бет. Мәтіндегі барлық DOI қосылады; кітаптардың ISBN-і де ізделеді.</translation>
    </message>
    <message>
        <source>10.1038/srep16696
https://doi.org/10.7868/S0040357115030100
Иванов И. И. Статья // Журнал. 2020. DOI: 10.xxxx/…</source>
        <translation>10.1038/srep16696
https://doi.org/10.7868/S0040357115030100
Иванов И. И. Мақала // Журнал. 2020. DOI: 10.xxxx/…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Add every DOI and ISBN in the text (Ctrl+Enter)</source>
        <translation>Мәтіндегі барлық DOI мен ISBN-ді қосу (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%m ішінен %v</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Stop the batch; what was already added stays</source>
        <translation>Топтаманы тоқтату; қосылғандары сақталады</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Есепті көшіру</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Сәтсіздерін қайталау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>No DOI or ISBN found in the text.</source>
        <translation>Мәтінде DOI да, ISBN де табылмады.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Adding by DOI</source>
        <translation>DOI бойынша қосу</translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>Топтама тоқтады: %1</translation>
    </message>
    <message>
        <source>No DOI found yet.</source>
        <translation>DOI әзірге табылмады.</translation>
    </message>
    <message>
        <source>Found: %1 DOI(s), %2 ISBN(s)</source>
        <translation>Табылды: DOI — %1, ISBN — %2</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n DOI(s)</source>
        <translation>
            <numerusform>Табылған DOI: %n</numerusform>
            <numerusform>Табылған DOI: %n</numerusform>
        </translation>
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
    <name>AttachmentActions</name>
    <message>
        <source>File not found</source>
        <translation>Файл табылмады</translation>
    </message>
    <message>
        <source>The attached file is no longer there:
{path}

It was moved, renamed or deleted. Attach it again from where it is now.</source>
        <translation>Тіркелген файл бұрынғы орнында жоқ:
{path}

Ол жылжытылған, атауы өзгертілген немесе жойылған. Оны қазіргі орнынан қайта тіркеңіз.</translation>
    </message>
    <message>
        <source>No program opens {path}</source>
        <translation>{path} файлын ашатын бағдарлама жоқ</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Файлдар тіркеу</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Файлдар тіркелуде</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>Тіркелген файлдар: %n.</numerusform>
            <numerusform>Тіркелген файлдар: %n.</numerusform>
        </translation>
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
    <name>BibliographyBuilder</name>
    <message>
        <source>Bibliography builder</source>
        <translation>Әдебиеттер тізімін құрастырушы</translation>
    </message>
    <message>
        <source>with sub-collections</source>
        <translation>ішкі топтамаларымен</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Add the references of this collection to the list</source>
        <translation>Осы топтаманың сілтемелерін тізімге қосу</translation>
    </message>
    <message>
        <source>Drag references here from the library, or add a collection above.</source>
        <translation>Сілтемелерді кітапханадан осында сүйреп әкеліңіз немесе жоғарыдан топтаманы қосыңыз.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Сілтемелер</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Жинақ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Copy the list as formatted text for Word or LibreOffice (Ctrl+Shift+C)</source>
        <translation>Тізімді Word немесе LibreOffice үшін пішімделген мәтін ретінде көшіру (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>Қарапайым мәтін ретінде көшіру</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Save as DOCX, RTF, HTML or plain text (Ctrl+E)</source>
        <translation>DOCX, RTF, HTML немесе қарапайым мәтін ретінде сақтау (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Remove this CSL style from the list (the file stays where it is)</source>
        <translation>Осы CSL стилін тізімнен алып тастау (файл орнында қалады)</translation>
    </message>
    <message>
        <source>As the style sorts</source>
        <translation>Стиль сұрыптағандай</translation>
    </message>
    <message>
        <source>In the order of the list (as chosen or cited)</source>
        <translation>Тізім ретімен (таңдалған не сілтеме жасалған)</translation>
    </message>
    <message>
        <source>By author</source>
        <translation>Автор бойынша</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>Атауы бойынша</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Жылы бойынша</translation>
    </message>
    <message>
        <source>By year, newest first</source>
        <translation>Жылы бойынша, алдымен жаңалары</translation>
    </message>
    <message>
        <source>GOST: Cyrillic before Latin, Kazakh alphabet order, legal acts by legal force; APA: by author</source>
        <translation>МемСТ: кирилл латыннан бұрын, қазақ әліпбиінің реті, нормативтік актілер заңды күші бойынша; APA: автор бойынша</translation>
    </message>
    <message>
        <source>Number the entries</source>
        <translation>Жазбаларды нөмірлеу</translation>
    </message>
    <message>
        <source>e.g. Список использованных источников</source>
        <translation>мысалы, Пайдаланылған әдебиеттер тізімі</translation>
    </message>
    <message>
        <source>References (transliterated)</source>
        <translation>References (транслитерация)</translation>
    </message>
    <message>
        <source>The list in Latin script for Scopus-indexed journals: Cyrillic sources romanised, marked [in Russian] / [in Kazakh]. Journals usually want it in APA.</source>
        <translation>Scopus-та индекстелетін журналдарға арналған латын әрпіндегі тізім: кирилл дереккөздері транслитерацияланып, [in Russian] / [in Kazakh] деп белгіленеді. Журналдар әдетте APA талап етеді.</translation>
    </message>
    <message>
        <source>the same scheme</source>
        <translation>сол схема</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Kazakh text</source>
        <translation>Қазақ мәтіні</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Стиль</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Бұйрық</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Style settings</source>
        <translation>Стиль баптаулары</translation>
    </message>
    <message>
        <source>BGN/PCGN</source>
        <translation>BGN/PCGN</translation>
    </message>
    <message>
        <source>BSI</source>
        <translation>BSI</translation>
    </message>
    <message>
        <source>GOST 7.79-2000, system B</source>
        <translation>ГОСТ 7.79-2000, Б жүйесі</translation>
    </message>
    <message>
        <source>Library of Congress (ALA-LC)</source>
        <translation>Конгресс кітапханасы (ALA-LC)</translation>
    </message>
    <message>
        <source>Kazakh Latin alphabet (2021)</source>
        <translation>Қазақ латын әліпбиі (2021)</translation>
    </message>
    <message>
        <source>Choose a collection…</source>
        <translation>Топтаманы таңдаңыз…</translation>
    </message>
    <message>
        <source>Choose a collection first.</source>
        <translation>Алдымен топтаманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Loading references</source>
        <translation>Сілтемелерді жүктеу</translation>
    </message>
    <message>
        <source>Not in the library: {ids}</source>
        <translation>Кітапханада жоқ: {ids}</translation>
    </message>
    <message>
        <source>Already in the list: {count}</source>
        <translation>Тізімде бар: {count}</translation>
    </message>
    <message>
        <source>Could not read the library: {error}</source>
        <translation>Кітапхананы оқу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>{count} in the list</source>
        <translation>Тізімде: {count}</translation>
    </message>
    <message>
        <source>GOST R 7.0.100-2018</source>
        <translation>ГОСТ Р 7.0.100-2018</translation>
    </message>
    <message>
        <source>GOST 7.1-2003</source>
        <translation>МЕМСТ 7.1-2003</translation>
    </message>
    <message>
        <source>APA 7th edition</source>
        <translation>APA, 7-басылым</translation>
    </message>
    <message>
        <source>+ Add CSL style…</source>
        <translation>+ CSL стилін қосу…</translation>
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
        <source>Style added: {title}</source>
        <translation>Стиль қосылды: {title}</translation>
    </message>
    <message>
        <source>This file is not a usable CSL style: {error}</source>
        <translation>Бұл файл жарамды CSL стилі емес: {error}</translation>
    </message>
    <message>
        <source>Reading the CSL style</source>
        <translation>CSL стилін оқу</translation>
    </message>
    <message>
        <source>{count} more entries are not shown here; Copy and Export include them.</source>
        <translation>Мұнда көрсетілмеген тағы жазбалар: {count}; «Көшіру» және «Экспорттау» оларды қамтиды.</translation>
    </message>
    <message>
        <source>Formatting the bibliography</source>
        <translation>Әдебиеттер тізімін рәсімдеу</translation>
    </message>
    <message>
        <source>The list cannot be formatted in this style: {error}</source>
        <translation>Тізімді бұл стильде рәсімдеу мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>Add references to see the formatted list here: drag them from the library, or add a collection.</source>
        <translation>Рәсімделген тізімді осы жерде көру үшін сілтемелер қосыңыз: оларды кітапханадан сүйреп әкеліңіз немесе топтаманы қосыңыз.</translation>
    </message>
    <message>
        <source>Loading references…</source>
        <translation>Сілтемелер жүктелуде…</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Рәсімделуде…</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>Жазбалар: {count}</translation>
    </message>
    <message>
        <source>Copied {count} entries.</source>
        <translation>Көшірілген жазбалар: {count}.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word құжаты (*.docx)</translation>
    </message>
    <message>
        <source>Rich Text Format (*.rtf)</source>
        <translation>Rich Text Format (*.rtf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-бет (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Қарапайым мәтін (*.txt)</translation>
    </message>
    <message>
        <source>bibliography</source>
        <translation>әдебиеттер тізімі</translation>
    </message>
    <message>
        <source>Export the bibliography</source>
        <translation>Әдебиеттер тізімін экспорттау</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Экспорт орындалып жатыр.</translation>
    </message>
    <message>
        <source>Formatting {count} entries…</source>
        <translation>Жазбалар рәсімделуде: {count}…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} жазылуда…</translation>
    </message>
    <message>
        <source>Exporting the bibliography</source>
        <translation>Әдебиеттер тізімін экспорттау</translation>
    </message>
    <message>
        <source>Saved {count} entries to {path}</source>
        <translation>Сақталған жазбалар: {count}, файл {path}</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>Экспорттау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт тоқтатылды; ештеңе жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>CandidatesTable</name>
    <message>
        <source>Match</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Journal / book</source>
        <translation>Журнал / кітап</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Our score %1 (title, year, first author); Crossref&apos;s relevance %2</source>
        <translation>Біздің баға %1 (атауы, жылы, бірінші автор); Crossref релеванттылығы %2</translation>
    </message>
</context>
<context>
    <name>CentralViews</name>
    <message>
        <source>Grant report written: {path}</source>
        <translation>Грант есебі жазылды: {path}</translation>
    </message>
</context>
<context>
    <name>CitationPanel</name>
    <message>
        <source>In-text citation</source>
        <translation>Мәтіндегі сілтеме</translation>
    </message>
    <message>
        <source>APA, parenthetical: (Author, 2023, p. 15)</source>
        <translation>APA, жақша ішінде: (Author, 2023, p. 15)</translation>
    </message>
    <message>
        <source>APA, narrative: Author (2023, p. 15)</source>
        <translation>APA, баяндау ішінде: Author (2023, p. 15)</translation>
    </message>
    <message>
        <source>GOST R 7.0.5, in-text: [1, с. 15]</source>
        <translation>МемСТ Р 7.0.5, мәтін ішінде: [1, б. 15]</translation>
    </message>
    <message>
        <source>GOST R 7.0.5, footnote</source>
        <translation>МемСТ Р 7.0.5, беттік ескертпе</translation>
    </message>
    <message>
        <source>The list&apos;s style</source>
        <translation>Тізім стилі</translation>
    </message>
    <message>
        <source>page (с., б., p.)</source>
        <translation>бет (с., б., p.)</translation>
    </message>
    <message>
        <source>article (ст.)</source>
        <translation>бап (ст.)</translation>
    </message>
    <message>
        <source>paragraph (п.)</source>
        <translation>тармақ (п.)</translation>
    </message>
    <message>
        <source>subparagraph (пп.)</source>
        <translation>тармақша (пп.)</translation>
    </message>
    <message>
        <source>part (ч.)</source>
        <translation>бөлік (ч.)</translation>
    </message>
    <message>
        <source>e.g. 15 or 12–14</source>
        <translation>мысалы, 15 немесе 12–14</translation>
    </message>
    <message>
        <source>The pinpoint of the last selected reference: a page, or an article and paragraph such as «ст. 15, п. 2».</source>
        <translation>Соңғы таңдалған сілтеменің нақты орны: бет немесе бап пен тармақ, мысалы «ст. 15, п. 2».</translation>
    </message>
    <message>
        <source>Continue the sequence (Там же)</source>
        <translation>Тізбекті жалғастыру (Сонда)</translation>
    </message>
    <message>
        <source>Each copied footnote is remembered: citing the same work again gives «Там же» or the short form.</source>
        <translation>Көшірілген әр ескертпе есте сақталады: сол жұмысқа қайта сілтеме «Сонда» немесе қысқа пішін береді.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Қайта бастау</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Сілтемені көшіру</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>Pinpoint</source>
        <translation>Нақты орны</translation>
    </message>
    <message>
        <source>Select references in the list to cite them.</source>
        <translation>Сілтеме жасау үшін тізімнен дереккөздерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Formatting the citation</source>
        <translation>Сілтемені рәсімдеу</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Cannot cite: {error}</source>
        <translation>Сілтемені рәсімдеу мүмкін емес: {error}</translation>
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
        <translation type="vanished">Автор</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="vanished">Редактор</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="vanished">Аудармашы</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation type="vanished">Құрастырушы</translation>
    </message>
    <message>
        <source>Author of the book</source>
        <translation type="vanished">Кітап авторы</translation>
    </message>
    <message>
        <source>Series editor</source>
        <translation type="vanished">Серия редакторы</translation>
    </message>
    <message>
        <source>Editor-in-chief</source>
        <translation type="vanished">Бас редактор</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="vanished">Қатысушы</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="vanished">Төраға</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="vanished">Ұйымдастырушы</translation>
    </message>
    <message>
        <source>Reviewed author</source>
        <translation type="vanished">Пікір жазылған автор</translation>
    </message>
    <message>
        <source>Original author</source>
        <translation type="vanished">Түпнұсқа авторы</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="vanished">Алушы</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="vanished">Сұхбат алушы</translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="vanished">Режиссер</translation>
    </message>
    <message>
        <source>Illustrator</source>
        <translation type="vanished">Суретші</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation type="vanished">Куратор</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation type="vanished">Композитор</translation>
    </message>
    <message>
        <source>Executive producer</source>
        <translation type="vanished">Атқарушы продюсер</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="vanished">Қонақ</translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="vanished">Жүргізуші</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation type="vanished">Баяндаушы</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation type="vanished">Орындаушы</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="vanished">Продюсер</translation>
    </message>
    <message>
        <source>Script writer</source>
        <translation type="vanished">Сценарист</translation>
    </message>
    <message>
        <source>Series creator</source>
        <translation type="vanished">Серия авторы</translation>
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
    <name>CreatorRoles</name>
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
        <translation>Кітаптың авторы</translation>
    </message>
    <message>
        <source>Series editor</source>
        <translation>Серия редакторы</translation>
    </message>
    <message>
        <source>Editorial director</source>
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
        <source>Organizer</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <source>Reviewed author</source>
        <translation>Рецензияланған жұмыстың авторы</translation>
    </message>
    <message>
        <source>Original author</source>
        <translation>Түпнұсқаның авторы</translation>
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
        <translation>Әңгімелеуші</translation>
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
        <translation>Сериалдың авторы</translation>
    </message>
</context>
<context>
    <name>CreatorsEditor</name>
    <message>
        <source>Add person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ұйым қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Move the selected creators up (Alt+Up)</source>
        <translation>Таңдалғандарды жоғары жылжыту (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected creators down (Alt+Down)</source>
        <translation>Таңдалғандарды төмен жылжыту (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove the selected creators (Delete)</source>
        <translation>Таңдалғандарды жою (Delete)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>e.g. Жетпісов</source>
        <translation>мысалы, Жетпісов</translation>
    </message>
    <message>
        <source>e.g. Серік Құрманұлы or С. Қ.</source>
        <translation>мысалы, Серік Құрманұлы немесе С. Қ.</translation>
    </message>
    <message>
        <source>e.g. van der, de</source>
        <translation>мысалы, van der, de</translation>
    </message>
    <message>
        <source>e.g. Jr., III</source>
        <translation>мысалы, Jr., III</translation>
    </message>
    <message>
        <source>e.g. Министерство внутренних дел Республики Казахстан</source>
        <translation>мысалы, Қазақстан Республикасының Ішкі істер министрлігі</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Аты және әкесінің аты</translation>
    </message>
    <message>
        <source>Particle</source>
        <translation>Демеулік</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Суффикс</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
</context>
<context>
    <name>CreatorsModel</name>
    <message>
        <source>(no name yet)</source>
        <translation>(аты жоқ)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
</context>
<context>
    <name>CrossrefMessages</name>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <source>Added from cache</source>
        <translation>Кэштен қосылды</translation>
    </message>
    <message>
        <source>Already in library</source>
        <translation>Кітапханада бар</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Өзекті</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Табылмады</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Queued (offline)</source>
        <translation>Кезекте (желі жоқ)</translation>
    </message>
    <message>
        <source>no answer in time (timeout)</source>
        <translation>уақытында жауап жоқ (тайм-аут)</translation>
    </message>
    <message>
        <source>no connection to the server</source>
        <translation>сервермен байланыс жоқ</translation>
    </message>
    <message>
        <source>the server keeps asking to slow down (HTTP 429); try again later</source>
        <translation>сервер сұраныстарды баяулатуды сұрайды (HTTP 429); кейінірек қайталаңыз</translation>
    </message>
    <message>
        <source>server error (HTTP %1)</source>
        <translation>сервер қатесі (HTTP %1)</translation>
    </message>
    <message>
        <source>bad response from the server (HTTP %1)</source>
        <translation>сервердің жауабы қате (HTTP %1)</translation>
    </message>
    <message>
        <source>bad response from the server</source>
        <translation>сервердің жауабы қате</translation>
    </message>
    <message>
        <source>the DOI resolver sent us to %1, which is not a registration agency</source>
        <translation>DOI резолвері %1 мекенжайына жіберді, ол тіркеу агенттігі емес</translation>
    </message>
    <message>
        <source>neither Crossref nor the DOI&apos;s registration agency knows it</source>
        <translation>оны Crossref те, DOI тіркеу агенттігі де білмейді</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>болдырылмады</translation>
    </message>
    <message>
        <source>could not be saved to the library: %1</source>
        <translation>кітапханаға сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>белгісіз қате</translation>
    </message>
    <message>
        <source>RETRACTED</source>
        <translation>КЕРІ ҚАЙТАРЫЛДЫ</translation>
    </message>
    <message>
        <source>WITHDRAWN</source>
        <translation>АЛЫНЫП ТАСТАЛДЫ</translation>
    </message>
    <message>
        <source>REMOVED</source>
        <translation>ЖОЙЫЛДЫ</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>түзетілді</translation>
    </message>
    <message>
        <source>expression of concern</source>
        <translation>алаңдаушылық білдірілді</translation>
    </message>
    <message>
        <source>addendum</source>
        <translation>қосымша</translation>
    </message>
    <message>
        <source>clarification</source>
        <translation>түсініктеме</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>жаңа нұсқа</translation>
    </message>
    <message>
        <source>%1 (notice %2)</source>
        <translation>%1 (хабарлама %2)</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>хабарлама: %1</translation>
    </message>
    <message>
        <source>flagged %n work(s) in your library</source>
        <translation>кітапханада белгіленген жұмыстар: %n</translation>
    </message>
    <message>
        <source>Already in library (#%1)</source>
        <translation>Кітапханада бар (№%1)</translation>
    </message>
    <message>
        <source>Added from cache (fetched %1)</source>
        <translation>Кэштен қосылды (%1 жүктелген)</translation>
    </message>
    <message>
        <source>Queued: offline; it will be fetched when the network is back</source>
        <translation>Кезекте: желі жоқ; желі қосылғанда жүктеледі</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Сәтсіз: %1</translation>
    </message>
    <message>
        <source>metadata from %1</source>
        <translation>метадеректер: %1</translation>
    </message>
    <message>
        <source>%n added</source>
        <translation>қосылды: %n</translation>
    </message>
    <message>
        <source>%n added from cache</source>
        <translation>кэштен: %n</translation>
    </message>
    <message>
        <source>%n already in library</source>
        <translation>кітапханада бар: %n</translation>
    </message>
    <message>
        <source>%n not found</source>
        <translation>табылмады: %n</translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation>қатемен: %n</translation>
    </message>
    <message>
        <source>%n queued until online</source>
        <translation>желіні күтуде: %n</translation>
    </message>
    <message>
        <source>%n cancelled</source>
        <translation>болдырылмады: %n</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 ішінен %1 дайын</translation>
    </message>
</context>
<context>
    <name>DetailArea</name>
    <message>
        <source>This reference cannot be edited: {reason}</source>
        <translation>Бұл сілтемені түзету мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <source>Edit the selected reference here (Enter, F2 or a double click on a row)</source>
        <translation>Таңдалған сілтемені осында түзету (Enter, F2 немесе жолды екі рет шерту)</translation>
    </message>
    <message>
        <source>Select one reference to edit it.</source>
        <translation>Түзету үшін бір сілтемені таңдаңыз.</translation>
    </message>
    <message>
        <source>Select a reference to edit it.</source>
        <translation>Түзету үшін сілтемені таңдаңыз.</translation>
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
        <source>Attach file…</source>
        <translation>Файл тіркеу…</translation>
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
    <name>DoiResultsModel</name>
    <message>
        <source>DOI / ISBN</source>
        <translation>DOI / ISBN</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
</context>
<context>
    <name>DuplicateMerge</name>
    <message>
        <source>Creators</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <source>Corrections and retractions</source>
        <translation>Түзетулер мен кері қайтарулар</translation>
    </message>
</context>
<context>
    <name>DuplicateReasons</name>
    <message>
        <source>Same DOI</source>
        <translation>DOI бірдей</translation>
    </message>
    <message>
        <source>Same DOI, different titles</source>
        <translation>DOI бірдей, атаулары әртүрлі</translation>
    </message>
    <message>
        <source>Same ISBN</source>
        <translation>ISBN бірдей</translation>
    </message>
    <message>
        <source>Same ISSN, volume and first page</source>
        <translation>ISSN, том және бірінші беті бірдей</translation>
    </message>
    <message>
        <source>Similar title, year and author</source>
        <translation>Атауы, жылы және авторы ұқсас</translation>
    </message>
    <message>
        <source>Title across scripts (transliterated)</source>
        <translation>Басқа жазудағы атауы (транслитерация)</translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation>Аударылған атауы</translation>
    </message>
    <message>
        <source>Title without its subtitle</source>
        <translation>Тақырыпшасыз атауы</translation>
    </message>
    <message>
        <source>same DOI</source>
        <translation>DOI бірдей</translation>
    </message>
    <message>
        <source>same DOI, but the titles differ</source>
        <translation>DOI бірдей, бірақ атаулары әртүрлі</translation>
    </message>
    <message>
        <source>same ISBN</source>
        <translation>ISBN бірдей</translation>
    </message>
    <message>
        <source>same ISSN + volume + first page</source>
        <translation>ISSN + том + бірінші беті бірдей</translation>
    </message>
    <message>
        <source>same title</source>
        <translation>атауы бірдей</translation>
    </message>
    <message>
        <source>transliterated</source>
        <translation>транслитерация</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>аударма</translation>
    </message>
    <message>
        <source>without subtitle</source>
        <translation>тақырыпшасыз</translation>
    </message>
    <message>
        <source>same year</source>
        <translation>жылы бірдей</translation>
    </message>
    <message>
        <source>year ±1</source>
        <translation>жылы ±1</translation>
    </message>
    <message>
        <source>year missing</source>
        <translation>жылы көрсетілмеген</translation>
    </message>
    <message>
        <source>same first author</source>
        <translation>бірінші авторы бірдей</translation>
    </message>
    <message>
        <source>first author missing</source>
        <translation>бірінші авторы көрсетілмеген</translation>
    </message>
    <message>
        <source>similar title {score}</source>
        <translation>атауы ұқсас {score}</translation>
    </message>
    <message>
        <source>{title} ({how})</source>
        <translation>{title} ({how})</translation>
    </message>
    <message>
        <source>{title} + {year} + {author}</source>
        <translation>{title} + {year} + {author}</translation>
    </message>
    <message>
        <source>(not in the library)</source>
        <translation>(кітапханада жоқ)</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>ж. ж.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(атауы жоқ)</translation>
    </message>
    <message>
        <source>{authors} ({year}). {title}</source>
        <translation>{authors} ({year}). {title}</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Reading the library…</source>
        <translation>Кітапхана оқылуда…</translation>
    </message>
    <message>
        <source>Comparing titles, authors and identifiers…</source>
        <translation>Атаулар, авторлар мен идентификаторлар салыстырылуда…</translation>
    </message>
    <message>
        <source>Reading the records of the pairs…</source>
        <translation>Табылған жұптардың жазбалары оқылуда…</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Қайталанатын жазбаларды іздеу</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Болдырмау…</translation>
    </message>
    <message>
        <source>Scan finished at {time}.</source>
        <translation>Тексеру {time} уақытында аяқталды.</translation>
    </message>
    <message>
        <source>The scan failed.</source>
        <translation>Іздеу сәтсіз аяқталды.</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Тексеру тоқтатылды.</translation>
    </message>
    <message>
        <source>Scan cancelled: the list shows the previous scan.</source>
        <translation>Тексеру тоқтатылды: тізімде алдыңғы тексерудің нәтижелері.</translation>
    </message>
    <message>
        <source>All reasons ({count})</source>
        <translation>Барлық себептер ({count})</translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Pairs: %n</source>
        <translation>
            <numerusform>Жұптар: %n</numerusform>
            <numerusform>Жұптар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{pairs}, shown: {shown}</source>
        <translation>{pairs}, көрсетілген: {shown}</translation>
    </message>
    <message>
        <source>A record of that pair is no longer in the library.</source>
        <translation>Бұл жұптың бір жазбасы енді кітапханада жоқ.</translation>
    </message>
    <message>
        <source>Scan the library to find references that may be the same work: the same DOI or ISBN, the same journal volume and first page, or a similar title with the same year and first author, across Cyrillic and Latin script.</source>
        <translation>Бір жұмысты сипаттауы мүмкін сілтемелерді табу үшін кітапхананы тексеріңіз: DOI немесе ISBN бірдей, журналдың томы мен бірінші беті бірдей немесе атауы ұқсас, жылы мен бірінші авторы бірдей — кирилше де, латынша да.</translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation>Қайталануы мүмкін жазбалар табылмады.</translation>
    </message>
    <message>
        <source>No pair matches the filter.</source>
        <translation>Сүзгіге сай келетін жұп жоқ.</translation>
    </message>
    <message>
        <source>Select a pair to compare its records.</source>
        <translation>Жазбаларын салыстыру үшін жұпты таңдаңыз.</translation>
    </message>
    <message>
        <source>The library is open read-only.</source>
        <translation>Кітапхана тек оқу үшін ашылған.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Merging #{other} into #{keep}…</source>
        <translation>#{other} жазбасы #{keep} жазбасына біріктірілуде…</translation>
    </message>
    <message>
        <source>Merging duplicates</source>
        <translation>Қайталанатын жазбаларды біріктіру</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>Біріктірілді.</translation>
    </message>
    <message>
        <source>Merged #{other} into {kept}; #{other} is in the trash (it can be restored).</source>
        <translation>#{other} жазбасы {kept} жазбасына біріктірілді; #{other} себетте (оны қалпына келтіруге болады).</translation>
    </message>
    <message>
        <source>Fields taken or united: {fields}.</source>
        <translation>Алынған немесе біріктірілген өрістер: {fields}.</translation>
    </message>
    <message numerus="yes">
        <source>attachments: %n</source>
        <translation>
            <numerusform>тіркемелер: %n</numerusform>
            <numerusform>тіркемелер: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes: %n</source>
        <translation>
            <numerusform>жазбалар: %n</numerusform>
            <numerusform>жазбалар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tags: %n</source>
        <translation>
            <numerusform>белгілер: %n</numerusform>
            <numerusform>белгілер: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collections: %n</source>
        <translation>
            <numerusform>жинақтар: %n</numerusform>
            <numerusform>жинақтар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>team projects: %n</source>
        <translation>
            <numerusform>топ жобалары: %n</numerusform>
            <numerusform>топ жобалары: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the journal link</source>
        <translation>журналмен байланыс</translation>
    </message>
    <message>
        <source>Moved to #{keep}: {items}.</source>
        <translation>#{keep} жазбасына көшірілді: {items}.</translation>
    </message>
    <message>
        <source>Backup made before the merge: {file}</source>
        <translation>Біріктіру алдындағы сақтық көшірме: {file}</translation>
    </message>
    <message>
        <source>Marking as not duplicates</source>
        <translation>«Қайталанатын емес» деп белгілеу</translation>
    </message>
    <message>
        <source>#{a} and #{b} are marked as not duplicates: they will not be proposed again.</source>
        <translation>#{a} және #{b} қайталанатын емес деп белгіленді: бұл жұп енді ұсынылмайды.</translation>
    </message>
    <message>
        <source>Undoing the mark</source>
        <translation>Белгіні алып тастау</translation>
    </message>
    <message>
        <source>The mark is removed: #{a} and #{b} are listed again.</source>
        <translation>Белгі алынды: #{a} және #{b} қайтадан тізімде.</translation>
    </message>
    <message>
        <source>Every pair shown was skipped.</source>
        <translation>Көрсетілген жұптардың бәрі өткізілді.</translation>
    </message>
    <message>
        <source>The library changed: scan again to be sure the list is complete.</source>
        <translation>Кітапхана өзгерді: тізім толық болуы үшін қайта тексеріңіз.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Қайталанатын жазбалар</translation>
    </message>
    <message>
        <source>&amp;Scan library</source>
        <translation>Кітапхананы &amp;тексеру</translation>
    </message>
    <message>
        <source>Look for possible duplicates in the whole library (F5)</source>
        <translation>Бүкіл кітапханадан қайталануы мүмкін жазбаларды іздеу (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Minimum s&amp;core:</source>
        <translation>Ең төменгі ба&amp;ға:</translation>
    </message>
    <message>
        <source>Hide pairs scoring lower (1.00: the same DOI)</source>
        <translation>Бағасы төмен жұптарды жасыру (1,00 — DOI бірдей)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Find in the pairs: author, title, journal, DOI…</source>
        <translation>Жұптардан іздеу: автор, атауы, журнал, DOI…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Біріктіру</translation>
    </message>
    <message>
        <source>Merge into the kept record with the values chosen (Ctrl+Enter); a backup is made first</source>
        <translation>Таңдалған мәндермен қалатын жазбаға біріктіру (Ctrl+Enter); алдымен сақтық көшірме жасалады</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>Қайталанатын &amp;емес</translation>
    </message>
    <message>
        <source>Remember that these are different works: the pair is never proposed again</source>
        <translation>Бұлар әртүрлі жұмыстар екенін есте сақтау: жұп енді ұсынылмайды</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Өт&amp;кізу</translation>
    </message>
    <message>
        <source>Leave this pair for later</source>
        <translation>Бұл жұпты кейінге қалдыру</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>Forget the last “Not duplicates” mark</source>
        <translation>Соңғы «Қайталанатын емес» белгісін алып тастау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Not scanned yet.</source>
        <translation>Тексеру әлі жүргізілмеген.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>references</source>
        <translation>сілтемелер</translation>
    </message>
    <message>
        <source>library</source>
        <translation>кітапхана</translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорттау орны</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Жазылатын файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} жазылуда…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспорттау</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reference(s) to {path}.</source>
        <translation>
            <numerusform>%n сілтеме экспортталды, файл: {path}.</numerusform>
            <numerusform>%n сілтеме экспортталды, файл: {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Файлды жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Тоқтатылды: файл жазылмады.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішімі</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Сілтемелер</translation>
    </message>
    <message numerus="yes">
        <source>Selected references (%n)</source>
        <translation>
            <numerusform>Таңдалған сілтемелер (%n)</numerusform>
            <numerusform>Таңдалған сілтемелер (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>Жинақ:</translation>
    </message>
    <message>
        <source>with its sub-collections</source>
        <translation>ішкі жинақтарымен бірге</translation>
    </message>
    <message numerus="yes">
        <source>Whole library (%n)</source>
        <translation>
            <numerusform>Бүкіл кітапхана (%n)</numerusform>
            <numerusform>Бүкіл кітапхана (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Title</source>
        <translation type="vanished">Атауы</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation type="vanished">Қысқа атауы</translation>
    </message>
    <message>
        <source>Title (transliterated)</source>
        <translation type="vanished">Атауы (транслитерация)</translation>
    </message>
    <message>
        <source>Title (translated)</source>
        <translation type="vanished">Атауы (аудармасы)</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation type="vanished">Басылым</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="vanished">Қысқартылуы</translation>
    </message>
    <message>
        <source>Published in (transliterated)</source>
        <translation type="vanished">Басылым (транслитерация)</translation>
    </message>
    <message>
        <source>Published in (translated)</source>
        <translation type="vanished">Басылым (аудармасы)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="vanished">Серия</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation type="vanished">Сериядағы нөмірі</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="vanished">Том</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="vanished">Шығарылым</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="vanished">Беттер</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="vanished">Нөмірі</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="vanished">Басылымы</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation type="vanished">Бет саны</translation>
    </message>
    <message>
        <source>Number of volumes</source>
        <translation type="vanished">Том саны</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="vanished">Баспа</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="vanished">Басылған жері</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="vanished">Іс-шара</translation>
    </message>
    <message>
        <source>Event place</source>
        <translation type="vanished">Өткен жері</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="vanished">Өткен күні</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Күні</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="vanished">Қаралған күні</translation>
    </message>
    <message>
        <source>Original date</source>
        <translation type="vanished">Түпнұсқа күні</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="vanished">Тапсырылған күні</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="vanished">Қабылданған күні</translation>
    </message>
    <message>
        <source>As amended on</source>
        <translation type="vanished">Редакциясы</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation type="vanished">Қабылдаған орган</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="vanished">Юрисдикция</translation>
    </message>
    <message>
        <source>Official publication</source>
        <translation type="vanished">Ресми жариялануы</translation>
    </message>
    <message>
        <source>Gazette year</source>
        <translation type="vanished">Жылы (басылым)</translation>
    </message>
    <message>
        <source>Gazette number</source>
        <translation type="vanished">Нөмірі (басылым)</translation>
    </message>
    <message>
        <source>Gazette article</source>
        <translation type="vanished">Бабы (басылым)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="vanished">Іс нөмірі</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="vanished">Жанр</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="vanished">Тасығыш</translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="vanished">Бөлім</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="vanished">Мұрағат</translation>
    </message>
    <message>
        <source>Location in archive</source>
        <translation type="vanished">Мұрағаттағы орны</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="vanished">Каталог</translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation type="vanished">Дәйексөз кілті</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="vanished">DOI</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation type="vanished">ISBN</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation type="vanished">ISSN</translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="vanished">URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">Тілі</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation type="vanished">Қосымша</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="vanished">Түйін сөздер</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="vanished">Аңдатпа</translation>
    </message>
</context>
<context>
    <name>FieldChoices</name>
    <message>
        <source>Candidate of Sciences</source>
        <translation>Ғылым кандидаты</translation>
    </message>
    <message>
        <source>Doctor of Sciences</source>
        <translation>Ғылым докторы</translation>
    </message>
    <message>
        <source>PhD</source>
        <translation>PhD</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <source>A year, a month or a day: YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>Жыл, ай немесе күн: ЖЖЖЖ, ЖЖЖЖ-АА, ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Read as: {date}</source>
        <translation>Былай оқылды: {date}</translation>
    </message>
</context>
<context>
    <name>FieldHints</name>
    <message>
        <source>e.g. Закон Республики Казахстан</source>
        <translation>мысалы, Қазақстан Республикасының Заңы</translation>
    </message>
    <message>
        <source>e.g. дис. ... канд. юрид. наук, PhD dissertation</source>
        <translation>мысалы, философия докторы (PhD) дәрежесін алу үшін дайындалған диссертация</translation>
    </message>
    <message>
        <source>e.g. Постановление, Решение</source>
        <translation>мысалы, Қаулы, Шешім</translation>
    </message>
    <message>
        <source>e.g. 6001-21-00-6ап/123</source>
        <translation>мысалы, 6001-21-00-6ап/123</translation>
    </message>
    <message>
        <source>e.g. Верховный Суд Республики Казахстан</source>
        <translation>мысалы, Қазақстан Республикасының Жоғарғы Соты</translation>
    </message>
    <message>
        <source>e.g. Парламент Республики Казахстан</source>
        <translation>мысалы, Қазақстан Республикасының Парламенті</translation>
    </message>
    <message>
        <source>e.g. Ведомости Парламента Республики Казахстан</source>
        <translation>мысалы, Қазақстан Республикасы Парламентінің Жаршысы</translation>
    </message>
    <message>
        <source>e.g. 12.00.02, 8D04201</source>
        <translation>мысалы, 12.00.02, 8D04201</translation>
    </message>
    <message>
        <source>e.g. юрид.</source>
        <translation>мысалы, юрид.</translation>
    </message>
    <message>
        <source>e.g. 477-IV</source>
        <translation>мысалы, 477-IV</translation>
    </message>
    <message>
        <source>e.g. 16</source>
        <translation>мысалы, 16</translation>
    </message>
    <message>
        <source>e.g. 128</source>
        <translation>мысалы, 128</translation>
    </message>
    <message>
        <source>e.g. 15-24</source>
        <translation>мысалы, 15-24</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>ЖЖЖЖ, ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>ISBN-13 or ISBN-10; several separated by commas</source>
        <translation>ISBN-13 немесе ISBN-10; бірнешеуі үтір арқылы</translation>
    </message>
    <message>
        <source>NNNN-NNNN; several separated by commas</source>
        <translation>NNNN-NNNN; бірнешеуі үтір арқылы</translation>
    </message>
    <message>
        <source>10.NNNN/... or https://doi.org/10.NNNN/...</source>
        <translation>10.NNNN/... немесе https://doi.org/10.NNNN/...</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>нүктелі үтір арқылы</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>About</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Аңдатпа</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Қаралған күні</translation>
    </message>
    <message>
        <source>The act</source>
        <translation>Құқықтық акт</translation>
    </message>
    <message>
        <source>Form of the act</source>
        <translation>Актінің түрі</translation>
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
        <source>Article number</source>
        <translation>Мақала нөмірі</translation>
    </message>
    <message>
        <source>As amended on</source>
        <translation>Өзгерістер енгізілген күн</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Author&apos;s abstract</source>
        <translation>Автореферат</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Блог</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Кітап</translation>
    </message>
    <message>
        <source>Book title</source>
        <translation>Кітаптың атауы</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>Істің атауы</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation>Дәйексөз кілті</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Жарияланған басылым</translation>
    </message>
    <message>
        <source>Container title</source>
        <translation>Дереккөз атауы</translation>
    </message>
    <message>
        <source>Short container title</source>
        <translation>Дереккөздің қысқа атауы</translation>
    </message>
    <message>
        <source>Container title (translated)</source>
        <translation>Дереккөз атауы (аудармасы)</translation>
    </message>
    <message>
        <source>Container title (transliterated)</source>
        <translation>Дереккөз атауы (транслитерация)</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Деректер жиынтығы</translation>
    </message>
    <message>
        <source>Type of data</source>
        <translation>Деректер түрі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Date filed</source>
        <translation>Өтінім берілген күні</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Патент берілген күні</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Date of decision</source>
        <translation>Шешім шығарылған күні</translation>
    </message>
    <message>
        <source>Date of signing</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Сот актісі</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Сот актісінің түрі</translation>
    </message>
    <message>
        <source>Degree (as printed)</source>
        <translation>Дәреже (басылымдағыдай)</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Ғылыми дәреже</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Дистрибьютор</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Іс-шара күні</translation>
    </message>
    <message>
        <source>Event place</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Фильм</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішімі</translation>
    </message>
    <message>
        <source>Gazette</source>
        <translation>Ресми басылым</translation>
    </message>
    <message>
        <source>Article in gazette</source>
        <translation>Басылымдағы құжат нөмірі</translation>
    </message>
    <message>
        <source>Gazette number</source>
        <translation>Басылым нөмірі</translation>
    </message>
    <message>
        <source>Gazette year</source>
        <translation>Жарияланған жылы</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Жанр</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Тыңдау</translation>
    </message>
    <message>
        <source>Identifiers and links</source>
        <translation>Идентификаторлар мен сілтемелер</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Сұхбат</translation>
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
        <source>ISSN types</source>
        <translation>ISSN түрлері</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Шығарылым</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Қабылдаған орган</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Дереккөз түрі</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Journal abbreviation</source>
        <translation>Журналдың қысқа атауы</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Юрисдикция</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Түйін сөздер</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Жұмыс түрі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Legislative body</source>
        <translation>Заң шығарушы орган</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Magazine</source>
        <translation>Журнал (көпшілік)</translation>
    </message>
    <message>
        <source>Manuscript</source>
        <translation>Қолжазба</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Тасымалдағыш</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Телеарна</translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>Газет</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation>Сериядағы нөмірі</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Беттер саны</translation>
    </message>
    <message>
        <source>Number of volumes</source>
        <translation>Томдар саны</translation>
    </message>
    <message>
        <source>Official publication</source>
        <translation>Ресми жариялау</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Интернетте</translation>
    </message>
    <message>
        <source>Original date</source>
        <translation>Түпнұсқаның күні</translation>
    </message>
    <message>
        <source>Other fields of this record</source>
        <translation>Осы жазбаның басқа өрістері</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Патент</translation>
    </message>
    <message>
        <source>Patent number</source>
        <translation>Патент нөмірі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Басылған жері</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Қол қойылған жері</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Еңбектер жинағы</translation>
    </message>
    <message>
        <source>Proceedings title</source>
        <translation>Жинақтың атауы</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Жарияланым</translation>
    </message>
    <message>
        <source>Published online</source>
        <translation>Онлайн жарияланды</translation>
    </message>
    <message>
        <source>Published in print</source>
        <translation>Баспа түрінде жарияланды</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Баспа</translation>
    </message>
    <message>
        <source>Reference work</source>
        <translation>Анықтамалық басылым</translation>
    </message>
    <message>
        <source>Encyclopedia or dictionary</source>
        <translation>Энциклопедия немесе сөздік</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Есеп нөмірі</translation>
    </message>
    <message>
        <source>Type of report</source>
        <translation>Есеп түрі</translation>
    </message>
    <message>
        <source>Reported in</source>
        <translation>Жарияланған дереккөз</translation>
    </message>
    <message>
        <source>Law reports</source>
        <translation>Сот тәжірибесінің жинағы</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Репозиторий</translation>
    </message>
    <message>
        <source>Branch of science</source>
        <translation>Ғылым саласы</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Сайттың атауы</translation>
    </message>
    <message>
        <source>Site owner</source>
        <translation>Сайттың иесі</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Бағдарламалық қамтамасыз ету</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Specialty code</source>
        <translation>Мамандық шифры</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Standard number</source>
        <translation>Стандарттың белгісі</translation>
    </message>
    <message>
        <source>Type of standard</source>
        <translation>Стандарттың түрі</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ұсынылған күні</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>Диссертация</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <source>Title (translated)</source>
        <translation>Атауы (аудармасы)</translation>
    </message>
    <message>
        <source>Title (transliterated)</source>
        <translation>Атауы (транслитерация)</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Аудармасы</translation>
    </message>
    <message>
        <source>Transliterated</source>
        <translation>Транслитерация</translation>
    </message>
    <message>
        <source>Corrections and retractions</source>
        <translation>Түзетулер мен кері қайтарулар</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Form of the treaty</source>
        <translation>Шарттың түрі</translation>
    </message>
    <message>
        <source>Treaty series</source>
        <translation>Шарттар жинағы</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Version date</source>
        <translation>Нұсқаның күні</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Том</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message>
        <source>Not a DOI: a DOI looks like 10.1234/abc</source>
        <translation>Бұл DOI емес: DOI былай жазылады: 10.1234/abc</translation>
    </message>
    <message>
        <source>ISSN {value}: the check digit should be {digit}</source>
        <translation>ISSN {value}: бақылау цифры {digit} болуы керек</translation>
    </message>
    <message>
        <source>ISSN {value}: an ISSN has eight characters, NNNN-NNNN</source>
        <translation>ISSN {value}: ISSN сегіз таңбадан тұрады, NNNN-NNNN</translation>
    </message>
    <message>
        <source>ISBN {value}: the check digit should be {digit}</source>
        <translation>ISBN {value}: бақылау цифры {digit} болуы керек</translation>
    </message>
    <message>
        <source>ISBN {value}: an ISBN has 10 or 13 digits</source>
        <translation>ISBN {value}: ISBN 10 немесе 13 цифрдан тұрады</translation>
    </message>
    <message>
        <source>Not a date: type YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>Бұл күн емес: ЖЖЖЖ, ЖЖЖЖ-АА, ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ түрінде енгізіңіз</translation>
    </message>
    <message>
        <source>There is no such date: {value}</source>
        <translation>Мұндай күн жоқ: {value}</translation>
    </message>
    <message>
        <source>This does not look like a web address (https://...)</source>
        <translation>Бұл веб-мекенжайға ұқсамайды (https://...)</translation>
    </message>
    <message>
        <source>Unknown language: use a code such as ru, kk or en</source>
        <translation>Белгісіз тіл: ru, kk немесе en сияқты кодты көрсетіңіз</translation>
    </message>
    <message>
        <source>Not valid, kept as imported: correct it or clear it</source>
        <translation>Жарамсыз мән, импорттағыдай сақталды: түзетіңіз немесе өшіріңіз</translation>
    </message>
    <message>
        <source>Not a valid value: {value}</source>
        <translation>Жарамсыз мән: {value}</translation>
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
    <name>FindDoiDialog</name>
    <message>
        <source>Find DOI</source>
        <translation>DOI табу</translation>
    </message>
    <message>
        <source>Crossref works that match this reference:</source>
        <translation>Осы жазбаға сәйкес Crossref жұмыстары:</translation>
    </message>
    <message>
        <source>This reference already has the DOI %1; attaching another replaces it.</source>
        <translation>Жазбада DOI %1 бар; жаңасы оны алмастырады.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="vanished">Сәйкестік</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Атауы</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="vanished">Авторлар</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="vanished">Жыл</translation>
    </message>
    <message>
        <source>Journal / book</source>
        <translation type="vanished">Журнал / кітап</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="vanished">DOI</translation>
    </message>
    <message>
        <source>Show that reference</source>
        <translation>Сол жазбаны көрсету</translation>
    </message>
    <message>
        <source>Then refresh the reference from Crossref (you choose which fields change)</source>
        <translation>Содан кейін жазбаны Crossref-тен жаңарту (қай өрістер өзгеретінін өзіңіз таңдайсыз)</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Қайта іздеу</translation>
    </message>
    <message>
        <source>Attach DOI</source>
        <translation>DOI тіркеу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Searching Crossref…</source>
        <translation>Crossref-те іздеу…</translation>
    </message>
    <message>
        <source>Finding a DOI</source>
        <translation>DOI іздеу</translation>
    </message>
    <message>
        <source>Our score %1 (title, year, first author); Crossref&apos;s relevance %2</source>
        <translation type="vanished">Біздің баға %1 (атауы, жылы, бірінші автор); Crossref релеванттылығы %2</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s). Pick the work this reference cites, then Attach DOI.</source>
        <translation>
            <numerusform>Үміткерлер: %n. Жазба сілтеме жасайтын жұмысты таңдап, «DOI тіркеу» түймесін басыңыз.</numerusform>
            <numerusform>Үміткерлер: %n. Жазба сілтеме жасайтын жұмысты таңдап, «DOI тіркеу» түймесін басыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossref found no candidates for this reference.</source>
        <translation>Crossref бұл жазбаға үміткер таппады.</translation>
    </message>
    <message>
        <source>This reference has no title to search with.</source>
        <translation>Жазбада іздеуге арналған атау жоқ.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Іздеу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>Low match: check the title, year and authors before attaching this DOI.</source>
        <translation>Сәйкестік төмен: бұл DOI-ды тіркемес бұрын атауын, жылын және авторларын тексеріңіз.</translation>
    </message>
    <message>
        <source>Attach %1 to this reference?</source>
        <translation>%1 осы жазбаға тіркелсін бе?</translation>
    </message>
    <message>
        <source>Attaching a DOI</source>
        <translation>DOI тіркеу</translation>
    </message>
    <message>
        <source>Nothing attached: %1 already belongs to reference #%2 (%3).</source>
        <translation>Ештеңе тіркелмеді: %1 №%2 жазбаға тиесілі (%3).</translation>
    </message>
    <message>
        <source>DOI %1 attached.</source>
        <translation>DOI %1 тіркелді.</translation>
    </message>
    <message>
        <source>Nothing attached: %1</source>
        <translation>Ештеңе тіркелмеді: %1</translation>
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
    <name>GrantProgressView</name>
    <message>
        <source>Rule set</source>
        <translation>Талаптар жиынтығы</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Reference style</source>
        <translation>Сілтеме стилі</translation>
    </message>
    <message>
        <source>GOST 7.1-2003</source>
        <translation>МЕМСТ 7.1-2003</translation>
    </message>
    <message>
        <source>GOST R 7.0.100-2018</source>
        <translation>ГОСТ Р 7.0.100-2018</translation>
    </message>
    <message>
        <source>Export grant report…</source>
        <translation>Грант есебін экспорттау…</translation>
    </message>
    <message>
        <source>Assessing the team&apos;s publications…</source>
        <translation>Топ жарияланымдары бағалануда…</translation>
    </message>
    <message>
        <source>Grant progress</source>
        <translation>Гранттың орындалуы</translation>
    </message>
    <message>
        <source>No team publications yet: mark the team&apos;s own works in the library (project “{project}”).</source>
        <translation>Әзірге топ жарияланымдары жоқ: кітапханада топтың өз жұмыстарын белгілеңіз («{project}» жобасы).</translation>
    </message>
    <message>
        <source>All {target} results achieved.</source>
        <translation>Барлық {target} нәтижеге қол жеткізілді.</translation>
    </message>
    <message>
        <source>{filled} of {target} results achieved; still missing: {missing}.</source>
        <translation>{target} нәтиженің {filled} орындалды; әлі жетіспейді: {missing}.</translation>
    </message>
    <message>
        <source>{count} team publications assessed against “{name}”.</source>
        <translation>Топтың {count} жарияланымы «{name}» бойынша бағаланды.</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>ж. ж.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(атауы жоқ)</translation>
    </message>
    <message>
        <source>fills a slot: {work}</source>
        <translation>есептелді: {work}</translation>
    </message>
    <message>
        <source>could count once the data is known: {work}</source>
        <translation>деректер белгілі болғанда есептелуі мүмкін: {work}</translation>
    </message>
    <message>
        <source>Eligible, but every slot it could fill is taken</source>
        <translation>Сәйкес, бірақ барлық лайық орындар бос емес</translation>
    </message>
    <message>
        <source>Team publication</source>
        <translation>Топ жарияланымы</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Есептелетін орны</translation>
    </message>
    <message>
        <source>Export the grant report</source>
        <translation>Грант есебін экспорттау</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Web page (*.html);;Rich text (*.rtf);;Plain text (*.txt)</source>
        <translation>Word құжаты (*.docx);;Веб-бет (*.html);;RTF (*.rtf);;Мәтін (*.txt)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} жазылуда…</translation>
    </message>
    <message>
        <source>Exporting the grant report</source>
        <translation>Грант есебі экспортталуда</translation>
    </message>
    <message>
        <source>{count} publications written to {path}</source>
        <translation>{count} жарияланым {path} файлына жазылды</translation>
    </message>
    <message>
        <source>The report was not written: {reason}</source>
        <translation>Есеп жазылмады: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>References and PDFs (*.bib *.bibtex *.ris *.json *.csljson *.csv *.txt *.nbib *.medline *.pdf)</source>
        <translation>Сілтемелер мен PDF (*.bib *.bibtex *.ris *.json *.csljson *.csv *.txt *.nbib *.medline *.pdf)</translation>
    </message>
    <message>
        <source>BibTeX (*.bib *.bibtex)</source>
        <translation>BibTeX (*.bib *.bibtex)</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json *.csljson)</source>
        <translation>CSL-JSON (*.json *.csljson)</translation>
    </message>
    <message>
        <source>Scopus CSV (*.csv)</source>
        <translation>Scopus CSV (*.csv)</translation>
    </message>
    <message>
        <source>Web of Science (*.txt)</source>
        <translation>Web of Science (*.txt)</translation>
    </message>
    <message>
        <source>PubMed MEDLINE (*.nbib *.medline *.txt)</source>
        <translation>PubMed MEDLINE (*.nbib *.medline *.txt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import references</source>
        <translation>Сілтемелерді импорттау</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import. Each file is imported in one step: a file that cannot be read changes nothing.</source>
        <translation>
            <numerusform>Импортталатын файлдар: %n. Әр файл бір қадаммен толық импортталады: оқылмайтын файл ештеңені өзгертпейді.</numerusform>
            <numerusform>Импортталатын файлдар: %n. Әр файл бір қадаммен толық импортталады: оқылмайтын файл ештеңені өзгертпейді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Файлдар қосу…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Into collection:</source>
        <translation>Жинаққа:</translation>
    </message>
    <message>
        <source>None (only My library)</source>
        <translation>Жоқ (тек «Менің кітапханам»)</translation>
    </message>
    <message>
        <source>BibTeX, RIS, CSL-JSON, Scopus CSV, Web of Science and PubMed files are recognised by their content. A PDF is looked up by its DOI and attached to its reference.</source>
        <translation>BibTeX, RIS, CSL-JSON, Scopus CSV, Web of Science және PubMed файлдары мазмұны бойынша танылады. PDF өз DOI-ы бойынша ізделіп, өз сілтемесіне тіркеледі.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import references</source>
        <translation>Сілтемелерді импорттау</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Файлдарды импорттау: %n</numerusform>
            <numerusform>Файлдарды импорттау: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>{file} импортталуда</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>PDFs are imported through Crossref, which is not available here.</source>
        <translation>PDF Crossref арқылы импортталады, ал ол мұнда қолжетімсіз.</translation>
    </message>
    <message>
        <source>The check for duplicates was cancelled; the file was imported.</source>
        <translation>Телнұсқаларды тексеру тоқтатылды; файл импортталды.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Импорт қорытындысы</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Есепті көшіру</translation>
    </message>
    <message>
        <source>Copy the whole summary as plain text</source>
        <translation>Бүкіл қорытындыны қарапайым мәтін ретінде көшіру</translation>
    </message>
    <message>
        <source>Show added references</source>
        <translation>Қосылған сілтемелерді көрсету</translation>
    </message>
    <message>
        <source>Review duplicates…</source>
        <translation>Телнұсқаларды қарау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>The duplicates view is not available in this build</source>
        <translation type="vanished">Бұл нұсқада телнұсқаларды қарау қолжетімсіз</translation>
    </message>
    <message>
        <source>Added: {added}. Merged into existing references: {merged}. Skipped: {skipped}. Imported with problems: {problems}.</source>
        <translation>Қосылды: {added}. Бар сілтемелерге біріктірілді: {merged}. Өткізілді: {skipped}. Ескертулермен импортталды: {problems}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>Оқылмаған файлдар: %n.</numerusform>
            <numerusform>Оқылмаған файлдар: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Импорт тоқтатылды.</translation>
    </message>
    <message>
        <source>{file}, line {line}, entry {key}</source>
        <translation>{file}, {line}-жол, {key} жазбасы</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, {line}-жол</translation>
    </message>
    <message>
        <source>{file}, entry {key}</source>
        <translation>{file}, {key} жазбасы</translation>
    </message>
    <message>
        <source>{where}: merged into “{title}”, which gained {fields}</source>
        <translation>{where}: «{title}» жазбасына біріктірілді, қосылған өрістер: {fields}</translation>
    </message>
    <message>
        <source>{where}: already in the library as “{title}”</source>
        <translation>{where}: кітапханада «{title}» ретінде бар</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Ықтимал телнұсқалар</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) look like the same work; nothing was merged. Review them in the duplicates view.</source>
        <translation>
            <numerusform>Бір жұмысқа ұқсайтын жұптар: %n; ештеңе біріктірілмеді. Оларды телнұсқалар көрінісінде қараңыз.</numerusform>
            <numerusform>Бір жұмысқа ұқсайтын жұптар: %n; ештеңе біріктірілмеді. Оларды телнұсқалар көрінісінде қараңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{first}” and “{second}” ({reason})</source>
        <translation>«{first}» және «{second}» ({reason})</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Импортталмады: {reason}</translation>
    </message>
    <message>
        <source>Cancelled: nothing from this file was imported.</source>
        <translation>Тоқтатылды: бұл файлдан ештеңе импортталмады.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) added.</source>
        <translation>
            <numerusform>Қосылған сілтемелер: %n.</numerusform>
            <numerusform>Қосылған сілтемелер: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) matched a reference already in the library (same DOI or ISBN):</source>
        <translation>
            <numerusform>Кітапханадағы сілтемемен сәйкес келген жазбалар (DOI немесе ISBN бірдей): %n:</numerusform>
            <numerusform>Кітапханадағы сілтемемен сәйкес келген жазбалар (DOI немесе ISBN бірдей): %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) skipped:</source>
        <translation>
            <numerusform>Өткізілген жазбалар: %n:</numerusform>
            <numerusform>Өткізілген жазбалар: %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) imported with a problem:</source>
        <translation>
            <numerusform>Ескертумен импортталған жазбалар: %n:</numerusform>
            <numerusform>Ескертумен импортталған жазбалар: %n:</numerusform>
        </translation>
    </message>
    <message>
        <source>Added “{title}” (DOI {doi}) with the PDF attached.</source>
        <translation>«{title}» қосылды (DOI {doi}), PDF тіркелді.</translation>
    </message>
    <message>
        <source>The PDF is now attached to “{title}” (DOI {doi}), which was already in the library.</source>
        <translation>PDF кітапханада бұрыннан бар «{title}» жазбасына тіркелді (DOI {doi}).</translation>
    </message>
    <message>
        <source>Already attached to “{title}”: nothing changed.</source>
        <translation>«{title}» жазбасына бұрын тіркелген: ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>Not imported: the PDF holds no DOI, and no work was chosen among Crossref&apos;s matches for “{title}”.</source>
        <translation>Импортталмады: PDF-те DOI жоқ, ал Crossref «{title}» бойынша тапқан жұмыстардың ешқайсысы таңдалмады.</translation>
    </message>
    <message>
        <source>Not imported: the PDF holds neither a DOI nor a title to search for.</source>
        <translation>Импортталмады: PDF-те DOI де, іздеуге болатын атау да жоқ.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Көшірілді</translation>
    </message>
</context>
<context>
    <name>ItemType</name>
    <message>
        <source>Article</source>
        <translation type="vanished">Мақала</translation>
    </message>
    <message>
        <source>Journal article</source>
        <translation type="vanished">Журналдағы мақала</translation>
    </message>
    <message>
        <source>Magazine article</source>
        <translation type="vanished">Танымал журналдағы мақала</translation>
    </message>
    <message>
        <source>Newspaper article</source>
        <translation type="vanished">Газеттегі мақала</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="vanished">Заң жобасы</translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="vanished">Кітап</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="vanished">Хабар</translation>
    </message>
    <message>
        <source>Book chapter</source>
        <translation type="vanished">Кітап тарауы</translation>
    </message>
    <message>
        <source>Classic work</source>
        <translation type="vanished">Классикалық шығарма</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="vanished">Жинақ</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="vanished">Деректер жиыны</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="vanished">Құжат</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="vanished">Анықтамалық мақаласы</translation>
    </message>
    <message>
        <source>Dictionary entry</source>
        <translation type="vanished">Сөздік мақаласы</translation>
    </message>
    <message>
        <source>Encyclopedia entry</source>
        <translation type="vanished">Энциклопедия мақаласы</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="vanished">Оқиға</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="vanished">Сурет</translation>
    </message>
    <message>
        <source>Graphic</source>
        <translation type="vanished">Графика</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="vanished">Тыңдаулар</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="vanished">Сұхбат</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation type="vanished">Сот шешімі</translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="vanished">Заң</translation>
    </message>
    <message>
        <source>Manuscript</source>
        <translation type="vanished">Қолжазба</translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="vanished">Карта</translation>
    </message>
    <message>
        <source>Film</source>
        <translation type="vanished">Фильм</translation>
    </message>
    <message>
        <source>Musical score</source>
        <translation type="vanished">Ноталар</translation>
    </message>
    <message>
        <source>Pamphlet</source>
        <translation type="vanished">Кітапша</translation>
    </message>
    <message>
        <source>Conference paper</source>
        <translation type="vanished">Конференция баяндамасы</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation type="vanished">Патент</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="vanished">Қойылым</translation>
    </message>
    <message>
        <source>Periodical</source>
        <translation type="vanished">Мерзімді басылым</translation>
    </message>
    <message>
        <source>Personal communication</source>
        <translation type="vanished">Жеке хабарлама</translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="vanished">Желідегі жазба</translation>
    </message>
    <message>
        <source>Blog post</source>
        <translation type="vanished">Блогтағы жазба</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="vanished">Заңға тәуелді акт</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="vanished">Есеп</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="vanished">Пікір</translation>
    </message>
    <message>
        <source>Book review</source>
        <translation type="vanished">Кітапқа пікір</translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="vanished">Бағдарлама</translation>
    </message>
    <message>
        <source>Song</source>
        <translation type="vanished">Ән</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="vanished">Сөз сөйлеу</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="vanished">Стандарт</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation type="vanished">Диссертация</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation type="vanished">Халықаралық шарт</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="vanished">Веб-бет</translation>
    </message>
</context>
<context>
    <name>ItemTypes</name>
    <message>
        <source>Article (other)</source>
        <translation>Мақала (басқа)</translation>
    </message>
    <message>
        <source>Journal article</source>
        <translation>Журналдағы мақала</translation>
    </message>
    <message>
        <source>Magazine article</source>
        <translation>Көпшілік журналдағы мақала</translation>
    </message>
    <message>
        <source>Newspaper article</source>
        <translation>Газеттегі мақала</translation>
    </message>
    <message>
        <source>Bill (draft law)</source>
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
        <translation>Кітаптың тарауы</translation>
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
        <translation>Деректер жиынтығы</translation>
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
        <translation>Іс-шара</translation>
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
        <translation>Тыңдау</translation>
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
        <source>Law or code</source>
        <translation>Заң немесе кодекс</translation>
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
        <translation>Брошюра</translation>
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
        <source>Decree, order or regulation</source>
        <translation>Жарлық, қаулы немесе бұйрық</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рецензия</translation>
    </message>
    <message>
        <source>Book review</source>
        <translation>Кітапқа рецензия</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Бағдарламалық қамтамасыз ету</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Ән</translation>
    </message>
    <message>
        <source>Speech or presentation</source>
        <translation>Сөз сөйлеу немесе презентация</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Thesis or dissertation</source>
        <translation>Диссертация</translation>
    </message>
    <message>
        <source>Treaty or convention</source>
        <translation>Шарт немесе конвенция</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Веб-бет</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <source>New journal</source>
        <translation>Жаңа журнал</translation>
    </message>
    <message>
        <source>Edit journal</source>
        <translation>Журналды өзгерту</translation>
    </message>
    <message>
        <source>As printed on the journal</source>
        <translation>Журналда басылғандай</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>One per line: the title in Russian, Kazakh or Latin letters</source>
        <translation>Әр жолға біреуден: атауы орысша, қазақша немесе латын әрпімен</translation>
    </message>
    <message>
        <source>Alternative titles</source>
        <translation>Басқа атаулары</translation>
    </message>
    <message>
        <source>Print ISSN</source>
        <translation>Баспа нұсқасының ISSN</translation>
    </message>
    <message>
        <source>Electronic ISSN</source>
        <translation>Электрондық нұсқасының ISSN</translation>
    </message>
    <message>
        <source>Other ISSNs</source>
        <translation>Басқа ISSN</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Үтір арқылы</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Баспа</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Add a Scopus CiteScore value</source>
        <translation>Scopus CiteScore мәнін қосу</translation>
    </message>
    <message>
        <source>CiteScore year</source>
        <translation>CiteScore жылы</translation>
    </message>
    <message>
        <source>ASJC, e.g. 3308</source>
        <translation>ASJC, мыс. 3308</translation>
    </message>
    <message>
        <source>Subject, e.g. Law</source>
        <translation>Сала, мыс. Law</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Процентиль</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>CiteScore</source>
        <translation>CiteScore</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>ішінен</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>complete (the annual value)</source>
        <translation>түпкілікті (жылдық мән)</translation>
    </message>
    <message>
        <source>in progress (CiteScore Tracker)</source>
        <translation>алдын ала (CiteScore Tracker)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Add an index membership</source>
        <translation>Индекстелуді қосу</translation>
    </message>
    <message>
        <source>Web of Science {index}</source>
        <translation>Web of Science {index}</translation>
    </message>
    <message>
        <source>Scopus</source>
        <translation>Scopus</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>List date</source>
        <translation>Тізім күні</translation>
    </message>
    <message>
        <source>Add a ministry list (KOKSNVO) entry</source>
        <translation>КОКСНВО тізіміндегі жазбаны қосу</translation>
    </message>
    <message>
        <source>List 1</source>
        <translation>1-тізім</translation>
    </message>
    <message>
        <source>List 2</source>
        <translation>2-тізім</translation>
    </message>
    <message>
        <source>List 3</source>
        <translation>3-тізім</translation>
    </message>
    <message>
        <source>Departmental journals</source>
        <translation>Ведомстволық басылымдар</translation>
    </message>
    <message>
        <source>Conference proceedings</source>
        <translation>Конференция материалдары</translation>
    </message>
    <message>
        <source>Trusted publisher</source>
        <translation>Сенімді баспа</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <source>Separated by semicolons, e.g. Право</source>
        <translation>Нүктелі үтір арқылы, мыс. Құқық</translation>
    </message>
    <message>
        <source>Scientific directions</source>
        <translation>Ғылыми бағыттар</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Бұйрық нөмірі</translation>
    </message>
    <message>
        <source>known</source>
        <translation>белгілі</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Бұйрық күні</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <source>{value}: only digits and a final X (the check character) are allowed</source>
        <translation>{value}: тек цифрлар және соңында X (бақылау таңбасы) рұқсат етіледі</translation>
    </message>
    <message>
        <source>{value}: an ISSN has 8 characters (7 digits and a check character), this has {count}</source>
        <translation>{value}: ISSN-де 8 таңба бар (7 цифр және бақылау таңбасы), мұнда {count}</translation>
    </message>
    <message>
        <source>{value}: the check digit should be {expected}, not {given}; look for a mistyped digit</source>
        <translation>{value}: бақылау цифры {given} емес, {expected} болуы керек; қате терілген цифрды тексеріңіз</translation>
    </message>
    <message>
        <source>The journal needs a title.</source>
        <translation>Журнал атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give one print and one electronic ISSN; put the others under Other ISSNs.</source>
        <translation>Бір баспа және бір электрондық ISSN көрсетіңіз; қалғандарын «Басқа ISSN» өрісіне жазыңыз.</translation>
    </message>
    <message>
        <source>The same ISSN is given twice.</source>
        <translation>Бір ISSN екі рет көрсетілген.</translation>
    </message>
    <message>
        <source>Give both the rank and the number of journals it is out of, or neither.</source>
        <translation>Орынды да, журналдардың жалпы санын да көрсетіңіз — не екеуін де көрсетпеңіз.</translation>
    </message>
    <message>
        <source>The rank cannot be larger than the number of journals.</source>
        <translation>Орын журналдар санынан үлкен бола алмайды.</translation>
    </message>
    <message>
        <source>Q{quartile} (percentile {band})</source>
        <translation>Q{quartile} (процентиль {band})</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Баспа</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Процентиль</translation>
    </message>
    <message>
        <source>Quartile</source>
        <translation>Квартиль</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>WoS</source>
        <translation>WoS</translation>
    </message>
    <message>
        <source>Ministry list</source>
        <translation>КОКСНВО тізімі</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Сілтемелер</translation>
    </message>
    <message>
        <source>Scopus CiteScore percentile of the best subject in the latest CiteScore year</source>
        <translation>Соңғы CiteScore жылындағы ең жақсы сала бойынша Scopus CiteScore процентилі</translation>
    </message>
    <message>
        <source>CiteScore quartile of that subject (Q1 = percentile 75–99)</source>
        <translation>Осы сала бойынша CiteScore квартилі (Q1 = процентиль 75–99)</translation>
    </message>
    <message>
        <source>The latest CiteScore year known (a complete year before any Tracker value)</source>
        <translation>Белгілі соңғы CiteScore жылы (түпкілікті жыл Tracker мәнінен басым)</translation>
    </message>
    <message>
        <source>Web of Science indexes</source>
        <translation>Web of Science индекстері</translation>
    </message>
    <message>
        <source>Ministry (KOKSNVO) list levels</source>
        <translation>КОКСНВО тізімінің деңгейлері</translation>
    </message>
    <message>
        <source>References in the library that appeared in the journal</source>
        <translation>Кітапханадағы осы журналда жарияланған сілтемелер</translation>
    </message>
    <message>
        <source>{year} (Tracker)</source>
        <translation>{year} (Tracker)</translation>
    </message>
    <message>
        <source>List 1</source>
        <translation>1-тізім</translation>
    </message>
    <message>
        <source>List 2</source>
        <translation>2-тізім</translation>
    </message>
    <message>
        <source>List 3</source>
        <translation>3-тізім</translation>
    </message>
    <message>
        <source>departmental</source>
        <translation>ведомстволық</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>конференция</translation>
    </message>
    <message>
        <source>trusted publisher</source>
        <translation>сенімді баспа</translation>
    </message>
    <message>
        <source>CiteScore {year}, best subject {subject}: percentile {percentile}, Q{quartile}</source>
        <translation>CiteScore {year}, ең жақсы сала {subject}: процентиль {percentile}, Q{quartile}</translation>
    </message>
    <message>
        <source>Only a CiteScore Tracker value (in progress, not final) is known.</source>
        <translation>Тек CiteScore Tracker мәні белгілі (алдын ала, түпкілікті емес).</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Choose a journal in the list.</source>
        <translation>Тізімнен журналды таңдаңыз.</translation>
    </message>
    <message>
        <source>Edit journal…</source>
        <translation>Журналды өзгерту…</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Баспа</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Scopus / SCImago id</source>
        <translation>Scopus / SCImago ID</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Scopus CiteScore percentile by year and subject</source>
        <translation>Scopus CiteScore процентилі жылдар мен салалар бойынша</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Subject (ASJC)</source>
        <translation>Сала (ASJC)</translation>
    </message>
    <message>
        <source>CiteScore</source>
        <translation>CiteScore</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Процентиль</translation>
    </message>
    <message>
        <source>Quartile</source>
        <translation>Квартиль</translation>
    </message>
    <message>
        <source>Rank / out of</source>
        <translation>Орын / ішінен</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>No CiteScore values: import a CiteScore file or type one in the journal editor.</source>
        <translation>CiteScore мәндері жоқ: CiteScore файлын импорттаңыз немесе мәнді журнал редакторында енгізіңіз.</translation>
    </message>
    <message>
        <source>SCImago Journal Rank (SJR)</source>
        <translation>SCImago Journal Rank (SJR)</translation>
    </message>
    <message>
        <source>SJR is a different metric from CiteScore: its quartile is never used for a CiteScore requirement.</source>
        <translation>SJR — CiteScore-тан басқа көрсеткіш: оның квартилі CiteScore талаптарында ешқашан ескерілмейді.</translation>
    </message>
    <message>
        <source>SJR</source>
        <translation>SJR</translation>
    </message>
    <message>
        <source>SJR best quartile</source>
        <translation>SJR ең жоғары квартилі</translation>
    </message>
    <message>
        <source>Indexes: Web of Science and Scopus coverage</source>
        <translation>Индекстер: Web of Science және Scopus-та индекстелуі</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>List date</source>
        <translation>Тізім күні</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Not on any imported index list.</source>
        <translation>Импортталған индекс тізімдерінің ешқайсысында жоқ.</translation>
    </message>
    <message>
        <source>Ministry list (KOKSNVO)</source>
        <translation>КОКСНВО тізімі</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <source>Scientific directions</source>
        <translation>Ғылыми бағыттар</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Бұйрық</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Бұйрық күні</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <source>Not on the ministry list as imported or typed.</source>
        <translation>КОКСНВО тізімінде жоқ (импортталған немесе қолмен енгізілген).</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Талаптарға сәйкестік</translation>
    </message>
    <message>
        <source>For an article published in</source>
        <translation>Жарияланған мақала үшін, жылы:</translation>
    </message>
    <message>
        <source>Publication year</source>
        <translation>Жарияланған жылы</translation>
    </message>
    <message>
        <source>Loading the journal</source>
        <translation>Журнал жүктелуде</translation>
    </message>
    <message>
        <source>print</source>
        <translation>баспа</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>электрондық</translation>
    </message>
    <message>
        <source>linking</source>
        <translation>байланыстырушы</translation>
    </message>
    <message>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <source>all subjects</source>
        <translation>барлық салалар</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>түпкілікті</translation>
    </message>
    <message>
        <source>in progress (Tracker)</source>
        <translation>алдын ала (Tracker)</translation>
    </message>
    <message>
        <source>Scopus</source>
        <translation>Scopus</translation>
    </message>
    <message>
        <source>Web of Science {index}</source>
        <translation>Web of Science {index}</translation>
    </message>
    <message>
        <source>List 1</source>
        <translation>1-тізім</translation>
    </message>
    <message>
        <source>List 2</source>
        <translation>2-тізім</translation>
    </message>
    <message>
        <source>List 3</source>
        <translation>3-тізім</translation>
    </message>
    <message>
        <source>Departmental journals</source>
        <translation>Ведомстволық басылымдар</translation>
    </message>
    <message>
        <source>Conference proceedings</source>
        <translation>Конференция материалдары</translation>
    </message>
    <message>
        <source>Trusted publisher</source>
        <translation>Сенімді баспа</translation>
    </message>
</context>
<context>
    <name>JournalWidgets</name>
    <message>
        <source>eligible</source>
        <translation>сәйкес</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>сәйкес емес</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>{source}, imported {when}</source>
        <translation>{source}, импортталды {when}</translation>
    </message>
    <message>
        <source>Cannot read the file: {0}</source>
        <translation>Файлды оқу мүмкін емес: {0}</translation>
    </message>
    <message>
        <source>{field}: {value!r}: {reason}</source>
        <translation>{field}: {value!r}: {reason}</translation>
    </message>
    <message>
        <source>The library cannot be used: {0}</source>
        <translation>Кітапхананы пайдалану мүмкін емес: {0}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Болдырылмады.</translation>
    </message>
    <message>
        <source>Unexpected error: {0}: {1}</source>
        <translation>Күтпеген қате: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>JournalsView</name>
    <message>
        <source>Search by title or ISSN</source>
        <translation>Атауы немесе ISSN бойынша іздеу</translation>
    </message>
    <message>
        <source>Search journals</source>
        <translation>Журналдарды іздеу</translation>
    </message>
    <message>
        <source>Add journal…</source>
        <translation>Журнал қосу…</translation>
    </message>
    <message>
        <source>Import metrics…</source>
        <translation>Көрсеткіштерді импорттау…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Loading journals</source>
        <translation>Журналдар жүктелуде</translation>
    </message>
    <message>
        <source>{count} journals</source>
        <translation>Журналдар: {count}</translation>
    </message>
    <message>
        <source>{shown} of {count} journals</source>
        <translation>{count} журналдың {shown}</translation>
    </message>
    <message>
        <source>No journals yet. Import a CiteScore, SCImago, Web of Science or ministry list file, or add a journal by hand.</source>
        <translation>Әзірге журналдар жоқ. CiteScore, SCImago, Web of Science файлын немесе КОКСНВО тізімін импорттаңыз не журналды қолмен қосыңыз.</translation>
    </message>
    <message>
        <source>No journal matches “{text}”.</source>
        <translation>«{text}» сұрауы бойынша журнал жоқ.</translation>
    </message>
    <message>
        <source>Searching journals</source>
        <translation>Журналдар ізделуде</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Russian</source>
        <translation type="vanished">Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="vanished">Қазақ тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="vanished">Ағылшын тілі</translation>
    </message>
    <message>
        <source>German</source>
        <translation type="vanished">Неміс тілі</translation>
    </message>
    <message>
        <source>French</source>
        <translation type="vanished">Француз тілі</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="vanished">Испан тілі</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="vanished">Итальян тілі</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="vanished">Украин тілі</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation type="vanished">Өзбек тілі</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation type="vanished">Қырғыз тілі</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation type="vanished">Тәжік тілі</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="vanished">Түрік тілі</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation type="vanished">Беларусь тілі</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="vanished">Поляк тілі</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="vanished">Қытай тілі</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="vanished">Жапон тілі</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="vanished">Корей тілі</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="vanished">Араб тілі</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="vanished">Португал тілі</translation>
    </message>
</context>
<context>
    <name>Languages</name>
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
        <source>Turkish</source>
        <translation>Түрік тілі</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Қытай тілі</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Испан тілі</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Беларусь тілі</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>Тәжік тілі</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Поляк тілі</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Араб тілі</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Итальян тілі</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Португал тілі</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Жапон тілі</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Корей тілі</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This feature is not available yet in this build.</source>
        <translation type="vanished">Бұл мүмкіндік осы жинақта әзірге қолжетімсіз.</translation>
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
        <source>Exported {count} references to {path}</source>
        <translation>{count} сілтеме экспортталды, файл: {path}</translation>
    </message>
    <message>
        <source>Bibliography written: {path}</source>
        <translation>Әдебиеттер тізімі жазылды: {path}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Save the changes to “{title}”?</source>
        <translation>«{title}» жазбасындағы өзгерістерді сақтау керек пе?</translation>
    </message>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation>Болдырмау немесе қайталау мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Болдырмау: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Қайталау: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Grant report written: {path}</source>
        <translation type="vanished">Грант есебі жазылды: {path}</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation type="vanished">Файл табылмады</translation>
    </message>
    <message>
        <source>The attached file is no longer there:
{path}

It was moved, renamed or deleted. Attach it again from where it is now.</source>
        <translation type="vanished">Тіркелген файл бұрынғы орнында жоқ:
{path}

Ол жылжытылған, атауы өзгертілген немесе жойылған. Оны қазіргі орнынан қайта тіркеңіз.</translation>
    </message>
    <message>
        <source>No program opens {path}</source>
        <translation type="vanished">{path} файлын ашатын бағдарлама жоқ</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="vanished">Файлдар тіркеу</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation type="vanished">Файлдар тіркелуде</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation type="vanished">
            <numerusform>Тіркелген файлдар: %n.</numerusform>
            <numerusform>Тіркелген файлдар: %n.</numerusform>
        </translation>
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
    <name>MergePanel</name>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>Біріктірілген жазба</translation>
    </message>
    <message>
        <source>from the other record</source>
        <translation>басқа жазбадан</translation>
    </message>
    <message>
        <source>from both records</source>
        <translation>екі жазбадан да</translation>
    </message>
    <message>
        <source>The same in both records</source>
        <translation>Екі жазбада да бірдей</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Екеуі де</translation>
    </message>
    <message>
        <source>Keep the values of both records</source>
        <translation>Екі жазбаның мәндерін де сақтау</translation>
    </message>
    <message>
        <source>Taken from #{id}</source>
        <translation>#{id} жазбасынан алынды</translation>
    </message>
    <message>
        <source>The values of both records</source>
        <translation>Екі жазбаның мәндері</translation>
    </message>
    <message>
        <source>Fields that differ: {n} of {total}</source>
        <translation>Айырмашылығы бар өрістер: {n}/{total}</translation>
    </message>
    <message>
        <source>{record} · added {date}</source>
        <translation>{record} · қосылған күні {date}</translation>
    </message>
    <message>
        <source>Show this reference in the library</source>
        <translation>Осы сілтемені кітапханада көрсету</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>Keep this record; the other goes to the trash</source>
        <translation>Осы жазбаны қалдыру; екіншісі себетке жылжытылады</translation>
    </message>
    <message>
        <source>Kept, with the chosen values</source>
        <translation>Таңдалған мәндермен қалады</translation>
    </message>
    <message>
        <source>Goes to the trash after the merge</source>
        <translation>Біріктіргеннен кейін себетке жылжытылады</translation>
    </message>
    <message numerus="yes">
        <source>attachments: %n</source>
        <translation>
            <numerusform>тіркемелер: %n</numerusform>
            <numerusform>тіркемелер: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes: %n</source>
        <translation>
            <numerusform>жазбалар: %n</numerusform>
            <numerusform>жазбалар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tags: %n</source>
        <translation>
            <numerusform>белгілер: %n</numerusform>
            <numerusform>белгілер: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collections: %n</source>
        <translation>
            <numerusform>жинақтар: %n</numerusform>
            <numerusform>жинақтар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing attached</source>
        <translation>ештеңе тіркелмеген</translation>
    </message>
    <message>
        <source>Merging changes #{keep}: {fields}.</source>
        <translation>Біріктіру #{keep} жазбасын өзгертеді: {fields}.</translation>
    </message>
    <message>
        <source>Merging leaves the fields of #{keep} as they are.</source>
        <translation>Біріктіру #{keep} жазбасының өрістерін өзгертпейді.</translation>
    </message>
    <message>
        <source>#{other} goes to the trash (it can be restored); its attachments and notes move to #{keep}, its tags and collections are added to #{keep}.</source>
        <translation>#{other} себетке жылжытылады (оны қалпына келтіруге болады); оның тіркемелері мен жазбалары #{keep} жазбасына көшеді, белгілері мен жинақтары #{keep} жазбасына қосылады.</translation>
    </message>
    <message>
        <source>Only fields that differ</source>
        <translation>Тек айырмашылығы бар өрістер</translation>
    </message>
    <message>
        <source>⇄ Swap kept record</source>
        <translation>⇄ Басқа жазбаны қалдыру</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>Бұның орнына басқа жазбаны қалдыру</translation>
    </message>
    <message>
        <source>Reset choices</source>
        <translation>Таңдауды қалпына келтіру</translation>
    </message>
    <message>
        <source>Back to the suggested value of every field</source>
        <translation>Әр өрістің ұсынылған мәніне оралу</translation>
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
    <name>MetricImportDialog</name>
    <message>
        <source>Import journal metrics</source>
        <translation>Журнал көрсеткіштерін импорттау</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Импортталатын файл</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Scopus CiteScore metrics (.xlsx, .csv)</source>
        <translation>Scopus CiteScore көрсеткіштері (.xlsx, .csv)</translation>
    </message>
    <message>
        <source>Scopus source title list, ext_list (.xlsx)</source>
        <translation>Scopus дереккөздер тізімі, ext_list (.xlsx)</translation>
    </message>
    <message>
        <source>SCImago Journal Rank (.csv)</source>
        <translation>SCImago Journal Rank (.csv)</translation>
    </message>
    <message>
        <source>Web of Science Master Journal List (.csv)</source>
        <translation>Web of Science Master Journal List (.csv)</translation>
    </message>
    <message>
        <source>Ministry list, KOKSNVO (.xlsx, .csv)</source>
        <translation>КОКСНВО тізімі (.xlsx, .csv)</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Файл түрі</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>from the sheet or file name</source>
        <translation>парақ не файл атауынан</translation>
    </message>
    <message>
        <source>Metric year</source>
        <translation>Көрсеткіш жылы</translation>
    </message>
    <message>
        <source>choose the index of this list</source>
        <translation>осы тізімнің индексін таңдаңыз</translation>
    </message>
    <message>
        <source>Web of Science index</source>
        <translation>Web of Science индексі</translation>
    </message>
    <message>
        <source>given</source>
        <translation>көрсетілген</translation>
    </message>
    <message>
        <source>List date</source>
        <translation>Тізім күні</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>файлдан</translation>
    </message>
    <message>
        <source>List 1</source>
        <translation>1-тізім</translation>
    </message>
    <message>
        <source>List 2</source>
        <translation>2-тізім</translation>
    </message>
    <message>
        <source>List 3</source>
        <translation>3-тізім</translation>
    </message>
    <message>
        <source>Departmental journals</source>
        <translation>Ведомстволық басылымдар</translation>
    </message>
    <message>
        <source>Conference proceedings</source>
        <translation>Конференция материалдары</translation>
    </message>
    <message>
        <source>Trusted publisher</source>
        <translation>Сенімді баспа</translation>
    </message>
    <message>
        <source>Level for rows without one</source>
        <translation>Деңгейі жоқ жолдар үшін деңгей</translation>
    </message>
    <message>
        <source>e.g. V2500036221</source>
        <translation>мыс. V2500036221</translation>
    </message>
    <message>
        <source>Ministry order number</source>
        <translation>Министрлік бұйрығының нөмірі</translation>
    </message>
    <message>
        <source>This file is an excerpt, not the whole list (a journal missing from it stays “unknown”)</source>
        <translation>Бұл толық тізім емес, үзінді (онда жоқ журнал «белгісіз» болып қалады)</translation>
    </message>
    <message>
        <source>Preview of sheet</source>
        <translation>Парақты алдын ала қарау</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <source>Problems in the first rows</source>
        <translation>Алғашқы жолдардағы мәселелер</translation>
    </message>
    <message>
        <source>The import summary appears here.</source>
        <translation>Импорт қорытындысы осында шығады.</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Қорытындыны көшіру</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Импортты болдырмау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Choose a metrics file</source>
        <translation>Көрсеткіштер файлын таңдаңыз</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Кестелер (*.xlsx *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Алғашқы жолдар оқылуда…</translation>
    </message>
    <message>
        <source>Previewing {file}</source>
        <translation>{file} алдын ала қаралуда</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>{edition}: sheet skipped ({note})</source>
        <translation>{edition}: парақ өткізіліп жіберілді ({note})</translation>
    </message>
    <message>
        <source>{edition}: header on row {row}</source>
        <translation>{edition}: тақырып {row}-жолда</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>пайдаланылмайды</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(табылмады)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>ISSN (print)</source>
        <translation>ISSN (баспа)</translation>
    </message>
    <message>
        <source>ISSN (electronic)</source>
        <translation>ISSN (электрондық)</translation>
    </message>
    <message>
        <source>List level</source>
        <translation>Тізімдегі деңгей</translation>
    </message>
    <message>
        <source>Scientific directions</source>
        <translation>Ғылыми бағыттар</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Баспа</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Бұйрық нөмірі</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Бұйрық күні</translation>
    </message>
    <message>
        <source>Scopus source id</source>
        <translation>Scopus дереккөз ID</translation>
    </message>
    <message>
        <source>CiteScore</source>
        <translation>CiteScore</translation>
    </message>
    <message>
        <source>ASJC code</source>
        <translation>ASJC коды</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Процентиль</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Rank out of</source>
        <translation>Саладағы жалпы саны</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Дереккөз түрі</translation>
    </message>
    <message>
        <source>Quartile</source>
        <translation>Квартиль</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <source>Publisher address</source>
        <translation>Баспаның мекенжайы</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <source>Active or inactive</source>
        <translation>Белсенді ме, жоқ па</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Шығарылған</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} оқылуда…</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>{file} импортталуда</translation>
    </message>
    <message>
        <source>Reading rows: {count}</source>
        <translation>Оқылған жолдар: {count}</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>Кітапхананың сақтық көшірмесі жасалуда…</translation>
    </message>
    <message>
        <source>Writing to the library…</source>
        <translation>Кітапханаға жазылуда…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Болдырмау…</translation>
    </message>
    <message>
        <source>Import cancelled: the library was not changed.</source>
        <translation>Импорт болдырылмады: кітапхана өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Импорт аяқталды.</translation>
    </message>
    <message>
        <source>Import failed: the library was not changed.</source>
        <translation>Импорт сәтсіз аяқталды: кітапхана өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The same file was imported before: updated in place.</source>
        <translation>Бұл файл бұрын импортталған: деректер орнында жаңартылды.</translation>
    </message>
    <message>
        <source>Imported {imported}, updated {updated}, unchanged {unchanged}, rejected {rejected} rows; {new} new journals.</source>
        <translation>Импортталды {imported}, жаңартылды {updated}, өзгеріссіз {unchanged}, қабылданбаған жолдар: {rejected}; жаңа журналдар: {new}.</translation>
    </message>
    <message>
        <source>Backup made before the import: {path}</source>
        <translation>Импорт алдындағы сақтық көшірме: {path}</translation>
    </message>
    <message>
        <source>Problems ({count}):</source>
        <translation>Мәселелер ({count}):</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <source>Score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Неліктен</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Бірінші жазба</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Екінші жазба</translation>
    </message>
    <message>
        <source>{score}
skipped</source>
        <translation>{score}
өткізілді</translation>
    </message>
</context>
<context>
    <name>PdfMatchDialog</name>
    <message>
        <source>Which work is this PDF?</source>
        <translation>Бұл PDF қай жұмыс?</translation>
    </message>
    <message>
        <source>“{file}” holds no DOI. Crossref works whose title matches “{title}”:</source>
        <translation>«{file}» файлында DOI жоқ. Атауы «{title}» атауына сәйкес келетін Crossref жұмыстары:</translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="vanished">Сәйкестік</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Атауы</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="vanished">Авторлар</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="vanished">Жыл</translation>
    </message>
    <message>
        <source>Journal / book</source>
        <translation type="vanished">Журнал / кітап</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="vanished">DOI</translation>
    </message>
    <message>
        <source>Import as this work</source>
        <translation>Осы жұмыс ретінде импорттау</translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation>Бұл файлды өткізу</translation>
    </message>
    <message>
        <source>A weak match: check the title, year and authors against the PDF.</source>
        <translation>Әлсіз сәйкестік: атауын, жылын және авторларын PDF-пен салыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>PendingMonitor</name>
    <message>
        <source>Fetching pending DOIs</source>
        <translation>Кезектегі DOI-ларды жүктеу</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n DOI(s) waiting; next try in %1 s.</source>
        <translation>
            <numerusform>Желі жоқ: кезектегі DOI: %n; келесі әрекет %1 с кейін.</numerusform>
            <numerusform>Желі жоқ: кезектегі DOI: %n; келесі әрекет %1 с кейін.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n DOI(s) waiting; next try in %1 min.</source>
        <translation>
            <numerusform>Желі жоқ: кезектегі DOI: %n; келесі әрекет %1 мин кейін.</numerusform>
            <numerusform>Желі жоқ: кезектегі DOI: %n; келесі әрекет %1 мин кейін.</numerusform>
        </translation>
    </message>
    <message>
        <source>Network is back: %1 pending DOI(s) added, %2 still waiting.</source>
        <translation>Желі қосылды: кезектегі DOI қосылды: %1, әлі күтуде: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Network is back: %n pending DOI(s) added.</source>
        <translation>
            <numerusform>Желі қосылды: кезектегі DOI қосылды: %n.</numerusform>
            <numerusform>Желі қосылды: кезектегі DOI қосылды: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending DOIs: %1</source>
        <translation>Кезектегі DOI: %1</translation>
    </message>
</context>
<context>
    <name>PercentileChart</name>
    <message>
        <source>No CiteScore percentiles yet</source>
        <translation>CiteScore процентильдері әзірге жоқ</translation>
    </message>
    <message>
        <source> (Tracker, in progress)</source>
        <translation> (Tracker, алдын ала)</translation>
    </message>
    <message>
        <source>{subject}, {year}: percentile {percentile}, Q{quartile}{status}</source>
        <translation>{subject}, {year}: процентиль {percentile}, Q{quartile}{status}</translation>
    </message>
</context>
<context>
    <name>QuickCopy</name>
    <message>
        <source>Copied %n reference(s) in {style}.</source>
        <translation>%n сілтеме көшірілді, стиль: {style}.</translation>
    </message>
    <message>
        <source>Formatting citations</source>
        <translation>Сілтемелерді рәсімдеу</translation>
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
    <name>ReferenceEditor</name>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Өзгерістерді сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>The library is open read-only: changes cannot be saved.</source>
        <translation>Кітапхана тек оқу үшін ашылған: өзгерістерді сақтау мүмкін емес.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Сақтау мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {field}: {problem}</source>
        <translation>Сақталмады: {field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need correcting. {field}: {problem}</source>
        <translation>
            <numerusform>Сақталмады: түзетуді қажет ететін өрістер: %n. {field}: {problem}</numerusform>
            <numerusform>Сақталмады: түзетуді қажет ететін өрістер: %n. {field}: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <source>This work has been retracted: check the retraction notice before citing it.</source>
        <translation>Жұмыс кері қайтарылған: оған сілтеме жасамас бұрын кері қайтару туралы хабарламамен танысыңыз.</translation>
    </message>
    <message>
        <source>This reference is in the trash.</source>
        <translation>Бұл сілтеме себетте.</translation>
    </message>
    <message>
        <source>The library is open read-only.</source>
        <translation>Кітапхана тек оқу үшін ашылған.</translation>
    </message>
    <message>
        <source>This reference was changed elsewhere. Your changes are kept and will be applied to it when you save.</source>
        <translation>Бұл сілтеме басқа жерде өзгертілді. Сіздің өзгерістеріңіз сақталған және сақтаған кезде оған қолданылады.</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Дереккөз түрі</translation>
    </message>
    <message>
        <source>Also stored with this record and kept unchanged: {keys}.</source>
        <translation>Жазбада сондай-ақ өзгеріссіз сақталады: {keys}.</translation>
    </message>
    <message>
        <source>Sentence case</source>
        <translation>Сөйлем регистрі</translation>
    </message>
    <message>
        <source>Convert the title to sentence case. Acronyms and proper nouns keep their capitals; Ctrl+Z in the field undoes it.</source>
        <translation>Атауды сөйлем регистріне келтіру. Аббревиатуралар мен жалқы есімдер бас әріптерін сақтайды; өрістегі Ctrl+Z өзгерісті болдырмайды.</translation>
    </message>
    <message>
        <source>Transliterate</source>
        <translation>Транслитерациялау</translation>
    </message>
    <message>
        <source>Fill in from the original by {scheme} (the arrow chooses another scheme)</source>
        <translation>Түпнұсқадан {scheme} жүйесі бойынша толтыру (көрсеткі — басқа жүйені таңдау)</translation>
    </message>
    <message>
        <source>Nothing to transliterate: the original has no Cyrillic letters.</source>
        <translation>Транслитерациялайтын ештеңе жоқ: түпнұсқада кирилл әріптері жоқ.</translation>
    </message>
</context>
<context>
    <name>ReferenceEditorDialog</name>
    <message>
        <source>Edit reference</source>
        <translation>Сілтемені өңдеу</translation>
    </message>
    <message>
        <source>New reference</source>
        <translation>Жаңа сілтеме</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Discard the changes to this reference?</source>
        <translation>Осы сілтемедегі өзгерістерден бас тарту керек пе?</translation>
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
        <source>Updated by a notice: {notices}</source>
        <translation>Хабарламамен жаңартылған: {notices}</translation>
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
    <name>RefreshDialog</name>
    <message>
        <source>Refresh from Crossref</source>
        <translation>Crossref-тен жаңарту</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>In your library</source>
        <translation>Сіздің кітапханаңызда</translation>
    </message>
    <message>
        <source>From Crossref</source>
        <translation>Crossref-тен</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Fetch again</source>
        <translation>Қайта жүктеу</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Барлығын белгілеу</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Белгілерді алу</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>This reference has no DOI: use Find DOI first.</source>
        <translation>Жазбада DOI жоқ: алдымен «DOI табу» пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 жүктелуде…</translation>
    </message>
    <message>
        <source>Refreshing from Crossref</source>
        <translation>Crossref-тен жаңарту</translation>
    </message>
    <message>
        <source>Metadata from %1, fetched %2.</source>
        <translation>Метадеректер: %1, жүктелген уақыты %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>Айырмашылығы бар өрістер: %n.</numerusform>
            <numerusform>Айырмашылығы бар өрістер: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields you edited are not ticked: tick one to replace your value with Crossref&apos;s.</source>
        <translation>Сіз өзгерткен өрістер белгіленбеген: мәніңізді Crossref мәнімен алмастыру үшін өрісті белгілеңіз.</translation>
    </message>
    <message>
        <source>Up to date: nothing differs from Crossref.</source>
        <translation>Өзекті: Crossref-пен айырмашылық жоқ.</translation>
    </message>
    <message>
        <source>edited by you</source>
        <translation>сіз өзгерткен</translation>
    </message>
    <message>
        <source>yours (no earlier fetch to compare)</source>
        <translation>сіздікі (салыстыратын бұрынғы жүктеу жоқ)</translation>
    </message>
    <message>
        <source>fills an empty field</source>
        <translation>бос өрісті толтырады</translation>
    </message>
    <message>
        <source>clears it: none at Crossref</source>
        <translation>өрісті тазартады: Crossref-те бос</translation>
    </message>
    <message>
        <source>retraction or concern notice</source>
        <translation>кері қайтару не алаңдаушылық туралы хабарлама</translation>
    </message>
    <message>
        <source>Could not fetch: %1</source>
        <translation>Жүктеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Applying changes</source>
        <translation>Өзгерістерді қолдану</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) updated.</source>
        <translation>
            <numerusform>Жаңартылған өрістер: %n.</numerusform>
            <numerusform>Жаңартылған өрістер: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1 changed meanwhile. Fetch again to compare with what is stored now.</source>
        <translation>Ештеңе өзгертілмеді: осы аралықта өзгерген өрістер: %1. Қазір сақталғанмен салыстыру үшін қайта жүктеңіз.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ештеңе өзгертілмеді: %1</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Өзгерістерді қолдану: %n</numerusform>
            <numerusform>Өзгерістерді қолдану: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequirementCard</name>
    <message>
        <source>{achieved} of {target} achieved</source>
        <translation>{target} ішінен {achieved} орындалды</translation>
    </message>
    <message>
        <source>still missing: {count}</source>
        <translation>жетіспейді: {count}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>түпкілікті</translation>
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
        <source>Grant progress</source>
        <translation>Гранттың орындалуы</translation>
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
        <source>How the team&apos;s publications meet the grant&apos;s requirements</source>
        <translation>Топ жарияланымдарының грант талаптарына сәйкестігі</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Белгілер әзірге жоқ</translation>
    </message>
</context>
<context>
    <name>StyleSettingsForm</name>
    <message>
        <source>This style has no settings.</source>
        <translation>Бұл стильдің баптаулары жоқ.</translation>
    </message>
    <message>
        <source>Sections with headings</source>
        <translation>Тақырыптары бар бөлімдер</translation>
    </message>
    <message>
        <source>Legal acts of equal force</source>
        <translation>Күші тең актілер</translation>
    </message>
    <message>
        <source>Content type «Текст : …»</source>
        <translation>Мазмұн түрі «Текст : …»</translation>
    </message>
    <message>
        <source>«[Электронный ресурс]» after the title</source>
        <translation>Атаудан кейін «[Электронный ресурс]»</translation>
    </message>
    <message>
        <source>Four or more authors</source>
        <translation>Төрт және одан көп автор</translation>
    </message>
    <message>
        <source>Abbreviations (под ред., М., дис.)</source>
        <translation>Қысқартулар (под ред., М., дис.)</translation>
    </message>
    <message>
        <source>Before the URL</source>
        <translation>URL алдында</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>ISBN of books</source>
        <translation>Кітаптардың ISBN</translation>
    </message>
    <message>
        <source>Dash between areas «. – »</source>
        <translation>Аймақтар арасындағы сызықша «. – »</translation>
    </message>
    <message>
        <source>No-break spaces</source>
        <translation>Үзілмейтін бос орындар</translation>
    </message>
    <message>
        <source>Language of headings and list words</source>
        <translation>Тақырыптар мен тізім сөздерінің тілі</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Жазу жүйелері</translation>
    </message>
    <message>
        <source>by date of adoption</source>
        <translation>қабылданған күні бойынша</translation>
    </message>
    <message>
        <source>by title</source>
        <translation>атауы бойынша</translation>
    </message>
    <message>
        <source>all 4; 5 or more: 3 [и др.]</source>
        <translation>4-еуі де; 5 және одан көп: 3 [т.б.]</translation>
    </message>
    <message>
        <source>the first [и др.]</source>
        <translation>біріншісі [т.б.]</translation>
    </message>
    <message>
        <source>all names</source>
        <translation>барлық есімдер</translation>
    </message>
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
        <source>Latin script first (APA)</source>
        <translation>алдымен латын әрпі (APA)</translation>
    </message>
    <message>
        <source>Cyrillic first</source>
        <translation>алдымен кирилл</translation>
    </message>
    <message>
        <source>Legal acts by legal force (Constitution, treaties, codes, laws, decrees, resolutions), then literature, foreign-language sources and electronic resources. Only when the list is sorted as the style sorts.</source>
        <translation>Нормативтік актілер заңды күші бойынша (Конституция, халықаралық шарттар, кодекстер, заңдар, жарлықтар, қаулылар), содан кейін әдебиеттер, шетел тіліндегі дереккөздер және электрондық ресурстар. Тек стиль бойынша сұрыптағанда.</translation>
    </message>
    <message>
        <source>Off: a plain full stop between areas, as GOST R 7.0.5 allows.</source>
        <translation>Өшірулі: аймақтар арасында тек нүкте, МемСТ Р 7.0.5 рұқсат еткендей.</translation>
    </message>
    <message>
        <source>Russian typography: no line starts with a dash, and «№» or «С.» never ends a line.</source>
        <translation>Орыс типографикасы: жол сызықшадан басталмайды, ал «№» немесе «С.» жол соңында қалмайды.</translation>
    </message>
    <message>
        <source>«– Текст : непосредственный» or «– Текст : электронный» (GOST R 7.0.100); many Kazakh journals drop it.</source>
        <translation>«– Текст : непосредственный» немесе «– Текст : электронный» (МемСТ Р 7.0.100); көптеген қазақстандық журналдар оны қолданбайды.</translation>
    </message>
    <message>
        <source>«под ред.», «М.», «дис. … канд.» instead of the full words (GOST 7.1).</source>
        <translation>Толық сөздердің орнына «под ред.», «М.», «дис. … канд.» (МемСТ 7.1).</translation>
    </message>
    <message>
        <source>Print the DOI</source>
        <translation>DOI көрсету</translation>
    </message>
    <message>
        <source>Print the ISBN of books</source>
        <translation>Кітаптардың ISBN көрсету</translation>
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
    <name>TranslitSchemes</name>
    <message>
        <source>BSI (References lists)</source>
        <translation>BSI (References тізімдері)</translation>
    </message>
    <message>
        <source>BGN/PCGN</source>
        <translation>BGN/PCGN</translation>
    </message>
    <message>
        <source>GOST 7.79-2000, system B</source>
        <translation>ГОСТ 7.79-2000, Б жүйесі</translation>
    </message>
    <message>
        <source>Library of Congress (ALA-LC)</source>
        <translation>Конгресс кітапханасы (ALA-LC)</translation>
    </message>
    <message>
        <source>Kazakh Latin alphabet (2021)</source>
        <translation>Қазақ латын әліпбиі (2021)</translation>
    </message>
</context>
<context>
    <name>TypeChooser</name>
    <message>
        <source>Add a reference by hand</source>
        <translation>Сілтемені қолмен қосу</translation>
    </message>
    <message>
        <source>Choose the kind of source. The form then shows the fields this kind of source has; the type can still be changed later.</source>
        <translation>Дереккөз түрін таңдаңыз. Пішін осындай дереккөздің өрістерін көрсетеді; түрін кейін де өзгертуге болады.</translation>
    </message>
    <message>
        <source>Language of the source</source>
        <translation>Дереккөздің тілі</translation>
    </message>
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
        <source>Other or not set</source>
        <translation>Басқа немесе көрсетілмеген</translation>
    </message>
    <message>
        <source>Laws and court decisions</source>
        <translation>Заңдар және сот шешімдері</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Жарияланымдар</translation>
    </message>
    <message>
        <source>Another type</source>
        <translation>Басқа түрі</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit “{title}”</source>
        <translation>«{title}» өңдеу</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>«{title}» қосу</translation>
    </message>
    <message>
        <source>Move %n reference(s) to the trash</source>
        <translation>Себетке жылжыту (сілтемелер: %n)</translation>
    </message>
    <message>
        <source>Restore %n reference(s) from the trash</source>
        <translation>Себеттен қалпына келтіру (сілтемелер: %n)</translation>
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
