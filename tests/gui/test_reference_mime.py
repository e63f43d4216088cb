"""The drag-and-drop format of reference ids: what a drag source writes a drop target reads, and
nothing else is taken for ids."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QMimeData  # noqa: E402

from gui.reference_mime import (  # noqa: E402
    REFERENCE_IDS_MIME,
    decode_ids,
    encode_ids,
    reference_ids,
    reference_mime_data,
)


def test_round_trip_keeps_order_and_adds_readable_text() -> None:
    mime = reference_mime_data([12, 7, 31])
    assert REFERENCE_IDS_MIME == "application/x-silteme-reference-ids"
    assert bytes(mime.data(REFERENCE_IDS_MIME).data()) == b"[12, 7, 31]"
    assert reference_ids(mime) == [12, 7, 31]
    assert mime.text() == "12 7 31"


def test_existing_text_is_kept() -> None:
    mime = QMimeData()
    mime.setText("Smith (2020)")
    reference_mime_data([3], mime)
    assert mime.text() == "Smith (2020)" and reference_ids(mime) == [3]


@pytest.mark.parametrize("payload", [b"", b"{}", b"[1, 2", b'["1"]', b"[true]", b"[0]", b"[-4]",
                                     b"[1.5]", b"\xff\xfe", b"12"])
def test_malformed_payloads_are_not_ids(payload: bytes) -> None:
    assert decode_ids(payload) is None
    mime = QMimeData()
    mime.setData(REFERENCE_IDS_MIME, payload)
    assert reference_ids(mime) is None


def test_other_data_is_not_ids() -> None:
    mime = QMimeData()
    mime.setText("[1, 2]")
    assert reference_ids(mime) is None and reference_ids(None) is None
    assert decode_ids(encode_ids(range(1, 4))) == [1, 2, 3]
