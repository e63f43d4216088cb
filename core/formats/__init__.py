"""Reference file formats: one module per format (`parse`, `dump` where writable, `EXTENSIONS`,
`sniff`), and this small registry that recognises a file by its content first, then its name.

    result = formats.read_file(Path("refs.bib"))    # ParseResult, or ParseError if unreadable
    text = formats.dump("ris", records)
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from core.errors import ParseError
from core.formats.base import ParseResult, Problem
from core.formats.encoding import (
    Decoded,
    binary_kind,
    check_file,
    decode_bytes,
    is_pdf,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from core.model import Reference

__all__ = ["FORMATS", "Detection", "FormatInfo", "ParseResult", "Problem", "detect", "dump",
           "format_info", "formats", "module", "parse_text", "read_file", "read_path"]

# Registry name -> module, in the order content is tried (the most specific signatures first).
FORMATS: dict[str, str] = {
    "csl-json": "core.formats.csl_json",
    "wos": "core.formats.wos",
    "scopus-csv": "core.formats.scopus_csv",
    "medline": "core.formats.medline",
    "ris": "core.formats.ris",
    "bibtex": "core.formats.bibtex",
}
# The longest line a text format may have: a real abstract or WoS cited-reference cell is well
# under this; a 50 MB single line is not a bibliography.
MAX_LINE = 2 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class FormatInfo:
    name: str
    label: str
    extensions: tuple[str, ...]
    can_dump: bool


@dataclass(frozen=True, slots=True)
class Detection:
    """What a file is: `kind` is `format` (then `format` names it) or `pdf`. `note` says when the
    content is not what the file name claims."""

    kind: str
    format: str | None = None
    encoding: str | None = None
    note: str | None = None


def module(name: str) -> ModuleType:
    if name not in FORMATS:
        raise ParseError(f"unknown format {name!r}; one of {', '.join(FORMATS)}")
    return importlib.import_module(FORMATS[name])


def format_info(name: str) -> FormatInfo:
    m = module(name)
    return FormatInfo(name, m.LABEL, tuple(m.EXTENSIONS), bool(m.CAN_DUMP))


def formats() -> list[FormatInfo]:
    """Every format, readable ones and (`can_dump`) writable ones."""
    return [format_info(n) for n in FORMATS]


def _by_extension(path: Path) -> str | None:
    name = path.name.lower()
    for fmt in FORMATS:
        exts = module(fmt).EXTENSIONS
        if fmt != "wos" and any(name.endswith(e) for e in exts) and not name.endswith(".txt"):
            return fmt
    return None


def _sniff(text: str) -> str | None:
    for fmt in FORMATS:
        if module(fmt).sniff(text):
            return fmt
    return None


def _check_lines(text: str, file: str) -> None:
    # A line longer than MAX_LINE holds a whole aligned window of MAX_LINE / 2 characters
    # without a newline: probe those windows first (a few find() calls for a whole file).
    half = MAX_LINE // 2
    if all(text.find("\n", i, i + half) != -1 or i + half > len(text)
           for i in range(0, len(text), half)):
        return
    lines = text.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    size = len(lines[longest])
    if size > MAX_LINE:
        raise ParseError(f"line {longest + 1} is {size:,} characters long: no reference format "
                         f"has lines that long (the limit is {MAX_LINE:,}); this is not a "
                         "bibliography file", file=file)


def detect_decoded(data: bytes, path: Path) -> tuple[Detection, Decoded | None]:
    """Recognise a file from its bytes (PDF and binary files) and its text."""
    file = str(path)
    if is_pdf(data):
        return Detection("pdf"), None
    kind = binary_kind(data)
    if kind is not None:
        raise ParseError(f"not a reference file: it is {kind}", file=file)
    decoded = decode_bytes(data, file=file)
    text = decoded.text
    if not text.strip(" \t\r\n\ufeff\x00"):
        raise ParseError("the file is empty (only blank lines)", file=file)
    if "\x00" in text:
        raise ParseError("a binary file, not text (it holds NUL characters)", file=file)
    by_content = _sniff(text)
    by_name = _by_extension(path)
    if by_content is None:
        if by_name is None:
            raise ParseError("not a reference file Silteme reads (BibTeX, RIS, CSL-JSON, Scopus "
                             "CSV, Web of Science export, PubMed MEDLINE)", file=file)
        by_content = by_name
    if by_content != "csl-json":
        _check_lines(text, file)
    note = None
    if by_name is not None and by_name != by_content:
        note = (f"{path.name} holds {module(by_content).LABEL}, not {module(by_name).LABEL}: "
                f"read as {module(by_content).LABEL}")
    return Detection("format", by_content, decoded.encoding, note), decoded


def detect(path: Path | str) -> Detection:
    path = Path(path)
    check_file(path)
    return detect_decoded(path.read_bytes(), path)[0]


def parse_text(text: str, fmt: str, *, file: str | None = None,
               encoding: str | None = None) -> ParseResult:
    m = module(fmt)
    result: ParseResult = m.parse(text, file=file, encoding=encoding)
    return result


def read_file(path: Path | str, *, fmt: str | None = None) -> ParseResult:
    """Read a reference file: encoding and format detected (or `fmt` forced). Raises ParseError
    for a file that cannot be read at all (missing, empty, binary, a PDF, no entries of its
    claimed format); entry-level problems are in the result."""
    detection, result = read_path(path, fmt=fmt)
    if result is None:
        raise ParseError("a PDF: import it as a PDF (its DOI is looked up), not as a "
                         "reference list", file=str(path))
    return result


def read_path(path: Path | str, *, fmt: str | None = None
              ) -> tuple[Detection, ParseResult | None]:
    """`read_file` that tells a PDF apart instead of refusing it: (Detection("pdf"), None)."""
    path = Path(path)
    check_file(path)
    data = path.read_bytes()
    name = path.name
    if fmt is not None:
        module(fmt)
        decoded = decode_bytes(data, file=str(path))
        if "\x00" in decoded.text:   # past the first 64 KB decode_bytes looked at
            raise ParseError("a binary file, not text (it holds NUL characters)",
                             file=str(path))
        if fmt != "csl-json":
            _check_lines(decoded.text, str(path))
        detection = Detection("format", fmt, decoded.encoding)
    else:
        detection, maybe = detect_decoded(data, path)
        if detection.kind == "pdf" or maybe is None:
            return detection, None
        decoded = maybe
    assert detection.format is not None
    result = parse_text(decoded.text, detection.format, file=name, encoding=decoded.encoding)
    if detection.note:
        result.notes.insert(0, detection.note)
    if decoded.note():
        result.notes.append(f"{name}: {decoded.note()}")
    if not result.records and not result.problems:
        raise ParseError(f"no {module(detection.format).LABEL} entries in the file",
                         file=str(path))
    return detection, result


def dump(fmt: str, records: Iterable[Reference]) -> str:
    m = module(fmt)
    if not getattr(m, "CAN_DUMP", False):
        raise ParseError(f"{m.LABEL} is read only: export as BibTeX, RIS or CSL-JSON")
    text: str = m.dump(records)
    return text
