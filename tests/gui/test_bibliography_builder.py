"""The bibliography builder, driven as a person would: on a real library of the team's sources
(laws, Russian and Kazakh works, an English article from a recorded Crossref response), choose
references, styles and settings, read the preview, copy, export, drag ids in, add a CSL style
and copy citations. Any Qt warning fails a test (pyproject: qt_log_level_fail)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from docx import Document  # noqa: E402
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeyEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QWidget,
)

from gui.bibliography_builder import ADD_CSL, BibliographyBuilder  # noqa: E402
from gui.reference_mime import REFERENCE_IDS_MIME, reference_mime_data  # noqa: E402
from gui.tasks import TaskHandle, TaskRunner  # noqa: E402
from tools.bibliography_sample import fill_library  # noqa: E402

SHARED = Path(__file__).resolve().parents[3] / "shared"
NBSP = "\u00a0"
WAIT_MS = 20000


# ---------------------------------------------------------------------- fixtures and helpers
@pytest.fixture
def keys(library) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The library filled with the sample sources; library id by item key."""
    return fill_library(library)


@pytest.fixture
def qsettings(tmp_path: Path) -> Iterator[QSettings]:
    settings = QSettings(str(tmp_path / "builder.ini"), QSettings.Format.IniFormat)
    yield settings
    settings.sync()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.cancel_all()
    r.wait(10000)


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


def wait_current(qtbot, builder: BibliographyBuilder) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(builder.is_current, timeout=WAIT_MS)


def open_builder(qtbot, library, ids, settings, runner=None) -> BibliographyBuilder:  # type: ignore[no-untyped-def]
    builder = BibliographyBuilder(library, ids, settings=settings, runner=runner)
    qtbot.addWidget(builder)
    builder.show()
    wait_current(qtbot, builder)
    return builder


def choose(qtbot, combo: QComboBox, data: object) -> None:  # type: ignore[no-untyped-def]
    """Choose the entry whose data is `data` with the keyboard, as a person does with a focused
    drop-down list (arrow keys; the offscreen platform cannot show the pop-up without
    warnings)."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not in {combo.objectName()}"
    combo.setFocus()
    if data == ADD_CSL:
        qtbot.keyClick(combo, Qt.Key.Key_End)  # the last entry, without passing the others
        return
    key = Qt.Key.Key_Down if index > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentIndex() == index:
            break
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == index


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key. QTest.keyClicks only knows ASCII; a Kazakh or Russian keyboard
    layout sends key events that carry the letter as text, as these do."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_check(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    # A check box toggles when clicked on its indicator (its left edge).
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def preview_lines(builder: BibliographyBuilder) -> list[str]:
    return [line for line in plain(builder.preview.toPlainText()).splitlines() if line.strip()]


def select_rows(qtbot, builder: BibliographyBuilder, ref_ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Click the first row, Ctrl+click the others."""
    rows = [builder.reference_ids().index(i) for i in ref_ids]
    view = builder.list
    for n, row in enumerate(rows):
        rect = view.row_rect(row)
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert view.selected_ids() == sorted(ref_ids, key=builder.reference_ids().index)


def drop_ids(builder: BibliographyBuilder, mime: QMimeData, row_pos: QPoint) -> bool:
    """A drag entering the list and a drop at `row_pos` (viewport coordinates), as Qt delivers
    them; returns whether the drop was accepted."""
    viewport = builder.list.viewport()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(row_pos, actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    drop = QDropEvent(QPointF(row_pos), actions, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def wait_clipboard(qtbot, predicate) -> QMimeData:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.clipboard().mimeData() is not None
                    and predicate(QApplication.clipboard().mimeData()), timeout=WAIT_MS)
    return QApplication.clipboard().mimeData()


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().clear()


# ---------------------------------------------------------------------- choosing a style
SELECTION = ("migr", "ivanov", "abilkasymova", "khamzin", "crossref")


def test_gost_r_7_0_100_preview_shows_exact_records(qtbot, library, keys, qsettings):
    qsettings.setValue("bibliography_builder/style", "apa")  # last used: APA
    builder = open_builder(qtbot, library, [keys[k] for k in SELECTION], qsettings)
    assert builder.style_combo.currentData() == "apa"

    choose(qtbot, builder.style_combo, "gost-r-7.0.100")
    wait_current(qtbot, builder)
    lines = preview_lines(builder)
    # gost-rules.md §5: Cyrillic before Latin, Kazakh letters in the Kazakh alphabet (Ә after А,
    # before И); numbered; 4+ authors: title first.
    assert [line.split(" ")[1] for line in lines] == [
        "Әбілқасымова,", "Иванов,", "О", "Perspectives", "Single-molecule"]
    assert lines[0] == (
        "1. Әбілқасымова, Ә. С. Көші-қон саласындағы құқық бұзушылықтардың алдын алу / "
        "Ә. С. Әбілқасымова, Ү. Е. Құдайбергенова. – Текст : непосредственный // ҚазҰУ "
        "Хабаршысы. Заң сериясы. – 2023. – Т. 105, № 1. – Б. 34–45.")  # Kazakh «Б.» (§4)
    assert lines[1] == (
        "2. Иванов, И. П. Миграционное право : монография / И. П. Иванов ; под редакцией "
        "А. В. Петрова, С. М. Жакуповой. – Алматы : Жеті жарғы, 2020. – 312 с. – Текст : "
        "непосредственный.")
    assert lines[2] == (
        "3. О миграции населения : Закон Республики Казахстан от 22 июля 2011 года № 477-IV "
        "(с изменениями и дополнениями по состоянию на 01.01.2024). – Текст : "
        "непосредственный // Ведомости Парламента Республики Казахстан. – 2011. – № 16. – "
        "Ст. 128.")
    assert "Migration Letters. – 2023. – Vol. 20, No. 5. – P. 12–22. – DOI " \
           "10.47059/ml.v20i5.2891." in lines[3]
    # the Crossref record, English words (§4)
    assert lines[4].startswith("5. Single-molecule FRET studies")
    assert "// Scientific Reports. – 2015. – Vol. 5, No. 1." in lines[4]
    # No-break spaces are on by default: no line of a document starts with a dash.
    assert f"{NBSP}– Текст" in builder.preview.document().toRawText()
    assert builder.preview_state.text() == "5 entries"


def test_gost_content_type_setting_drops_the_area(qtbot, library, keys, qsettings):
    builder = open_builder(qtbot, library, [keys["ivanov"]], qsettings)
    assert builder.style_key() == "gost-r-7.0.100"
    box = builder.settings_form.widget("content_type")
    assert isinstance(box, QCheckBox) and box.isChecked()
    click_check(qtbot, box)
    wait_current(qtbot, builder)
    assert preview_lines(builder) == [
        "1. Иванов, И. П. Миграционное право : монография / И. П. Иванов ; под редакцией "
        "А. В. Петрова, С. М. Жакуповой. – Алматы : Жеті жарғы, 2020. – 312 с."]
    # GOST 7.1 has its own defaults: [Электронный ресурс] on, no content type, abbreviations.
    choose(qtbot, builder.style_combo, "gost-7.1")
    wait_current(qtbot, builder)
    gmd = builder.settings_form.widget("gmd")
    assert isinstance(gmd, QCheckBox) and gmd.isChecked()
    assert preview_lines(builder) == [
        "1. Иванов, И. П. Миграционное право : монография / И. П. Иванов ; под ред. "
        "А. В. Петрова, С. М. Жакуповой. – Алматы : Жеті жарғы, 2020. – 312 с."]
    # The 7.0.100 change was remembered for 7.0.100 only.
    choose(qtbot, builder.style_combo, "gost-r-7.0.100")
    wait_current(qtbot, builder)
    assert not builder.settings_form.widget("content_type").isChecked()  # type: ignore[union-attr]
    assert "Текст" not in builder.preview.toPlainText()


def test_apa_preview_has_italics_and_a_hanging_indent(qtbot, library, keys, qsettings):
    builder = open_builder(qtbot, library, [keys[k] for k in SELECTION], qsettings)
    choose(qtbot, builder.style_combo, "apa")
    wait_current(qtbot, builder)
    html = builder.preview.toHtml()
    # APA: italic journal and volume (the comma between them is roman), italic book titles
    assert re.search(r"font-style:italic;\">Migration Letters</span>", html)
    assert re.search(r"font-style:italic;\">20</span>", html)
    assert re.search(r"font-style:italic;\">Миграционное право: монография</span>", html)
    lines = preview_lines(builder)
    assert lines[0].startswith("Khamzin, A. Sh., Khamzina, Z. A.,")  # Latin first in APA
    assert "Әбілқасымова, Ә. С., & Құдайбергенова, Ү. Е. (2023)." in plain(
        builder.preview.toPlainText())
    assert not lines[0][0].isdigit()  # APA lists are not numbered
    block = builder.preview.document().firstBlock()
    assert block.blockFormat().leftMargin() == 36
    assert block.blockFormat().textIndent() == -36


def test_sections_give_headings_in_legal_dissertation_order(qtbot, library, keys, qsettings):
    builder = open_builder(qtbot, library, [], qsettings)
    choose(qtbot, builder.collection, builder.collection.itemData(1))  # Монография
    assert builder.collection.currentText() == "Монография"
    assert builder.subcollections.isChecked()
    click(qtbot, builder.add_collection_button)
    wait_current(qtbot, builder)
    assert len(builder.reference_ids()) == 18  # 1 in Монография itself + 9 + 8 in chapters

    sections = builder.settings_form.widget("sections")
    within = builder.settings_form.widget("legal_within")
    assert isinstance(sections, QCheckBox) and not within.isEnabled()  # type: ignore[union-attr]
    click_check(qtbot, sections)
    wait_current(qtbot, builder)
    assert within.isEnabled()  # type: ignore[union-attr]
    lines = preview_lines(builder)
    headings = ["Нормативные правовые акты", "Специальная литература",
                "Литература на иностранных языках", "Электронные ресурсы"]
    assert [line for line in lines if line in headings] == headings
    start = lines.index("Нормативные правовые акты")
    # legal force: Constitution, treaty, code, laws, resolution, court decision
    assert lines[start + 1].startswith("1. Конституция Республики Казахстан")
    assert lines[start + 2].startswith("2. Конвенция о статусе беженцев")
    assert lines[start + 3].startswith("3. Кодекс Республики Казахстан об административных")
    literature = lines.index("Специальная литература")
    assert lines[literature - 1].startswith("7. Постановление судебной коллегии")  # courts last
    assert lines[literature + 1].startswith("8. Әбілқасымова")  # numbering runs across sections
    assert lines[-1].startswith("18. Kazakhstan : Migration Profile")  # electronic last

    # Sections only exist in the style's own order.
    choose(qtbot, builder.sort_combo, "none")
    wait_current(qtbot, builder)
    assert not sections.isEnabled()
    assert not any(line in headings for line in preview_lines(builder))


# ---------------------------------------------------------------------- the list
def test_reorder_remove_and_numbering_in_list_order(qtbot, library, keys, qsettings):
    ids = [keys[k] for k in ("ivanov", "migr", "khamzin")]
    builder = open_builder(qtbot, library, ids, qsettings)
    choose(qtbot, builder.sort_combo, "none")
    wait_current(qtbot, builder)
    assert [line[:14] for line in preview_lines(builder)] == [
        "1. Иванов, И. ", "2. О миграции ", "3. Perspective"]
    select_rows(qtbot, builder, [keys["khamzin"]])
    click(qtbot, builder.up_button)
    click(qtbot, builder.up_button)
    assert builder.reference_ids() == [keys["khamzin"], keys["ivanov"], keys["migr"]]
    wait_current(qtbot, builder)
    assert preview_lines(builder)[0].startswith("1. Perspectives on Labor Migration")
    click(qtbot, builder.down_button)
    assert builder.reference_ids() == [keys["ivanov"], keys["khamzin"], keys["migr"]]
    builder.list.setFocus()
    qtbot.keyClick(builder.list, Qt.Key.Key_Delete)
    assert builder.reference_ids() == [keys["ivanov"], keys["migr"]]
    wait_current(qtbot, builder)
    assert len(preview_lines(builder)) == 2
    assert builder.count_label.text() == "2 in the list"
    click(qtbot, builder.clear_button)
    qtbot.waitUntil(lambda: "Add references" in builder.preview.toPlainText(), timeout=WAIT_MS)
    assert not builder.copy_button.isEnabled() and not builder.export_button.isEnabled()


def test_dropping_reference_ids_inserts_and_moves(qtbot, library, keys, qsettings):
    builder = open_builder(qtbot, library, [keys["ivanov"], keys["migr"]], qsettings)
    first = builder.list.row_rect(0)
    top_of_first = QPoint(first.center().x(), first.top() + 2)
    mime = QMimeData()
    mime.setData(REFERENCE_IDS_MIME, f"[{keys['khamzin']}, {keys['musa']}]".encode())
    with qtbot.waitSignal(builder.references_changed, timeout=WAIT_MS):
        assert drop_ids(builder, mime, top_of_first)
    assert builder.reference_ids() == [keys["khamzin"], keys["musa"], keys["ivanov"], keys["migr"]]
    wait_current(qtbot, builder)
    assert any("Қазақстанға заңсыз көшіп келу" in line for line in preview_lines(builder))

    # ids already in the list move to where they are dropped (the list's own drag)
    below_all = QPoint(10, builder.list.viewport().height() - 5)
    assert drop_ids(builder, reference_mime_data([keys["khamzin"]]), below_all)
    assert builder.reference_ids() == [keys["musa"], keys["ivanov"], keys["migr"], keys["khamzin"]]

    # the list's own rows are dragged out with the same format, in list order
    model = builder.list.model()
    dragged = model.mimeData([model.index(3), model.index(0)])
    assert bytes(dragged.data(REFERENCE_IDS_MIME).data()) == \
        f"[{keys['musa']}, {keys['khamzin']}]".encode()

    # other drops are refused and change nothing
    junk = QMimeData()
    junk.setData(REFERENCE_IDS_MIME, b'["1", "two"]')
    assert not drop_ids(builder, junk, top_of_first)
    text = QMimeData()
    text.setText("12 13")
    assert not drop_ids(builder, text, top_of_first)
    # an id the library does not have is reported, the others are added
    assert drop_ids(builder, reference_mime_data([99999, keys["castles"]]), below_all)
    qtbot.waitUntil(lambda: keys["castles"] in builder.reference_ids(), timeout=WAIT_MS)
    assert 99999 not in builder.reference_ids()
    assert "99999" in builder.status.text()


def test_collection_without_sub_collections(qtbot, library, keys, qsettings):
    builder = open_builder(qtbot, library, [], qsettings)
    names = [builder.collection.itemText(i).strip("\u2003") for i in
             range(builder.collection.count())]
    assert names[1:] == ["Монография", "Глава 1. Правовые основы", "Глава 2. Практика"]
    assert builder.collection.itemText(2).startswith("\u2003")  # children are indented
    choose(qtbot, builder.collection, builder.collection.itemData(1))
    click_check(qtbot, builder.subcollections)
    click(qtbot, builder.add_collection_button)
    wait_current(qtbot, builder)
    assert builder.reference_ids() == [keys["crossref"]]
    choose(qtbot, builder.collection, builder.collection.itemData(3))  # Глава 2
    click(qtbot, builder.add_collection_button)
    wait_current(qtbot, builder)
    assert len(builder.reference_ids()) == 9
    click(qtbot, builder.add_collection_button)  # again: nothing doubled
    wait_current(qtbot, builder)
    assert len(builder.reference_ids()) == 9
    assert builder.status.text() == "Already in the list: 8"


# ---------------------------------------------------------------------- copying and export
def test_copy_puts_html_and_plain_text_on_the_clipboard(qtbot, library, keys, qsettings):
    builder = open_builder(qtbot, library, [keys[k] for k in SELECTION], qsettings)
    choose(qtbot, builder.style_combo, "apa")
    click(qtbot, builder.copy_button)  # pressed while the list is still being formatted
    mime = wait_clipboard(qtbot, lambda m: m.hasHtml())
    html, text = mime.html(), mime.text()
    assert "<i>Migration Letters</i>, <i>20</i>" in html
    assert "<!--StartFragment-->" in html and 'charset="utf-8"' in html
    assert "text-indent:-0.5in" in html  # APA's hanging indent reaches Word
    lines = text.splitlines()
    assert len(lines) == 5
    assert lines == [e.text() for e in builder.rendered().entries]  # type: ignore[union-attr]

    click(qtbot, builder.copy_text_button)
    mime = wait_clipboard(qtbot, lambda m: not m.hasHtml() and m.hasText())
    assert mime.text() == text

    # numbered GOST list: the numbers are part of the copied text
    choose(qtbot, builder.style_combo, "gost-r-7.0.100")
    click(qtbot, builder.copy_button)
    mime = wait_clipboard(qtbot, lambda m: m.hasHtml() and m.text().startswith("1. "))
    assert plain(mime.text()).splitlines()[1].startswith("2. Иванов, И. П.")


def test_export_docx_with_a_kazakh_file_name(qtbot, library, keys, qsettings, tmp_path,
                                             monkeypatch, runner):
    builder = open_builder(qtbot, library, [keys[k] for k in SELECTION], qsettings, runner)
    choose(qtbot, builder.style_combo, "apa")
    type_text(builder.title_edit, "Әдебиеттер тізімі")
    assert builder.title_edit.text() == "Әдебиеттер тізімі"
    wait_current(qtbot, builder)
    target = tmp_path / "әдебиеттер тізімі.docx"
    asked: list[str] = []

    def save_dialog(parent, caption, start, filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(target), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    labels: list[str] = []
    runner.started.connect(lambda handle: labels.append(handle.label))
    with qtbot.waitSignal(builder.exported, timeout=WAIT_MS) as signal:
        click(qtbot, builder.export_button)
        assert builder.progress.isVisible() and builder.cancel_button.isVisible()
    assert signal.args == [str(target)]
    assert asked and asked[0].endswith("Әдебиеттер тізімі.docx")  # the heading names the file
    assert "Exporting the bibliography" in labels  # through the TaskRunner
    qtbot.waitUntil(lambda: not builder.progress.isVisible(), timeout=WAIT_MS)
    assert not list(tmp_path.glob(".*.part"))

    doc = Document(str(target))
    paragraphs = [p for p in doc.paragraphs if p.text.strip()]
    assert paragraphs[0].text == "Әдебиеттер тізімі"
    assert len(paragraphs) == 1 + 5
    khamzin = next(p for p in paragraphs if p.text.startswith("Khamzin"))
    assert [r.text for r in khamzin.runs if r.italic] == ["Migration Letters", "20"]
    assert khamzin.style.paragraph_format.first_line_indent < 0  # hanging indent
    assert any(p.text.startswith("Әбілқасымова, Ә. С., & Құдайбергенова, Ү. Е. (2023).")
               for p in paragraphs)
    assert builder.status.text().startswith("Saved 5 entries to")

    # the other formats by the chosen filter, the extension added when missing
    html_target = tmp_path / "тізім"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a: (str(html_target), "Web page (*.html)")))
    with qtbot.waitSignal(builder.exported, timeout=WAIT_MS):
        click(qtbot, builder.export_button)
    written = tmp_path / "тізім.html"
    assert "<i>Migration Letters</i>, <i>20</i>" in written.read_text(encoding="utf-8")


def test_export_can_be_cancelled_and_writes_nothing(qtbot, library, keys, qsettings, tmp_path,
                                                    monkeypatch):
    from core.model import Reference
    from tests.support.corpus import make_items

    many = library.add_many([Reference.from_csl(i) for i in make_items(1500, varied=True)])
    builder = open_builder(qtbot, library, many, qsettings)
    target = tmp_path / "үлкен тізім.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(target), "")))
    click(qtbot, builder.export_button)
    assert builder.cancel_button.isVisible()
    click(qtbot, builder.cancel_button)  # while 1,500 entries are being formatted
    qtbot.waitUntil(lambda: not builder.cancel_button.isVisible(), timeout=WAIT_MS)
    assert builder.status.text() == "Export cancelled; nothing was written."
    assert not target.exists() and not list(tmp_path.glob(".*.part"))
    assert builder.export_button.isEnabled()


def test_long_list_renders_off_the_gui_thread_superseded_render_is_cancelled(
        qtbot, library, qsettings, runner):
    from core.model import Reference
    from tests.support.corpus import make_items

    many = library.add_many([Reference.from_csl(i) for i in make_items(3000, varied=True)])
    builder = open_builder(qtbot, library, many, qsettings, runner)
    renders: list[TaskHandle] = []
    runner.started.connect(lambda h: renders.append(h)
                           if h.label == "Formatting the bibliography" else None)
    # a burst of clicks formats the list once (debounced)
    for _ in range(3):
        click_check(qtbot, builder.numbered)
    qtbot.waitUntil(lambda: len(renders) == 1, timeout=WAIT_MS)
    first = renders[0]
    assert first.running  # formatting 3,000 entries takes a while, off the GUI thread
    click_check(qtbot, builder.numbered)  # back to numbered while the first render runs
    qtbot.waitUntil(lambda: len(renders) == 2, timeout=WAIT_MS)
    assert first.cancelled
    wait_current(qtbot, builder)
    assert builder.numbered.isChecked()
    lines = preview_lines(builder)
    # the preview shows the first 1,000 entries; the list itself has all of them
    assert lines[0].startswith("1. ") and lines[999].startswith("1000. ")
    assert lines[-1] == "2000 more entries are not shown here; Copy and Export include them."
    entries = builder.rendered().entries  # type: ignore[union-attr]
    assert len(entries) == 3000 and entries[-1].number == 3000


def test_changed_reference_reaches_the_preview(qtbot, library, keys, qsettings):
    builder = open_builder(qtbot, library, [keys["ivanov"]], qsettings)
    ref = library.get(keys["ivanov"])
    ref.title = "Миграционное право Казахстана: монография"
    library.update(ref)
    builder.invalidate([keys["ivanov"]])
    qtbot.waitUntil(lambda: "Миграционное право Казахстана : монография"
                    in plain(builder.preview.toPlainText()), timeout=WAIT_MS)
    assert "Миграционное право Казахстана" in builder.list.label(0)
    with qtbot.waitSignal(builder.open_reference) as opened:
        rect = builder.list.row_rect(0)
        # a double click is a press and release, then the second press
        qtbot.mouseClick(builder.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(builder.list.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert opened.args == [keys["ivanov"]]

    # a reference moved to the trash leaves the list
    builder.add_references([keys["migr"]])
    wait_current(qtbot, builder)
    library.delete(keys["migr"])
    builder.invalidate()
    qtbot.waitUntil(lambda: builder.reference_ids() == [keys["ivanov"]], timeout=WAIT_MS)
    wait_current(qtbot, builder)
    assert "О миграции населения" not in builder.preview.toPlainText()


# ---------------------------------------------------------------------- transliteration, CSL
def test_transliterated_references_list(qtbot, library, keys, qsettings):
    builder = open_builder(qtbot, library, [keys[k] for k in SELECTION], qsettings)
    choose(qtbot, builder.style_combo, "apa")
    builder.translit_box.setChecked(True)  # the group box's own check box
    choose(qtbot, builder.scheme, "bsi")
    assert builder.scheme_kk.currentData() == "kazakh-latin-2021"
    wait_current(qtbot, builder)
    text = plain(builder.preview.toPlainText())
    assert "Ivanov, I. P. (2020). Migratsionnoe pravo: monografiya" in text
    assert "[in Russian]" in text
    assert "Äbılqasymova, Ä. S., & Qūdaibergenova, Ü. E. (2023)." in text
    assert "[in Kazakh]" in text
    assert not re.search("[а-яәғқңөұүһі]", text, re.IGNORECASE)  # all in Latin script
    choose(qtbot, builder.scheme_kk, None)  # Kazakh by the same scheme (BSI)
    wait_current(qtbot, builder)
    assert "Abilkasymova" in plain(builder.preview.toPlainText())
    # remembered for the next time the builder opens
    assert qsettings.value("bibliography_builder/translit") == "true"
    assert qsettings.value("bibliography_builder/translit_scheme") == "bsi"


def test_add_a_csl_style_and_render_with_it(qtbot, library, keys, qsettings, monkeypatch):
    builder = open_builder(qtbot, library, [keys[k] for k in SELECTION], qsettings)
    style_file = SHARED / "csl" / "apa.csl"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda *a: (str(style_file), "CSL styles (*.csl)")))
    choose(qtbot, builder.style_combo, ADD_CSL)
    qtbot.waitUntil(lambda: builder.style_key() == str(style_file.resolve()), timeout=WAIT_MS)
    assert builder.style_combo.currentText() == "APA Style 7th edition (apa.csl)"
    assert builder.remove_style_button.isEnabled()
    assert builder.settings_form.keys() == []  # a CSL style has no settings here
    wait_current(qtbot, builder)
    html = builder.preview.toHtml()
    assert re.search(r"font-style:italic;\">Migration Letters", html)
    # citeproc-py's initials, not the built-in APA's (which keeps the stored «A. Sh.»)
    assert "Khamzin, A. S., Khamzina, Z. A." in builder.preview.toPlainText()
    assert builder.csl_paths() == [str(style_file.resolve())]

    # remembered: a builder opened later offers it
    again = BibliographyBuilder(library, [], settings=qsettings)
    qtbot.addWidget(again)
    assert again.style_combo.findData(str(style_file.resolve())) >= 0
    assert again.style_key() == str(style_file.resolve())  # the last style used

    click(qtbot, builder.remove_style_button)
    assert builder.style_key() == "gost-r-7.0.100"
    assert builder.style_combo.findData(str(style_file.resolve())) < 0
    assert builder.csl_paths() == []


def test_a_broken_csl_file_is_refused_with_a_message(qtbot, library, keys, qsettings, tmp_path,
                                                     monkeypatch):
    broken = tmp_path / "сломанный стиль.csl"
    broken.write_text("<style xmlns='http://purl.org/net/xbiblio/csl'><info>", encoding="utf-8")
    builder = open_builder(qtbot, library, [keys["ivanov"]], qsettings)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a: (str(broken), "")))
    choose(qtbot, builder.style_combo, ADD_CSL)
    qtbot.waitUntil(lambda: "not a usable CSL style" in builder.status.text(), timeout=WAIT_MS)
    assert "сломанный стиль.csl" in builder.status.text()
    assert builder.style_key() == "gost-r-7.0.100" and builder.csl_paths() == []


# ---------------------------------------------------------------------- citations
def copy_citation(qtbot, builder: BibliographyBuilder) -> str:  # type: ignore[no-untyped-def]
    QApplication.clipboard().clear()
    with qtbot.waitSignal(builder.citations.copied, timeout=WAIT_MS) as copied:
        click(qtbot, builder.citations.copy_button)
    mime = QApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.text() == copied.args[0]
    return plain(mime.text())


def test_in_text_citations_with_a_locator(qtbot, library, keys, qsettings):
    builder = open_builder(qtbot, library, [keys[k] for k in SELECTION], qsettings)
    panel = builder.citations
    assert not panel.copy_button.isEnabled()  # nothing selected yet
    select_rows(qtbot, builder, [keys["ivanov"]])
    choose(qtbot, panel.form, "gost-in-text")
    panel.locator.setFocus()
    qtbot.keyClicks(panel.locator, "15")
    # [n, с. 15]: n is the number in the list shown (Иванов is 2nd: Әбілқасымова comes first)
    assert copy_citation(qtbot, builder) == "[2, с. 15]"
    select_rows(qtbot, builder, [keys["abilkasymova"]])
    assert copy_citation(qtbot, builder) == "[1, б. 15]"  # Kazakh source: «б.»

    choose(qtbot, panel.form, "apa-parenthetical")
    assert copy_citation(qtbot, builder) == "(Әбілқасымова & Құдайбергенова, 2023, p. 15)"
    choose(qtbot, panel.form, "apa-narrative")
    assert copy_citation(qtbot, builder) == "Әбілқасымова and Құдайбергенова (2023, p. 15)"
    html = QApplication.clipboard().mimeData().html()
    assert "<!--StartFragment-->" in html

    # several works: the locator belongs to the last one
    select_rows(qtbot, builder, [keys["ivanov"], keys["khamzin"]])
    choose(qtbot, panel.form, "apa-parenthetical")
    # in reference-list order (APA: Latin script first), the locator stays with its work
    assert copy_citation(qtbot, builder) == \
        "(Khamzin et al., 2023, p. 15; Иванов, 2020)"


def test_footnotes_with_article_pinpoint_and_ibid(qtbot, library, keys, qsettings):
    builder = open_builder(qtbot, library, [keys[k] for k in SELECTION], qsettings)
    panel = builder.citations
    select_rows(qtbot, builder, [keys["migr"]])
    choose(qtbot, panel.form, "gost-footnote")
    choose(qtbot, panel.label, "article")
    panel.locator.setFocus()
    qtbot.keyClicks(panel.locator, "15")
    first = copy_citation(qtbot, builder)
    # ГОСТ Р 7.0.5: the full record with the pinpoint in place of the pages
    assert first.startswith("О миграции населения : Закон Республики Казахстан от 22 июля "
                            "2011 года № 477-IV")
    assert first.endswith("Ст. 15.")
    assert copy_citation(qtbot, builder) == first  # without a sequence, always a first citation

    click_check(qtbot, panel.sequence)
    assert copy_citation(qtbot, builder) == first
    qtbot.waitUntil(lambda: "Там же" in panel.result.text(), timeout=WAIT_MS)
    assert copy_citation(qtbot, builder) == "Там же."  # same work, same article
    panel.locator.clear()
    qtbot.keyClicks(panel.locator, "16")
    assert copy_citation(qtbot, builder) == "Там же. Ст. 16."
    select_rows(qtbot, builder, [keys["ivanov"]])
    choose(qtbot, panel.label, "page")
    panel.locator.clear()
    qtbot.keyClicks(panel.locator, "45")
    assert copy_citation(qtbot, builder).startswith("Иванов И. П. Миграционное право")
    select_rows(qtbot, builder, [keys["migr"]])
    # cited before, not just before: the short form
    assert copy_citation(qtbot, builder) == "О миграции населения. С. 45."
    click(qtbot, panel.restart)
    assert copy_citation(qtbot, builder).startswith("О миграции населения : Закон")


# ---------------------------------------------------------------------- screenshot
def test_screenshot_script_renders_the_builder(qtbot, tmp_path):
    from tools.screenshots_bibliography import render

    path = render(tmp_path / "bibliography-builder.png")
    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 1200 and image.height() >= 700
