"""Spreadsheets in the documented layouts of files nobody may redistribute (Scopus CiteScore,
Scopus ext_list, WoS MJL) and a ministry-list template for users to fill; used by tests, the
benchmark and the "new ministry list" template."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

# CiteScore metrics file, 2023/2024 column order.
CITESCORE_COLUMNS = (
    "Scopus Source ID", "Title", "Citation Count", "Scholarly Output", "Percent Cited",
    "CiteScore", "SNIP", "SJR", "Scopus ASJC Code (Sub-subject Area)", "Scopus Sub-Subject Area",
    "Percentile", "RANK", "Rank Out Of", "Publisher", "Main Publisher", "Type", "Open Access",
    "Quartile", "Top 10% (CiteScore Percentile)", "URL Scopus Source ID", "Print ISSN", "E-ISSN",
)
# Older files: `Scopus SourceID`, no `Main Publisher`, header on row 2.
CITESCORE_COLUMNS_LEGACY = tuple(
    "Scopus SourceID" if c == "Scopus Source ID" else c
    for c in CITESCORE_COLUMNS if c != "Main Publisher")

EXT_LIST_COLUMNS = (
    "Sourcerecord ID", "Source Title", "ISSN", "EISSN", "Active or Inactive", "Coverage",
    "Titles Discontinued by Scopus Due to Quality Issues",
    "Article Language in Source (Three-Letter ISO Language Codes)",
    "Medline-sourced Title? (See additional details under separate tab.)", "Open Access Status",
    "Articles in Press Included?", "Added to List Jul. 2025", "Source Type",
    "Title History Indication", "Related Title 1", "Other Related Title 2",
    "Other Related Title 3", "Other Related Title 4", "Publisher",
    "Publisher Imprints Grouped to Main Publisher",
    "All Science Journal Classification Codes (ASJC)",
)
DISCONTINUED_COLUMNS = ("Sourcerecord ID", "Title", "ISSN", "EISSN", "Publisher", "Year",
                        "Indexation Change", "Coverage")

WOS_COLUMNS = ("Journal title", "ISSN", "eISSN", "Publisher name", "Publisher address",
               "Languages", "Web of Science Categories")

KOKSNVO_COLUMNS = ("Басылымның атауы / Наименование издания", "ISSN", "e-ISSN",
                   "Баспаның атауы / Наименование издателя", "Список / Тізім",
                   "Научное направление / Ғылыми бағыт", "Номер приказа", "Дата приказа",
                   "Действует с", "Действует до")


def citescore_row(source_id: int, title: str, asjc: int, subject: str, percentile: int,
                  rank: int, out_of: int, quartile: int, print_issn: Any = None,
                  e_issn: Any = None, citescore: float = 1.0, publisher: str = "Publisher",
                  legacy: bool = False) -> list[Any]:
    row = {"Scopus Source ID": source_id, "Scopus SourceID": source_id, "Title": title,
           "Citation Count": 100, "Scholarly Output": 50, "Percent Cited": 60,
           "CiteScore": citescore, "SNIP": 0.9, "SJR": 0.5,
           "Scopus ASJC Code (Sub-subject Area)": asjc, "Scopus Sub-Subject Area": subject,
           "Percentile": percentile, "RANK": rank, "Rank Out Of": out_of,
           "Publisher": publisher, "Main Publisher": publisher, "Type": "j",
           "Open Access": "NO", "Quartile": quartile,
           "Top 10% (CiteScore Percentile)": isinstance(percentile, int) and percentile >= 90,
           "URL Scopus Source ID": f"https://www.scopus.com/sourceid/{source_id}",
           "Print ISSN": print_issn, "E-ISSN": e_issn}
    cols = CITESCORE_COLUMNS_LEGACY if legacy else CITESCORE_COLUMNS
    return [row[c] for c in cols]


def write_citescore_xlsx(path: Path, sheets: dict[int, Iterable[Sequence[Any]]], *,
                         legacy: bool = False, about_sheets: bool = True) -> Path:
    """One "CiteScore YYYY" sheet per year (write-only mode, so 40,000 rows stay cheap). With
    `legacy`, the older layout: a title line on row 1, the header on row 2."""
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    if about_sheets:
        about = wb.create_sheet("About CiteScore")
        about.append(["CiteScore metrics: see https://www.scopus.com"])
    for year, rows in sheets.items():
        ws = wb.create_sheet(f"CiteScore {year}")
        if legacy:
            ws.append([f"CiteScore {year} (per May {year + 1})"])
        ws.append(list(CITESCORE_COLUMNS_LEGACY if legacy else CITESCORE_COLUMNS))
        for r in rows:
            ws.append(list(r))
    if about_sheets:
        asjc = wb.create_sheet("ASJC Codes")
        asjc.append(["Code", "Description"])
        asjc.append([3308, "Law"])
    wb.save(path)
    return path


def write_ext_list_xlsx(path: Path, sources: Iterable[Sequence[Any]],
                        discontinued: Iterable[Sequence[Any]] = (), month: str = "Jul. 2025"
                        ) -> Path:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(f"Scopus Sources {month}")
    ws.append(list(EXT_LIST_COLUMNS))
    for r in sources:
        ws.append(list(r))
    ws = wb.create_sheet(f"Discontinued Titles {month}")
    ws.append(list(DISCONTINUED_COLUMNS))
    for r in discontinued:
        ws.append(list(r))
    ws = wb.create_sheet("ASJC classification codes")
    ws.append(["Code", "Description"])
    wb.save(path)
    return path


def ext_list_row(source_id: int, title: str, issn: Any, eissn: Any, active: str, coverage: str,
                 discontinued: str = "", publisher: str = "Publisher") -> list[Any]:
    values = {"Sourcerecord ID": source_id, "Source Title": title, "ISSN": issn, "EISSN": eissn,
              "Active or Inactive": active, "Coverage": coverage,
              "Titles Discontinued by Scopus Due to Quality Issues": discontinued,
              "Article Language in Source (Three-Letter ISO Language Codes)": "ENG; RUS",
              "Source Type": "Journal", "Publisher": publisher,
              "All Science Journal Classification Codes (ASJC)": "3308; 3317"}
    return [values.get(c) for c in EXT_LIST_COLUMNS]


def write_wos_csv(path: Path, rows: Iterable[Sequence[Any]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL)
        w.writerow(WOS_COLUMNS)
        for r in rows:
            w.writerow(r)
    return path


def write_koksnvo_template(path: Path, rows: Iterable[Sequence[Any]] = ()) -> Path:
    """The ministry-list table users fill in (.xlsx or .csv by extension)."""
    if path.suffix.lower() == ".csv":
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(KOKSNVO_COLUMNS)
            for r in rows:
                w.writerow(r)
        return path
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "КОКСНВО"
    ws.append(list(KOKSNVO_COLUMNS))
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path
