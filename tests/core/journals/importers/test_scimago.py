"""SCImago CSV: the real 2002 export sample (decimal comma, several ISSNs, lost zeros, `-`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ParseError
from core.journals.importers import scimago

FIXTURE = (Path(__file__).resolve().parents[4] / ".." / "shared" / "fixtures" / "scimago"
           / "scimagojr_journal_2002_sample.csv")


def test_real_export() -> None:
    result = scimago.parse(FIXTURE, year=2002)
    assert result.year == 2002 and result.edition == "SCImago 2002"
    assert result.rows_ok == 307 and result.rows_bad == 0
    first = result.records[0]
    assert first.journal.title == "Annual Review of Immunology"
    assert first.journal.issn_values == ["0732-0582", "1545-3278"]
    assert first.journal.scimago_source_id == "20651"
    (m,) = first.metrics
    assert (m.provider, m.year, m.sjr, m.quartile, m.percentile) == ("scimago", 2002, 37.525, 1,
                                                                      None)
    by_title = {r.journal.title: r for r in result.records}
    # "0147006" is 0147-006X with the X lost; "1090705" likewise.
    assert "0147-006X" in by_title["Annual Review of Neuroscience"].journal.issn_values
    proc = by_title["Proceedings of the IEEE International Conference on Requirements Engineering"]
    assert proc.journal.issn_values == ["1090-705X"]
    assert proc.metrics[0].quartile is None        # SJR Best Quartile "-"
    mobicom = next(r for r in result.records if "MOBICOM" in r.journal.title)
    assert mobicom.journal.issns == []              # Issn "-"
    # An ambiguous 7-digit value is reported, never guessed.
    assert any("ambiguous" in p.reason and not p.rejected for p in result.problems)


def test_year_from_file_name_or_error(tmp_path: Path) -> None:
    named = tmp_path / "scimagojr 2002.csv"
    named.write_bytes(FIXTURE.read_bytes())
    assert scimago.parse(named).year == 2002
    # The 2002 export also names its year in "Total Docs. (2002)".
    assert scimago.parse(FIXTURE).year == 2002
    nameless = tmp_path / "export.csv"
    nameless.write_text("Rank;Sourceid;Title;Type;Issn;SJR\n1;2;\"T\";journal;\"00280836\";1,5\n",
                        encoding="utf-8")
    with pytest.raises(ParseError, match="--year"):
        scimago.parse(nameless)


def test_excel_resaved_rows_are_reported(tmp_path: Path) -> None:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    broken = lines[:3] + ['"' + lines[3].replace('"', "'") + '",,,,'] + lines[4:6]
    path = tmp_path / "scimagojr 2002.csv"
    path.write_text("\n".join(broken) + "\n", encoding="utf-8")
    result = scimago.parse(path)
    assert result.rows_ok == 4
    (problem,) = [p for p in result.problems if p.rejected]
    assert problem.row == 4 and "whole line is in one cell" in problem.reason
