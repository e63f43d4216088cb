"""The installed Qt binding keeps Python's reference counts right. PySide6 6.12.0 on Python 3.11
returns None from void calls and invalid QVariants without a reference: after a few thousand
calls None or False is freed and the application aborts (docs/decisions/0007-pyside6-on-python-3.11.md).
Counted here, so a bad wheel fails CI instead of crashing a user's session."""

from __future__ import annotations

import gc
import sys

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QComboBox, QPushButton  # noqa: E402

CALLS = 500


def _drift(call) -> int:  # type: ignore[no-untyped-def]
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    gc.collect()
    return sys.getrefcount(None) - before


def test_void_calls_and_slots_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(lambda: None)
    assert _drift(button.click) > -CALLS // 2


def test_empty_variants_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("no data")
    action = QAction()
    assert _drift(lambda: combo.itemData(0)) > -CALLS // 2
    assert _drift(action.data) > -CALLS // 2
