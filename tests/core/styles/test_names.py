"""Tests for initials and name forms (Kazakh letters, hyphens, stored initials, particles)."""

from __future__ import annotations

import unicodedata

import pytest

from core.model import Creator
from core.styles.names import format_name, initials


@pytest.mark.parametrize(("given", "expected"), [
    ("Әлия Сейтқалиқызы", "Ә. С."),
    ("Үміт Ерланқызы", "Ү. Е."),
    ("Ұлан Өмірұлы", "Ұ. Ө."),
    ("Жан-Поль", "Ж.-П."),
    ("Jean-Paul", "J.-P."),
    ("A. Sh.", "A. Sh."),
    ("A.Sh.", "A. Sh."),
    ("Ivan Petrovich", "I. P."),
    ("AS", "A. S."),
    ("Jean de", "J. de"),
    # stored hyphenated initials stay as they are (issue #4: "initials already stored as initials
    # stay"); they used to come out as `J. -P.`
    ("J.-P.", "J.-P."),
    ("Ж.-П. Иванович", "Ж.-П. И."),
    ("", ""),
])
def test_initials(given: str, expected: str) -> None:
    assert initials(given) == expected


def test_initials_of_decomposed_letter_keep_the_mark() -> None:
    decomposed = unicodedata.normalize("NFD", "Ёлка")
    assert initials(decomposed) == "Ё."


def test_kazakh_names_inverted() -> None:
    c = Creator(family="Әбілқасымова", given="Әлия Сейтқалиқызы")
    assert format_name(c) == "Әбілқасымова, Ә. С."
    c = Creator(family="Құдайбергенова", given="Үміт Ерланқызы")
    assert format_name(c) == "Құдайбергенова, Ү. Е."
    assert format_name(Creator(family="Khamzin", given="A. Sh.")) == "Khamzin, A. Sh."


def test_particles_suffixes_and_organisations() -> None:
    c = Creator(family="Meer", particle="van der", given="Jan Karel", suffix="Jr.")
    assert format_name(c) == "van der Meer, J. K., Jr."
    assert format_name(c, order="given-first") == "J. K. van der Meer Jr."
    b = Creator(family="Beethoven", given="Ludwig", dropping_particle="van")
    assert format_name(b) == "Beethoven, L. van"
    org = Creator(literal="Министерство юстиции Республики Казахстан")
    assert format_name(org) == "Министерство юстиции Республики Казахстан"
    assert format_name(org, order="given-first") == org.literal
