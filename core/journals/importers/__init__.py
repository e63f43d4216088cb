"""Journal data importers, one module per source file format, chosen by the `--source` name."""

from __future__ import annotations

from types import ModuleType

from core.journals.importers import citescore, koksnvo, scimago, scopus_sources, wos

SOURCES: dict[str, ModuleType] = {
    citescore.KIND: citescore,
    scopus_sources.KIND: scopus_sources,
    scimago.KIND: scimago,
    wos.KIND: wos,
    koksnvo.KIND: koksnvo,
}
