"""Reference -> journal: any valid ISSN, else normalised title awaiting confirmation."""

from __future__ import annotations

from core.journals.matching import match_journal, normalise_title
from core.model import Issn, Reference

BY_ISSN = {"1741-8984": "1", "1741-8992": "1", "2710-3994": "2"}
BY_TITLE = {"migration letters": ["1"], "вестник торайгыров университета серия юридическая":
            ["2"], "хабаршы": ["3", "4"]}


def test_normalise_title() -> None:
    assert normalise_title("The Journal of Law & Society") == "journal of law and society"
    assert normalise_title("Вестник Торайгыров университета. Серия «Юридическая»") == \
        "вестник торайгыров университета серия юридическая"
    assert normalise_title("Құқық және мемлекет") == normalise_title("ҚҰҚЫҚ И МЕМЛЕКЕТ")


def test_electronic_issn_finds_journal_listed_under_print() -> None:
    ref = Reference(container_title="Migr. Lett.", issn=[Issn("1741-8992", "electronic")])
    m = match_journal(ref, BY_ISSN, BY_TITLE)
    assert (m.journal_id, m.by, m.trusted) == ("1", "issn", True)


def test_issn_not_in_registry_falls_back_to_title_needing_confirmation() -> None:
    ref = Reference(container_title="Migration Letters", issn=[Issn("0028-0836")])
    m = match_journal(ref, BY_ISSN, BY_TITLE)
    assert (m.journal_id, m.by, m.trusted) == ("1", "title", False)
    assert "ISSN 0028-0836 not in the registry" in m.note and "confirm" in m.note


def test_invalid_issn_and_ambiguous_title() -> None:
    ref = Reference.from_csl({"type": "article-journal", "container-title": "Хабаршы",
                              "ISSN": ["1741-8993"]})
    m = match_journal(ref, BY_ISSN, BY_TITLE)
    assert m.journal_id is None
    assert "invalid ISSN 1741-8993" in m.note and "title matches 2 journals" in m.note


def test_nothing_to_match() -> None:
    m = match_journal(Reference(type="book"), BY_ISSN, BY_TITLE)
    assert m.journal_id is None and "no journal title or ISSN" in m.note
