"""Helpers for the crash and two-process tests: generated reference files (BibTeX and RIS, Russian,
Kazakh and English, thousands of entries, every entry tagged with its file), synthetic Crossref
works, a per-table digest of a library, and running `python main.py ...` in a child process
with a probe that reports write transactions on stderr.

The probe does not change the pipeline: the child runs the real `main.py`; two SQLAlchemy event
listeners (engine `begin` with BEGIN IMMEDIATE, session `after_commit`) write `@begin` / `@commit`
to stderr, so the parent can tell whether a SIGKILL landed inside a write transaction."""

from __future__ import annotations

import hashlib
import json
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.support.paths import CROSSREF_FIXTURES, REPO

RU = ("миграция право незаконная вынужденная трудовая государство политика регулирование "
      "граждане беженцы защита законодательство пограничный контроль ёмкость").split()
KK = ("көші-қон құқық заңсыз мемлекет азаматтар босқындар қорғау заңнама шекара бақылау "
      "Қазақстандағы мәселелері еңбек әділет ғылым өңір ұлттық үкімет һәм").split()
EN = "migration law labour illegal forced state policy regulation refugees border".split()
FAMILIES = ["Әбілқасымова", "Құдайбергенова", "Нұрланұлы", "Сәрсенбаев", "Иванов", "Смирнова",
            "Ёлкин", "Үсенова", "Ғабдуллин", "Smith", "Öztürk", "Іскаков", "Өмірбеков"]
GIVEN = ["Әсел Серікқызы", "Ұлан", "Иван Петрович", "А. С.", "John", "Қуаныш"]
JOURNALS = ["Вестник Торайгыров университета", "Қазақстан Республикасы Ұлттық ғылым "
            "академиясының хабарлары", "Migration Letters", "Журнал российского права"]


LANGIDS = {"ru": "russian", "kk": "kazakh", "en": "english"}


@dataclass(frozen=True, slots=True)
class GeneratedFile:
    """A generated reference file: its path, the tag every entry's citation key starts with, and
    how many references and creators importing it must add."""

    path: Path
    tag: str
    entries: int
    creators: int


def _title(rng: random.Random, tag: str, i: int) -> tuple[str, str]:
    lang, words = rng.choice([("ru", RU), ("kk", KK), ("en", EN)])
    text = " ".join(rng.choice(words) for _ in range(rng.randint(4, 9)))
    # A word of its own per entry, so the duplicate check after the import has nothing to pair.
    unique = "".join(rng.choice("абвгдежзиклмнопрстуфхцчшәғқңөұүһі") for _ in range(7))
    return lang, f"{text[:1].upper()}{text[1:]} {unique} {tag}-{i}"


def _authors(rng: random.Random) -> list[tuple[str, str]]:
    return [(rng.choice(FAMILIES), rng.choice(GIVEN)) for _ in range(rng.randint(1, 4))]


def bibtex_file(path: Path, tag: str, n: int, seed: int) -> GeneratedFile:
    rng = random.Random(seed)
    out: list[str] = []
    creators = 0
    for i in range(n):
        lang, title = _title(rng, tag, i)
        people = _authors(rng)
        creators += len(people)
        fields = [f"  author = {{{' and '.join(f'{f}, {g}' for f, g in people)}}}",
                  f"  title = {{{title}}}", f"  journal = {{{rng.choice(JOURNALS)}}}",
                  f"  year = {rng.randint(1995, 2025)}", f"  volume = {{{rng.randint(1, 40)}}}",
                  f"  pages = {{{rng.randint(1, 300)}--{rng.randint(301, 600)}}}",
                  f"  langid = {{{LANGIDS[lang]}}}",
                  f"  abstract = {{{' '.join(rng.choice(RU + KK) for _ in range(30))}}}"]
        out.append(f"@article{{{tag}e{i:05d},\n" + ",\n".join(fields) + "\n}\n")
    path.write_text("\n".join(out), encoding="utf-8")
    return GeneratedFile(path, tag, n, creators)


def ris_file(path: Path, tag: str, n: int, seed: int) -> GeneratedFile:
    rng = random.Random(seed)
    out: list[str] = []
    creators = 0
    for i in range(n):
        lang, title = _title(rng, tag, i)
        people = _authors(rng)
        creators += len(people)
        lines = ["TY  - JOUR", f"ID  - {tag}e{i:05d}"]
        lines += [f"AU  - {f}, {g}" for f, g in people]
        lines += [f"TI  - {title}", f"T2  - {rng.choice(JOURNALS)}",
                  f"PY  - {rng.randint(1995, 2025)}", f"VL  - {rng.randint(1, 40)}",
                  f"SP  - {rng.randint(1, 300)}", f"LA  - {lang}",
                  f"AB  - {' '.join(rng.choice(RU + KK) for _ in range(30))}", "ER  - ", ""]
        out.append("\n".join(lines))
    path.write_text("\n".join(out), encoding="utf-8")
    return GeneratedFile(path, tag, n, creators)


def synthetic_works(prefix: str, n: int) -> dict[str, dict[str, object]]:
    """n distinct Crossref works made from a recorded Cyrillic article, DOI and title varied."""
    template = json.loads((CROSSREF_FIXTURES / "items" /
                           "item_10.7868_s0040357115030100.json").read_text(encoding="utf-8"))
    works: dict[str, dict[str, object]] = {}
    for i in range(n):
        doi = f"10.99999/{prefix}.{i:03d}"
        works[doi] = dict(template, DOI=doi,
                          title=[f"Құқықтық реттеу: көші-қон {prefix} {i}"])
    return works


# ---------------------------------------------------------------------- child processes
PROBE = textwrap.dedent("""
    import os, runpy, sys
    sys.path.insert(0, {repo!r})
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    def _begin(conn):
        if conn.get_execution_options().get("sqlite_begin") == "IMMEDIATE":
            os.write(2, b"@begin\\n")

    def _commit(session):
        os.write(2, b"@commit\\n")

    event.listen(Engine, "begin", _begin)
    event.listen(Session, "after_commit", _commit)
    sys.argv = ["main.py", *sys.argv[1:]]
    runpy.run_path({main!r}, run_name="__main__")
""")


def probe_script() -> str:
    return PROBE.format(repo=str(REPO), main=str(REPO / "main.py"))


def start_main(args: Sequence[str], env: Mapping[str, str] | None = None) -> subprocess.Popen[str]:
    """`python main.py ARGS` (through the probe) with stdout and stderr captured."""
    import os

    full_env = {**os.environ, **(env or {})}
    return subprocess.Popen([sys.executable, "-c", probe_script(), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=full_env, cwd=REPO)


def inside_write(stderr: str) -> bool:
    """True when the last transaction marker is a write that began and never committed."""
    marks = [line for line in stderr.splitlines() if line in ("@begin", "@commit")]
    return bool(marks) and marks[-1] == "@begin"


@dataclass(frozen=True, slots=True)
class Run:
    """How a child ended: `killed` when the SIGKILL found it still running."""

    killed: bool
    returncode: int
    stdout: str
    stderr: str

    @property
    def inside_write(self) -> bool:
        return self.killed and inside_write(self.stderr)


def run_and_kill(args: Sequence[str], env: Mapping[str, str] | None = None, *,
                 after: float | None = None, in_write: tuple[int, float] | None = None,
                 timeout: float = 300.0) -> Run:
    """Run `python main.py ARGS` and SIGKILL it: `after` seconds from its start, or (`in_write`
    = (n, delay)) `delay` seconds after its n-th write transaction began (a random moment that
    often falls inside the write; if the child ends first, it is not killed)."""
    child = start_main(args, env)
    assert child.stdout is not None and child.stderr is not None
    lines: queue.Queue[str | None] = queue.Queue()
    err: list[str] = []
    out: list[str] = []

    def pump_err() -> None:
        assert child.stderr is not None
        for line in child.stderr:
            err.append(line)
            lines.put(line)
        lines.put(None)

    def pump_out() -> None:
        assert child.stdout is not None
        out.append(child.stdout.read())

    pumps = [threading.Thread(target=pump_err, daemon=True),
             threading.Thread(target=pump_out, daemon=True)]
    for t in pumps:
        t.start()
    deadline = time.monotonic() + (after if after is not None else timeout)
    if in_write is not None:
        wanted, delay = in_write
        seen = 0
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = lines.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            if line.strip() == "@begin":
                seen += 1
                if seen == wanted:
                    time.sleep(delay)
                    break
    else:
        try:
            child.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
    if child.poll() is None:
        child.send_signal(signal.SIGKILL)
    child.wait(timeout=timeout)
    for t in pumps:
        t.join(timeout=timeout)
    child.stdout.close()
    child.stderr.close()
    return Run(child.returncode == -signal.SIGKILL, child.returncode, "".join(out),
               "".join(err))


# ---------------------------------------------------------------------- library digests
def table_digest(path: Path) -> dict[str, str]:
    """Every table of a library (the search index too) -> a hash of all its rows, in rowid
    order; equal digests mean nothing was changed."""
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'reference_fts_%' ORDER BY name")]
        out: dict[str, str] = {}
        for name in names:
            h = hashlib.sha256()
            try:
                rows = conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            except sqlite3.OperationalError:  # a WITHOUT ROWID table
                rows = sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for row in rows:
                h.update(repr(row).encode("utf-8"))
            out[name] = h.hexdigest()
        return out
    finally:
        conn.close()
