"""Property tests for the read-only export formats (issue 9, fuzzing): Scopus CSV, Web of Science
plain text and tab-delimited, PubMed MEDLINE, each from generated files shaped like the real
exports (their headers and tags, hostile values: quotes, separators, newlines, Cyrillic and
Kazakh, junk dates and identifiers). No input crashes a reader (ParseError is allowed), every
problem names a line, and every record read is stable through CSL-JSON: read -> write as
CSL-JSON -> read gives the same record. Example counts: see EXAMPLES (docs/RELIABILITY.md)."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import ParseError
from core.formats import csl_json, medline, scopus_csv, wos
from core.formats.base import ParseResult

EXAMPLES = 300
SETTINGS = settings(deadline=None, max_examples=EXAMPLES,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

ALPHABET = list("abcXYZ019 ,.;:-–'\"/\\()[]{}<>&%#@=+*~^_|\t йцукенҚқӘәҰұҮүІіӨөҒғҢңҺһéü")
TEXT = st.text(st.sampled_from(ALPHABET), max_size=40)
VALUES = st.one_of(
    TEXT, st.sampled_from([
        "", "2020", "20xx", "-1", "99999999999999999999", "10.1000/abc", "doi:10.1/x",
        "https://doi.org/10.47059/ml.v20i5.2891", "2041-1723", "20411723", "1234-567X; xx",
        "978-601-7280-01-7", "Smith J.; Әбілқасымова Ә.С.; Иванов И.", "Article", "Review",
        "Book chapter", "Conference Paper", "English; Russian", "Kazakh", "[No abstract available]",
        "Smith, John (57190000000); Lee, K. (1)", "e12292", "12-", "-", "JAN 15", "2020 Sep-Oct",
        "\n", "\r\n", '"', '""', "a\nb", "\x00",
    ]))


def _check(result: ParseResult) -> None:
    assert len(result.records) == len(result.lines)
    for p in result.problems:
        assert p.message and (p.line is None or p.line >= 1)
    for ref in result.records:
        first = ref.to_csl(include_id=False)
        back = csl_json.parse(csl_json.dump([ref])).records
        assert len(back) == 1 and back[0].to_csl(include_id=False) == first


def _read(parse: object, text: str) -> None:
    try:
        result = parse(text, file="fuzz")  # type: ignore[operator]
    except ParseError as exc:
        assert str(exc)
        return
    _check(result)


# ---------------------------------------------------------------------- Scopus CSV
SCOPUS_HEADERS = [*scopus_csv.COLUMNS, "EID", "Link", "Cited by", "Funding Details",
                  "Correspondence Address", "PubMed ID", "Open Access"]


@st.composite
def scopus_file(draw: st.DrawFn) -> str:
    headers = draw(st.lists(st.sampled_from(SCOPUS_HEADERS), min_size=1, max_size=14,
                            unique=True))
    if draw(st.integers(0, 4)):   # mostly the columns every export has, then any others
        headers = ["Authors", "Title", "Year", "Source title", "EID",
                   *[h for h in headers if h not in ("authors", "title", "year", "source title",
                                                     "EID")]]
    width = st.one_of(st.just(len(headers)), st.integers(0, len(headers) + 2))
    rows = [draw(st.lists(VALUES, min_size=n, max_size=n))
            for n in draw(st.lists(width, max_size=6))]   # mostly whole rows, some cut
    if headers[1:2] == ["Title"]:
        for row in rows:   # most rows carry a title, as real exports do
            if len(row) > 1 and draw(st.integers(0, 3)):
                row[1] = draw(st.text(st.sampled_from(ALPHABET), min_size=1, max_size=40)
                              .filter(str.strip))
    out = io.StringIO()
    writer = csv.writer(out, quoting=draw(st.sampled_from([csv.QUOTE_ALL, csv.QUOTE_MINIMAL])))
    writer.writerow(headers)
    writer.writerows(rows)
    text = out.getvalue()
    return ("\ufeff" if draw(st.booleans()) else "") + text


@SETTINGS
@given(scopus_file())
def test_scopus_csv_never_crashes_and_its_records_are_stable(text: str) -> None:
    _read(scopus_csv.parse, text)


# ---------------------------------------------------------------------- Web of Science
WOS_TAGS = ["PT", "AU", "AF", "TI", "SO", "SE", "LA", "DT", "DE", "ID", "AB", "C1", "RP", "EM",
            "CR", "NR", "TC", "PU", "PI", "SN", "EI", "BN", "J9", "JI", "PD", "PY", "VL", "IS",
            "BP", "EP", "AR", "DI", "PG", "WC", "SC", "UT", "PM", "OA", "BA", "BE", "CT", "CY",
            "CL", "HO", "XX", "ZZ"]


@st.composite
def wos_plain(draw: st.DrawFn) -> str:
    lines = ["FN Clarivate Analytics Web of Science", "VR 1.0"] if draw(st.booleans()) else []
    for _ in range(draw(st.integers(0, 4))):
        lines.append(f"PT {draw(st.sampled_from(['J', 'B', 'S', 'P', 'C', 'X', '']))}")
        for _ in range(draw(st.integers(0, 10))):
            lines.append(f"{draw(st.sampled_from(WOS_TAGS))} {draw(VALUES)}")
            for _ in range(draw(st.integers(0, 2))):
                lines.append("   " + draw(VALUES))
        if draw(st.integers(0, 9)):
            lines.append("ER")
        lines.append("")
    if draw(st.booleans()):
        lines.append("EF")
    return "\n".join(lines)


@st.composite
def wos_tab(draw: st.DrawFn) -> str:
    headers = ["PT", "AU", "TI", "SO", *draw(st.lists(st.sampled_from(WOS_TAGS), min_size=7,
                                                       max_size=20, unique=True))]
    rows = ["\t".join(draw(VALUES).replace("\t", " ").replace("\n", " ")
                      for _ in range(draw(st.integers(0, len(headers) + 2))))
            for _ in range(draw(st.integers(0, 5)))]
    return "\n".join(["\t".join(headers), *rows])


@SETTINGS
@given(wos_plain())
def test_wos_plain_text_never_crashes_and_its_records_are_stable(text: str) -> None:
    _read(wos.parse, text)


@SETTINGS
@given(wos_tab())
def test_wos_tab_delimited_never_crashes_and_its_records_are_stable(text: str) -> None:
    assert wos.sniff(text) == "tab"
    _read(wos.parse, text)


# ---------------------------------------------------------------------- MEDLINE
MEDLINE_TAGS = ["PMID", "OWN", "STAT", "DP", "TI", "PG", "LID", "AB", "FAU", "AU", "AD", "LA",
                "PT", "PL", "TA", "JT", "JID", "SB", "MH", "OT", "AID", "IS", "VI", "IP", "CN",
                "BTI", "ISBN", "PB", "ED", "FED", "XXXX", "SO", "CRDT", "PHST"]


@st.composite
def medline_file(draw: st.DrawFn) -> str:
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        lines.append(f"PMID- {draw(st.sampled_from(['1', '123456', 'x', '']))}")
        for _ in range(draw(st.integers(0, 10))):
            tag = draw(st.sampled_from(MEDLINE_TAGS))
            lines.append(f"{tag:<4}- {draw(VALUES)}")
            for _ in range(draw(st.integers(0, 2))):
                lines.append("      " + draw(VALUES))
        lines.append("")
    return "\n".join(lines)


@SETTINGS
@given(medline_file())
def test_medline_never_crashes_and_its_records_are_stable(text: str) -> None:
    _read(medline.parse, text)
