"""Safe spreadsheet reading: malformed, huge and hostile files fail fast with a clear error."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from core.errors import ParseError
from core.journals.importers import citescore
from core.journals.importers.tabular import Field, map_headers, xlsx_sheets
from core.journals.templates import citescore_row, write_citescore_xlsx


def _rewrite(src: Path, dest: Path, member: str, transform: object) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == member:
                data = transform(data)  # type: ignore[operator]
            zout.writestr(info, data)
    return dest


def test_truncated_workbook(tmp_path: Path) -> None:
    good = write_citescore_xlsx(tmp_path / "g.xlsx", {2023: [citescore_row(
        1, "A", 3308, "Law", 50, 1, 2, 2)]})
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(good.read_bytes()[:400])
    with pytest.raises(ParseError, match="not a valid .xlsx"):
        citescore.parse(bad)


def test_zip_without_workbook(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ParseError, match="no xl/workbook.xml"):
        list(xlsx_sheets(path))


def test_xml_bomb_refused(tmp_path: Path) -> None:
    good = write_citescore_xlsx(tmp_path / "g.xlsx", {2023: [citescore_row(
        1, "A", 3308, "Law", 50, 1, 2, 2)]}, about_sheets=False)
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')

    def inject(data: bytes) -> bytes:
        return bomb + (data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data)

    bad = _rewrite(good, tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", inject)
    with pytest.raises(ParseError, match="DTD or entities"):
        citescore.parse(bad)


def test_zip_bomb_refused(tmp_path: Path) -> None:
    path = tmp_path / "zipbomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 * 1024 * 1024))
    with pytest.raises(ParseError, match="zip bomb"):
        list(xlsx_sheets(path))


def test_huge_declared_dimensions_refused(tmp_path: Path) -> None:
    good = write_citescore_xlsx(tmp_path / "g.xlsx", {2023: [citescore_row(
        1, "A", 3308, "Law", 50, 1, 2, 2)]}, about_sheets=False)

    def declare(data: bytes) -> bytes:
        head, tail = data.split(b"<sheetData", 1)
        return head + b'<dimension ref="A1:V5000000"/><sheetData' + tail

    big = _rewrite(good, tmp_path / "big.xlsx", "xl/worksheets/sheet1.xml", declare)
    with pytest.raises(ParseError, match="declares 5,000,000 rows"):
        citescore.parse(big)


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "e.xlsx").write_bytes(b"")
    with pytest.raises(ParseError, match="empty"):
        citescore.parse(tmp_path / "e.xlsx")


def test_headers_are_matched_by_name_not_position() -> None:
    fields = (Field("a", ("Scopus Source ID", "Scopus SourceID")), Field("b", ("Title",)),
              Field("c", ("Titles Discontinued by Scopus",), prefix=True))
    header = ("TITLE", "Titles Discontinued by Scopus Due to Quality Issues", "scopus sourceid")
    assert map_headers(header, fields) == {"a": 2, "b": 0, "c": 1}


def test_fast_reader_agrees_with_openpyxl(tmp_path: Path) -> None:
    import openpyxl

    from core.journals.templates import CITESCORE_COLUMNS

    wb = openpyxl.Workbook()   # normal mode: shared strings, as Excel writes them
    ws = wb.active
    assert ws is not None
    ws.title = "CiteScore 2023"
    ws.append(["CiteScore 2023 (per May 2024)"])
    ws.append(list(CITESCORE_COLUMNS))
    ws.append(citescore_row(1, "Вестник «КазНУ» & Co", 3308, "Law", 36, 10, 700, 3, 368075,
                            "1095-9203", citescore=1.25))
    ws.append([])
    ws["C6"] = "gap before"
    ws["A7"] = True
    wb.save(tmp_path / "s.xlsx")
    slow = {s.name: list(s.rows) for s in xlsx_sheets(tmp_path / "s.xlsx")}
    fast = {s.name: list(s.rows) for s in xlsx_sheets(tmp_path / "s.xlsx", fast=True)}

    def trim(rows: list[tuple[int, tuple[object, ...]]]) -> list[tuple[int, tuple[object, ...]]]:
        out = []
        for n, values in rows:
            v = list(values)
            while v and v[-1] is None:
                v.pop()
            if v:
                out.append((n, tuple(v)))
        return out

    assert trim(fast["CiteScore 2023"]) == trim(slow["CiteScore 2023"])
    rows = dict(trim(fast["CiteScore 2023"]))
    assert rows[3][1] == "Вестник «КазНУ» & Co" and rows[3][5] == 1.25 and rows[3][20] == 368075
    assert rows[6] == (None, None, "gap before") and rows[7] == (True,)


def test_malformed_and_oversized_csv(tmp_path: Path) -> None:
    from core.journals.importers.tabular import csv_sheet

    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"Title,Percentile\nA\x00,1\n")
    with pytest.raises(ParseError, match="binary file"):
        list(csv_sheet(nul).rows)
    xls = tmp_path / "scimagojr 2023.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(ParseError, match=r"old Excel \.xls"):
        list(csv_sheet(xls).rows)
    big = tmp_path / "big.csv"
    big.write_text("Title\n" + "x\n" * 10, encoding="utf-8")
    with pytest.raises(ParseError, match="more than 5 rows"):
        list(csv_sheet(big, max_rows=5).rows)
    huge_field = tmp_path / "field.csv"
    huge_field.write_text('Title\n"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(ParseError, match="malformed CSV"):
        list(csv_sheet(huge_field).rows)


def test_workbooks_read_on_several_threads_leave_openpyxl_as_it_was(tmp_path: Path) -> None:
    # The window reads files on worker threads: the parser swap must never stick.
    import threading

    import openpyxl.worksheet._reader as reader

    from core.journals.importers import koksnvo
    from core.journals.templates import write_koksnvo_template

    original = reader.iterparse
    path = write_koksnvo_template(tmp_path / "k.xlsx", [
        [f"Журнал {n}", "", "", "", "2", "Право", "", "", "", ""] for n in range(400)])
    counts: list[int] = []
    errors: list[BaseException] = []

    def read() -> None:
        try:
            counts.append(koksnvo.parse(path).rows_ok)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and counts == [400] * 4
    assert reader.iterparse is original


def test_estimate_rows(tmp_path: Path) -> None:
    from core.journals.importers.tabular import estimate_rows

    csv_path = tmp_path / "a.csv"
    csv_path.write_text("h\n1\n2\n", encoding="utf-8")
    assert estimate_rows(csv_path) == 3
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for n in range(30):
        ws.append([n])
    wb.save(tmp_path / "b.xlsx")
    assert estimate_rows(tmp_path / "b.xlsx") == 30      # the sheet's declared dimension
    (tmp_path / "c.xlsx").write_bytes(b"PK\x03\x04 broken")
    assert estimate_rows(tmp_path / "c.xlsx") is None
