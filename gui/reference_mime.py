"""The drag-and-drop format for library references: `application/x-silteme-reference-ids`.

A drag source (the main reference table, the bibliography builder's list) puts a JSON array of
library ids on the `QMimeData`, in the order the user sees them:

    mime = reference_mime_data([12, 7, 31])          # in the table model's mimeData()
    ids = reference_ids(event.mimeData())            # in a drop target; None if not ours

The plain-text flavour carries the same ids (`12 7 31`), so dropping on a text field gives
something readable instead of nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QMimeData

REFERENCE_IDS_MIME = "application/x-silteme-reference-ids"


def encode_ids(ids: Iterable[int]) -> bytes:
    """`[12, 7]` -> `b"[12, 7]"` (UTF-8 JSON)."""
    return json.dumps([int(i) for i in ids]).encode("utf-8")


def decode_ids(data: bytes) -> list[int] | None:
    """The ids of a payload, or None when it is not a JSON array of positive integers (a drop
    from another program that happens to use the same name must not add junk)."""
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(value, list):
        return None
    out: list[int] = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int) or item <= 0:
            return None
        out.append(item)
    return out


def reference_mime_data(ids: Iterable[int], mime: QMimeData | None = None) -> QMimeData:
    """A QMimeData (new, or `mime` extended) carrying the ids."""
    ids = [int(i) for i in ids]
    out = mime if mime is not None else QMimeData()
    out.setData(REFERENCE_IDS_MIME, encode_ids(ids))
    if not out.hasText():
        out.setText(" ".join(str(i) for i in ids))
    return out


def reference_ids(mime: QMimeData | None) -> list[int] | None:
    """The ids a QMimeData carries, or None if it has none of ours (or a malformed payload)."""
    if mime is None or not mime.hasFormat(REFERENCE_IDS_MIME):
        return None
    return decode_ids(bytes(mime.data(REFERENCE_IDS_MIME).data()))
