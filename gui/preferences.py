"""The user's choices that outlive a session: the settings the dialog edits and the window's layout,
kept with QSettings in an INI file in the user's config directory. `core.settings.Settings` stays
frozen: the stored choices build a new one."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from core.settings import Settings, default_config_dir

FILE_NAME = "silteme.ini"


class Preferences:
    """Stored choices. The environment (SILTEME_*) and the command line (--db) win over them:
    they are what the user asked for this run."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_config_dir() / FILE_NAME
        self.qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    # ------------------------------------------------------------------ settings
    def apply(self, base: Settings, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        changes: dict[str, Any] = {}
        library = self._str("general/library")
        if base.db_path is None and library:
            changes["db_path"] = Path(library)
        mailto = self._str("crossref/mailto")
        if not env.get("SILTEME_MAILTO") and mailto:
            changes["mailto"] = mailto
        language = self._str("general/language")
        if not env.get("SILTEME_LANG") and language:
            changes["ui_language"] = language
        style = self._str("styles/default")
        if style:
            changes["default_style"] = style
        pattern = self._str("citekey/pattern")
        if pattern:
            changes["citekey_pattern"] = pattern
        return base.with_changes(**changes) if changes else base

    def save(self, settings: Settings) -> None:
        self.qs.setValue("general/library", str(settings.db_path) if settings.db_path else "")
        self.qs.setValue("crossref/mailto", settings.mailto or "")
        self.qs.setValue("general/language", settings.ui_language)
        self.qs.setValue("styles/default", settings.default_style)
        self.qs.setValue("citekey/pattern", settings.citekey_pattern)
        self.qs.sync()

    @property
    def csl_files(self) -> list[str]:
        """CSL style files the user added (offered beside the built-in styles)."""
        value = self.qs.value("styles/csl_files", [])
        if isinstance(value, str):  # QSettings gives one string for a one-item list
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    @csl_files.setter
    def csl_files(self, files: list[str]) -> None:
        self.qs.setValue("styles/csl_files", list(files))
        self.qs.sync()

    # ------------------------------------------------------------------ window layout
    def layout(self, key: str) -> QByteArray | None:
        value = self.qs.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_layout(self, key: str, state: QByteArray) -> None:
        self.qs.setValue(f"layout/{key}", state)

    def value(self, key: str, default: Any = None) -> Any:
        return self.qs.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self.qs.setValue(key, value)

    def sync(self) -> None:
        self.qs.sync()

    def _str(self, key: str) -> str:
        value = self.qs.value(key, "")
        return str(value).strip() if value is not None else ""
