"""Importing files into a real library: one transaction, the import log, exact-duplicate merges,
citation keys, hostile inputs, and the library round trips BibTeX -> library -> BibTeX and
RIS -> library -> RIS over the real fixture files."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path
from typing import Any

import bibtexparser
import pytest
from sqlalchemy import func, select

from core import formats
from core.formats import bibtex, ris
from db import importer
from db import references as refs_repo
from db.exporter import export
from db.importer import import_file
from db.library import Library
from db.schema import ImportLogRow, ReferenceCollectionRow
from tests.support.paths import SHARED_FIXTURES

BIB = SHARED_FIXTURES / "bibtex"
RIS = SHARED_FIXTURES / "ris"


def _count(lib: Library) -> int:
    return lib.count() + lib.count(deleted=True)


def _logs(lib: Library) -> list[dict[str, Any]]:
    with lib.read() as s:
        return [{c.name: getattr(row, c.name) for c in ImportLogRow.__table__.columns}
                for row in s.execute(select(ImportLogRow).order_by(ImportLogRow.id)).scalars()]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_adds_records_keys_collection_and_log(library: Library, tmp_path: Path) -> None:
    path = BIB / "biblatex-gost-examples_russian.bib"
    seen: list[tuple[int, int, str]] = []
    summary = import_file(library, path, collection="Монография/Глава 1",
                          progress=lambda d, t, stage: seen.append((d, t, stage)))
    assert summary.read_ok and summary.format == "bibtex" and summary.error is None
    # Volumes 3 and 4 of Dilthey's collected works carry the set's ISBN: two works, both added,
    # never merged.
    assert summary.merged == []
    assert library.count() == len(summary.added) == 770
    volumes = sorted(r.volume or "" for r in library.list_references()
                     if r.isbn == ["978-5-7333-0240-9"])
    assert volumes == ["3", "4"]
    assert seen[0] == (0, 0, "read") and (770, 770, "store") in seen
    assert seen[-1] == (770, 770, "duplicates")  # then the added references are compared
    log = _logs(library)[-1]
    assert (log["file_name"], log["format"], log["added"], log["merged"]) == (
        path.name, "bibtex", len(summary.added), len(summary.merged))
    assert log["sha256"] == formats.encoding.sha256_file(path)
    assert log["outcome"] == "partial"  # the entries with a repeated field are reported
    assert json.loads(log["problems_json"] or "[]")[0]["line"] == 199
    with library.read() as s:
        linked = s.execute(select(func.count()).select_from(ReferenceCollectionRow)).scalar()
        keys = [r.citation_key for r in refs_repo.get_many(s, summary.added)]
    assert linked == len(summary.added)  # the merged entry's record is the same record
    assert len(set(k.lower() for k in keys)) == len(keys) and all(keys)
    assert "collection 'Монография/Глава 1' created" in summary.notes


def test_the_import_is_one_transaction(library: Library, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import_file(library, BIB / "jabref_chocolate_15_articles.bib")
    before = _count(library), len(_logs(library))
    calls = {"n": 0}
    real = refs_repo.insert_many

    def failing(session: Any, refs: Any) -> list[int]:
        calls["n"] += 1
        if calls["n"] == 2:  # the second batch: the first is already inserted
            raise OSError("disk went away half-way")
        return real(session, refs)

    monkeypatch.setattr(refs_repo, "insert_many", failing)
    with pytest.raises(OSError, match="half-way"):
        import_file(library, BIB / "jabref_authors_212_entries.bib", batch_size=50)
    assert calls["n"] == 2
    assert (_count(library), len(_logs(library))) == before


def test_cancel_rolls_back(library: Library) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int, stage: str) -> None:
        if stage == "store" and done >= 100:
            cancel.set()

    summary = import_file(library, BIB / "jabref_authors_212_entries.bib", batch_size=50,
                          progress=progress, cancel=cancel)
    assert summary.cancelled and summary.added == [] and summary.log_id is None
    assert _count(library) == 0 and _logs(library) == []


def test_exact_doi_duplicate_fills_empty_fields_and_is_reported(library: Library,
                                                                tmp_path: Path) -> None:
    first = write(tmp_path, "a.bib", "@article{a, title = {Migration law}, "
                  "doi = {10.1000/ABC}, year = 2020}\n")
    second = write(tmp_path, "b.ris", "TY  - JOUR\nTI  - MIGRATION LAW\nDO  - "
                   "https://doi.org/10.1000/abc\nVL  - 7\nPB  - Publisher\nER  - \n")
    (ref_id,) = import_file(library, first).added
    summary = import_file(library, second)
    assert summary.added == []
    assert [(m.ref_id, m.fields, m.line, m.doi) for m in summary.merged] == [
        (ref_id, ("publisher", "volume"), 1, "10.1000/abc")]
    stored = library.get(ref_id)
    assert stored.title == "Migration law"  # nothing stored is overwritten
    assert (stored.volume, stored.publisher) == ("7", "Publisher")
    assert library.count() == 1


def test_different_dois_never_merge_and_same_doi_in_one_file_does(library: Library,
                                                                   tmp_path: Path) -> None:
    path = write(tmp_path, "x.bib",
                 "@article{a, title = {Same title}, doi = {10.1000/one}, year = 2020}\n"
                 "@article{b, title = {Same title}, doi = {10.1000/two}, year = 2020}\n"
                 "@article{c, title = {Same title}, doi = {10.1000/one}, volume = {5}}\n")
    summary = import_file(library, path)
    assert len(summary.added) == 2 and library.count() == 2
    (merged,) = summary.merged
    assert merged.line == 3 and merged.fields == ("volume",) and merged.doi == "10.1000/one"
    assert library.get(merged.ref_id).volume == "5"


def test_books_merge_by_isbn(library: Library, tmp_path: Path) -> None:
    a = write(tmp_path, "a.bib", "@book{a, title = {Миграционное право}, "
              "isbn = {978-601-7466-93-0}}\n")
    b = write(tmp_path, "b.bib", "@book{b, title = {Миграционное право}, "
              "isbn = {9786017466930}, publisher = {Жеті жарғы}, doi = {}}\n")
    (ref_id,) = import_file(library, a).added
    summary = import_file(library, b)
    assert summary.added == [] and summary.merged[0].ref_id == ref_id
    assert library.get(ref_id).publisher == "Жеті жарғы"


def test_citation_keys_unique_in_the_library_existing_kept_when_free(library: Library,
                                                                     tmp_path: Path) -> None:
    text = ("@article{smith2020, author = {Smith, J.}, title = {Law}, year = 2020}\n"
            "@article{, author = {Әбілқасымова, Ә.}, title = {Көші-қон құқығы}, year = 2023}\n")
    one = import_file(library, write(tmp_path, "1.bib", text))
    two = import_file(library, write(tmp_path, "2.bib", text))
    keys = [library.get(i).citation_key for i in one.added + two.added]
    assert keys == ["smith2020", "abilkasymova2023koshi", "smith2020a", "abilkasymova2023koshia"]


@pytest.mark.parametrize(("data", "message"), [
    (b"", "the file is empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "a PNG image"),
    (b"@article{a,\x00\x00\x00 title = {x}}" * 10, "NUL"),
    (b"just some words\nthat are not references\n", "no BibTeX / BibLaTeX entries"),
    (b"@" + b"y" * (50 * 1024 * 1024), "characters long"),
])
def test_hostile_inputs_write_nothing(library: Library, tmp_path: Path, data: bytes,
                                      message: str) -> None:
    path = tmp_path / "input.bib"
    path.write_bytes(data)
    summary = import_file(library, path)
    assert summary.error is not None and message in summary.error
    assert not summary.read_ok and summary.added == []
    assert _count(library) == 0 and _logs(library) == []


def test_invalid_utf8_still_imports(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "latin.bib"
    path.write_bytes(b"@article{a, title = {Caf\xe9 au lait}, year = 2020}\n")
    summary = import_file(library, path)
    assert summary.encoding == "cp1252" and library.get(summary.added[0]).title == "Café au lait"


def test_pdf_is_left_to_the_pdf_import(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "paper.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n")
    summary = import_file(library, path)
    assert summary.kind == "pdf" and summary.error is None and _count(library) == 0


# ------------------------------------------------------------------ library round trips
def _entries(text: str) -> list[dict[str, str]]:
    lib = bibtexparser.parse_string(text)
    return [{f.key.lower(): f.value for f in e.fields} for e in lib.entries]


BIB_ROUND_TRIP = [
    "biblatex-gost-examples_russian.bib", "jabref_authors_212_entries.bib",
    "jabref_testjabref_156_entries.bib", "biblatex-examples.bib", "rbibtex_xampl_mod.bib",
    "bbt_1641_jabref51_groups_crossref.bib", "bbt_97_jabref_library_911_entries_cyrillic.bib",
    "bbt_2660_biblatex_plus_in_field_names.bib", "jabref_complex.bib",
    "bbt_mendeley_export_465_entries.bib", "bibtexparser_biber_examples.bib",
    "bbt_qiqqa_export_cyrillic.bib", "jabref_encoding_utf16le_nobom.bib",
    "bbt_2551_issue_number_article_number.bib",
]
# Fields consumed on the way in and written under another name (or as part of another field).
CONSUMED = {"crossref", "xdata", "entrysubtype", "date", "day", "month", "year", "language",
            "hyphenation", "langid", "number", "issue"}


def _field_names(entry: dict[str, str]) -> set[str]:
    out = set()
    for name in entry:
        out.add(bibtex.FIELD_ALIASES.get(name, name))
    return out


@pytest.mark.parametrize("name", BIB_ROUND_TRIP)
def test_bibtex_library_bibtex_keeps_every_field(tmp_path: Path, name: str) -> None:
    path = BIB / name
    parsed = formats.read_file(path)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        summary = import_file(lib, path)
        out = io.StringIO()
        export(lib, "bibtex", out)
    merged_lines = {m.line for m in summary.merged}
    targets = {m.ref_id for m in summary.merged}  # changed by the merge, on purpose
    originals = [r for line, r in parsed.entries() if line not in merged_lines]
    exported = bibtex.parse(out.getvalue())
    assert not exported.skipped and len(exported.records) == len(originals) == len(summary.added)
    for ref_id, before, after in zip(summary.added, originals, exported.records, strict=True):
        if ref_id in targets:
            continue
        a, b = before.to_csl(include_id=False), after.to_csl(include_id=False)
        a.pop("citation-key", None)
        b.pop("citation-key", None)  # renamed when taken or unusable; checked elsewhere
        for materialised in ("crossref", "xdata"):  # copied into the entry, not written
            a.pop(materialised, None)
        assert a == b
    # field names: every field of every imported source entry is in the exported entry
    text = path.read_bytes().decode(parsed.encoding or "utf-8")
    source = {e_key: e for e_key, e in _keyed(text)}
    written = {e_key: e for e_key, e in _keyed(out.getvalue())}
    checked = 0
    for key, entry in source.items():
        if key not in written:
            continue
        missing = {f for f in _field_names(entry) - _field_names(written[key])
                   if f not in CONSUMED and entry[f].strip("{}\" ")
                   and bibtex._FIELD_NAME.match(f)}  # "%  author": reported, not a field
        assert not missing, (key, missing)
        checked += 1
    assert checked > 0


def _keyed(text: str) -> list[tuple[str, dict[str, str]]]:
    lib = bibtexparser.parse_string(text, parse_stack=[])
    return [(e.key, {f.key.lower(): str(f.value) for f in e.fields}) for e in lib.entries]


RIS_ROUND_TRIP = ["scopus_asreview_10_refs.ris", "wos_asreview_10_refs.ris",
                  "zotero_asreview_10_refs.ris", "endnote_asreview_10_refs.ris",
                  "mendeley_asreview_10_refs.ris", "refworks_asreview_10_refs.ris",
                  "psycinfo_ovid.ris", "rispy_cyrillic_utf8.ris", "rispy_example_full.ris",
                  "ieee_xplore_litstudy.ris", "citavi_asreview.ris"]


def _tags(text: str) -> list[set[str]]:
    out: list[set[str]] = []
    for rec in ris.records(text, formats.ParseResult()):
        out.append({ris.TAG_ALIASES.get(t, t) for t, v in rec.tags if v})
    return out


@pytest.mark.parametrize("name", RIS_ROUND_TRIP)
def test_ris_library_ris_keeps_every_field(tmp_path: Path, name: str) -> None:
    path = RIS / name
    parsed = formats.read_file(path)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        summary = import_file(lib, path)
        out = io.StringIO()
        export(lib, "ris", out)
    merged_lines = {m.line for m in summary.merged}
    targets = {m.ref_id for m in summary.merged}
    originals = [r for line, r in parsed.entries() if line not in merged_lines]
    exported = ris.parse(out.getvalue())
    assert len(exported.records) == len(originals)
    for ref_id, before, after in zip(summary.added, originals, exported.records, strict=True):
        if ref_id in targets:
            continue
        a, b = before.to_csl(include_id=False), after.to_csl(include_id=False)
        a.pop("citation-key", None)
        b.pop("citation-key", None)
        assert a == b
    if not merged_lines:
        text = path.read_bytes().decode(parsed.encoding or "utf-8")
        for tags_in, tags_out in zip(_tags(text), _tags(out.getvalue()), strict=True):
            # EP equal to SP and ID (a record number) carry nothing the export needs
            assert tags_in <= tags_out | {"ID", "EP"}, tags_in - tags_out


def test_export_csl_json_of_a_collection_and_ids(library: Library, tmp_path: Path) -> None:
    a = import_file(library, BIB / "bbt_qiqqa_export_cyrillic.bib", collection="Qiqqa")
    import_file(library, BIB / "jabref_chocolate_15_articles.bib")
    out = io.StringIO()
    assert export(library, "csl-json", out, collection="Qiqqa") == 2
    items = json.loads(out.getvalue())
    assert [i["id"] for i in items] == [library.get(i).citation_key for i in a.added]
    out = io.StringIO()
    assert export(library, "csl-json", out, ids=[a.added[0]]) == 1
    assert len(json.loads(out.getvalue())) == 1
    assert importer.used_keys  # the helper other modules use to keep keys unique


def test_a_chapter_carrying_its_books_doi_is_added_and_flagged_not_merged(
        library: Library, tmp_path: Path) -> None:
    """The same DOI on two different works (publishers give chapters their book's DOI) is no
    exact duplicate: the chapter is added and the pair left for the user."""
    book = write(tmp_path, "book.bib", "@book{b, title = {Migration Law of Kazakhstan}, "
                 "doi = {10.1000/book}, year = 2020, publisher = {Жеті жарғы}}\n")
    chapter = write(tmp_path, "chapter.bib", "@incollection{c, title = {Labour migrants and the "
                    "courts}, booktitle = {Migration Law of Kazakhstan}, doi = {10.1000/book}, "
                    "year = 2020, pages = {10--20}}\n")
    (book_id,) = import_file(library, book).added
    summary = import_file(library, chapter)
    assert summary.merged == []
    (chapter_id,) = summary.added
    assert library.get(book_id).page is None  # the book was not filled from the chapter
    assert [(c.a, c.b) for c in summary.possible_duplicates] == [(book_id, chapter_id)]
    assert "titles differ" in summary.possible_duplicates[0].reason
