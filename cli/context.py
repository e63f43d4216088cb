"""What every subcommand receives: settings, output streams, and a lazily opened library."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from core.errors import SiltemeError
from core.settings import Settings, default_db_path

if TYPE_CHECKING:  # db (and SQLAlchemy) is imported only by commands that open the library
    from db.library import Library


class UserError(SiltemeError):
    """A mistake on the command line (missing id, bad value): exit code 1, one line on stderr."""


@dataclass
class Context:
    settings: Settings
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _library: Library | None = None

    @property
    def db_path(self) -> Path:
        return self.settings.db_path or default_db_path()

    def library(self) -> Library:
        """Open (and migrate) the library on first use."""
        if self._library is None:
            from db.library import Library

            self._library = Library.open(self.db_path)
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def print_json(self, data: Any) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")


def read_stdin() -> str:
    """Standard input as UTF-8 text, whatever the console's code page (a cp1251 console would
    otherwise decode piped UTF-8 as mojibake), without the byte-order mark PowerShell writes.
    Text that is not UTF-8 is a user error naming the byte, never a traceback."""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # replaced by a text stream (tests, embedding)
        return sys.stdin.read()
    data = raw.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"stdin is not UTF-8 text (byte {exc.start + 1}: "
                        f"0x{data[exc.start]:02x}); save it as UTF-8") from None
