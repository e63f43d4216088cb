"""Cleaning publisher text: markup to CSL rich text, entities, ALL-CAPS, homoglyphs."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.crossref_cleaning import (
    clean_text,
    fix_homoglyphs,
    is_all_caps,
    repair_name_caps,
    sentence_case_caps,
    to_rich_text,
)


def test_jats_to_rich_text_keeps_italic_sub_sup_and_decodes_entities() -> None:
    text = "<jats:p>H<jats:sub>2</jats:sub>O &amp; <jats:italic>E. coli</jats:italic>" \
           " x<jats:sup>2</jats:sup> p &lt; 0.05 <jats:monospace>code</jats:monospace></jats:p>"
    assert to_rich_text(text) == "H<sub>2</sub>O & <i>E. coli</i> x<sup>2</sup> p < 0.05 code"


def test_abstract_heading_dropped_sections_kept_as_paragraphs() -> None:
    text = ("<jats:title>Abstract</jats:title><jats:sec><jats:title>Aims</jats:title>"
            "<jats:p>First\n   line.</jats:p></jats:sec><jats:sec><jats:title>Results</jats:title>"
            "<jats:p>Second.</jats:p></jats:sec>")
    assert to_rich_text(text, paragraphs=True) == "Aims: First line.\nResults: Second."


def test_unclosed_tags_are_closed() -> None:
    assert to_rich_text("a <i>b") == "a <i>b</i>"


def test_all_caps_detection() -> None:
    assert is_all_caps("THE LAW OF CONTRACTS")
    assert is_all_caps("ГРАЖДАНСКОЕ ПРАВО РЕСПУБЛИКИ")
    assert not is_all_caps("The Law of Contracts")
    assert not is_all_caps("NATO")  # one word: an acronym, not a shouted title


def test_sentence_case_keeps_acronyms_roman_numerals_and_names() -> None:
    assert sentence_case_caps("COVID-19 AND THE LAW OF THE EU: A DNA STUDY") == \
        "COVID-19 and the law of the EU: A DNA study"
    assert sentence_case_caps("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АЗАМАТТЫҚ КОДЕКСІ") == \
        "Қазақстан Республикасының азаматтық кодексі"
    # Russian subtitles after a colon stay in lower case
    assert sentence_case_caps("НАЛОГОВОЕ ПРАВО: УЧЕБНИК ДЛЯ ВУЗОВ") == \
        "Налоговое право: учебник для вузов"


@pytest.mark.parametrize(("shouted", "repaired"), [
    # Russian case endings after a number are letters of the word, not an acronym.
    ("МИГРАЦИОННАЯ ПОЛИТИКА СССР В 1920-Е ГОДЫ", "Миграционная политика СССР в 1920-е годы"),
    ("ТРУДОВАЯ МИГРАЦИЯ В 90-Х ГОДАХ XX ВЕКА", "Трудовая миграция в 90-х годах XX века"),
    ("LAW IN THE 21ST CENTURY", "Law in the 21st century"),
    ("COVID-19 AND 3D PRINTING", "COVID-19 and 3D printing"),
    # a possessive keeps the name's capital
    ("KAZAKHSTAN'S MIGRATION LAW", "Kazakhstan's migration law"),
    # acronyms written in mixed case are restored as written
    ("ОБ ИЗМЕНЕНИЯХ В УК РК И КОАП РК", "Об изменениях в УК РК и КоАП РК"),
    ("ВЕСТНИК КАЗНУ: СЕРИЯ ЮРИДИЧЕСКАЯ", "Вестник КазНУ: серия юридическая"),
    # Kazakh case forms of the state's name keep their capitals
    ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНДАҒЫ КӨШІ-ҚОН САЯСАТЫ", "Қазақстан Республикасындағы көші-қон саясаты"),
    ("ҚАЗАҚСТАНДАҒЫ ЕҢБЕК КӨШІ-ҚОНЫ", "Қазақстандағы еңбек көші-қоны"),
    ("МИГРАЦИЯ В КАЗАХСТАНЕ И КАЗАХСТАНСКОЕ ПРАВО", "Миграция в Казахстане и казахстанское право"),
])
def test_sentence_case_of_numbers_possessives_mixed_case_acronyms_and_kazakh_names(
        shouted: str, repaired: str) -> None:
    assert sentence_case_caps(shouted) == repaired


def test_name_caps() -> None:
    assert repair_name_caps("ИВАНОВ") == "Иванов"
    assert repair_name_caps("SMITH-JONES") == "Smith-Jones"
    assert repair_name_caps("McDonald") == "McDonald"


def test_homoglyphs() -> None:
    assert fix_homoglyphs("Formation of С10–С14 Adamantanes") == "Formation of C10–C14 Adamantanes"
    assert fix_homoglyphs("Мoсква") == "Москва"       # Latin o inside a Russian word
    assert fix_homoglyphs("Қазақстан Республикасы") == "Қазақстан Республикасы"
    assert fix_homoglyphs("СССР and USA") == "СССР and USA"  # a real Cyrillic word is kept


def test_clean_text_reports_changes() -> None:
    text, changes = clean_text("  THE   <i>CASE</i> OF   CONTRACT LAW ", caps=True)
    assert text == "The <i>case</i> of contract law"
    assert changes == ["whitespace", "caps"]
    assert clean_text("a<jats:p>b</jats:p>")[1] == ["markup"]
    assert clean_text("Plain title", caps=True) == ("Plain title", [])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["<i>", "</i>", "<jats:italic>", "</jats:italic>", "<sub>",
                                 "</sub>", "<jats:p>", "</jats:p>", "<b>", "<sup>", "&amp;",
                                 "&lt;", "Қазақ", "ПРАВО", " ", "\n", "x", "<br/>", "<mml:mi>"]),
                max_size=30).map("".join))
def test_rich_text_is_always_well_formed(text: str) -> None:
    out = to_rich_text(text, paragraphs=True)
    assert "jats:" not in out and "mml:" not in out
    stack: list[str] = []
    for m in re.finditer(r"<(/?)(i|b|sub|sup)>", out):
        if m.group(1):
            assert stack and stack.pop() == m.group(2)
        else:
            stack.append(m.group(2))
    assert stack == []
