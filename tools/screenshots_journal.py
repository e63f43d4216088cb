"""Render the journal page of a real-looking journal to a PNG, offscreen: several CiteScore years
in two subjects (Q1 in one, Q4 in the other), a Tracker value, SJR, a WoS index and a ministry
list entry, imported from files in the documented layouts. `render(path)` is called by the main
screenshot script; run alone: `python tools/screenshots_journal.py [docs/screenshots/journal-page.png]`."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_OUTPUT = ROOT / "docs" / "screenshots" / "journal-page.png"
PAGE_SIZE = (1000, 1500)
SHOWN_YEAR = 2024

# (year, Law percentile, rank, Demography percentile, rank, CiteScore)
HISTORY = ((2018, 71, 218, 9, 128, 1.2), (2019, 76, 181, 12, 124, 1.5),
           (2020, 79, 160, 15, 120, 1.9), (2021, 83, 131, 18, 116, 2.3),
           (2022, 86, 109, 21, 112, 2.6), (2023, 88, 94, 23, 109, 2.9))
TITLE = "Journal of Migration and Law"
PRINT_ISSN, E_ISSN = "1741-8984", "1741-8992"


def build_library(folder: Path) -> tuple[object, int]:
    """A library in `folder` holding the demo journal; returns (Library, journal id)."""
    import csv

    from core.journals import importers
    from core.journals.templates import (
        citescore_row,
        write_citescore_xlsx,
        write_koksnvo_template,
        write_wos_csv,
    )
    from db import journals as repo
    from db.library import Library

    lib = Library.open(folder / "library.sqlite")
    sheets = {}
    for year, law, law_rank, demo, demo_rank, score in HISTORY:
        sheets[year] = [
            citescore_row(21100199112, TITLE, 3308, "Law", law, law_rank, 760, 1,
                          PRINT_ISSN, E_ISSN.replace("-", ""), citescore=score,
                          publisher="Transnational Press London"),
            citescore_row(21100199112, TITLE, 3317, "Demography", demo, demo_rank, 140, 4,
                          PRINT_ISSN, E_ISSN.replace("-", ""), citescore=score,
                          publisher="Transnational Press London")]
    files = [("scopus-citescore", write_citescore_xlsx(
        folder / "CiteScore 2018-2023.xlsx", sheets), {})]
    files.append(("scopus-citescore", write_citescore_xlsx(
        folder / "CiteScore Tracker 2024.xlsx", {2024: [
            citescore_row(21100199112, TITLE, 3308, "Law", 90, 78, 770, 1, PRINT_ISSN,
                          citescore=3.1),
            citescore_row(21100199112, TITLE, 3317, "Demography", 25, 106, 142, 3, PRINT_ISSN,
                          citescore=3.1)]}), {}))
    files.append(("wos", write_wos_csv(folder / "wos-core_ESCI 2024-May-20.csv", [
        [TITLE.upper(), PRINT_ISSN, E_ISSN, "TRANSNATIONAL PRESS LONDON", "LONDON",
         "English", "Law | Demography"]]), {"index": "ESCI"}))
    files.append(("koksnvo", write_koksnvo_template(folder / "koksnvo.csv", [
        [TITLE, PRINT_ISSN, E_ISSN, "Transnational Press London", "1", "Право; Социология",
         "V2500036221", "03.06.2025", "21.06.2025", ""]]), {}))
    scimago = folder / "scimagojr 2023.csv"
    with open(scimago, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Rank", "Sourceid", "Title", "Type", "Issn", "SJR", "SJR Best Quartile",
                    "H index", "Country", "Publisher", "Categories"])
        w.writerow([4120, 21100199112, TITLE, "journal",
                    f"{PRINT_ISSN.replace('-', '')}, {E_ISSN.replace('-', '')}", "0,412", "Q2",
                    21, "United Kingdom", "Transnational Press London",
                    "Law (Q1); Demography (Q3)"])
    files.append(("scimago", scimago, {}))
    for kind, path, options in files:
        result = importers.parse(kind, path, **options)
        with lib.transaction() as s:
            repo.import_dataset(s, result, partial=True,
                                index_name=options.get("index") or result.wos_index())
    with lib.transaction() as s:
        jid = repo.find_journals(s, PRINT_ISSN)[0]
        journal = repo.get_journal(s, jid)
        journal.alt_titles = ["Журнал миграции и права", "Көші-қон және құқық журналы"]
        journal.country = "United Kingdom"
        journal.homepage = "https://journals.tplondon.com/ml"
        repo.save_journal(s, journal)
    return lib, jid


def render(path: Path | str = DEFAULT_OUTPUT) -> Path:
    """Render the journal page to `path` (PNG) and return it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QRect, QTimer
    from PySide6.QtWidgets import QApplication

    from gui.journal_page import JournalPage
    from gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        lib, jid = build_library(Path(tmp))
        runner = TaskRunner()
        page = JournalPage(lib, runner, user="aigerim")  # type: ignore[arg-type]
        try:
            page.resize(*PAGE_SIZE)
            loop = QEventLoop()
            page.loaded.connect(loop.quit)
            page.load_failed.connect(loop.quit)
            QTimer.singleShot(20000, loop.quit)
            page.show_journal(jid)
            loop.exec()
            if page.details is None:
                raise RuntimeError(f"the journal page did not load: {page.message.text()}")
            page.year_spin.setValue(SHOWN_YEAR)
            page.show()
            app.processEvents()
            # The page scrolls as a whole: grab its content at full height.
            body = page.scroll.widget()
            body.resize(PAGE_SIZE[0], 4000)
            app.processEvents()
            bottom = page.content.geometry().bottom() + 12
            if not body.grab(QRect(0, 0, PAGE_SIZE[0], bottom)).save(str(out)):
                raise OSError(f"cannot write {out}")
        finally:
            runner.wait(20000)
            page.close()
            page.deleteLater()
            app.processEvents()
            lib.close()  # type: ignore[attr-defined]
    return out


if __name__ == "__main__":
    print(render(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUTPUT))
