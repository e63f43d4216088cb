"""The Crossref mapping against golden CSL-JSON for every recorded work, and its rules."""

from __future__ import annotations

import json
import os

import pytest

from core.crossref_mapping import TYPE_MAP, message_of, work_to_reference
from core.errors import InvalidValueError
from tests.support.crossref_golden import dump, golden_path, mapped, work_fixtures
from tests.support.paths import CROSSREF_FIXTURES

FIXTURES = work_fixtures()


def _work(name: str) -> dict:
    return dict(message_of(json.loads((CROSSREF_FIXTURES / name).read_text(encoding="utf-8"))))


def test_every_work_fixture_is_covered() -> None:
    names = {p.name for p in FIXTURES}
    assert len(FIXTURES) >= 60
    assert "item_10.1371_journal.pgen.1010367.json" in names
    assert "works_10.1126_science.169.3946.635_agency.json" not in names


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_mapping_matches_golden(path) -> None:
    actual = dump(mapped(path))
    target = golden_path(path)
    if os.environ.get("SILTEME_UPDATE_GOLDEN"):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(actual, encoding="utf-8")
    assert target.exists(), f"no golden file {target}; run python -m tests.support.crossref_golden"
    assert actual == target.read_text(encoding="utf-8")


def test_cyrillic_article() -> None:
    ref = work_to_reference(_work("items/item_10.7868_s0040357115030100.json"))
    assert ref.language == "ru"
    assert ref.authors[0].family == "Паршин" and ref.authors[0].given == "Д. А."
    assert ref.container_title == "Теоретические основы химической технологии"
    assert ref.container_title_short == "Теор. основы хим. технол."


def test_cyrillic_title_overrides_crossref_english() -> None:
    ref = work_to_reference(_work("items/item_10.1353_imp.2004.0111.json"))
    assert ref.language == "ru"
    assert ref.extra["crossref-language"] == "en"
    assert "language:detected" in ref.extra["silteme-cleaned"]


def test_kazakh_letters_detected_as_kk() -> None:
    ref = work_to_reference({"type": "journal-article", "DOI": "10.1/x",
                             "title": ["Қазақстан Республикасының азаматтық құқығы"]})
    assert ref.language == "kk"


def test_ukrainian_title_is_not_taken_for_kazakh() -> None:
    # The letter і is shared by Kazakh, Ukrainian and Belarusian: alone it proves nothing.
    ref = work_to_reference(_work("items/item_10.31861_mhpi2022.45.140-152.json"))
    assert ref.language == "uk"
    assert "language:detected" in ref.extra["silteme-cleaned"]


def test_166_authors_with_organisations_and_orcid() -> None:
    ref = work_to_reference(_work("items/item_10.1371_journal.pgen.1010367.json"))
    raw = _work("items/item_10.1371_journal.pgen.1010367.json")["author"]
    assert len(ref.authors) == len(raw) == 166
    orgs = [c for c in ref.authors if c.is_organisation]
    assert "COVID-19 Host Genetics Initiative" in [c.literal for c in orgs]
    assert ref.authors[0].orcid == "https://orcid.org/0000-0001-5388-0396"
    assert ref.creators_in("editor")[0].family == "Cooper"


def test_organisation_only_author_is_literal() -> None:
    ref = work_to_reference(_work("items/item_10.2172_6334163.json"))
    assert ref.type == "report"
    assert ref.to_csl()["author"] == [
        {"literal": "JM Energy Consultants, Inc., Los Angeles, CA (USA)"}]


def test_jats_title_keeps_rich_text_and_original() -> None:
    ref = work_to_reference(_work("items/item_10.1039_d0ce00680g.json"))
    assert ref.title == ("Encapsulation of the [Ru(bpy)<sub>3</sub>]<sup>2+</sup> luminophore in a "
                         "unique hydrogen-bonded host framework")
    ref = work_to_reference(_work("works_10.1136_jclinpath-2020-206745.json"))
    assert ref.title.startswith("Construction of a reference material panel for detecting "
                                "<i>KRAS</i>/<i>NRAS</i>/")
    assert "\n" in ref.extra["silteme-original"]["title"]
    assert "title:markup" in ref.extra["silteme-cleaned"]
    assert ref.abstract.startswith("Background: The absence of high-quality")
    assert "<jats:" not in ref.abstract


def test_article_number_without_page() -> None:
    ref = work_to_reference(_work("works_10.1038_srep16696.json"))
    assert ref.page == "16696" and ref.extra["article-number"] == "16696"
    ref = work_to_reference(_work("works_10.3389_fgene.2017.00147.json"))
    assert ref.page is None and "article-number" not in ref.extra


def test_print_date_preferred_over_online() -> None:
    ref = work_to_reference(_work("works_10.1002_jor.1100150407.json"))
    assert ref.issued.iso() == "1997-07"
    assert ref.extra["published-online"] == {"date-parts": [[2005, 2, 18]]}
    ref = work_to_reference(_work("works_10.1038_srep16696.json"))
    assert ref.issued.iso() == "2015-11-19" and ref.extra["issued-from"] == "published-online"


def test_issn_kinds_and_isbn_kinds() -> None:
    ref = work_to_reference(_work("works_10.5694_j.1326-5377.1943.tb44329.x.json"))
    assert [(i.value, i.kind) for i in ref.issn] == [("0025-729X", "print"),
                                                   ("1326-5377", "electronic")]
    ref = work_to_reference(_work("works_10.1017_9781108348843.json"))
    assert ref.isbn[0] == "978-1-108-42572-8"  # print first
    assert {"value": "978-1-108-34884-3", "type": "electronic"} in ref.extra["isbn-type"]


def test_all_caps_title_repaired_keeping_acronyms_and_numbers() -> None:
    ref = work_to_reference(_work("works_10.2210_pdb4hhb_pdb.json"))
    assert ref.title.startswith("The crystal structure of human deoxyhaemoglobin at 1.74 angstroms")
    assert ref.extra["silteme-original"]["title"].startswith("THE CRYSTAL STRUCTURE")
    ref = work_to_reference({"type": "journal-article",
                             "title": ["ПРАВОВОЙ СТАТУС ЕАЭС И РЕСПУБЛИКИ КАЗАХСТАН В XXI ВЕКЕ"]})
    assert ref.title == "Правовой статус ЕАЭС и Республики Казахстан в XXI веке"
    assert "title:caps" in ref.extra["silteme-cleaned"]


def test_homoglyphs_repaired() -> None:
    ref = work_to_reference(_work("items/item_10.1007_s10553-022-01347-x.json"))
    assert "C10–C14" in ref.title and "С" not in ref.title
    ref = work_to_reference(_work("items/item_10.35433_pedagogy.4_99_.2019.5-12.json"))
    assert ref.authors[0].given == "D. O."


def test_two_language_titles() -> None:
    ref = work_to_reference(_work("works_10.1007_s00120-007-1345-2.json"))
    assert ref.title == "Penisverletzung durch eine Moulinette: Folge einer autoerotischen " \
        "Selbstverstümmelung"
    assert ref.title_translated.startswith("Penile injury caused by a Moulinette")


def test_updated_by_correction_and_update_to_notice() -> None:
    ref = work_to_reference(_work("works_10.1371_journal.pone.0033693.json"))
    assert ref.updated_by == [{"type": "correction",
                               "DOI": "10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda",
                               "date": "2012-05-08", "source": "publisher"}]
    retracted = work_to_reference({
        "type": "journal-article", "DOI": "10.1234/a", "title": ["A"],
        "updated-by": [{"DOI": "10.1234/RN", "type": "retraction", "label": "Retraction",
                        "updated": {"date-parts": [[2020, 1, 2]]}}]})
    assert retracted.is_retracted
    assert retracted.to_csl()["updated-by"] == [{"type": "retraction", "DOI": "10.1234/rn",
                                                 "date": "2020-01-02"}]
    notice = work_to_reference({
        "type": "journal-article", "DOI": "10.1234/rn", "title": ["Retraction"],
        "update-to": [{"DOI": "10.1234/a", "type": "retraction",
                       "updated": {"date-parts": [[2020]]}}]})
    assert not notice.is_retracted
    assert notice.extra["update-to"] == [{"type": "retraction", "DOI": "10.1234/a", "date": "2020"}]


def test_types_table_covers_crossref_vocabulary() -> None:
    types = json.loads((CROSSREF_FIXTURES / "types.json").read_text(encoding="utf-8"))
    ids = {t["id"] for t in types["message"]["items"]}
    assert ids - set(TYPE_MAP) == set()


def test_book_series_is_collection_title_and_editors_kept() -> None:
    ref = work_to_reference(_work("items/item_10.1007_978-3-642-74679-6.json"))
    assert ref.type == "book" and not ref.authors
    assert [c.family for c in ref.creators_in("editor")] == ["Mayer", "Brock"]
    ref = work_to_reference(_work("items/item_10.1016_c2013-0-11280-9.json"))
    assert ref.title is None and ref.collection_title == "Progress in Behavior Modification"


def test_thesis_institution_and_degree() -> None:
    ref = work_to_reference(_work("works_10.14264_uql.2020.791.json"))
    assert ref.type == "thesis"
    assert ref.publisher == "The University of Queensland" and ref.genre == "PhD Thesis"


def test_thesis_and_standard_dated_by_approval_when_crossref_has_no_issued_date() -> None:
    # Crossref dates dissertations and standards by `approved`; `issued` is [[null]] for them.
    thesis = work_to_reference(_work("works_10.14264_uql.2020.791.json"))
    assert thesis.issued is not None and thesis.issued.iso() == "2020-05-25"
    assert thesis.extra["issued-from"] == "approved"
    standard = work_to_reference(_work("items/item_10.3403_00374960.json"))
    assert standard.year == 1970
    # ...but never the deposit date (`created`): a proceedings paper with no date stays n.d.
    assert work_to_reference(_work("works_10.1109_icdcsw.2003.1203662.json")).issued is None


def test_license_kept_in_extra() -> None:
    ref = work_to_reference(_work("works_10.1038_srep16696.json"))
    assert ref.extra["license"][0]["URL"] == "https://creativecommons.org/licenses/by/4.0"


def test_not_an_object_is_rejected() -> None:
    with pytest.raises(InvalidValueError):
        work_to_reference(["not", "a", "work"])  # type: ignore[arg-type]
