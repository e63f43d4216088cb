"""Tests for APA 7: every item type (golden entries checked against the Publication Manual's
examples), names, 1-20 authors and the ellipsis, letters, italics, in-text citations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.model import Creator, Reference
from core.styles.apa import ApaStyle
from core.styles.base import CiteContext, CiteItem, ListOptions, get_style

DATA = Path(__file__).resolve().parent / "data" / "apa_items.json"

EXPECTED: dict[str, str] = {
    "journal": (
        "Әбілқасымова, Ә. С., Құдайбергенова, Ү. Е., & Khamzin, A. Sh. (2023). Migration "
        "law and E. coli: a study? Journal of Legal Studies, 12(3), 45–67. "
        "https://doi.org/10.1234/jls.2023.003"
    ),
    "journal-artno": (
        "Smith, J., & Lee, K. (2023). Open data in law. PLOS ONE, 18(4), Article "
        "e0284123. https://doi.org/10.1371/journal.pone.0284123"
    ),
    "book": (
        "Жакупова, С. М. (2020). Миграционное право [Migration law] (2nd ed.) "
        "[Монография]. Жеті жарғы."
    ),
    "edited-book": (
        "van der Meer, J. K., & King, M. L., Jr. (Eds.). (2019). Handbook of migration. "
        "Routledge."
    ),
    "chapter": (
        "Brown, A. (2019). Borders and rights. In P. Green & R. White (Eds.), Handbook of "
        "migration (3rd ed., pp. 101–128). Routledge."
    ),
    "conf-paper": (
        "Ospanov, Y. (2022). Digital courts. In L. Kim (Ed.), Proceedings of the "
        "International Conference on Law and Technology (pp. 5–9). IEEE. "
        "https://doi.org/10.1109/iclt.2022.00012"
    ),
    "conf-presentation": (
        "Ospanov, Y. (2021, May 20). Courts online [Paper presentation]. Annual Meeting "
        "of the Law Society, Astana, Kazakhstan."
    ),
    "proceedings": (
        "Kim, L. (Ed.). (2022). Proceedings of the International Conference on Law and "
        "Technology. IEEE."
    ),
    "thesis": (
        "Сейткали, Е. (2021). Правовое регулирование миграции [Диссертация доктора "
        "философии (PhD)]. Казахский национальный университет имени аль-Фараби."
    ),
    "thesis-db": (
        "Harris, L. (2014). Instructional leadership [Doctoral dissertation, University "
        "of Kansas]. ProQuest Dissertations and Theses Global. https://example.org/thesis"
    ),
    "report": (
        "United Nations Development Programme. (2022). Human development report (Report "
        "No. 12). https://hdr.undp.org/report"
    ),
    "report-genre": (
        "Tan, M. (2021). Labour migration (Policy brief No. 7). OECD Publishing."
    ),
    "standard": (
        "International Organization for Standardization. (2021). Information and "
        "documentation: Guidelines for bibliographic references (ISO 690:2021)."
    ),
    "newspaper": (
        "Carey, B. (2019, March 22). Can we get better at forgetting? The New York Times. "
        "https://www.nytimes.com/2019/03/22/health/memory-forget.html"
    ),
    "webpage": (
        "World Health Organization. (2021, March 4). Migration and health. "
        "https://www.who.int/migration"
    ),
    "webpage-nd": (
        "Adilet legal database. (n.d.). Ministry of Justice of the Republic of "
        "Kazakhstan. Retrieved January 15, 2024, from https://adilet.zan.kz"
    ),
    "preprint": (
        "Hampton, S. (2017). Autism and bilingualism. PsyArXiv. "
        "https://doi.org/10.31234/osf.io/76xfs"
    ),
    "dataset": (
        "Nur, A. (2023). Migration flows in Kazakhstan, 2010–2020 (Version 2) [Data set]. "
        "Zenodo. https://doi.org/10.5281/zenodo.1234567"
    ),
    "law": (
        "О миграции населения [On migration of the population], Закон Республики "
        "Казахстан No. 477-IV, Ведомости Парламента Республики Казахстан, No. 16, Art. "
        "128 (2011, as amended through January 1, 2024). "
        "https://adilet.zan.kz/rus/docs/Z1100000477"
    ),
    "code": (
        "Уголовный кодекс Республики Казахстан, Кодекс Республики Казахстан No. 226-V "
        "(2014). https://adilet.zan.kz/rus/docs/K1400000226"
    ),
    "decree": (
        "Об утверждении Концепции миграционной политики, Постановление Правительства "
        "Республики Казахстан No. 961 (2022)."
    ),
    "case": (
        "Иванов v. Петров, No. 2-123/2020 (Supreme Court of the Republic of Kazakhstan, "
        "May 5, 2020)."
    ),
    "treaty": (
        "Treaty on the Eurasian Economic Union, May 29, 2014. "
        "https://docs.eaeunion.org/treaty"
    ),
}


def _items() -> list[dict]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def _refs() -> dict[str, Reference]:
    return {item["id"]: Reference.from_csl(item) for item in _items()}


@pytest.fixture(scope="module")
def apa() -> ApaStyle:
    style = get_style("apa")
    assert isinstance(style, ApaStyle)
    return style


def test_every_item_type_matches_its_golden_entry(apa: ApaStyle) -> None:
    refs = list(_refs().values())
    entries = apa.bibliography(refs, ListOptions(sort="none"))
    got = {e.ref.citation_key: e.text() for e in entries}
    assert set(got) == set(EXPECTED)
    for key, expected in EXPECTED.items():
        assert got[key] == expected, key


def test_golden_set_covers_the_issue_item_types() -> None:
    types = {item["type"] for item in _items()}
    assert {"article-journal", "book", "chapter", "paper-conference", "thesis", "report",
            "standard", "article-newspaper", "webpage", "article", "dataset", "legislation",
            "regulation", "legal_case", "treaty"} <= types


def test_italics_where_apa_puts_them(apa: ApaStyle) -> None:
    refs = _refs()
    journal = apa.entry(refs["journal"]).to_html()
    assert "<i>Journal of Legal Studies</i>, <i>12</i>(3)" in journal
    assert "Migration law and <i>E. coli</i>" in journal  # the title itself is roman
    book = apa.entry(refs["book"]).to_html()
    assert "<i>Миграционное право</i> [Migration law]" in book  # translation not italic
    chapter = apa.entry(refs["chapter"]).to_html()
    assert "Borders and rights. In" in chapter and "<i>Handbook of migration</i> (3rd" in chapter
    assert "<i>" not in apa.entry(refs["law"]).to_html()


def test_species_name_in_book_title_becomes_roman(apa: ApaStyle) -> None:
    ref = Reference(type="book", title="Genome of <i>Homo sapiens</i>",
                    creators=[Creator(family="Doe", given="Jane")])
    assert apa.entry(ref).to_html().startswith(
        "Doe, J. (n.d.). <i>Genome of </i>Homo sapiens.")


def test_doi_as_https_link(apa: ApaStyle) -> None:
    html = apa.entry(_refs()["journal"]).to_html()
    assert html.endswith('<a href="https://doi.org/10.1234/jls.2023.003">'
                         "https://doi.org/10.1234/jls.2023.003</a>")


def test_titles_printed_as_stored_no_case_change(apa: ApaStyle) -> None:
    ref = Reference(type="article-journal", title="THE Title Of A Paper", container_title="j",
                    creators=[Creator(family="Doe", given="Jane")])
    assert "THE Title Of A Paper." in apa.entry(ref).plain()


def _people(n: int) -> list[Creator]:
    return [Creator(family=f"Author{i}", given="Ann") for i in range(1, n + 1)]


def test_twenty_authors_all_listed(apa: ApaStyle) -> None:
    text = apa.entry(Reference(type="book", title="T", creators=_people(20))).plain()
    assert text.startswith("Author1, A., Author2, A.,")
    assert "Author19, A., & Author20, A. (n.d.)." in text
    assert ". . ." not in text


def test_twenty_one_authors_ellipsis_then_last(apa: ApaStyle) -> None:
    text = apa.entry(Reference(type="book", title="T", creators=_people(25))).plain()
    assert "Author19, A., . . . Author25, A. (n.d.)." in text
    assert "Author20" not in text and "&" not in text


def test_same_author_same_year_letters_by_title(apa: ApaStyle) -> None:
    a = Reference(type="book", title="Zebra studies", creators=[Creator(family="Doe", given="J")],
                  citation_key="z")
    b = Reference(type="book", title="The apple", creators=[Creator(family="Doe", given="J")],
                  citation_key="a")
    for r in (a, b):
        r.issued = __import__("core.dates", fromlist=["PartialDate"]).PartialDate(2023)
    entries = apa.bibliography([a, b])
    assert [e.text()[:17] for e in entries] == ["Doe, J. (2023a). ", "Doe, J. (2023b). "]
    assert entries[0].ref is b  # "The apple" sorts under A, the article ignored
    ctx = CiteContext(refs=[a, b])
    assert apa.cite([CiteItem(a), CiteItem(b)], context=ctx).plain() == "(Doe, 2023a, 2023b)"
    assert apa.cite([CiteItem(a)], mode="narrative", context=ctx).plain() == "Doe (2023b)"


def test_in_text_forms(apa: ApaStyle) -> None:
    refs = _refs()
    ctx = CiteContext(refs=list(refs.values()))

    def cite(key: str, **kw: object) -> str:
        mode = kw.pop("mode", "parenthetical")
        return apa.cite([CiteItem(refs[key], **kw)], mode=mode, context=ctx).plain()  # type: ignore[arg-type]

    assert cite("journal") == "(Әбілқасымова et al., 2023)"
    assert cite("journal-artno", locator="5-7") == "(Smith & Lee, 2023, pp. 5–7)"
    assert cite("journal-artno", mode="narrative") == "Smith and Lee (2023)"
    assert cite("report") == "(United Nations Development Programme, 2022)"
    assert cite("law", locator="15", label="article") == "(О миграции населения, 2011, Art. 15)"
    assert cite("case") == "(Иванов v. Петров, 2020)"
    assert apa.cite([CiteItem(refs["case"])], context=ctx).to_html() == \
        "(<i>Иванов v. Петров</i>, 2020)"
    assert cite("webpage-nd") == "(Adilet legal database, n.d.)"
    assert cite("edited-book", locator="12") == "(van der Meer & King, 2019, p. 12)"


def test_several_works_sorted_in_one_parenthesis(apa: ApaStyle) -> None:
    refs = _refs()
    ctx = CiteContext(refs=list(refs.values()))
    text = apa.cite([CiteItem(refs["report-genre"]), CiteItem(refs["chapter"])],
                    context=ctx).plain()
    assert text == "(Brown, 2019; Tan, 2021)"


def test_et_al_expanded_when_two_works_would_look_alike(apa: ApaStyle) -> None:
    def ref(key: str, second: str) -> Reference:
        r = Reference(type="book", title=key, citation_key=key,
                      creators=[Creator(family="Kapoor", given="A"),
                                Creator(family=second, given="B"),
                                Creator(family="Zed", given="C"),
                                Creator(family="Yu", given="D")])
        r.issued = __import__("core.dates", fromlist=["PartialDate"]).PartialDate(2017)
        return r

    one, two = ref("one", "Bloom"), ref("two", "Bradley")
    ctx = CiteContext(refs=[one, two])
    assert apa.cite([CiteItem(one)], context=ctx).plain() == "(Kapoor, Bloom, et al., 2017)"
    assert apa.cite([CiteItem(two)], context=ctx).plain() == "(Kapoor, Bradley, et al., 2017)"


def test_initials_added_for_different_authors_with_one_family_name(apa: ApaStyle) -> None:
    a = Reference(type="book", title="A", creators=[Creator(family="Ким", given="Лев")])
    b = Reference(type="book", title="B", creators=[Creator(family="Ким", given="Анна")])
    ctx = CiteContext(refs=[a, b])
    assert apa.cite([CiteItem(a)], context=ctx).plain() == "(Л. Ким, n.d.)"


def test_group_author_not_inverted_and_publisher_dropped(apa: ApaStyle) -> None:
    text = apa.entry(_refs()["standard"]).plain()
    assert text.startswith("International Organization for Standardization. (2021).")
    assert text.count("International Organization for Standardization") == 1


def test_no_author_title_moves_to_the_front(apa: ApaStyle) -> None:
    ref = Reference(type="book", title="Merriam-Webster's dictionary", edition="11",
                    publisher="Merriam-Webster")
    assert apa.entry(ref).plain() == \
        "Merriam-Webster's dictionary (11th ed.). (n.d.). Merriam-Webster."


def test_retrieval_date_only_for_undated_pages(apa: ApaStyle) -> None:
    refs = _refs()
    assert "Retrieved" in apa.entry(refs["webpage-nd"]).plain()
    dated = refs["webpage"].with_changes(accessed=refs["webpage-nd"].accessed)
    assert "Retrieved" not in apa.entry(dated).plain()


def test_numbered_option_and_generic_sorts(apa: ApaStyle) -> None:
    refs = list(_refs().values())
    entries = apa.bibliography(refs, ListOptions(numbered=True, sort="year"))
    assert [e.number for e in entries] == list(range(1, len(refs) + 1))
    years = [e.ref.year or e.ref.adopted.year for e in entries if e.ref.year or e.ref.adopted]
    assert years == sorted(years)


def test_transliterated_titles_when_asked(apa: ApaStyle) -> None:
    ref = _refs()["book"].with_changes(title_translit="Migratsionnoe pravo")
    assert "Migratsionnoe pravo [Migration law]" in apa.bibliography(
        [ref], ListOptions(settings={"transliterated": True}))[0].text()
    assert "Миграционное право" in apa.entry(ref).plain()


def test_initials_that_already_tell_first_authors_apart_need_no_more_names(
        apa: ApaStyle) -> None:
    # APA 8.20: first authors with one surname and different initials get their initials; APA
    # 8.18: more names are added only while two citations still look alike. `B. Kim et al.` is
    # already unique; `A. Kim et al.` stands for two works and is expanded.
    def ref(key: str, first: str, second: str, third: str) -> Reference:
        r = Reference(type="article-journal", title=key, citation_key=key, container_title="J",
                      creators=[Creator(family="Kim", given=first),
                                Creator(family=second, given="X"),
                                Creator(family=third, given="Y")])
        r.issued = __import__("core.dates", fromlist=["PartialDate"]).PartialDate(2021)
        return r

    k1, k2, k3 = ref("k1", "Anna", "Lee", "Park"), ref("k2", "Boris", "Ahn", "Choi"), \
        ref("k3", "Anna", "Lee", "Song")
    ctx = CiteContext(refs=[k1, k2, k3])
    assert apa.cite([CiteItem(k2)], context=ctx).plain() == "(B. Kim et al., 2021)"
    assert apa.cite([CiteItem(k1)], context=ctx).plain() == "(A. Kim, Lee, & Park, 2021)"
    assert apa.cite([CiteItem(k3)], context=ctx).plain() == "(A. Kim, Lee, & Song, 2021)"


def test_surname_then_initials_one_author_before_several(apa: ApaStyle) -> None:
    # APA 9.45/9.46: alphabetise by surname, then initials; one-author works before the
    # multi-author works with the same first author. The same person stored with full given
    # names in one record and initials in another must not swap that order.
    solo = Reference(type="book", title="Solo", publisher="P",
                     creators=[Creator(family="Мусабекова", given="Назгуль Маратовна")])
    pair = Reference(type="book", title="Pair", publisher="P",
                     creators=[Creator(family="Мусабекова", given="Н. М."),
                               Creator(family="Талипова", given="Ж. Ж.")])
    solo.issued = __import__("core.dates", fromlist=["PartialDate"]).PartialDate(2010)
    pair.issued = __import__("core.dates", fromlist=["PartialDate"]).PartialDate(2023)
    assert [e.ref for e in apa.bibliography([pair, solo])] == [solo, pair]


def test_untitled_legal_source_sorts_by_what_it_starts_with(apa: ApaStyle) -> None:
    # APA 9.49 (no author: alphabetise by the first significant word of what leads the entry):
    # an untitled court decision prints its description first and sorts by it, not last.
    case = Reference(type="legal_case", genre="Postanovlenie", case_number="6001-21",
                     authority="Supreme Court")
    book = Reference(type="book", title="Zebra", publisher="P",
                     creators=[Creator(family="Zed", given="Z")])
    other = Reference(type="book", title="Apple", publisher="P",
                      creators=[Creator(family="Abe", given="A")])
    texts = [e.text() for e in apa.bibliography([book, case, other])]
    assert texts[1].startswith("Postanovlenie, No. 6001-21")


def test_translator_before_the_edition_in_the_parentheses(apa: ApaStyle) -> None:
    # APA 10.2 (translated book): "The psychology of the child (H. Weaver, Trans.; 2nd ed.)",
    # as apa.csl through citeproc-js gives it; the order was reversed.
    ref = Reference.from_csl({"id": "p", "type": "book", "title": "The psychology of the child",
                              "author": [{"family": "Piaget", "given": "Jean"}],
                              "translator": [{"family": "Weaver", "given": "Helen"}],
                              "edition": "2", "issued": {"date-parts": [[1969]]},
                              "publisher": "Basic Books"})
    assert apa.entry(ref).plain() == ("Piaget, J. (1969). The psychology of the child "
                                      "(H. Weaver, Trans.; 2nd ed.). Basic Books.")


def test_same_author_same_year_titles_in_the_lists_script_order(apa: ApaStyle) -> None:
    # APA 9.47: letters follow the titles' alphabetical order; with Latin-script works first
    # (the list's `script_order`, as apa.csl and citeproc-js give "A thesis" 2019a), the titles
    # follow the same order as the names.
    def book(title: str) -> Reference:
        r = Reference(type="book", title=title, publisher="P", citation_key=title,
                      creators=[Creator(family="Smith", given="John")])
        r.issued = __import__("core.dates", fromlist=["PartialDate"]).PartialDate(2019)
        return r

    ru, en = book("Переводная книга"), book("A thesis")
    assert [e.text()[:17] for e in apa.bibliography([ru, en])] == \
        ["Smith, J. (2019a)", "Smith, J. (2019b)"]
    assert apa.bibliography([ru, en])[0].ref is en
    cyr = apa.bibliography([ru, en], ListOptions(settings={"script_order": "cyrillic-first"}))
    assert cyr[0].ref is ru and cyr[0].text().startswith("Smith, J. (2019a)")


def test_no_retrieval_date_for_a_dated_law_online(apa: ApaStyle) -> None:
    # APA 9.16: retrieval dates only for undated works designed to change; a law is dated by its
    # adoption (the Adilet link of a 2011 law used to say "Retrieved March 15, 2024, from").
    law = Reference.from_csl({"id": "l", "type": "legislation", "title": "О миграции населения",
                              "genre": "Закон Республики Казахстан", "number": "477-IV",
                              "adopted": {"date-parts": [[2011, 7, 22]]},
                              "URL": "https://adilet.zan.kz/rus/docs/Z1100000477",
                              "accessed": {"date-parts": [[2024, 3, 15]]}})
    text = apa.entry(law).plain()
    assert "Retrieved" not in text
    assert text.endswith("(2011). https://adilet.zan.kz/rus/docs/Z1100000477")


def test_untitled_decision_starts_with_a_capital(apa: ApaStyle) -> None:
    case = Reference.from_csl({"id": "c", "type": "legal_case", "genre": "қаулысы",
                               "authority": "Жоғарғы Сот", "case-number": "6001-21",
                               "issued": {"date-parts": [[2021, 3, 12]]}})
    assert apa.entry(case).plain().startswith("Қаулысы, No. 6001-21 (Жоғарғы Сот, March 12,")


def test_thesis_description_from_the_degree(apa: ApaStyle) -> None:
    # APA 10.6: "[Unpublished doctoral dissertation]. University" for a thesis in no database
    # or archive, "[Doctoral dissertation, University]. Archive" otherwise; the record's `degree`
    # (which the GOST styles read) says which, where it used to print "[Thesis]".
    def thesis(**extra: object) -> Reference:
        return Reference.from_csl({"id": "t", "type": "thesis", "title": "Labour migration",
                                   "author": [{"family": "Smith", "given": "John"}],
                                   "publisher": "University of Oxford",
                                   "issued": {"date-parts": [[2019]]}, **extra})
    assert "Labour migration [Unpublished doctoral dissertation]. University of Oxford." in \
        apa.entry(thesis(degree="phd")).plain()
    assert "[Doctoral dissertation, University of Oxford]. ORA." in \
        apa.entry(thesis(degree="phd", archive="ORA")).plain()
    assert "[Abstract of candidate's dissertation]" in \
        apa.entry(thesis(degree="candidate", autoreferat=True)).plain()
    assert "[Master's thesis]" in apa.entry(thesis(genre="Master's thesis")).plain()


def test_standard_designation_follows_its_genre(apa: ApaStyle) -> None:
    # `(National standard ГОСТ Р 7.0.100–2018)`, not `No. ГОСТ Р ...`; a bare number keeps
    # APA's `(ISO Standard No. 45001:2018)`.
    def std(number: str, genre: str) -> str:
        return apa.entry(Reference.from_csl({"id": "s", "type": "standard", "title": "T",
                                             "number": number, "genre": genre})).plain()
    assert "(Национальный стандарт ГОСТ Р 7.0.100–2018)" in \
        std("ГОСТ Р 7.0.100–2018", "национальный стандарт")
    assert "(ISO Standard No. 45001:2018)" in std("45001:2018", "ISO Standard")
