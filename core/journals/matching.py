"""Linking a reference to a registry journal: by any valid ISSN, else by normalised title (which the
user must confirm before rules trust it)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from core.errors import InvalidValueError
from core.identifiers import normalize_issn
from core.model import Reference
from core.text import fold


def normalise_title(title: str | None) -> str:
    """Folded title without punctuation, `&`/`and`/`и`/`және` differences, a leading "The", or an
    HTML markup: "The Journal of Law & Society" == "journal of law and society"."""
    s = fold(re.sub(r"<[^>]+>", "", title or ""))
    s = s.replace("&", " and ")
    words = re.findall(r"\w+", s)
    words = ["and" if w in ("и", "және") else w for w in words]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class JournalMatch:
    journal_id: str | None
    by: str | None            # "issn" | "title" | None
    note: str

    @property
    def trusted(self) -> bool:
        return self.by == "issn"


def reference_issns(ref: Reference) -> tuple[list[str], list[str]]:
    """(valid normalised ISSNs, values that failed the check digit)."""
    good: list[str] = []
    bad: list[str] = []
    for i in ref.issn:
        try:
            v = normalize_issn(i.value)
        except InvalidValueError:
            bad.append(i.value)
            continue
        if v not in good:
            good.append(v)
    # Values the record kept aside on reading because their check digit failed.
    for raw in ref.extra.get("invalid-ISSN", []) or []:
        if str(raw) not in bad:
            bad.append(str(raw))
    return good, bad


def match_journal(ref: Reference, by_issn: Mapping[str, str],
                  by_title: Mapping[str, list[str]]) -> JournalMatch:
    """`by_issn`: ISSN -> journal id; `by_title`: normalised title -> journal ids."""
    good, bad = reference_issns(ref)
    for issn in good:
        if issn in by_issn:
            return JournalMatch(by_issn[issn], "issn", f"matched by ISSN {issn}")
    title = ref.container_title
    candidates = by_title.get(normalise_title(title), []) if title else []
    problems = []
    if bad:
        problems.append(f"invalid ISSN {', '.join(bad)}")
    if good:
        problems.append(f"ISSN {', '.join(good)} not in the registry")
    if len(candidates) == 1:
        return JournalMatch(candidates[0], "title",
                            f"matched by title only to journal {candidates[0]}; confirm the "
                            "link (" + ("; ".join(problems) or "no ISSN") + ")")
    if len(candidates) > 1:
        problems.append(f"title matches {len(candidates)} journals")
    if not title and not good:
        problems.append("no journal title or ISSN")
    return JournalMatch(None, None, "journal not matched: " + ("; ".join(problems)
                                                               or f"{title!r} not in the registry"))
