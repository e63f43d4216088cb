"""Journal data importers, one module per source file format, chosen by the `--source` name.
Modules are imported on first use, so commands that only read the registry stay quick to start."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.journals.importers.base import ImportResult

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


def guess_kind(file_name: str) -> str | None:
    """The importer a file's name suggests (`CiteScore 2023.xlsx`, `ext_list_July_2025.xlsx`,
    `scimagojr 2023.csv`, `wos-core_SSCI 2023-February-22.csv`, `koksnvo.xlsx`), or None."""
    name = file_name.casefold()
    if "citescore" in name:
        return "scopus-citescore"
    if "ext_list" in name or "source title" in name or "sources" in name and "scopus" in name:
        return "scopus-sources"
    if "scimago" in name or "sjr" in name:
        return "scimago"
    if "wos" in name or "mjl" in name or re.search(r"(?<![a-z])(scie|ssci|ahci|esci)(?![a-z])",
                                                   name):
        return "wos"
    if any(k in name for k in ("koksnvo", "коксн", "перечень", "тізім", "mnvo", "мнво")):
        return "koksnvo"
    return None


def parse(kind: str, path: Path, *, year: int | None = None, index: str | None = None,
          list_date: dt.date | None = None, level: str | None = None,
          order_no: str | None = None, mapping: dict[str, str] | None = None,
          limit: int | None = None, progress: Callable[[int], None] | None = None
          ) -> ImportResult:
    """Parse a file with the importer of `kind`, passing each the options it takes: `year` for
    CiteScore and SCImago files, `index` and `list_date` for a WoS list, `mapping`, `level`,
    `order_no` and `list_date` (start of validity) for the ministry list. `limit` reads only the
    first rows of each sheet (a preview); `progress` gets the rows read so far."""
    module = importer(kind)
    path = Path(path)
    result: ImportResult
    if kind == "scopus-citescore":
        result = module.parse(path, year=year, limit=limit, progress=progress)
    elif kind == "scopus-sources":
        result = module.parse(path, limit=limit, progress=progress)
    elif kind == "scimago":
        result = module.parse(path, year=year, limit=limit, progress=progress)
    elif kind == "wos":
        result = module.parse(path, index=index, list_date=list_date, limit=limit,
                              progress=progress)
    else:
        result = module.parse(path, mapping=mapping or None, level=level, order_no=order_no,
                              valid_from=list_date, limit=limit, progress=progress)
    return result
