"""Prescribed words per item language (gost-rules.md §4 "Language of the elements")."""

from __future__ import annotations

from core.styles.gost_terms import EN, KK, RU, item_language, terms_for


def test_russian_kazakh_english_words() -> None:
    assert (RU.volume, RU.number, RU.pages_part, RU.pages_total, RU.et_al, RU.edited_by) == \
        ("Т.", "№", "С.", "с.", "[и др.]", "под редакцией")
    assert (KK.volume, KK.number, KK.pages_part, KK.pages_total, KK.et_al, KK.edited_by,
            KK.executive_editor, KK.compiled_by) == \
        ("Т.", "№", "Б.", "б.", "[т.б.]", "ред.", "жауапты ред.", "құраст.")
    assert (EN.volume, EN.number, EN.pages_part, EN.pages_total, EN.et_al, EN.edited_by_short) == \
        ("Vol.", "No.", "P.", "p.", "[et al.]", "ed.")


def test_terms_follow_the_item_language() -> None:
    assert terms_for("ru-RU") is RU
    assert terms_for("Kazakh") is KK
    assert terms_for("en") is EN
    assert terms_for("de") is EN          # other Latin-script languages: English words
    assert terms_for("uk") is RU          # other Cyrillic languages: Russian words
    assert terms_for(None) is RU


def test_item_language_guesses_from_the_title_script() -> None:
    assert item_language(None, "Қазақстанға заңсыз көшіп келу мәселелері") == "kk"
    assert item_language(None, "Незаконная миграция") == "ru"
    assert item_language(None, "Perspectives on Labor Migration") == "en"
    assert item_language("kk", "Незаконная миграция") == "kk"   # a stored language wins
    assert item_language(None, None, "Вестник") == "ru"


def test_pinpoints() -> None:
    assert RU.format_pinpoint("page", "45") == "с. 45"
    assert RU.format_pinpoint("article", "15") == "ст. 15"
    assert RU.format_pinpoint("paragraph", "2") == "п. 2"
    assert EN.format_pinpoint(None, "45") == "p. 45"
    assert KK.format_pinpoint("page", "45") == "б. 45"
    assert KK.format_pinpoint("article", "15") == "15-бап"
