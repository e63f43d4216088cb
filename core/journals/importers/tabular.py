"""Reading spreadsheets and CSV files safely (size, zip-bomb, XML-bomb and dimension checks;
openpyxl in read-only mode) and finding columns by header name, since publishers rename them."""

from __future__ import annotations

import csv
import io
import re
import threading
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import ParseError
from core.formats.encoding import check_file as check_file  # re-exported for the importers
from core.formats.encoding import read_text as _read_text
from core.formats.encoding import sha256_file as sha256_file

# Limits that keep a malformed or hostile file from exhausting memory or time. A real CiteScore
# file has about 60,000 rows and 22 columns; an ext_list about 50,000 rows and 30 columns.
MAX_FILE_BYTES = 300 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_ROWS = 1_048_576
MAX_COLUMNS = 200
HEADER_SCAN_ROWS = 10
# openpyxl's reader is set up through process-wide state (the warning filters, the XML parser
# swapped in below). Files are read on worker threads in the window, so those moments are taken
# one thread at a time.
_OPENPYXL_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Sheet:
    """One table: its name (sheet name, or the file name for a CSV) and its rows as value tuples.
    `rows` yields (1-based row number, values)."""

    name: str
    rows: Iterator[tuple[int, tuple[Any, ...]]]


def is_xlsx(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(4) == b"PK\x03\x04"


def _check_zip(path: Path) -> None:
    """Refuse zip bombs and XML with DTDs/entities before openpyxl sees the file."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            if total > MAX_UNCOMPRESSED_BYTES or total / packed > MAX_COMPRESSION_RATIO:
                raise ParseError(f"the workbook unpacks to {total:,} bytes (ratio "
                                 f"{total / packed:.0f}:1); refusing a possible zip bomb",
                                 file=str(path))
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                raise ParseError("not an Excel .xlsx workbook (no xl/workbook.xml)", file=str(path))
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    _check_prolog(zf, info.filename, path)
    except zipfile.BadZipFile as exc:
        raise ParseError(f"not a valid .xlsx file: {exc}", file=str(path)) from None


class _Prolog(Exception):
    """Raised to stop parsing at the root element: the prolog (where a DTD must be) was read."""


def _check_prolog(zf: zipfile.ZipFile, name: str, path: Path) -> None:
    """Let defusedxml read an XML part up to its root element: DTDs and entity declarations (the
    XML bomb and external-entity attacks) can only appear before it, so the rest of the part may
    then be parsed by the fast C parser."""
    from defusedxml.common import DefusedXmlException
    from defusedxml.ElementTree import iterparse as safe_iterparse

    try:
        with zf.open(name) as fh:
            for _event, _elem in safe_iterparse(fh, events=("start",)):
                raise _Prolog
    except _Prolog:
        return
    except DefusedXmlException as exc:
        raise ParseError(f"{name} declares a DTD or entities ({type(exc).__name__}); refusing "
                         "a possible XML bomb", file=str(path)) from None
    except Exception as exc:   # ParseError from expat: broken XML
        raise ParseError(f"{name} is not well-formed XML: {exc}", file=str(path)) from None


@contextmanager
def _c_parser_for_openpyxl() -> Iterator[None]:
    """openpyxl parses worksheets with defusedxml's pure-Python parser when defusedxml is
    installed, which makes a 40,000-row file take twice as long. Every part was checked by
    `_check_prolog` first, so the worksheet reader may use the standard library's C-accelerated
    iterparse while we read (see docs/decisions/0006-fast-safe-xlsx.md)."""
    import xml.etree.ElementTree as ET

    import openpyxl.worksheet._reader as reader

    saved = reader.iterparse
    reader.iterparse = ET.iterparse
    try:
        yield
    finally:
        reader.iterparse = saved


_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]+\d+:([A-Z]+)(\d+)"')


def declared_sheet_rows(path: Path, part: str) -> int | None:
    """The row count a sheet part declares in its `<dimension>` (read from its first bytes)."""
    with zipfile.ZipFile(path) as zf, zf.open(part) as fh:
        m = _DIMENSION.search(fh.read(65536))
    return int(m.group(2)) if m else None


_ROW_NUMBER = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')


def highest_row_number(path: Path, part: str) -> int:
    """The highest `<row r="N">` in a sheet part, read in one streaming pass (a few
    milliseconds for a ministry list): a row numbered past the limit is refused before openpyxl
    would walk every empty row up to it."""
    highest = 0
    tail = b""
    with zipfile.ZipFile(path) as zf, zf.open(part) as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            data = tail + chunk
            for m in _ROW_NUMBER.finditer(data):
                highest = max(highest, int(m.group(1)))
            tail = data[-256:]
    return highest


def _sheet_parts(path: Path) -> list[tuple[str, str]]:
    """(sheet name, part) of every sheet whose part exists; a workbook part that is not
    well-formed XML is a ParseError naming the file."""
    from core.journals.importers import xlsx_fast

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            return [(name, part) for name, part in xlsx_fast.sheet_paths(zf) if part in names]
    except (SyntaxError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        # lxml's XMLSyntaxError is a SyntaxError
        raise ParseError(f"cannot read the workbook: {type(exc).__name__}: {exc}",
                         file=str(path)) from None


def _fast_sheets(path: Path, max_rows: int, max_columns: int) -> Iterator[Sheet]:
    from core.journals.importers import xlsx_fast

    for name, rows in xlsx_fast.open_sheets(path, max_rows=max_rows, max_cols=max_columns):
        yield Sheet(name, rows)


def xlsx_sheets(path: Path, *, max_rows: int = MAX_ROWS, max_columns: int = MAX_COLUMNS,
                fast: bool = False) -> Iterator[Sheet]:
    """The worksheets of an .xlsx file, streamed in openpyxl's read-only mode. The declared
    dimensions are checked first; a sheet without them is cut off at `max_rows`. With `fast`
    (values only, no date styles), large sheets are read by `xlsx_fast` instead."""
    check_file(path)
    _check_zip(path)
    if fast:
        from core.journals.importers import xlsx_fast

        if xlsx_fast.available():
            parts = _sheet_parts(path)
            for name, part in parts:
                n = declared_sheet_rows(path, part) if part else None
                if n is not None and n > max_rows:
                    raise ParseError(f"sheet {name!r} declares {n:,} rows; the limit is "
                                     f"{max_rows:,}", file=str(path))
            yield from _fast_sheets(path, max_rows, max_columns)
            return
    import openpyxl
    from defusedxml.common import DefusedXmlException

    from core.journals.importers import xlsx_fast

    if xlsx_fast.available():
        for name, part in _sheet_parts(path):
            if (n := highest_row_number(path, part)) > max_rows:
                raise ParseError(f"sheet {name!r} has a row numbered {n:,}; the limit is "
                                 f"{max_rows:,} rows", file=str(path))
    try:
        with _OPENPYXL_LOCK, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style", unsupported extensions
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except DefusedXmlException as exc:
        raise ParseError(f"refusing unsafe XML: {exc}", file=str(path)) from None
    except Exception as exc:  # openpyxl raises KeyError/ValueError/... on broken workbooks
        raise ParseError(f"cannot read the workbook: {type(exc).__name__}: {exc}",
                         file=str(path)) from None
    try:
        for ws in wb.worksheets:
            declared_rows = getattr(ws, "max_row", None)
            declared_cols = getattr(ws, "max_column", None)
            if declared_rows is not None and declared_rows > max_rows:
                raise ParseError(f"sheet {ws.title!r} declares {declared_rows:,} rows; the limit "
                                 f"is {max_rows:,}", file=str(path))
            if declared_cols is not None and declared_cols > max_columns:
                # Formatting often stretches the declared range; read only the first columns.
                declared_cols = max_columns
            # Without declared dimensions rows come unpadded and are cut to `max_columns`.
            yield Sheet(ws.title, _ws_rows(path, ws, max_rows, declared_cols, max_columns))
    finally:
        wb.close()


def _ws_rows(path: Path, ws: Any, max_rows: int, max_cols: int | None, cut: int
             ) -> Iterator[tuple[int, tuple[Any, ...]]]:
    from defusedxml.common import DefusedXmlException

    try:
        it = ws.iter_rows(max_col=max_cols, values_only=True)
        n = 0
        while True:
            # The parser swap and the warning filter are held only while openpyxl works, never
            # while this generator is suspended at a yield.
            with _OPENPYXL_LOCK, warnings.catch_warnings(), _c_parser_for_openpyxl():
                warnings.simplefilter("ignore")
                values = next(it, None)
            if values is None:
                return
            n += 1
            if n > max_rows:
                raise ParseError(f"sheet {ws.title!r} has more than {max_rows:,} rows",
                                 file=str(path))
            yield n, values if len(values) <= cut else values[:cut]
    except DefusedXmlException as exc:
        raise ParseError(f"refusing unsafe XML in sheet {ws.title!r}: {exc}",
                         file=str(path)) from None
    except ParseError:
        raise
    except Exception as exc:
        raise ParseError(f"sheet {ws.title!r} is malformed: {type(exc).__name__}: {exc}",
                         file=str(path)) from None


def read_text(path: Path) -> str:
    """A CSV file's text, decoded by the shared reader (core.formats.encoding): UTF-8 with or
    without BOM, UTF-16, cp1251 (Russian Excel) and the rest; binary files refused by name."""
    return _read_text(path, MAX_FILE_BYTES)


def sniff_delimiter(sample: str, candidates: str = ",;\t") -> str:
    first = sample.split("\n", 1)[0]
    return max(candidates, key=first.count)


def csv_sheet(path: Path, *, delimiter: str | None = None, max_rows: int = MAX_ROWS) -> Sheet:
    content = read_text(path)
    delim = delimiter or sniff_delimiter(content)

    def rows() -> Iterator[tuple[int, tuple[Any, ...]]]:
        reader = csv.reader(io.StringIO(content, newline=""), delimiter=delim)
        try:
            for n, values in enumerate(reader, start=1):
                if n > max_rows:
                    raise ParseError(f"more than {max_rows:,} rows", file=str(path))
                yield n, tuple(values)
        except csv.Error as exc:
            raise ParseError(f"malformed CSV: {exc}", file=str(path),
                             line=reader.line_num) from None

    return Sheet(path.name, rows())


def sheets(path: Path, *, fast: bool = False) -> Iterator[Sheet]:
    """Every table in an .xlsx (one per sheet) or the one table in a CSV file."""
    check_file(path)
    if is_xlsx(path):
        yield from xlsx_sheets(path, fast=fast)
    else:
        yield csv_sheet(path)


def estimate_rows(path: Path) -> int | None:
    """About how many rows a file holds, cheaply, for a progress bar: the rows every sheet of an
    .xlsx declares, or the lines of a text file. None when it cannot tell."""
    try:
        if is_xlsx(path):
            from core.journals.importers import xlsx_fast

            with zipfile.ZipFile(path) as zf:
                parts = [part for _, part in xlsx_fast.sheet_paths(zf) if part]
            counts = [declared_sheet_rows(path, part) for part in parts]
            known = [n for n in counts if n is not None]
            return sum(known) if known else None
        with open(path, "rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError):
        return None   # only a progress hint: the parse itself reports what is wrong


# ------------------------------------------------------------------------------ header matching
def norm_header(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip().casefold()


@dataclass(frozen=True, slots=True)
class Field:
    """A field an importer reads: the header names it is known by (compared case-insensitively);
    `prefix` also accepts headers starting with a name (`Titles Discontinued by Scopus ...`)."""

    name: str
    aliases: tuple[str, ...]
    required: bool = False
    prefix: bool = False
    contains: bool = False


def map_headers(header: Sequence[Any], fields: Sequence[Field],
                overrides: dict[str, str] | None = None) -> dict[str, int | None]:
    """Field name -> column index (None when absent). Exact names win over prefixes, and a column
    is used by one field only. `overrides` maps a field to a header text the user chose."""
    names = [norm_header(h) for h in header]
    used: set[int] = set()
    out: dict[str, int | None] = {}
    for f in fields:
        if overrides and f.name in overrides:
            want = norm_header(overrides[f.name])
            out[f.name] = names.index(want) if want in names else None
            if out[f.name] is not None:
                used.add(out[f.name])  # type: ignore[arg-type]
    for mode in ("exact", "prefix", "contains"):
        for f in fields:
            if out.get(f.name) is not None or (overrides and f.name in overrides):
                continue
            if mode == "prefix" and not f.prefix or mode == "contains" and not f.contains:
                continue
            for alias in f.aliases:
                a = alias.casefold()
                hit = next((i for i, h in enumerate(names) if i not in used and h and (
                    h == a if mode == "exact" else h.startswith(a) if mode == "prefix"
                    else a in h)), None)
                if hit is not None:
                    out[f.name] = hit
                    used.add(hit)
                    break
    return {f.name: out.get(f.name) for f in fields}


HeaderFound = tuple[int, tuple[Any, ...], dict[str, int | None], list[tuple[Any, ...]]]


def find_header(rows: Iterator[tuple[int, tuple[Any, ...]]], fields: Sequence[Field],
                overrides: dict[str, str] | None = None
                ) -> HeaderFound | None:
    """Scan the first rows for the header (older CiteScore files put it on row 2). Returns
    (header row number, header values, mapping, rows read before it) or None."""
    before: list[tuple[Any, ...]] = []
    for n, values in rows:
        mapping = map_headers(values, fields, overrides)
        if all(mapping[f.name] is not None for f in fields if f.required):
            return n, values, mapping, before
        before.append(values)
        if n >= HEADER_SCAN_ROWS:
            break
    return None


def cell(values: tuple[Any, ...], mapping: dict[str, int | None], name: str) -> Any:
    i = mapping.get(name)
    if i is None or i >= len(values):
        return None
    return values[i]


def is_blank(values: tuple[Any, ...]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def mapping_by_header(header: tuple[Any, ...], mapping: dict[str, int | None]
                      ) -> dict[str, str | None]:
    return {k: (str(header[i]) if i is not None else None) for k, i in mapping.items()}
