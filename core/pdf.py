"""Reading a PDF safely (pypdf) for its DOI and, failing that, a title to search for.

Bounded everywhere: the file's size, the pages read (the first three), the text kept per page, the
time spent (checked between pages; pypdf bounds each stream's decompression), so a damaged,
hostile or huge file gives a typed error (PdfError, PdfEncryptedError) instead of a hang or a
crash. The DOI chosen is the work's own: one in the file's metadata or on the first page, printed
as a DOI (`doi:`, `https://doi.org/`), repeated in running heads; DOIs after a "References"
heading are cited works and are never chosen (they are reported apart).
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import InvalidValueError, PdfEncryptedError, PdfError
from core.identifiers import find_dois, normalize_doi

MAX_BYTES = 512 * 1024 * 1024
MAX_PAGES = 3
MAX_PAGE_CHARS = 60_000
MAX_PAGE_STREAM = 4 * 1024 * 1024
TIME_BUDGET_S = 20.0

# pypdf logs what it repairs; without a handler Python would print it on stderr (the command
# line's output). Applications that configure logging still see it.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

# Headings that open a list of cited works (English, Russian, Kazakh).
_REFERENCES = re.compile(
    r"(?im)^[ \t]*(?:\d+\.?\s*)?(?:references(?:\s+and\s+notes)?|bibliography|literature\s+cited|"
    r"works\s+cited|cited\s+literature|список\s+(?:использованн(?:ой|ых)\s+)?"
    r"(?:литературы|источников)|литература|библиография|"
    r"(?:пайдаланылған\s+)?әдебиеттер(?:\s+тізімі)?)[ \t]*:?[ \t]*$")
# How a work prints its own DOI.
_DOI_LABEL = re.compile(r"(?i)(?:doi\s*[:=]?\s*|doi\.org/|dx\.doi\.org/)$")
# A metadata title that is a file name or a placeholder, not the work's title.
_JUNK_TITLE = re.compile(
    r"(?i)^(?:microsoft\s+(?:word|powerpoint)\s*-|untitled|no\s+title|title|document\d*|"
    r"layout\s+\d|\S+\.(?:docx?|pdf|tex|dvi|indd|rtf|odt|qxd|ps)$)|\.(?:docx?|pdf|tex|indd)$")
# Labels printed above a title, not the title.
_LABELS = re.compile(r"(?i)^\s*(?:(?:research|original|review|short|brief)\s+(?:article|paper|"
                     r"communication|report)|article|original\s+paper|open\s+access|editorial|"
                     r"(?:научная\s+)?статья|обзор|ғылыми\s+мақала|мақала)\s*$")
# Lines of a first page that are not the title (running heads, imprints, licences).
_HEADER_WORDS = re.compile(
    r"(?i)(?:journal|вестник|хабаршы|известия|issn|isbn|vol\.|volume|том\s|№|doi|http|www\.|"
    r"©|copyright|elsevier|springer|wiley|taylor|received|accepted|published|available online|"
    r"licen[cs]e|creative commons|contents lists|e-?mail|university|университет)")


# What pypdf raises on damaged input besides its own errors.
_PAGE_ERRORS: tuple[type[Exception], ...] = (
    ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError, RecursionError,
    OverflowError, ZeroDivisionError, UnicodeError)


@dataclass(frozen=True, slots=True)
class PdfInfo:
    """What was read from a PDF: its DOI (None when no DOI of its own was found), where it was
    found, other DOIs seen, cited DOIs (after a references heading), a title guess."""

    path: Path
    pages: int
    doi: str | None
    doi_source: str | None          # "metadata", "page 1", "page 2"...
    other_dois: tuple[str, ...]     # seen outside the references, not chosen
    cited_dois: tuple[str, ...]     # after a references heading: cited works
    title: str | None               # a title guess for a search (metadata, else largest text)
    title_source: str | None        # "metadata" or "page 1"
    metadata_title: str | None
    encrypted: bool
    text_chars: int
    notes: tuple[str, ...] = ()     # pages skipped and why


@dataclass(slots=True)
class _Fragment:
    text: str
    size: float


@dataclass(slots=True)
class _Page:
    text: str = ""
    fragments: list[_Fragment] = field(default_factory=list)


def read_pdf(path: Path | str, *, max_pages: int = MAX_PAGES, max_bytes: int = MAX_BYTES,
             time_budget_s: float = TIME_BUDGET_S,
             clock: Callable[[], float] = time.monotonic) -> PdfInfo:
    """Read the first pages of a PDF. Raises PdfError (not a PDF, damaged, too large, too slow)
    or PdfEncryptedError (a password is needed) with the file named."""
    file = Path(path)
    name = str(file)
    try:
        size = file.stat().st_size
        with file.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise PdfError(f"cannot read the file: {exc.strerror or exc}", file=name) from None
    if size == 0:
        raise PdfError("the file is empty", file=name)
    if size > max_bytes:
        raise PdfError(f"the file is too large ({size // (1024 * 1024)} MB; at most "
                       f"{max_bytes // (1024 * 1024)} MB)", file=name)
    if b"%PDF-" not in head:
        raise PdfError("not a PDF (no %PDF header)", file=name)
    started = clock()
    # pypdf reports the damage it repairs through logging (see above), not warnings.
    with file.open("rb") as fh:
        return _read(fh, file, max_pages, started, time_budget_s, clock)


def _read(fh: Any, file: Path, max_pages: int, started: float, budget: float,
          clock: Callable[[], float]) -> PdfInfo:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    name = str(file)
    damage: tuple[type[BaseException], ...] = (PyPdfError, *_PAGE_ERRORS)
    fatal: tuple[type[BaseException], ...] = (*damage, OSError, MemoryError)
    try:
        reader = PdfReader(fh, strict=False)
        encrypted = bool(reader.is_encrypted)
        if encrypted:
            try:
                opened = reader.decrypt("")
            except DependencyError as exc:
                raise PdfEncryptedError(f"encrypted with a method this installation cannot "
                                        f"open ({exc})", file=name) from None
            if not opened:
                raise PdfEncryptedError("protected by a password; open it in a PDF viewer and "
                                        "save an unprotected copy", file=name)
        count = len(reader.pages)
        meta_title, meta_dois = _metadata(reader)
        pages: list[_Page] = []
        notes: list[str] = []
        for index in range(min(count, max_pages)):
            if clock() - started > budget:
                raise PdfError(f"reading took longer than {budget:g} s; stopped", file=name)
            pages.append(_page(reader.pages[index], index, notes, damage))
    except (PdfEncryptedError, PdfError):
        raise
    except FileNotDecryptedError:
        raise PdfEncryptedError("protected by a password", file=name) from None
    except fatal as exc:
        # pypdf meets damaged files with any of these; the user gets one clear message.
        raise PdfError(f"damaged or unreadable PDF ({type(exc).__name__}: "
                       f"{str(exc)[:120] or 'no details'})", file=name) from None
    if count == 0:
        raise PdfError("the PDF has no pages", file=name)
    doi, source, others, cited = choose_doi([p.text for p in pages], meta_dois)
    title, title_source = _title_guess(meta_title, pages, file)
    return PdfInfo(path=file, pages=count, doi=doi, doi_source=source,
                   other_dois=tuple(others), cited_dois=tuple(cited), title=title,
                   title_source=title_source, metadata_title=meta_title, encrypted=encrypted,
                   text_chars=sum(len(p.text) for p in pages), notes=tuple(notes))


def _metadata(reader: Any) -> tuple[str | None, list[str]]:
    """(the Info dictionary's title, DOIs in the Info dictionary and the XMP packet)."""
    texts: list[str] = []
    title = None
    info = reader.metadata
    if info is not None:
        for key in list(info.keys())[:64]:
            value = info[key]  # resolves indirect objects
            text = str(value)[:2000] if value is not None else ""
            if key == "/Title":
                title = " ".join(text.split()) or None
            elif "doi" in str(key).lower() or "doi" in text.lower():
                texts.append(text)
    try:
        xmp = reader.xmp_metadata
        raw = xmp.stream.get_data()[:200_000].decode("utf-8", "replace") if xmp is not None \
            else ""
    except Exception:  # noqa: BLE001 - a broken XMP packet is ignored, the pages still count
        raw = ""
    for m in re.finditer(r"(?is)<(?:prism:doi|dc:identifier|pdfx:doi|crossmark:doi)[^>]*>"
                         r"(.*?)</", raw):
        texts.append(m.group(1))
    dois: list[str] = []
    for text in texts:
        for doi in find_dois(text):
            if doi not in dois:
                dois.append(doi)
    return title, dois


def _page(page: Any, index: int, notes: list[str],
          damage: tuple[type[BaseException], ...]) -> _Page:
    out = _Page()
    try:
        contents = page.get_contents()
        size = len(contents.get_data()) if contents is not None else 0
    except Exception as exc:  # noqa: BLE001 - a damaged content stream: skip the page, say so
        notes.append(f"page {index + 1}: unreadable content ({type(exc).__name__})")
        return out
    if size > MAX_PAGE_STREAM:
        notes.append(f"page {index + 1}: content too large to read ({size // 1024} KB)")
        return out

    def visit(text: str, cm: Any, tm: Any, font: Any, font_size: Any) -> None:
        if text and len(out.fragments) < 4000:
            try:
                scale = math.hypot(float(tm[2]), float(tm[3])) * \
                    math.hypot(float(cm[2]), float(cm[3]))
                size = abs(float(font_size)) * (scale or 1.0)
            except (TypeError, ValueError, IndexError):
                size = 0.0
            out.fragments.append(_Fragment(text, round(size, 1)))

    try:
        text = page.extract_text(visitor_text=visit) or ""
    except damage as exc:  # one broken page: the others and the metadata may still tell
        notes.append(f"page {index + 1}: text unreadable ({type(exc).__name__})")
        out.fragments.clear()
        return out
    out.text = text[:MAX_PAGE_CHARS]
    return out


def choose_doi(pages: list[str], metadata_dois: list[str] | None = None
               ) -> tuple[str | None, str | None, list[str], list[str]]:
    """The work's own DOI among the DOIs of its first pages' text and its metadata:
    (DOI, where, other DOIs, cited DOIs). A DOI after a references heading is a cited work's."""
    meta = list(metadata_dois or [])
    cited: list[str] = []
    scores: dict[str, float] = {}
    where: dict[str, str] = {}
    counts: dict[str, int] = {}
    in_refs = False
    for number, text in enumerate(pages, 1):
        cut = len(text)
        if not in_refs:
            heading = _REFERENCES.search(text)
            if heading:
                cut = heading.start()
        for doi, pos in _doi_matches(text):
            counts[doi] = counts.get(doi, 0) + 1
            if in_refs or pos >= cut:
                if doi not in cited:
                    cited.append(doi)
                continue
            label = bool(_DOI_LABEL.search(text[max(0, pos - 20):pos]))
            score = 100.0 - 30 * (number - 1) - 10 * (pos / max(len(text), 1)) + 20 * label
            if doi not in scores or score > scores[doi]:
                scores[doi] = score
                where.setdefault(doi, f"page {number}")
        if cut < len(text):
            in_refs = True
    for doi in list(scores):
        scores[doi] += 15 * min(counts.get(doi, 1) - 1, 3)  # running heads repeat the DOI
        if doi in meta:
            scores[doi] += 60
    for doi in meta:
        if doi not in scores:
            scores[doi] = 70.0  # metadata alone: below a labelled first-page DOI with a match
            where[doi] = "metadata"
    cited = [d for d in cited if d not in scores]
    if not scores:
        return None, None, [], cited
    best = max(scores, key=lambda d: (scores[d], -list(scores).index(d)))
    source = "metadata" if best in meta else where[best]
    others = [d for d in scores if d != best]
    return best, source, others, cited


def _doi_matches(text: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for m in re.finditer(r"10\.\d{4,9}(?:\.\d+)*/[^\s\"<>]+", text, re.IGNORECASE):
        try:
            doi = normalize_doi(m.group(0))
        except InvalidValueError:
            continue
        out.append((doi, m.start()))
    return out


def plausible_title(title: str | None, file: Path | None = None) -> bool:
    """True when a metadata title looks like a work's title, not a file name or placeholder."""
    if not title:
        return False
    text = " ".join(title.split())
    if not 10 <= len(text) <= 400 or len(text.split()) < 2:
        return False
    if _JUNK_TITLE.search(text) or "doi:" in text.lower() or "http" in text.lower():
        return False
    if file is not None and text.casefold() == file.stem.casefold():
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.6 * len(text.replace(" ", ""))


def _title_guess(meta_title: str | None, pages: list[_Page], file: Path
                 ) -> tuple[str | None, str | None]:
    if plausible_title(meta_title, file):
        return " ".join((meta_title or "").split()), "metadata"
    if not pages:
        return None, None
    guess = largest_text(pages[0].fragments) or first_title_line(pages[0].text)
    return (guess, "page 1") if guess else (None, None)


def largest_text(fragments: list[_Fragment]) -> str | None:
    """The run of text in the largest font on the page that reads like a title."""
    runs: list[tuple[float, str]] = []
    for frag in fragments:
        if not frag.text.strip():  # line breaks come as fragments of their own, any size
            if runs:
                runs[-1] = (runs[-1][0], runs[-1][1] + " ")
            continue
        if runs and abs(runs[-1][0] - frag.size) < 0.6:
            runs[-1] = (runs[-1][0], runs[-1][1] + frag.text)
        else:
            runs.append((frag.size, frag.text))
    best: tuple[float, str] | None = None
    for size, text in runs:
        clean = " ".join(text.split())
        if not _title_like(clean, min_words=1):
            continue
        if best is None or size > best[0] + 0.5:
            best = (size, clean)
    return best[1] if best else None


def first_title_line(text: str) -> str | None:
    """The first line of a page that reads like a title (for text without font sizes)."""
    for line in text.splitlines()[:40]:
        clean = " ".join(line.split())
        if _title_like(clean):
            return clean
    return None


def _title_like(text: str, min_words: int = 3) -> bool:
    if not 6 <= len(text) <= 300 or len(text.split()) < min_words:
        return False
    if min_words > 1 and len(text) < 12:
        return False
    if _HEADER_WORDS.search(text) or _LABELS.match(text) or _REFERENCES.match(text) or \
            "@" in text or find_dois(text):
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.7 * len(text.replace(" ", ""))
