"""The Refresh from Crossref dialog: the field-by-field diff with a tick per field, the user's
edits unticked, Apply writing exactly the ticked fields in one transaction (or nothing when the
reference changed meanwhile)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from core.crossref import BatchItem  # noqa: E402
from core.model import Reference  # noqa: E402
from db import crossref_cache  # noqa: E402
from db import crossref_import as ci  # noqa: E402
from gui.refresh_dialog import RefreshDialog, format_value  # noqa: E402
from tests.support import doi_gui  # noqa: E402
from tests.support.doi_gui import CYRILLIC, SREP  # noqa: E402
from tests.support.paths import CROSSREF_FIXTURES  # noqa: E402

client, runner = doi_gui.client, doi_gui.runner  # fixtures


def srep_work() -> dict:
    return json.loads((CROSSREF_FIXTURES / "works_10.1038_srep16696.json").read_text(
        encoding="utf-8"))["message"]


@pytest.fixture
def stored(library, client) -> int:
    """SREP added from Crossref (so the cache knows what Crossref said), then the user set the
    volume by hand."""
    out = ci.record(library, BatchItem(SREP, client.fetch(SREP)), refresh=False,
                    overwrite_edited=False, pending=False)
    ref = library.get(out.ref_id)
    ref.volume = "55"
    library.update(ref)
    return out.ref_id


def open_dialog(qtbot, library, client, runner, ref_id: int) -> RefreshDialog:
    d = RefreshDialog(library, client, ref_id, runner)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.retry_button.isEnabled() or not d.reference.doi, timeout=10_000)
    return d


def row_of(d: RefreshDialog, key: str) -> int:
    for row in range(d.table.rowCount()):
        if d.table.item(row, d.FIELD).data(Qt.ItemDataRole.UserRole) == key:
            return row
    raise AssertionError(f"no row for {key}")


def toggle(qtbot, d: RefreshDialog, key: str) -> None:
    """Select the field's row and press Space, as a person ticks a box from the keyboard."""
    item = d.table.item(row_of(d, key), d.FIELD)
    qtbot.mouseClick(d.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=d.table.visualItemRect(item).center())
    qtbot.keyClick(d.table, Qt.Key.Key_Space)


def test_diff_unticks_the_users_edit_and_apply_writes_only_ticked_fields(
        qtbot, library, client, runner, stored, crossref_server) -> None:
    work = srep_work()
    work["title"] = ["Single-molecule FRET studies: a corrected title"]
    work["issue"] = "2"
    crossref_server.state.synthetic[SREP] = work
    before = library.get(stored)
    d = open_dialog(qtbot, library, client, runner, stored)
    plan = d.plan
    assert {c.key for c in plan.changes} == {"title", "issue", "volume"}
    volume = row_of(d, "volume")
    assert d.table.item(volume, d.FIELD).checkState() == Qt.CheckState.Unchecked
    assert d.table.item(volume, d.OLD).text() == "55"
    assert d.table.item(volume, d.NEW).text() == "5"
    assert d.table.item(volume, d.NOTE).text() == "edited by you"
    assert d.table.item(row_of(d, "title"), d.FIELD).text() == "Title"
    assert sorted(d.ticked_keys()) == ["issue", "title"]
    assert d.source_label.text().startswith("Metadata from Crossref, fetched ")
    # The user keeps the old issue too.
    toggle(qtbot, d, "issue")
    assert d.ticked_keys() == ["title"]
    assert d.apply_button.text() == "Apply 1 change(s)"
    with qtbot.waitSignal(d.library_changed, timeout=5000) as changed:
        qtbot.mouseClick(d.apply_button, Qt.MouseButton.LeftButton)
    assert changed.args == [[stored]]
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    after = library.get(stored)
    assert after.title == "Single-molecule FRET studies: a corrected title"
    assert after.volume == "55" and after.issue == before.issue
    assert (after.page, after.container_title, after.creators) == \
        (before.page, before.container_title, before.creators)
    with library.read() as s:  # the cache now holds what was fetched
        assert "a corrected title" in crossref_cache.get(s, SREP).body


def test_ticking_an_edited_field_overwrites_it(qtbot, library, client, runner, stored,
                                               crossref_server) -> None:
    d = open_dialog(qtbot, library, client, runner, stored)
    assert [c.key for c in d.plan.changes] == ["volume"] and d.ticked_keys() == []
    assert not d.apply_button.isEnabled()
    toggle(qtbot, d, "volume")
    assert d.ticked_keys() == ["volume"] and d.apply_button.isEnabled()
    qtbot.mouseClick(d.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    assert library.get(stored).volume == "5"


def test_a_field_changed_meanwhile_makes_apply_write_nothing(qtbot, library, client, runner,
                                                             stored, crossref_server) -> None:
    work = srep_work()
    work["title"] = ["A corrected title"]
    crossref_server.state.synthetic[SREP] = work
    d = open_dialog(qtbot, library, client, runner, stored)
    assert d.ticked_keys() == ["title"]
    ref = library.get(stored)           # another window edits the title meanwhile
    ref.title = "Отредактированное название"
    library.update(ref)
    qtbot.mouseClick(d.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed meanwhile" in d.status_label.text(), timeout=5000)
    assert d.isVisible()
    assert library.get(stored).title == "Отредактированное название"
    qtbot.mouseClick(d.retry_button, Qt.MouseButton.LeftButton)   # compare again
    qtbot.waitUntil(lambda: d.plan is not None and d.retry_button.isEnabled(), timeout=5000)
    title = row_of(d, "title")
    assert d.table.item(title, d.OLD).text() == "Отредактированное название"
    assert d.table.item(title, d.FIELD).checkState() == Qt.CheckState.Unchecked


def test_up_to_date(qtbot, library, client, runner, crossref_server) -> None:
    out = ci.record(library, BatchItem(CYRILLIC, client.fetch(CYRILLIC)), refresh=False,
                    overwrite_edited=False, pending=False)
    d = open_dialog(qtbot, library, client, runner, out.ref_id)
    assert d.status_label.text() == "Up to date: nothing differs from Crossref."
    assert d.table.rowCount() == 0 and not d.apply_button.isEnabled()


def test_fetch_failure_gives_the_reason_then_fetch_again(qtbot, library, client, runner,
                                                          stored, crossref_server) -> None:
    crossref_server.state.timeout_s = 0.8
    crossref_server.state.add_fault(SREP, "timeout", "timeout", "timeout")
    d = open_dialog(qtbot, library, client, runner, stored)
    assert d.status_label.text() == "Could not fetch: no answer in time (timeout)"
    assert d.plan is None and not d.apply_button.isEnabled()
    qtbot.mouseClick(d.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.plan is not None, timeout=10_000)
    assert [c.key for c in d.plan.changes] == ["volume"]


def test_without_an_earlier_fetch_only_empty_fields_start_ticked(qtbot, library, client, runner,
                                                                 crossref_server) -> None:
    ref_id = library.add(Reference(title="Математическое моделирование экструзии", doi=CYRILLIC,
                                   volume="49"))
    d = open_dialog(qtbot, library, client, runner, ref_id)
    assert not d.plan.had_previous
    ticked = set(d.ticked_keys())
    assert {"author", "container-title", "issued", "page"} <= ticked
    assert "title" not in ticked                       # typed by the user: kept by default
    note = d.table.item(row_of(d, "title"), d.NOTE).text()
    assert note == "yours (no earlier fetch to compare)"
    assert d.table.item(row_of(d, "author"), d.NOTE).text() == "fills an empty field"
    qtbot.mouseClick(d.none_button, Qt.MouseButton.LeftButton)
    assert d.ticked_keys() == [] and not d.apply_button.isEnabled()
    qtbot.mouseClick(d.all_button, Qt.MouseButton.LeftButton)
    assert len(d.ticked_keys()) == len(d.plan.changes)


def test_a_reference_without_doi_is_not_fetched(qtbot, library, client, runner,
                                                crossref_server) -> None:
    ref_id = library.add(Reference(title="Закон о миграции населения"))
    d = RefreshDialog(library, client, ref_id, runner)
    qtbot.addWidget(d)
    assert d.status_label.text() == "This reference has no DOI: use Find DOI first."
    assert crossref_server.state.hits == []


def test_values_are_readable() -> None:
    assert format_value([{"family": "Паршин", "given": "Д. А."}, {"literal": "ЮНЕСКО"}]) == \
        "Паршин, Д. А.; ЮНЕСКО"
    assert format_value({"date-parts": [[2015, 3, 1]]}) == "2015-03-01"
    assert format_value([{"value": "0040-3571", "type": "print"}]) == "0040-3571 (print)"
    assert format_value(None) == "—"
