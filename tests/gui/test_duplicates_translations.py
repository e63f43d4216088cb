"""Every user-visible string of the duplicates view goes through tr() / translate() with literal
text, and the pending Russian and Kazakh catalogue (resources/i18n/pending/gui-dupes.json) covers
each one with the same placeholders and one keyboard mnemonic, in Kazakh letters where the
English has words, with no entry left over."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MODULES = ["gui/duplicates_view.py", "gui/duplicate_pairs.py", "gui/duplicate_merge.py"]
CATALOGUE = REPO / "resources/i18n/pending/gui-dupes.json"
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def translatable(path: Path) -> list[str]:
    """Literal texts of self.tr(...) and QCoreApplication.translate("Context", ...); fails on
    a call lupdate could not read (no literal, or a helper wrapping translate)."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for fstring in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
        for call in (n for n in ast.walk(fstring) if isinstance(n, ast.Call)):
            assert getattr(call.func, "attr", None) not in ("tr", "translate"), \
                f"{path.name}:{call.lineno}: lupdate does not read tr() inside an f-string"
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        fn = node.func
        name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", None)
        if name == "tr":
            arg = node.args[0] if node.args else None
        elif name == "translate":
            assert isinstance(fn, ast.Attribute) and len(node.args) >= 2, \
                f"{path.name}:{node.lineno}: use QCoreApplication.translate(context, text)"
            arg = node.args[1]
        elif name == "_t":
            raise AssertionError(f"{path.name}:{node.lineno}: lupdate cannot read _t(...)")
        else:
            continue
        assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), \
            f"{path.name}:{node.lineno}: translatable text must be literal"
        found.append(arg.value)
    return found


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[a-z_]+\}|%n", text))


@pytest.mark.parametrize("module", MODULES)
def test_every_string_is_in_the_catalogue_with_its_placeholders(module: str) -> None:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    strings = translatable(REPO / module)
    assert len(strings) > 20
    for source in strings:
        assert source in catalogue, f"not translated: {source!r}"
        for lang in ("ru", "kk"):
            target = catalogue[source][lang]
            assert target.strip(), (source, lang)
            assert placeholders(target) == placeholders(source), (source, lang, target)
            if "&" in source:
                assert target.count("&") == 1, (source, lang, target)


def test_kazakh_is_kazakh_and_the_catalogue_has_nothing_stale() -> None:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    used = {s for module in MODULES for s in translatable(REPO / module)}
    assert set(catalogue) == used
    worded = [s for s in catalogue if re.search(r"[A-Za-z]{4,}", re.sub(r"\{[a-z_]+\}", "", s))]
    kazakh = [s for s in worded if KAZAKH_LETTERS & set(catalogue[s]["kk"])]
    differs = [s for s in worded if catalogue[s]["kk"] != catalogue[s]["ru"]]
    assert len(kazakh) / len(worded) > 0.6
    assert len(differs) / len(worded) > 0.9
    assert catalogue["Pairs: %n"] == {"ru": "Пар: %n", "kk": "Жұптар: %n"}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_mnemonics_of_the_view_do_not_clash(lang: str) -> None:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    labels = [s for s in translatable(REPO / "gui/duplicates_view.py") if "&" in s]
    shown = labels if lang == "en" else [catalogue[s][lang] for s in labels]
    keys = [t[t.index("&") + 1].casefold() for t in shown]
    assert len(keys) == len(set(keys)), (lang, shown)
