"""Refresh the interface catalogs: extract every tr()/translate() string of gui/ into
resources/i18n/silteme_<lang>.ts (pyside6-lupdate keeps the translations already made and marks
strings that vanished as obsolete), then compile them to .qm (pyside6-lrelease), which the app
loads.

Run after adding or changing GUI strings (for instance after merging a branch with new dialogs):

    python tools/update_translations.py            # lupdate, fill from pending/, lrelease
    python tools/update_translations.py --check    # also fail if a string lacks a translation

Translations written before their strings reached the catalogs wait in
resources/i18n/pending/*.json as {"English source": {"ru": "...", "kk": "..."}}; every entry the
catalogs lack a translation for is taken from there. Translate what is still missing
(pyside6-linguist resources/i18n/silteme_kk.ts, or any .ts editor) and run the script again."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ru", "kk", "en")
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))


def load_pending(folder: Path) -> dict[str, dict[str, str]]:
    """English source -> {language: translation} from every JSON file in `folder`."""
    out: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("*.json")):
        for source, texts in json.loads(path.read_text(encoding="utf-8")).items():
            if isinstance(texts, dict):
                out.setdefault(source, {}).update(
                    {k: v for k, v in texts.items() if isinstance(v, str) and v.strip()})
    return out


def fill_from_pending(ts: Path, language: str, pending: dict[str, dict[str, str]]) -> int:
    """Give every untranslated message of a catalog its pending translation; the number filled.
    Translations already in the catalog are never replaced."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        if translation.get("type") != "unfinished" and (translation.text or "").strip():
            continue
        text = pending.get(message.findtext("source") or "", {}).get(language)
        if not text:
            continue
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes" and forms:
            # Pending texts for %n messages are worded to fit every number ("DOI: %n"), so each
            # plural form gets the same text.
            for form in forms:
                form.text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def untranslated(ts: Path) -> list[str]:
    """Source texts of current (not obsolete) messages that have no translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if kind in ("obsolete", "vanished"):
            continue
        numerus = translation is not None and translation.findall("numerusform")
        text = "".join(f.text or "" for f in numerus) if numerus else (
            translation.text if translation is not None else "")
        if kind == "unfinished" or not (text or "").strip():
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a Russian or Kazakh string has no translation")
    parser.add_argument("--no-obsolete", action="store_true",
                        help="drop strings no longer in the code from the catalogs")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
    files = sources()
    pending = load_pending(I18N / "pending")
    status = 0
    for lang in LANGUAGES:
        ts = I18N / f"silteme_{lang}.ts"
        cmd = [lupdate, *files, "-source-language", SOURCE_LANGUAGE, "-target-language", lang,
               "-locations", "none", "-ts", str(ts)]
        if args.no_obsolete:
            cmd.insert(1, "-no-obsolete")
        subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
        filled = fill_from_pending(ts, lang, pending) if lang != SOURCE_LANGUAGE else 0
        if filled:  # lupdate once more writes the catalog in its own layout
            subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT,
                       check=True, capture_output=True)
        missing = untranslated(ts) if lang != SOURCE_LANGUAGE else []
        note = f" ({filled} filled from pending/)" if filled else ""
        print(f"{ts.relative_to(ROOT)}: {len(missing)} untranslated{note}")
        if missing and args.check:
            for text in missing[:20]:
                print(f"    {text!r}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
