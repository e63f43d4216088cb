"""What every format module returns: the records read, per-entry problems with file, line and key."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from core.model import Reference


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one entry of a file. `line` is the 1-based line of the entry's first
    line (for BibTeX its `@`). `skipped` entries were not imported; the others were, with what the
    message says left out or changed."""

    file: str | None
    line: int | None
    key: str | None
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        where = [p for p in (self.file, f"line {self.line}" if self.line else None,
                             f"entry {self.key}" if self.key else None) if p]
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass(slots=True)
class ParseResult:
    """The records a file holds, in file order, with the line each began on (`lines[i]` belongs to
    `records[i]`), and the problems met. `format` is the registry name; `encoding` what the bytes
    were decoded with. `comments` keeps file-level blocks a format round-trips (BibTeX @preamble
    and JabRef meta comments) as written."""

    records: list[Reference] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    format: str = ""
    encoding: str | None = None
    lines: list[int | None] = field(default_factory=list)
    file: str | None = None
    preambles: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, ref: Reference, line: int | None) -> None:
        self.records.append(ref)
        self.lines.append(line)

    def problem(self, line: int | None, key: str | None, message: str, *,
                skipped: bool = True) -> None:
        self.problems.append(Problem(self.file, line, key, message, skipped))

    def entries(self) -> Iterator[tuple[int | None, Reference]]:
        """(line, record) pairs in file order."""
        yield from zip(self.lines, self.records, strict=True)

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.skipped]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.skipped]


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file's records are built or stored: that makes
    hundreds of thousands of small objects and no reference cycles, so the collector would run
    many times for nothing (a fifth of the time of a large import)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
