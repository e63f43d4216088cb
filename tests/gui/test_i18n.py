"""Interface translations: every string the GUI code marks for translation is in the Russian and
Kazakh catalogs with a real translation (placeholders kept, Kazakh letters used), the compiled .qm
files match their catalogs, and the translator loads them."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from gui import i18n

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "resources" / "i18n"
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# Named {placeholders} and Qt's %1..%9 and %n must survive translation unchanged.
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%[1-9n]")


def source_strings() -> set[tuple[str, str]]:
    """(context, text) of every self.tr("...") in a class and QCoreApplication.translate("C",
    "...") (or `translate = QCoreApplication.translate` then translate("C", "...")) in gui/, read
    from the code as lupdate reads it."""
    found: set[tuple[str, str]] = set()

    def literal(node: ast.AST) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
            else None

    for path in sorted((REPO / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for call in ast.walk(node):
                    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and \
                            call.func.attr == "tr" and isinstance(call.func.value, ast.Name) and \
                            call.func.value.id == "self" and call.args and \
                            literal(call.args[0]) is not None:
                        found.add((node.name, literal(call.args[0]) or ""))
            translate_call = isinstance(node, ast.Call) and (
                (isinstance(node.func, ast.Attribute) and node.func.attr == "translate")
                or (isinstance(node.func, ast.Name) and node.func.id == "translate"))
            if translate_call and len(node.args) >= 2 and \
                    literal(node.args[0]) and literal(node.args[1]) is not None:
                found.add((literal(node.args[0]) or "", literal(node.args[1]) or ""))
    return found


def catalog(language: str) -> dict[tuple[str, str], str | None]:
    out: dict[tuple[str, str], str | None] = {}
    root = ET.parse(I18N / f"silteme_{language}.ts").getroot()
    assert root.get("language") == language
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform") if translation is not None else []
            if kind == "unfinished" or translation is None:
                text = None
            elif message.get("numerus") == "yes":
                # Plural messages: every form must be translated; the first stands for them.
                text = forms[0].text if forms and all((f.text or "").strip() for f in forms) \
                    else None
            else:
                text = translation.text
            out[(name, message.findtext("source") or "")] = text
    return out


def test_the_code_marks_strings_for_translation() -> None:
    strings = source_strings()
    assert len(strings) > 300
    assert ("Sidebar", "Trash") in strings and ("ItemTypes", "Court decision") in strings


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_string_is_translated(language: str) -> None:
    strings = source_strings()
    entries = catalog(language)
    missing = sorted(strings - set(entries))
    assert not missing, f"not in silteme_{language}.ts (run tools/update_translations.py): " \
                        f"{missing[:5]}"
    untranslated = sorted(k for k in strings if not (entries[k] or "").strip())
    assert not untranslated, f"untranslated in silteme_{language}.ts: {untranslated[:5]}"
    for (context, source), text in entries.items():
        if (context, source) not in strings:
            continue
        assert text is not None
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), \
            (context, source, text)
        if "&" in source.replace("&&", ""):
            assert text.replace("&&", "").count("&") == 1, (context, source, text)


def test_kazakh_is_kazakh_not_russian() -> None:
    strings = source_strings()
    ru, kk = catalog("ru"), catalog("kk")
    words = [k for k in strings if re.search(r"[A-Za-z]{4,}", k[1])]
    differs = [k for k in words if kk[k] != ru[k]]
    kazakh = [k for k in words if KAZAKH_LETTERS & set(kk[k] or "")]
    assert len(differs) / len(words) > 0.85
    assert len(kazakh) / len(words) > 0.5
    assert kk[("Sidebar", "Trash")] == "Себет" and ru[("Sidebar", "Trash")] == "Корзина"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_compiled_catalogs_are_up_to_date(qapp: Any, language: str) -> None:
    """The committed .qm answers every message of its .ts with that translation (whatever
    version of lrelease compiled it): a catalog edited but not compiled fails here."""
    translator = QTranslator()
    assert translator.load(str(I18N / f"silteme_{language}.qm"))
    # n = 1 picks the first plural form of a %n message (its text in `catalog`).
    stale = [(context, source) for (context, source), text in catalog(language).items()
             if text and translator.translate(context, source, None, 1) != text]
    assert not stale, f"run tools/update_translations.py and commit the .qm: {stale[:5]}"


def test_the_translator_loads_and_switches(qapp: Any) -> None:
    assert i18n.set_language("kk") == "kk"
    assert QCoreApplication.translate("Sidebar", "Trash") == "Себет"
    assert QCoreApplication.translate("ItemTypes", "Court decision") == "Сот шешімі"
    assert QLocale().name().startswith("kk")
    assert i18n.set_language("ru-RU") == "ru"
    assert QCoreApplication.translate("Sidebar", "Trash") == "Корзина"
    assert i18n.set_language("en") == "en"
    assert QCoreApplication.translate("Sidebar", "Trash") == "Trash"
    assert i18n.set_language("de") == "ru"  # not offered: the default
    assert i18n.current_language() == "ru"
    i18n.set_language("en")


def test_qt_s_own_strings_follow(qapp: Any) -> None:
    i18n.set_language("kk")
    try:
        # standard buttons of message boxes and dialogs come from Qt's own Kazakh catalog
        from PySide6.QtWidgets import QDialogButtonBox

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() not in ("Cancel",
                                                                                  "&Cancel")
    finally:
        i18n.set_language("en")


def test_pending_translations_fill_only_what_is_missing(tmp_path: Path) -> None:
    """tools/update_translations.py takes translations written before their strings reached
    the catalogs (resources/i18n/pending/*.json) and never overwrites one already made."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_translations",
                                                  REPO / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    ts = tmp_path / "silteme_kk.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="kk" sourcelanguage="en"><context><name>Builder</name>'
        '<message><source>Bibliography builder</source>'
        '<translation type="unfinished"></translation></message>'
        '<message><source>Trash</source><translation>Себет</translation></message>'
        '</context></TS>\n', encoding="utf-8")
    pending = tmp_path / "pending"
    pending.mkdir()
    (pending / "gui-bib.json").write_text(
        '{"Bibliography builder": {"ru": "Составитель списка", "kk": "Тізім құрастырушы"},'
        ' "Trash": {"ru": "Корзина", "kk": "Қоқыс"}}', encoding="utf-8")
    assert tool.fill_from_pending(ts, "kk", tool.load_pending(pending)) == 1
    root = ET.parse(ts).getroot()
    got = {m.findtext("source"): m.find("translation") for m in root.iter("message")}
    assert got["Bibliography builder"].text == "Тізім құрастырушы"
    assert got["Bibliography builder"].get("type") is None
    assert got["Trash"].text == "Себет"
    assert tool.untranslated(ts) == []
