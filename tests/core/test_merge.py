"""Filling a stored record's empty fields from a duplicate: nothing stored is overwritten."""

from __future__ import annotations

from core.dates import PartialDate
from core.merge import fill_empty
from core.model import Creator, Reference


def _stored() -> Reference:
    return Reference(id=7, citation_key="abilkasymova2023migration", type="article-journal",
                     title="Қазақстандағы көші-қон", doi="10.1000/xyz",
                     creators=[Creator(family="Әбілқасымова", given="Ә. С.")],
                     keywords=["миграция", "право"], volume="12")


def test_empty_fields_are_filled_and_nothing_stored_is_overwritten():
    incoming = Reference(type="article-journal", title="Kazakhstandagy koshi-kon",
                         doi="10.1000/xyz", volume="99", issue="3", page="601-620",
                         issued=PartialDate(2023), container_title="Migration Letters",
                         creators=[Creator(family="Abilkassymova", given="A.")],
                         keywords=["Право", "Kazakhstan"], citation_key="other")
    merged, filled = fill_empty(_stored(), incoming)
    assert filled == ["container-title", "issue", "issued", "keyword", "page"]
    assert merged.id == 7 and merged.citation_key == "abilkasymova2023migration"
    assert merged.title == "Қазақстандағы көші-қон"
    assert merged.volume == "12"
    assert [c.family for c in merged.creators] == ["Әбілқасымова"]
    assert merged.keywords == ["миграция", "право", "Kazakhstan"]
    assert merged.issue == "3" and merged.page == "601-620" and merged.year == 2023


def test_creators_come_over_only_when_the_stored_record_has_none_in_that_role():
    stored = Reference(id=1, title="Кодекс", creators=[])
    incoming = Reference(title="Кодекс", creators=[Creator(literal="Парламент РК"),
                                                   Creator(role="editor", family="Ким")])
    merged, filled = fill_empty(stored, incoming)
    assert filled == ["author", "editor"]
    assert [c.display() for c in merged.creators] == [c.display() for c in incoming.creators]


def test_nothing_to_fill_returns_an_equal_copy():
    stored = _stored()
    merged, filled = fill_empty(stored, Reference(title="x", doi="10.1000/xyz"))
    assert filled == []
    assert merged == stored and merged is not stored


def test_unknown_keys_kept_in_extra_are_filled_too():
    stored = Reference(id=3, title="A")
    incoming = Reference(title="A", extra={"bibtex-groups": "грант"})
    merged, filled = fill_empty(stored, incoming)
    assert filled == ["bibtex-groups"]
    assert merged.extra["bibtex-groups"] == "грант"
