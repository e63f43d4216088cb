"""Exporting references from a library as BibTeX, RIS or CSL-JSON (UTF-8): all of them, one
collection, or given ids, written page by page so a large library is never held whole. Records
without a citation key get one from the pattern, unique in the library, and keep it (saved in one
transaction), so the keys a LaTeX document cites stay the same on the next export."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TextIO

from core import citekeys
from core.errors import CancelledError, InvalidValueError
from core.formats import module
from core.formats.csl_json import item as csl_item
from core.model import Reference
from db import collections as coll_repo
from db import references as refs_repo
from db.importer import used_keys
from db.library import Library

WRITABLE: tuple[str, ...] = ("bibtex", "ris", "csl-json")
PAGE = 500


def ids_to_export(lib: Library, *, collection: str | int | None = None,
                  ids: Sequence[int] | None = None) -> list[int]:
    """The ids to export in library order: the given ones, a collection's, or every live one."""
    with lib.read() as s:
        if ids is not None:
            found = {r.id for r in refs_repo.get_many(s, list(ids))}
            missing = [i for i in ids if i not in found]
            if missing:
                raise InvalidValueError("id", missing[0], "no reference with this id")
            return list(ids)
        coll_id = None
        if collection not in (None, ""):
            coll_id = collection if isinstance(collection, int) else \
                coll_repo.resolve(s, str(collection))
        return refs_repo.list_ids(s, sort="id", collection_id=coll_id)


def ensure_keys(lib: Library, ids: Sequence[int], pattern: str = citekeys.DEFAULT_PATTERN
                ) -> int:
    """Give a unique citation key to every listed record that has none; returns how many."""
    with lib.read() as s:
        refs = refs_repo.get_many(s, list(ids))
    keyless = [r for r in refs if not r.citation_key]
    if not keyless:
        return 0
    with lib.transaction() as s:
        taken = used_keys(s)
        citekeys.assign(keyless, taken, pattern)
        for ref in keyless:
            refs_repo.update_reference(s, ref)
    return len(keyless)


def export(lib: Library, fmt: str, out: TextIO, *, collection: str | int | None = None,
           ids: Sequence[int] | None = None, pattern: str = citekeys.DEFAULT_PATTERN,
           progress: Callable[[int, int], None] | None = None,
           cancel: threading.Event | None = None) -> int:
    """Write the records to `out` in `fmt` (bibtex, ris, csl-json). Returns the count."""
    if fmt not in WRITABLE:
        raise InvalidValueError("format", fmt, f"not writable; one of {', '.join(WRITABLE)}")
    chosen = ids_to_export(lib, collection=collection, ids=ids)
    ensure_keys(lib, chosen, pattern)
    m = module(fmt)
    total = len(chosen)
    if fmt == "csl-json":
        out.write("[")
    for start in range(0, total, PAGE):
        if cancel is not None and cancel.is_set():
            raise CancelledError("cancelled")
        with lib.read() as s:
            page: list[Reference] = refs_repo.get_many(s, chosen[start:start + PAGE])
        if fmt == "csl-json":
            import json

            for n, ref in enumerate(page):
                out.write(",\n" if start + n else "\n")
                out.write(json.dumps(csl_item(ref), ensure_ascii=False, indent=2))
        else:
            if start:
                out.write("\n")
            out.write(m.dump(page))
        if progress is not None:
            progress(min(start + PAGE, total), total)
    if fmt == "csl-json":
        out.write("\n]\n" if total else "]\n")
    return total
