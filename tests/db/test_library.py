"""The library store: search, trash, transactions, collections and tags on a real SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.dates import PartialDate
from core.errors import LibraryError, NotFoundError
from core.model import Creator, Reference
from db import collections, notes, tags
from db import references as repo
from db.library import Library


def _ref(title: str, family: str = "Иванов", year: int = 2020, **kw: object) -> Reference:
    return Reference(type="article-journal", title=title,
                     creators=[Creator(family=family, given="Иван")],
                     issued=PartialDate(year), **kw)  # type: ignore[arg-type]


def _dump(path: Path) -> list[tuple]:
    """Every row of every table, to compare a library before and after."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'reference_fts%' "
            "ORDER BY name")]
        out = []
        for t in tables:
            out += [(t, *row) for row in conn.execute(f'SELECT * FROM "{t}" ORDER BY 1')]
        out += [("fts", *row) for row in conn.execute(
            "SELECT rowid, title, creators FROM reference_fts ORDER BY rowid")]
        return out
    finally:
        conn.close()


def test_wal_and_foreign_keys_are_on(library: Library) -> None:
    with library.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_add_get_update(library: Library) -> None:
    ref_id = library.add(_ref("Миграционное право", doi="10.1000/abc"))
    got = library.get(ref_id)
    assert got.title == "Миграционное право" and got.creators[0].family == "Иванов"
    got.title = "Миграционное право Казахстана"
    got.creators.append(Creator(role="editor", family="Петров", given="А. В."))
    library.update(got)
    again = library.get(ref_id)
    assert again.title == "Миграционное право Казахстана"
    assert [c.role for c in again.creators] == ["author", "editor"]
    assert library.find_by_doi("https://doi.org/10.1000/ABC") == ref_id
    assert [r.id for r in library.search("казахстана")] == [ref_id]
    with pytest.raises(NotFoundError):
        library.get(999)


@pytest.mark.parametrize("stored, typed", [
    ("Қазақстандағы заңсыз көші-қон", "қазақ"),
    ("Қазақстандағы заңсыз көші-қон", "ҚАЗАҚ"),
    ("Новогодняя ёлка в праве", "елка"),
    ("Новогодняя елка в праве", "ёлка"),
    ("Perspectives on Labor Migration", "migr"),
    ("Perspectives on Labor Migration", "LABOR persp"),
])
def test_search_finds_prefixes_across_case_and_yo(library: Library, stored: str,
                                                  typed: str) -> None:
    library.add(_ref("Посторонний заголовок", family="Сидоров"))
    ref_id = library.add(_ref(stored))
    assert [r.id for r in library.search(typed)] == [ref_id]


def test_search_covers_creators_container_abstract_keywords_notes(library: Library) -> None:
    a = library.add(_ref("Один", family="Құдайбергенова"))
    b = library.add(_ref("Два", container_title="Вестник Торайгыров университета"))
    c = library.add(_ref("Три", abstract="незаконная миграция"))
    d = library.add(_ref("Четыре", keywords=["беженцы", "trafficking"]))
    e = library.add(_ref("Пять"))
    with library.transaction() as s:
        notes.add(s, e, "Проверить судебную практику")
    assert [r.id for r in library.search("құдай")] == [a]
    assert [r.id for r in library.search("торайгыров")] == [b]
    assert [r.id for r in library.search("незакон")] == [c]
    assert [r.id for r in library.search("traffick")] == [d]
    assert [r.id for r in library.search("судеб")] == [e]


@pytest.mark.parametrize("hostile", ['"', '"unbalanced', "AND", "a AND b OR", "NEAR(a b)", "*",
                                     "-x", "(", ")))", "title:x", "^a", "a + b", "'; DROP TABLE"])
def test_search_never_raises_on_fts_syntax(library: Library, hostile: str) -> None:
    library.add(_ref("a b x title"))
    assert isinstance(library.search(hostile), list)


def test_trash_and_restore(library: Library) -> None:
    ref_id = library.add(_ref("Удаляемая статья"))
    library.delete(ref_id)
    assert library.search("удаляем") == []
    assert [r.id for r in library.list_references(deleted=True)] == [ref_id]
    assert library.list_references() == []
    library.restore(ref_id)
    assert [r.id for r in library.search("удаляем")] == [ref_id]
    library.delete(ref_id)
    assert library.empty_trash() == 1
    with pytest.raises(NotFoundError):
        library.get(ref_id)
    assert library.latest_backup() is not None  # emptying the trash backs up first


def test_failure_in_the_middle_of_a_multi_step_write_leaves_the_library_as_it_was(
        library: Library) -> None:
    ref_id = library.add(_ref("Исходная"))
    with library.transaction() as s:
        coll = collections.create(s, "Монография")
        tags.tag(s, [ref_id], "грант")
    before = _dump(library.path)
    with pytest.raises(RuntimeError):
        with library.transaction() as s:
            repo.insert_many(s, [_ref("Новая 1"), _ref("Новая 2")])
            got = repo.get(s, ref_id)
            got.title = "Изменённая"
            repo.update_reference(s, got)
            collections.add_references(s, coll, [ref_id])
            tags.tag(s, [ref_id], "другой")
            notes.add(s, ref_id, "заметка")
            raise RuntimeError("disk pulled out half-way")
    assert _dump(library.path) == before
    assert library.get(ref_id).title == "Исходная"
    assert library.search("новая") == [] and library.search("изменённая") == []


def test_collections_nest_and_refuse_cycles(library: Library) -> None:
    r1, r2 = library.add(_ref("A")), library.add(_ref("B"))
    with library.transaction() as s:
        top = collections.create(s, "Монография")
        ch1 = collections.create(s, "Глава 1", top)
        collections.add_references(s, ch1, [r1, r2])
        collections.add_references(s, ch1, [r1])  # idempotent
        assert collections.resolve(s, "Монография/Глава 1") == ch1
        with pytest.raises(Exception, match="itself"):
            collections.move(s, top, ch1)
    assert {r.id for r in library.list_references(collection_id=ch1)} == {r1, r2}
    with library.transaction() as s:
        collections.remove(s, top)  # removes the child too; references stay
    assert library.count() == 2
    with library.read() as s:
        assert collections.all_collections(s) == []


def test_tags_are_case_insensitive(library: Library) -> None:
    r1 = library.add(_ref("A"))
    with library.transaction() as s:
        t1 = tags.tag(s, [r1], "Грант")
        t2 = tags.tag(s, [r1], "ГРАНТ")
    assert t1 == t2
    with library.read() as s:
        assert tags.all_tags(s) == [(t1, "Грант", 1)]


def test_listing_sorts_by_kazakh_alphabet_and_pages(library: Library) -> None:
    for name in ["Ясауи", "Әбілқасымова", "Абаев", "Smith", "Құдайбергенова"]:
        library.add(_ref(f"Статья {name}", family=name))
    names = [r.creators[0].family for r in library.list_references(sort="author")]
    assert names == ["Абаев", "Әбілқасымова", "Құдайбергенова", "Ясауи", "Smith"]
    page = [r.creators[0].family for r in library.list_references(offset=1, limit=2,
                                                                   sort="author")]
    assert page == ["Әбілқасымова", "Құдайбергенова"]


def test_not_a_library_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("just text, not a database", encoding="utf-8")
    with pytest.raises(LibraryError, match="not a Silteme library"):
        Library.open(bogus)


def test_backup_is_a_consistent_copy(library: Library) -> None:
    library.add(_ref("Резервная копия"))
    path = library.backup()
    with Library.open(path) as copy:
        assert [r.title for r in copy.list_references()] == ["Резервная копия"]


def test_listing_filtered_by_a_query_sorts_and_counts_in_sql(library: Library) -> None:
    a = library.add(_ref("Миграция трудовая", family="Ясауи"))
    library.add(_ref("Посторонняя"))
    b = library.add(_ref("Миграционное право", family="Абаев"))
    with library.read() as s:
        assert repo.list_ids(s, sort="author", query="мигр") == [b, a]
        assert repo.count(s, query="мигр") == 2
        assert repo.list_ids(s, query='"(') == [] and repo.count(s, query="   ") == 0
    assert [r.id for r in library.search("мигр")] == [b, a]  # newest first


def test_table_rows_carry_the_notices_that_update_a_work(library: Library) -> None:
    # The window's table flags retracted and corrected works without decoding whole records.
    plain = library.add(Reference(type="book", title="Обычная"))
    retracted = library.add(Reference(type="article-journal", title="Отозванная", updated_by=[
        {"type": "retraction", "DOI": "10.9999/n.1", "date": "2021-05-01"},
        {"type": "correction", "DOI": "10.9999/n.2"}]))
    with library.read() as s:
        rows = {r["id"]: r for r in repo.list_rows(s, [plain, retracted])}
    assert rows[plain]["updates"] == []
    assert rows[retracted]["updates"] == ["retraction", "correction"]
