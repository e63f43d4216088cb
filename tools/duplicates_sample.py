"""A realistic library with duplicates, for the duplicates view's screenshot and tests: a real
BibLaTeX file with re-typed entries (../shared/fixtures/bibtex/biblatex-gost-examples_russian.bib,
imported as a user imports it), a Russian article and the copy of it a Scopus export brings
(title transliterated by the Library of Congress scheme, names romanised, an English translation
of the title, a DOI, en dash in the pages), a Kazakh article and its copy romanised in the Kazakh
Latin alphabet, and two works with the same title, authors and year but different DOIs (a
preprint and its article: never duplicates). Notes, tags, an attachment and collections sit on
both sides of the pair, as in a real library."""

from __future__ import annotations

from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BIBTEX = REPO.parent / "shared" / "fixtures" / "bibtex"
RETYPED_BIB = BIBTEX / "biblatex-gost-examples_russian.bib"

RU_TITLE = "Правовое регулирование трудовой миграции в Республике Казахстан"
RU_CONTAINER = "Вестник Евразийского национального университета. Серия: Право"
KK_TITLE = "Көші-қон саласындағы құқық бұзушылықтардың алдын алу"


def _person(family: str, given: str) -> Any:
    from core.model import Creator

    return Creator(family=family, given=given)


def russian_pair() -> tuple[Any, Any]:
    """(the Russian original as typed in, its copy from a Scopus export)."""
    from core.dates import PartialDate
    from core.model import Issn, Reference
    from core.translit import transliterate

    original = Reference(
        type="article-journal", title=RU_TITLE,
        creators=[_person("Хамзин", "Алибек Шарипович"), _person("Бурибаев", "Ержан Амирханович")],
        container_title=RU_CONTAINER, volume="3", issue="132", page="45-58",
        issued=PartialDate(2020), language="ru", issn=[Issn("2616-6844", "print")],
        keywords=["трудовая миграция", "трудовое право"])
    copy = Reference(
        type="article-journal", title=transliterate(RU_TITLE, "lc"),
        title_translated="Legal regulation of labour migration in the Republic of Kazakhstan",
        creators=[_person("Khamzin", "A. Sh."), _person("Buribayev", "Ye. A.")],
        container_title=transliterate(RU_CONTAINER, "lc"), volume="3", issue="132",
        page="45–58", issued=PartialDate(2020, 9), language="ru",
        issn=[Issn("2616-6844", "print"), Issn("2663-1318", "electronic")],
        doi="10.32523/2616-6844-2020-132-3-45-58",
        keywords=["labour migration", "Kazakhstan"],
        abstract="The article examines how the law of the Republic of Kazakhstan regulates the "
                 "work of foreign labour migrants: permits, quotas and the duties of employers.")
    return original, copy


def kazakh_pair() -> tuple[Any, Any]:
    from core.dates import PartialDate
    from core.model import Reference
    from core.translit import transliterate

    original = Reference(
        type="article-journal", title=KK_TITLE,
        creators=[_person("Әбілқасымова", "Әлия Сейтқалиқызы")],
        container_title="ҚазҰУ Хабаршысы. Заң сериясы", volume="105", issue="1",
        page="34-45", issued=PartialDate(2023), language="kk")
    copy = Reference(
        type="article-journal", title=transliterate(KK_TITLE, "kazakh-latin-2021"),
        creators=[_person("Äbılqasymova", "Ä. S.")],
        container_title="QazŪU Habarşysy. Zañ seriiasy", volume="105", issue="1",
        page="34-45", issued=PartialDate(2023), language="kk")
    return original, copy


def doi_twins() -> tuple[Any, Any]:
    """A preprint and its article: same title, authors, year; different DOIs."""
    from core.dates import PartialDate
    from core.model import Reference

    def work(doi: str, kind: str, container: str) -> Reference:
        return Reference(type=kind, title="Return migration and remittances in Central Asia",
                         creators=[_person("Sadovskaya", "Elena"), _person("Ryazantsev", "S.")],
                         container_title=container, issued=PartialDate(2021), doi=doi)

    return (work("10.31235/osf.io/4kqz7", "article", "SocArXiv"),
            work("10.1080/02634937.2021.1928043", "article-journal", "Central Asian Survey"))


def fill(lib: Any, folder: Path) -> dict[str, Any]:
    """Fill a library: returns the ids by name (`ru`, `ru_copy`, `kk`, `kk_copy`, `preprint`,
    `article`) and `imported` (the ImportSummary of the .bib file)."""
    from db import attachments, collections, notes, tags
    from db.importer import import_file

    ids: dict[str, Any] = {"imported": import_file(lib, RETYPED_BIB)}
    ru, ru_copy = russian_pair()
    kk, kk_copy = kazakh_pair()
    preprint, article = doi_twins()
    ids["ru"], ids["kk"], ids["preprint"], ids["article"] = lib.add_many(
        [ru, kk, preprint, article])
    # The copies arrive later (a colleague's Scopus export).
    ids["ru_copy"], ids["kk_copy"] = lib.add_many([ru_copy, kk_copy])
    pdf = folder / "Khamzin 2020 Legal regulation of labour migration.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
    with lib.transaction() as s:
        monograph = collections.create(s, "Монография")
        chapter = collections.create(s, "Глава 2. Трудовая миграция", monograph)
        collections.add_references(s, monograph, [ids["ru"]])
        collections.add_references(s, chapter, [ids["ru_copy"]])
        tags.tag(s, [ids["ru"]], "Грант")
        tags.tag(s, [ids["ru_copy"]], "Scopus")
        notes.add(s, ids["ru_copy"], "Scopus: цитируется в главе 2, с. 48 — квоты.")
        attachments.add(s, ids["ru_copy"], pdf, attachments.base_dir(lib),
                        title="Полный текст")
        ids.update(monograph=monograph, chapter=chapter, pdf=pdf)
    return ids
