"""The pane right of the table: the selected reference's fields formatted for reading (creators by
role, identifiers as links, tags, collections, notes, attachments), its quartile and grant
verdict, and, first of all, a warning when the work was retracted or corrected."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget
from sqlalchemy.exc import SQLAlchemyError

from core.dates import PartialDate
from core.errors import NotFoundError, SiltemeError
from core.journals.rules import Result
from core.model import CREATOR_ROLES, Reference
from core.styles.richtext import safe_link
from core.text import strip_markup
from db import attachments, collections, notes, tags
from db import references as repo
from db.library import Library
from gui.field_labels import (
    attachment_kind_label,
    csl_field_label,
    item_type_label,
    language_label,
    role_label,
    update_label,
)
from gui.reference_model import verdict_word

if TYPE_CHECKING:
    from db.badges import Badge

# Fields shown in the table of the pane, in this order (title, creators, identifiers, abstract
# and keywords have places of their own).
FIELD_ORDER: tuple[str, ...] = (
    "title-translit", "title-translated", "container-title", "container-title-translit",
    "container-title-translated", "collection-title", "collection-number", "volume", "issue",
    "page", "number", "edition", "number-of-pages", "number-of-volumes", "publisher",
    "publisher-place", "event-title", "event-place", "event-date", "issued", "adopted",
    "version-date", "authority", "jurisdiction", "gazette-title", "gazette-year",
    "gazette-number", "gazette-article", "case-number", "genre", "medium", "section", "archive",
    "archive_location", "source", "accessed", "citation-key", "note",
)
DATE_KEYS = frozenset({"issued", "adopted", "version-date", "accessed", "event-date",
                       "original-date", "submitted"})
TITLE_LENGTH_IN_LIST = 120


@dataclass(slots=True)
class Details:
    """Everything the pane shows about one reference, read in one short session."""

    ref: Reference
    deleted: bool = False
    team: bool = False
    tags: list[str] = field(default_factory=list)
    collections: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    attachments: list[attachments.Attachment] = field(default_factory=list)
    badge: Badge | None = None


def collection_path(by_id: dict[int, collections.Collection], cid: int) -> str:
    """`Монография › Глава 1` for a nested collection."""
    parts = []
    seen: set[int] = set()
    current: int | None = cid
    while current is not None and current in by_id and current not in seen:
        seen.add(current)
        parts.append(by_id[current].name)
        current = by_id[current].parent_id
    return " › ".join(reversed(parts))


def load_details(library: Library, ref_id: int) -> Details:
    from db import journals as journals_repo  # not needed before a reference is selected

    with library.read() as s:
        by_id = {c.id: c for c in collections.all_collections(s)}
        return Details(
            ref=repo.get(s, ref_id),
            deleted=repo.is_deleted(s, ref_id),
            team=ref_id in set(journals_repo.team_reference_ids(s)),
            tags=tags.of_reference(s, ref_id),
            collections=sorted(collection_path(by_id, c)
                               for c in collections.of_reference(s, ref_id)),
            notes=[text for _, text in notes.of_reference(s, ref_id)],
            attachments=attachments.of_reference(s, ref_id),
        )


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _date(value: PartialDate | None) -> str:
    if value is None:
        return ""
    return value.dmy() if value.day else value.iso()


def doi_url(doi: str) -> str:
    return "https://doi.org/" + quote(doi, safe="/:;()._-<>[]")


ATTACHMENT_SCHEME = "silteme-attachment"
ATTACH_LINK = "silteme-action:attach"


def attachment_url(attachment: attachments.Attachment) -> str:
    """The pane's link to an attachment: the window opens it (and says so when the file is
    gone) instead of handing a possibly stale path to the system."""
    return f"{ATTACHMENT_SCHEME}:{attachment.id}"


def attachment_id(url: QUrl) -> int | None:
    if url.scheme() != ATTACHMENT_SCHEME:
        return None
    try:
        return int(url.path())
    except ValueError:
        return None


class DetailPane(QTextBrowser):
    """Shows `show_ids(ids)`: one reference, a list of several, or nothing. `failed` reports a
    read error; `attachment_requested(id)` a click on an attachment, `attach_requested()` on
    "Attach file…"; web links (DOI, URL, ORCID) open in the browser."""

    failed = Signal(object)
    attachment_requested = Signal(int)
    attach_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.library = library
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._link_clicked)
        self.setMinimumWidth(240)
        self.details: Details | None = None
        self.ref_ids: list[int] = []
        self._titles: list[str] = []
        self.redraw()

    def set_library(self, library: Library) -> None:
        self.library = library
        self.show_ids([])

    # ------------------------------------------------------------------ what to show
    def show_ids(self, ids: list[int], badge: Badge | None = None) -> None:
        self.ref_ids = list(ids)
        self.details = None
        self._titles = []
        if len(ids) == 1:
            try:
                self.details = load_details(self.library, ids[0])
                self.details.badge = badge
            except NotFoundError:
                self.ref_ids = []
            except (SQLAlchemyError, SiltemeError) as exc:
                self.ref_ids = []
                self.failed.emit(exc)
        elif len(ids) > 1:
            try:
                with self.library.read() as s:
                    rows = repo.list_rows(s, ids[:30])
                self._titles = [strip_markup(r.get("title")) or "—" for r in rows]
            except (SQLAlchemyError, SiltemeError) as exc:
                self.failed.emit(exc)
        self.redraw()

    def refresh(self, badge: Badge | None = None) -> None:
        """Read the shown reference again (it changed)."""
        current = self.details.badge if self.details else None
        self.show_ids(self.ref_ids, badge or current)

    def set_badge(self, badge: Badge | None) -> None:
        if self.details is not None and badge is not None and self.details.badge != badge:
            self.details.badge = badge
            self.redraw()

    # ------------------------------------------------------------------ rendering
    def redraw(self) -> None:
        scroll = self.verticalScrollBar().value()
        if self.details is not None:
            self.setHtml(self.reference_html(self.details))
        elif len(self.ref_ids) > 1:
            self.setHtml(self.many_html())
        else:
            self.setHtml("<p style='color:#777; margin-top:24px' align='center'>"
                         + _e(self.tr("Select a reference to see its details.")) + "</p>")
        self.verticalScrollBar().setValue(scroll)

    def many_html(self) -> str:
        n = len(self.ref_ids)
        items = "".join(f"<li>{_e(t[:TITLE_LENGTH_IN_LIST])}</li>" for t in self._titles)
        more = n - len(self._titles)
        more_text = self.tr("… and {n} more").format(n=more)
        heading = self.tr("{n} references selected").format(n=n)
        tail = f"<p>{_e(more_text)}</p>" if more > 0 else ""
        return f"<h3>{_e(heading)}</h3><ul>{items}</ul>{tail}"

    def reference_html(self, d: Details) -> str:
        ref = d.ref
        out: list[str] = [self._warnings_html(d)]
        title = strip_markup(ref.title) or self.tr("(no title)")
        out.append(f"<h2 style='margin-bottom:2px'>{_e(title)}</h2>")
        meta = [item_type_label(ref.type)]
        if ref.year:
            meta.append(str(ref.year))
        if ref.language:
            meta.append(language_label(ref.language))
        out.append(f"<p style='color:#555; margin-top:0'>{_e(' · '.join(meta))}</p>")
        out.append(self._creators_html(ref))
        out.append(self._fields_html(ref))
        out.append(self._identifiers_html(ref))
        if d.tags:
            chips = " ".join(f"<span style='background:#e8eef7; color:#1d3f72'>&nbsp;{_e(t)}"
                             f"&nbsp;</span>" for t in d.tags)
            out.append(self._heading(self.tr("Tags")) + f"<p>{chips}</p>")
        if d.collections or d.team:
            places = list(d.collections)
            if d.team:
                places.append(self.tr("Team publications"))
            out.append(self._heading(self.tr("Collections")) + "<p>"
                       + "<br>".join(_e(p) for p in places) + "</p>")
        if d.notes:
            out.append(self._heading(self.tr("Notes")))
            for text in d.notes:
                body = _e(text).replace("\n", "<br>")
                out.append("<table width='100%' cellpadding='6' style='background:#fbf7e4; "
                           f"margin-bottom:6px'><tr><td>{body}</td></tr></table>")
        can_attach = not self.library.read_only and not d.deleted
        if d.attachments or can_attach:
            out.append(self._heading(self.tr("Attachments")) + "<p>")
            for att in d.attachments:
                name = att.title or att.name
                kind = attachment_kind_label(att.kind)
                out.append(f"<a href='{_e(attachment_url(att))}' title='{_e(att.path)}'>"
                           f"{_e(name)}</a> <span style='color:#777'>({_e(kind)})</span><br>")
            if can_attach:
                attach = self.tr("Attach file…")
                out.append(f"<a href='{ATTACH_LINK}' style='color:#555'>{_e(attach)}</a>")
            out.append("</p>")
        out.append(self._badge_html(d))
        if ref.abstract:
            out.append(self._heading(csl_field_label("abstract"))
                       + f"<p>{_e(strip_markup(ref.abstract))}</p>")
        if ref.keywords:
            out.append(self._heading(csl_field_label("keyword"))
                       + f"<p>{_e(', '.join(ref.keywords))}</p>")
        return "".join(out)

    def _warnings_html(self, d: Details) -> str:
        parts = []
        if d.deleted:
            parts.append(self._box(self.tr("This reference is in the trash."), "#f0f0f0",
                                   "#555555"))
        if d.ref.updated_by:
            if d.ref.is_retracted:
                heading = self.tr("RETRACTED: this work has been retracted. Do not cite it as "
                                  "valid.")
                bg, fg = "#fde2e1", "#8b1a10"
            else:
                heading = self.tr("This work has published corrections or updates.")
                bg, fg = "#fff3cd", "#7a5200"
            lines = []
            for update in d.ref.updated_by:
                doi = str(update.get("DOI") or "")
                date = str(update.get("date") or "")
                link = f"<a href='{_e(doi_url(doi))}'>{_e(doi)}</a>" if doi else ""
                kind = update_label(str(update.get("type") or "update"))
                lines.append(" ".join(p for p in (f"<b>{_e(kind)}</b>", _e(date), link) if p))
            parts.append(self._box(heading, bg, fg, lines))
        return "".join(parts)

    @staticmethod
    def _box(heading: str, bg: str, fg: str, lines: list[str] | None = None) -> str:
        body = f"<b>{_e(heading)}</b>" + "".join(f"<br>{line}" for line in lines or [])
        return (f"<table width='100%' cellpadding='8' style='background:{bg}; color:{fg}; "
                f"margin-bottom:8px'><tr><td>{body}</td></tr></table>")

    def _creators_html(self, ref: Reference) -> str:
        if not ref.creators:
            return ""
        order = {role: i for i, role in enumerate(CREATOR_ROLES)}
        roles = sorted({c.role for c in ref.creators}, key=lambda r: order.get(r, 99))
        rows = []
        for role in roles:
            names = "; ".join(_e(c.display()) for c in ref.creators if c.role == role)
            orcids = [c for c in ref.creators if c.role == role and c.orcid]
            if orcids:
                names += " " + " ".join(
                    f"<a href='{_e(c.orcid)}' style='color:#4a7b2b'>ORCID</a>" for c in orcids
                    if str(c.orcid).startswith("http"))
            count = sum(1 for c in ref.creators if c.role == role)
            rows.append(self._row(role_label(role, count), names, escaped=True))
        return "<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"

    def _fields_html(self, ref: Reference) -> str:
        csl = ref.to_csl(include_id=False)
        rows = []
        for key in FIELD_ORDER:
            value = csl.get(key)
            if value in (None, ""):
                continue
            if key in DATE_KEYS:
                text = _date(PartialDate.from_csl(value))
            else:
                text = strip_markup(str(value))
            if text:
                rows.append(self._row(csl_field_label(key, ref.type), text))
        if not rows:
            return ""
        return "<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"

    def _identifiers_html(self, ref: Reference) -> str:
        rows = []
        if ref.doi:
            rows.append(self._row("DOI", f"<a href='{_e(doi_url(ref.doi))}'>{_e(ref.doi)}</a>",
                                  escaped=True))
        for key in ("invalid-DOI", "invalid-ISSN", "invalid-ISBN"):
            bad: Any = ref.extra.get(key)
            if bad:
                value = ", ".join(map(str, bad)) if isinstance(bad, list) else str(bad)
                note = self.tr("not valid, kept as written")
                rows.append(self._row(key.removeprefix("invalid-"),
                                      f"<span style='color:#8b1a10'>{_e(value)} — {_e(note)}"
                                      "</span>", escaped=True))
        if ref.isbn:
            rows.append(self._row("ISBN", ", ".join(ref.isbn)))
        if ref.issn:
            issns = ", ".join(f"{i.value} ({i.kind})" if i.kind else i.value for i in ref.issn)
            rows.append(self._row("ISSN", issns))
        if ref.url:
            # Only web and mail addresses become links (a `javascript:` or `file:` URL in an
            # imported record stays text); clicks are checked again in `_link_clicked`.
            target = safe_link(ref.url)
            shown = f"<a href='{_e(target)}'>{_e(ref.url)}</a>" if target else _e(ref.url)
            rows.append(self._row("URL", shown, escaped=True))
        if not rows:
            return ""
        return "<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"

    def _badge_html(self, d: Details) -> str:
        badge = d.badge
        if badge is None or (badge.quartile is None and not badge.verdicts):
            return ""
        lines = []
        if badge.quartile:
            lines.append(f"<b>Q{badge.quartile}</b> <span style='color:#555'>"
                         f"{_e(badge.quartile_note)}</span>")
        grant = self.tr("Team grant: {verdict}").format(verdict=verdict_word(badge.result))
        lines.append(f"<b>{_e(grant)}</b>")
        colours = {Result.ELIGIBLE: "#1b7f3b", Result.NOT_ELIGIBLE: "#8b1a10",
                   Result.UNKNOWN: "#666666"}
        for v in badge.verdicts:
            lines.append(f"{_e(v.name)}: <span style='color:{colours[v.result]}'>"
                         f"{_e(verdict_word(v.result))}</span>"
                         + (f"<br><span style='color:#777'>{_e(v.evidence)}</span>"
                            if v.evidence else ""))
        return self._heading(self.tr("Journal and grant")) + "<p>" + "<br>".join(lines) + "</p>"

    @staticmethod
    def _heading(text: str) -> str:
        return f"<h4>{_e(text)}</h4>"

    @staticmethod
    def _row(label: str, value: str, *, escaped: bool = False) -> str:
        text = value if escaped else _e(value)
        return (f"<tr><td style='color:#666; padding-right:10px' valign='top'>{_e(label)}</td>"
                f"<td>{text}</td></tr>")

    def _link_clicked(self, url: QUrl) -> None:
        found = attachment_id(url)
        if found is not None:
            self.attachment_requested.emit(found)
        elif url.toString() == ATTACH_LINK:
            self.attach_requested.emit()
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.redraw()
        super().changeEvent(event)
