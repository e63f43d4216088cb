<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a source by hand: a law, a court decision, a book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add by &amp;DOI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste one DOI or a block of text with many; Crossref fills in the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a BibTeX, RIS, CSL-JSON, Scopus or Web of Science file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected references as citations in the default style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected references to the trash (they can be restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected references back from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the references in the trash for good (a backup is made first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as team publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the selected references as the team&apos;s own publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark as team publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the library again (changes made by another window or program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bibliography…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a GOST or APA list from the selection or a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;DOI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the DOI of the selected reference in Crossref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update from Crossref…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected references with Crossref, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journals and grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal metrics, indexes and lists; the grant&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the library into its backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check on the library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Silteme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Open another library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Silteme: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Silteme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug, not something you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is safe: every change is written in one transaction, and a change interrupted half-way is rolled back. You can keep working. Please copy the details below into a message to the developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorRole</name>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author of the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor-in-chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a reference to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} references selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reference is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RETRACTED: this work has been retracted. Do not cite it as valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This work has published corrections or updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid, kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team grant: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal and grant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (transliterated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (translated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in (transliterated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in (translated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As amended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazette year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazette number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazette article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location in archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No language given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, authors, journals, abstracts, notes ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word matches as the start of a word, in any case; е finds ё. Esc clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in or after this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in or before this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only references that count toward the team grant (rule set “team-grant”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Your library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silteme keeps your sources (articles, books, laws, court decisions) in Russian, Kazakh and English, formats GOST and APA lists, and checks journals against the grant&apos;s rules. Start by adding a few references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste one DOI or a whole list; import a Scopus, Web of Science, Zotero, BibTeX or RIS file (or drop it on the window); or type in a law or a book by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemType</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magazine article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newspaper article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dictionary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encyclopedia entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manuscript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Musical score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pamphlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This feature is not available yet in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which references count toward the grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No references match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collection is empty. Drag references from the table onto it in the sidebar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No references have this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team publications yet. Select the team&apos;s own works and choose “Mark as team publication”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{selected} of {count} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {n} references in the trash for good? A backup of the library is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection “{name}” and its sub-collections? The references stay in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing from collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file has problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Silteme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Silteme {version}&lt;/h3&gt;&lt;p&gt;A bibliography and citation manager for sources in Russian, Kazakh and English: GOST and APA lists, Crossref, journal eligibility.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is open read-only ({path}): you can read, search and copy, but nothing can be changed. Copy the file somewhere writable to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset search and filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This library was written by a newer version of Silteme. Update Silteme to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged. A good backup exists: {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged and no good backup was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window or program is writing to the library. Try again in a moment; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full or cannot be written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI {doi} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossref asks to slow down (too many requests). Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internet connection. Try again when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is having problems (HTTP {status}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DOI link led to an unexpected site; its answer was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Silteme cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Silteme: the library is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file {file} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest good backup is {backup}. Restoring it brings the library back as it was then; the damaged file is kept aside in the backups folder, nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup of it was found. Open another library, or create a new one; the damaged file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceModel</name>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best journal quartile for the publication year (Scopus CiteScore, else SCImago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts toward the team grant (rule set “team-grant”): ✓ eligible, ? unknown, – not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date added to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (data missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The e-mail address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citation-key pattern is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citation-key pattern has an unpaired bracket or an unknown field (fields look like [auth], [year], [shorttitle]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citation-key pattern needs at least one field such as [auth] or [year].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A citation key cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a CSL style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSL styles (*.csl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a CSL style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossref e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation-key pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@university.kz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with every Crossref request (its “polite pool”): faster, more reliable answers, and Crossref can reach you if something goes wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CSL file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields in brackets, as in JabRef: [auth], [authors2], [year], [shorttitle], [veryshorttitle], [auth:lower]. Example: [auth][year] gives Abaev2019.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>My library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s own publications, checked against the grant&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted references: restore them or empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal metrics, indexes and lists; grant progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>{task}: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateType</name>
    <message>
        <source>Retraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial retraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrigendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
