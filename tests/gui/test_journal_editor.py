"""Typing a journal in by hand: ISSNs checked as they are typed, a save refused with the problem
shown (nothing written), a valid journal saved with a CiteScore value, a WoS index and a ministry
list entry, all with the provenance "typed by <user>"; editing keeps what the form does not show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from core.journals.templates import citescore_row, write_citescore_xlsx  # noqa: E402
from db import journals as repo  # noqa: E402
from db.journal_queries import journal_details  # noqa: E402
from db.library import Library  # noqa: E402
from gui.journal_editor import JournalEditor  # noqa: E402
from tests.support.journal_gui import OFFSCREEN_SIZE_HINTS, import_file, type_text  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)


@pytest.fixture()
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "library.sqlite")
    yield library
    library.close()


def _editor(qtbot, lib: Library, journal_id: int | None = None) -> JournalEditor:  # type: ignore[no-untyped-def]
    editor = JournalEditor(lib, journal_id=journal_id, user="aigerim")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _save(qtbot, editor: JournalEditor) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def _journal_count(lib: Library) -> int:
    with lib.read() as s:
        return int(s.execute(select(func.count(repo.JournalRow.id))).scalar() or 0)


def test_a_mistyped_issn_is_refused_with_the_problem_shown(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, lib)
    type_text(editor.title_edit, "Құқық және мемлекет")
    qtbot.keyClicks(editor.print_issn, "2307-5202")          # the check digit should be 1
    assert editor.print_issn_status.isVisible()
    assert editor.print_issn_status.text() == (
        "2307-5202: the check digit should be 1, not 2; look for a mistyped digit")
    qtbot.keyClicks(editor.e_issn, "2307-52")
    assert editor.e_issn_status.text() == ("2307-52: an ISSN has 8 characters (7 digits and a "
                                           "check character), this has 6")
    saved: list[int] = []
    editor.saved.connect(saved.append)
    _save(qtbot, editor)
    assert editor.isVisible() and saved == [] and _journal_count(lib) == 0
    assert editor.problems_label.isVisible()
    assert "2307-5202: the check digit should be 1" in editor.problems_label.text()
    assert "2307-52: an ISSN has 8 characters" in editor.problems_label.text()
    # Corrected as a person would: the problems go away as they type.
    editor.print_issn.clear()
    qtbot.keyClicks(editor.print_issn, "2307-5201")
    assert editor.print_issn_status.text() == "✓ 2307-5201"
    editor.e_issn.clear()
    assert editor.problems_label.text() == "" and not editor.problems_label.isVisible()


def test_a_valid_journal_is_saved_with_provenance(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, lib)
    type_text(editor.title_edit, "Құқық және мемлекет")
    type_text(editor.alt_titles_edit, "Право и государство\nLaw and State")
    qtbot.keyClicks(editor.print_issn, "ISSN 2307 5201")
    type_text(editor.publisher_edit, "КазГЮУ")
    qtbot.keyClicks(editor.country_edit, "Kazakhstan")
    editor.metric_group.setChecked(True)
    editor.metric_year.setValue(2023)
    qtbot.keyClicks(editor.subject_code, "3308x")              # the validator keeps digits
    assert editor.subject_code.text() == "3308"
    qtbot.keyClicks(editor.subject_name, "Law")
    editor.percentile.selectAll()
    qtbot.keyClicks(editor.percentile, "41")
    assert editor.quartile_label.text() == "Q3 (percentile 25–49)"
    editor.percentile.selectAll()
    qtbot.keyClicks(editor.percentile, "76")
    assert editor.quartile_label.text() == "Q1 (percentile 75–99)"
    editor.index_group.setChecked(True)
    editor.index_combo.setCurrentIndex(editor.index_combo.findData("ESCI"))
    editor.index_date.setDate(QDate(2024, 1, 15))
    editor.list_group.setChecked(True)
    editor.level_combo.setCurrentIndex(editor.level_combo.findData("2"))
    type_text(editor.directions_edit, "Право; Социология")
    qtbot.keyClicks(editor.order_no_edit, "V2500036221")
    editor.valid_from.check.setChecked(True)
    editor.valid_from.edit.setDate(QDate(2025, 6, 21))
    with qtbot.waitSignal(editor.saved) as blocker:
        _save(qtbot, editor)
    jid = blocker.args[0]
    assert not editor.isVisible()
    with lib.read() as s:
        details = journal_details(s, jid)
    j = details.profile.journal
    assert (j.title, j.issn_values, j.publisher, j.country, j.alt_titles) == (
        "Құқық және мемлекет", ["2307-5201"], "КазГЮУ", "Kazakhstan",
        ["Право и государство", "Law and State"])
    (m,) = details.profile.metrics
    assert (m.provider, m.year, m.subject_code, m.subject_name, m.percentile, m.quartile,
            m.status, m.citescore, m.rank, m.dataset) == (
        "manual", 2023, "3308", "Law", 76, 1, "complete", None, None, "typed by aigerim")
    (ix,) = details.profile.indexes
    assert (ix.index, ix.as_of, ix.dataset) == ("ESCI", dt.date(2024, 1, 15), "typed by aigerim")
    (ls,) = details.profile.lists
    assert (ls.level, ls.directions, ls.order_no, ls.valid_from, ls.valid_to, ls.dataset) == (
        "2", ["Право", "Социология"], "V2500036221", dt.date(2025, 6, 21), None,
        "typed by aigerim")
    # The rules read the typed value as they read an imported one.
    verdicts = {(v.rule_set, v.requirement): v.verdict for v in details.verdicts(2023)}
    assert verdicts[("team-grant", "international")].result.value == "eligible"
    # The typed list entry counts from its validity date (21 June 2025) on.
    assert verdicts[("team-grant", "koksnvo")].result.value == "not eligible"
    assert "not on the publication date" in verdicts[("team-grant", "koksnvo")].text
    later = {(v.rule_set, v.requirement): v.verdict for v in details.verdicts(2026)}
    assert later[("team-grant", "koksnvo")].result.value == "eligible"


def test_an_issn_of_another_journal_is_refused(qtbot, lib: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_file(lib, "scopus-citescore", write_citescore_xlsx(
        tmp_path / "CiteScore 2022.xlsx", {2022: [
            citescore_row(1, "Migration Letters", 3317, "Demography", 65, 40, 112, 2,
                          "1741-8984", "17418992")]}))
    editor = _editor(qtbot, lib)
    qtbot.keyClicks(editor.title_edit, "Migration Letters (copy)")
    qtbot.keyClicks(editor.e_issn, "1741-8992")
    _save(qtbot, editor)
    assert editor.isVisible() and _journal_count(lib) == 1
    assert editor.problems_label.text() == ("ISSN: '1741-8992': already belongs to journal 1")
    # Two ISSNs in one field, and the same ISSN twice, are caught before the library is asked.
    editor.e_issn.clear()
    qtbot.keyClicks(editor.print_issn, "0028-0836, 0091-679X")
    qtbot.keyClicks(editor.other_issns, "0028-0836")
    _save(qtbot, editor)
    assert "Give one print and one electronic ISSN" in editor.problems_label.text()
    assert "The same ISSN is given twice." in editor.problems_label.text()


def test_editing_keeps_what_the_form_does_not_show(qtbot, lib: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.support.journal_gui import SCIMAGO

    import_file(lib, "scimago", SCIMAGO)
    with lib.read() as s:
        jid = repo.find_journals(s, "1545-4509")[0]
        before = repo.get_journal(s, jid)
    assert before.scimago_source_id == "16801" and len(before.issns) == 2
    editor = _editor(qtbot, lib, jid)
    assert editor.title_edit.text() == "Annual Review of Biochemistry"
    # SCImago does not say which ISSN is print: both are under "Other ISSNs".
    assert editor.other_issns.text() == ", ".join(before.issn_values)
    editor.country_edit.clear()
    qtbot.keyClicks(editor.country_edit, "United States of America")
    with qtbot.waitSignal(editor.saved):
        _save(qtbot, editor)
    with lib.read() as s:
        after = repo.get_journal(s, jid)
    assert after.country == "United States of America"
    assert (after.scimago_source_id, after.issns, after.publisher) == (
        before.scimago_source_id, before.issns, before.publisher)
    with lib.read() as s:
        assert len(journal_details(s, jid).profile.metrics) == 1   # the SJR is untouched
