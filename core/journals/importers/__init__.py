"""Journal data importers, one module per source file format, chosen by the `--source` name.
Modules are imported on first use, so commands that only read the registry stay quick to start."""

from __future__ import annotations

import importlib
from types import ModuleType

MODULES: dict[str, str] = {
    "scopus-citescore": "core.journals.importers.citescore",
    "scopus-sources": "core.journals.importers.scopus_sources",
    "scimago": "core.journals.importers.scimago",
    "wos": "core.journals.importers.wos",
    "koksnvo": "core.journals.importers.koksnvo",
}


def importer(kind: str) -> ModuleType:
    """The importer module for a `--source` name (KeyError for an unknown one)."""
    return importlib.import_module(MODULES[kind])
