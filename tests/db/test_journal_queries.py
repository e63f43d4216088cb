"""The journal screens' reads: the list with latest metrics and reference counts, search as you
type, one journal with provenance and verdicts, the team assessment; a cancelled import writes
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.dates import PartialDate
from core.errors import CancelledError, NotFoundError
from core.journals import importers
from core.journals.model import Journal, JournalIssn
from core.journals.rules import Result
from core.journals.templates import (
    citescore_row,
    write_citescore_xlsx,
    write_koksnvo_template,
    write_wos_csv,
)
from core.model import Creator, Issn, Reference
from db import journals as repo
from db.journal_queries import assess_team, journal_details, journal_summaries, reference_counts
from db.library import Library


@pytest.fixture()
def lib(tmp_path: Path) -> Library:
    library = Library.open(tmp_path / "lib.sqlite")
    yield library  # type: ignore[misc]
    library.close()


def _registry(lib: Library, tmp_path: Path) -> None:
    cs = write_citescore_xlsx(tmp_path / "CiteScore 2021-2022.xlsx", {
        2021: [citescore_row(1, "Migration Letters", 3317, "Demography", 58, 50, 112, 2,
                             "1741-8984", "17418992")],
        2022: [citescore_row(1, "Migration Letters", 3317, "Demography", 65, 40, 112, 2,
                             "1741-8984", "17418992"),
               citescore_row(1, "Migration Letters", 3308, "Law", 20, 600, 750, 4,
                             "1741-8984", "17418992"),
               citescore_row(2, "Lost Zero Journal", 3308, "Law", 34, 500, 750, 3, 280836)]})
    tracker = write_citescore_xlsx(tmp_path / "CiteScore Tracker 2023.xlsx", {2023: [
        citescore_row(1, "Migration Letters", 3317, "Demography", 90, 5, 112, 1, "1741-8984")]})
    wos = write_wos_csv(tmp_path / "wos-core_SSCI 2023-February-22.csv", [
        ["MIGRATION LETTERS", "1741-8984", "1741-8992", "TPL", "", "English", "Demography"]])
    k = write_koksnvo_template(tmp_path / "koksnvo.csv", [
        ["Вестник Торайгыров университета. Серия Юридическая", "2710-3994", "", "", "2",
         "Право", "52", "28.01.2021", "2021-01-28", ""]])
    with lib.transaction() as s:
        for path, kind in ((cs, "scopus-citescore"), (tracker, "scopus-citescore"),
                           (wos, "wos"), (k, "koksnvo")):
            repo.import_dataset(s, importers.parse(kind, path), index_name="SSCI"
                                if kind == "wos" else None)


def _refs(lib: Library) -> list[int]:
    authors = [Creator.parse("Khamzin, A."), Creator.parse("Khamzina, Z.")]
    return lib.add_many([
        Reference(type="article-journal", title="Labor migration", creators=authors,
                  container_title="Migration Letters", issued=PartialDate(2023, 8),
                  issn=[Issn("1741-8992", "electronic")]),
        Reference(type="article-journal", title="By title only", creators=authors,
                  container_title="MIGRATION LETTERS", issued=PartialDate(2022)),
        Reference(type="article-journal", title="Personal data", creators=authors,
                  container_title="Вестник Торайгыров университета", issued=PartialDate(2023),
                  issn=[Issn("2710-3994")]),
        Reference(type="book", title="Монография", creators=authors, issued=PartialDate(2024)),
    ])


def test_the_list_shows_latest_complete_citescore_indexes_lists_and_counts(
        lib: Library, tmp_path: Path) -> None:
    _registry(lib, tmp_path)
    ids = _refs(lib)
    lib.delete(ids[2])        # a reference in the trash is not counted
    with lib.read() as s:
        rows = {r.title: r for r in journal_summaries(s)}
    assert list(rows) == ["Lost Zero Journal", "Migration Letters",
                          "Вестник Торайгыров университета. Серия Юридическая"]
    ml = rows["Migration Letters"]
    assert ml.issns == ["1741-8984", "1741-8992"]
    # 2022 is the latest complete year (the 2023 Tracker is not final); best subject 65, Q2.
    assert (ml.citescore_year, ml.percentile, ml.quartile, ml.subject,
            ml.citescore_complete) == (2022, 65, 2, "Demography", True)
    assert ml.wos == ["SSCI"] and ml.lists == []
    assert ml.references == 2      # by ISSN, and by its (unique) title
    lz = rows["Lost Zero Journal"]
    assert (lz.issns, lz.percentile, lz.quartile) == (["0028-0836"], 34, 3)
    koksnvo = rows["Вестник Торайгыров университета. Серия Юридическая"]
    assert koksnvo.lists == ["2"] and koksnvo.percentile is None and koksnvo.references == 0
    with lib.read() as s:
        assert [r.title for r in journal_summaries(s, [koksnvo.id, ml.id])] == [
            koksnvo.title, "Migration Letters"]
        assert sum(reference_counts(s).values()) == 2


def test_only_a_tracker_value_is_shown_as_in_progress(lib: Library, tmp_path: Path) -> None:
    path = write_citescore_xlsx(tmp_path / "CiteScore Tracker 2024.xlsx", {2024: [
        citescore_row(5, "New Journal", 3308, "Law", 40, 5, 700, 3, "2307-5201")]})
    with lib.transaction() as s:
        repo.import_dataset(s, importers.parse("scopus-citescore", path))
        (row,) = journal_summaries(s)
    assert (row.citescore_year, row.percentile, row.citescore_complete) == (2024, 40, False)


def test_search_as_you_type(lib: Library, tmp_path: Path) -> None:
    _registry(lib, tmp_path)
    with lib.transaction() as s:
        jid = repo.save_journal(s, Journal("Құқық және мемлекет", [JournalIssn("2307-5201")],
                                           alt_titles=["Право и государство",
                                                       "Law and State"]))
        ml = repo.find_journals(s, "Migration Letters")[0]
        # A partly typed ISSN finds the journal whose ISSN starts with it.
        assert repo.find_journals(s, "1741-89", as_you_type=True) == [ml]
        assert repo.find_journals(s, "174189", as_you_type=True) == [ml]
        assert repo.find_journals(s, "1741-8992", as_you_type=True) == [ml]
        # Titles containing the words, even when one title is exact.
        lost = repo.find_journals(s, "Lost Zero Journal")
        assert repo.find_journals(s, "journal", as_you_type=True) == lost
        assert repo.find_journals(s, "право", as_you_type=True) == [jid]     # alternative title
        assert repo.find_journals(s, "ҚҰҚЫҚ", as_you_type=True) == [jid]    # Kazakh, any case
        # The command line's lookup is unchanged: a lost leading zero is repaired.
        assert repo.find_journals(s, "280836") == lost
        assert repo.find_journals(s, "280836", as_you_type=True) == []


def test_journal_details_provenance_and_verdicts(lib: Library, tmp_path: Path) -> None:
    _registry(lib, tmp_path)
    with lib.read() as s:
        jid = repo.find_journals(s, "1741-8992")[0]
        details = journal_details(s, jid)
        with pytest.raises(NotFoundError):
            journal_details(s, 999)
    labels = set(details.recorded_at)
    assert "CiteScore 2021-2022.xlsx [CiteScore 2022]" in labels
    assert any(label.startswith("WoS SSCI 2023-02-22") for label in labels)
    verdicts = {(v.rule_set, v.requirement): v for v in details.verdicts(2023)}
    intl = verdicts[("team-grant", "international")]
    assert intl.verdict.result is Result.ELIGIBLE and "in WoS SSCI" in intl.verdict.text
    assert intl.rule_set_name.startswith("Грант") and intl.requirement_name.startswith("Статья")


def test_assess_team(lib: Library, tmp_path: Path) -> None:
    _registry(lib, tmp_path)
    ids = _refs(lib)
    with lib.transaction() as s:
        repo.add_team_publications(s, [ids[0], ids[2], ids[3]])
        team = assess_team(s)
        with pytest.raises(NotFoundError, match="no rule set 'nope'"):
            assess_team(s, "nope")
        with pytest.raises(NotFoundError, match="no reference with id 99"):
            assess_team(s, extra_ids=[99])
    req = {r.id: r for r in team.progress.requirements}
    assert req["international"].filled_by == [str(ids[0])]
    assert req["koksnvo"].filled_by == [str(ids[2])] and req["koksnvo"].missing == 1
    assert req["monograph"].filled_by == [str(ids[3])]
    assert [r.title for r in team.team_references] == ["Labor migration", "Personal data",
                                                       "Монография"]


def test_a_cancelled_import_writes_nothing(lib: Library, tmp_path: Path) -> None:
    rows = [citescore_row(n, f"Journal {n}", 3308, "Law", n % 100, 1, 2, 1) for n in
            range(1, 1300)]
    path = write_citescore_xlsx(tmp_path / "CiteScore 2022.xlsx", {2022: rows})
    seen: list[int] = []
    result = importers.parse("scopus-citescore", path, progress=seen.append)
    assert seen == [500, 1000] and result.rows_ok == 1299

    def stop_after_parse() -> None:
        raise CancelledError("cancelled")

    with pytest.raises(CancelledError):
        with lib.transaction() as s:
            repo.import_dataset(s, result, check=stop_after_parse)
    with lib.read() as s:
        assert s.execute(select(func.count(repo.JournalRow.id))).scalar() == 0
        assert s.execute(select(func.count(repo.JournalDatasetRow.id))).scalar() == 0

    def cancel(n: int) -> None:
        raise CancelledError("cancelled")

    with pytest.raises(CancelledError):
        importers.parse("scopus-citescore", path, progress=cancel)
