"""The Find DOI dialog against the local Crossref replay server: scored candidates, nothing
attached until the user picks one and clicks Attach, a DOI another reference has is refused,
failures give their reason, and attaching can go on to a refresh."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from core.model import Creator, Reference  # noqa: E402
from gui.find_doi_dialog import FindDoiDialog  # noqa: E402
from tests.support import doi_gui  # noqa: E402
from tests.support.paths import CROSSREF_FIXTURES  # noqa: E402

client, runner = doi_gui.client, doi_gui.runner  # fixtures

COMMUNICATING = "10.1093/obo/9780199830060-0238"
CHEMICAL = "10.1093/obo/9780199830060-0023"


@pytest.fixture
def ref_id(library) -> int:
    return library.add(Reference(type="entry-encyclopedia", title="Communicating ecology",
                                 creators=[Creator(family="Smith", given="J.")],
                                 note="Oxford Bibliographies"))


def open_dialog(qtbot, library, client, runner, ref_id) -> FindDoiDialog:
    d = FindDoiDialog(library, client, ref_id, runner)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: not d.busy_now, timeout=10_000)
    return d


def click_row(qtbot, dialog: FindDoiDialog, row: int) -> None:
    rect = dialog.table.visualItemRect(dialog.table.item(row, dialog.table.TITLE))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_candidates_with_scores_and_nothing_attached_until_chosen(
        qtbot, library, client, runner, ref_id, crossref_server) -> None:
    d = open_dialog(qtbot, library, client, runner, ref_id)
    table = d.table
    assert table.rowCount() == 2
    assert [table.item(r, table.DOI).text() for r in range(2)] == [COMMUNICATING, CHEMICAL]
    assert table.item(0, table.TITLE).text() == "Communicating Ecology"
    assert table.item(0, table.YEAR).text() == "2022" and table.item(0, table.CONTAINER).text() == \
        "Ecology"
    assert table.item(1, table.AUTHORS).text() == "Kessler A."
    scores = [int(table.item(r, table.SCORE).text().rstrip(" %")) for r in range(2)]
    assert scores[0] > scores[1]
    assert "2 candidate(s)" in d.status_label.text()
    hit = crossref_server.state.hits[0]
    assert hit.path == "/works" and "Communicating ecology" in hit.query["query.bibliographic"][0]
    # Nothing is attached by searching, nor before a row is chosen.
    assert not d.attach_button.isEnabled()
    assert library.get(ref_id).doi is None

    changed: list[list[int]] = []
    d.library_changed.connect(changed.append)
    click_row(qtbot, d, 0)
    assert d.attach_button.isEnabled()
    assert d.status_label.text() == f"Attach {COMMUNICATING} to this reference?"
    d.refresh_check.setChecked(False)
    with qtbot.waitSignal(d.doi_attached, timeout=5000) as attached:
        qtbot.mouseClick(d.attach_button, Qt.MouseButton.LeftButton)
    assert attached.args == [ref_id, COMMUNICATING]
    assert library.get(ref_id).doi == COMMUNICATING
    assert library.get(ref_id).title == "Communicating ecology"   # only the DOI changed
    assert changed == [[ref_id]]
    assert d.refresh_dialog is None


def test_a_low_match_is_pointed_out(qtbot, library, client, runner, ref_id) -> None:
    d = open_dialog(qtbot, library, client, runner, ref_id)
    click_row(qtbot, d, 1)   # "Chemical Ecology" by Kessler, 2012
    assert d.status_label.text().startswith("Low match")


def test_a_doi_another_reference_has_is_refused(qtbot, library, client, runner,
                                                ref_id) -> None:
    other = library.add(Reference(title="Communicating Ecology (entry)", doi=COMMUNICATING))
    d = open_dialog(qtbot, library, client, runner, ref_id)
    click_row(qtbot, d, 0)
    qtbot.mouseClick(d.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.show_other_button.isVisible(), timeout=5000)
    assert f"already belongs to reference #{other}" in d.status_label.text()
    assert library.get(ref_id).doi is None
    with qtbot.waitSignal(d.reference_selected, timeout=1000) as selected:
        qtbot.mouseClick(d.show_other_button, Qt.MouseButton.LeftButton)
    assert selected.args == [other]


def test_search_failure_gives_the_reason_and_search_again_works(
        qtbot, library, client, runner, ref_id, crossref_server) -> None:
    crossref_server.state.add_fault("*", "500", "500", "500")
    d = open_dialog(qtbot, library, client, runner, ref_id)
    assert d.status_label.text() == "The search failed: server error (HTTP 500)"
    assert d.table.rowCount() == 0 and d.search_button.isEnabled()
    qtbot.mouseClick(d.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy_now and d.table.rowCount() == 2, timeout=10_000)


def test_a_reference_without_title_cannot_be_searched(qtbot, library, client, runner,
                                                      crossref_server) -> None:
    bare = library.add(Reference(type="book", publisher="Жеті жарғы"))
    d = open_dialog(qtbot, library, client, runner, bare)
    assert d.status_label.text() == "This reference has no title to search with."
    assert crossref_server.state.hits == []


def test_attach_then_refresh_shows_the_diff(qtbot, library, client, runner, ref_id,
                                            crossref_server) -> None:
    items = json.loads((CROSSREF_FIXTURES / "works_query_ecology_rows2.json").read_text(
        encoding="utf-8"))["message"]["items"]
    crossref_server.state.synthetic[COMMUNICATING] = items[0]
    d = open_dialog(qtbot, library, client, runner, ref_id)
    changed: list[list[int]] = []
    d.library_changed.connect(changed.append)
    click_row(qtbot, d, 0)
    assert d.refresh_check.isChecked()
    qtbot.mouseClick(d.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.refresh_dialog is not None, timeout=5000)
    refresh = d.refresh_dialog
    qtbot.waitUntil(lambda: refresh.plan is not None and refresh.retry_button.isEnabled(),
                    timeout=10_000)
    keys = {c.key: c for c in refresh.plan.changes}
    # The hand-typed title differs only in case: the user's (no earlier fetch), not ticked;
    # the empty container is filled: ticked.
    assert "title" in keys and "title" not in refresh.ticked_keys()
    assert "container-title" in refresh.ticked_keys()
    qtbot.mouseClick(refresh.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not refresh.isVisible(), timeout=5000)
    ref = library.get(ref_id)
    assert ref.container_title == "Ecology" and ref.title == "Communicating ecology"
    assert changed == [[ref_id], [ref_id]]
