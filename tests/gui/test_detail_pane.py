"""The detail pane: the record formatted for reading, warnings of retractions and corrections
first, identifiers as links, several selected, and the pane in Kazakh."""

from __future__ import annotations

from typing import Any

from core.model import Reference
from db.library import Library
from gui import i18n
from gui.detail_pane import DetailPane, doi_url
from tests.gui.conftest import corrected_reference


def pane(qtbot: Any, library: Library) -> DetailPane:
    widget = DetailPane(library)
    qtbot.addWidget(widget)
    widget.resize(380, 700)
    widget.show()
    return widget


def test_a_correction_notice_is_shown_first(qtbot: Any, library: Library) -> None:
    ref_id = library.add(corrected_reference())
    p = pane(qtbot, library)
    p.show_ids([ref_id])
    text = p.toPlainText()
    assert text.strip().startswith("This work has published corrections or updates.")
    assert "Correction" in text and "10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda" \
        in text
    assert "Methylphenidate Exposure Induces Dopamine Neuron Loss" in text
    assert doi_url("10.1371/journal.pone.0033693") in p.toHtml()
    assert "Editor" in text  # PLOS records name the academic editor


def test_a_retraction_is_a_red_warning(qtbot: Any, library: Library) -> None:
    ref = Reference(type="article-journal", title="Withdrawn results", doi="10.1000/retracted",
                    updated_by=[{"type": "retraction", "DOI": "10.1000/notice", "date":
                                 "2024-02-01"}])
    ref_id = library.add(ref)
    p = pane(qtbot, library)
    p.show_ids([ref_id])
    assert p.toPlainText().strip().startswith("RETRACTED: this work has been retracted.")
    assert "Retraction 2024-02-01 10.1000/notice" in p.toPlainText()
    assert "#fde2e1" in p.toHtml().lower()


def test_invalid_identifiers_are_shown_as_kept(qtbot: Any, library: Library) -> None:
    ref = Reference.from_csl({"type": "article-journal", "title": "Плохой ISSN",
                              "ISSN": "1234-5678"})
    ref_id = library.add(ref)
    p = pane(qtbot, library)
    p.show_ids([ref_id])
    assert "1234-5678 — not valid, kept as written" in p.toPlainText()


def test_several_selected(qtbot: Any, library: Library) -> None:
    ids = library.add_many([Reference(title=f"Мақала {i}") for i in range(40)])
    p = pane(qtbot, library)
    p.show_ids(ids)
    text = p.toPlainText()
    assert text.startswith("40 references selected")
    assert "Мақала 0" in text and "… and 10 more" in text
    p.show_ids([])
    assert p.toPlainText() == "Select a reference to see its details."


def test_the_pane_speaks_kazakh(qtbot: Any, library: Library, filled: dict[str, Any]) -> None:
    p = pane(qtbot, library)
    p.show_ids([filled["ru_law"]])
    i18n.set_language("kk")
    try:
        qtbot.waitUntil(lambda: "Қабылдаған орган" in p.toPlainText(), timeout=3000)
        text = p.toPlainText()
        assert "Заң" in text and "Жазбалар" in text and "Тіркемелер" in text
        assert "Ресми басылым" in text and "Жинақтар" in text  # the law form's "Gazette"
    finally:
        i18n.set_language("en")


def test_fields_are_named_as_the_editing_form_names_them(qtbot: Any, library: Library) -> None:
    """One vocabulary (gui/field_labels.py): the pane, the refresh diff and the editor agree."""
    from core.dates import PartialDate
    from gui.field_labels import csl_field_label

    decision = library.add(Reference(type="legal_case", title="О выдворении",
                                     authority="Верховный суд Республики Казахстан",
                                     case_number="3п-1234-23", issued=PartialDate(2023, 5, 16)))
    p = pane(qtbot, library)
    p.show_ids([decision])
    text = p.toPlainText()
    assert "Court decision" in text
    assert "Court Верховный суд Республики Казахстан" in " ".join(text.split())
    assert "Case number" in text and "Date of decision" in text
    assert csl_field_label("authority", "legislation") == "Issuing body"
    assert csl_field_label("authority") == "Authority"
    assert csl_field_label("container-title", "article-journal") == "Journal"
    # labels that only make sense next to their original fall back to the field's own
    assert csl_field_label("container-title-translit", "article-journal") == \
        "Container title (transliterated)"
    assert csl_field_label("author") == "Authors" and csl_field_label("DOI") == "DOI"
    assert csl_field_label("updated-by") == "Corrections and retractions"
    assert csl_field_label("x-unknown") == "x-unknown"


def test_only_web_addresses_become_links(qtbot: Any, library: Library) -> None:
    """A record imported with a `javascript:` or `file:` URL shows it as text, never a link."""
    web = library.add(Reference(title="Заң", url="https://adilet.zan.kz/rus/docs/Z1100000477"))
    hostile = library.add(Reference(title="Trap", url="javascript:alert(document.cookie)"))
    local = library.add(Reference(title="Local", url="file:///etc/passwd"))
    p = pane(qtbot, library)
    p.show_ids([web])
    assert "href='https://adilet.zan.kz/rus/docs/Z1100000477'" in p.toHtml().replace('"', "'")
    for ref_id, url in ((hostile, "javascript:alert(document.cookie)"),
                        (local, "file:///etc/passwd")):
        p.show_ids([ref_id])
        assert url in p.toPlainText()
        assert "href" not in p.toHtml().split("URL", 1)[-1].split("</tr>", 1)[0]
