"""BibTeX / BibLaTeX against the real fixture files: every file parses or gives its documented
problems (with the right line), values map as they should, and parse -> dump -> parse is stable."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import formats
from core.errors import ParseError
from core.formats import bibtex
from core.model import Creator, Reference
from tests.support.paths import SHARED_FIXTURES

BIB = SHARED_FIXTURES / "bibtex"
FILES = sorted(p.name for p in BIB.glob("*.bib"))

# The fixtures whose entries are (partly) not imported, each with the line of the entry's `@`
# and why. Every other fixture imports every entry.
SKIPPED: dict[str, list[tuple[int, str]]] = {
    "bbt_97_jabref_library_911_entries_cyrillic.bib": [(4068, "invalid DOI 'j.desal.2005.02.017'")],
    "bbt_endnote_export.bib": [(2, "no citation key")],
    "bibtexparser_unknown_type.bib": [(3, "unknown entry type @wrong")],
    "jabref_unknown_entry_type.bib": [(4, "unknown entry type @reallyunknowntype")],
    "rbibtex_bad_string_double_brace.bib": [(1, "broken @string")],
    "rbibtex_unbalanced_braces.bib": [(9, "missing closing brace")],
    "bibtexparser_biber_examples.bib": [(1632, "unknown entry type @conversation")],
}
# biblatex-apa's placeholder and hardware types, and two entries whose `doi` is not a DOI.
SKIPPED_COUNTS = {"bbt_2660_biblatex_plus_in_field_names.bib": 32}
# Only @comment blocks: no entries at all.
NO_ENTRIES = {"bibtexparser_multiline_comments.bib"}


@pytest.mark.parametrize("name", FILES)
def test_every_fixture_parses_or_gives_its_documented_problems(name: str) -> None:
    path = BIB / name
    if name in NO_ENTRIES:
        with pytest.raises(ParseError, match="no BibTeX / BibLaTeX entries"):
            formats.read_file(path)
        return
    result = formats.read_file(path)
    assert result.format == "bibtex"
    skipped = [(p.line, p.message) for p in result.skipped]
    if name in SKIPPED:
        assert len(skipped) == len(SKIPPED[name])
        for (line, message), (want_line, want) in zip(skipped, SKIPPED[name], strict=True):
            assert line == want_line and want in message
    elif name in SKIPPED_COUNTS:
        assert len(skipped) == SKIPPED_COUNTS[name]
        assert all("unknown entry type @" in m or "invalid DOI" in m for _, m in skipped)
    else:
        assert skipped == []
    for p in result.problems:
        assert p.file == name and p.line and p.line >= 1
        assert str(p).startswith(f"{name}, line {p.line}")
    if name not in ("bbt_endnote_export.bib", "jabref_unknown_entry_type.bib"):
        assert result.records
    assert len(result.lines) == len(result.records)


def test_problem_text_names_file_line_and_entry() -> None:
    result = formats.read_file(BIB / "rbibtex_unbalanced_braces.bib")
    assert [str(p) for p in result.skipped] == [
        "rbibtex_unbalanced_braces.bib, line 9, entry murdoch:2010: the entry is not closed: "
        "missing closing brace"]
    assert [r.citation_key for r in result.records] == ["murdoch:2009"]


def test_missing_brace_in_the_middle_keeps_the_entries_after_it() -> None:
    text = ("@article{good1, title = {One}, year = 2001}\n\n"
            "@article{broken, title = {Two, year = 2002\n\n"
            "@article{good2, title = {Three}, year = 2003}\n")
    result = bibtex.parse(text, file="refs.bib")
    assert [r.citation_key for r in result.records] == ["good1", "good2"]
    assert [(p.line, p.key) for p in result.skipped] == [(3, "broken")]
    assert "missing closing brace" in result.skipped[0].message


def test_invalid_doi_skips_the_entry_and_names_it() -> None:
    text = "@article{a, doi = {not-a-doi}, title = {A}}\n@article{b, doi = {10.1000/xyz}}\n"
    result = bibtex.parse(text, file="x.bib")
    assert [r.doi for r in result.records] == ["10.1000/xyz"]
    assert str(result.skipped[0]) == \
        "x.bib, line 1, entry a: invalid DOI 'not-a-doi': not a DOI (expected 10.NNNN/...)"


def test_russian_biblatex_gost_examples() -> None:
    result = formats.read_file(BIB / "biblatex-gost-examples_russian.bib")
    by_key = {r.citation_key: r for r in result.records}
    book = by_key["bolzano:pb"]
    assert book.type == "book" and book.title == "Парадоксы безконечнаго"
    assert book.creators[0].family == "Больцано" and book.creators[0].given == "Бернард"
    assert (book.publisher, book.publisher_place, book.year) == ("Mathesis", "Одесса", 1911)
    assert book.language == "ru" and book.extra["origlanguage"] == "german"
    assert sum(1 for r in result.records if r.language == "ru") > 400
    # a field written twice: the first value kept, the other reported with the line
    dup = [p for p in result.warnings if p.key == "durkheim:s"]
    assert dup and dup[0].line == 199 and "field editor appears twice" in dup[0].message


def test_strings_concatenation_and_months() -> None:
    (ref,) = formats.read_file(BIB / "bbt_1081_string_concat_spaces.bib").records
    assert ref.container_title == "a space between this and this"
    (ref,) = formats.read_file(BIB / "bbt_154_string_substitution.bib").records
    assert (ref.publisher, ref.publisher_place) == ("Freds Publishing", "London, UK")
    (ref,) = formats.read_file(BIB / "bbt_871_round_parentheses_entry.bib").records
    assert ref.type == "report" and ref.issued is not None and ref.issued.month is not None
    twente = formats.read_file(BIB / "jabref_twente_67_strings.bib").records[0]
    assert twente.type == "report" and twente.publisher and "{" not in twente.publisher


def test_crossref_inheritance() -> None:
    inbook, book, incollection = formats.read_file(
        BIB / "bbt_2373_crossref_inheritance.bib").records
    assert inbook.title == "Lebanon"
    assert inbook.container_title == "Global Civil Society: Dimensions of the Nonprofit Sector"
    assert (inbook.publisher, inbook.volume, inbook.year) == ("Kumarian Press", "2", 2004)
    assert [c.family for c in inbook.creators_in("editor")] == ["Salamon", "Sokolowski"]
    assert inbook.page == "227-32" and inbook.extra["crossref"] == "book"
    assert incollection.container_title == inbook.container_title
    cycle = formats.read_file(BIB / "bibtexparser_crossref_cycle.bib")
    assert len(cycle.records) == 2 and all("crossref cycle" in p.message for p in cycle.warnings)
    missing = formats.read_file(BIB / "bibtexparser_crossref_missing_parent.bib")
    assert "crossref missing1 is not in this file" in missing.warnings[0].message


def test_names_organisations_particles_and_others() -> None:
    names = bibtex.parse_names(
        r"M{\"u}ller, J. and {Barnes and Noble} and van der Berg, Jr, X. and "
        r"Ludwig van Beethoven and others", "author")
    assert [(c.family, c.given, c.particle, c.suffix, c.literal) for c in names] == [
        ("Müller", "J.", None, None, None), (None, None, None, None, "Barnes and Noble"),
        ("Berg", "X.", "van der", "Jr", None), ("Beethoven", "Ludwig", "van", None, None),
        (None, None, None, None, "others")]
    (ref,) = formats.read_file(BIB / "bbt_literal_names.bib").records
    assert ref.creators[-1].literal == "Council on Cardiovascular Surgery and Anesthesia"
    kz = bibtex.parse_names("Әбілқасымова, Әлия and Иванов, Иван Иванович", "author")
    assert [(c.family, c.given) for c in kz] == [("Әбілқасымова", "Әлия"),
                                                 ("Иванов", "Иван Иванович")]


def test_latex_accents_pages_identifiers_language() -> None:
    (ref,) = formats.read_file(BIB / "bbt_1115_ring_above_accent.bib").records
    assert any("Ř" in (c.family or "") + (c.given or "") for c in ref.creators)
    text = (r"@book{k, author = {Dvo{\v r}{\'a}k, Anton{\'\i}n}, title = {The {DNA} book},"
            " pages = {10--20}, isbn = {978-601-7466-93-0 (Print)}, issn = {2689-6575 "
            "(Electronic)}, langid = {kazakh}, doi = {https://doi.org/10.1000/ABC}, "
            "file = {C:\\Users\\a.pdf:PDF}, groups = {Migration}, timestamp = {2020-01-01},"
            " mendeley-tags = {law}}")
    (ref,) = bibtex.parse(text).records
    assert ref.creators[0].family == "Dvořák" and ref.creators[0].given == "Antonín"
    assert ref.title == 'The <span class="nocase">DNA</span> book'
    assert ref.page == "10-20" and ref.isbn == ["978-601-7466-93-0"]
    assert [(i.value, i.kind) for i in ref.issn] == [("2689-6575", "electronic")]
    assert ref.language == "kk" and ref.doi == "10.1000/abc"
    assert ref.extra["file"] == "C:\\Users\\a.pdf:PDF"
    assert (ref.extra["groups"], ref.extra["timestamp"]) == ("Migration", "2020-01-01")


def test_jabref_meta_comments_and_preambles_are_kept() -> None:
    result = formats.read_file(BIB / "jabref_complex.bib")
    assert result.preambles and any(c.startswith("jabref-meta:") for c in result.comments)
    text = bibtex.dump(result.records, preambles=result.preambles, comments=result.comments)
    again = bibtex.parse(text)
    assert again.comments == result.comments and again.preambles == result.preambles


def test_entry_types_round_trip_through_the_table() -> None:
    for etype, (csl, _genre) in bibtex.TYPES_IN.items():
        text = f"@{etype}{{k, title = {{T}}, year = 2020}}"
        (ref,) = bibtex.parse(text).records
        assert ref.type == csl
        out = bibtex.dump([ref])
        assert out.startswith(f"@{etype}{{k,"), (etype, out)


def test_dump_writes_thesis_legal_and_unknown_fields() -> None:
    ref = Reference(type="thesis", genre="PhD thesis", title="Көші-қон құқығы", citation_key="t",
                    publisher="ҚазҰУ", creators=[Creator(family="Сәрсенбаев", given="Е.")],
                    extra={"custom-field": "kept", "list-extra": [1, 2]})
    text = bibtex.dump([ref])
    assert text.startswith("@phdthesis{t,")
    assert "school = {ҚазҰУ}" in text and "custom-field = {kept}" in text
    assert "type = {PhD thesis}" in text and "list-extra" not in text
    law = Reference(type="legislation", title="О миграции населения", number="477-IV",
                    citation_key="law2011")
    assert bibtex.dump([law]).startswith("@legislation{law2011,")


def test_hostile_title_is_escaped_in_output() -> None:
    ref = Reference(title=r"{\input{/etc/passwd}} and \write18{rm -rf}", citation_key="x")
    text = bibtex.dump([ref])
    assert "\\input{" not in text and "\\write18{" not in text
    assert bibtex.parse(text).records[0].title == ref.title


@pytest.mark.parametrize("name", [f for f in FILES if f not in NO_ENTRIES])
def test_parse_dump_parse_is_stable_on_every_fixture(name: str) -> None:
    first = formats.read_file(BIB / name)
    second = bibtex.parse(bibtex.dump(first.records))
    assert not second.skipped
    a = [r.to_csl(include_id=False) for r in first.records]
    b = [r.to_csl(include_id=False) for r in second.records]
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        if "citation-key" not in x:  # an entry without a key gets one on the way out
            y.pop("citation-key", None)
        for materialised in ("crossref", "xdata"):  # inherited fields are written instead
            x.pop(materialised, None)
        assert x == y


def test_fixture_path_helper() -> None:
    assert isinstance(BIB, Path) and BIB.is_dir()
