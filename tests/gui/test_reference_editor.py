"""The reference editor driven as a person would: typing, clicking Save and Cancel, switching the
type, typing a law in by hand, the sentence-case and transliteration tools, checks as you type.
Records come from the 40-source GOST fixture (Russian and Kazakh laws, articles, theses)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
)

from core.model import Reference  # noqa: E402
from core.translit import transliterate  # noqa: E402
from gui.reference_editor import ReferenceEditor, ReferenceEditorDialog  # noqa: E402
from tests.support.qt_typing import type_text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ITEMS = {i["id"]: i for i in json.loads(
    (ROOT / "tests" / "fixtures" / "gost" / "sources_40.json").read_text("utf-8"))}


@pytest.fixture
def stored(library):  # type: ignore[no-untyped-def]
    """Every fixture source stored in the library: fixture id -> library id."""
    return {key: library.add(Reference.from_csl(item)) for key, item in ITEMS.items()}


@pytest.fixture
def editor(qtbot, library):  # type: ignore[no-untyped-def]
    ed = ReferenceEditor(library)
    qtbot.addWidget(ed)
    ed.resize(820, 1000)
    ed.show()
    qtbot.waitExposed(ed)
    return ed


def csl(library, ref_id: int) -> dict:  # type: ignore[no-untyped-def]
    return library.get(ref_id).to_csl(include_id=False)


def type_into(qtbot, editor: ReferenceEditor, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click into a field, select what is there and type over it."""
    widget = editor.field(key).input
    editor.scroll_area.ensureWidgetVisible(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def text_of(editor: ReferenceEditor, key: str) -> str:
    return editor.field(key).text()


# ------------------------------------------------------------------------------------ editing
def test_type_a_new_title_for_a_kazakh_article_and_save(qtbot, editor, library, stored):  # type: ignore[no-untyped-def]
    ref_id = stored["article-kk"]
    before = csl(library, ref_id)
    editor.load(ref_id)
    assert text_of(editor, "title") == "Еңбек көші-қонын құқықтық реттеудің өзекті мәселелері"
    assert text_of(editor, "container_title") == "ҚазҰУ Хабаршысы. Заң сериясы"
    assert not editor.is_dirty()

    new_title = "Көші-қон құқығының өзекті мәселелері: Қазақстан тәжірибесі"
    type_into(qtbot, editor, "title", new_title)
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved, timeout=2000) as saved:
        click(qtbot, editor.save_button)
    assert saved.args == [ref_id]

    after = csl(library, ref_id)
    assert after["title"] == new_title
    assert {k: v for k, v in after.items() if k != "title"} == \
        {k: v for k, v in before.items() if k != "title"}
    assert not editor.is_dirty()
    assert library.search("тәжірибесі")[0].id == ref_id  # the search index follows


def test_invalid_issn_is_shown_next_to_the_field_and_save_refuses(qtbot, editor, library, stored):  # type: ignore[no-untyped-def]
    ref_id = stored["article-kk"]
    before = csl(library, ref_id)
    editor.load(ref_id)
    type_into(qtbot, editor, "issn", "0317-8470")
    field = editor.field("issn")
    assert field.problem_label.isVisible()
    assert "0317-8470" in field.problem_label.text()
    assert "1" in field.problem_label.text()  # the check digit it should have

    click(qtbot, editor.save_button)
    assert csl(library, ref_id) == before  # nothing written
    assert editor.banner.isVisible()
    assert "ISSN" in editor.banner.text()
    assert field.input.hasFocus()  # the field at fault, ready to fix

    type_into(qtbot, editor, "issn", "0317-8471")
    assert not field.problem_label.isVisible()
    assert not editor.banner.isVisible()
    with qtbot.waitSignal(editor.saved, timeout=2000):
        click(qtbot, editor.save_button)
    assert csl(library, ref_id)["ISSN"] == "0317-8471"


@pytest.mark.parametrize(("key", "text", "fragment"), [
    ("doi", "10.26577", "10.1234/abc"),
    ("isbn", "978-601-7070-01-2", "4"),
    ("issued", "31.02.2020", "31.02.2020"),
    ("issued", "весной 2020", "DD.MM.YYYY"),
])
def test_invalid_values_are_refused_with_a_message(qtbot, editor, library, stored,  # type: ignore[no-untyped-def]
                                                   key, text, fragment):
    ref_id = stored["ivanov"]
    before = csl(library, ref_id)
    editor.load(ref_id)
    type_into(qtbot, editor, key, text)
    click(qtbot, editor.save_button)  # also leaves the field: incomplete input is shown now
    assert fragment in editor.field(key).problem_label.text()
    assert editor.field(key).problem_label.isVisible()
    assert editor.banner.isVisible()
    assert csl(library, ref_id) == before


def test_a_typed_date_is_read_and_stored_in_canonical_form(qtbot, editor, library, stored):  # type: ignore[no-untyped-def]
    ref_id = stored["migr"]
    editor.load(ref_id)
    type_into(qtbot, editor, "version_date", "15.03.2024")
    hint = editor.field("version_date").hint_label
    assert hint.isVisible() and "2024" in hint.text() and "15" in hint.text()
    with qtbot.waitSignal(editor.saved, timeout=2000):
        click(qtbot, editor.save_button)
    assert csl(library, ref_id)["version-date"] == {"date-parts": [[2024, 3, 15]]}


def test_an_invalid_identifier_from_an_import_is_kept_when_other_fields_are_saved(  # type: ignore[no-untyped-def]
        qtbot, editor, library):
    ref_id = library.add(Reference.from_csl({
        "type": "book", "title": "Миграционное право", "ISBN": "978-5-00000-000-1",
        "funder": [{"name": "КН МНВО РК"}]}))
    editor.load(ref_id)
    isbn = editor.field("isbn")
    assert isbn.text() == "978-5-00000-000-1"
    assert isbn.problem_label.isVisible()  # a warning: not valid, kept as imported
    assert "funder" in editor.kept_label.text()
    type_into(qtbot, editor, "publisher_place", "Алматы")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        click(qtbot, editor.save_button)
    after = csl(library, ref_id)
    assert after["publisher-place"] == "Алматы"
    assert after["ISBN"] == "978-5-00000-000-1"
    assert after["funder"] == [{"name": "КН МНВО РК"}]


def test_move_a_creator_up_and_save_changes_the_order(qtbot, editor, library, stored):  # type: ignore[no-untyped-def]
    ref_id = stored["article-kk"]
    editor.load(ref_id)
    table = editor.creators_editor.view
    rect = table.visualRect(editor.creators_editor.model.index(1, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, editor.creators_editor.up_button)
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved, timeout=2000):
        click(qtbot, editor.save_button)
    assert [a["family"] for a in csl(library, ref_id)["author"]] == ["Құрманғалиұлы", "Жетпісов"]


def test_switching_an_article_to_a_law_shows_law_fields_and_keeps_values(  # type: ignore[no-untyped-def]
        qtbot, editor, library, stored):
    ref_id = stored["article-kk"]
    editor.load(ref_id)
    assert "adopted" not in editor.fields
    combo = editor.type_combo
    combo.setFocus()  # as after Tab (a click would open the popup, which offscreen cannot)
    type_text(combo, "Law")  # the keyboard search of a combo box
    qtbot.waitUntil(lambda: editor.reference_type == "legislation", timeout=2000)

    for key in ("adopted", "authority", "version_date", "gazette_title", "gazette_number",
                "gazette_article", "url", "accessed"):
        assert key in editor.fields, key
    labels = {w.objectName(): w.text() for w in editor.findChildren(QLabel)}
    assert labels["label:authority"] == "Issuing body"
    assert labels["label:adopted"] == "Date of adoption"
    assert text_of(editor, "title") == ITEMS["article-kk"]["title"]
    assert [c.family for c in editor.creators_editor.creators()] == ["Жетпісов", "Құрманғалиұлы"]
    # the article's data is still there, under "other fields"
    assert text_of(editor, "volume") == "101" and text_of(editor, "container_title")

    type_into(qtbot, editor, "adopted", "22.07.2011")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        click(qtbot, editor.save_button)
    after = csl(library, ref_id)
    assert after["type"] == "legislation"
    assert after["title"] == ITEMS["article-kk"]["title"]
    assert after["author"] == ITEMS["article-kk"]["author"]
    assert after["volume"] == "101"
    assert after["adopted"] == {"date-parts": [[2011, 7, 22]]}


def test_type_in_a_new_law_by_hand(qtbot, editor, library):  # type: ignore[no-untyped-def]
    editor.new_reference()
    assert editor.pages.currentWidget() is editor.chooser
    click(qtbot, editor.findChild(QPushButton, "type:legislation"))
    assert editor.reference_type == "legislation"
    assert text_of(editor, "language") == "ru"  # the chooser's default language

    values = {
        "title": "О миграции населения",
        "genre": "Закон Республики Казахстан",
        "number": "477-IV",
        "adopted": "22.07.2011",
        "authority": "Парламент Республики Казахстан",
        "version_date": "01.01.2024",
        "gazette_title": "Ведомости Парламента Республики Казахстан",
        "gazette_year": "2011",
        "gazette_number": "16",
        "gazette_article": "128",
        "url": "https://adilet.zan.kz/rus/docs/Z1100000477",
        "accessed": "15.03.2024",
    }
    for key, value in values.items():
        type_into(qtbot, editor, key, value)
    assert library.count() == 0
    with qtbot.waitSignal(editor.saved, timeout=2000) as saved:
        click(qtbot, editor.save_button)
    ref_id = saved.args[0]
    item = csl(library, ref_id)
    assert item["type"] == "legislation"
    assert item["adopted"] == {"date-parts": [[2011, 7, 22]]}
    assert item["version-date"] == {"date-parts": [[2024, 1, 1]]}
    assert item["authority"] == "Парламент Республики Казахстан"
    assert (item["gazette-title"], item["gazette-year"], item["gazette-number"],
            item["gazette-article"]) == ("Ведомости Парламента Республики Казахстан", "2011",
                                         "16", "128")
    assert item["number"] == "477-IV" and item["language"] == "ru"
    assert item["accessed"] == {"date-parts": [[2024, 3, 15]]}
    # after saving, the editor edits the stored record
    assert editor.ref_id == ref_id and not editor.is_new and not editor.is_dirty()


def test_new_kazakh_court_decision_with_the_chooser_language(qtbot, editor, library):  # type: ignore[no-untyped-def]
    editor.new_reference()
    click(qtbot, editor.chooser.findChild(QPushButton, "type:legal_case"))
    # the language was chosen before the type: go back and choose Kazakh instead
    editor.new_reference()
    kazakh = [b for b in editor.chooser.language_group.buttons() if b.property("code") == "kk"][0]
    click(qtbot, kazakh)
    click(qtbot, editor.chooser.findChild(QPushButton, "type:legal_case"))
    labels = {w.objectName(): w.text() for w in editor.findChildren(QLabel)}
    assert labels["label:authority"] == "Court"
    assert labels["label:issued"] == "Date of decision"
    assert labels["label:title"] == "Case name"
    type_into(qtbot, editor, "authority", "Қазақстан Республикасының Жоғарғы Соты")
    type_into(qtbot, editor, "case_number", "6001-21-00-6ап/123")
    type_into(qtbot, editor, "issued", "2021-03-12")
    with qtbot.waitSignal(editor.saved, timeout=2000) as saved:
        click(qtbot, editor.save_button)
    item = csl(library, saved.args[0])
    assert item["type"] == "legal_case" and item["language"] == "kk"
    assert item["case-number"] == "6001-21-00-6ап/123"
    assert item["issued"] == {"date-parts": [[2021, 3, 12]]}


def test_cancel_discards_the_changes(qtbot, editor, library, stored):  # type: ignore[no-untyped-def]
    ref_id = stored["migr"]
    before = csl(library, ref_id)
    editor.load(ref_id)
    type_into(qtbot, editor, "number", "999-IX")
    click(qtbot, editor.creators_editor.add_org_button)
    type_text(editor.creators_editor.literal_edit, "Мәжіліс")
    with qtbot.waitSignal(editor.cancelled, timeout=2000):
        click(qtbot, editor.cancel_button)
    assert text_of(editor, "number") == "477-IV"
    assert editor.creators_editor.creators() == []
    assert not editor.is_dirty()
    assert csl(library, ref_id) == before


def test_a_thesis_form_names_degree_institution_and_specialty(qtbot, editor, library, stored):  # type: ignore[no-untyped-def]
    ref_id = stored["diss"]
    editor.load(ref_id)
    labels = {w.objectName(): w.text() for w in editor.findChildren(QLabel)}
    assert labels["label:publisher"] == "Institution"
    assert labels["label:number"] == "Specialty code"
    assert text_of(editor, "extra:degree") == "candidate"
    assert text_of(editor, "extra:science") == "юрид."
    click(qtbot, editor.field("extra:autoreferat").input)
    with qtbot.waitSignal(editor.saved, timeout=2000):
        click(qtbot, editor.save_button)
    item = csl(library, ref_id)
    assert item["autoreferat"] is True
    assert item["degree"] == "candidate" and item["number"] == "12.00.02"


# ------------------------------------------------------------------------------------ tools
def test_sentence_case_is_an_explicit_tool_the_field_can_undo(qtbot, editor, library):  # type: ignore[no-untyped-def]
    ref_id = library.add(Reference(type="article-journal", language="en",
                                   title="The Role of NATO in Central Asia: A Review of "
                                         "Labour Migration from Kazakhstan"))
    editor.load(ref_id)
    stored_title = library.get(ref_id).title
    assert text_of(editor, "title") == stored_title  # never changed on opening
    click(qtbot, editor.save_button)  # nothing changed: nothing rewritten
    assert library.get(ref_id).title == stored_title

    click(qtbot, editor.findChild(QToolButton, "sentence-case:title"))
    assert text_of(editor, "title") == ("The role of NATO in Central Asia: A review of labour "
                                        "migration from Kazakhstan")
    assert library.get(ref_id).title == stored_title  # not saved until Save
    title = editor.field("title").input
    assert isinstance(title, QPlainTextEdit)
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text_of(editor, "title") == stored_title


def test_transliterate_fills_the_transliterated_title_by_the_chosen_scheme(  # type: ignore[no-untyped-def]
        qtbot, editor, library, stored):
    ref_id = stored["article-kk"]
    editor.load(ref_id)
    button = editor.findChild(QToolButton, "transliterate:title_translit")
    click(qtbot, button)
    title = ITEMS["article-kk"]["title"]
    assert text_of(editor, "title_translit") == transliterate(title, "bsi", "kk")
    latin = next(a for a in button.menu().actions() if a.data() == "kazakh-latin-2021")
    latin.trigger()
    assert text_of(editor, "title_translit") == transliterate(title, "kazakh-latin-2021", "kk")
    assert text_of(editor, "title_translit").startswith("Eñbek")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        click(qtbot, editor.save_button)
    assert csl(library, ref_id)["title-translit"] == transliterate(title, "kazakh-latin-2021",
                                                                   "kk")
    # the container title has its own button; the scheme chosen last is remembered
    click(qtbot, editor.findChild(QToolButton, "transliterate:container_title_translit"))
    assert text_of(editor, "container_title_translit") == "QazŪU Habarşysy. Zañ seriiasy"


def test_the_dialog_closes_on_save_and_on_cancel(qtbot, library, stored):  # type: ignore[no-untyped-def]
    dialog = ReferenceEditorDialog(library, stored["news-kk"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.editor, "page", "5")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        click(qtbot, dialog.editor.save_button)
    assert dialog.saved_id == stored["news-kk"]
    assert library.get(stored["news-kk"]).page == "5"

    dialog = ReferenceEditorDialog(library, new_type="thesis", language="kk")
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.editor, "title", "Көші-қон")
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        click(qtbot, dialog.editor.cancel_button)
    assert library.count() == len(stored)


# ------------------------------------------------------------------------------------ looks
@pytest.mark.parametrize("key", ["migr", "article-kk", "diss", "court"])
def test_the_form_is_aligned_and_nothing_overlaps(qtbot, editor, stored, key, tmp_path):  # type: ignore[no-untyped-def]
    editor.load(stored[key])
    qtbot.wait(10)
    content = editor.scroll_area.widget()
    labels = [w for w in content.findChildren(QLabel) if w.objectName().startswith("label:")]
    rights = {w.mapTo(content, QPoint(w.width(), 0)).x() for w in labels}
    assert len(rights) == 1, "field labels do not end at one column"
    lefts = {e.mapTo(content, QPoint(0, 0)).x() for e in editor.fields.values()}
    assert len(lefts) == 1, "fields do not start at one column"
    boxes = sorted((e.mapTo(content, QPoint(0, 0)).y(), e.height()) for e in editor.fields.values())
    for (top, height), (next_top, _) in zip(boxes, boxes[1:], strict=False):
        assert top + height <= next_top, "two fields overlap"
    for e in editor.fields.values():
        inp = e.input
        if isinstance(inp, QLineEdit) and inp.text():
            assert inp.fontMetrics().horizontalAdvance(inp.text()[:14]) < inp.width()
    image = editor.grab()
    assert not image.isNull()
    assert image.save(str(tmp_path / f"{key}.png"))


def test_in_a_narrow_detail_pane_the_form_fits_without_clipping(qtbot, library, stored):  # type: ignore[no-untyped-def]
    editor = ReferenceEditor(library)
    qtbot.addWidget(editor)
    editor.resize(440, 900)
    editor.show()
    qtbot.waitExposed(editor)
    for key in ("diss", "article-kk", "migr"):
        editor.load(stored[key])
        qtbot.wait(10)
        content, viewport = editor.scroll_area.widget(), editor.scroll_area.viewport()
        assert content.width() <= viewport.width()
        for field in editor.fields.values():
            right = field.mapTo(content, QPoint(field.width(), 0)).x()
            assert right <= viewport.width(), f"{key}: {field.key} is cut off"
        if key == "diss":  # its long title wraps, and the field grows to show every line
            title = editor.field("title").input
            assert isinstance(title, QPlainTextEdit)
            assert title.height() > 3 * title.fontMetrics().lineSpacing()
            assert not title.verticalScrollBar().isVisible()


# ------------------------------------------------------------------------------------ more
def test_ctrl_s_saves(qtbot, editor, library, stored):  # type: ignore[no-untyped-def]
    ref_id = stored["report"]
    editor.load(ref_id)
    type_into(qtbot, editor, "number_of_pages", "90")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(editor.field("number_of_pages").input, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    assert library.get(ref_id).number_of_pages == "90"


def test_a_type_silteme_does_not_know_is_kept_with_the_generic_form(qtbot, editor, library):  # type: ignore[no-untyped-def]
    ref_id = library.add(Reference.from_csl({"type": "preprint", "title": "Көші-қон",
                                             "publisher": "SSRN", "issued": "2024"}))
    editor.load(ref_id)
    assert editor.type_combo.currentText() == "preprint"
    assert {"container_title", "publisher", "issued", "doi"} <= set(editor.fields)
    type_into(qtbot, editor, "doi", "10.2139/ssrn.1234567")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        click(qtbot, editor.save_button)
    item = csl(library, ref_id)
    assert item["type"] == "preprint" and item["DOI"] == "10.2139/ssrn.1234567"


def test_a_date_no_parser_read_is_shown_and_kept(qtbot, editor, library):  # type: ignore[no-untyped-def]
    ref_id = library.add(Reference.from_csl({"type": "article-journal", "title": "T",
                                             "issued": {"literal": "весна 2021"}}))
    editor.load(ref_id)
    assert text_of(editor, "issued") == "весна 2021"
    problem = editor.field("issued").problem_label
    assert problem.isVisible() and "kept as imported" in problem.text()
    type_into(qtbot, editor, "volume", "3")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        click(qtbot, editor.save_button)
    assert csl(library, ref_id)["issued"] == {"literal": "весна 2021"}


def test_a_read_only_library_cannot_be_changed_from_the_editor(qtbot, library_path, stored):  # type: ignore[no-untyped-def]
    from db.library import Library

    read_only = Library.open(library_path, read_only=True)
    try:
        editor = ReferenceEditor(read_only)
        qtbot.addWidget(editor)
        editor.show()
        editor.load(stored["migr"])
        assert editor.notice.isVisible() and "read-only" in editor.notice.text()
        assert not editor.save_button.isEnabled()
        editor.field("number").set_text("1-I")
        editor._field_edited("number")
        assert editor.save() is False
    finally:
        read_only.close()


def test_unsaved_edits_survive_a_change_made_elsewhere(qtbot, editor, library, stored):  # type: ignore[no-untyped-def]
    from gui.undo import EDITED, LibraryChange

    ref_id = stored["ivanov"]
    editor.load(ref_id)
    type_into(qtbot, editor, "edition", "2-е изд.")
    library.update(library.get(ref_id).with_changes(abstract="From elsewhere"))
    editor.on_library_changed(LibraryChange(EDITED, (ref_id,)))
    assert text_of(editor, "edition") == "2-е изд."  # the user's typing is not thrown away
    assert editor.banner.isVisible()
    with qtbot.waitSignal(editor.saved, timeout=2000):
        click(qtbot, editor.save_button)
    after = library.get(ref_id)
    assert after.edition == "2-е изд." and after.abstract == "From elsewhere"


def test_a_record_in_the_trash_says_so(qtbot, editor, library, stored):  # type: ignore[no-untyped-def]
    library.delete(stored["uk"])
    editor.load(stored["uk"])
    assert editor.notice.isVisible() and "trash" in editor.notice.text()
    editor.load(stored["migr"])
    assert not editor.notice.isVisible()


def test_another_type_from_the_chooser_and_cancel_goes_back_to_it(qtbot, editor, library):  # type: ignore[no-untyped-def]
    editor.new_reference()
    chooser = editor.chooser
    chooser.other_combo.setCurrentIndex(chooser.other_combo.findData("patent"))
    click(qtbot, next(b for b in chooser.findChildren(QPushButton) if b.text() == "Continue"))
    assert editor.reference_type == "patent"
    labels = {w.objectName(): w.text() for w in editor.findChildren(QLabel)}
    assert labels["label:number"] == "Patent number"
    type_into(qtbot, editor, "number", "KZ 12345")
    with qtbot.waitSignal(editor.cancelled, timeout=2000):
        click(qtbot, editor.cancel_button)
    assert editor.pages.currentWidget() is chooser
    assert library.count() == 0
