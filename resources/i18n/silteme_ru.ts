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
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo the last edit, move to the trash or restore</source>
        <translation>Отменить последнее изменение, перемещение в корзину или восстановление</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Do again what was undone</source>
        <translation>Снова сделать отменённое</translation>
    </message>
    <message>
        <source>Edit in a &amp;window…</source>
        <translation>Редактировать в &amp;окне…</translation>
    </message>
    <message>
        <source>Edit the selected reference in a window of its own</source>
        <translation>Редактировать выбранную ссылку в отдельном окне</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Прикрепить файл…</translation>
    </message>
    <message>
        <source>Link a file (a PDF, a scan) to the selected reference</source>
        <translation>Прикрепить файл (PDF, скан) к выбранной ссылке</translation>
    </message>
    <message>
        <source>Import journal &amp;metrics…</source>
        <translation>Импорт &amp;показателей журналов…</translation>
    </message>
    <message>
        <source>Import a CiteScore, SCImago, Web of Science or ministry list file</source>
        <translation>Импортировать файл CiteScore, SCImago, Web of Science или перечня министерства</translation>
    </message>
    <message>
        <source>&amp;Grant progress</source>
        <translation>&amp;Выполнение гранта</translation>
    </message>
    <message>
        <source>How the team&apos;s publications meet the grant&apos;s requirements</source>
        <translation>Насколько публикации команды отвечают требованиям гранта</translation>
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
        <translation type="vanished">Пока недоступно в этой сборке</translation>
    </message>
</context>
<context>
    <name>AddDoiDialog</name>
    <message>
        <source>Add by DOI</source>
        <translation>Добавить по DOI</translation>
    </message>
    <message>
        <source>Paste DOIs, doi.org links or any text that contains them: a reference list, an e-mail, a web page. Every DOI in it is added; ISBNs of books are looked up too.</source>
        <translation>Вставьте DOI, ссылки doi.org или любой текст, где они есть: список литературы, письмо, веб-страницу. Будут добавлены все DOI из текста; ISBN книг тоже будут найдены.</translation>
    </message>
    <message>
        <source>10.1038/srep16696
https://doi.org/10.7868/S0040357115030100
Иванов И. И. Статья // Журнал. 2020. DOI: 10.xxxx/…</source>
        <translation>10.1038/srep16696
https://doi.org/10.7868/S0040357115030100
Иванов И. И. Статья // Журнал. 2020. DOI: 10.xxxx/…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add every DOI and ISBN in the text (Ctrl+Enter)</source>
        <translation>Добавить все DOI и ISBN из текста (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v из %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the batch; what was already added stays</source>
        <translation>Остановить пакет; уже добавленное останется</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Копировать отчёт</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Повторить неудавшиеся</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No DOI or ISBN found in the text.</source>
        <translation>В тексте не найдено ни DOI, ни ISBN.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Adding by DOI</source>
        <translation>Добавление по DOI</translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>Пакет остановлен: %1</translation>
    </message>
    <message>
        <source>No DOI found yet.</source>
        <translation>DOI пока не найдено.</translation>
    </message>
    <message>
        <source>Found: %1 DOI(s), %2 ISBN(s)</source>
        <translation>Найдено DOI: %1, ISBN: %2</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n DOI(s)</source>
        <translation>
            <numerusform>Найдено DOI: %n</numerusform>
            <numerusform>Найдено DOI: %n</numerusform>
            <numerusform>Найдено DOI: %n</numerusform>
        </translation>
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
    <name>AttachmentActions</name>
    <message>
        <source>File not found</source>
        <translation>Файл не найден</translation>
    </message>
    <message>
        <source>The attached file is no longer there:
{path}

It was moved, renamed or deleted. Attach it again from where it is now.</source>
        <translation>Прикреплённого файла больше нет на месте:
{path}

Его переместили, переименовали или удалили. Прикрепите его заново из нового места.</translation>
    </message>
    <message>
        <source>No program opens {path}</source>
        <translation>Нет программы, чтобы открыть {path}</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Прикрепление файлов</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>Прикреплено файлов: %n.</numerusform>
            <numerusform>Прикреплено файлов: %n.</numerusform>
            <numerusform>Прикреплено файлов: %n.</numerusform>
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
        <translation>ссылка</translation>
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
        <translation>Составитель списка литературы</translation>
    </message>
    <message>
        <source>with sub-collections</source>
        <translation>с вложенными коллекциями</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add the references of this collection to the list</source>
        <translation>Добавить в список ссылки этой коллекции</translation>
    </message>
    <message>
        <source>Drag references here from the library, or add a collection above.</source>
        <translation>Перетащите сюда ссылки из библиотеки или добавьте коллекцию выше.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Ссылок</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Сборник</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the list as formatted text for Word or LibreOffice (Ctrl+Shift+C)</source>
        <translation>Скопировать список как форматированный текст для Word или LibreOffice (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>Копировать как текст</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save as DOCX, RTF, HTML or plain text (Ctrl+E)</source>
        <translation>Сохранить в DOCX, RTF, HTML или простой текст (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove this CSL style from the list (the file stays where it is)</source>
        <translation>Убрать этот стиль CSL из списка (файл останется на месте)</translation>
    </message>
    <message>
        <source>As the style sorts</source>
        <translation>Как сортирует стиль</translation>
    </message>
    <message>
        <source>In the order of the list (as chosen or cited)</source>
        <translation>В порядке списка (выбора или цитирования)</translation>
    </message>
    <message>
        <source>By author</source>
        <translation>По автору</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>По заглавию</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>По году</translation>
    </message>
    <message>
        <source>By year, newest first</source>
        <translation>По году, сначала новые</translation>
    </message>
    <message>
        <source>GOST: Cyrillic before Latin, Kazakh alphabet order, legal acts by legal force; APA: by author</source>
        <translation>ГОСТ: кириллица перед латиницей, порядок казахского алфавита, нормативные акты по юридической силе; APA: по автору</translation>
    </message>
    <message>
        <source>Number the entries</source>
        <translation>Нумеровать записи</translation>
    </message>
    <message>
        <source>e.g. Список использованных источников</source>
        <translation>например, Список использованных источников</translation>
    </message>
    <message>
        <source>References (transliterated)</source>
        <translation>References (транслитерация)</translation>
    </message>
    <message>
        <source>The list in Latin script for Scopus-indexed journals: Cyrillic sources romanised, marked [in Russian] / [in Kazakh]. Journals usually want it in APA.</source>
        <translation>Список латиницей для журналов, индексируемых в Scopus: кириллические источники транслитерируются и помечаются [in Russian] / [in Kazakh]. Журналы обычно требуют APA.</translation>
    </message>
    <message>
        <source>the same scheme</source>
        <translation>та же схема</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Kazakh text</source>
        <translation>Казахский текст</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Стиль</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Style settings</source>
        <translation>Настройки стиля</translation>
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
        <translation>ГОСТ 7.79-2000, система Б</translation>
    </message>
    <message>
        <source>Library of Congress (ALA-LC)</source>
        <translation>Библиотека Конгресса (ALA-LC)</translation>
    </message>
    <message>
        <source>Kazakh Latin alphabet (2021)</source>
        <translation>Казахский латинский алфавит (2021)</translation>
    </message>
    <message>
        <source>Choose a collection…</source>
        <translation>Выберите коллекцию…</translation>
    </message>
    <message>
        <source>Choose a collection first.</source>
        <translation>Сначала выберите коллекцию.</translation>
    </message>
    <message>
        <source>Loading references</source>
        <translation>Загрузка ссылок</translation>
    </message>
    <message>
        <source>Not in the library: {ids}</source>
        <translation>Нет в библиотеке: {ids}</translation>
    </message>
    <message>
        <source>Already in the list: {count}</source>
        <translation>Уже в списке: {count}</translation>
    </message>
    <message>
        <source>Could not read the library: {error}</source>
        <translation>Не удалось прочитать библиотеку: {error}</translation>
    </message>
    <message>
        <source>{count} in the list</source>
        <translation>В списке: {count}</translation>
    </message>
    <message>
        <source>GOST R 7.0.100-2018</source>
        <translation>ГОСТ Р 7.0.100-2018</translation>
    </message>
    <message>
        <source>GOST 7.1-2003</source>
        <translation>ГОСТ 7.1-2003</translation>
    </message>
    <message>
        <source>APA 7th edition</source>
        <translation>APA, 7-е издание</translation>
    </message>
    <message>
        <source>+ Add CSL style…</source>
        <translation>+ Добавить стиль CSL…</translation>
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
        <source>Style added: {title}</source>
        <translation>Стиль добавлен: {title}</translation>
    </message>
    <message>
        <source>This file is not a usable CSL style: {error}</source>
        <translation>Этот файл не является пригодным стилем CSL: {error}</translation>
    </message>
    <message>
        <source>Reading the CSL style</source>
        <translation>Чтение стиля CSL</translation>
    </message>
    <message>
        <source>{count} more entries are not shown here; Copy and Export include them.</source>
        <translation>Ещё записей, не показанных здесь: {count}; «Копировать» и «Экспорт» включают их.</translation>
    </message>
    <message>
        <source>Formatting the bibliography</source>
        <translation>Оформление списка литературы</translation>
    </message>
    <message>
        <source>The list cannot be formatted in this style: {error}</source>
        <translation>Список нельзя оформить в этом стиле: {error}</translation>
    </message>
    <message>
        <source>Add references to see the formatted list here: drag them from the library, or add a collection.</source>
        <translation>Добавьте ссылки, чтобы увидеть здесь оформленный список: перетащите их из библиотеки или добавьте коллекцию.</translation>
    </message>
    <message>
        <source>Loading references…</source>
        <translation>Загрузка ссылок…</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Оформление…</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>Записей: {count}</translation>
    </message>
    <message>
        <source>Copied {count} entries.</source>
        <translation>Скопировано записей: {count}.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>Rich Text Format (*.rtf)</source>
        <translation>Rich Text Format (*.rtf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Простой текст (*.txt)</translation>
    </message>
    <message>
        <source>bibliography</source>
        <translation>список литературы</translation>
    </message>
    <message>
        <source>Export the bibliography</source>
        <translation>Экспорт списка литературы</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Экспорт уже выполняется.</translation>
    </message>
    <message>
        <source>Formatting {count} entries…</source>
        <translation>Оформление записей: {count}…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>Exporting the bibliography</source>
        <translation>Экспорт списка литературы</translation>
    </message>
    <message>
        <source>Saved {count} entries to {path}</source>
        <translation>Записей сохранено: {count}, файл {path}</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>Не удалось экспортировать: {error}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
</context>
<context>
    <name>CandidatesTable</name>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Journal / book</source>
        <translation>Журнал / книга</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Our score %1 (title, year, first author); Crossref&apos;s relevance %2</source>
        <translation>Наша оценка %1 (заглавие, год, первый автор); релевантность по Crossref %2</translation>
    </message>
</context>
<context>
    <name>CentralViews</name>
    <message>
        <source>Grant report written: {path}</source>
        <translation>Отчёт по гранту записан: {path}</translation>
    </message>
</context>
<context>
    <name>CitationPanel</name>
    <message>
        <source>In-text citation</source>
        <translation>Ссылка в тексте</translation>
    </message>
    <message>
        <source>APA, parenthetical: (Author, 2023, p. 15)</source>
        <translation>APA, в скобках: (Author, 2023, p. 15)</translation>
    </message>
    <message>
        <source>APA, narrative: Author (2023, p. 15)</source>
        <translation>APA, в тексте: Author (2023, p. 15)</translation>
    </message>
    <message>
        <source>GOST R 7.0.5, in-text: [1, с. 15]</source>
        <translation>ГОСТ Р 7.0.5, внутритекстовая: [1, с. 15]</translation>
    </message>
    <message>
        <source>GOST R 7.0.5, footnote</source>
        <translation>ГОСТ Р 7.0.5, подстрочная</translation>
    </message>
    <message>
        <source>The list&apos;s style</source>
        <translation>Стиль списка</translation>
    </message>
    <message>
        <source>page (с., б., p.)</source>
        <translation>страница (с., б., p.)</translation>
    </message>
    <message>
        <source>article (ст.)</source>
        <translation>статья (ст.)</translation>
    </message>
    <message>
        <source>paragraph (п.)</source>
        <translation>пункт (п.)</translation>
    </message>
    <message>
        <source>subparagraph (пп.)</source>
        <translation>подпункт (пп.)</translation>
    </message>
    <message>
        <source>part (ч.)</source>
        <translation>часть (ч.)</translation>
    </message>
    <message>
        <source>e.g. 15 or 12–14</source>
        <translation>например, 15 или 12–14</translation>
    </message>
    <message>
        <source>The pinpoint of the last selected reference: a page, or an article and paragraph such as «ст. 15, п. 2».</source>
        <translation>Точное место для последней выбранной ссылки: страница или статья и пункт, например «ст. 15, п. 2».</translation>
    </message>
    <message>
        <source>Continue the sequence (Там же)</source>
        <translation>Продолжать последовательность (Там же)</translation>
    </message>
    <message>
        <source>Each copied footnote is remembered: citing the same work again gives «Там же» or the short form.</source>
        <translation>Каждая скопированная сноска запоминается: повторная ссылка на ту же работу даёт «Там же» или краткую форму.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Pinpoint</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Select references in the list to cite them.</source>
        <translation>Выберите ссылки в списке, чтобы сослаться на них.</translation>
    </message>
    <message>
        <source>Formatting the citation</source>
        <translation>Оформление ссылки</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Cannot cite: {error}</source>
        <translation>Не удалось оформить ссылку: {error}</translation>
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
        <translation type="vanished">Автор</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="vanished">Редактор</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="vanished">Переводчик</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation type="vanished">Составитель</translation>
    </message>
    <message>
        <source>Author of the book</source>
        <translation type="vanished">Автор книги</translation>
    </message>
    <message>
        <source>Series editor</source>
        <translation type="vanished">Редактор серии</translation>
    </message>
    <message>
        <source>Editor-in-chief</source>
        <translation type="vanished">Главный редактор</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="vanished">Соавтор</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="vanished">Председатель</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="vanished">Организатор</translation>
    </message>
    <message>
        <source>Reviewed author</source>
        <translation type="vanished">Рецензируемый автор</translation>
    </message>
    <message>
        <source>Original author</source>
        <translation type="vanished">Автор оригинала</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="vanished">Адресат</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="vanished">Интервьюер</translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="vanished">Режиссёр</translation>
    </message>
    <message>
        <source>Illustrator</source>
        <translation type="vanished">Иллюстратор</translation>
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
        <translation type="vanished">Исполнительный продюсер</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="vanished">Гость</translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="vanished">Ведущий</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation type="vanished">Рассказчик</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation type="vanished">Исполнитель</translation>
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
        <translation type="vanished">Создатель серии</translation>
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
        <source>Editorial director</source>
        <translation>Главный редактор</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Reviewed author</source>
        <translation>Автор рецензируемой работы</translation>
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
        <translation>Создатель сериала</translation>
    </message>
</context>
<context>
    <name>CreatorsEditor</name>
    <message>
        <source>Add person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Добавить организацию</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Move the selected creators up (Alt+Up)</source>
        <translation>Переместить выбранных выше (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected creators down (Alt+Down)</source>
        <translation>Переместить выбранных ниже (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove the selected creators (Delete)</source>
        <translation>Удалить выбранных (Delete)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>e.g. Жетпісов</source>
        <translation>напр. Жетпісов</translation>
    </message>
    <message>
        <source>e.g. Серік Құрманұлы or С. Қ.</source>
        <translation>напр. Серік Құрманұлы или С. Қ.</translation>
    </message>
    <message>
        <source>e.g. van der, de</source>
        <translation>напр. van der, de</translation>
    </message>
    <message>
        <source>e.g. Jr., III</source>
        <translation>напр. Jr., III</translation>
    </message>
    <message>
        <source>e.g. Министерство внутренних дел Республики Казахстан</source>
        <translation>напр. Министерство внутренних дел Республики Казахстан</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Имя и отчество</translation>
    </message>
    <message>
        <source>Particle</source>
        <translation>Частица</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Суффикс</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>CreatorsModel</name>
    <message>
        <source>(no name yet)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>CrossrefMessages</name>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Added from cache</source>
        <translation>Добавлено из кэша</translation>
    </message>
    <message>
        <source>Already in library</source>
        <translation>Уже в библиотеке</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Актуально</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Queued (offline)</source>
        <translation>В очереди (нет сети)</translation>
    </message>
    <message>
        <source>no answer in time (timeout)</source>
        <translation>нет ответа вовремя (тайм-аут)</translation>
    </message>
    <message>
        <source>no connection to the server</source>
        <translation>нет соединения с сервером</translation>
    </message>
    <message>
        <source>the server keeps asking to slow down (HTTP 429); try again later</source>
        <translation>сервер просит снизить частоту запросов (HTTP 429); повторите позже</translation>
    </message>
    <message>
        <source>server error (HTTP %1)</source>
        <translation>ошибка сервера (HTTP %1)</translation>
    </message>
    <message>
        <source>bad response from the server (HTTP %1)</source>
        <translation>некорректный ответ сервера (HTTP %1)</translation>
    </message>
    <message>
        <source>bad response from the server</source>
        <translation>некорректный ответ сервера</translation>
    </message>
    <message>
        <source>the DOI resolver sent us to %1, which is not a registration agency</source>
        <translation>резолвер DOI перенаправил на %1, а это не агентство регистрации</translation>
    </message>
    <message>
        <source>neither Crossref nor the DOI&apos;s registration agency knows it</source>
        <translation>ни Crossref, ни агентство регистрации этого DOI его не знают</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>could not be saved to the library: %1</source>
        <translation>не удалось сохранить в библиотеку: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>RETRACTED</source>
        <translation>ОТОЗВАНА</translation>
    </message>
    <message>
        <source>WITHDRAWN</source>
        <translation>СНЯТА</translation>
    </message>
    <message>
        <source>REMOVED</source>
        <translation>УДАЛЕНА</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>исправлена</translation>
    </message>
    <message>
        <source>expression of concern</source>
        <translation>выражение обеспокоенности</translation>
    </message>
    <message>
        <source>addendum</source>
        <translation>дополнение</translation>
    </message>
    <message>
        <source>clarification</source>
        <translation>разъяснение</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>новая версия</translation>
    </message>
    <message>
        <source>%1 (notice %2)</source>
        <translation>%1 (уведомление %2)</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>уведомление: %1</translation>
    </message>
    <message>
        <source>flagged %n work(s) in your library</source>
        <translation>отмечено работ в библиотеке: %n</translation>
    </message>
    <message>
        <source>Already in library (#%1)</source>
        <translation>Уже в библиотеке (№%1)</translation>
    </message>
    <message>
        <source>Added from cache (fetched %1)</source>
        <translation>Добавлено из кэша (загружено %1)</translation>
    </message>
    <message>
        <source>Queued: offline; it will be fetched when the network is back</source>
        <translation>В очереди: нет сети; будет загружено, когда сеть появится</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Не удалось: %1</translation>
    </message>
    <message>
        <source>metadata from %1</source>
        <translation>метаданные из %1</translation>
    </message>
    <message>
        <source>%n added</source>
        <translation>добавлено: %n</translation>
    </message>
    <message>
        <source>%n added from cache</source>
        <translation>из кэша: %n</translation>
    </message>
    <message>
        <source>%n already in library</source>
        <translation>уже в библиотеке: %n</translation>
    </message>
    <message>
        <source>%n not found</source>
        <translation>не найдено: %n</translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation>с ошибкой: %n</translation>
    </message>
    <message>
        <source>%n queued until online</source>
        <translation>ждут сети: %n</translation>
    </message>
    <message>
        <source>%n cancelled</source>
        <translation>отменено: %n</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Готово %1 из %2</translation>
    </message>
</context>
<context>
    <name>DetailArea</name>
    <message>
        <source>This reference cannot be edited: {reason}</source>
        <translation>Эту ссылку нельзя редактировать: {reason}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <source>Edit the selected reference here (Enter, F2 or a double click on a row)</source>
        <translation>Редактировать выбранную ссылку здесь (Enter, F2 или двойной щелчок по строке)</translation>
    </message>
    <message>
        <source>Select one reference to edit it.</source>
        <translation>Выберите одну ссылку, чтобы её редактировать.</translation>
    </message>
    <message>
        <source>Select a reference to edit it.</source>
        <translation>Выберите ссылку, чтобы её редактировать.</translation>
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
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
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
    <name>DoiResultsModel</name>
    <message>
        <source>DOI / ISBN</source>
        <translation>DOI / ISBN</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>DuplicateMerge</name>
    <message>
        <source>Creators</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <source>Corrections and retractions</source>
        <translation>Исправления и отзывы</translation>
    </message>
</context>
<context>
    <name>DuplicateReasons</name>
    <message>
        <source>Same DOI</source>
        <translation>Одинаковый DOI</translation>
    </message>
    <message>
        <source>Same DOI, different titles</source>
        <translation>Одинаковый DOI, разные заглавия</translation>
    </message>
    <message>
        <source>Same ISBN</source>
        <translation>Одинаковый ISBN</translation>
    </message>
    <message>
        <source>Same ISSN, volume and first page</source>
        <translation>Одинаковые ISSN, том и первая страница</translation>
    </message>
    <message>
        <source>Similar title, year and author</source>
        <translation>Похожее заглавие, год и автор</translation>
    </message>
    <message>
        <source>Title across scripts (transliterated)</source>
        <translation>Заглавие в другой письменности (транслитерация)</translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation>Переведённое заглавие</translation>
    </message>
    <message>
        <source>Title without its subtitle</source>
        <translation>Заглавие без подзаголовка</translation>
    </message>
    <message>
        <source>same DOI</source>
        <translation>одинаковый DOI</translation>
    </message>
    <message>
        <source>same DOI, but the titles differ</source>
        <translation>одинаковый DOI, но заглавия различаются</translation>
    </message>
    <message>
        <source>same ISBN</source>
        <translation>одинаковый ISBN</translation>
    </message>
    <message>
        <source>same ISSN + volume + first page</source>
        <translation>одинаковые ISSN + том + первая страница</translation>
    </message>
    <message>
        <source>same title</source>
        <translation>одинаковое заглавие</translation>
    </message>
    <message>
        <source>transliterated</source>
        <translation>транслитерация</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>перевод</translation>
    </message>
    <message>
        <source>without subtitle</source>
        <translation>без подзаголовка</translation>
    </message>
    <message>
        <source>same year</source>
        <translation>тот же год</translation>
    </message>
    <message>
        <source>year ±1</source>
        <translation>год ±1</translation>
    </message>
    <message>
        <source>year missing</source>
        <translation>год не указан</translation>
    </message>
    <message>
        <source>same first author</source>
        <translation>тот же первый автор</translation>
    </message>
    <message>
        <source>first author missing</source>
        <translation>первый автор не указан</translation>
    </message>
    <message>
        <source>similar title {score}</source>
        <translation>похожее заглавие {score}</translation>
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
        <translation>(нет в библиотеке)</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>б. г.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без названия)</translation>
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
        <translation>Чтение библиотеки…</translation>
    </message>
    <message>
        <source>Comparing titles, authors and identifiers…</source>
        <translation>Сравнение заглавий, авторов и идентификаторов…</translation>
    </message>
    <message>
        <source>Reading the records of the pairs…</source>
        <translation>Чтение записей найденных пар…</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Scan finished at {time}.</source>
        <translation>Проверка завершена в {time}.</translation>
    </message>
    <message>
        <source>The scan failed.</source>
        <translation>Поиск не удался.</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>Scan cancelled: the list shows the previous scan.</source>
        <translation>Проверка отменена: в списке результаты предыдущей проверки.</translation>
    </message>
    <message>
        <source>All reasons ({count})</source>
        <translation>Все причины ({count})</translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Pairs: %n</source>
        <translation>
            <numerusform>Пар: %n</numerusform>
            <numerusform>Пар: %n</numerusform>
            <numerusform>Пар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{pairs}, shown: {shown}</source>
        <translation>{pairs}, показано: {shown}</translation>
    </message>
    <message>
        <source>A record of that pair is no longer in the library.</source>
        <translation>Одной из записей этой пары больше нет в библиотеке.</translation>
    </message>
    <message>
        <source>Scan the library to find references that may be the same work: the same DOI or ISBN, the same journal volume and first page, or a similar title with the same year and first author, across Cyrillic and Latin script.</source>
        <translation>Проверьте библиотеку, чтобы найти ссылки, которые могут описывать одну и ту же работу: одинаковый DOI или ISBN, тот же том журнала и первая страница или похожее заглавие с тем же годом и первым автором — и на кириллице, и на латинице.</translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation>Возможных дубликатов не найдено.</translation>
    </message>
    <message>
        <source>No pair matches the filter.</source>
        <translation>Ни одна пара не подходит под фильтр.</translation>
    </message>
    <message>
        <source>Select a pair to compare its records.</source>
        <translation>Выберите пару, чтобы сравнить её записи.</translation>
    </message>
    <message>
        <source>The library is open read-only.</source>
        <translation>Библиотека открыта только для чтения.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Merging #{other} into #{keep}…</source>
        <translation>Объединение #{other} с #{keep}…</translation>
    </message>
    <message>
        <source>Merging duplicates</source>
        <translation>Объединение дубликатов</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>Объединено.</translation>
    </message>
    <message>
        <source>Merged #{other} into {kept}; #{other} is in the trash (it can be restored).</source>
        <translation>#{other} объединена с {kept}; #{other} в корзине (её можно восстановить).</translation>
    </message>
    <message>
        <source>Fields taken or united: {fields}.</source>
        <translation>Взятые или объединённые поля: {fields}.</translation>
    </message>
    <message numerus="yes">
        <source>attachments: %n</source>
        <translation>
            <numerusform>вложений: %n</numerusform>
            <numerusform>вложений: %n</numerusform>
            <numerusform>вложений: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes: %n</source>
        <translation>
            <numerusform>заметок: %n</numerusform>
            <numerusform>заметок: %n</numerusform>
            <numerusform>заметок: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tags: %n</source>
        <translation>
            <numerusform>меток: %n</numerusform>
            <numerusform>меток: %n</numerusform>
            <numerusform>меток: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collections: %n</source>
        <translation>
            <numerusform>коллекций: %n</numerusform>
            <numerusform>коллекций: %n</numerusform>
            <numerusform>коллекций: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>team projects: %n</source>
        <translation>
            <numerusform>проектов группы: %n</numerusform>
            <numerusform>проектов группы: %n</numerusform>
            <numerusform>проектов группы: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the journal link</source>
        <translation>связь с журналом</translation>
    </message>
    <message>
        <source>Moved to #{keep}: {items}.</source>
        <translation>Перенесено в #{keep}: {items}.</translation>
    </message>
    <message>
        <source>Backup made before the merge: {file}</source>
        <translation>Резервная копия перед объединением: {file}</translation>
    </message>
    <message>
        <source>Marking as not duplicates</source>
        <translation>Отметка «не дубликаты»</translation>
    </message>
    <message>
        <source>#{a} and #{b} are marked as not duplicates: they will not be proposed again.</source>
        <translation>#{a} и #{b} отмечены как не дубликаты: эта пара больше не будет предлагаться.</translation>
    </message>
    <message>
        <source>Undoing the mark</source>
        <translation>Отмена отметки</translation>
    </message>
    <message>
        <source>The mark is removed: #{a} and #{b} are listed again.</source>
        <translation>Отметка снята: #{a} и #{b} снова в списке.</translation>
    </message>
    <message>
        <source>Every pair shown was skipped.</source>
        <translation>Все показанные пары пропущены.</translation>
    </message>
    <message>
        <source>The library changed: scan again to be sure the list is complete.</source>
        <translation>Библиотека изменилась: проверьте её снова, чтобы список был полным.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>&amp;Scan library</source>
        <translation>&amp;Проверить библиотеку</translation>
    </message>
    <message>
        <source>Look for possible duplicates in the whole library (F5)</source>
        <translation>Искать возможные дубликаты во всей библиотеке (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Minimum s&amp;core:</source>
        <translation>Оценка не н&amp;иже:</translation>
    </message>
    <message>
        <source>Hide pairs scoring lower (1.00: the same DOI)</source>
        <translation>Скрыть пары с меньшей оценкой (1,00 — одинаковый DOI)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>П&amp;ричина:</translation>
    </message>
    <message>
        <source>Find in the pairs: author, title, journal, DOI…</source>
        <translation>Найти в парах: автор, заглавие, журнал, DOI…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Merge into the kept record with the values chosen (Ctrl+Enter); a backup is made first</source>
        <translation>Объединить в оставляемую запись с выбранными значениями (Ctrl+Enter); сначала создаётся резервная копия</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Не дубликаты</translation>
    </message>
    <message>
        <source>Remember that these are different works: the pair is never proposed again</source>
        <translation>Запомнить, что это разные работы: пара больше не будет предлагаться</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Пропус&amp;тить</translation>
    </message>
    <message>
        <source>Leave this pair for later</source>
        <translation>Отложить эту пару</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Forget the last “Not duplicates” mark</source>
        <translation>Снять последнюю отметку «Не дубликаты»</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Not scanned yet.</source>
        <translation>Проверка ещё не выполнялась.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>references</source>
        <translation>ссылки</translation>
    </message>
    <message>
        <source>library</source>
        <translation>библиотека</translation>
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
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Запись {file}…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reference(s) to {path}.</source>
        <translation>
            <numerusform>Экспортировано ссылок: %n, файл {path}.</numerusform>
            <numerusform>Экспортировано ссылок: %n, файл {path}.</numerusform>
            <numerusform>Экспортировано ссылок: %n, файл {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Не удалось записать файл: {reason}</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: файл не записан.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Ссылок</translation>
    </message>
    <message numerus="yes">
        <source>Selected references (%n)</source>
        <translation>
            <numerusform>Выбранные ссылки (%n)</numerusform>
            <numerusform>Выбранные ссылки (%n)</numerusform>
            <numerusform>Выбранные ссылки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>Коллекция:</translation>
    </message>
    <message>
        <source>with its sub-collections</source>
        <translation>с вложенными коллекциями</translation>
    </message>
    <message numerus="yes">
        <source>Whole library (%n)</source>
        <translation>
            <numerusform>Вся библиотека (%n)</numerusform>
            <numerusform>Вся библиотека (%n)</numerusform>
            <numerusform>Вся библиотека (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Title</source>
        <translation type="vanished">Заглавие</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation type="vanished">Краткое заглавие</translation>
    </message>
    <message>
        <source>Title (transliterated)</source>
        <translation type="vanished">Заглавие (транслитерация)</translation>
    </message>
    <message>
        <source>Title (translated)</source>
        <translation type="vanished">Заглавие (перевод)</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation type="vanished">Источник</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="vanished">Сокращение</translation>
    </message>
    <message>
        <source>Published in (transliterated)</source>
        <translation type="vanished">Источник (транслитерация)</translation>
    </message>
    <message>
        <source>Published in (translated)</source>
        <translation type="vanished">Источник (перевод)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="vanished">Серия</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation type="vanished">Номер в серии</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="vanished">Том</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="vanished">Выпуск</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="vanished">Страницы</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="vanished">Номер</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="vanished">Издание</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation type="vanished">Число страниц</translation>
    </message>
    <message>
        <source>Number of volumes</source>
        <translation type="vanished">Число томов</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="vanished">Издательство</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="vanished">Место издания</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="vanished">Мероприятие</translation>
    </message>
    <message>
        <source>Event place</source>
        <translation type="vanished">Место проведения</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="vanished">Дата проведения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Дата</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="vanished">Дата обращения</translation>
    </message>
    <message>
        <source>Original date</source>
        <translation type="vanished">Дата оригинала</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="vanished">Дата подачи</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="vanished">Дата принятия</translation>
    </message>
    <message>
        <source>As amended on</source>
        <translation type="vanished">В редакции от</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation type="vanished">Принявший орган</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="vanished">Юрисдикция</translation>
    </message>
    <message>
        <source>Official publication</source>
        <translation type="vanished">Официальное опубликование</translation>
    </message>
    <message>
        <source>Gazette year</source>
        <translation type="vanished">Год (издание)</translation>
    </message>
    <message>
        <source>Gazette number</source>
        <translation type="vanished">Номер (издание)</translation>
    </message>
    <message>
        <source>Gazette article</source>
        <translation type="vanished">Статья (издание)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="vanished">Номер дела</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="vanished">Жанр</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="vanished">Носитель</translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="vanished">Раздел</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="vanished">Архив</translation>
    </message>
    <message>
        <source>Location in archive</source>
        <translation type="vanished">Шифр хранения</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="vanished">Каталог</translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation type="vanished">Ключ цитирования</translation>
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
        <translation type="vanished">Язык</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation type="vanished">Примечание</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="vanished">Ключевые слова</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="vanished">Аннотация</translation>
    </message>
</context>
<context>
    <name>FieldChoices</name>
    <message>
        <source>Candidate of Sciences</source>
        <translation>Кандидат наук</translation>
    </message>
    <message>
        <source>Doctor of Sciences</source>
        <translation>Доктор наук</translation>
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
        <translation>Год, месяц или день: ГГГГ, ГГГГ-ММ, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Read as: {date}</source>
        <translation>Прочитано как: {date}</translation>
    </message>
</context>
<context>
    <name>FieldHints</name>
    <message>
        <source>e.g. Закон Республики Казахстан</source>
        <translation>напр. Закон Республики Казахстан</translation>
    </message>
    <message>
        <source>e.g. дис. ... канд. юрид. наук, PhD dissertation</source>
        <translation>напр. дис. ... канд. юрид. наук</translation>
    </message>
    <message>
        <source>e.g. Постановление, Решение</source>
        <translation>напр. Постановление, Решение</translation>
    </message>
    <message>
        <source>e.g. 6001-21-00-6ап/123</source>
        <translation>напр. 6001-21-00-6ап/123</translation>
    </message>
    <message>
        <source>e.g. Верховный Суд Республики Казахстан</source>
        <translation>напр. Верховный Суд Республики Казахстан</translation>
    </message>
    <message>
        <source>e.g. Парламент Республики Казахстан</source>
        <translation>напр. Парламент Республики Казахстан</translation>
    </message>
    <message>
        <source>e.g. Ведомости Парламента Республики Казахстан</source>
        <translation>напр. Ведомости Парламента Республики Казахстан</translation>
    </message>
    <message>
        <source>e.g. 12.00.02, 8D04201</source>
        <translation>напр. 12.00.02, 8D04201</translation>
    </message>
    <message>
        <source>e.g. юрид.</source>
        <translation>напр. юрид.</translation>
    </message>
    <message>
        <source>e.g. 477-IV</source>
        <translation>напр. 477-IV</translation>
    </message>
    <message>
        <source>e.g. 16</source>
        <translation>напр. 16</translation>
    </message>
    <message>
        <source>e.g. 128</source>
        <translation>напр. 128</translation>
    </message>
    <message>
        <source>e.g. 15-24</source>
        <translation>напр. 15-24</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>ГГГГ, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>ISBN-13 or ISBN-10; several separated by commas</source>
        <translation>ISBN-13 или ISBN-10; несколько — через запятую</translation>
    </message>
    <message>
        <source>NNNN-NNNN; several separated by commas</source>
        <translation>NNNN-NNNN; несколько — через запятую</translation>
    </message>
    <message>
        <source>10.NNNN/... or https://doi.org/10.NNNN/...</source>
        <translation>10.NNNN/... или https://doi.org/10.NNNN/...</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>через точку с запятой</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>About</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Аннотация</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>The act</source>
        <translation>Правовой акт</translation>
    </message>
    <message>
        <source>Form of the act</source>
        <translation>Вид акта</translation>
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
        <source>Article number</source>
        <translation>Номер статьи</translation>
    </message>
    <message>
        <source>As amended on</source>
        <translation>В редакции на</translation>
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
        <translation>Книга</translation>
    </message>
    <message>
        <source>Book title</source>
        <translation>Название книги</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation>Ключ цитирования</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Сообщение</translation>
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
        <translation>Опубликовано в</translation>
    </message>
    <message>
        <source>Container title</source>
        <translation>Название источника</translation>
    </message>
    <message>
        <source>Short container title</source>
        <translation>Сокращённое название источника</translation>
    </message>
    <message>
        <source>Container title (translated)</source>
        <translation>Название источника (перевод)</translation>
    </message>
    <message>
        <source>Container title (transliterated)</source>
        <translation>Название источника (транслитерация)</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Type of data</source>
        <translation>Тип данных</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Date filed</source>
        <translation>Дата подачи заявки</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <source>Date of decision</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Date of signing</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Судебный акт</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Вид судебного акта</translation>
    </message>
    <message>
        <source>Degree (as printed)</source>
        <translation>Степень (как в издании)</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Учёная степень</translation>
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
        <translation>Издание</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата мероприятия</translation>
    </message>
    <message>
        <source>Event place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Фильм</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Gazette</source>
        <translation>Официальное издание</translation>
    </message>
    <message>
        <source>Article in gazette</source>
        <translation>Статья в издании</translation>
    </message>
    <message>
        <source>Gazette number</source>
        <translation>Номер издания</translation>
    </message>
    <message>
        <source>Gazette year</source>
        <translation>Год опубликования</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Жанр</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Слушания</translation>
    </message>
    <message>
        <source>Identifiers and links</source>
        <translation>Идентификаторы и ссылки</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Интервью</translation>
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
        <translation>Типы ISSN</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Выдавший орган</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Принявший орган</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Journal abbreviation</source>
        <translation>Сокращённое название журнала</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Юрисдикция</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Legislative body</source>
        <translation>Законодательный орган</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Magazine</source>
        <translation>Журнал (популярный)</translation>
    </message>
    <message>
        <source>Manuscript</source>
        <translation>Рукопись</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Носитель</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Телеканал</translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>Газета</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation>Номер в серии</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Количество страниц</translation>
    </message>
    <message>
        <source>Number of volumes</source>
        <translation>Количество томов</translation>
    </message>
    <message>
        <source>Official publication</source>
        <translation>Официальное опубликование</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В интернете</translation>
    </message>
    <message>
        <source>Original date</source>
        <translation>Дата оригинала</translation>
    </message>
    <message>
        <source>Other fields of this record</source>
        <translation>Другие поля этой записи</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Патент</translation>
    </message>
    <message>
        <source>Patent number</source>
        <translation>Номер патента</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место издания</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Место подписания</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Сборник трудов</translation>
    </message>
    <message>
        <source>Proceedings title</source>
        <translation>Название сборника</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Published online</source>
        <translation>Опубликовано онлайн</translation>
    </message>
    <message>
        <source>Published in print</source>
        <translation>Опубликовано в печати</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Reference work</source>
        <translation>Справочное издание</translation>
    </message>
    <message>
        <source>Encyclopedia or dictionary</source>
        <translation>Энциклопедия или словарь</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Номер отчёта</translation>
    </message>
    <message>
        <source>Type of report</source>
        <translation>Вид отчёта</translation>
    </message>
    <message>
        <source>Reported in</source>
        <translation>Источник публикации</translation>
    </message>
    <message>
        <source>Law reports</source>
        <translation>Сборник судебной практики</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Репозиторий</translation>
    </message>
    <message>
        <source>Branch of science</source>
        <translation>Отрасль науки</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Название сайта</translation>
    </message>
    <message>
        <source>Site owner</source>
        <translation>Владелец сайта</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Программное обеспечение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Specialty code</source>
        <translation>Шифр специальности</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Standard number</source>
        <translation>Обозначение стандарта</translation>
    </message>
    <message>
        <source>Type of standard</source>
        <translation>Вид стандарта</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Тематика</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Представлено</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>Диссертация</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Краткое заглавие</translation>
    </message>
    <message>
        <source>Title (translated)</source>
        <translation>Заглавие (перевод)</translation>
    </message>
    <message>
        <source>Title (transliterated)</source>
        <translation>Заглавие (транслитерация)</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Transliterated</source>
        <translation>Транслитерация</translation>
    </message>
    <message>
        <source>Corrections and retractions</source>
        <translation>Исправления и отзывы</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Form of the treaty</source>
        <translation>Вид договора</translation>
    </message>
    <message>
        <source>Treaty series</source>
        <translation>Сборник договоров</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Version date</source>
        <translation>Дата версии</translation>
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
        <translation>Год</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message>
        <source>Not a DOI: a DOI looks like 10.1234/abc</source>
        <translation>Это не DOI: DOI выглядит так: 10.1234/abc</translation>
    </message>
    <message>
        <source>ISSN {value}: the check digit should be {digit}</source>
        <translation>ISSN {value}: контрольная цифра должна быть {digit}</translation>
    </message>
    <message>
        <source>ISSN {value}: an ISSN has eight characters, NNNN-NNNN</source>
        <translation>ISSN {value}: в ISSN восемь знаков, NNNN-NNNN</translation>
    </message>
    <message>
        <source>ISBN {value}: the check digit should be {digit}</source>
        <translation>ISBN {value}: контрольная цифра должна быть {digit}</translation>
    </message>
    <message>
        <source>ISBN {value}: an ISBN has 10 or 13 digits</source>
        <translation>ISBN {value}: в ISBN 10 или 13 цифр</translation>
    </message>
    <message>
        <source>Not a date: type YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>Это не дата: введите ГГГГ, ГГГГ-ММ, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>There is no such date: {value}</source>
        <translation>Такой даты не существует: {value}</translation>
    </message>
    <message>
        <source>This does not look like a web address (https://...)</source>
        <translation>Не похоже на веб-адрес (https://...)</translation>
    </message>
    <message>
        <source>Unknown language: use a code such as ru, kk or en</source>
        <translation>Неизвестный язык: укажите код, например ru, kk или en</translation>
    </message>
    <message>
        <source>Not valid, kept as imported: correct it or clear it</source>
        <translation>Недопустимое значение, сохранено как при импорте: исправьте или очистите</translation>
    </message>
    <message>
        <source>Not a valid value: {value}</source>
        <translation>Недопустимое значение: {value}</translation>
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
    <name>FindDoiDialog</name>
    <message>
        <source>Find DOI</source>
        <translation>Найти DOI</translation>
    </message>
    <message>
        <source>Crossref works that match this reference:</source>
        <translation>Работы в Crossref, подходящие к этой записи:</translation>
    </message>
    <message>
        <source>This reference already has the DOI %1; attaching another replaces it.</source>
        <translation>У записи уже есть DOI %1; новый заменит его.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="vanished">Сходство</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Название</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="vanished">Авторы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="vanished">Год</translation>
    </message>
    <message>
        <source>Journal / book</source>
        <translation type="vanished">Журнал / книга</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="vanished">DOI</translation>
    </message>
    <message>
        <source>Show that reference</source>
        <translation>Показать ту запись</translation>
    </message>
    <message>
        <source>Then refresh the reference from Crossref (you choose which fields change)</source>
        <translation>Затем обновить запись из Crossref (вы выберете, какие поля изменить)</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Искать снова</translation>
    </message>
    <message>
        <source>Attach DOI</source>
        <translation>Присвоить DOI</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Searching Crossref…</source>
        <translation>Поиск в Crossref…</translation>
    </message>
    <message>
        <source>Finding a DOI</source>
        <translation>Поиск DOI</translation>
    </message>
    <message>
        <source>Our score %1 (title, year, first author); Crossref&apos;s relevance %2</source>
        <translation type="vanished">Наша оценка %1 (заглавие, год, первый автор); релевантность по Crossref %2</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s). Pick the work this reference cites, then Attach DOI.</source>
        <translation>
            <numerusform>Кандидатов: %n. Выберите работу, на которую ссылается запись, и нажмите «Присвоить DOI».</numerusform>
            <numerusform>Кандидатов: %n. Выберите работу, на которую ссылается запись, и нажмите «Присвоить DOI».</numerusform>
            <numerusform>Кандидатов: %n. Выберите работу, на которую ссылается запись, и нажмите «Присвоить DOI».</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossref found no candidates for this reference.</source>
        <translation>Crossref не нашёл кандидатов для этой записи.</translation>
    </message>
    <message>
        <source>This reference has no title to search with.</source>
        <translation>У записи нет заглавия для поиска.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>Low match: check the title, year and authors before attaching this DOI.</source>
        <translation>Слабое сходство: проверьте заглавие, год и авторов, прежде чем присвоить этот DOI.</translation>
    </message>
    <message>
        <source>Attach %1 to this reference?</source>
        <translation>Присвоить %1 этой записи?</translation>
    </message>
    <message>
        <source>Attaching a DOI</source>
        <translation>Присвоение DOI</translation>
    </message>
    <message>
        <source>Nothing attached: %1 already belongs to reference #%2 (%3).</source>
        <translation>Ничего не присвоено: %1 уже принадлежит записи №%2 (%3).</translation>
    </message>
    <message>
        <source>DOI %1 attached.</source>
        <translation>DOI %1 присвоен.</translation>
    </message>
    <message>
        <source>Nothing attached: %1</source>
        <translation>Ничего не присвоено: %1</translation>
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
    <name>GrantProgressView</name>
    <message>
        <source>Rule set</source>
        <translation>Набор требований</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Reference style</source>
        <translation>Стиль ссылок</translation>
    </message>
    <message>
        <source>GOST 7.1-2003</source>
        <translation>ГОСТ 7.1-2003</translation>
    </message>
    <message>
        <source>GOST R 7.0.100-2018</source>
        <translation>ГОСТ Р 7.0.100-2018</translation>
    </message>
    <message>
        <source>Export grant report…</source>
        <translation>Экспорт отчёта по гранту…</translation>
    </message>
    <message>
        <source>Assessing the team&apos;s publications…</source>
        <translation>Оценка публикаций группы…</translation>
    </message>
    <message>
        <source>Grant progress</source>
        <translation>Выполнение гранта</translation>
    </message>
    <message>
        <source>No team publications yet: mark the team&apos;s own works in the library (project “{project}”).</source>
        <translation>Публикаций группы пока нет: отметьте собственные работы группы в библиотеке (проект «{project}»).</translation>
    </message>
    <message>
        <source>All {target} results achieved.</source>
        <translation>Все {target} результатов достигнуты.</translation>
    </message>
    <message>
        <source>{filled} of {target} results achieved; still missing: {missing}.</source>
        <translation>Достигнуто {filled} из {target} результатов; не хватает: {missing}.</translation>
    </message>
    <message>
        <source>{count} team publications assessed against “{name}”.</source>
        <translation>Оценено публикаций группы: {count}, по набору «{name}».</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>б. г.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>fills a slot: {work}</source>
        <translation>засчитана: {work}</translation>
    </message>
    <message>
        <source>could count once the data is known: {work}</source>
        <translation>может быть засчитана, когда появятся данные: {work}</translation>
    </message>
    <message>
        <source>Eligible, but every slot it could fill is taken</source>
        <translation>Соответствует, но все подходящие позиции уже заняты</translation>
    </message>
    <message>
        <source>Team publication</source>
        <translation>Публикация группы</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Засчитана в</translation>
    </message>
    <message>
        <source>Export the grant report</source>
        <translation>Экспорт отчёта по гранту</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Web page (*.html);;Rich text (*.rtf);;Plain text (*.txt)</source>
        <translation>Документ Word (*.docx);;Веб-страница (*.html);;RTF (*.rtf);;Текст (*.txt)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Запись {file}…</translation>
    </message>
    <message>
        <source>Exporting the grant report</source>
        <translation>Экспорт отчёта по гранту</translation>
    </message>
    <message>
        <source>{count} publications written to {path}</source>
        <translation>Публикаций записано: {count}, файл {path}</translation>
    </message>
    <message>
        <source>The report was not written: {reason}</source>
        <translation>Отчёт не записан: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>References and PDFs (*.bib *.bibtex *.ris *.json *.csljson *.csv *.txt *.nbib *.medline *.pdf)</source>
        <translation>Ссылки и PDF (*.bib *.bibtex *.ris *.json *.csljson *.csv *.txt *.nbib *.medline *.pdf)</translation>
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
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Import references</source>
        <translation>Импорт ссылок</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import. Each file is imported in one step: a file that cannot be read changes nothing.</source>
        <translation>
            <numerusform>Файлов для импорта: %n. Каждый файл импортируется целиком за один шаг: нечитаемый файл ничего не меняет.</numerusform>
            <numerusform>Файлов для импорта: %n. Каждый файл импортируется целиком за один шаг: нечитаемый файл ничего не меняет.</numerusform>
            <numerusform>Файлов для импорта: %n. Каждый файл импортируется целиком за один шаг: нечитаемый файл ничего не меняет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Into collection:</source>
        <translation>В коллекцию:</translation>
    </message>
    <message>
        <source>None (only My library)</source>
        <translation>Нет (только «Моя библиотека»)</translation>
    </message>
    <message>
        <source>BibTeX, RIS, CSL-JSON, Scopus CSV, Web of Science and PubMed files are recognised by their content. A PDF is looked up by its DOI and attached to its reference.</source>
        <translation>Файлы BibTeX, RIS, CSL-JSON, Scopus CSV, Web of Science и PubMed распознаются по содержимому. PDF ищется по своему DOI и прикрепляется к своей ссылке.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import references</source>
        <translation>Импорт ссылок</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Импорт файлов: %n</numerusform>
            <numerusform>Импорт файлов: %n</numerusform>
            <numerusform>Импорт файлов: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Импорт {file}</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>PDFs are imported through Crossref, which is not available here.</source>
        <translation>PDF импортируются через Crossref, который здесь недоступен.</translation>
    </message>
    <message>
        <source>The check for duplicates was cancelled; the file was imported.</source>
        <translation>Проверка дубликатов отменена; файл импортирован.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Итоги импорта</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Копировать отчёт</translation>
    </message>
    <message>
        <source>Copy the whole summary as plain text</source>
        <translation>Скопировать все итоги простым текстом</translation>
    </message>
    <message>
        <source>Show added references</source>
        <translation>Показать добавленные ссылки</translation>
    </message>
    <message>
        <source>Review duplicates…</source>
        <translation>Проверить дубликаты…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The duplicates view is not available in this build</source>
        <translation type="vanished">Просмотр дубликатов в этой сборке недоступен</translation>
    </message>
    <message>
        <source>Added: {added}. Merged into existing references: {merged}. Skipped: {skipped}. Imported with problems: {problems}.</source>
        <translation>Добавлено: {added}. Объединено с имеющимися ссылками: {merged}. Пропущено: {skipped}. Импортировано с замечаниями: {problems}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>Не удалось прочитать файлов: %n.</numerusform>
            <numerusform>Не удалось прочитать файлов: %n.</numerusform>
            <numerusform>Не удалось прочитать файлов: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <source>{file}, line {line}, entry {key}</source>
        <translation>{file}, строка {line}, запись {key}</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, строка {line}</translation>
    </message>
    <message>
        <source>{file}, entry {key}</source>
        <translation>{file}, запись {key}</translation>
    </message>
    <message>
        <source>{where}: merged into “{title}”, which gained {fields}</source>
        <translation>{where}: объединено с «{title}», добавлены поля {fields}</translation>
    </message>
    <message>
        <source>{where}: already in the library as “{title}”</source>
        <translation>{where}: уже есть в библиотеке как «{title}»</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) look like the same work; nothing was merged. Review them in the duplicates view.</source>
        <translation>
            <numerusform>Пар, похожих на одну работу: %n; ничего не объединено. Проверьте их в просмотре дубликатов.</numerusform>
            <numerusform>Пар, похожих на одну работу: %n; ничего не объединено. Проверьте их в просмотре дубликатов.</numerusform>
            <numerusform>Пар, похожих на одну работу: %n; ничего не объединено. Проверьте их в просмотре дубликатов.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{first}” and “{second}” ({reason})</source>
        <translation>«{first}» и «{second}» ({reason})</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Не импортировано: {reason}</translation>
    </message>
    <message>
        <source>Cancelled: nothing from this file was imported.</source>
        <translation>Отменено: из этого файла ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) added.</source>
        <translation>
            <numerusform>Добавлено ссылок: %n.</numerusform>
            <numerusform>Добавлено ссылок: %n.</numerusform>
            <numerusform>Добавлено ссылок: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) matched a reference already in the library (same DOI or ISBN):</source>
        <translation>
            <numerusform>Записей, совпавших с уже имеющимися ссылками (тот же DOI или ISBN): %n:</numerusform>
            <numerusform>Записей, совпавших с уже имеющимися ссылками (тот же DOI или ISBN): %n:</numerusform>
            <numerusform>Записей, совпавших с уже имеющимися ссылками (тот же DOI или ISBN): %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) skipped:</source>
        <translation>
            <numerusform>Пропущено записей: %n:</numerusform>
            <numerusform>Пропущено записей: %n:</numerusform>
            <numerusform>Пропущено записей: %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) imported with a problem:</source>
        <translation>
            <numerusform>Записей, импортированных с замечанием: %n:</numerusform>
            <numerusform>Записей, импортированных с замечанием: %n:</numerusform>
            <numerusform>Записей, импортированных с замечанием: %n:</numerusform>
        </translation>
    </message>
    <message>
        <source>Added “{title}” (DOI {doi}) with the PDF attached.</source>
        <translation>Добавлено «{title}» (DOI {doi}), PDF прикреплён.</translation>
    </message>
    <message>
        <source>The PDF is now attached to “{title}” (DOI {doi}), which was already in the library.</source>
        <translation>PDF прикреплён к «{title}» (DOI {doi}), которая уже была в библиотеке.</translation>
    </message>
    <message>
        <source>Already attached to “{title}”: nothing changed.</source>
        <translation>Уже прикреплён к «{title}»: ничего не изменилось.</translation>
    </message>
    <message>
        <source>Not imported: the PDF holds no DOI, and no work was chosen among Crossref&apos;s matches for “{title}”.</source>
        <translation>Не импортировано: в PDF нет DOI, и среди найденных Crossref работ по «{title}» ни одна не выбрана.</translation>
    </message>
    <message>
        <source>Not imported: the PDF holds neither a DOI nor a title to search for.</source>
        <translation>Не импортировано: в PDF нет ни DOI, ни заглавия для поиска.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>ItemType</name>
    <message>
        <source>Article</source>
        <translation type="vanished">Статья</translation>
    </message>
    <message>
        <source>Journal article</source>
        <translation type="vanished">Статья в журнале</translation>
    </message>
    <message>
        <source>Magazine article</source>
        <translation type="vanished">Статья в популярном журнале</translation>
    </message>
    <message>
        <source>Newspaper article</source>
        <translation type="vanished">Статья в газете</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="vanished">Законопроект</translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="vanished">Книга</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="vanished">Передача</translation>
    </message>
    <message>
        <source>Book chapter</source>
        <translation type="vanished">Глава книги</translation>
    </message>
    <message>
        <source>Classic work</source>
        <translation type="vanished">Классическое произведение</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="vanished">Сборник</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="vanished">Набор данных</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="vanished">Документ</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="vanished">Статья справочника</translation>
    </message>
    <message>
        <source>Dictionary entry</source>
        <translation type="vanished">Словарная статья</translation>
    </message>
    <message>
        <source>Encyclopedia entry</source>
        <translation type="vanished">Статья энциклопедии</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="vanished">Событие</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="vanished">Рисунок</translation>
    </message>
    <message>
        <source>Graphic</source>
        <translation type="vanished">Изображение</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="vanished">Слушания</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="vanished">Интервью</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation type="vanished">Судебное решение</translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="vanished">Закон</translation>
    </message>
    <message>
        <source>Manuscript</source>
        <translation type="vanished">Рукопись</translation>
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
        <translation type="vanished">Ноты</translation>
    </message>
    <message>
        <source>Pamphlet</source>
        <translation type="vanished">Брошюра</translation>
    </message>
    <message>
        <source>Conference paper</source>
        <translation type="vanished">Доклад на конференции</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation type="vanished">Патент</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="vanished">Спектакль</translation>
    </message>
    <message>
        <source>Periodical</source>
        <translation type="vanished">Периодическое издание</translation>
    </message>
    <message>
        <source>Personal communication</source>
        <translation type="vanished">Личное сообщение</translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="vanished">Публикация в сети</translation>
    </message>
    <message>
        <source>Blog post</source>
        <translation type="vanished">Запись в блоге</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="vanished">Подзаконный акт</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="vanished">Отчёт</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="vanished">Рецензия</translation>
    </message>
    <message>
        <source>Book review</source>
        <translation type="vanished">Рецензия на книгу</translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="vanished">Программа</translation>
    </message>
    <message>
        <source>Song</source>
        <translation type="vanished">Песня</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="vanished">Выступление</translation>
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
        <translation type="vanished">Международный договор</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="vanished">Веб-страница</translation>
    </message>
</context>
<context>
    <name>ItemTypes</name>
    <message>
        <source>Article (other)</source>
        <translation>Статья (прочее)</translation>
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
        <source>Bill (draft law)</source>
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
        <translation>Мероприятие</translation>
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
        <source>Law or code</source>
        <translation>Закон или кодекс</translation>
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
        <translation>Представление</translation>
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
        <source>Decree, order or regulation</source>
        <translation>Указ, постановление или приказ</translation>
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
        <translation>Программное обеспечение</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Песня</translation>
    </message>
    <message>
        <source>Speech or presentation</source>
        <translation>Выступление или презентация</translation>
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
        <translation>Договор или конвенция</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Веб-страница</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <source>New journal</source>
        <translation>Новый журнал</translation>
    </message>
    <message>
        <source>Edit journal</source>
        <translation>Изменение журнала</translation>
    </message>
    <message>
        <source>As printed on the journal</source>
        <translation>Как напечатано в журнале</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>One per line: the title in Russian, Kazakh or Latin letters</source>
        <translation>По одному в строке: название на русском, казахском или латиницей</translation>
    </message>
    <message>
        <source>Alternative titles</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <source>Print ISSN</source>
        <translation>ISSN печатной версии</translation>
    </message>
    <message>
        <source>Electronic ISSN</source>
        <translation>ISSN электронной версии</translation>
    </message>
    <message>
        <source>Other ISSNs</source>
        <translation>Другие ISSN</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Add a Scopus CiteScore value</source>
        <translation>Добавить значение CiteScore (Scopus)</translation>
    </message>
    <message>
        <source>CiteScore year</source>
        <translation>Год CiteScore</translation>
    </message>
    <message>
        <source>ASJC, e.g. 3308</source>
        <translation>ASJC, напр. 3308</translation>
    </message>
    <message>
        <source>Subject, e.g. Law</source>
        <translation>Область, напр. Law</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Процентиль</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>CiteScore</source>
        <translation>CiteScore</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>из</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>complete (the annual value)</source>
        <translation>окончательное (годовое значение)</translation>
    </message>
    <message>
        <source>in progress (CiteScore Tracker)</source>
        <translation>предварительное (CiteScore Tracker)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Add an index membership</source>
        <translation>Добавить индексирование</translation>
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
        <translation>Дата списка</translation>
    </message>
    <message>
        <source>Add a ministry list (KOKSNVO) entry</source>
        <translation>Добавить запись перечня КОКСНВО</translation>
    </message>
    <message>
        <source>List 1</source>
        <translation>Список 1</translation>
    </message>
    <message>
        <source>List 2</source>
        <translation>Список 2</translation>
    </message>
    <message>
        <source>List 3</source>
        <translation>Список 3</translation>
    </message>
    <message>
        <source>Departmental journals</source>
        <translation>Ведомственные издания</translation>
    </message>
    <message>
        <source>Conference proceedings</source>
        <translation>Труды конференций</translation>
    </message>
    <message>
        <source>Trusted publisher</source>
        <translation>Доверенное издательство</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Separated by semicolons, e.g. Право</source>
        <translation>Через точку с запятой, напр. Право</translation>
    </message>
    <message>
        <source>Scientific directions</source>
        <translation>Научные направления</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер приказа</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известна</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата приказа</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>{value}: only digits and a final X (the check character) are allowed</source>
        <translation>{value}: допускаются только цифры и X в конце (контрольный символ)</translation>
    </message>
    <message>
        <source>{value}: an ISSN has 8 characters (7 digits and a check character), this has {count}</source>
        <translation>{value}: в ISSN 8 символов (7 цифр и контрольный символ), здесь {count}</translation>
    </message>
    <message>
        <source>{value}: the check digit should be {expected}, not {given}; look for a mistyped digit</source>
        <translation>{value}: контрольная цифра должна быть {expected}, а не {given}; проверьте, нет ли опечатки</translation>
    </message>
    <message>
        <source>The journal needs a title.</source>
        <translation>Укажите название журнала.</translation>
    </message>
    <message>
        <source>Give one print and one electronic ISSN; put the others under Other ISSNs.</source>
        <translation>Укажите один печатный и один электронный ISSN; остальные — в поле «Другие ISSN».</translation>
    </message>
    <message>
        <source>The same ISSN is given twice.</source>
        <translation>Один и тот же ISSN указан дважды.</translation>
    </message>
    <message>
        <source>Give both the rank and the number of journals it is out of, or neither.</source>
        <translation>Укажите и место, и общее число журналов — или ни то, ни другое.</translation>
    </message>
    <message>
        <source>The rank cannot be larger than the number of journals.</source>
        <translation>Место не может быть больше числа журналов.</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
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
        <translation>Год</translation>
    </message>
    <message>
        <source>WoS</source>
        <translation>WoS</translation>
    </message>
    <message>
        <source>Ministry list</source>
        <translation>Перечень КОКСНВО</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Ссылок</translation>
    </message>
    <message>
        <source>Scopus CiteScore percentile of the best subject in the latest CiteScore year</source>
        <translation>Процентиль CiteScore (Scopus) по лучшей области за последний год CiteScore</translation>
    </message>
    <message>
        <source>CiteScore quartile of that subject (Q1 = percentile 75–99)</source>
        <translation>Квартиль CiteScore по этой области (Q1 = процентиль 75–99)</translation>
    </message>
    <message>
        <source>The latest CiteScore year known (a complete year before any Tracker value)</source>
        <translation>Последний известный год CiteScore (окончательный год имеет приоритет над Tracker)</translation>
    </message>
    <message>
        <source>Web of Science indexes</source>
        <translation>Индексы Web of Science</translation>
    </message>
    <message>
        <source>Ministry (KOKSNVO) list levels</source>
        <translation>Уровни перечня КОКСНВО</translation>
    </message>
    <message>
        <source>References in the library that appeared in the journal</source>
        <translation>Ссылки библиотеки, опубликованные в журнале</translation>
    </message>
    <message>
        <source>{year} (Tracker)</source>
        <translation>{year} (Tracker)</translation>
    </message>
    <message>
        <source>List 1</source>
        <translation>Список 1</translation>
    </message>
    <message>
        <source>List 2</source>
        <translation>Список 2</translation>
    </message>
    <message>
        <source>List 3</source>
        <translation>Список 3</translation>
    </message>
    <message>
        <source>departmental</source>
        <translation>ведомственный</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>конференции</translation>
    </message>
    <message>
        <source>trusted publisher</source>
        <translation>доверенное издательство</translation>
    </message>
    <message>
        <source>CiteScore {year}, best subject {subject}: percentile {percentile}, Q{quartile}</source>
        <translation>CiteScore {year}, лучшая область {subject}: процентиль {percentile}, Q{quartile}</translation>
    </message>
    <message>
        <source>Only a CiteScore Tracker value (in progress, not final) is known.</source>
        <translation>Известно только значение CiteScore Tracker (предварительное, не окончательное).</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Choose a journal in the list.</source>
        <translation>Выберите журнал в списке.</translation>
    </message>
    <message>
        <source>Edit journal…</source>
        <translation>Изменить журнал…</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Scopus / SCImago id</source>
        <translation>ID в Scopus / SCImago</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Scopus CiteScore percentile by year and subject</source>
        <translation>Процентиль CiteScore (Scopus) по годам и областям</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Subject (ASJC)</source>
        <translation>Область (ASJC)</translation>
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
        <translation>Место / из</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>No CiteScore values: import a CiteScore file or type one in the journal editor.</source>
        <translation>Значений CiteScore нет: импортируйте файл CiteScore или введите значение в редакторе журнала.</translation>
    </message>
    <message>
        <source>SCImago Journal Rank (SJR)</source>
        <translation>SCImago Journal Rank (SJR)</translation>
    </message>
    <message>
        <source>SJR is a different metric from CiteScore: its quartile is never used for a CiteScore requirement.</source>
        <translation>SJR — другой показатель, не CiteScore: его квартиль никогда не учитывается в требованиях по CiteScore.</translation>
    </message>
    <message>
        <source>SJR</source>
        <translation>SJR</translation>
    </message>
    <message>
        <source>SJR best quartile</source>
        <translation>Лучший квартиль SJR</translation>
    </message>
    <message>
        <source>Indexes: Web of Science and Scopus coverage</source>
        <translation>Индексы: Web of Science и индексирование в Scopus</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>List date</source>
        <translation>Дата списка</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Not on any imported index list.</source>
        <translation>Нет ни в одном импортированном списке индексов.</translation>
    </message>
    <message>
        <source>Ministry list (KOKSNVO)</source>
        <translation>Перечень КОКСНВО</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Scientific directions</source>
        <translation>Научные направления</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата приказа</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Not on the ministry list as imported or typed.</source>
        <translation>Нет в перечне КОКСНВО (импортированном или введённом вручную).</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Соответствие требованиям</translation>
    </message>
    <message>
        <source>For an article published in</source>
        <translation>Для статьи, опубликованной в</translation>
    </message>
    <message>
        <source>Publication year</source>
        <translation>Год публикации</translation>
    </message>
    <message>
        <source>Loading the journal</source>
        <translation>Загрузка журнала</translation>
    </message>
    <message>
        <source>print</source>
        <translation>печатный</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>электронный</translation>
    </message>
    <message>
        <source>linking</source>
        <translation>связующий</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <source>all subjects</source>
        <translation>все области</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>окончательный</translation>
    </message>
    <message>
        <source>in progress (Tracker)</source>
        <translation>предварительный (Tracker)</translation>
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
        <translation>Список 1</translation>
    </message>
    <message>
        <source>List 2</source>
        <translation>Список 2</translation>
    </message>
    <message>
        <source>List 3</source>
        <translation>Список 3</translation>
    </message>
    <message>
        <source>Departmental journals</source>
        <translation>Ведомственные издания</translation>
    </message>
    <message>
        <source>Conference proceedings</source>
        <translation>Труды конференций</translation>
    </message>
    <message>
        <source>Trusted publisher</source>
        <translation>Доверенное издательство</translation>
    </message>
</context>
<context>
    <name>JournalWidgets</name>
    <message>
        <source>eligible</source>
        <translation>соответствует</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>не соответствует</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>{source}, imported {when}</source>
        <translation>{source}, импортировано {when}</translation>
    </message>
    <message>
        <source>Cannot read the file: {0}</source>
        <translation>Не удаётся прочитать файл: {0}</translation>
    </message>
    <message>
        <source>{field}: {value!r}: {reason}</source>
        <translation>{field}: {value!r}: {reason}</translation>
    </message>
    <message>
        <source>The library cannot be used: {0}</source>
        <translation>Библиотеку нельзя использовать: {0}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Unexpected error: {0}: {1}</source>
        <translation>Непредвиденная ошибка: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>JournalsView</name>
    <message>
        <source>Search by title or ISSN</source>
        <translation>Поиск по названию или ISSN</translation>
    </message>
    <message>
        <source>Search journals</source>
        <translation>Поиск журналов</translation>
    </message>
    <message>
        <source>Add journal…</source>
        <translation>Добавить журнал…</translation>
    </message>
    <message>
        <source>Import metrics…</source>
        <translation>Импорт показателей…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Loading journals</source>
        <translation>Загрузка журналов</translation>
    </message>
    <message>
        <source>{count} journals</source>
        <translation>Журналов: {count}</translation>
    </message>
    <message>
        <source>{shown} of {count} journals</source>
        <translation>{shown} из {count} журналов</translation>
    </message>
    <message>
        <source>No journals yet. Import a CiteScore, SCImago, Web of Science or ministry list file, or add a journal by hand.</source>
        <translation>Журналов пока нет. Импортируйте файл CiteScore, SCImago, Web of Science или перечень КОКСНВО либо добавьте журнал вручную.</translation>
    </message>
    <message>
        <source>No journal matches “{text}”.</source>
        <translation>Нет журналов по запросу «{text}».</translation>
    </message>
    <message>
        <source>Searching journals</source>
        <translation>Поиск журналов</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Russian</source>
        <translation type="vanished">Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="vanished">Казахский</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="vanished">Английский</translation>
    </message>
    <message>
        <source>German</source>
        <translation type="vanished">Немецкий</translation>
    </message>
    <message>
        <source>French</source>
        <translation type="vanished">Французский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="vanished">Испанский</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="vanished">Итальянский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="vanished">Украинский</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation type="vanished">Узбекский</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation type="vanished">Киргизский</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation type="vanished">Таджикский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="vanished">Турецкий</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation type="vanished">Белорусский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="vanished">Польский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="vanished">Китайский</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="vanished">Японский</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="vanished">Корейский</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="vanished">Арабский</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="vanished">Португальский</translation>
    </message>
</context>
<context>
    <name>Languages</name>
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
        <source>Turkish</source>
        <translation>Турецкий</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Белорусский</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>Таджикский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Итальянский</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Португальский</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Японский</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Корейский</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This feature is not available yet in this build.</source>
        <translation type="vanished">Эта функция пока недоступна в этой сборке.</translation>
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
        <source>Exported {count} references to {path}</source>
        <translation>Экспортировано ссылок: {count}, файл {path}</translation>
    </message>
    <message>
        <source>Bibliography written: {path}</source>
        <translation>Список литературы записан: {path}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to “{title}”?</source>
        <translation>Сохранить изменения в «{title}»?</translation>
    </message>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation>Не удалось отменить или повторить: {reason}</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Отменить: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Повторить: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Grant report written: {path}</source>
        <translation type="vanished">Отчёт по гранту записан: {path}</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation type="vanished">Файл не найден</translation>
    </message>
    <message>
        <source>The attached file is no longer there:
{path}

It was moved, renamed or deleted. Attach it again from where it is now.</source>
        <translation type="vanished">Прикреплённого файла больше нет на месте:
{path}

Его переместили, переименовали или удалили. Прикрепите его заново из нового места.</translation>
    </message>
    <message>
        <source>No program opens {path}</source>
        <translation type="vanished">Нет программы, чтобы открыть {path}</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="vanished">Прикрепить файлы</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation type="vanished">Прикрепление файлов</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation type="vanished">
            <numerusform>Прикреплено файлов: %n.</numerusform>
            <numerusform>Прикреплено файлов: %n.</numerusform>
            <numerusform>Прикреплено файлов: %n.</numerusform>
        </translation>
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
    <name>MergePanel</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>Объединённая запись</translation>
    </message>
    <message>
        <source>from the other record</source>
        <translation>из другой записи</translation>
    </message>
    <message>
        <source>from both records</source>
        <translation>из обеих записей</translation>
    </message>
    <message>
        <source>The same in both records</source>
        <translation>Одинаково в обеих записях</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Оба</translation>
    </message>
    <message>
        <source>Keep the values of both records</source>
        <translation>Сохранить значения обеих записей</translation>
    </message>
    <message>
        <source>Taken from #{id}</source>
        <translation>Взято из #{id}</translation>
    </message>
    <message>
        <source>The values of both records</source>
        <translation>Значения обеих записей</translation>
    </message>
    <message>
        <source>Fields that differ: {n} of {total}</source>
        <translation>Различающихся полей: {n} из {total}</translation>
    </message>
    <message>
        <source>{record} · added {date}</source>
        <translation>{record} · добавлена {date}</translation>
    </message>
    <message>
        <source>Show this reference in the library</source>
        <translation>Показать эту ссылку в библиотеке</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Keep this record; the other goes to the trash</source>
        <translation>Оставить эту запись; другая будет перемещена в корзину</translation>
    </message>
    <message>
        <source>Kept, with the chosen values</source>
        <translation>Остаётся, с выбранными значениями</translation>
    </message>
    <message>
        <source>Goes to the trash after the merge</source>
        <translation>После объединения перемещается в корзину</translation>
    </message>
    <message numerus="yes">
        <source>attachments: %n</source>
        <translation>
            <numerusform>вложений: %n</numerusform>
            <numerusform>вложений: %n</numerusform>
            <numerusform>вложений: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes: %n</source>
        <translation>
            <numerusform>заметок: %n</numerusform>
            <numerusform>заметок: %n</numerusform>
            <numerusform>заметок: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tags: %n</source>
        <translation>
            <numerusform>меток: %n</numerusform>
            <numerusform>меток: %n</numerusform>
            <numerusform>меток: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collections: %n</source>
        <translation>
            <numerusform>коллекций: %n</numerusform>
            <numerusform>коллекций: %n</numerusform>
            <numerusform>коллекций: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing attached</source>
        <translation>ничего не прикреплено</translation>
    </message>
    <message>
        <source>Merging changes #{keep}: {fields}.</source>
        <translation>Объединение изменит #{keep}: {fields}.</translation>
    </message>
    <message>
        <source>Merging leaves the fields of #{keep} as they are.</source>
        <translation>Объединение не изменит поля #{keep}.</translation>
    </message>
    <message>
        <source>#{other} goes to the trash (it can be restored); its attachments and notes move to #{keep}, its tags and collections are added to #{keep}.</source>
        <translation>#{other} перемещается в корзину (её можно восстановить); её вложения и заметки переходят к #{keep}, её метки и коллекции добавляются к #{keep}.</translation>
    </message>
    <message>
        <source>Only fields that differ</source>
        <translation>Только различающиеся поля</translation>
    </message>
    <message>
        <source>⇄ Swap kept record</source>
        <translation>⇄ Оставить другую запись</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>Оставить вместо этой другую запись</translation>
    </message>
    <message>
        <source>Reset choices</source>
        <translation>Сбросить выбор</translation>
    </message>
    <message>
        <source>Back to the suggested value of every field</source>
        <translation>Вернуть предложенное значение каждого поля</translation>
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
    <name>MetricImportDialog</name>
    <message>
        <source>Import journal metrics</source>
        <translation>Импорт показателей журналов</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Scopus CiteScore metrics (.xlsx, .csv)</source>
        <translation>Показатели CiteScore из Scopus (.xlsx, .csv)</translation>
    </message>
    <message>
        <source>Scopus source title list, ext_list (.xlsx)</source>
        <translation>Список источников Scopus, ext_list (.xlsx)</translation>
    </message>
    <message>
        <source>SCImago Journal Rank (.csv)</source>
        <translation>SCImago Journal Rank (.csv)</translation>
    </message>
    <message>
        <source>Web of Science Master Journal List (.csv)</source>
        <translation>Master Journal List Web of Science (.csv)</translation>
    </message>
    <message>
        <source>Ministry list, KOKSNVO (.xlsx, .csv)</source>
        <translation>Перечень КОКСНВО (.xlsx, .csv)</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>from the sheet or file name</source>
        <translation>из имени листа или файла</translation>
    </message>
    <message>
        <source>Metric year</source>
        <translation>Год показателя</translation>
    </message>
    <message>
        <source>choose the index of this list</source>
        <translation>выберите индекс этого списка</translation>
    </message>
    <message>
        <source>Web of Science index</source>
        <translation>Индекс Web of Science</translation>
    </message>
    <message>
        <source>given</source>
        <translation>указана</translation>
    </message>
    <message>
        <source>List date</source>
        <translation>Дата списка</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>из файла</translation>
    </message>
    <message>
        <source>List 1</source>
        <translation>Список 1</translation>
    </message>
    <message>
        <source>List 2</source>
        <translation>Список 2</translation>
    </message>
    <message>
        <source>List 3</source>
        <translation>Список 3</translation>
    </message>
    <message>
        <source>Departmental journals</source>
        <translation>Ведомственные издания</translation>
    </message>
    <message>
        <source>Conference proceedings</source>
        <translation>Труды конференций</translation>
    </message>
    <message>
        <source>Trusted publisher</source>
        <translation>Доверенное издательство</translation>
    </message>
    <message>
        <source>Level for rows without one</source>
        <translation>Уровень для строк без уровня</translation>
    </message>
    <message>
        <source>e.g. V2500036221</source>
        <translation>напр. V2500036221</translation>
    </message>
    <message>
        <source>Ministry order number</source>
        <translation>Номер приказа министерства</translation>
    </message>
    <message>
        <source>This file is an excerpt, not the whole list (a journal missing from it stays “unknown”)</source>
        <translation>Это выдержка, а не весь список (журнал, которого в нём нет, остаётся «неизвестно»)</translation>
    </message>
    <message>
        <source>Preview of sheet</source>
        <translation>Просмотр листа</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Problems in the first rows</source>
        <translation>Проблемы в первых строках</translation>
    </message>
    <message>
        <source>The import summary appears here.</source>
        <translation>Здесь появится итог импорта.</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Копировать итог</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose a metrics file</source>
        <translation>Выберите файл показателей</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Чтение первых строк…</translation>
    </message>
    <message>
        <source>Previewing {file}</source>
        <translation>Просмотр {file}</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{edition}: sheet skipped ({note})</source>
        <translation>{edition}: лист пропущен ({note})</translation>
    </message>
    <message>
        <source>{edition}: header on row {row}</source>
        <translation>{edition}: заголовок в строке {row}</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>не используется</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(не найден)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>ISSN (print)</source>
        <translation>ISSN (печатный)</translation>
    </message>
    <message>
        <source>ISSN (electronic)</source>
        <translation>ISSN (электронный)</translation>
    </message>
    <message>
        <source>List level</source>
        <translation>Уровень в перечне</translation>
    </message>
    <message>
        <source>Scientific directions</source>
        <translation>Научные направления</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер приказа</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата приказа</translation>
    </message>
    <message>
        <source>Scopus source id</source>
        <translation>ID источника в Scopus</translation>
    </message>
    <message>
        <source>CiteScore</source>
        <translation>CiteScore</translation>
    </message>
    <message>
        <source>ASJC code</source>
        <translation>Код ASJC</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Процентиль</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Rank out of</source>
        <translation>Всего в области</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>Quartile</source>
        <translation>Квартиль</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Publisher address</source>
        <translation>Адрес издателя</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Active or inactive</source>
        <translation>Активен или нет</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Исключён</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message>
        <source>Reading rows: {count}</source>
        <translation>Прочитано строк: {count}</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>Резервное копирование библиотеки…</translation>
    </message>
    <message>
        <source>Writing to the library…</source>
        <translation>Запись в библиотеку…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Import cancelled: the library was not changed.</source>
        <translation>Импорт отменён: библиотека не изменена.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message>
        <source>Import failed: the library was not changed.</source>
        <translation>Импорт не удался: библиотека не изменена.</translation>
    </message>
    <message>
        <source>The same file was imported before: updated in place.</source>
        <translation>Этот файл уже импортировался: данные обновлены на месте.</translation>
    </message>
    <message>
        <source>Imported {imported}, updated {updated}, unchanged {unchanged}, rejected {rejected} rows; {new} new journals.</source>
        <translation>Импортировано {imported}, обновлено {updated}, без изменений {unchanged}, отклонено строк: {rejected}; новых журналов: {new}.</translation>
    </message>
    <message>
        <source>Backup made before the import: {path}</source>
        <translation>Резервная копия перед импортом: {path}</translation>
    </message>
    <message>
        <source>Problems ({count}):</source>
        <translation>Проблемы ({count}):</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Первая запись</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Вторая запись</translation>
    </message>
    <message>
        <source>{score}
skipped</source>
        <translation>{score}
пропущено</translation>
    </message>
</context>
<context>
    <name>PdfMatchDialog</name>
    <message>
        <source>Which work is this PDF?</source>
        <translation>Какая это работа?</translation>
    </message>
    <message>
        <source>“{file}” holds no DOI. Crossref works whose title matches “{title}”:</source>
        <translation>В «{file}» нет DOI. Работы в Crossref, заглавие которых совпадает с «{title}»:</translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="vanished">Сходство</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Название</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="vanished">Авторы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="vanished">Год</translation>
    </message>
    <message>
        <source>Journal / book</source>
        <translation type="vanished">Журнал / книга</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="vanished">DOI</translation>
    </message>
    <message>
        <source>Import as this work</source>
        <translation>Импортировать как эту работу</translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation>Пропустить этот файл</translation>
    </message>
    <message>
        <source>A weak match: check the title, year and authors against the PDF.</source>
        <translation>Слабое совпадение: сверьте заглавие, год и авторов с PDF.</translation>
    </message>
</context>
<context>
    <name>PendingMonitor</name>
    <message>
        <source>Fetching pending DOIs</source>
        <translation>Загрузка отложенных DOI</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n DOI(s) waiting; next try in %1 s.</source>
        <translation>
            <numerusform>Нет сети: DOI в очереди: %n; следующая попытка через %1 с.</numerusform>
            <numerusform>Нет сети: DOI в очереди: %n; следующая попытка через %1 с.</numerusform>
            <numerusform>Нет сети: DOI в очереди: %n; следующая попытка через %1 с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n DOI(s) waiting; next try in %1 min.</source>
        <translation>
            <numerusform>Нет сети: DOI в очереди: %n; следующая попытка через %1 мин.</numerusform>
            <numerusform>Нет сети: DOI в очереди: %n; следующая попытка через %1 мин.</numerusform>
            <numerusform>Нет сети: DOI в очереди: %n; следующая попытка через %1 мин.</numerusform>
        </translation>
    </message>
    <message>
        <source>Network is back: %1 pending DOI(s) added, %2 still waiting.</source>
        <translation>Сеть появилась: добавлено отложенных DOI: %1, ещё ждут: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Network is back: %n pending DOI(s) added.</source>
        <translation>
            <numerusform>Сеть появилась: добавлено отложенных DOI: %n.</numerusform>
            <numerusform>Сеть появилась: добавлено отложенных DOI: %n.</numerusform>
            <numerusform>Сеть появилась: добавлено отложенных DOI: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending DOIs: %1</source>
        <translation>Отложенные DOI: %1</translation>
    </message>
</context>
<context>
    <name>PercentileChart</name>
    <message>
        <source>No CiteScore percentiles yet</source>
        <translation>Процентилей CiteScore пока нет</translation>
    </message>
    <message>
        <source> (Tracker, in progress)</source>
        <translation> (Tracker, предварительно)</translation>
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
        <translation>Скопировано ссылок: %n, стиль {style}.</translation>
    </message>
    <message>
        <source>Formatting citations</source>
        <translation>Оформление ссылок</translation>
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
    <name>ReferenceEditor</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <source>The library is open read-only: changes cannot be saved.</source>
        <translation>Библиотека открыта только для чтения: изменения нельзя сохранить.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Не удалось сохранить: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {field}: {problem}</source>
        <translation>Не сохранено: {field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need correcting. {field}: {problem}</source>
        <translation>
            <numerusform>Не сохранено: полей требуют исправления: %n. {field}: {problem}</numerusform>
            <numerusform>Не сохранено: полей требуют исправления: %n. {field}: {problem}</numerusform>
            <numerusform>Не сохранено: полей требуют исправления: %n. {field}: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <source>This work has been retracted: check the retraction notice before citing it.</source>
        <translation>Работа отозвана: прежде чем цитировать её, ознакомьтесь с уведомлением об отзыве.</translation>
    </message>
    <message>
        <source>This reference is in the trash.</source>
        <translation>Эта ссылка в корзине.</translation>
    </message>
    <message>
        <source>The library is open read-only.</source>
        <translation>Библиотека открыта только для чтения.</translation>
    </message>
    <message>
        <source>This reference was changed elsewhere. Your changes are kept and will be applied to it when you save.</source>
        <translation>Эта ссылка изменена в другом месте. Ваши изменения не потеряны и будут применены к ней при сохранении.</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>Also stored with this record and kept unchanged: {keys}.</source>
        <translation>Также хранится в записи и не изменяется: {keys}.</translation>
    </message>
    <message>
        <source>Sentence case</source>
        <translation>Регистр предложения</translation>
    </message>
    <message>
        <source>Convert the title to sentence case. Acronyms and proper nouns keep their capitals; Ctrl+Z in the field undoes it.</source>
        <translation>Привести заглавие к регистру предложения. Аббревиатуры и имена собственные сохраняют прописные буквы; Ctrl+Z в поле отменяет изменение.</translation>
    </message>
    <message>
        <source>Transliterate</source>
        <translation>Транслитерировать</translation>
    </message>
    <message>
        <source>Fill in from the original by {scheme} (the arrow chooses another scheme)</source>
        <translation>Заполнить по оригиналу по системе {scheme} (стрелка — выбор другой системы)</translation>
    </message>
    <message>
        <source>Nothing to transliterate: the original has no Cyrillic letters.</source>
        <translation>Нечего транслитерировать: в оригинале нет кириллицы.</translation>
    </message>
</context>
<context>
    <name>ReferenceEditorDialog</name>
    <message>
        <source>Edit reference</source>
        <translation>Редактирование ссылки</translation>
    </message>
    <message>
        <source>New reference</source>
        <translation>Новая ссылка</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Discard the changes to this reference?</source>
        <translation>Отменить изменения в этой ссылке?</translation>
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
        <source>Updated by a notice: {notices}</source>
        <translation>Обновлено извещением: {notices}</translation>
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
    <name>RefreshDialog</name>
    <message>
        <source>Refresh from Crossref</source>
        <translation>Обновить из Crossref</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>In your library</source>
        <translation>В вашей библиотеке</translation>
    </message>
    <message>
        <source>From Crossref</source>
        <translation>Из Crossref</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Fetch again</source>
        <translation>Загрузить снова</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Снять все</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This reference has no DOI: use Find DOI first.</source>
        <translation>У записи нет DOI: сначала воспользуйтесь «Найти DOI».</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>Refreshing from Crossref</source>
        <translation>Обновление из Crossref</translation>
    </message>
    <message>
        <source>Metadata from %1, fetched %2.</source>
        <translation>Метаданные из %1, загружены %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>Различающихся полей: %n.</numerusform>
            <numerusform>Различающихся полей: %n.</numerusform>
            <numerusform>Различающихся полей: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields you edited are not ticked: tick one to replace your value with Crossref&apos;s.</source>
        <translation>Поля, которые вы изменяли, не отмечены: отметьте поле, чтобы заменить ваше значение значением из Crossref.</translation>
    </message>
    <message>
        <source>Up to date: nothing differs from Crossref.</source>
        <translation>Актуально: расхождений с Crossref нет.</translation>
    </message>
    <message>
        <source>edited by you</source>
        <translation>изменено вами</translation>
    </message>
    <message>
        <source>yours (no earlier fetch to compare)</source>
        <translation>ваше (нет прежней загрузки для сравнения)</translation>
    </message>
    <message>
        <source>fills an empty field</source>
        <translation>заполняет пустое поле</translation>
    </message>
    <message>
        <source>clears it: none at Crossref</source>
        <translation>очистит поле: в Crossref пусто</translation>
    </message>
    <message>
        <source>retraction or concern notice</source>
        <translation>уведомление об отзыве или обеспокоенности</translation>
    </message>
    <message>
        <source>Could not fetch: %1</source>
        <translation>Не удалось загрузить: %1</translation>
    </message>
    <message>
        <source>Applying changes</source>
        <translation>Применение изменений</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) updated.</source>
        <translation>
            <numerusform>Обновлено полей: %n.</numerusform>
            <numerusform>Обновлено полей: %n.</numerusform>
            <numerusform>Обновлено полей: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1 changed meanwhile. Fetch again to compare with what is stored now.</source>
        <translation>Ничего не изменено: за это время изменились поля: %1. Загрузите снова, чтобы сравнить с тем, что сохранено сейчас.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Применить изменения: %n</numerusform>
            <numerusform>Применить изменения: %n</numerusform>
            <numerusform>Применить изменения: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequirementCard</name>
    <message>
        <source>{achieved} of {target} achieved</source>
        <translation>выполнено {achieved} из {target}</translation>
    </message>
    <message>
        <source>still missing: {count}</source>
        <translation>не хватает: {count}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>окончательный</translation>
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
        <source>Grant progress</source>
        <translation>Выполнение гранта</translation>
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
        <source>How the team&apos;s publications meet the grant&apos;s requirements</source>
        <translation>Насколько публикации команды отвечают требованиям гранта</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Меток пока нет</translation>
    </message>
</context>
<context>
    <name>StyleSettingsForm</name>
    <message>
        <source>This style has no settings.</source>
        <translation>У этого стиля нет настроек.</translation>
    </message>
    <message>
        <source>Sections with headings</source>
        <translation>Разделы с заголовками</translation>
    </message>
    <message>
        <source>Legal acts of equal force</source>
        <translation>Акты равной силы</translation>
    </message>
    <message>
        <source>Content type «Текст : …»</source>
        <translation>Вид содержания «Текст : …»</translation>
    </message>
    <message>
        <source>«[Электронный ресурс]» after the title</source>
        <translation>«[Электронный ресурс]» после заглавия</translation>
    </message>
    <message>
        <source>Four or more authors</source>
        <translation>Четыре автора и более</translation>
    </message>
    <message>
        <source>Abbreviations (под ред., М., дис.)</source>
        <translation>Сокращения (под ред., М., дис.)</translation>
    </message>
    <message>
        <source>Before the URL</source>
        <translation>Перед URL</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>ISBN of books</source>
        <translation>ISBN книг</translation>
    </message>
    <message>
        <source>Dash between areas «. – »</source>
        <translation>Тире между областями «. – »</translation>
    </message>
    <message>
        <source>No-break spaces</source>
        <translation>Неразрывные пробелы</translation>
    </message>
    <message>
        <source>Language of headings and list words</source>
        <translation>Язык заголовков и слов списка</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Письменности</translation>
    </message>
    <message>
        <source>by date of adoption</source>
        <translation>по дате принятия</translation>
    </message>
    <message>
        <source>by title</source>
        <translation>по заглавию</translation>
    </message>
    <message>
        <source>all 4; 5 or more: 3 [и др.]</source>
        <translation>все 4; 5 и более: 3 [и др.]</translation>
    </message>
    <message>
        <source>the first [и др.]</source>
        <translation>первый [и др.]</translation>
    </message>
    <message>
        <source>all names</source>
        <translation>все имена</translation>
    </message>
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
        <source>Latin script first (APA)</source>
        <translation>сначала латиница (APA)</translation>
    </message>
    <message>
        <source>Cyrillic first</source>
        <translation>сначала кириллица</translation>
    </message>
    <message>
        <source>Legal acts by legal force (Constitution, treaties, codes, laws, decrees, resolutions), then literature, foreign-language sources and electronic resources. Only when the list is sorted as the style sorts.</source>
        <translation>Нормативные акты по юридической силе (Конституция, международные договоры, кодексы, законы, указы, постановления), затем литература, источники на иностранных языках и электронные ресурсы. Только при сортировке по стилю.</translation>
    </message>
    <message>
        <source>Off: a plain full stop between areas, as GOST R 7.0.5 allows.</source>
        <translation>Выкл.: между областями только точка, как допускает ГОСТ Р 7.0.5.</translation>
    </message>
    <message>
        <source>Russian typography: no line starts with a dash, and «№» or «С.» never ends a line.</source>
        <translation>Русская типографика: строка не начинается с тире, а «№» или «С.» не остаются в конце строки.</translation>
    </message>
    <message>
        <source>«– Текст : непосредственный» or «– Текст : электронный» (GOST R 7.0.100); many Kazakh journals drop it.</source>
        <translation>«– Текст : непосредственный» или «– Текст : электронный» (ГОСТ Р 7.0.100); многие казахстанские журналы его не используют.</translation>
    </message>
    <message>
        <source>«под ред.», «М.», «дис. … канд.» instead of the full words (GOST 7.1).</source>
        <translation>«под ред.», «М.», «дис. … канд.» вместо полных слов (ГОСТ 7.1).</translation>
    </message>
    <message>
        <source>Print the DOI</source>
        <translation>Указывать DOI</translation>
    </message>
    <message>
        <source>Print the ISBN of books</source>
        <translation>Указывать ISBN книг</translation>
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
    <name>TranslitSchemes</name>
    <message>
        <source>BSI (References lists)</source>
        <translation>BSI (списки References)</translation>
    </message>
    <message>
        <source>BGN/PCGN</source>
        <translation>BGN/PCGN</translation>
    </message>
    <message>
        <source>GOST 7.79-2000, system B</source>
        <translation>ГОСТ 7.79-2000, система Б</translation>
    </message>
    <message>
        <source>Library of Congress (ALA-LC)</source>
        <translation>Библиотека Конгресса (ALA-LC)</translation>
    </message>
    <message>
        <source>Kazakh Latin alphabet (2021)</source>
        <translation>Казахский латинский алфавит (2021)</translation>
    </message>
</context>
<context>
    <name>TypeChooser</name>
    <message>
        <source>Add a reference by hand</source>
        <translation>Добавить ссылку вручную</translation>
    </message>
    <message>
        <source>Choose the kind of source. The form then shows the fields this kind of source has; the type can still be changed later.</source>
        <translation>Выберите вид источника. Форма покажет поля, которые есть у такого источника; тип можно изменить и позже.</translation>
    </message>
    <message>
        <source>Language of the source</source>
        <translation>Язык источника</translation>
    </message>
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
        <source>Other or not set</source>
        <translation>Другой или не указан</translation>
    </message>
    <message>
        <source>Laws and court decisions</source>
        <translation>Законы и судебные решения</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Публикации</translation>
    </message>
    <message>
        <source>Another type</source>
        <translation>Другой тип</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit “{title}”</source>
        <translation>Правка «{title}»</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>Добавление «{title}»</translation>
    </message>
    <message>
        <source>Move %n reference(s) to the trash</source>
        <translation>Переместить в корзину (ссылок: %n)</translation>
    </message>
    <message>
        <source>Restore %n reference(s) from the trash</source>
        <translation>Восстановить из корзины (ссылок: %n)</translation>
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
