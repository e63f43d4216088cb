"""Duplicates in a stored library: the scan (live references only), fingerprints read from the
stored columns, "not a duplicate" remembered, and merging in one transaction that keeps
everything attached to both records."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from core.crossref_mapping import work_to_reference
from core.dates import PartialDate
from core.duplicates import find_duplicates, fingerprint
from core.errors import InvalidValueError, NotFoundError
from core.journals.model import Journal, JournalIssn
from core.model import Creator, Issn, Reference
from core.translit import transliterate
from db import attachments, collections, duplicates, notes, tags
from db import journals as journals_repo
from db import references as repo
from db.library import Library
from tests.support import bibtex_refs
from tests.support.paths import CROSSREF_FIXTURES, SHARED_FIXTURES

TITLE = "Правовое регулирование трудовой миграции в Республике Казахстан"


def _ref(title: str = TITLE, family: str = "Хамзин", year: int = 2020, **kw: Any) -> Reference:
    return Reference(title=title, creators=[Creator(family=family, given="А. Ш.")],
                     issued=PartialDate(year), **kw)


def _crossref(name: str) -> Reference:
    return work_to_reference(json.loads((CROSSREF_FIXTURES / "items" / name)
                                        .read_text(encoding="utf-8")))


def test_scan_finds_pairs_among_live_references_only(library: Library) -> None:
    ids = library.add_many([_ref(), _ref(transliterate(TITLE, "bsi"), "Khamzin"),
                            _ref("Другая работа"), _ref(TITLE, year=2021)])
    found = duplicates.scan(library)
    assert {c.pair for c in found} == {(ids[0], ids[1]), (ids[0], ids[3]), (ids[1], ids[3])}
    library.delete(ids[3])
    assert {c.pair for c in duplicates.scan(library)} == {(ids[0], ids[1])}


def test_stored_fingerprints_are_those_of_the_records(library: Library) -> None:
    refs = [_crossref(p.name) for p in sorted((CROSSREF_FIXTURES / "items").glob("*.json"))]
    book = Reference(type="book", title="Книга", isbn=["978-0-521-44180-3"],
                     creators=[Creator(role="editor", family="Ким"),
                               Creator(family="Ли")])  # the author comes second
    law = Reference(type="legislation", title="О миграции населения", number="477-IV",
                    adopted=PartialDate(2011, 7, 22))
    ids = library.add_many([*refs, book, law])
    with library.read() as s:
        stored = {f.id: f for f in duplicates.load_fingerprints(s)}
        records = repo.get_many(s, ids)
    assert len(stored) == len(ids)
    for ref in records:
        assert ref.id is not None
        assert stored[ref.id] == fingerprint(ref.id, ref), ref.doi
    assert stored[ids[-2]].author == "Ли" and stored[ids[-1]].year == 2011


def test_a_real_library_scanned_from_the_store_agrees_with_the_records(
        library: Library) -> None:
    refs = list(bibtex_refs.load(SHARED_FIXTURES / "bibtex" /
                                 "biblatex-gost-examples_russian.bib").values())
    ids = library.add_many(refs)
    stored = {c.pair: c for c in duplicates.scan(library)}
    direct = {c.pair: c for c in find_duplicates(list(zip(ids, refs, strict=True)))}
    assert stored == direct and len(stored) >= 15


def test_not_a_duplicate_is_remembered_across_scans_and_sessions(library_path: Path) -> None:
    with Library.open(library_path) as lib:
        a, b, c = lib.add_many([_ref(), _ref(), _ref()])
        assert duplicates.mark_not_duplicate(lib, b, a) is True
        assert duplicates.mark_not_duplicate(lib, a, b) is False  # already marked
        assert {x.pair for x in duplicates.scan(lib)} == {(a, c), (b, c)}
    with Library.open(library_path) as lib:
        assert {x.pair for x in duplicates.scan(lib)} == {(a, c), (b, c)}
        assert {x.pair for x in duplicates.candidates_for(lib, [c])} == {(a, c), (b, c)}
        assert duplicates.unmark_not_duplicate(lib, a, b) is True
        assert duplicates.unmark_not_duplicate(lib, a, b) is False
        assert (a, b) in {x.pair for x in duplicates.scan(lib)}


def test_marking_refuses_a_missing_reference_or_a_pair_of_one(library: Library) -> None:
    (a,) = library.add_many([_ref()])
    with pytest.raises(NotFoundError):
        duplicates.mark_not_duplicate(library, a, a + 5)
    with pytest.raises(InvalidValueError):
        duplicates.mark_not_duplicate(library, a, a)


def test_candidates_for_new_records_after_an_import(library: Library) -> None:
    old = library.add_many([_ref(), _ref("Иная работа о праве"), _ref()])
    new = library.add_many([_ref(transliterate(TITLE, "lc"), "Khamzin"), _ref("Новая работа")])
    found = {c.pair for c in duplicates.candidates_for(library, new)}
    assert found == {(old[0], new[0]), (old[2], new[0])}  # not (old[0], old[2])
    pending = [(-1, _ref(transliterate(TITLE, "gost-7.79-b"), "Xamzin"))]
    assert {c.pair for c in duplicates.candidates_for_records(library, pending)} == \
        {(-1, old[0]), (-1, old[2]), (-1, new[0])}


# ---------------------------------------------------------------------------------- merging
@pytest.fixture
def pair(library: Library, tmp_path: Path) -> tuple[int, int, dict[str, Any]]:
    """Two duplicates, each with its own attachment, note, tag, collection, team mark; the
    other one linked to a journal; a third record marked "not a duplicate" of the other."""
    keep = _ref(keywords=["миграция"])
    other = _ref(transliterate(TITLE, "bsi"), "Khamzin", doi="10.33182/ml.v17i5.1060",
                 keywords=["labour"], issn=[Issn("2307-5201")], volume="5")
    third = _ref("Совсем другое")
    k, o, t = library.add_many([keep, other, third])
    files = []
    for name in ("keep.pdf", "other.pdf"):
        f = tmp_path / name
        f.write_bytes(b"%PDF-1.4\n")
        files.append(f)
    with library.transaction() as s:
        attachments.add(s, k, files[0], attachments.base_dir(library))
        attachments.add(s, o, files[1], attachments.base_dir(library))
        attachments.add(s, o, files[0], attachments.base_dir(library))  # both link keep.pdf
        notes.add(s, k, "заметка первая")
        notes.add(s, o, "ескертпе екінші")
        tags.tag(s, [k], "грант")
        tags.tag(s, [o], "Scopus")
        tags.tag(s, [o], "ГРАНТ")  # the same tag, case and all
        c1 = collections.create(s, "Монография")
        c2 = collections.create(s, "Глава 2", c1)
        collections.add_references(s, c1, [k])
        collections.add_references(s, c2, [o])
        journals_repo.add_team_publications(s, [o])
        jid = journals_repo.save_journal(s, Journal("Право и государство",
                                                    [JournalIssn("2307-5201")]))
        journals_repo.link_reference(s, o, jid)
    duplicates.mark_not_duplicate(library, o, t)
    return k, o, {"third": t, "collections": (c1, c2), "journal": jid, "files": files}


def test_merge_keeps_everything_attached_to_both(library: Library,
                                                 pair: tuple[int, int, dict[str, Any]]) -> None:
    k, o, info = pair
    summary = duplicates.merge(library, k, o, {"title": "keep", "volume": "other"})
    assert (summary.kept, summary.removed) == (k, o)
    assert summary.backup is not None and summary.backup.exists()
    assert "before-merge" in summary.backup.name
    merged = library.get(k)
    assert merged.title == TITLE and merged.doi == "10.33182/ml.v17i5.1060"
    assert merged.volume == "5" and merged.keywords == ["миграция", "labour"]
    assert [c.family for c in merged.creators] == ["Хамзин"]
    assert set(summary.fields) >= {"DOI", "keyword", "volume"}
    with library.read() as s:
        assert sorted(a.name for a in attachments.of_reference(s, k)) == ["keep.pdf",
                                                                          "other.pdf"]
        assert attachments.of_reference(s, o) == []
        assert [t for _, t in notes.of_reference(s, k)] == ["заметка первая",
                                                            "ескертпе екінші"]
        assert sorted(tags.of_reference(s, k)) == ["Scopus", "грант"]
        assert set(collections.of_reference(s, k)) == set(info["collections"])
        assert k in journals_repo.team_reference_ids(s)
        link = s.get(journals_repo.ReferenceJournalRow, k)
        assert link is not None and link.journal_id == info["journal"]
        assert repo.is_deleted(s, o)
        # The other record keeps its own tags and collections: restoring it is whole.
        assert sorted(tags.of_reference(s, o)) == ["Scopus", "грант"]
        assert collections.of_reference(s, o) == [info["collections"][1]]
    assert (summary.attachments, summary.notes, summary.tags, summary.collections,
            summary.team_projects, summary.journal_link) == (1, 1, 1, 1, 1, True)
    # The note moved, so the search finds the kept record by it, and only it.
    assert [r.id for r in library.search("ескертпе")] == [k]
    # "Not a duplicate of the other" now holds for the kept record.
    assert {c.pair for c in duplicates.scan(library)} == set()
    with library.read() as s:
        assert (min(k, info["third"]), max(k, info["third"])) in \
            duplicates.not_duplicate_pairs(s)
    assert "merged" in summary.describe() and "moved to the trash" in summary.describe()


def test_a_merge_is_undone_by_restoring_the_other_from_the_trash(
        library: Library, pair: tuple[int, int, dict[str, Any]]) -> None:
    k, o, _ = pair
    duplicates.merge(library, k, o)
    library.restore(o)
    assert library.get(o).doi == "10.33182/ml.v17i5.1060"
    assert (k, o) in {c.pair for c in duplicates.scan(library)}  # proposed again


def _snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'reference_fts_%'")]
        return {t: sorted(map(tuple, con.execute(f'SELECT * FROM "{t}"')), key=repr)
                for t in tables}
    finally:
        con.close()


@pytest.mark.parametrize("step", ["_copy_links", "_take_journal_link", "_carry_not_duplicates"])
def test_a_merge_failing_half_way_leaves_the_library_unchanged(
        library: Library, pair: tuple[int, int, dict[str, Any]],
        monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    k, o, _ = pair
    before = _snapshot(library.path)

    def boom(*args: Any, **kw: Any) -> Any:
        raise OSError("disk went away")

    monkeypatch.setattr(duplicates, step, boom)
    with pytest.raises(OSError):
        duplicates.merge(library, k, o, {"title": "other"})
    assert _snapshot(library.path) == before
    assert library.get(k).title == TITLE and not library.get(o).is_retracted
    with library.read() as s:
        assert not repo.is_deleted(s, o)


def test_merge_refuses_the_trash_a_missing_record_and_itself(
        library: Library, pair: tuple[int, int, dict[str, Any]]) -> None:
    k, o, _ = pair
    with pytest.raises(InvalidValueError):
        duplicates.merge(library, k, k)
    with pytest.raises(NotFoundError):
        duplicates.merge(library, k, 999)
    library.delete(o)
    with pytest.raises(InvalidValueError, match="trash"):
        duplicates.merge(library, k, o)
    library.restore(o)
    with pytest.raises(InvalidValueError, match="neither record has this field"):
        duplicates.merge(library, k, o, {"nonsense": "other"})
    assert not library.get(k).doi
    assert not library.backups_dir.exists() or \
        not list(library.backups_dir.glob("*before-merge*"))  # refused before the backup


def test_differences_for_the_side_by_side_view(library: Library,
                                               pair: tuple[int, int, dict[str, Any]]) -> None:
    k, o, _ = pair
    keys = [d.key for d in duplicates.differences(library, k, o)]
    assert keys[0] == "creators" and {"DOI", "title", "keyword", "volume"} <= set(keys)
