"""Every user-visible string of the DOI dialogs goes through tr() with literal text, and the
pending Russian/Kazakh catalogue (resources/i18n/pending/gui-doi.json) covers each one with the
same placeholders."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MODULES = ["gui/add_doi_dialog.py", "gui/crossref_messages.py", "gui/find_doi_dialog.py",
           "gui/refresh_dialog.py", "gui/pending_monitor.py"]
CATALOGUE = REPO / "resources/i18n/pending/gui-doi.json"


def translatable(path: Path) -> list[str]:
    """Literal first arguments of tr(...) / _t(...) calls; fails on a non-literal one."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        fn = node.func
        name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", None)
        if name not in ("tr", "_t"):
            continue
        arg = node.args[0] if node.args else None
        assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), \
            f"{path.name}:{node.lineno}: tr() needs literal text"
        found.append(arg.value)
    return found


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%(?:\d|n|v|m)", text))


@pytest.mark.parametrize("module", MODULES)
def test_every_string_is_in_the_catalogue_with_its_placeholders(module: str) -> None:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    strings = translatable(REPO / module)
    assert strings
    for source in strings:
        assert source in catalogue, f"not translated: {source!r}"
        for lang in ("ru", "kk"):
            target = catalogue[source][lang]
            assert target.strip(), (source, lang)
            assert placeholders(target) == placeholders(source), (source, lang, target)


def test_the_catalogue_has_no_stale_entries() -> None:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    used = {s for module in MODULES for s in translatable(REPO / module)}
    assert set(catalogue) == used
