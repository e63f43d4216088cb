<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New reference…</source>
        <translation>&amp;Новая ссылка…</translation>
    </message>
    <message>
        <source>Type in a source by hand: a law, a court decision, a book</source>
        <translation>Ввести источник вручную: закон, судебное решение, книгу</translation>
    </message>
    <message>
        <source>Add by &amp;DOI…</source>
        <translation>Добавить по &amp;DOI…</translation>
    </message>
    <message>
        <source>Paste one DOI or a block of text with many; Crossref fills in the rest</source>
        <translation>Вставьте один DOI или текст с несколькими DOI; остальное заполнит Crossref</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import a BibTeX, RIS, CSL-JSON, Scopus or Web of Science file</source>
        <translation>Импортировать файл BibTeX, RIS, CSL-JSON, Scopus или Web of Science</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the selected references</source>
        <translation>Экспортировать выбранные ссылки</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>&amp;Открыть библиотеку…</translation>
    </message>
    <message>
        <source>Open another library file</source>
        <translation>Открыть другой файл библиотеки</translation>
    </message>
    <message>
        <source>New &amp;library…</source>
        <translation>Новая &amp;библиотека…</translation>
    </message>
    <message>
        <source>Create a new, empty library file</source>
        <translation>Создать новый пустой файл библиотеки</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit reference…</source>
        <translation>&amp;Изменить ссылку…</translation>
    </message>
    <message>
        <source>Edit the selected reference</source>
        <translation>Изменить выбранную ссылку</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>&amp;Копировать цитату</translation>
    </message>
    <message>
        <source>Copy the selected references as citations in the default style</source>
        <translation>Скопировать выбранные ссылки как цитаты в стиле по умолчанию</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Переместить в &amp;корзину</translation>
    </message>
    <message>
        <source>Move the selected references to the trash (they can be restored)</source>
        <translation>Переместить выбранные ссылки в корзину (их можно восстановить)</translation>
    </message>
    <message>
        <source>&amp;Restore from trash</source>
        <translation>&amp;Восстановить из корзины</translation>
    </message>
    <message>
        <source>Bring the selected references back from the trash</source>
        <translation>Вернуть выбранные ссылки из корзины</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Очистить корзину…</translation>
    </message>
    <message>
        <source>Delete the references in the trash for good (a backup is made first)</source>
        <translation>Удалить ссылки из корзины навсегда (сначала делается резервная копия)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>Перейти в поле поиска</translation>
    </message>
    <message>
        <source>New &amp;collection…</source>
        <translation>Новая &amp;коллекция…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Добавить &amp;метку…</translation>
    </message>
    <message>
        <source>Tag the selected references</source>
        <translation>Добавить метку к выбранным ссылкам</translation>
    </message>
    <message>
        <source>Mark as team publication</source>
        <translation>Отметить как публикацию группы</translation>
    </message>
    <message>
        <source>Count the selected references as the team&apos;s own publications</source>
        <translation>Считать выбранные ссылки собственными публикациями группы</translation>
    </message>
    <message>
        <source>Unmark as team publication</source>
        <translation>Снять отметку публикации группы</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the library again (changes made by another window or program)</source>
        <translation>Перечитать библиотеку (изменения из другого окна или программы)</translation>
    </message>
    <message>
        <source>Show &amp;sidebar</source>
        <translation>Показывать &amp;боковую панель</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Показывать &amp;сведения</translation>
    </message>
    <message>
        <source>&amp;Bibliography…</source>
        <translation>&amp;Список литературы…</translation>
    </message>
    <message>
        <source>Build a GOST or APA list from the selection or a collection</source>
        <translation>Составить список по ГОСТ или APA из выбранного или из коллекции</translation>
    </message>
    <message>
        <source>Find &amp;DOI…</source>
        <translation>Найти &amp;DOI…</translation>
    </message>
    <message>
        <source>Look up the DOI of the selected reference in Crossref</source>
        <translation>Найти DOI выбранной ссылки в Crossref</translation>
    </message>
    <message>
        <source>&amp;Update from Crossref…</source>
        <translation>&amp;Обновить из Crossref…</translation>
    </message>
    <message>
        <source>Compare the selected references with Crossref, field by field</source>
        <translation>Сравнить выбранные ссылки с Crossref по полям</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <source>&amp;Journals and grant…</source>
        <translation>&amp;Журналы и грант…</translation>
    </message>
    <message>
        <source>Journal metrics, indexes and lists; the grant&apos;s progress</source>
        <translation>Показатели журналов, индексы и перечни; выполнение гранта</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Сделать резервную копию</translation>
    </message>
    <message>
        <source>Copy the library into its backups folder</source>
        <translation>Скопировать библиотеку в папку резервных копий</translation>
    </message>
    <message>
        <source>&amp;Check the library</source>
        <translation>&amp;Проверить библиотеку</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check on the library file</source>
        <translation>Проверить целостность файла библиотеки средствами SQLite</translation>
    </message>
    <message>
        <source>&amp;About Silteme</source>
        <translation>&amp;О программе Silteme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Столбцы</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Not available yet in this build</source>
        <translation>Пока недоступно в этой сборке</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Open another library…</source>
        <translation>Открыть другую библиотеку…</translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation>Открыть или создать библиотеку</translation>
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
        <translation>ссылка</translation>
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
        <translation>Silteme: непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside Silteme.</source>
        <translation>Внутри Silteme что-то пошло не так.</translation>
    </message>
    <message>
        <source>This is a bug, not something you did.</source>
        <translation>Это ошибка программы, а не ваши действия.</translation>
    </message>
    <message>
        <source>Your library is safe: every change is written in one transaction, and a change interrupted half-way is rolled back. You can keep working. Please copy the details below into a message to the developers.</source>
        <translation>Ваша библиотека в безопасности: каждое изменение записывается одной транзакцией, а прерванное на полпути изменение откатывается. Можно продолжать работу. Пожалуйста, скопируйте подробности ниже в сообщение разработчикам.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
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
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation>Составитель</translation>
    </message>
    <message>
        <source>Author of the book</source>
        <translation>Автор книги</translation>
    </message>
    <message>
        <source>Series editor</source>
        <translation>Редактор серии</translation>
    </message>
    <message>
        <source>Editor-in-chief</source>
        <translation>Главный редактор</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Соавтор</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Reviewed author</source>
        <translation>Рецензируемый автор</translation>
    </message>
    <message>
        <source>Original author</source>
        <translation>Автор оригинала</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Режиссёр</translation>
    </message>
    <message>
        <source>Illustrator</source>
        <translation>Иллюстратор</translation>
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
        <translation>Исполнительный продюсер</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>Рассказчик</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Исполнитель</translation>
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
        <translation>Создатель серии</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Редакторы</translation>
    </message>
    <message>
        <source>Translators</source>
        <translation>Переводчики</translation>
    </message>
    <message>
        <source>Compilers</source>
        <translation>Составители</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a reference to see its details.</source>
        <translation>Выберите ссылку, чтобы увидеть сведения о ней.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… и ещё {n}</translation>
    </message>
    <message>
        <source>{n} references selected</source>
        <translation>Выбрано ссылок: {n}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без заглавия)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Team publications</source>
        <translation>Публикации группы</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Коллекции</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>This reference is in the trash.</source>
        <translation>Эта ссылка в корзине.</translation>
    </message>
    <message>
        <source>RETRACTED: this work has been retracted. Do not cite it as valid.</source>
        <translation>ОТОЗВАНА: эта работа отозвана. Не ссылайтесь на неё как на достоверную.</translation>
    </message>
    <message>
        <source>This work has published corrections or updates.</source>
        <translation>К этой работе опубликованы исправления или обновления.</translation>
    </message>
    <message>
        <source>not valid, kept as written</source>
        <translation>неверный, сохранён как был записан</translation>
    </message>
    <message>
        <source>Team grant: {verdict}</source>
        <translation>Грант группы: {verdict}</translation>
    </message>
    <message>
        <source>Journal and grant</source>
        <translation>Журнал и грант</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Краткое заглавие</translation>
    </message>
    <message>
        <source>Title (transliterated)</source>
        <translation>Заглавие (транслитерация)</translation>
    </message>
    <message>
        <source>Title (translated)</source>
        <translation>Заглавие (перевод)</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Published in (transliterated)</source>
        <translation>Источник (транслитерация)</translation>
    </message>
    <message>
        <source>Published in (translated)</source>
        <translation>Источник (перевод)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation>Номер в серии</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Том</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Число страниц</translation>
    </message>
    <message>
        <source>Number of volumes</source>
        <translation>Число томов</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издательство</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место издания</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Event place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>Original date</source>
        <translation>Дата оригинала</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <source>As amended on</source>
        <translation>В редакции от</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Принявший орган</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Юрисдикция</translation>
    </message>
    <message>
        <source>Official publication</source>
        <translation>Официальное опубликование</translation>
    </message>
    <message>
        <source>Gazette year</source>
        <translation>Год (издание)</translation>
    </message>
    <message>
        <source>Gazette number</source>
        <translation>Номер (издание)</translation>
    </message>
    <message>
        <source>Gazette article</source>
        <translation>Статья (издание)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Жанр</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Носитель</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Location in archive</source>
        <translation>Шифр хранения</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation>Ключ цитирования</translation>
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
        <translation>Язык</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Аннотация</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>No language given</source>
        <translation>Язык не указан</translation>
    </message>
    <message>
        <source>Search titles, authors, journals, abstracts, notes ({shortcut})</source>
        <translation>Поиск по заглавиям, авторам, журналам, аннотациям, заметкам ({shortcut})</translation>
    </message>
    <message>
        <source>Every word matches as the start of a word, in any case; е finds ё. Esc clears.</source>
        <translation>Каждое слово ищется как начало слова, без учёта регистра; «е» находит «ё». Esc очищает поле.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Published in or after this year</source>
        <translation>Опубликовано в этом году или позже</translation>
    </message>
    <message>
        <source>Published in or before this year</source>
        <translation>Опубликовано в этом году или раньше</translation>
    </message>
    <message>
        <source>Has DOI</source>
        <translation>Есть DOI</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>В зачёт</translation>
    </message>
    <message>
        <source>Only references that count toward the team grant (rule set “team-grant”)</source>
        <translation>Только ссылки, которые засчитываются в грант группы (набор правил «team-grant»)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Очистить поиск и фильтры</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Your library is empty</source>
        <translation>Ваша библиотека пуста</translation>
    </message>
    <message>
        <source>Silteme keeps your sources (articles, books, laws, court decisions) in Russian, Kazakh and English, formats GOST and APA lists, and checks journals against the grant&apos;s rules. Start by adding a few references.</source>
        <translation>Silteme хранит ваши источники (статьи, книги, законы, судебные решения) на русском, казахском и английском языках, оформляет списки по ГОСТ и APA и проверяет журналы по правилам гранта. Начните с добавления нескольких ссылок.</translation>
    </message>
    <message>
        <source>Paste one DOI or a whole list; import a Scopus, Web of Science, Zotero, BibTeX or RIS file (or drop it on the window); or type in a law or a book by hand.</source>
        <translation>Вставьте один DOI или целый список; импортируйте файл Scopus, Web of Science, Zotero, BibTeX или RIS (или перетащите его в окно); или введите закон или книгу вручную.</translation>
    </message>
</context>
<context>
    <name>ItemType</name>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Journal article</source>
        <translation>Статья в журнале</translation>
    </message>
    <message>
        <source>Magazine article</source>
        <translation>Статья в популярном журнале</translation>
    </message>
    <message>
        <source>Newspaper article</source>
        <translation>Статья в газете</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Законопроект</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Книга</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Book chapter</source>
        <translation>Глава книги</translation>
    </message>
    <message>
        <source>Classic work</source>
        <translation>Классическое произведение</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Сборник</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Статья справочника</translation>
    </message>
    <message>
        <source>Dictionary entry</source>
        <translation>Словарная статья</translation>
    </message>
    <message>
        <source>Encyclopedia entry</source>
        <translation>Статья энциклопедии</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Рисунок</translation>
    </message>
    <message>
        <source>Graphic</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Слушания</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Судебное решение</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Закон</translation>
    </message>
    <message>
        <source>Manuscript</source>
        <translation>Рукопись</translation>
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
        <translation>Ноты</translation>
    </message>
    <message>
        <source>Pamphlet</source>
        <translation>Брошюра</translation>
    </message>
    <message>
        <source>Conference paper</source>
        <translation>Доклад на конференции</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Патент</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Спектакль</translation>
    </message>
    <message>
        <source>Periodical</source>
        <translation>Периодическое издание</translation>
    </message>
    <message>
        <source>Personal communication</source>
        <translation>Личное сообщение</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Публикация в сети</translation>
    </message>
    <message>
        <source>Blog post</source>
        <translation>Запись в блоге</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Подзаконный акт</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рецензия</translation>
    </message>
    <message>
        <source>Book review</source>
        <translation>Рецензия на книгу</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Песня</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Выступление</translation>
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
        <translation>Международный договор</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Веб-страница</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Немецкий</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Итальянский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Киргизский</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>Таджикский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Турецкий</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Белорусский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Японский</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Корейский</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Португальский</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This feature is not available yet in this build.</source>
        <translation>Эта функция пока недоступна в этой сборке.</translation>
    </message>
    <message>
        <source>The library is read-only.</source>
        <translation>Библиотека открыта только для чтения.</translation>
    </message>
    <message>
        <source>Checking eligibility</source>
        <translation>Проверка соответствия гранту</translation>
    </message>
    <message>
        <source>Checking which references count toward the grant…</source>
        <translation>Проверяем, какие ссылки засчитываются в грант…</translation>
    </message>
    <message>
        <source>No references match the search and filters.</source>
        <translation>Нет ссылок, подходящих под поиск и фильтры.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>This collection is empty. Drag references from the table onto it in the sidebar.</source>
        <translation>Коллекция пуста. Перетащите ссылки из таблицы на неё в боковой панели.</translation>
    </message>
    <message>
        <source>No references have this tag.</source>
        <translation>Нет ссылок с этой меткой.</translation>
    </message>
    <message>
        <source>No team publications yet. Select the team&apos;s own works and choose “Mark as team publication”.</source>
        <translation>Публикаций группы пока нет. Выберите собственные работы группы и выполните «Отметить как публикацию группы».</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Здесь пока ничего нет.</translation>
    </message>
    <message>
        <source>{selected} of {count} selected</source>
        <translation>Выбрано: {selected} из {count}</translation>
    </message>
    <message>
        <source>{count} references</source>
        <translation>Ссылок: {count}</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>Перемещение в корзину</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Очистить корзину</translation>
    </message>
    <message>
        <source>Delete {n} references in the trash for good? A backup of the library is made first.</source>
        <translation>Удалить навсегда все ссылки из корзины ({n})? Сначала будет сделана резервная копия библиотеки.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Очистка корзины</translation>
    </message>
    <message>
        <source>Adding to collection</source>
        <translation>Добавление в коллекцию</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Добавление метки</translation>
    </message>
    <message>
        <source>Team publications</source>
        <translation>Публикации группы</translation>
    </message>
    <message>
        <source>New sub-collection</source>
        <translation>Новая подколлекция</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Новая коллекция</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Переименовать коллекцию</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Удалить коллекцию</translation>
    </message>
    <message>
        <source>Delete the collection “{name}” and its sub-collections? The references stay in the library.</source>
        <translation>Удалить коллекцию «{name}» и её подколлекции? Сами ссылки останутся в библиотеке.</translation>
    </message>
    <message>
        <source>Removing from collection</source>
        <translation>Удаление из коллекции</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Метка:</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <source>The library file has problems:</source>
        <translation>В файле библиотеки есть неполадки:</translation>
    </message>
    <message>
        <source>The library file is sound.</source>
        <translation>Файл библиотеки в порядке.</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>Проверка библиотеки</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Ежедневная резервная копия</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>Ежедневная резервная копия не создана: {reason}</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Добавить в коллекцию</translation>
    </message>
    <message>
        <source>Remove from “{name}”</source>
        <translation>Убрать из «{name}»</translation>
    </message>
    <message>
        <source>New sub-collection…</source>
        <translation>Новая подколлекция…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Удалить коллекцию…</translation>
    </message>
    <message>
        <source>Open a library</source>
        <translation>Открыть библиотеку</translation>
    </message>
    <message>
        <source>Create a library</source>
        <translation>Создать библиотеку</translation>
    </message>
    <message>
        <source>About Silteme</source>
        <translation>О программе Silteme</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Silteme {version}&lt;/h3&gt;&lt;p&gt;A bibliography and citation manager for sources in Russian, Kazakh and English: GOST and APA lists, Crossref, journal eligibility.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Silteme {version}&lt;/h3&gt;&lt;p&gt;Менеджер библиографии и цитирования для источников на русском, казахском и английском языках: списки по ГОСТ и APA, Crossref, соответствие журналов требованиям.&lt;/p&gt;&lt;p&gt;Библиотека: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>This library is open read-only ({path}): you can read, search and copy, but nothing can be changed. Copy the file somewhere writable to edit it.</source>
        <translation>Библиотека открыта только для чтения ({path}): можно читать, искать и копировать, но ничего нельзя изменить. Чтобы редактировать, скопируйте файл в доступное для записи место.</translation>
    </message>
    <message>
        <source>The library cannot be read: {reason}</source>
        <translation>Не удаётся прочитать библиотеку: {reason}</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <source>Reset search and filters</source>
        <translation>Сбросить поиск и фильтры</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This library was written by a newer version of Silteme. Update Silteme to open it; the file was left untouched.</source>
        <translation>Эта библиотека создана более новой версией Silteme. Обновите Silteme, чтобы открыть её; файл не изменён.</translation>
    </message>
    <message>
        <source>The library file is damaged. A good backup exists: {backup}</source>
        <translation>Файл библиотеки повреждён. Есть исправная резервная копия: {backup}</translation>
    </message>
    <message>
        <source>The library file is damaged and no good backup was found.</source>
        <translation>Файл библиотеки повреждён, исправной резервной копии не найдено.</translation>
    </message>
    <message>
        <source>The library is open read-only: nothing can be changed.</source>
        <translation>Библиотека открыта только для чтения: изменения невозможны.</translation>
    </message>
    <message>
        <source>Another window or program is writing to the library. Try again in a moment; nothing was changed.</source>
        <translation>В библиотеку сейчас пишет другое окно или программа. Повторите через минуту; ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk is full or cannot be written. Nothing was changed.</source>
        <translation>Диск заполнен или недоступен для записи. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The library cannot be used: {reason}</source>
        <translation>Библиотекой нельзя воспользоваться: {reason}</translation>
    </message>
    <message>
        <source>DOI {doi} was not found.</source>
        <translation>DOI {doi} не найден.</translation>
    </message>
    <message>
        <source>Crossref asks to slow down (too many requests). Try again in a minute.</source>
        <translation>Crossref просит снизить частоту запросов. Повторите через минуту.</translation>
    </message>
    <message>
        <source>No internet connection. Try again when the network is back.</source>
        <translation>Нет подключения к интернету. Повторите, когда сеть появится.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Сервер не ответил вовремя. Повторите позже.</translation>
    </message>
    <message>
        <source>The server is having problems (HTTP {status}). Try again later.</source>
        <translation>На сервере неполадки (HTTP {status}). Повторите позже.</translation>
    </message>
    <message>
        <source>The DOI link led to an unexpected site; its answer was refused.</source>
        <translation>Ссылка DOI привела на неожиданный сайт; его ответ отклонён.</translation>
    </message>
    <message>
        <source>The server sent an answer Silteme cannot read.</source>
        <translation>Сервер прислал ответ, который Silteme не может прочитать.</translation>
    </message>
    <message>
        <source>Network error: {reason}</source>
        <translation>Ошибка сети: {reason}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}, строка {line}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>The input cannot be read: {reason}</source>
        <translation>Не удаётся прочитать данные: {reason}</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not valid: {reason}</source>
        <translation>{field}: значение «{value}» неверно: {reason}</translation>
    </message>
    <message>
        <source>Not found: {what}</source>
        <translation>Не найдено: {what}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>Ошибка: {reason}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Silteme: the library is damaged</source>
        <translation>Silteme: библиотека повреждена</translation>
    </message>
    <message>
        <source>The library file {file} is damaged.</source>
        <translation>Файл библиотеки {file} повреждён.</translation>
    </message>
    <message>
        <source>The latest good backup is {backup}. Restoring it brings the library back as it was then; the damaged file is kept aside in the backups folder, nothing is deleted.</source>
        <translation>Последняя исправная резервная копия: {backup}. Восстановление вернёт библиотеку в тогдашнее состояние; повреждённый файл сохранится в папке резервных копий, ничего не удаляется.</translation>
    </message>
    <message>
        <source>No good backup of it was found. Open another library, or create a new one; the damaged file is left as it is.</source>
        <translation>Исправной резервной копии не найдено. Откройте другую библиотеку или создайте новую; повреждённый файл останется как есть.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Восстановить последнюю копию</translation>
    </message>
    <message>
        <source>Open another library…</source>
        <translation>Открыть другую библиотеку…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation>Открыть или создать библиотеку</translation>
    </message>
</context>
<context>
    <name>ReferenceModel</name>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
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
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Best journal quartile for the publication year (Scopus CiteScore, else SCImago)</source>
        <translation>Лучший квартиль журнала за год публикации (Scopus CiteScore, иначе SCImago)</translation>
    </message>
    <message>
        <source>Counts toward the team grant (rule set “team-grant”): ✓ eligible, ? unknown, – not eligible</source>
        <translation>Засчитывается ли в грант группы (набор правил «team-grant»): ✓ да, ? неизвестно, – нет</translation>
    </message>
    <message>
        <source>Date added to the library</source>
        <translation>Дата добавления в библиотеку</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>засчитывается</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>не засчитывается</translation>
    </message>
    <message>
        <source>unknown (data missing)</source>
        <translation>неизвестно (нет данных)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The e-mail address does not look right.</source>
        <translation>Адрес электронной почты выглядит неверно.</translation>
    </message>
    <message>
        <source>The citation-key pattern is empty.</source>
        <translation>Шаблон ключа цитирования пуст.</translation>
    </message>
    <message>
        <source>The citation-key pattern has an unpaired bracket or an unknown field (fields look like [auth], [year], [shorttitle]).</source>
        <translation>В шаблоне ключа цитирования непарная скобка или неизвестное поле (поля выглядят так: [auth], [year], [shorttitle]).</translation>
    </message>
    <message>
        <source>The citation-key pattern needs at least one field such as [auth] or [year].</source>
        <translation>В шаблоне ключа цитирования нужно хотя бы одно поле, например [auth] или [year].</translation>
    </message>
    <message>
        <source>A citation key cannot contain spaces.</source>
        <translation>Ключ цитирования не может содержать пробелы.</translation>
    </message>
    <message>
        <source>Open a library</source>
        <translation>Открыть библиотеку</translation>
    </message>
    <message>
        <source>Create a library</source>
        <translation>Создать библиотеку</translation>
    </message>
    <message>
        <source>Add a CSL style</source>
        <translation>Добавить стиль CSL</translation>
    </message>
    <message>
        <source>CSL styles (*.csl);;All files (*)</source>
        <translation>Стили CSL (*.csl);;Все файлы (*)</translation>
    </message>
    <message>
        <source>{file} is not a CSL style.</source>
        <translation>{file} не является стилем CSL.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Crossref e-mail:</source>
        <translation>E-mail для Crossref:</translation>
    </message>
    <message>
        <source>Library file:</source>
        <translation>Файл библиотеки:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>Default style:</source>
        <translation>Стиль по умолчанию:</translation>
    </message>
    <message>
        <source>Citation-key pattern:</source>
        <translation>Шаблон ключа цитирования:</translation>
    </message>
    <message>
        <source>you@university.kz</source>
        <translation>vy@university.kz</translation>
    </message>
    <message>
        <source>Sent with every Crossref request (its “polite pool”): faster, more reliable answers, and Crossref can reach you if something goes wrong.</source>
        <translation>Передаётся с каждым запросом к Crossref («вежливый пул»): ответы быстрее и надёжнее, и Crossref сможет связаться с вами, если что-то пойдёт не так.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Add CSL file…</source>
        <translation>Добавить файл CSL…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Fields in brackets, as in JabRef: [auth], [authors2], [year], [shorttitle], [veryshorttitle], [auth:lower]. Example: [auth][year] gives Abaev2019.</source>
        <translation>Поля в квадратных скобках, как в JabRef: [auth], [authors2], [year], [shorttitle], [veryshorttitle], [auth:lower]. Пример: [auth][year] даёт Abaev2019.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>My library</source>
        <translation>Моя библиотека</translation>
    </message>
    <message>
        <source>Team publications</source>
        <translation>Публикации группы</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Коллекции</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>The team&apos;s own publications, checked against the grant&apos;s rules</source>
        <translation>Собственные публикации группы, проверяемые по правилам гранта</translation>
    </message>
    <message>
        <source>Deleted references: restore them or empty the trash</source>
        <translation>Удалённые ссылки: восстановите их или очистите корзину</translation>
    </message>
    <message>
        <source>Journal metrics, indexes and lists; grant progress</source>
        <translation>Показатели журналов, индексы и перечни; выполнение гранта</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Меток пока нет</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>{task}: cancelling…</source>
        <translation>{task}: отмена…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UpdateType</name>
    <message>
        <source>Retraction</source>
        <translation>Отзыв статьи</translation>
    </message>
    <message>
        <source>Partial retraction</source>
        <translation>Частичный отзыв</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Corrigendum</source>
        <translation>Исправление авторов</translation>
    </message>
    <message>
        <source>Erratum</source>
        <translation>Список опечаток</translation>
    </message>
    <message>
        <source>Expression of concern</source>
        <translation>Выражение обеспокоенности</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Снятие с публикации</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Дополнение</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Разъяснение</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Новая версия</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновление</translation>
    </message>
</context>
</TS>
