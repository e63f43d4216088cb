"""Scopus CiteScore metrics file: current and legacy layouts, lost zeros, per-row problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ParseError
from core.journals.importers import citescore
from core.journals.templates import citescore_row, write_citescore_xlsx


def _rows(legacy: bool = False) -> list[list[object]]:
    return [
        citescore_row(21100199112, "Migration Letters", 3317, "Demography", 65, 40, 112, 2,
                      "1741-8984", "17418992", legacy=legacy),
        citescore_row(21100199112, "Migration Letters", 3308, "Law", 88, 90, 750, 1,
                      "1741-8984", "17418992", legacy=legacy),
        # Science: print ISSN saved as a number lost its two leading zeros.
        citescore_row(23571, "Science", 1000, "Multidisciplinary", 99, 1, 130, 1, 368075,
                      "10959203", citescore=45.3, legacy=legacy),
        # A lost zero that the check digit does NOT confirm: the ISSN is dropped, the row kept.
        citescore_row(1, "Broken ISSN Journal", 3308, "Law", 10, 700, 750, 4, 7654321, None,
                      legacy=legacy),
        citescore_row(2, "Bad Percentile", 3308, "Law", "high", 1, 750, 1, None, None,  # type: ignore[arg-type]
                      legacy=legacy),
        citescore_row(3, "", 3308, "Law", 50, 1, 750, 2, None, None, legacy=legacy),
    ]


def test_current_layout(tmp_path: Path) -> None:
    path = write_citescore_xlsx(tmp_path / "CiteScore 2023.xlsx", {2023: _rows()})
    result = citescore.parse(path)
    assert result.year == 2023 and result.edition == "CiteScore 2023"
    assert [r.journal.title for r in result.records] == [
        "Migration Letters", "Migration Letters", "Science", "Broken ISSN Journal"]
    ml = result.records[0]
    m = ml.metrics[0]
    assert (m.provider, m.year, m.subject_code, m.subject_name, m.percentile, m.quartile,
            m.rank, m.rank_out_of, m.status) == (
        "scopus_citescore", 2023, "3317", "Demography", 65, 2, 40, 112, "complete")
    assert [(i.issn, i.kind) for i in ml.journal.issns] == [
        ("1741-8984", "print"), ("1741-8992", "electronic")]
    assert ml.journal.scopus_source_id == "21100199112"
    assert result.records[2].journal.issn_values == ["0036-8075", "1095-9203"]
    assert result.records[3].journal.issns == []
    reasons = [(p.row, p.rejected, p.reason) for p in result.problems]
    assert (5, False, "ISSN '7654321' ignored: 7 digits; 0765-4321 and 7654-321X fail the "
                      "check digit") in reasons
    assert any(row == 6 and rej and "percentile 'high'" in why for row, rej, why in reasons)
    assert any(row == 7 and rej and why == "no title" for row, rej, why in reasons)
    assert result.rows_bad == 2


def test_legacy_layout_header_on_row_2_and_sourceid_spelling(tmp_path: Path) -> None:
    path = write_citescore_xlsx(tmp_path / "citescore.xlsx", {2019: _rows(True)[:3],
                                                              2020: _rows(True)[:1]},
                                legacy=True)
    result = citescore.parse(path)
    assert result.edition == "CiteScore 2019-2020"
    assert [(r.metrics[0].year, r.journal.scopus_source_id) for r in result.records] == [
        (2019, "21100199112"), (2019, "21100199112"), (2019, "23571"), (2020, "21100199112")]
    previews = {p.sheet: p for p in result.previews}
    assert previews["CiteScore 2019"].header_row == 2
    assert previews["CiteScore 2019"].mapping["source_id"] == "Scopus SourceID"
    assert previews["About CiteScore"].header_row is None


def test_csv_with_year_from_file_name_and_tracker_status(tmp_path: Path) -> None:
    import csv

    from core.journals.templates import CITESCORE_COLUMNS

    path = tmp_path / "CiteScore Tracker 2024.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(CITESCORE_COLUMNS)
        w.writerow(citescore_row(1, "Вестник КазНУ. Серия юридическая", 3308, "Law", 36, 400,
                                 700, 3, "1563-0366", None, citescore="0,8"))  # type: ignore[arg-type]
    result = citescore.parse(path)
    (rec,) = result.records
    assert rec.journal.title == "Вестник КазНУ. Серия юридическая"
    assert rec.metrics[0].status == "in_progress" and rec.metrics[0].citescore == 0.8
    assert rec.metrics[0].year == 2024


def test_preview_shows_mapping_and_first_rows(tmp_path: Path) -> None:
    path = write_citescore_xlsx(tmp_path / "c.xlsx", {2022: _rows()})
    previews = citescore.preview(path)
    sheet = next(p for p in previews if p.sheet == "CiteScore 2022")
    assert sheet.mapping["percentile"] == "Percentile"
    assert sheet.mapping["print_issn"] == "Print ISSN"
    assert len(sheet.rows) == 5 and sheet.rows[0][1] == "Migration Letters"


def test_no_year_anywhere_rejects_rows(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet"
    from core.journals.templates import CITESCORE_COLUMNS

    ws.append(list(CITESCORE_COLUMNS))
    ws.append(citescore_row(1, "X", 3308, "Law", 50, 1, 2, 2))
    wb.save(tmp_path / "metrics.xlsx")
    result = citescore.parse(tmp_path / "metrics.xlsx")
    assert result.records == [] and "--year" in result.problems[0].reason
    result = citescore.parse(tmp_path / "metrics.xlsx", year=2021)
    assert result.records[0].metrics[0].year == 2021


def test_not_a_citescore_file(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ParseError, match="no sheet has the CiteScore columns"):
        citescore.parse(path)


def test_a_scopus_reference_export_is_not_a_metrics_file() -> None:
    # A real Scopus search export (Title, Year, Source title, ...) picked by mistake.
    export = (Path(__file__).resolve().parents[4] / ".." / "shared" / "fixtures" / "scopus"
              / "scopus_litstudy.csv")
    with pytest.raises(ParseError, match="no sheet has the CiteScore columns"):
        citescore.parse(export)


def test_csv_resaved_by_russian_excel(tmp_path: Path) -> None:
    # Semicolons, decimal commas, Windows-1251, ISSNs turned into numbers without leading zeros.
    from core.journals.templates import CITESCORE_COLUMNS

    header = ";".join(CITESCORE_COLUMNS)
    row = citescore_row(1, "Государство и право", 3308, "Law", 41, 300, 700, 3, 1326635, None,
                        citescore=0.9)
    line = ";".join("" if v is None else str(v).replace(".", ",") if isinstance(v, float)
                    else str(v) for v in row)
    path = tmp_path / "CiteScore 2022.csv"
    path.write_bytes((header + "\n" + line + "\n").encode("cp1251"))
    (rec,) = citescore.parse(path).records
    assert rec.journal.title == "Государство и право"
    assert rec.journal.issn_values == ["0132-6635"]
    assert rec.metrics[0].citescore == 0.9 and rec.metrics[0].percentile == 41
