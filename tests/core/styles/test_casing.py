"""Tests for the sentence-case editing tool."""

from __future__ import annotations

import pytest

from core.styles.casing import to_sentence_case


@pytest.mark.parametrize(("title", "expected"), [
    ("The Role of NATO in Central Asia: A Review of Self-Report Data",
     "The role of NATO in Central Asia: A review of self-report data"),
    ("Migration Law of the Republic of Kazakhstan", "Migration law of the Republic of Kazakhstan"),
    ("Genes of <i>E. Coli</i> in iPhone Apps", "Genes of <i>E. coli</i> in iPhone apps"),
    ('Using <span class="nocase">Big Data</span> in Courts',
     'Using <span class="nocase">Big Data</span> in courts'),
    ("COVID-19 And The Courts", "COVID-19 and the courts"),
    ("Why? Because It Works", "Why? Because it works"),
    ("Правовое Регулирование Миграции в Республике Казахстан",
     "Правовое регулирование миграции в Республике Казахстан"),
    ("ҚР Азаматтық Кодексі", "ҚР азаматтық кодексі"),
    ("From Nur-Sultan To Astana", "From Nur-Sultan to Astana"),
])
def test_sentence_case(title: str, expected: str) -> None:
    assert to_sentence_case(title) == expected


def test_extra_proper_nouns() -> None:
    assert to_sentence_case("Studies of Abai Kunanbaiuly", proper_nouns=["Abai", "Kunanbaiuly"]) \
        == "Studies of Abai Kunanbaiuly"
    assert to_sentence_case("Studies of Abai") == "Studies of abai"
