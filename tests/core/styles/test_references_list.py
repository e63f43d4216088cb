"""The transliterated References list (gost-rules.md §4: "Kazakh journals also want a
transliterated References block: Kazakh into the official Latin alphabet, Russian by BSI, and
the English translation of the title in [brackets]"; sources 8–10 there)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.errors import InvalidValueError
from core.model import Reference
from core.styles.references_list import references_list, romanize_reference
from core.translit import SCHEMES

ROOT = Path(__file__).resolve().parents[3]
REFS = [Reference.from_csl(i) for i in json.loads(
    (ROOT / "tests" / "fixtures" / "gost" / "sources_40.json").read_text("utf-8"))]
BY_KEY = {r.citation_key: r for r in REFS}


def test_russian_by_bsi_kazakh_by_the_2021_alphabet_translated_title_and_language() -> None:
    ivanov = BY_KEY["ivanov"].with_changes(title_translated="Migration law")
    entries = references_list([ivanov, BY_KEY["musa"], BY_KEY["khamzin"]], "bsi",
                              kk_scheme="kazakh-latin-2021")
    texts = {e.ref.citation_key: e.text() for e in entries}
    assert texts["ivanov"] == ("Ivanov, I. P. (2020). Migratsionnoe pravo: monografiya "
                               "[Migration law]. Jetı jarğy. [in Russian]")
    assert texts["musa"].startswith("Musabekova, N. M., & Talipova, J. J. (2023). "
                                    "Qazaqstanğa zañsyz köşıp kelu mäselelerı. In «XV Toraiğyrov")
    assert texts["musa"].endswith("[in Kazakh]")
    assert "[in" not in texts["khamzin"]                      # English records are unchanged
    assert texts["khamzin"].endswith("https://doi.org/10.47059/ml.v20i5.2891")
    assert entries[0].ref is not None and all(e.ref in (ivanov, BY_KEY["musa"], BY_KEY["khamzin"])
                                              for e in entries)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_scheme_romanises_all_40_sources(scheme: str) -> None:
    entries = references_list(REFS, scheme)
    assert len(entries) == 40
    for e in entries:
        assert not any("\u0400" <= ch <= "\u04ff" for ch in e.text()), (scheme, e.text())
    notes = [e.text().rsplit("[in ", 1)[-1] for e in entries if "[in " in e.text()]
    assert notes.count("Kazakh]") >= 7 and notes.count("Russian]") >= 20


def test_scheme_differences_show_in_the_list() -> None:
    law = BY_KEY["migr"]
    assert "Zakon Respubliki Kazakhstan" in references_list([law], "bsi")[0].text()
    assert "Zakon Respubliki Kazaxstan" in references_list([law], "gost-7.79-b")[0].text()
    assert "naseleniia" in references_list([law], "lc")[0].text()
    assert "naseleniya" in references_list([law], "bgn-pcgn")[0].text()


def test_stored_romanisation_wins() -> None:
    ref = BY_KEY["ivanov"].with_changes(title_translit="Migratsionnoe pravo (author's own)")
    assert romanize_reference(ref, "lc").title == "Migratsionnoe pravo (author's own)"


def test_unknown_scheme() -> None:
    with pytest.raises(InvalidValueError):
        references_list(REFS[:1], "iso-9")
