"""Translated words for Crossref outcomes, failures, agencies and notices: the one place the
add-by-DOI, find-DOI, refresh and pending views turn statuses and typed errors into text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db import crossref_import as ci
from gui.doi_batch import CANCELLED, FETCHING, WAITING, ItemUpdate

# lupdate reads `translate("CrossrefMessages", "...")` calls like QCoreApplication.translate.
translate = QCoreApplication.translate

# Proper names: not translated.
AGENCY_NAMES = {"crossref": "Crossref", "datacite": "DataCite", "medra": "mEDRA", "jalc": "JaLC",
                "openlibrary": "Open Library", "kisti": "KISTI", "airiti": "Airiti",
                "cnki": "CNKI", "op": "OP"}


def agency_name(agency: str | None) -> str:
    if not agency:
        return ""
    return AGENCY_NAMES.get(agency, agency)


def status_word(state: str) -> str:
    """The short word for a row's state (the Result column starts with it)."""
    words = {
        WAITING: translate("CrossrefMessages", "Waiting"),
        FETCHING: translate("CrossrefMessages", "Fetching…"),
        CANCELLED: translate("CrossrefMessages", "Cancelled"),
        ci.ADDED: translate("CrossrefMessages", "Added"),
        ci.ADDED_FROM_CACHE: translate("CrossrefMessages", "Added from cache"),
        ci.ALREADY: translate("CrossrefMessages", "Already in library"),
        ci.REFRESHED: translate("CrossrefMessages", "Refreshed"),
        ci.UP_TO_DATE: translate("CrossrefMessages", "Up to date"),
        ci.NOT_FOUND: translate("CrossrefMessages", "Not found"),
        ci.FAILED: translate("CrossrefMessages", "Failed"),
        ci.QUEUED: translate("CrossrefMessages", "Queued (offline)"),
    }
    return words.get(state, state)


def failure_text(code: str | None, status: int | None = None, detail: str | None = None) -> str:
    """Why a DOI failed, from `doi_batch.failure_of`'s code."""
    if code == "timeout":
        return translate("CrossrefMessages", "no answer in time (timeout)")
    if code == "offline":
        return translate("CrossrefMessages", "no connection to the server")
    if code == "rate-limited":
        return translate("CrossrefMessages",
                         "the server keeps asking to slow down (HTTP 429); try again later")
    if code == "server-error":
        return translate("CrossrefMessages", "server error (HTTP %1)").replace("%1", str(status or "5xx"))
    if code == "bad-response":
        if status:
            text = translate("CrossrefMessages", "bad response from the server (HTTP %1)")
            text = text.replace("%1", str(status))
        else:
            text = translate("CrossrefMessages", "bad response from the server")
        return f"{text}: {detail}" if detail else text
    if code == "redirect-refused":
        return translate("CrossrefMessages", "the DOI resolver sent us to %1, which is not a "
                                             "registration agency").replace("%1", detail or "?")
    if code == "not-found":
        return translate("CrossrefMessages", "neither Crossref nor the DOI's registration agency knows it")
    if code == "cancelled":
        return translate("CrossrefMessages", "cancelled")
    if code == "library":
        return translate("CrossrefMessages",
                         "could not be saved to the library: %1").replace("%1", detail or "")
    return detail or translate("CrossrefMessages", "unknown error")


def notice_word(kind: str) -> str:
    """A Crossref update type as the flag a row shows."""
    words = {
        "retraction": translate("CrossrefMessages", "RETRACTED"),
        "withdrawal": translate("CrossrefMessages", "WITHDRAWN"),
        "removal": translate("CrossrefMessages", "REMOVED"),
        "correction": translate("CrossrefMessages", "corrected"),
        "erratum": translate("CrossrefMessages", "corrected"),
        "corrigendum": translate("CrossrefMessages", "corrected"),
        "expression-of-concern": translate("CrossrefMessages", "expression of concern"),
        "addendum": translate("CrossrefMessages", "addendum"),
        "clarification": translate("CrossrefMessages", "clarification"),
        "new-version": translate("CrossrefMessages", "new version"),
    }
    return words.get(kind, kind.replace("-", " "))


def is_serious(kind: str) -> bool:
    return kind in ("retraction", "withdrawal", "removal", "expression-of-concern")


def notices_text(update: ItemUpdate, *, full: bool = True) -> str:
    """Flags for the result line: the work's own notices (with the notice DOIs when `full`), or
    what a notice updates."""
    parts: list[str] = []
    for kind, doi in update.notices:
        word = notice_word(kind)
        if full and doi:
            word = translate("CrossrefMessages", "%1 (notice %2)").replace("%1", word).replace("%2", doi)
        if word not in parts:
            parts.append(word)
    if update.updates:
        kinds = ", ".join(sorted({notice_word(k) for k, _ in update.updates}))
        flagged = len(update.flagged_ids)
        text = translate("CrossrefMessages", "notice: %1").replace("%1", kinds)
        if flagged:
            text += "; " + translate("CrossrefMessages", "flagged %n work(s) in your library", None, flagged)
        parts.append(text)
    return "; ".join(parts)


def result_text(update: ItemUpdate, *, full: bool = True) -> str:
    """The Result text: state, then what the user needs (id, reason, source, notices). The
    table cell uses `full=False` (the source has its own column, notice DOIs are in the tooltip);
    tooltips and the copied report use the full line."""
    state = update.state
    if state == ci.ALREADY and update.ref_id is not None:
        text = translate("CrossrefMessages", "Already in library (#%1)").replace("%1", str(update.ref_id))
    elif state == ci.ADDED_FROM_CACHE and update.fetched_at:
        text = translate("CrossrefMessages", "Added from cache (fetched %1)").replace("%1", update.fetched_at)
    elif state == ci.QUEUED:
        text = translate("CrossrefMessages", "Queued: offline; it will be fetched when the "
                                             "network is back") if full else status_word(state)
    elif state in (ci.FAILED, ci.NOT_FOUND) and update.failure and \
            update.failure != "not-found":
        text = translate("CrossrefMessages", "Failed: %1").replace(
            "%1", failure_text(update.failure, update.http_status, update.detail))
    else:
        text = status_word(state)
    if full and update.agency and update.agency != "crossref" and state in (
            ci.ADDED, ci.ALREADY, ci.REFRESHED, ci.UP_TO_DATE):
        text += " — " + translate("CrossrefMessages", "metadata from %1").replace(
            "%1", agency_name(update.agency))
    flags = notices_text(update, full=full)
    if flags:
        text += " — ⚠ " + flags
    return text


def summary_text(counts: dict[str, int], done: int, total: int) -> str:
    """'5 of 8 done: 3 added, 1 already in library, ...'."""
    parts = []
    for state in (ci.ADDED, ci.ADDED_FROM_CACHE, ci.ALREADY, ci.NOT_FOUND, ci.FAILED, ci.QUEUED,
                  CANCELLED):
        n = counts.get(state, 0)
        if not n:
            continue
        # Literal strings so lupdate finds each one.
        if state == ci.ADDED:
            parts.append(translate("CrossrefMessages", "%n added", None, n))
        elif state == ci.ADDED_FROM_CACHE:
            parts.append(translate("CrossrefMessages", "%n added from cache", None, n))
        elif state == ci.ALREADY:
            parts.append(translate("CrossrefMessages", "%n already in library", None, n))
        elif state == ci.NOT_FOUND:
            parts.append(translate("CrossrefMessages", "%n not found", None, n))
        elif state == ci.FAILED:
            parts.append(translate("CrossrefMessages", "%n failed", None, n))
        elif state == ci.QUEUED:
            parts.append(translate("CrossrefMessages", "%n queued until online", None, n))
        else:
            parts.append(translate("CrossrefMessages", "%n cancelled", None, n))
    head = translate("CrossrefMessages", "%1 of %2 done").replace("%1", str(done)).replace("%2", str(total))
    return head + (": " + ", ".join(parts) if parts else "")
