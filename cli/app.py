"""Argument parsing and dispatch. Each command module exposes `register(subparsers)` and sets
`func(ctx, args) -> int` on its parsers; modules import `db` and `gui` only inside handlers so that
commands such as `cite` start without Qt or SQLAlchemy."""

from __future__ import annotations

import argparse
import importlib
import io
import sys
from pathlib import Path

from cli.context import Context, UserError
from core.errors import InvalidValueError, LibraryError, NotFoundError, SiltemeError
from core.settings import APP_NAME, VERSION, Settings

# Command modules, in the order `--help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "cli.library_cmds",
    "cli.crossref_cmds",
    "cli.style_cmds",
    "cli.gost_cmds",
    "cli.journal_cmds",
    "cli.duplicate_cmds",
    "cli.pdf_cmds",
    "cli.format_cmds",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="silteme",
        description=f"{APP_NAME}: bibliography and citation manager. "
                    "With no command, opens the window.",
    )
    parser.add_argument("--db", metavar="PATH", type=Path,
                        help="library file (default: $SILTEME_DB, else the file in your data "
                             "directory)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {VERSION}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _utf8_streams() -> None:
    """Print UTF-8 whatever the console code page is (Windows defaults to cp866/cp1251)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower() not in ("utf-8", "utf8"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def window_request(argv: list[str]) -> tuple[bool, Path | None]:
    """(True, --db path) when the arguments ask for the window and nothing else; then the full
    parser, which imports every command module, is not built (it costs the window's start)."""
    db: Path | None = None
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--db" and rest:
            db = Path(rest.pop(0))
        elif arg.startswith("--db=") and len(arg) > 5:
            db = Path(arg[5:])
        else:
            return False, None
    return True, db


def run(argv: list[str]) -> int:
    _utf8_streams()
    window, db = window_request(argv)
    if window:
        from gui.app import run_gui

        return run_gui(Settings.from_env(db_path=db))
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on usage errors
    settings = Settings.from_env(db_path=args.db)
    if args.command is None:
        from gui.app import run_gui

        return run_gui(settings)
    ctx = Context(settings)
    try:
        return int(args.func(ctx, args) or 0)
    except (UserError, InvalidValueError, NotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except LibraryError as exc:
        print(f"library error: {exc}", file=sys.stderr)
        return 1
    except SiltemeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # A file the user named cannot be read or written (missing, a folder that does not
        # exist, no permission): their mistake to fix, told in one line, not a traceback.
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        ctx.close()
