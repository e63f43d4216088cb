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
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit, move to the trash or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do again what was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in a &amp;window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected reference in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a file (a PDF, a scan) to the selected reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import journal &amp;metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CiteScore, SCImago, Web of Science or ministry list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the team&apos;s publications meet the grant&apos;s requirements</source>
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
</context>
<context>
    <name>AddDoiDialog</name>
    <message>
        <source>Add by DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste DOIs, doi.org links or any text that contains them: a reference list, an e-mail, a web page. Every DOI in it is added; ISBNs of books are looked up too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.1038/srep16696
https://doi.org/10.7868/S0040357115030100
Иванов И. И. Статья // Журнал. 2020. DOI: 10.xxxx/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every DOI and ISBN in the text (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the batch; what was already added stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DOI or ISBN found in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding by DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DOI found yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1 DOI(s), %2 ISBN(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found: %n DOI(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>AttachmentActions</name>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file is no longer there:
{path}

It was moved, renamed or deleted. Attach it again from where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program opens {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>BibliographyBuilder</name>
    <message>
        <source>Bibliography builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with sub-collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the references of this collection to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag references here from the library, or add a collection above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the list as formatted text for Word or LibreOffice (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as DOCX, RTF, HTML or plain text (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this CSL style from the list (the file stays where it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the style sorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the order of the list (as chosen or cited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOST: Cyrillic before Latin, Kazakh alphabet order, legal acts by legal force; APA: by author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Список использованных источников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References (transliterated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list in Latin script for Scopus-indexed journals: Cyrillic sources romanised, marked [in Russian] / [in Kazakh]. Journals usually want it in APA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BGN/PCGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOST 7.79-2000, system B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library of Congress (ALA-LC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh Latin alphabet (2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a collection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the library: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the list: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the library: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOST R 7.0.100-2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOST 7.1-2003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APA 7th edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add CSL style…</source>
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
        <source>Style added: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a usable CSL style: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the CSL style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more entries are not shown here; Copy and Export include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting the bibliography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be formatted in this style: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add references to see the formatted list here: drag them from the library, or add a collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {count} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rich Text Format (*.rtf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bibliography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the bibliography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting {count} entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the bibliography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {count} entries to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesTable</name>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal / book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our score %1 (title, year, first author); Crossref&apos;s relevance %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralViews</name>
    <message>
        <source>Grant report written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitationPanel</name>
    <message>
        <source>In-text citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APA, parenthetical: (Author, 2023, p. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APA, narrative: Author (2023, p. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOST R 7.0.5, in-text: [1, с. 15]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOST R 7.0.5, footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page (с., б., p.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article (ст.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph (п.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subparagraph (пп.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part (ч.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 15 or 12–14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinpoint of the last selected reference: a page, or an article and paragraph such as «ст. 15, п. 2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the sequence (Там же)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each copied footnote is remembered: citing the same work again gives «Там же» or the short form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select references in the list to cite them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting the citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot cite: {error}</source>
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
    <name>CreatorRoles</name>
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
        <source>Editorial director</source>
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
        <source>Organizer</source>
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
</context>
<context>
    <name>CreatorsEditor</name>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected creators up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected creators down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected creators (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Жетпісов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Серік Құрманұлы or С. Қ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. van der, de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jr., III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Министерство внутренних дел Республики Казахстан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Particle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorsModel</name>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossrefMessages</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added from cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server keeps asking to slow down (HTTP 429); try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad response from the server (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad response from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DOI resolver sent us to %1, which is not a registration agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither Crossref nor the DOI&apos;s registration agency knows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved to the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RETRACTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITHDRAWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMOVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (notice %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged %n work(s) in your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in library (#%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added from cache (fetched %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: offline; it will be fetched when the network is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n added from cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n already in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n queued until online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailArea</name>
    <message>
        <source>This reference cannot be edited: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected reference here (Enter, F2 or a double click on a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one reference to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a reference to edit it.</source>
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
        <source>Attach file…</source>
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
    <name>DoiResultsModel</name>
    <message>
        <source>DOI / ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateMerge</name>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections and retractions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateReasons</name>
    <message>
        <source>Same DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same DOI, different titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same ISSN, volume and first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar title, year and author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title across scripts (transliterated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title without its subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same DOI, but the titles differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same ISSN + volume + first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transliterated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year ±1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same first author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first author missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar title {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} + {year} + {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{authors} ({year}). {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Reading the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing titles, authors and identifiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the records of the pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finished at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled: the list shows the previous scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pairs: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{pairs}, shown: {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of that pair is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the library to find references that may be the same work: the same DOI or ISBN, the same journal volume and first page, or a similar title with the same year and first author, across Cyrillic and Latin script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair to compare its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging #{other} into #{keep}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged #{other} into {kept}; #{other} is in the trash (it can be restored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields taken or united: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>attachments: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tags: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collections: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>team projects: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the journal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to #{keep}: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made before the merge: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking as not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{a} and #{b} are marked as not duplicates: they will not be proposed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark is removed: #{a} and #{b} are listed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pair shown was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library changed: scan again to be sure the list is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for possible duplicates in the whole library (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum s&amp;core:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide pairs scoring lower (1.00: the same DOI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the pairs: author, title, journal, DOI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into the kept record with the values chosen (Ctrl+Enter); a backup is made first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember that these are different works: the pair is never proposed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this pair for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the last “Not duplicates” mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reference(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected references (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with its sub-collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Whole library (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldChoices</name>
    <message>
        <source>Candidate of Sciences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor of Sciences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>{language} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year, a month or a day: YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldHints</name>
    <message>
        <source>e.g. Закон Республики Казахстан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. дис. ... канд. юрид. наук, PhD dissertation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Постановление, Решение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 6001-21-00-6ап/123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Верховный Суд Республики Казахстан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Парламент Республики Казахстан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ведомости Парламента Республики Казахстан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12.00.02, 8D04201</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. юрид.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 477-IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 15-24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM-DD or DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN-13 or ISBN-10; several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NNNN-NNNN; several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.NNNN/... or https://doi.org/10.NNNN/...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of the act</source>
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
        <source>Article number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As amended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author&apos;s abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short container title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container title (translated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container title (transliterated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree (as printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article in gazette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazette number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazette year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
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
        <source>ISSN types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legislative body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magazine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manuscript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in series</source>
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
        <source>Official publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fields of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceedings title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encyclopedia or dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch of science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (translated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (transliterated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transliterated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections and retractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of the treaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message>
        <source>Not a DOI: a DOI looks like 10.1234/abc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSN {value}: the check digit should be {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSN {value}: an ISSN has eight characters, NNNN-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN {value}: the check digit should be {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN {value}: an ISBN has 10 or 13 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such date: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a web address (https://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language: use a code such as ru, kk or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid, kept as imported: correct it or clear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid value: {value}</source>
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
    <name>FindDoiDialog</name>
    <message>
        <source>Find DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossref works that match this reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reference already has the DOI %1; attaching another replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show that reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then refresh the reference from Crossref (you choose which fields change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching Crossref…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding a DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s). Pick the work this reference cites, then Attach DOI.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Crossref found no candidates for this reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reference has no title to search with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low match: check the title, year and authors before attaching this DOI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1 to this reference?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching a DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing attached: %1 already belongs to reference #%2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI %1 attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing attached: %1</source>
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
    <name>GrantProgressView</name>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOST 7.1-2003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOST R 7.0.100-2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export grant report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing the team&apos;s publications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team publications yet: mark the team&apos;s own works in the library (project “{project}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {target} results achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filled} of {target} results achieved; still missing: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} team publications assessed against “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fills a slot: {work}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could count once the data is known: {work}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible, but every slot it could fill is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the grant report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx);;Web page (*.html);;Rich text (*.rtf);;Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the grant report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} publications written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>References and PDFs (*.bib *.bibtex *.ris *.json *.csljson *.csv *.txt *.nbib *.medline *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BibTeX (*.bib *.bibtex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSL-JSON (*.json *.csljson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopus CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web of Science (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PubMed MEDLINE (*.nbib *.medline *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import references</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import. Each file is imported in one step: a file that cannot be read changes nothing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (only My library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BibTeX, RIS, CSL-JSON, Scopus CSV, Web of Science and PubMed files are recognised by their content. A PDF is looked up by its DOI and attached to its reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import references</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>PDFs are imported through Crossref, which is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check for duplicates was cancelled; the file was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole summary as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show added references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {added}. Merged into existing references: {merged}. Skipped: {skipped}. Imported with problems: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {line}, entry {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, entry {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: merged into “{title}”, which gained {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: already in the library as “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) look like the same work; nothing was merged. Review them in the duplicates view.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“{first}” and “{second}” ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing from this file was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) matched a reference already in the library (same DOI or ISBN):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) skipped:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) imported with a problem:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added “{title}” (DOI {doi}) with the PDF attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is now attached to “{title}” (DOI {doi}), which was already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already attached to “{title}”: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: the PDF holds no DOI, and no work was chosen among Crossref&apos;s matches for “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: the PDF holds neither a DOI nor a title to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTypes</name>
    <message>
        <source>Article (other)</source>
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
        <source>Bill (draft law)</source>
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
        <source>Law or code</source>
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
        <source>Decree, order or regulation</source>
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
        <source>Speech or presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thesis or dissertation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty or convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <source>New journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: the title in Russian, Kazakh or Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print ISSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic ISSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ISSNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Scopus CiteScore value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CiteScore year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASJC, e.g. 3308</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject, e.g. Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CiteScore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete (the annual value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress (CiteScore Tracker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an index membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web of Science {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a ministry list (KOKSNVO) entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departmental journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by semicolons, e.g. Право</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scientific directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: only digits and a final X (the check character) are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: an ISSN has 8 characters (7 digits and a check character), this has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: the check digit should be {expected}, not {given}; look for a mistyped digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one print and one electronic ISSN; put the others under Other ISSNs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same ISSN is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the rank and the number of journals it is out of, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank cannot be larger than the number of journals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q{quartile} (percentile {band})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopus CiteScore percentile of the best subject in the latest CiteScore year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CiteScore quartile of that subject (Q1 = percentile 75–99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest CiteScore year known (a complete year before any Tracker value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web of Science indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry (KOKSNVO) list levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References in the library that appeared in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} (Tracker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departmental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CiteScore {year}, best subject {subject}: percentile {percentile}, Q{quartile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a CiteScore Tracker value (in progress, not final) is known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Choose a journal in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopus / SCImago id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopus CiteScore percentile by year and subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject (ASJC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CiteScore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank / out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CiteScore values: import a CiteScore file or type one in the journal editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCImago Journal Rank (SJR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SJR is a different metric from CiteScore: its quartile is never used for a CiteScore requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SJR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SJR best quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes: Web of Science and Scopus coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on any imported index list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry list (KOKSNVO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scientific directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the ministry list as imported or typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an article published in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress (Tracker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web of Science {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departmental journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted publisher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWidgets</name>
    <message>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, imported {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be used: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalsView</name>
    <message>
        <source>Search by title or ISSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {count} journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journals yet. Import a CiteScore, SCImago, Web of Science or ministry list file, or add a journal by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching journals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
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
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
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
</context>
<context>
    <name>MainWindow</name>
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
        <source>Exported {count} references to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliography written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
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
    <name>MergePanel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from both records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same in both records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the values of both records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of both records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ: {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} · added {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this reference in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this record; the other goes to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, with the chosen values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to the trash after the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>attachments: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tags: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collections: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging changes #{keep}: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging leaves the fields of #{keep} as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{other} goes to the trash (it can be restored); its attachments and notes move to #{keep}, its tags and collections are added to #{keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ Swap kept record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the suggested value of every field</source>
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
    <name>MetricImportDialog</name>
    <message>
        <source>Import journal metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopus CiteScore metrics (.xlsx, .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopus source title list, ext_list (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCImago Journal Rank (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web of Science Master Journal List (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry list, KOKSNVO (.xlsx, .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the sheet or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the index of this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web of Science index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departmental journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level for rows without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. V2500036221</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is an excerpt, not the whole list (a journal missing from it stays “unknown”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import summary appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a metrics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{edition}: sheet skipped ({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{edition}: header on row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSN (print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSN (electronic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scientific directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopus source id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CiteScore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASJC code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active or inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading rows: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: the library was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: the library was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same file was imported before: updated in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {imported}, updated {updated}, unchanged {unchanged}, rejected {rejected} rows; {new} new journals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made before the import: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score}
skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfMatchDialog</name>
    <message>
        <source>Which work is this PDF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” holds no DOI. Crossref works whose title matches “{title}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as this work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weak match: check the title, year and authors against the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingMonitor</name>
    <message>
        <source>Fetching pending DOIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n DOI(s) waiting; next try in %1 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n DOI(s) waiting; next try in %1 min.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Network is back: %1 pending DOI(s) added, %2 still waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Network is back: %n pending DOI(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pending DOIs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PercentileChart</name>
    <message>
        <source>No CiteScore percentiles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Tracker, in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}, {year}: percentile {percentile}, Q{quartile}{status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCopy</name>
    <message>
        <source>Copied %n reference(s) in {style}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting citations</source>
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
    <name>ReferenceEditor</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is open read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need correcting. {field}: {problem}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This work has been retracted: check the retraction notice before citing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reference is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reference was changed elsewhere. Your changes are kept and will be applied to it when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also stored with this record and kept unchanged: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the title to sentence case. Acronyms and proper nouns keep their capitals; Ctrl+Z in the field undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transliterate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in from the original by {scheme} (the arrow chooses another scheme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to transliterate: the original has no Cyrillic letters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceEditorDialog</name>
    <message>
        <source>Edit reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to this reference?</source>
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
        <source>Updated by a notice: {notices}</source>
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
    <name>RefreshDialog</name>
    <message>
        <source>Refresh from Crossref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Crossref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reference has no DOI: use Find DOI first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing from Crossref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata from %1, fetched %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fields you edited are not ticked: tick one to replace your value with Crossref&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date: nothing differs from Crossref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours (no earlier fetch to compare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fills an empty field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clears it: none at Crossref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retraction or concern notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) updated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1 changed meanwhile. Fetch again to compare with what is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequirementCard</name>
    <message>
        <source>{achieved} of {target} achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still missing: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
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
        <source>Grant progress</source>
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
        <source>How the team&apos;s publications meet the grant&apos;s requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleSettingsForm</name>
    <message>
        <source>This style has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections with headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal acts of equal force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type «Текст : …»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«[Электронный ресурс]» after the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four or more authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviations (под ред., М., дис.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN of books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash between areas «. – »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-break spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of headings and list words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by date of adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all 4; 5 or more: 3 [и др.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first [и др.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all names</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Latin script first (APA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal acts by legal force (Constitution, treaties, codes, laws, decrees, resolutions), then literature, foreign-language sources and electronic resources. Only when the list is sorted as the style sorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a plain full stop between areas, as GOST R 7.0.5 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian typography: no line starts with a dash, and «№» or «С.» never ends a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«– Текст : непосредственный» or «– Текст : электронный» (GOST R 7.0.100); many Kazakh journals drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«под ред.», «М.», «дис. … канд.» instead of the full words (GOST 7.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the ISBN of books</source>
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
    <name>TranslitSchemes</name>
    <message>
        <source>BSI (References lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BGN/PCGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOST 7.79-2000, system B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library of Congress (ALA-LC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh Latin alphabet (2021)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypeChooser</name>
    <message>
        <source>Add a reference by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of source. The form then shows the fields this kind of source has; the type can still be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the source</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Other or not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laws and court decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %n reference(s) to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %n reference(s) from the trash</source>
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
