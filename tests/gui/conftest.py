"""Fixtures for the window's tests: a real library with Russian, Kazakh and English references
(typed-in records and real Crossref records from shared/fixtures), collections, tags, notes; the
main window on it with its own settings file; the interface in English unless a test switches."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from core.crossref_mapping import message_of, work_to_reference  # noqa: E402
from core.dates import PartialDate  # noqa: E402
from core.model import Creator, Reference  # noqa: E402
from core.settings import Settings  # noqa: E402
from db import attachments, collections, notes, tags  # noqa: E402
from db.library import Library  # noqa: E402

SHARED = Path(__file__).resolve().parents[3] / "shared"
CROSSREF = SHARED / "fixtures" / "crossref"


def person(family: str, given: str, role: str = "author") -> Creator:
    return Creator(role=role, family=family, given=given)


# Typed-in records: what the team enters by hand (laws, Kazakh and Russian articles, a book).
TYPED: dict[str, Reference] = {
    "kz_article": Reference(
        type="article-journal", title="Қазақстандағы көші-қон саясатының құқықтық негіздері",
        creators=[person("Әбілқасымова", "Жанар Серікқызы"), person("Нұрланұлы", "Ұлан")],
        container_title="Қазақстан Республикасы Ұлттық ғылым академиясының хабарлары",
        issued=PartialDate(2023), volume="6", page="112-124", language="kk",
        doi="10.32014/2023.2518-1467.612", keywords=["көші-қон", "құқық"]),
    "kz_refugees": Reference(
        type="article-journal", title="Ұлттық заңнамадағы босқындар мәртебесі",
        creators=[person("Құдайбергенова", "Айгүл")], container_title="Хабаршы. Заң сериясы",
        issued=PartialDate(2021), language="kk"),
    "ru_book": Reference(
        type="book", title="Миграционное право Республики Казахстан",
        creators=[person("Абаев", "Марат Ерланович"), person("Ёлкин", "Пётр Ильич")],
        publisher="Юрист", publisher_place="Алматы", issued=PartialDate(2019), language="ru",
        isbn=["978-601-7280-01-7"]),
    "ru_law": Reference(
        type="legislation", title="О миграции населения",
        creators=[Creator(role="author", literal="Парламент Республики Казахстан")],
        number="477-IV", adopted=PartialDate(2011, 7, 22), issued=PartialDate(2011, 7, 22),
        authority="Парламент Республики Казахстан",
        gazette_title="Ведомости Парламента Республики Казахстан", gazette_year="2011",
        gazette_number="16", gazette_article="128", language="ru"),
    "ru_article": Reference(
        type="article-journal", title="Трудовая миграция в Центральной Азии: ёмкость рынков",
        creators=[person("Ясауи", "Ахмет")], container_title="Журнал российского права",
        issued=PartialDate(2020, 3), language="ru", doi="10.12737/jrl.2020.033"),
    "en_article": Reference(
        type="article-journal", title="Labour migration and the law in Kazakhstan",
        creators=[person("Smith", "John"), person("Talipova", "Zhanna")],
        container_title="Central Asian Survey", issued=PartialDate(2022), language="en",
        doi="10.1080/02634937.2022.2040001"),
}


def crossref_references() -> list[Reference]:
    """Real Crossref works (shared/fixtures/crossref/items) mapped as add-by-DOI maps them."""
    refs = []
    for path in sorted((CROSSREF / "items").glob("item_*.json")):
        refs.append(work_to_reference(message_of(json.loads(path.read_text(encoding="utf-8")))))
    return refs


def corrected_reference() -> Reference:
    """A real PLOS ONE record that Crossref lists a correction for."""
    body = json.loads((CROSSREF / "works_10.1371_journal.pone.0033693.json")
                      .read_text(encoding="utf-8"))
    return work_to_reference(message_of(body))


def fill_library(library: Library) -> dict[str, Any]:
    """The typed-in records, the Crossref items, a collection tree, tags, a note and an
    attachment. Returns ids by name (and `crossref`: the ids of the Crossref items)."""
    ids: dict[str, Any] = {}
    for name, ref in TYPED.items():
        ids[name] = library.add(ref.copy())
    ids["crossref"] = library.add_many(crossref_references())
    with library.transaction() as s:
        mono = collections.create(s, "Монография")
        chapter = collections.create(s, "Глава 1. Көші-қон", mono)
        section = collections.create(s, "§ 1.1", chapter)
        collections.add_references(s, mono, [ids["ru_book"]])
        collections.add_references(s, section, [ids["kz_article"], ids["ru_law"]])
        tags.tag(s, [ids["kz_article"], ids["en_article"]], "Грант")
        notes.add(s, ids["ru_law"], "Редакция от 01.01.2024; см. ст. 15.")
        scan = library.path.parent / "Заңдар" / "О миграции населения.pdf"
        scan.parent.mkdir(exist_ok=True)
        scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
        attachments.add(s, ids["ru_law"], scan, library.path.parent, title="Текст закона")
        ids.update(monograph=mono, chapter=chapter, section=section)
    return ids


@pytest.fixture(autouse=True)
def english_interface(qapp: Any) -> Iterator[None]:
    """Tests read the English source strings unless they switch the language themselves."""
    from gui import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def no_file_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that reaches a static file dialog would wait for a person forever: it fails
    instead (a test that means to choose files replaces the dialog with its answer)."""
    from PySide6.QtWidgets import QFileDialog

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a file dialog was opened; replace it in the test")

    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                 "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse)


@pytest.fixture
def prefs(tmp_path: Path) -> Any:
    from gui.preferences import Preferences

    return Preferences(tmp_path / "config" / "silteme.ini")


@pytest.fixture
def filled(library: Library) -> dict[str, Any]:
    return fill_library(library)


@pytest.fixture
def make_window(qtbot: Any, prefs: Any) -> Iterator[Callable[..., Any]]:
    """`make_window(library)`: the real main window, shown and active."""

    from gui.main_window import MainWindow

    made: list[MainWindow] = []

    def make(library: Library, settings: Settings | None = None,
             preferences: Any = None) -> MainWindow:
        window = MainWindow(library, settings or Settings(db_path=library.path),
                            preferences or prefs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        # shortcuts work in the active window only
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def window(make_window: Callable[..., Any], library: Library, filled: dict[str, Any]) -> Any:
    return make_window(library)


def type_text(widget: Any, text: str) -> None:
    """Type text into a widget as key presses carrying the characters. QTest's keyClicks only
    knows ASCII; Kazakh and Russian letters arrive like this from a real keyboard layout."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        upper = ch.upper()
        key = ord(upper) if len(upper) == 1 else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def titles(window: Any) -> list[str]:
    """The titles the table shows, top to bottom."""
    model = window.model
    return [model.row(r)["title"] for r in range(model.rowCount())]


def ids_shown(window: Any) -> list[int]:
    model = window.model
    return [model.id_at(r) for r in range(model.rowCount())]


def wait_idle(qtbot: Any, window: Any, timeout: int = 10_000) -> None:
    """Until every background task of the window has finished and its result arrived."""
    qtbot.waitUntil(lambda: not window.tasks.active(), timeout=timeout)
