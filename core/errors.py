"""Typed errors of the domain: each carries what the user needs to see (file, line, DOI, status)."""

from __future__ import annotations


class SiltemeError(Exception):
    """Root of every error Silteme raises on purpose (user or environment, never a bug)."""


class InvalidValueError(SiltemeError, ValueError):
    """A value the user gave (or a file held) is not valid: a DOI, an ISSN, a date..."""

    def __init__(self, field: str, value: object, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}: {value!r}: {reason}")


class NotFoundError(SiltemeError, LookupError):
    """Something asked for by id or key does not exist."""


class ParseError(SiltemeError):
    """Input that cannot be read, with its location."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 key: str | None = None) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.key = key
        where = ", ".join(p for p in (file, f"line {line}" if line else None,
                                      f"entry {key}" if key else None) if p)
        super().__init__(f"{where}: {message}" if where else message)


class LibraryError(SiltemeError):
    """The library file cannot be used: corrupt, too new, locked, read-only, disk full."""


class DamagedLibraryError(LibraryError):
    """The library file is truncated or corrupt. Carries the latest good backup, if any, so the
    user can be offered a restore."""

    def __init__(self, message: str, *, path: object = None, backup: object = None) -> None:
        self.path = path
        self.backup = backup
        hint = f" The latest backup is {backup} (restore it with `db restore`)." if backup else ""
        super().__init__(message + hint)


class SchemaTooNewError(LibraryError):
    """The library was written by a newer Silteme whose schema this version does not know."""


# ---------------------------------------------------------------- network (core/crossref.py)
class NetworkError(SiltemeError):
    """A metadata service could not give an answer; carries the DOI, HTTP status and URL."""

    def __init__(self, message: str, *, doi: str | None = None, status: int | None = None,
                 url: str | None = None) -> None:
        self.message = message
        self.doi = doi
        self.status = status
        self.url = url
        where = " ".join(p for p in (doi, f"HTTP {status}" if status else None) if p)
        super().__init__(f"{where}: {message}" if where else message)


class DoiNotFoundError(NetworkError, NotFoundError):
    """No registration agency knows this DOI (or ISBN / ISSN): HTTP 404."""


class RateLimitedError(NetworkError):
    """The service kept answering 429 Too Many Requests after the retries allowed."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: object) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kw)  # type: ignore[arg-type]


class OfflineError(NetworkError):
    """No connection: DNS failure, refused connection, network down. Queue and try later."""


class NetworkTimeoutError(NetworkError):
    """The service did not answer in time, after the retries allowed."""


class ServerError(NetworkError):
    """The service kept failing with 5xx after the retries allowed."""


class BadResponseError(NetworkError):
    """An answer that is not what the API promises: malformed JSON, wrong shape, bad status."""


class RedirectRefusedError(BadResponseError):
    """A DOI resolver redirected to a host outside the allowed registration agencies."""


class CancelledError(SiltemeError):
    """The user cancelled the operation before this item was done."""


# ---------------------------------------------------------------- files (PDFs, attachments)
class PdfError(ParseError):
    """A PDF that cannot be read: not a PDF, damaged, too large, or too slow to read."""


class PdfEncryptedError(PdfError):
    """A PDF protected by a password (the empty password did not open it)."""


class AttachmentMissingError(NotFoundError):
    """An attached file is no longer where the library says it is (moved, renamed, deleted)."""

    def __init__(self, message: str, *, path: object = None) -> None:
        self.path = path
        super().__init__(message)
