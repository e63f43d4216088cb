"""The application icon (resources/icons: an SVG and its PNG renders)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for size in PNG_SIZES:
        png = ICONS_DIR / f"silteme-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon
