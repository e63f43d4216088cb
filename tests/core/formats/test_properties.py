"""Property tests: no input crashes a parser (it reads or refuses with ParseError), and
parse -> dump -> parse is stable for BibTeX, RIS and CSL-JSON."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.dates import PartialDate
from core.errors import ParseError
from core.formats import bibtex, csl_json, medline, ris, scopus_csv, wos
from core.model import Creator, Issn, Reference

ALPHABET = st.sampled_from(list(
    "abcXYZ019 ,.;:-–'\"{}\\$%&#_~^@=()[]<>/\n\tйцукенҚқӘәҰұҮүІіӨөҒғҢңҺһéüßçø"))
NOISE = st.text(ALPHABET, max_size=200)
BIB_PIECES = st.lists(st.sampled_from([
    "@article{", "@book(", "@string{", "@comment{", "@preamble{", "key,", "title = ",
    "author = ", "{", "}", '"', " # ", "and", "\\\"o", "$x^2$", "Қазақ", ",", "\n", "=",
    "year = 2020", "doi = {10.1000/x}", "crossref = {key}", "month = jan", "%", "@",
]), max_size=40).map("".join)
RIS_PIECES = st.lists(st.sampled_from([
    "TY  - JOUR\n", "TY  - BOOK\n", "ER  - \n", "AU  - Иванов, И.\n", "TI  - Title\n",
    "PY  - 2020///\n", "DA  - SEP 22\n", "SN  - 1234-5678\n", "DO  - 10.1/x\n", "KW  - a\n",
    "continued line\n", "  indented\n", "XX  - unknown\n", "\r", "\n", "SP  - 1\nEP  - 2\n",
]), max_size=30).map("".join)
JSON_PIECES = st.lists(st.sampled_from([
    "[", "]", "{", "}", ",", ":", '"type"', '"title"', '"author"', '"x"', "1", "null",
    '"DOI"', '"10.1/x"', '{"family": "Әбілқасымова"}', '"issued"', '{"date-parts": [[2020]]}',
    '"issn-type"', 'true', '"ISSN"', '"keyword"', '[1, {}]',
]), max_size=30).map("".join)

PARSERS = [bibtex.parse, ris.parse, csl_json.parse, scopus_csv.parse, wos.parse, medline.parse]


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(NOISE, BIB_PIECES, RIS_PIECES, JSON_PIECES))
def test_no_input_crashes_a_parser(text: str) -> None:
    for parse in PARSERS:
        try:
            result = parse(text, file="fuzz")
        except ParseError:
            continue
        assert len(result.records) == len(result.lines)
        for p in result.problems:
            assert p.message and (p.line is None or p.line >= 1)


WORDS = st.text(st.sampled_from(list("abcXYZ 019-–'{}\\$%&#_~^<>йцҚқӘәҰұéü@,;:\"()")),
                min_size=1, max_size=25)
NAMES = st.builds(
    Creator,
    role=st.sampled_from(["author", "editor", "translator"]),
    family=st.one_of(st.none(), WORDS), given=st.one_of(st.none(), WORDS),
    particle=st.one_of(st.none(), st.sampled_from(["van", "de la", "von"])),
    suffix=st.one_of(st.none(), st.sampled_from(["Jr.", "III"])),
    literal=st.one_of(st.none(), WORDS))
RECORDS = st.builds(
    Reference,
    type=st.sampled_from(["article-journal", "book", "chapter", "paper-conference", "thesis",
                          "report", "legislation", "webpage", "document"]),
    title=st.one_of(st.none(), WORDS), container_title=st.one_of(st.none(), WORDS),
    volume=st.one_of(st.none(), WORDS), issue=st.one_of(st.none(), WORDS),
    page=st.one_of(st.none(), st.sampled_from(["1-10", "e12292", "xii"])),
    publisher=st.one_of(st.none(), WORDS), note=st.one_of(st.none(), WORDS),
    abstract=st.one_of(st.none(), WORDS), genre=st.one_of(st.none(), WORDS),
    issued=st.one_of(st.none(), st.builds(PartialDate, st.integers(1800, 2100),
                                          st.one_of(st.none(), st.integers(1, 12)))),
    doi=st.one_of(st.none(), st.sampled_from(["10.1000/abc", "10.47059/ml.v20i5.2891"])),
    issn=st.lists(st.sampled_from([Issn("2041-1723"), Issn("1047-7039", "print")]),
                  max_size=1),
    language=st.one_of(st.none(), st.sampled_from(["ru", "kk", "en"])),
    keywords=st.lists(WORDS, max_size=3),
    creators=st.lists(NAMES, max_size=3),
    citation_key=st.from_regex(r"[a-z][a-z0-9:_-]{0,15}", fullmatch=True),
)


def _stable(dump: object, parse: object, refs: list[Reference]) -> None:
    first = parse(dump(refs)).records  # type: ignore[operator]
    second = parse(dump(first)).records  # type: ignore[operator]
    assert [r.to_csl(include_id=False) for r in first] == \
        [r.to_csl(include_id=False) for r in second]
    assert len(first) == len(refs)


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(RECORDS, min_size=1, max_size=4))
def test_bibtex_parse_dump_parse_is_stable(refs: list[Reference]) -> None:
    _stable(bibtex.dump, bibtex.parse, refs)


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(RECORDS, min_size=1, max_size=4))
def test_ris_parse_dump_parse_is_stable(refs: list[Reference]) -> None:
    _stable(ris.dump, ris.parse, refs)


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(RECORDS, min_size=1, max_size=4))
def test_csl_json_parse_dump_parse_is_stable(refs: list[Reference]) -> None:
    _stable(csl_json.dump, csl_json.parse, refs)
    # CSL-JSON holds the text exactly
    back = csl_json.parse(csl_json.dump(refs)).records
    assert [r.title for r in back] == [r.title.strip() if r.title and r.title.strip() else None
                                       for r in refs]
