"""Consistency check of a monograph's chapter lists: one source formatted differently in two
chapters, and entries missing elements GOST requires for their type (place, publisher, pages,
URL with its access date)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.model import Reference
from core.styles.base import ListOptions, get_style
from core.styles.gost_terms import item_language
from core.styles.legal_order import RANK_CONSTITUTION, legal_rank
from core.text import fold

# Elements a GOST record of each type cannot do without (gost-rules.md §1–§3 and the issue's
# legal rules). A tuple inside the list means "one of these".
REQUIRED: dict[str, list[str | tuple[str, ...]]] = {
    "book": ["title", "publisher_place", "publisher", "issued", "number_of_pages"],
    "article-journal": ["title", "container_title", "issued", ("page", "number")],
    "article-magazine": ["title", "container_title", "issued", "page"],
    "article-newspaper": ["title", "container_title", "issued", "page"],
    "chapter": ["title", "container_title", "publisher_place", "publisher", "issued", "page"],
    "paper-conference": ["title", ("container_title", "event_title"), "publisher_place",
                         "issued", "page"],
    "entry-encyclopedia": ["title", "container_title", "publisher_place", "issued", "page"],
    "thesis": ["title", "publisher_place", "issued", "number_of_pages",
               ("genre", "extra:degree"), ("number", "extra:specialty")],
    "report": ["title", "publisher_place", "issued", "number_of_pages"],
    "standard": ["title", "number", "publisher_place", "publisher", "issued"],
    "webpage": ["title", "url", "accessed"],
    "post": ["title", "url", "accessed"],
    "legislation": ["title", ("adopted", "issued"), "number",
                    ("gazette_title", "url", "container_title")],
    "regulation": ["title", ("adopted", "issued"), "number",
                   ("gazette_title", "url", "container_title")],
    "legal_case": [("authority",), ("issued", "adopted"), ("case_number", "number")],
    "treaty": ["title", ("adopted", "issued", "genre")],
}
FIELD_NAMES: dict[str, str] = {
    "publisher_place": "place of publication", "publisher": "publisher", "issued": "year",
    "number_of_pages": "number of pages", "page": "pages", "container_title": "host title",
    "event_title": "conference", "url": "URL", "accessed": "access date", "number": "number",
    "adopted": "date of adoption", "gazette_title": "official publication", "genre": "degree",
    "extra:degree": "degree", "extra:specialty": "specialty code", "case_number": "case number",
    "authority": "court", "title": "title",
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding. `kind` is "inconsistent" (same source, different text in two lists) or
    "missing" (GOST elements absent); `where` lists (collection, entry text) pairs."""

    kind: str
    message: str
    where: tuple[tuple[str, str], ...]
    fields: tuple[str, ...] = ()


def _has(ref: Reference, name: str) -> bool:
    if name.startswith("extra:"):
        return bool(ref.extra.get(name[6:]))
    value = getattr(ref, name, None)
    if value is None:
        return False
    if hasattr(value, "is_empty"):
        return not value.is_empty
    return bool(str(value).strip())


def missing_elements(ref: Reference) -> list[str]:
    """Names (FIELD_NAMES keys) of the required elements a record lacks; a URL without its
    access date is reported unless a DOI stands in for it."""
    out: list[str] = []
    lang = item_language(ref.language, ref.title, ref.container_title)
    for need in REQUIRED.get(ref.type, ["title", "issued"]):
        options = need if isinstance(need, tuple) else (need,)
        if options == ("number",) and legal_rank(ref) == RANK_CONSTITUTION:
            continue  # a constitution has no number
        if "extra:specialty" in options and lang not in ("ru", "kk"):
            continue  # specialty codes are a post-Soviet thesis element

        if not any(_has(ref, o) for o in options):
            out.append(options[0])
    # A printed URL needs its access date (§3). With a DOI the DOI is the address and a URL
    # without a date is not printed (the landing page metadata brings), so nothing is missing.
    if ref.url and not ref.doi and not _has(ref, "accessed") and "accessed" not in out:
        out.append("accessed")
    return out


def identity(ref: Reference) -> str:
    """What makes two records the same source: DOI, else ISBN, else folded title, year and first
    author."""
    if ref.doi:
        return "doi:" + ref.doi.lower()
    if ref.isbn and ref.type == "book":
        return "isbn:" + ref.isbn[0]
    first = ref.authors[0].family if ref.authors and ref.authors[0].family else ""
    title = re.sub(r"\W+", " ", fold(ref.title)).strip()
    number = fold(ref.number) if ref.type in ("legislation", "regulation") else ""
    return f"t:{title}|{ref.year or ''}|{fold(first)}|{number}"


def _comparable(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("—", "–")).strip()


def check_lists(collections: Mapping[str, Sequence[Reference]], *,
                style: str = "gost-r-7.0.100",
                options: ListOptions | None = None) -> list[Problem]:
    """Check every chapter's list. Inconsistencies are reported once per source, with each
    differing form and the chapters that use it; missing elements once per chapter entry."""
    st = get_style(style)
    opts = options or ListOptions(sort="none")
    forms: dict[str, dict[str, list[str]]] = {}
    problems: list[Problem] = []
    for chapter, refs in collections.items():
        for entry in st.bibliography(list(refs), opts):
            text = _comparable(entry.text())
            forms.setdefault(identity(entry.ref), {}).setdefault(text, []).append(chapter)
            missing = missing_elements(entry.ref)
            if missing:
                names = ", ".join(FIELD_NAMES.get(m, m) for m in missing)
                problems.append(Problem("missing", f"missing {names}", ((chapter, text),),
                                        tuple(missing)))
    for variants in forms.values():
        if len(variants) > 1:
            where = tuple((", ".join(chs), text) for text, chs in variants.items())
            problems.insert(0, Problem(
                "inconsistent",
                f"the same source is formatted {len(variants)} different ways", where))
    return problems
