"""Merging duplicates: filling a stored record's empty fields (nothing stored is overwritten),
and the user's field-by-field merge."""

from __future__ import annotations

import pytest

from core.dates import PartialDate
from core.errors import InvalidValueError
from core.merge import (
    CREATORS,
    comparable_fields,
    describe_value,
    field_differences,
    field_key,
    fill_empty,
    merge_records,
    parse_choices,
)
from core.model import Creator, Issn, Reference


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


# ---------------------------------------------------------------------------------- user merge
def _pair() -> tuple[Reference, Reference]:
    keep = Reference(id=4, citation_key="khamzin2020", type="article-journal",
                     title="Правовое регулирование трудовой миграции",
                     creators=[Creator(family="Хамзин", given="А. Ш."),
                               Creator(family="Бурибаев", given="Е. А.")],
                     keywords=["миграция", "право"], volume="12",
                     issn=[Issn("1741-8984", "print")], issued=PartialDate(2020),
                     updated_by=[{"type": "correction", "DOI": "10.33182/ml.v17i5.1"}])
    other = Reference(id=9, citation_key="khamzin2020a", type="article-journal",
                      title="Pravovoe regulirovanie trudovoi migratsii",
                      creators=[Creator(family="Khamzin", given="A."),
                                Creator(role="editor", family="Omarov")],
                      keywords=["Право", "labour migration"], volume="13", issue="5",
                      doi="10.33182/ml.v17i5.1060", issn=[Issn("1741-8992", "electronic")],
                      issued=PartialDate(2020, 9),
                      updated_by=[{"type": "retraction", "DOI": "10.33182/ml.v17i5.2"}])
    return keep, other


def test_default_merge_keeps_keep_fills_empty_and_unites_lists() -> None:
    keep, other = _pair()
    merged, changed = merge_records(keep, other)
    assert merged.id == 4 and merged.citation_key == "khamzin2020"
    assert merged.title == keep.title and merged.volume == "12"
    assert [c.family for c in merged.creators] == ["Хамзин", "Бурибаев"]
    assert merged.doi == "10.33182/ml.v17i5.1060" and merged.issue == "5"
    assert merged.keywords == ["миграция", "право", "labour migration"]
    assert [(i.value, i.kind) for i in merged.issn] == [("1741-8984", "print"),
                                                        ("1741-8992", "electronic")]
    # A retraction mark is never lost in a merge.
    assert merged.is_retracted and len(merged.updated_by) == 2
    assert changed == ["DOI", "ISSN", "issue", "keyword", "updated-by"]


def test_the_users_choices_win_field_by_field() -> None:
    keep, other = _pair()
    merged, changed = merge_records(keep, other, {
        "title": "other", "creators": "other", "keywords": "keep", "volume": "other",
        "issued": "other", "ISSN": "other", "citation_key": "other"})
    assert merged.title == "Pravovoe regulirovanie trudovoi migratsii"
    # The creators come over as one list, roles included.
    assert [(c.role, c.family) for c in merged.creators] == [("author", "Khamzin"),
                                                             ("editor", "Omarov")]
    assert merged.keywords == ["миграция", "право"]
    assert merged.volume == "13" and merged.issued == PartialDate(2020, 9)
    assert [(i.value, i.kind) for i in merged.issn] == [("1741-8992", "electronic")]
    assert merged.citation_key == "khamzin2020a" and merged.id == 4
    assert CREATORS in changed and "title" in changed and "citation-key" in changed


def test_choosing_keep_for_a_field_keep_lacks_leaves_it_empty() -> None:
    keep, other = _pair()
    merged, _ = merge_records(keep, other, {"DOI": "keep"})
    assert merged.doi is None


@pytest.mark.parametrize("choices, message", [
    ({"nonsense": "other"}, "neither record has this field"),
    ({"title": "both"}, "choose one of keep, other, union"),
    ({"title": "union"}, "only keyword, ISBN, ISSN and updated-by can be united"),
])
def test_bad_choices_are_refused(choices: dict[str, str], message: str) -> None:
    keep, other = _pair()
    with pytest.raises(InvalidValueError, match=message):
        merge_records(keep, other, choices)


def test_field_differences_list_what_differs_with_the_default_choice() -> None:
    keep, other = _pair()
    diffs = {d.key: d for d in field_differences(keep, other)}
    assert list(diffs)[0] == CREATORS
    assert set(diffs) == {CREATORS, "DOI", "ISSN", "citation-key", "issue", "issued", "keyword",
                          "title", "updated-by", "volume"}
    assert diffs["DOI"].keep is None and diffs["DOI"].default == "other"
    assert diffs["title"].default == "keep" and diffs["keyword"].default == "union"
    assert describe_value(CREATORS, diffs[CREATORS].other) == "Khamzin, A. | editor: Omarov"
    assert describe_value("issued", diffs["issued"].other) == "2020-09"
    assert describe_value("keyword", diffs["keyword"].keep) == "миграция, право"
    same = field_differences(keep, keep.copy())
    assert same == []


def test_comparable_fields_hold_every_field_the_diff_and_the_merge_know() -> None:
    keep, other = _pair()
    other.extra["silteme-original"] = {"title": "raw"}   # bookkeeping: never compared
    other.extra["call-number"] = "KZ 341.2"              # a kept extra key: compared
    fields = comparable_fields(other)
    assert list(fields)[0] == CREATORS
    assert fields[CREATORS] == {"author": [{"family": "Khamzin", "given": "A."}],
                                "editor": [{"family": "Omarov"}]}
    assert "issn-type" not in fields and fields["ISSN"] == "1741-8992"
    assert "silteme-original" not in fields and fields["call-number"] == "KZ 341.2"
    differing = {d.key for d in field_differences(keep, other)}
    assert differing <= set(comparable_fields(keep)) | set(fields)
    # Every field offered can be chosen from either side without an error.
    merged, _ = merge_records(keep, other, {key: "other" for key in fields})
    assert merged.title == other.title and merged.extra["call-number"] == "KZ 341.2"


def test_user_typed_field_names_and_take_options() -> None:
    assert field_key("container_title") == "container-title"
    assert field_key("doi") == "DOI" and field_key("authors") == CREATORS
    assert field_key("title-translit") == "title-translit"
    assert parse_choices(["title=other", "Keywords=KEEP"]) == {"title": "other",
                                                                "keyword": "keep"}
    with pytest.raises(InvalidValueError):
        parse_choices(["title"])
