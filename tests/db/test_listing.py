"""The window's listing in SQL: scopes (sub-collections, tag, team, trash), quick filters, every
sortable column, positions of a selection, facets; the badges for the rows on screen; the
migration that adds the container sort key."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from core.dates import PartialDate
from core.errors import InvalidValueError
from core.journals.importers import citescore
from core.journals.rules import Result
from core.journals.templates import citescore_row, write_citescore_xlsx
from core.model import Creator, Issn, Reference
from db import attachments, collections, tags
from db import journals as journals_repo
from db import references as repo
from db.badges import BadgeSource, best_result
from db.library import Library
from db.references import ListFilter


def _ref(title: str, *, family: str = "Иванов", year: int | None = 2020,
         container: str | None = None, type_: str = "article-journal", lang: str | None = "ru",
         doi: str | None = None, issn: str | None = None, authors: int = 1) -> Reference:
    return Reference(type=type_, title=title,
                     creators=[Creator(family=f"{family}{'' if i == 0 else i}", given="А.")
                               for i in range(authors)],
                     issued=PartialDate(year) if year else None, container_title=container,
                     language=lang, doi=doi, issn=[Issn(issn)] if issn else [])


@pytest.fixture()
def filled(library: Library) -> dict[str, int]:
    ids = {
        "kz": library.add(_ref("Қазақстандағы көші-қон", family="Әбілқасымова", year=2023,
                               container="Қазақстан Республикасы Ұлттық ғылым академиясының "
                               "хабарлары", lang="kk", doi="10.1000/kz")),
        "ru": library.add(_ref("Миграционное право", family="Абаев", year=2019,
                               container="Журнал российского права", doi="10.1000/ru")),
        "en": library.add(_ref("Labour migration", family="Smith", year=2021,
                               container="Central Asian Survey", lang="en")),
        "law": library.add(_ref("О миграции населения", family="Парламент", year=2011,
                                type_="legislation", lang=None)),
        "book": library.add(_ref("Ясауи және көші-қон", family="Ясауи", year=None,
                                 container="Вестник", type_="book", lang="kk")),
    }
    with library.transaction() as s:
        top = collections.create(s, "Монография")
        child = collections.create(s, "Глава 1", top)
        grandchild = collections.create(s, "§ 1.1", child)
        collections.add_references(s, top, [ids["ru"]])
        collections.add_references(s, grandchild, [ids["kz"]])
        tags.tag(s, [ids["en"], ids["kz"]], "грант")
        journals_repo.add_team_publications(s, [ids["kz"], ids["book"]])
        ids.update(top=top, child=child, grandchild=grandchild)
    return ids


def _ids(library: Library, f: ListFilter, sort: str = "id", desc: bool = False) -> list[int]:
    with library.read() as s:
        got = repo.list_ids(s, where=f, sort=sort, descending=desc)
        assert repo.count(s, where=f) == len(got)
    return got


def test_scopes(library: Library, filled: dict[str, int]) -> None:
    ids = filled
    assert _ids(library, ListFilter(collection_id=ids["top"])) == sorted([ids["ru"], ids["kz"]])
    assert _ids(library, ListFilter(collection_id=ids["top"], subcollections=False)) == [ids["ru"]]
    assert _ids(library, ListFilter(collection_id=ids["child"])) == [ids["kz"]]
    with library.read() as s:
        tag_id = tags.find(s, "ГРАНТ")
        # the command line's --collection lists the collection alone, as before
        assert repo.list_ids(s, collection_id=ids["top"]) == [ids["ru"]]
    assert _ids(library, ListFilter(tag_id=tag_id)) == sorted([ids["en"], ids["kz"]])
    assert _ids(library, ListFilter(team_project="team")) == sorted([ids["kz"], ids["book"]])
    assert _ids(library, ListFilter(team_project="other")) == []
    library.delete(ids["kz"])
    assert _ids(library, ListFilter(team_project="team")) == [ids["book"]]
    assert _ids(library, ListFilter(deleted=True)) == [ids["kz"]]


def test_quick_filters(library: Library, filled: dict[str, int]) -> None:
    ids = filled
    assert _ids(library, ListFilter(types=("book", "legislation"))) == [ids["law"], ids["book"]]
    assert _ids(library, ListFilter(year_from=2019, year_to=2021)) == [ids["ru"], ids["en"]]
    assert _ids(library, ListFilter(year_from=2022)) == [ids["kz"]]
    assert _ids(library, ListFilter(languages=("kk",))) == [ids["kz"], ids["book"]]
    assert _ids(library, ListFilter(languages=(None, "en"))) == [ids["en"], ids["law"]]
    assert _ids(library, ListFilter(has_doi=True)) == [ids["kz"], ids["ru"]]
    assert _ids(library, ListFilter(has_doi=False)) == [ids["en"], ids["law"], ids["book"]]
    assert _ids(library, ListFilter(query="қазақ", languages=("kk",))) == [ids["kz"]]
    assert _ids(library, ListFilter(ids=frozenset({ids["en"], 999}))) == [ids["en"]]
    assert _ids(library, ListFilter(ids=frozenset())) == []
    for hostile in ('"', "AND (", "NEAR(", "*", "-", "title:", "''"):
        assert _ids(library, ListFilter(query=hostile)) == []


def test_a_large_id_restriction_goes_as_one_parameter(library: Library) -> None:
    made = library.add_many([_ref(f"Статья {i}") for i in range(1200)])
    wanted = frozenset(made[::2])  # 600 ids inline... and more than 900 through json_each
    assert _ids(library, ListFilter(ids=wanted)) == sorted(wanted)
    many = frozenset(made[:1100])
    assert _ids(library, ListFilter(ids=many)) == sorted(many)


def test_every_column_sorts_in_sql_with_kazakh_order(library: Library,
                                                     filled: dict[str, int]) -> None:
    ids = filled
    # Cyrillic before Latin; Kazakh letters in the Kazakh alphabet (Ә after А, Қ after К).
    assert _ids(library, ListFilter(), sort="author") == [
        ids["ru"], ids["kz"], ids["law"], ids["book"], ids["en"]]
    # References without a container sort first (empty key), then Вестник, Журнал, Қазақстан..,
    # then Latin.
    assert _ids(library, ListFilter(), sort="container") == [
        ids["law"], ids["book"], ids["ru"], ids["kz"], ids["en"]]
    assert _ids(library, ListFilter(), sort="container", desc=True) == [
        ids["en"], ids["kz"], ids["ru"], ids["book"], ids["law"]]
    assert _ids(library, ListFilter(), sort="year") == [
        ids["book"], ids["law"], ids["ru"], ids["en"], ids["kz"]]
    assert _ids(library, ListFilter(), sort="type") == [
        ids["kz"], ids["ru"], ids["en"], ids["book"], ids["law"]]
    assert _ids(library, ListFilter(), sort="language") == [
        ids["law"], ids["en"], ids["kz"], ids["book"], ids["ru"]]
    with library.read() as s, pytest.raises(ValueError, match="unknown sort key"):
        repo.list_ids(s, sort="quartile")


def test_sorting_uses_an_index_not_a_sort_of_the_library(library: Library) -> None:
    conn = sqlite3.connect(library.path)
    for column in ("sort_container", "type", "language", "sort_title", "year"):
        plan = " ".join(r[3] for r in conn.execute(
            f'EXPLAIN QUERY PLAN SELECT id FROM "references" WHERE deleted_at IS NULL '
            f"ORDER BY {column}, id LIMIT 200 OFFSET 400"))
        assert "TEMP B-TREE" not in plan, (column, plan)
    conn.close()


def test_positions_find_a_selection_after_a_reload(library: Library,
                                                   filled: dict[str, int]) -> None:
    ids = filled
    with library.read() as s:
        got = repo.positions(s, [ids["en"], ids["book"], 999], where=ListFilter(), sort="author")
        assert got == {ids["book"]: 3, ids["en"]: 4}
        got = repo.positions(s, [ids["en"]], where=ListFilter(), sort="author", descending=True)
        assert got == {ids["en"]: 0}
        assert repo.positions(s, [ids["en"]], where=ListFilter(query="миграц"),
                              sort="title") == {}


def test_facets(library: Library, filled: dict[str, int]) -> None:
    with library.read() as s:
        f = repo.facets(s)
    assert dict(f.types) == {"article-journal": 3, "legislation": 1, "book": 1}
    assert dict(f.languages) == {"kk": 2, "ru": 1, "en": 1, None: 1}
    assert (f.year_min, f.year_max) == (2011, 2023)


def test_attachments(library: Library, filled: dict[str, int], tmp_path: Path) -> None:
    inside = library.path.parent / "Заңдар" / "О миграции.pdf"
    inside.parent.mkdir()
    inside.write_bytes(b"%PDF-1.4\n%%EOF\n")
    outside = tmp_path.parent / f"{tmp_path.name}-scan.txt"
    outside.write_text("скан", encoding="utf-8")
    with library.transaction() as s:
        first = attachments.add(s, filled["law"], inside, library.path.parent, title="Текст")
        assert attachments.add(s, filled["law"], inside, library.path.parent) == first
        attachments.add(s, filled["law"], outside, library.path.parent)
        with pytest.raises(InvalidValueError, match="no such file"):
            attachments.add(s, filled["law"], tmp_path / "нет.pdf", library.path.parent)
    with library.read() as s:
        pdf, scan = attachments.of_reference(s, filled["law"])
        assert (pdf.path, pdf.kind, pdf.title, pdf.name) == ("Заңдар/О миграции.pdf", "pdf",
                                                             "Текст", "О миграции.pdf")
        assert pdf.resolve(library.path.parent) == inside
        assert (scan.path, scan.kind) == (str(outside.resolve()), "file")
        assert attachments.of_reference(s, filled["ru"]) == []


def test_badges_quartile_and_eligibility(library: Library, tmp_path: Path) -> None:
    path = write_citescore_xlsx(tmp_path / "CiteScore 2022.xlsx", {2022: [
        citescore_row(21100199112, "Migration Letters", 3317, "Demography", 81, 22, 112, 1,
                      "1741-8984", "17418992"),
        citescore_row(21100199112, "Migration Letters", 3308, "Law", 20, 600, 750, 4,
                      "1741-8984", "17418992")]})
    with library.transaction() as s:
        journals_repo.import_dataset(s, citescore.parse(path))
    article = library.add(_ref("Labour migration", year=2023, container="Migration Letters",
                               issn="1741-8992", lang="en"))
    unknown = library.add(_ref("Статья", year=2023, container="Неизвестный журнал"))
    law = library.add(_ref("О миграции", type_="legislation", year=2011))
    monograph = library.add(_ref("Коллективная монография", type_="book", authors=3))
    with library.read() as s:
        source = BadgeSource(s)
        badges = source.badges_for_ids(s, [article, unknown, law, monograph])
        links = journals_repo.stored_links(s, [article])
    a = badges[article]
    assert a.quartile == 1 and "Demography" in a.quartile_note and "2022" in a.quartile_note
    assert a.result is Result.ELIGIBLE and a.met == ("international",)
    assert a.met_names == ("Статья в журнале WoS SSCI/AHCI и (или) с процентилем CiteScore "
                           "Scopus не менее 35",)
    (international,) = [v for v in a.verdicts if v.id == "international"]
    assert "Migration Letters, CiteScore 2022" in international.evidence
    assert a.journal == "Migration Letters"
    assert badges[unknown].quartile is None and badges[unknown].result is Result.UNKNOWN
    assert badges[law].result is Result.NOT_ELIGIBLE
    assert badges[monograph].met == ("monograph",)
    assert links == {}  # computing badges stores no link: it works on a read-only library too
    with library.read() as s:
        assert source.eligible_ids(s, [article, unknown, law, monograph]) == {article, monograph}


def test_best_result() -> None:
    assert best_result([Result.NOT_ELIGIBLE, Result.UNKNOWN]) is Result.UNKNOWN
    assert best_result([Result.NOT_ELIGIBLE, Result.ELIGIBLE]) is Result.ELIGIBLE
    assert best_result([Result.NOT_ELIGIBLE]) is Result.NOT_ELIGIBLE
    assert best_result([]) is Result.UNKNOWN


def test_daily_backup_runs_when_due(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        assert lib.backup_if_due() is None  # nothing to keep yet
        lib.add(_ref("Первая запись"))
    with Library.open(path, daily_backup=False) as lib:
        made = lib.backup_if_due()
        assert made is not None and made.exists()
        assert lib.backup_if_due() is None  # one a day


def test_migration_0004_fills_the_container_sort_key(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from db import migrate
    from db.sqlite import make_engine

    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.VERSIONS_DIR.parent))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
    engine.dispose()
    now = datetime(2020, 1, 1).isoformat(sep=" ")
    conn = sqlite3.connect(path)
    for i, container in enumerate(["Ясауи хабаршысы", "Әл-Фараби атындағы ҚазҰУ хабаршысы",
                                   "Central Asian Survey", None], start=1):
        conn.execute('INSERT INTO "references" (id, type, title, container_title, sort_author, '
                     "sort_title, data, added_at, modified_at) VALUES (?, 'article-journal', ?, "
                     "?, '', '', ?, ?, ?)", (i, f"T{i}", container,
                                             json.dumps({"type": "article-journal"}), now, now))
    conn.commit()
    conn.close()
    with Library.open(path) as lib, lib.read() as s:
        assert repo.list_ids(s, sort="container") == [4, 2, 1, 3]
