"""Duplicate candidates: the four rules, titles across scripts and schemes, the never-merge rules,
real libraries with real duplicates, the incremental form, and properties of the scanner."""

from __future__ import annotations

import gc
import json
import random
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.crossref_mapping import work_to_reference
from core.dates import PartialDate
from core.duplicates import (
    DuplicateCandidate,
    compare,
    find_duplicates,
    find_duplicates_of,
    fingerprint,
    fingerprint_from_csl,
    is_exact_duplicate,
)
from core.identifiers import normalize_isbn
from core.model import Creator, Issn, Reference
from core.translit import SCHEMES, transliterate
from tests.support import bibtex_refs, ris_refs
from tests.support.paths import CROSSREF_FIXTURES, SHARED_FIXTURES

BIBTEX = SHARED_FIXTURES / "bibtex"


def art(title: str, family: str | None = "Хамзин", year: int | None = 2020,
        **kw: object) -> Reference:
    creators = [Creator(family=family, given="А.")] if family else []
    return Reference(title=title, creators=creators,
                     issued=PartialDate(year) if year else None, **kw)  # type: ignore[arg-type]


def pairs(refs: list[Reference]) -> dict[tuple[int, int], DuplicateCandidate]:
    return {c.pair: c for c in find_duplicates(list(enumerate(refs)))}


@cache
def crossref_item(name: str) -> Reference:
    data = json.loads((CROSSREF_FIXTURES / "items" / name).read_text(encoding="utf-8"))
    return work_to_reference(data)


# ---------------------------------------------------------------------------------- across scripts
RU_TITLE = "Правовое регулирование трудовой миграции в Республике Казахстан: проблемы и перспективы"
KK_TITLE = "Қазақстандағы көші-қон саясатының құқықтық негіздері және жаңа жағдайлары"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("title, family", [(RU_TITLE, "Хамзин"), (KK_TITLE, "Жұмабаева")])
def test_a_cyrillic_original_matches_its_transliteration_by_any_scheme(
        scheme: str, title: str, family: str) -> None:
    original = art(title, family)
    latin = art(transliterate(title, scheme), transliterate(family, scheme), year=2021)
    found = pairs([original, latin, art("Трудовое право", family)])
    assert list(found) == [(0, 1)]
    reason = found[(0, 1)].reasons[0]
    assert "(transliterated)" in reason and "year ±1" in reason and "same first author" in reason


def test_a_real_russian_crossref_record_matches_a_transliterated_copy_without_doi() -> None:
    real = crossref_item("item_10.7868_s0040357115030100.json")
    assert real.title and real.title.startswith("Математическое моделирование")
    copy = Reference(type="article-journal", title=transliterate(real.title, "lc"),
                     creators=[Creator(family=transliterate(c.family, "lc"), given=c.given)
                               for c in real.creators],
                     issued=real.issued, container_title="Teoreticheskie osnovy khimicheskoi "
                     "tekhnologii", volume=real.volume, page="361")
    other = crossref_item("item_10.1353_imp.2004.0111.json")  # another Russian article
    found = pairs([real, copy, other])
    assert set(found) == {(0, 1)}
    assert found[(0, 1)].score > 0.9


def test_the_transliterated_and_translated_title_fields_take_part() -> None:
    record = art(RU_TITLE, title_translit=transliterate(RU_TITLE, "bsi"),
                 title_translated="Legal regulation of labour migration in the Republic of "
                                  "Kazakhstan: problems and prospects")
    scopus = art("Legal Regulation of Labour Migration in the Republic of Kazakhstan: Problems "
                 "and Prospects", "Khamzin")
    translit_lc = art(transliterate(RU_TITLE, "lc"), "Khamzin")
    found = pairs([record, scopus, translit_lc])
    assert "(translated)" in found[(0, 1)].reasons[0]
    assert "(transliterated)" in found[(0, 2)].reasons[0]
    assert (1, 2) not in found  # an English title is not a transliteration of the Russian one


# ---------------------------------------------------------------------------------- the four rules
def test_same_doi_is_case_insensitive_and_scores_highest() -> None:
    a = art("Migration law", "Smith", doi="10.1000/ABC.1")
    b = art("MIGRATION LAW.", "Smith", year=2023, doi="10.1000/abc.1")
    assert fingerprint(0, a).doi == "10.1000/abc.1"
    found = pairs([a, b])
    assert found[(0, 1)].reasons[0] == "same DOI" and found[(0, 1)].score == 1.0


def test_same_isbn_in_either_form_on_whole_books_but_not_on_chapters() -> None:
    isbn13 = normalize_isbn("0521441803")
    book = Reference(type="book", title="Handbook of Categorical Algebra", isbn=[isbn13],
                     creators=[Creator(family="Borceux")], issued=PartialDate(1994))
    again = Reference.from_csl({"type": "book", "title": "HANDBOOK OF CATEGORICAL ALGEBRA.",
                                "ISBN": "0-521-44180-3", "issued": {"date-parts": [[1995]]}})
    chapter_1 = Reference(type="chapter", title="Sheaf theory", isbn=[isbn13])
    chapter_2 = Reference(type="chapter", title="Locales", isbn=[isbn13])
    found = pairs([book, again, chapter_1, chapter_2])
    assert list(found) == [(0, 1)]
    assert found[(0, 1)].reasons[0] == "same ISBN"


def test_same_isbn_with_unrelated_titles_is_a_set_and_its_volume_not_a_pair() -> None:
    isbn = normalize_isbn("0521441803")
    found = pairs([Reference(type="book", title="Handbook of Categorical Algebra", isbn=[isbn]),
                   Reference(type="book", title="Sheaf Theory", isbn=[isbn], volume="3")])
    assert found == {}


def test_same_issn_volume_and_first_page_with_a_retyped_title() -> None:
    a = art("Migration policy in Central Asia", "Omarov", issn=[Issn("1741-8992")],
            volume="17", page="45-67", container_title="Migration Letters")
    b = art("Migration policies of Central Asia", None, issn=[Issn("1741-8992")],
            volume="17", page="45", year=None)
    c = art("Migration policy in Central Asia", "Omarov", issn=[Issn("1741-8992")],
            volume="18", page="10-20", year=2021)  # another volume, another page
    found = pairs([a, b, c])
    assert set(found) == {(0, 1)}
    assert found[(0, 1)].reasons[0] == "same ISSN + volume + first page"


def test_similar_title_needs_the_year_within_one_and_the_same_first_author() -> None:
    base = art("Illegal labour migration in Kazakhstan after 2014", "Seitkali", year=2020)
    found = pairs([base,
                   art("Illegal labor migration in Kazakhstan after 2014", "Seitkali", 2021),
                   art("Illegal labour migration in Kazakhstan after 2014", "Seitkali", 2023),
                   art("Illegal labour migration in Kazakhstan after 2014", "Omarov", 2020)])
    assert set(found) == {(0, 1)}
    assert found[(0, 1)].reasons == ("similar title 0.99 + year ±1 + same first author",)


def test_a_dropped_subtitle_still_matches() -> None:
    found = pairs([art("Practical Planning: Extending the Classical AI Planning Paradigm",
                       "Wilkins", 1988), art("Practical planning", "Wilkins", 1988)])
    assert "without subtitle" in found[(0, 1)].reasons[0]


def test_exact_duplicates_for_the_automatic_merge_on_import() -> None:
    isbn = normalize_isbn("0521441803")
    work = art("Migration law", "Smith", doi="10.1000/abc.1")
    assert is_exact_duplicate((1, work), (2, art("MIGRATION LAW", None, doi="10.1000/ABC.1")))
    book = Reference(type="book", title="Handbook of Categorical Algebra", isbn=[isbn])
    assert is_exact_duplicate((1, book), (2, book.with_changes(title="Handbook of categorical "
                                                                     "algebra.")))
    # A chapter given its book's DOI, a near-identical title without any identifier, a book
    # with a different DOI: the user decides.
    assert not is_exact_duplicate((1, work), (2, art("The art of reviewing", "Smith",
                                                     doi="10.1000/abc.1")))
    assert not is_exact_duplicate((1, work), (2, art("Migration law", "Smith")))
    assert not is_exact_duplicate((1, book.with_changes(doi="10.1/x.1")),
                                  (2, book.with_changes(doi="10.1/x.2")))


# ---------------------------------------------------------------------------------- never
def test_two_records_with_different_dois_are_never_duplicates() -> None:
    a = art(RU_TITLE, doi="10.1101/2020.01.01.000001")
    b = art(RU_TITLE, doi="10.1234/journal.2020.1")
    assert pairs([a, b]) == {}
    assert compare((1, a), (2, b)) is None


@pytest.mark.parametrize("notice_title", [
    "Retraction Note: Labour migration and the law in Central Asia",
    "RETRACTION: Labour migration and the law in Central Asia",
    "Notice of Retraction: Labour migration and the law in Central Asia",
    "Correction to: Labour migration and the law in Central Asia",
    "Erratum: Labour migration and the law in Central Asia",
    "Ретракция: Labour migration and the law in Central Asia",
])
def test_a_retraction_or_correction_notice_is_not_the_work(notice_title: str) -> None:
    work = art("Labour migration and the law in Central Asia", "Seitkali")
    notice = art(notice_title, "Seitkali")
    assert pairs([work, notice]) == {}


def test_a_crossref_notice_by_update_to_is_not_the_work_even_with_the_same_title() -> None:
    work = art("Single-molecule FRET studies", "Lee", doi=None)
    notice = art("Single-molecule FRET studies", "Lee",
                 extra={"update-to": [{"DOI": "10.1038/srep16696", "type": "retraction"}]})
    assert pairs([work, notice]) == {}


def test_a_work_retitled_retracted_is_still_the_work() -> None:
    found = pairs([art("Labour migration and the law in Central Asia", "Seitkali"),
                   art("RETRACTED ARTICLE: Labour migration and the law in Central Asia",
                       "Seitkali")])
    assert found[(0, 1)].reasons[0].startswith("same title")


@pytest.mark.parametrize("x, y", [
    ("Migration law of Kazakhstan. Part 1", "Migration law of Kazakhstan. Part 2"),
    ("Migration law of Kazakhstan. Part I", "Migration law of Kazakhstan. Part II"),
    ("CUPROUS OXIDE PHOTOVOLTAIC CELLS (third quarterly report)",
     "CUPROUS OXIDE PHOTOVOLTAIC CELLS (fourth quarterly report)"),
    ("Миграционное право. Часть 1", "Миграционное право. Часть 2"),
    ("Point Defects and Transport in Oxides", "Point Defects and Transport in Oxides (II)"),
    ("Labour migration report 2019", "Labour migration report 2020"),
])
def test_titles_that_differ_in_a_part_or_number_are_different_works(x: str, y: str) -> None:
    assert pairs([art(x, "Trivich"), art(y, "Trivich")]) == {}


def test_laws_with_the_same_title_and_different_numbers_are_different_laws() -> None:
    title = ("О внесении изменений и дополнений в некоторые законодательные акты Республики "
             "Казахстан по вопросам миграции населения")
    laws = [Reference(type="legislation", title=title, number=n, issued=PartialDate(2019))
            for n in ("241-VI", "262-VI")]
    same = Reference(type="legislation", title=title, number="241-VI",
                     issued=PartialDate(2019, 12))
    assert set(pairs([*laws, same])) == {(0, 2)}


def test_a_thesis_and_the_article_drawn_from_it_are_different_publications() -> None:
    found = pairs([art("Procedural knowledge", "Georgeff", 1986, type="report"),
                   art("Procedural knowledge", "Georgeff", 1987, type="article-journal"),
                   art("Procedural knowledge", "Georgeff", 1987, type="paper-conference")])
    assert set(found) == {(1, 2)}  # journal and conference versions: the user decides


# ---------------------------------------------------------------------------------- real libraries
@cache
def gost_examples() -> dict[str, Reference]:
    return bibtex_refs.load(BIBTEX / "biblatex-gost-examples_russian.bib")


def _keyed(refs: dict[str, Reference]) -> tuple[set[frozenset[str]], dict[frozenset[str], str]]:
    keys = list(refs)
    found = find_duplicates([(i, refs[k]) for i, k in enumerate(keys)])
    reasons = {frozenset((keys[c.a], keys[c.b])): c.reason for c in found}
    return set(reasons), reasons


def test_real_russian_library_its_duplicate_entries_are_found() -> None:
    found, reasons = _keyed(gost_examples())
    for a, b in [("patent1h", "patent1"), ("standard2h", "standard2"),
                 ("heidegger:vb1993", "heidegger:vb1991"), ("kant:kpr", "kant:kprbook"),
                 ("freud:pts", "freud:pts-07")]:
        assert frozenset((a, b)) in found, (a, b)
    # A multi-volume set and its third volume share an ISBN: not a duplicate.
    assert frozenset(("borceux:hca", "borceux:hca3")) not in found
    # Every pair the scan reports is explained by one of its rules.
    assert all(r.startswith(("same", "similar")) for r in reasons.values())


def test_real_library_with_duplicate_keys_finds_the_re_typed_entries() -> None:
    refs = bibtex_refs.load(BIBTEX / "bbt_873_malformed_988_entries.bib")
    found, reasons = _keyed(refs)
    for a, b in [("Clowes:71", "Clowes:1971"), ("Kowalski:75", "Kowalski:1975"),
                 ("McDermott:98:pddl", "ghallab98pddl"), ("Wilkins:88", "wilkins88practical")]:
        assert frozenset((a, b)) in found, (a, b)
    assert "without subtitle" in reasons[frozenset(("Wilkins:88", "wilkins88practical"))]
    # "Reasoning about Action I" and "... II" by the same authors are two papers.
    assert frozenset(("Ginsberg-Smith-88-AIJ-1", "Ginsberg-Smith-88-AIJ-2")) not in found


def test_real_mendeley_export_a_doi_shared_by_unrelated_titles_is_flagged_low() -> None:
    refs = bibtex_refs.load(BIBTEX / "bbt_mendeley_export_465_entries.bib")
    keys = list(refs)
    found = {frozenset((keys[c.a], keys[c.b])): c
             for c in find_duplicates([(i, refs[k]) for i, k in enumerate(keys)])}
    pair = found[frozenset(("Phruksachart2018", "Furnham1991"))]
    assert pair.reasons == ("same DOI, but the titles differ",) and pair.score < 0.7


def test_real_chapters_of_one_book_are_not_duplicates_of_each_other() -> None:
    refs = bibtex_refs.load(BIBTEX / "rbibtex_r_stats_references_171_entries.bib")
    found, _ = _keyed(refs)
    chapters = {"chambers+freeny+heiberger:1992", "chambers:1992:chap4", "chambers+hastie:1992"}
    assert not any(pair <= chapters for pair in found)
    assert frozenset(("gardner+harvey+phillips:1980", "gardener+harvey+phillips:1980")) in found


def test_real_exports_of_the_same_works_by_five_tools_meet_even_without_dois() -> None:
    """Scopus, Web of Science, Zotero, Mendeley and EndNote exports of the same works (the
    asreview set). Without their DOIs (typed in, or exported by a tool that drops them) the
    records still meet by title + year + first author; the correction notices never meet the
    works they correct."""
    ris = SHARED_FIXTURES / "ris"
    refs: list[Reference] = []
    for name in ("scopus", "wos", "zotero", "mendeley", "endnote"):
        refs += ris_refs.load(ris / f"{name}_asreview_10_refs.ris")
    groups: dict[str, set[int]] = {}
    for i, ref in enumerate(refs):
        assert ref.doi
        groups.setdefault(ref.doi, set()).add(i)
    shared = {d: g for d, g in groups.items() if len(g) > 1}
    assert len(shared) == 10
    stripped = [r.with_changes(doi=None) for r in refs]
    found = {c.pair: c for c in find_duplicates(list(enumerate(stripped)))}
    wanted = {(a, b) for g in shared.values() for a in g for b in g if a < b}
    assert wanted <= set(found)
    extra = set(found) - wanted
    assert extra == set(), [(refs[a].title, refs[b].title) for a, b in extra]
    notices = [i for i, r in enumerate(refs) if (r.title or "").startswith("Erratum")]
    assert notices and not any(c.a in notices or c.b in notices
                               for c in found.values()
                               if refs[c.a].doi != refs[c.b].doi)
    assert all(found[p].reasons[-1] == "same title + same year + same first author"
               for p in wanted)


# ---------------------------------------------------------------------------------- API forms
def test_fingerprints_from_stored_csl_and_from_records_agree() -> None:
    ref = crossref_item("item_10.12737_article_5c540335bce0b3.79330897.json")
    ref.isbn = [normalize_isbn("0521441803")]
    csl = ref.to_csl(include_id=False)
    first = ref.authors[0].family
    assert fingerprint_from_csl(5, csl, ref.year, first) == fingerprint(5, ref)


def test_fingerprints_and_records_may_be_mixed() -> None:
    a = art(RU_TITLE)
    found = find_duplicates([fingerprint(1, a), (2, art(transliterate(RU_TITLE, "bsi"),
                                                       "Khamzin"))])
    assert [c.pair for c in found] == [(1, 2)]


def test_new_records_against_an_existing_library() -> None:
    library = [(1, art(RU_TITLE)), (2, art(RU_TITLE)), (3, art("Другая работа"))]
    new = [(-1, art(transliterate(RU_TITLE, "gost-7.79-b"), "Xamzin")),
           (-2, art(transliterate(RU_TITLE, "lc"), "Khamzin"))]
    found = {c.pair for c in find_duplicates_of(new, library)}
    # The new records meet the library and each other; the library's own pair is not re-reported.
    assert found == {(-1, 1), (-1, 2), (-2, 1), (-2, 2), (-2, -1)}
    alone = {c.pair for c in find_duplicates_of(new, library, among_new=False)}
    assert alone == found - {(-2, -1)}


def test_pairs_the_user_marked_are_left_out_and_progress_is_reported() -> None:
    refs = [(1, art(RU_TITLE)), (2, art(RU_TITLE)), (3, art(RU_TITLE))]
    seen: list[tuple[int, int]] = []
    found = find_duplicates(refs, exclude={(1, 2)}, progress=lambda d, t: seen.append((d, t)))
    assert {c.pair for c in found} == {(1, 3), (2, 3)}
    assert seen and seen[-1][0] == seen[-1][1]


def test_cancel_stops_a_scan() -> None:
    from core.errors import CancelledError

    rng = random.Random(3)
    refs = [(i, art(" ".join(rng.sample(WORDS, 5)), rng.choice(FAMILIES), 2000 + i % 3))
            for i in range(3000)]
    with pytest.raises(CancelledError):
        find_duplicates(refs, cancel=lambda: True)


# ---------------------------------------------------------------------------------- properties
WORDS = ["миграция", "право", "Қазақстан", "көші-қон", "migration", "law", "policy", "labour",
         "Kazakhstan", "регулирование", "құқық", "border", "трудовая", "refugees"]
FAMILIES = ["Хамзин", "Khamzin", "Жұмабаева", "Smith", "Omarov", "Омаров"]
DOIS = ["10.1000/a", "10.1000/A", "10.2000/b", "10.3000/c"]


@st.composite
def records(draw: st.DrawFn) -> Reference:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6))
    title = " ".join(words)
    if draw(st.booleans()):
        title = transliterate(title, draw(st.sampled_from(SCHEMES)))
    return Reference(
        type=draw(st.sampled_from(["article-journal", "book", "chapter", "legislation"])),
        title=title,
        creators=[Creator(family=draw(st.sampled_from(FAMILIES)))] if draw(st.booleans())
        else [],
        issued=PartialDate(draw(st.integers(2018, 2021))) if draw(st.booleans()) else None,
        doi=draw(st.sampled_from([None, *DOIS])),
        isbn=[normalize_isbn("0521441803")] if draw(st.booleans()) else [],
        issn=[Issn("1741-8992")] if draw(st.booleans()) else [],
        volume=draw(st.sampled_from([None, "1", "2"])),
        page=draw(st.sampled_from([None, "1-10", "1", "5"])))


@settings(deadline=None, max_examples=150)
@given(st.lists(records(), min_size=2, max_size=14), st.randoms(use_true_random=False))
def test_scanner_properties(refs: list[Reference], rnd: random.Random) -> None:
    items = list(enumerate(refs))
    found = find_duplicates(items)
    for c in found:
        assert c.a < c.b  # each pair once, lower id first, never a record with itself
        da, db = refs[c.a].doi, refs[c.b].doi
        assert not (da and db and da.lower() != db.lower())  # different DOIs: never
        assert 0 < c.score <= 1 and c.reasons
    assert len({c.pair for c in found}) == len(found)
    # The order of the records changes nothing.
    shuffled = items[:]
    rnd.shuffle(shuffled)
    assert [(c.pair, c.score, c.reasons) for c in find_duplicates(shuffled)] == \
        [(c.pair, c.score, c.reasons) for c in found]
    # Symmetric, and the scan agrees with the verdict on each pair it reports.
    for c in found:
        one = compare(items[c.a], items[c.b])
        other = compare(items[c.b], items[c.a])
        assert one == other == c


@settings(deadline=None, max_examples=60)
@given(st.lists(records(), min_size=1, max_size=8), st.lists(records(), min_size=1, max_size=8))
def test_incremental_scan_is_the_full_scan_restricted_to_new_records(
        old: list[Reference], new: list[Reference]) -> None:
    existing = [(i, r) for i, r in enumerate(old)]
    added = [(100 + i, r) for i, r in enumerate(new)]
    full = {c.pair: c for c in find_duplicates(existing + added)}
    wanted = {p: c for p, c in full.items() if p[0] >= 100 or p[1] >= 100}
    assert {c.pair: c for c in find_duplicates_of(added, existing)} == wanted


def test_a_block_too_large_for_every_pair_still_meets_alike_titles() -> None:
    """600 laws without authors whose titles start and end alike ("О внесении изменений ... в
    некоторые законодательные акты Республики Казахстан"): both title blocks are too large for
    every pair, so they are scanned with a bounded window in title order, and the two copies of
    one law still meet."""
    rng = random.Random(11)
    topics = ["миграции", "гражданства", "труда", "образования", "здравоохранения", "налогов",
              "таможни", "транспорта", "связи", "культуры", "спорта", "экологии"]
    laws = []
    for i in range(600):
        words = " ".join(rng.sample(topics, 4))
        laws.append((i, Reference(type="legislation", issued=PartialDate(2019),
                                  title=f"О внесении изменений и дополнений по вопросам {words} "
                                        "в некоторые законодательные акты Республики Казахстан",
                                  number=f"{i}-VI")))
    copy = laws[123][1].with_changes(title=laws[123][1].title.upper() + ".")
    found = find_duplicates([*laws, (1000, copy)])
    assert [c.pair for c in found] == [(123, 1000)]


def test_the_scan_pauses_the_garbage_collector_and_always_restores_it() -> None:
    """The comparison makes many small objects and no cycles: the cyclic collector is paused
    (its passes held the GIL a quarter of a second at a time, stalling the window's thread)
    and switched back on afterwards, also when the scan stops with an error."""
    refs = [(i, art(f"Правовое регулирование миграции {i % 40}", year=2000 + i % 7))
            for i in range(400)]
    during: list[bool] = []
    find_duplicates(refs, progress=lambda done, total: during.append(gc.isenabled()))
    assert during and not any(during)
    assert gc.isenabled()

    def fail(done: int, total: int) -> None:
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        find_duplicates_of(refs[:10], refs[10:], progress=fail)
    assert gc.isenabled()
