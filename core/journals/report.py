"""The grant report's publication list: each work's GOST reference followed by ISSN, database,
percentile and quartile, and the DOI link, as the report form lists them; written as text, HTML,
RTF or DOCX through the styles engine's list writer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.identifiers import doi_url
from core.journals.rules import Progress, Publication
from core.model import Reference


@dataclass(frozen=True, slots=True)
class ReportRow:
    ref_id: str
    requirement: str | None
    citation: str
    issn: str | None
    database: str | None
    percentile: int | None
    quartile: int | None
    doi_url: str | None

    def text(self) -> str:
        return f"{self.citation.rstrip('.')}. {self.suffix()}".strip()

    def suffix(self) -> str:
        """What the report form adds after the reference: `ISSN: 1741-8992 (Online).
        Процентиль – 65. Q2. (Scopus) https://doi.org/...`."""
        parts: list[str] = []
        if self.issn:
            parts.append(f"ISSN: {self.issn}.")
        if self.percentile is not None:
            parts.append(f"Процентиль – {self.percentile}.")
        if self.quartile is not None:
            parts.append(f"Q{self.quartile}.")
        if self.database:
            parts.append(f"({self.database})")
        if self.doi_url:
            parts.append(self.doi_url)
        return " ".join(parts)


def _options() -> Any:
    """The GOST record without its `– DOI ...` area: the report closes each entry with the DOI
    link, and the DOI printed twice is noise."""
    from core.styles.base import ListOptions

    return ListOptions(settings={"doi": False})


def gost_reference(style_name: str = "gost-7.1") -> Callable[[Reference], str]:
    """The reference text in a GOST style of the styles engine (`gost-7.1`, `gost-r-7.0.100`)."""
    from core.styles.base import get_style

    style = get_style(style_name)
    options = _options()
    return lambda ref: style.entry(ref, options).plain()


def report_entries(refs: Sequence[Reference], pubs: Sequence[Publication], progress: Progress,
                   style_name: str = "gost-7.1") -> list[Any]:
    """Numbered list entries (styles engine `Entry`) for `core.styles.export.write_list`: the
    formatted GOST record followed by the report's ISSN / database / percentile / DOI part, the
    DOI as a link."""
    from core.styles.base import Entry, get_style
    from core.styles.richtext import Rich

    style = get_style(style_name)
    by_id = {str(r.id): r for r in refs}
    rows = build_rows(refs, pubs, progress, lambda ref: "")
    out = []
    for n, row in enumerate(rows, start=1):
        ref = by_id[row.ref_id]
        rich = style.entry(ref, _options()).copy()
        tail = ReportRow(row.ref_id, row.requirement, "", row.issn, row.database,
                         row.percentile, row.quartile, None).suffix()
        if tail:
            rich = rich + Rich(" " + tail)
        if row.doi_url:
            rich = rich + Rich(" ") + Rich(row.doi_url).linked(row.doi_url)
        out.append(Entry(key=row.ref_id, ref=ref, rich=rich, number=n))
    return out


def write_report(path: Path, refs: Sequence[Reference], pubs: Sequence[Publication],
                 progress: Progress, style_name: str = "gost-7.1") -> int:
    """The grant report's numbered publication list written to `path` (.docx, .html, .rtf or
    .txt, by extension); returns the number of works written."""
    from core.styles.export import write_list

    entries = report_entries(refs, pubs, progress, style_name)
    write_list(entries, path, numbered=True, hanging_indent=False,
               title=f"{progress.rule_set.name.rstrip(' :.')} — публикации")
    return len(entries)


def plain_reference(ref: Reference) -> str:
    """A stand-in for the GOST formatter: authors // container. year. pages."""
    authors = ", ".join(c.display() for c in ref.authors)
    head = f"{authors} {ref.title or ''}".strip()
    tail = ". ".join(x for x in (ref.container_title, str(ref.year) if ref.year else None,
                                 f"Vol. {ref.volume}" if ref.volume else None,
                                 f"No. {ref.issue}" if ref.issue else None,
                                 f"pp. {ref.page}" if ref.page else None) if x)
    return f"{head} // {tail}" if tail and ref.container_title else f"{head}. {tail}".strip(". ")


def build_rows(refs: Sequence[Reference], pubs: Sequence[Publication], progress: Progress,
               format_reference: Callable[[Reference], str] = plain_reference
               ) -> list[ReportRow]:
    """One row per team publication, in the order of the requirements they fill, then the rest."""
    slot = {pid: r.id for r in progress.requirements for pid in r.filled_by}
    by_id = {str(r.id): r for r in refs}
    rows = []
    for pub in pubs:
        ref = by_id[pub.id]
        issn = database = None
        percentile = quartile = None
        if pub.journal is not None:
            j = pub.journal
            issn = ", ".join(f"{i.issn}" + (" (Online)" if i.kind == "electronic" else "")
                             for i in j.journal.issns) or None
            dbs = sorted({m.index for m in j.indexes if m.index != "SCOPUS"})
            if pub.year is not None:
                best = max((m for y in (pub.year, pub.year - 1) for m in j.citescore(y)),
                           key=lambda m: (m.year == pub.year, m.percentile or 0), default=None)
                if best is not None:
                    percentile, quartile = best.percentile, best.effective_quartile
            if percentile is not None or any(m.index == "SCOPUS" for m in j.indexes):
                dbs.insert(0, "Scopus")
            if "SSCI" in dbs or "AHCI" in dbs or "SCIE" in dbs or "ESCI" in dbs:
                dbs = [("Web of Science " + d) if d in ("SSCI", "AHCI", "SCIE", "ESCI") else d
                       for d in dbs]
            if any(m.level for m in j.lists):
                dbs.append("КОКСНВО")
            database = ", ".join(dbs) or None
        rows.append(ReportRow(pub.id, slot.get(pub.id), format_reference(ref), issn, database,
                              percentile, quartile, doi_url(ref.doi) if ref.doi else None))
    order = {r.id: i for i, r in enumerate(progress.requirements)}
    rows.sort(key=lambda r: order.get(r.requirement or "", len(order)))
    return rows


def to_text(rows: Sequence[ReportRow]) -> str:
    return "\n".join(f"{n}) {row.text()}" for n, row in enumerate(rows, start=1))
