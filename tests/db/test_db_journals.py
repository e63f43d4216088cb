"""Journal registry in a real library file: migration, idempotent import, links, team, coverage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.dates import PartialDate
from core.journals.importers import citescore, koksnvo, scimago, scopus_sources, wos
from core.journals.model import Journal, JournalIssn, MetricObservation
from core.journals.rules import Result, assess, builtin_rule_sets
from core.journals.templates import (
    citescore_row,
    write_citescore_xlsx,
    write_ext_list_xlsx,
    write_koksnvo_template,
    write_wos_csv,
)
from core.model import Creator, Issn, Reference
from db import journals as repo
from db.library import Library

SCIMAGO = (Path(__file__).resolve().parents[2] / ".." / "shared" / "fixtures" / "scimago"
           / "scimagojr_journal_2002_sample.csv")


@pytest.fixture()
def lib(tmp_path: Path) -> Library:
    library = Library.open(tmp_path / "lib.sqlite")
    yield library  # type: ignore[misc]
    library.close()


def _citescore(tmp_path: Path, percentile: int = 65) -> Path:
    return write_citescore_xlsx(tmp_path / "CiteScore 2022.xlsx", {2022: [
        citescore_row(21100199112, "Migration Letters", 3317, "Demography", percentile, 40, 112,
                      2, "1741-8984", "17418992"),
        citescore_row(21100199112, "Migration Letters", 3308, "Law", 20, 600, 750, 4,
                      "1741-8984", "17418992"),
        citescore_row(23571, "Science", 1000, "Multidisciplinary", 99, 1, 130, 1, 368075,
                      "10959203"),
    ]})


def test_import_is_idempotent_and_updates(lib: Library, tmp_path: Path) -> None:
    path = _citescore(tmp_path)
    with lib.transaction() as s:
        first = repo.import_dataset(s, citescore.parse(path))
    assert (first.imported, first.updated, first.new_journals, first.reimport) == (3, 0, 2, False)
    with lib.transaction() as s:
        again = repo.import_dataset(s, citescore.parse(path))
    assert (again.imported, again.updated, again.unchanged, again.reimport) == (0, 0, 3, True)
    assert again.dataset_id == first.dataset_id
    # A corrected file (new sha256): one value changed -> one update, no duplicates.
    path2 = _citescore(tmp_path / ".." / tmp_path.name, percentile=70)
    with lib.transaction() as s:
        fixed = repo.import_dataset(s, citescore.parse(path2))
    assert (fixed.imported, fixed.updated, fixed.unchanged) == (0, 1, 2)
    with lib.read() as s:
        assert s.execute(select(func.count()).select_from(repo.JournalMetricRow)).scalar() == 3
        assert s.execute(select(func.count()).select_from(repo.JournalRow)).scalar() == 2
        (jid,) = repo.find_journals(s, "1741-8992")
        assert repo.find_journals(s, "17418984") == [jid]
        assert repo.find_journals(s, "migration letters") == [jid]
        profile = repo.load_profile(s, jid)
    assert profile.journal.issn_values == ["1741-8984", "1741-8992"]
    assert profile.journal.scopus_source_id == "21100199112"
    assert [(m.subject_name, m.percentile) for m in profile.metrics] == [
        ("Demography", 70), ("Law", 20)]


def test_tracker_never_replaces_final_value(lib: Library, tmp_path: Path) -> None:
    with lib.transaction() as s:
        repo.import_dataset(s, citescore.parse(_citescore(tmp_path)))
    tracker = write_citescore_xlsx(tmp_path / "CiteScore Tracker 2022.xlsx", {2022: [
        citescore_row(23571, "Science", 1000, "Multidisciplinary", 80, 1, 130, 1, "0036-8075")]})
    with lib.transaction() as s:
        summary = repo.import_dataset(s, citescore.parse(tracker))
        assert (summary.updated, summary.unchanged) == (0, 1)
        profile = repo.load_profile(s, repo.find_journals(s, "0036-8075")[0])
    assert [(m.percentile, m.status) for m in profile.metrics] == [(99, "complete")]


def test_sources_link_by_issn_and_enrich(lib: Library, tmp_path: Path) -> None:
    with lib.transaction() as s:
        repo.import_dataset(s, citescore.parse(_citescore(tmp_path)))
        scim = repo.import_dataset(s, scimago.parse(SCIMAGO, year=2002))
        assert scim.imported > 300
        ext = write_ext_list_xlsx(tmp_path / "ext_list_July_2025.xlsx", [], discontinued=[
            [21100199112, "Migration Letters", "1741-8984", None, "x", 2021, "Quality", "2004-21"]])
        repo.import_dataset(s, scopus_sources.parse(ext))
        w = write_wos_csv(tmp_path / "wos-core_SSCI 2023-February-22.csv", [
            ["MIGRATION LETTERS", "1741-8984", "1741-8992", "P", "", "English", "Demography"]])
        repo.import_dataset(s, wos.parse(w), index_name="SSCI")
        jid = repo.find_journals(s, "1741-8992")[0]
        profile = repo.load_profile(s, jid)
        science = repo.load_profile(s, repo.find_journals(s, "1095-9203")[0])
        cov = repo.coverage(s)
    assert {m.index for m in profile.indexes} == {"SCOPUS", "SSCI"}
    assert profile.journal.title == "Migration Letters"     # WoS upper-case title did not win
    # A journal first known from WoS (capitals) takes the mixed-case title of a later source.
    with lib.transaction() as s:
        w2 = write_wos_csv(tmp_path / "wos-core_AHCI 2023-February-22.csv", [
            ["LAW AND SOCIETY REVIEW", "0023-9216", "", "P", "", "English", "Law"]])
        repo.import_dataset(s, wos.parse(w2))
        cs2 = write_citescore_xlsx(tmp_path / "CiteScore 2021.xlsx", {2021: [
            citescore_row(7, "Law and Society Review", 3308, "Law", 90, 5, 700, 1, "00239216")]})
        repo.import_dataset(s, citescore.parse(cs2))
        lsr = repo.load_profile(s, repo.find_journals(s, "0023-9216")[0])
    assert lsr.journal.title == "Law and Society Review"
    assert [m.index for m in lsr.indexes] == ["AHCI"] and lsr.metrics[0].percentile == 90
    # Science is in the real SCImago 2002 sample? Either way the ISSN links both sources:
    assert science.journal.id is not None
    # Only small excerpts were imported: absence from them proves nothing.
    assert cov.citescore_years == set() and cov.wos_indexes == set() and not cov.koksnvo


def test_reference_matching_team_and_progress(lib: Library, tmp_path: Path) -> None:
    with lib.transaction() as s:
        repo.import_dataset(s, citescore.parse(_citescore(tmp_path)))
        k = write_koksnvo_template(tmp_path / "k.xlsx", [
            ["Вестник Торайгыров университета. Серия Юридическая", "2710-3994", "", "",
             "2", "Право", "52", "", "2021-01-01", ""],
            ["Хабаршы", "", "", "", "3", "Право", "", "", "", ""]])
        repo.import_dataset(s, koksnvo.parse(k))
    authors = [Creator.parse("Khamzin, A."), Creator.parse("Khamzina, Z.")]
    refs = [
        Reference(type="article-journal", title="Labor migration", creators=authors,
                  container_title="Migration Letters", issued=PartialDate(2023, 8),
                  issn=[Issn("1741-8992", "electronic")]),
        Reference(type="article-journal", title="Personal data", creators=authors,
                  container_title="Вестник Торайгыров университета. Серия юридическая",
                  issued=PartialDate(2023), issn=[Issn("2710-3994")]),
        Reference(type="article-journal", title="Title match only", creators=authors,
                  container_title="Хабаршы", issued=PartialDate(2024)),
        Reference(type="article-journal", title="Bad ISSN", creators=authors,
                  container_title="Unknown", issued=PartialDate(2024),
                  issn=[Issn("1741-8993")]),
        Reference(type="book", title="Миграция: монография", creators=authors,
                  issued=PartialDate(2025)),
    ]
    ids = lib.add_many(refs)
    with lib.transaction() as s:
        assert repo.add_team_publications(s, ids) == 5
        assert repo.add_team_publications(s, ids[:1]) == 0
        team = lib.get_many(repo.team_reference_ids(s))
        pubs = repo.publications(s, team)
        cov = repo.coverage(s)
    assert cov.koksnvo   # the user's ministry list counts as whole
    by = {p.id: p for p in pubs}
    assert by[str(ids[0])].journal is not None and by[str(ids[1])].journal is not None
    assert by[str(ids[2])].journal is None and "confirm" in (by[str(ids[2])].journal_note or "")
    assert "1741-8993" in (by[str(ids[3])].journal_note or "")
    progress = assess(builtin_rule_sets()["team-grant"], pubs, cov)
    req = {r.id: r for r in progress.requirements}
    assert req["international"].filled_by == [str(ids[0])]   # 2023: CiteScore 2022 = 65
    assert req["koksnvo"].filled_by == [str(ids[1])]
    assert req["monograph"].filled_by == [str(ids[4])]
    assert req["koksnvo"].missing == 1 and str(ids[2]) in req["koksnvo"].could_fill
    # The user confirms the title match: the third article now fills the second slot.
    with lib.transaction() as s:
        repo.link_reference(s, ids[2], int(repo.find_journals(s, "Хабаршы")[0]))
        pubs = repo.publications(s, lib.get_many(repo.team_reference_ids(s)))
    progress = assess(builtin_rule_sets()["team-grant"], pubs, cov)
    assert progress.complete
    assert progress.verdicts[str(ids[3])]["international"].result is Result.UNKNOWN


def test_manual_journal_and_metric(lib: Library) -> None:
    with lib.transaction() as s:
        jid = repo.save_journal(s, Journal("Право и государство", [JournalIssn("2307-5201",
                                                                                 "print")]))
        repo.add_metric(s, jid, MetricObservation("manual", 2023, "3308", "Law", percentile=41))
        with pytest.raises(Exception, match="already belongs"):
            repo.save_journal(s, Journal("Twin", [JournalIssn("2307-5201")]))
    with lib.read() as s:
        p = repo.load_profile(s, jid)
    assert p.metrics[0].percentile == 41 and p.metrics[0].dataset == "typed by manual"
    assert p.complete_citescore_years() == [2023]


def test_user_rule_sets_stored_in_library(lib: Library) -> None:
    with lib.transaction() as s:
        repo.save_rule_set(s, {"id": "phd", "requirements": [
            {"id": "intl", "rule": {"scopus_percentile_gte": 25}}]})
    with lib.read() as s:
        sets = repo.rule_sets(s)
    assert set(sets) == {"team-grant", "phd"}


def test_migration_creates_tables(tmp_path: Path) -> None:
    from db import migrate
    from db.sqlite import read_alembic_version

    lib = Library.open(tmp_path / "x.sqlite")
    lib.close()
    assert read_alembic_version(tmp_path / "x.sqlite") == migrate.head()
    assert dt.date.today()  # the library opens again without migrating
    Library.open(tmp_path / "x.sqlite").close()


JOURNAL_TABLES = {"journal_datasets", "journals", "journal_issns", "journal_metrics",
                  "journal_indexes", "journal_lists", "reference_journals", "team_projects",
                  "team_publications", "eligibility_rule_sets"}


def test_migration_0003_matches_the_models_and_downgrades(tmp_path: Path) -> None:
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.config import Config
    from alembic.migration import MigrationContext

    from db import migrate
    from db.schema import Base
    from db.sqlite import make_engine

    path = tmp_path / "m.sqlite"
    Library.open(path).close()
    engine = make_engine(path)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)

    def table_of(diff: object) -> str | None:
        item = diff[0] if isinstance(diff, list) else diff
        for part in item[1:] if isinstance(item, tuple) else ():
            name = getattr(part, "name", None) if not isinstance(part, str) else None
            table = getattr(part, "table", None)
            if table is not None and getattr(table, "name", None):
                return str(table.name)
            if name and name in JOURNAL_TABLES:
                return str(name)
            if isinstance(part, str) and part in JOURNAL_TABLES:
                return part
        return None

    ours = [d for d in diffs if table_of(d) in JOURNAL_TABLES]
    assert ours == []
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.VERSIONS_DIR.parent))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    with engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table'")}
    engine.dispose()
    assert not names & JOURNAL_TABLES and "references" in names


def test_publication_dates_known_to_the_month_or_the_day() -> None:
    # The rules need to know how precisely a work is dated (a list may start mid-year).
    by_month = repo.publication(Reference(type="article-journal", issued=PartialDate(2025, 7)),
                                None)
    assert (by_month.year, by_month.month, by_month.issued) == (2025, 7, None)
    assert by_month.span == (dt.date(2025, 7, 1), dt.date(2025, 7, 31))
    by_day = repo.publication(Reference(type="article-journal",
                                        issued=PartialDate(2025, 12, 3)), None)
    assert by_day.issued == dt.date(2025, 12, 3) and by_day.span == (by_day.issued,) * 2
    by_year = repo.publication(Reference(type="book", issued=PartialDate(2024)), None)
    assert by_year.span == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
