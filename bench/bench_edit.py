"""Editor benchmark: on a library of generated references (bench_store's generator), the time to
open a record in the reference editor (form laid out), to save an edit (one transaction through
the undo command, search index included), to undo it, and to move 100 references to the trash
and back. Medians over the runs; run offscreen: QT_QPA_PLATFORM=offscreen.

Run: python bench/bench_edit.py [--n 100000] [--runs 50]
The editor saves on the GUI thread: these figures say whether that stays far below a frame."""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_store import make_reference  # noqa: E402
from db import references as repo  # noqa: E402
from db.library import Library  # noqa: E402
from gui.reference_editor import ReferenceEditor  # noqa: E402
from gui.undo import MoveToTrash, execute  # noqa: E402


def ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.1f} ms, max {max(samples) * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "bench.sqlite")
        refs = [make_reference(rng, i) for i in range(args.n)]
        for start in range(0, len(refs), 5_000):
            with lib.transaction() as s:
                repo.insert_many(s, refs[start:start + 5_000])
        print(f"library: {args.n} references")
        stack = QUndoStack()
        editor = ReferenceEditor(lib, undo_stack=stack)
        editor.resize(760, 900)
        editor.show()
        app.processEvents()
        ids = rng.sample(range(1, args.n + 1), args.runs)
        opened, saved, undone = [], [], []
        for i, ref_id in enumerate(ids):
            t0 = time.perf_counter()
            editor.load(ref_id)
            app.processEvents()
            opened.append(time.perf_counter() - t0)
            editor.field("title").set_text(f"Изменённое название {i} — Қазақстан")
            editor._field_edited("title")
            t0 = time.perf_counter()
            assert editor.save()
            saved.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            stack.undo()
            undone.append(time.perf_counter() - t0)
        print(f"open a record in the form (types vary): {ms(opened)}")
        with lib.read() as s:
            same = [i for i in repo.list_ids(s, limit=2000) if lib.get(i).type == "article-journal"]
        times = []
        for ref_id in same[:args.runs]:
            t0 = time.perf_counter()
            editor.load(ref_id)
            app.processEvents()
            times.append(time.perf_counter() - t0)
        print(f"open the next journal article (same fields, widgets refilled): {ms(times)}")
        print(f"save an edit (transaction, search index, reload): {ms(saved)}")
        print(f"undo the edit: {ms(undone)}")
        batch = rng.sample(range(1, args.n + 1), 100)
        t0 = time.perf_counter()
        execute(stack, MoveToTrash(lib, batch))
        trash = time.perf_counter() - t0
        t0 = time.perf_counter()
        stack.undo()
        back = time.perf_counter() - t0
        print(f"move 100 references to the trash: {trash * 1000:.1f} ms; undo: {back * 1000:.1f} ms")
        editor.close()
        lib.close()


if __name__ == "__main__":
    main()
