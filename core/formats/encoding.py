"""Reading text files whatever tool wrote them: BOMs, BOM-less UTF-16 (Web of Science), declared
encodings, and a guess between UTF-8, cp1251 (Russian tools), KZ-1048, GBK and windows-1252;
binary files are refused by name (PDF, Excel, ZIP, images) instead of being read as text."""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from core.errors import ParseError

# A reference file of 300 MB is far beyond any real export (a 7,000-entry BibTeX library is 3 MB).
MAX_FILE_BYTES = 300 * 1024 * 1024
_SAMPLE = 1 << 16

# Magic numbers of binary files users drop by mistake -> what to call them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0", "an old Excel .xls (or Word .doc) file: open it in Excel or LibreOffice "
                          "and save it as .xlsx or .csv"),
    (b"PK\x03\x04", "a ZIP archive (an .xlsx, .docx or .zip file)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ", "a Windows program"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# `% Encoding: windows-1252` (JabRef), `-*- coding: latin-9 -*-` (Emacs), `@charset`.
_DECLARED = re.compile(rb"(?im)^[ \t]*%[ \t]*(?:Encoding|-\*-[ \t]*coding)[ \t]*:[ \t]*"
                       rb"([A-Za-z0-9_.:-]+?)(?:-unix|-dos|-mac)?(?:[ \t]|;|-\*-|$)")

_CYR_WORD = re.compile(r"^(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]?[а-яёәғқңөұүһі]+|[А-ЯЁӘҒҚҢӨҰҮҺІ]+)$")
_WORD = re.compile(r"[^\W\d_]+")
_KZ_ONLY = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_SERBIAN_ONLY = frozenset("ђћџљњѓќЂЋЏЉЊЃЌ")


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text and how it was decoded: `encoding` is a Python codec name; `bom` is True
    when the file started with a byte-order mark. `bad_lines` are the (1-based) lines of a
    UTF-8 file where invalid byte sequences were replaced by U+FFFD (first ones only)."""

    text: str
    encoding: str
    bom: bool = False
    bad_lines: tuple[int, ...] = ()
    bad_count: int = 0
    more_bad_lines: bool = False

    def note(self) -> str | None:
        """What the reader should be told about replaced bytes, or None."""
        if not self.bad_count:
            return None
        lines = ", ".join(str(n) for n in self.bad_lines)
        more = ", ..." if self.more_bad_lines else ""
        label = "line" if len(self.bad_lines) == 1 and not more else "lines"
        return (f"{self.bad_count} invalid UTF-8 byte sequence(s) replaced by U+FFFD ({label} "
                f"{lines}{more}): the file is damaged there; check those entries")


# A file read as UTF-8 despite invalid bytes needs this many well-formed non-ASCII characters
# per invalid sequence: a damaged UTF-8 file has thousands of good ones per bad one, while a
# cp1251 or KZ-1048 file forms a valid UTF-8 sequence only by accident.
MOSTLY_UTF8_RATIO = 20
BAD_LINES_SHOWN = 10


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> None:
    """Refuse a missing, empty or oversized file with a message naming it."""
    if not path.is_file():
        raise ParseError("no such file", file=str(path))
    size = path.stat().st_size
    if size == 0:
        raise ParseError("the file is empty", file=str(path))
    if size > max_bytes:
        raise ParseError(f"the file is {size:,} bytes; the limit is {max_bytes:,}", file=str(path))


def binary_kind(data: bytes) -> str | None:
    """What a binary file is, from its first bytes (None for text and for PDF, which has its own
    import)."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def is_pdf(data: bytes) -> bool:
    # The header may follow some junk bytes; readers accept it within the first kilobyte.
    return b"%PDF-" in data[:1024]


def _utf16_without_bom(sample: bytes) -> str | None:
    """Web of Science and JabRef write UTF-16 without a BOM: mostly-ASCII text then has a NUL in
    every other byte."""
    n = len(sample) - len(sample) % 2
    if n < 4:
        return None
    even = sample[0:n:2].count(0)
    odd = sample[1:n:2].count(0)
    half = n // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _declared(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    for candidate in (name, name.replace("-", ""), name.replace("-", "_")):
        try:
            return codecs.lookup(candidate).name
        except LookupError:
            continue
    return None


_CYR_LETTERS = re.compile(r"^[\u0400-\u04ff]+$")


def _cyrillic_scores(text: str) -> tuple[float, float]:
    """Of the words with non-ASCII letters: the share made only of Cyrillic letters, and the
    share that also look like words (one capital then small letters, or all capitals). Western
    text read as cp1251 mixes scripts inside words (`Mьller`); GBK read as cp1251 gives Cyrillic
    letters in random case."""
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return 0.0, 0.0
    cyrillic = [w for w in words if _CYR_LETTERS.match(w)]
    regular = sum(1 for w in cyrillic if _CYR_WORD.match(w))
    return len(cyrillic) / len(words), regular / len(words)


def _gb2312(c: str) -> bool:
    """A character of the GB2312 core of GBK (both bytes >= 0xA1): Chinese text is made of these,
    while other bytes read as GBK give rarer characters with an ASCII second byte."""
    try:
        raw = c.encode("gbk")
    except UnicodeEncodeError:
        return False
    return len(raw) == 2 and raw[0] >= 0xA1 and raw[1] >= 0xA1


def _cjk_score(text: str) -> float:
    chars = [c for c in text if ord(c) > 127]
    if not chars:
        return 0.0
    return sum(1 for c in chars if _gb2312(c)) / len(chars)


def _guess_legacy(data: bytes) -> str:
    """A single-byte or GBK encoding for bytes that are not UTF-8."""
    sample = data[: 1 << 18]
    try:
        gbk = sample.decode("gbk")
    except UnicodeDecodeError:
        gbk = ""
    gbk_likely = bool(gbk) and _cjk_score(gbk) >= 0.8
    cp1251 = sample.decode("cp1251", "replace")
    cyrillic, regular = _cyrillic_scores(cp1251)
    if any(c in _SERBIAN_ONLY for c in cp1251):
        # KZ-1048 puts the Kazakh letters where cp1251 has Serbian and Macedonian ones.
        kz = sample.decode("kz1048", "replace")
        kz_cyrillic, kz_regular = _cyrillic_scores(kz)
        if any(c in _KZ_ONLY for c in kz) and kz_cyrillic >= 0.8 and kz_regular >= regular:
            return "kz1048"
    if cyrillic >= 0.8 and (regular >= 0.5 or not gbk_likely):
        return "cp1251"
    if gbk_likely:
        return "gbk"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"  # the five bytes cp1252 leaves undefined
    return "cp1252"


def decode_bytes(data: bytes, *, file: str | None = None) -> Decoded:
    """Decode a file's bytes. Raises ParseError for a binary file (naming what it seems to be)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            if name == "utf-8":
                return _utf8_with_replacements(data[len(bom):], bom=True, file=file)
            try:
                return Decoded(data[len(bom):].decode(name), name, True)
            except UnicodeDecodeError as exc:
                raise ParseError(f"the file starts with a {name.upper()} byte-order mark but is "
                                 f"not valid {name.upper()} (byte {exc.start})", file=file) from None
    kind = binary_kind(data)
    if kind is not None:
        raise ParseError(f"not a text file: it is {kind}", file=file)
    utf16 = _utf16_without_bom(data[:_SAMPLE])
    if utf16 is not None:
        try:
            return Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:_SAMPLE]:
        raise ParseError("a binary file, not text (it holds NUL bytes)", file=file)
    declared = _declared(data)
    if declared is not None:
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:
            pass  # JabRef files that declare UTF-8 but hold windows-1252: guess below
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _mostly_utf8(data)
    if damaged is not None:
        return damaged
    name = _guess_legacy(data)
    return Decoded(data.decode(name, "replace"), name)


def _utf8_with_replacements(data: bytes, *, bom: bool, file: str | None) -> Decoded:
    decoded = _mostly_utf8(data, bom=bom, ratio=0)
    if decoded is None:  # pragma: no cover - ratio 0 always accepts
        raise ParseError("the file is not valid UTF-8", file=file)
    return decoded


def _mostly_utf8(data: bytes, *, bom: bool = False,
                 ratio: int = MOSTLY_UTF8_RATIO) -> Decoded | None:
    """UTF-8 text with a few invalid byte sequences (a damaged download, a bad copy-paste):
    decoded as UTF-8 with U+FFFD in their place and the lines remembered, rather than read
    whole as a legacy encoding (which turns every Cyrillic letter into mojibake). None when the
    bytes are not mostly UTF-8."""
    text = data.decode("utf-8", "replace")
    already = data.count("\ufffd".encode())   # U+FFFD written on purpose
    bad = text.count("\ufffd") - already
    if bad <= 0:
        return Decoded(text, "utf-8", bom)
    good = sum(1 for ch in text if ord(ch) > 127) - bad - already
    if ratio and good < ratio * bad:
        return None
    lines: list[int] = []
    line = 1
    start = 0
    more = False
    while (at := text.find("\ufffd", start)) >= 0:
        line += text.count("\n", start, at)
        start = at + 1
        if lines and lines[-1] == line:
            continue
        if len(lines) == BAD_LINES_SHOWN:
            more = True
            break
        lines.append(line)
    return Decoded(text, "utf-8", bom, tuple(lines), bad, more)


def read_decoded(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Decoded:
    check_file(path, max_bytes)
    return decode_bytes(path.read_bytes(), file=str(path))


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """A text file's content, decoded as `decode_bytes` decides (CSV, BibTeX, RIS...)."""
    return read_decoded(path, max_bytes).text
