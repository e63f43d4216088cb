"""Interface languages: Silteme's Qt catalogs (resources/i18n) and Qt's own, installed at start and
switched live; every widget retranslates itself on the LanguageChange event Qt then sends."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui import field_labels

UI_LANGUAGES: tuple[str, ...] = ("ru", "kk", "en")
DEFAULT_LANGUAGE = "ru"
I18N_DIR = Path(__file__).resolve().parents[1] / "resources" / "i18n"
# Each language is named in itself, so a user can find theirs whatever the interface shows.
NATIVE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}

_installed: list[QTranslator] = []
_current: list[str] = []


def normalise(language: str | None) -> str:
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in UI_LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current[-1] if _current else "en"


def catalog_path(language: str) -> Path:
    return I18N_DIR / f"silteme_{language}.qm"


def set_language(language: str | None) -> str:
    """Install the catalogs of `language` (ru, kk or en; anything else falls back to ru) in place
    of the previous ones. Installing sends LanguageChange to every widget. Returns the code."""
    app = QCoreApplication.instance()
    code = normalise(language)
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":  # the source strings are English
        ours = QTranslator(app)
        if ours.load(str(catalog_path(code))):
            _installed.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", qt_dir):  # standard buttons, file dialogs
            _installed.append(qt_own)
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    field_labels.clear_cache()
    _current[:] = [code]
    return code
