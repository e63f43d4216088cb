"""The grant progress view for a library with team publications: targets against what is
achieved, which work fills which slot, what could count once data is known, what is missing; the
grant report exported off the GUI thread."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from core.dates import PartialDate  # noqa: E402
from core.journals.model import Journal, ListMembership  # noqa: E402
from core.journals.rules import Result  # noqa: E402
from core.journals.templates import (  # noqa: E402
    citescore_row,
    write_citescore_xlsx,
    write_koksnvo_template,
    write_wos_csv,
)
from core.model import Creator, Issn, Reference  # noqa: E402
from db import journals as repo  # noqa: E402
from db.library import Library  # noqa: E402
from gui.grant_progress import GrantProgressView  # noqa: E402
from gui.tasks import TaskRunner  # noqa: E402
from tests.support.journal_gui import OFFSCREEN_SIZE_HINTS, import_file  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


@pytest.fixture()
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "library.sqlite")
    import_file(library, "scopus-citescore", write_citescore_xlsx(
        tmp_path / "CiteScore 2022.xlsx", {2022: [
            citescore_row(21100199112, "Migration Letters", 3317, "Demography", 65, 40, 112, 2,
                          "1741-8984", "17418992"),
            citescore_row(21100199112, "Migration Letters", 3308, "Law", 20, 600, 750, 4,
                          "1741-8984", "17418992")]}))
    import_file(library, "wos", write_wos_csv(
        tmp_path / "wos-core_SSCI 2023-February-22.csv",
        [["MIGRATION LETTERS", "1741-8984", "1741-8992", "TPL", "", "English", "Demography"]]))
    import_file(library, "koksnvo", write_koksnvo_template(tmp_path / "koksnvo.csv", [
        ["Вестник Торайгыров университета. Серия Юридическая", "2710-3994", "", "", "2",
         "Право", "52", "28.01.2021", "2021-01-28", ""]]))
    yield library
    library.close()


def _team(lib: Library) -> list[int]:
    authors = [Creator.parse("Khamzin, A."), Creator.parse("Khamzina, Z.")]
    ids = lib.add_many([
        Reference(type="article-journal", title="Perspectives on Labor Migration",
                  creators=authors, container_title="Migration Letters",
                  issued=PartialDate(2023, 8), issn=[Issn("1741-8992")],
                  doi="10.47059/ml.v20i5.2891"),
        Reference(type="article-journal", title="Protection of personal data of children",
                  creators=authors[:1], container_title="Вестник Торайгыров университета",
                  issued=PartialDate(2023), issn=[Issn("2710-3994")]),
        Reference(type="article-journal", title="Миграционное право Казахстана",
                  creators=authors, container_title="Хабаршы", issued=PartialDate(2024)),
    ])
    with lib.transaction() as s:
        repo.add_team_publications(s, ids)
    return ids


@pytest.fixture()
def runner(qtbot, lib: Library) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    r = TaskRunner()
    yield r
    r.wait(20000)


@pytest.fixture()
def view(qtbot, lib: Library, runner: TaskRunner) -> GrantProgressView:  # type: ignore[no-untyped-def]
    widget = GrantProgressView(lib, runner)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _reload(qtbot, view: GrantProgressView) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.reload()


def test_achieved_and_missing(qtbot, view: GrantProgressView, lib: Library) -> None:  # type: ignore[no-untyped-def]
    ids = _team(lib)
    _reload(qtbot, view)
    assert view.headline.text() == ("2 of 4 results achieved; still missing: koksnvo 1, "
                                    "monograph 1.")
    cards = view.cards
    assert list(cards) == ["international", "koksnvo", "monograph"]
    intl, koksnvo, monograph = cards["international"], cards["koksnvo"], cards["monograph"]
    assert intl.title().startswith("international: Статья в журнале WoS SSCI/AHCI")
    assert (intl.figures, koksnvo.figures, monograph.figures) == ((1, 1, 0), (2, 1, 1),
                                                                   (1, 0, 1))
    assert intl.figures_label.text() == "1 of 1 achieved" and intl.missing_label.text() == \
        "complete"
    assert koksnvo.missing_label.text() == "still missing: 1"
    ((result, work, evidence),) = intl.entries
    assert result is Result.ELIGIBLE
    assert work == "fills a slot: Perspectives on Labor Migration (2023) — Migration Letters"
    assert "in WoS SSCI" in evidence
    assert [(r, w.split(" (")[0]) for r, w, _ in koksnvo.entries] == [
        (Result.ELIGIBLE, "fills a slot: Protection of personal data of children"),
        # Its journal is not in the registry yet: unknown, so it could count once known.
        (Result.UNKNOWN, "could count once the data is known: Миграционное право Казахстана")]
    assert "Вестник Торайгыров университета. Серия Юридическая" in koksnvo.entries[0][1]
    assert koksnvo.entries[1][2] == "journal not matched: 'Хабаршы' not in the registry"
    assert monograph.entries == [] and monograph.missing_label.text() == "still missing: 1"
    # One line per publication with its verdict on each requirement and the slot it fills.
    works = [[view.works.topLevelItem(r).text(c) for c in range(view.works.columnCount())]
             for r in range(view.works.topLevelItemCount())]
    assert [view.works.headerItem().text(c) for c in range(view.works.columnCount())] == [
        "Team publication", "Journal", "Fills", "international", "koksnvo", "monograph"]
    # Migration Letters is not on the imported ministry list (and a 2023 article predates the
    # 2024 order that put indexed journals on List 1).
    assert works[0][2:] == ["international", "eligible", "not eligible", "not eligible"]
    assert works[1][2:] == ["koksnvo", "unknown", "eligible", "not eligible"]
    assert works[2][2:] == ["—", "unknown", "unknown", "not eligible"]
    assert view.export_button.isEnabled()

    # The user types the journal in with its list level: the article now matches it by title
    # only, which the rules do not trust until the user confirms the link.
    with lib.transaction() as s:
        khabarshy = repo.save_journal(s, Journal("Хабаршы"))
        repo.set_list(s, khabarshy, ListMembership("3", dataset="typed by tester"))
    _reload(qtbot, view)
    assert view.headline.text() == ("2 of 4 results achieved; still missing: koksnvo 1, "
                                    "monograph 1.")
    third = view.works.topLevelItem(2)
    assert "matched by title only" in third.text(1) and "confirm the link" in third.text(1)
    with lib.transaction() as s:
        repo.link_reference(s, ids[2], khabarshy)
    _reload(qtbot, view)
    assert view.headline.text() == "3 of 4 results achieved; still missing: monograph 1."
    assert view.works.topLevelItem(2).text(1) == "Хабаршы"


def test_no_team_publications(qtbot, view: GrantProgressView) -> None:  # type: ignore[no-untyped-def]
    _reload(qtbot, view)
    assert view.headline.text().startswith("No team publications yet")
    assert not view.export_button.isEnabled()
    assert view.rule_combo.currentData() == "team-grant"


def test_export_the_grant_report(qtbot, view: GrantProgressView, lib: Library,  # type: ignore[no-untyped-def]
                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _team(lib)
    _reload(qtbot, view)
    target = tmp_path / "отчёт по гранту"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "Web page (*.html)")))
    with qtbot.waitSignal(view.exported, timeout=20000) as blocker:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    written = Path(blocker.args[0])
    assert written.name == "отчёт по гранту.html"        # the chosen type's extension added
    html = written.read_text(encoding="utf-8")
    assert "Процентиль – 65. Q2." in html and "(Scopus, Web of Science SSCI)" in html
    assert 'href="https://doi.org/10.47059/ml.v20i5.2891"' in html
    assert "(КОКСНВО)" in html
    assert view.status.text() == f"3 publications written to {written}"
    docx = tmp_path / "report.docx"
    view.style_combo.setCurrentIndex(view.style_combo.findData("gost-r-7.0.100"))
    with qtbot.waitSignal(view.exported, timeout=20000):
        view.export_report(docx)
    with zipfile.ZipFile(docx) as zf:
        body = zf.read("word/document.xml").decode("utf-8")
    assert "Perspectives on Labor Migration" in body and "Процентиль – 65. Q2." in body
