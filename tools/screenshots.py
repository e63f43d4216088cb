"""Render every screenshot the README shows, offscreen, from the real widgets on real libraries:

    docs/screenshots/main-window.png           Russian interface, a Kazakh article selected
    docs/screenshots/main-window-kk.png        Kazakh interface, a corrected article selected
    docs/screenshots/main-window-editing.png   the reference editor docked beside the table
    docs/screenshots/bibliography-builder.png  (tools/screenshots_bibliography.py)
    docs/screenshots/journal-page.png          (tools/screenshots_journal.py)

The library is built fresh in a temporary folder: the real Crossref records of
shared/fixtures/crossref (as add-by-DOI maps them), the real SCImago 2002 sample as the journal
registry, and typed-in records as the team enters them (the laws are real acts; the articles,
court decision and monograph are demonstration records, not real publications).

Run: python tools/screenshots.py [--out docs/screenshots]"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

from PySide6.QtCore import QSize, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.crossref_mapping import message_of, work_to_reference  # noqa: E402
from core.dates import PartialDate  # noqa: E402
from core.journals.importers import scimago  # noqa: E402
from core.model import Creator, Issn, Reference  # noqa: E402
from core.settings import Settings  # noqa: E402
from db import attachments, collections, notes, tags  # noqa: E402
from db import journals as journals_repo  # noqa: E402
from db.library import Library  # noqa: E402

SIZE = QSize(1280, 800)


def person(family: str, given: str, role: str = "author") -> Creator:
    return Creator(role=role, family=family, given=given)


def org(name: str) -> Creator:
    return Creator(role="author", literal=name)


def typed_records() -> dict[str, Reference]:
    parliament = "Парламент Республики Казахстан"
    return {
        "law_migration": Reference(
            type="legislation", title="О миграции населения", creators=[org(parliament)],
            number="477-IV", adopted=PartialDate(2011, 7, 22), issued=PartialDate(2011, 7, 22),
            version_date=PartialDate(2024, 1, 1), authority=parliament, jurisdiction="KZ",
            gazette_title="Ведомости Парламента Республики Казахстан", gazette_year="2011",
            gazette_number="16", gazette_article="128", language="ru"),
        "law_refugees": Reference(
            type="legislation", title="О беженцах", creators=[org(parliament)], number="216-IV",
            adopted=PartialDate(2009, 12, 4), issued=PartialDate(2009, 12, 4), authority=parliament,
            language="ru"),
        "law_foreigners": Reference(
            type="legislation", title="Шетелдіктердің құқықтық жағдайы туралы",
            creators=[org("Қазақстан Республикасының Парламенті")], number="2337",
            adopted=PartialDate(1995, 6, 19), issued=PartialDate(1995, 6, 19), language="kk"),
        "convention": Reference(
            type="treaty", title="Конвенция о статусе беженцев", creators=[org("ООН")],
            issued=PartialDate(1951, 7, 28), publisher_place="Женева", language="ru"),
        "court": Reference(
            type="legal_case", title="Постановление по делу о выдворении иностранного гражданина",
            authority="Верховный суд Республики Казахстан", case_number="3п-1234-23",
            issued=PartialDate(2023, 5, 16), language="ru"),
        "kz_article": Reference(
            type="article-journal",
            title="Қазақстандағы еңбек көші-қонын құқықтық реттеудің өзекті мәселелері",
            title_translit="Qazaqstandagy enbek koshi-qonyn quqyqtyq retteudin ozekti maseleleri",
            title_translated="Topical issues of the legal regulation of labour migration in "
                             "Kazakhstan",
            creators=[person("Әбілқасымова", "Жанар Серікқызы"), person("Нұрланұлы", "Ұлан"),
                      person("Сәрсенбаев", "Мұрат")],
            container_title="ҚазҰУ хабаршысы. Заң сериясы", volume="105", issue="1",
            page="45-57", issued=PartialDate(2023, 3), language="kk",
            issn=[Issn("1563-0366", "print")], keywords=["көші-қон", "еңбек", "заңнама"],
            abstract="Мақалада Қазақстан Республикасындағы еңбек көші-қонын реттейтін "
                     "заңнаманың қазіргі жағдайы мен оны жетілдіру жолдары қарастырылады."),
        "kz_refugees": Reference(
            type="article-journal", title="Ұлттық заңнамадағы босқындар мәртебесі",
            creators=[person("Құдайбергенова", "Айгүл")],
            container_title="Хабаршы. Құқық сериясы", issued=PartialDate(2024), language="kk"),
        "ru_labour": Reference(
            type="article-journal",
            title="Трудовая миграция в Центральной Азии: правовые механизмы и ёмкость рынков",
            creators=[person("Ясауи", "Ахмет"), person("Ёлкина", "Анна Петровна")],
            container_title="Журнал российского права", volume="28", issue="3",
            page="112-126", issued=PartialDate(2024, 3), language="ru"),
        "ru_illegal": Reference(
            type="article-journal",
            title="Незаконная миграция: уголовно-правовые и административные меры",
            creators=[person("Абаев", "Марат Ерланович")],
            container_title="Вестник Института законодательства и правовой информации РК",
            issued=PartialDate(2022), language="ru"),
        "monograph": Reference(
            type="book",
            title="Миграционное право Республики Казахстан: теория и практика",
            creators=[person("Абаев", "Марат Ерланович"), person("Әбілқасымова", "Жанар"),
                      person("Ясауи", "Ахмет")],
            publisher="Қазақ университеті", publisher_place="Алматы",
            issued=PartialDate(2025), number_of_pages="312", language="ru",
            isbn=["978-601-7280-01-7"]),
        "en_article": Reference(
            type="article-journal",
            title="Labour migration governance in Kazakhstan after 2011",
            creators=[person("Talipova", "Zhanna"), person("Smith", "John")],
            container_title="Central Asian Survey", issued=PartialDate(2024), language="en"),
        # Demonstration records in journals of the real SCImago 2002 sample (quartile column).
        "scimago_1": Reference(
            type="article-journal", title="Migrants before the courts: a socio-legal study",
            creators=[person("Miller", "Anne")], container_title="Law and Society Review",
            issn=[Issn("0023-9216")], issued=PartialDate(2002), language="en"),
        "scimago_2": Reference(
            type="article-journal", title="Asylum law and the state",
            creators=[person("Brown", "David")], container_title="Social and Legal Studies",
            issn=[Issn("0964-6639")], issued=PartialDate(2002), language="en"),
    }


def build_library(path: Path) -> dict[str, int]:
    library = Library.open(path)
    ids: dict[str, int] = {}
    with library.transaction() as s:
        journals_repo.import_dataset(s, scimago.parse(
            SHARED / "fixtures" / "scimago" / "scimagojr_journal_2002_sample.csv", year=2002))
    crossref = SHARED / "fixtures" / "crossref"
    works = [work_to_reference(message_of(json.loads(p.read_text(encoding="utf-8"))))
             for p in sorted((crossref / "items").glob("item_*.json"))]
    works.append(work_to_reference(message_of(json.loads(
        (crossref / "works_10.1371_journal.pone.0033693.json").read_text(encoding="utf-8")))))
    crossref_ids = library.add_many(works)
    ids["corrected"] = crossref_ids[-1]
    for name, ref in typed_records().items():
        ids[name] = library.add(ref)
    with library.transaction() as s:
        mono = collections.create(s, "Монография 2026")
        ch1 = collections.create(s, "Глава 1. Миграционное законодательство", mono)
        sec = collections.create(s, "§ 1.2 Трудовая миграция", ch1)
        ch2 = collections.create(s, "Глава 2. Судебная практика", mono)
        grant = collections.create(s, "Грант AP19679012")
        collections.add_references(s, ch1, [ids["law_migration"], ids["law_refugees"],
                                            ids["law_foreigners"], ids["convention"]])
        collections.add_references(s, sec, [ids["kz_article"], ids["ru_labour"],
                                            ids["en_article"]])
        collections.add_references(s, ch2, [ids["court"]])
        collections.add_references(s, grant, [ids["kz_article"], ids["monograph"]])
        tags.tag(s, [ids["kz_article"], ids["ru_labour"], ids["monograph"]], "грант")
        tags.tag(s, [ids["kz_article"], ids["kz_refugees"]], "көші-қон")
        tags.tag(s, [ids["en_article"], ids["scimago_1"]], "Scopus")
        tags.tag(s, [ids["corrected"]], "прочитать")
        notes.add(s, ids["kz_article"], "Дереккөз: 2023 жылғы сауалнама деректері. "
                                        "Монографияның 1.2-бөлімінде пайдалану.")
        notes.add(s, ids["law_migration"], "Редакция от 01.01.2024; ст. 15 — квоты.")
        pdf = path.parent / "Мақалалар" / "Әбілқасымова 2023.pdf"
        pdf.parent.mkdir(exist_ok=True)
        pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")  # a stand-in file: the pane shows the link
        attachments.add(s, ids["kz_article"], pdf, path.parent)
        journals_repo.add_team_publications(s, [ids["kz_article"], ids["ru_labour"],
                                                ids["ru_illegal"], ids["monograph"]])
    library.delete(ids["scimago_2"])  # one reference in the trash
    library.close()
    return ids


def settle(app: QApplication, window: object) -> None:
    """Let the background work of the first paint finish (badges of the rows shown)."""
    model = window.model  # type: ignore[attr-defined]
    deadline = time.monotonic() + 20
    quiet = 0
    while time.monotonic() < deadline and quiet < 10:
        app.processEvents()
        time.sleep(0.02)
        quiet = 0 if model.badges_pending() else quiet + 1
    app.processEvents()


def render(path: Path, prefs_path: Path, language: str, select: int, out: Path, *,
           edit: bool = False) -> None:
    from gui import i18n
    from gui.main_window import MainWindow
    from gui.preferences import Preferences

    i18n.set_language(language)
    library = Library.open(path, daily_backup=False)
    window = MainWindow(library, Settings(db_path=path, ui_language=language),
                        Preferences(prefs_path))
    window.resize(SIZE)
    window.show()
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    window.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # year, newest first
    window.table.select_ids([select])
    settle(app, window)
    window.table.scrollTo(window.model.index(window.model.rows_of([select])[select], 0))
    if edit:
        window.open_editor(select)  # the docked editor, widened for its form
    settle(app, window)
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    window.close()
    library.close()
    print(f"wrote {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.sqlite"
        ids = build_library(path)
        render(path, Path(tmp) / "ru.ini", "ru", ids["kz_article"], args.out / "main-window.png")
        render(path, Path(tmp) / "kk.ini", "kk", ids["corrected"],
               args.out / "main-window-kk.png")
        render(path, Path(tmp) / "edit.ini", "ru", ids["law_migration"],
               args.out / "main-window-editing.png", edit=True)
    from gui import i18n
    from tools import screenshots_bibliography, screenshots_journal

    i18n.set_language("en")  # the builder and the journal page are shown in English
    print(f"wrote {screenshots_bibliography.render(args.out / 'bibliography-builder.png')}")
    print(f"wrote {screenshots_journal.render(args.out / 'journal-page.png')}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
