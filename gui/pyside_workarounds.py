"""Work-arounds for defects of the Qt binding that would crash the application.

PySide6 6.12.0 on CPython 3.11 drops a reference to `None` on every call of a method that returns
nothing (`label.setText(...)`, `item.setData(...)`, `widget.setEnabled(...)`): `None` starts with a
few thousand references, so after a few thousand such calls the interpreter frees `None` and aborts
("Fatal Python error: none_dealloc"), at the latest when the process exits. CPython 3.12 made
`None` immortal, which hides the defect there. `protect_none()` detects the leak with a probe and,
only where it happens, gives `None` enough extra references for any session (see
docs/decisions/pyside-none-refcount.md).
"""

from __future__ import annotations

import ctypes
import sys

_PROBE_CALLS = 64
# 2**40 extra references: a leak of one per call would need 10**12 calls to use them up.
_HEADROOM = 1 << 40


def void_call_leaks_none() -> bool:
    """Whether calling a PySide method that returns nothing loses a reference to `None`."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - _PROBE_CALLS // 2


def protect_none() -> bool:
    """Keep `None` alive despite the binding's leak (a no-op where there is none, and on Python
    3.12+ where `None` is immortal). Returns whether the work-around was applied."""
    if sys.version_info >= (3, 12) or getattr(protect_none, "applied", False):
        return False
    if not void_call_leaks_none():
        return False
    # ob_refcnt is the first field of every object on CPython 3.11 (a Py_ssize_t).
    ctypes.c_ssize_t.from_address(id(None)).value += _HEADROOM
    protect_none.applied = True  # type: ignore[attr-defined]
    return True
