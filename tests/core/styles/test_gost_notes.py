"""ГОСТ Р 7.0.5-2008 footnotes and in-text references (gost-rules.md §0 and §6: 7.0.5 governs
references; its heading `Иванов И. П.` without a comma, up to three names, no repetition after
` / `). Repeat forms: `Там же. С. 45.` (7.0.5 repeat reference), `Ibid. P. 45.` for English works
and `Сонда. Б. 45.` for Kazakh ones: «сонда» ("there") with the Kazakh page word `Б.` of
gost-rules.md §4 [practice] — the form the team's Kazakh-language law journals print (editorial
practice, not fixed by any standard; the source is the §4 note on Kazakh abbreviations)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.errors import ParseError
from core.styles.base import CiteContext, CiteItem, ListOptions, get_style
from core.styles.gost_notes import footnotes, in_text_with_list, load_citation_file

ROOT = Path(__file__).resolve().parents[3]
ITEMS = json.loads((ROOT / "tests" / "fixtures" / "gost" / "sources_40.json").read_text("utf-8"))


def citation_file(*cites: tuple[str, str | None, str]) -> dict[str, object]:
    return {"items": ITEMS, "citations": [
        {"id": i, "locator": loc, "label": label} for i, loc, label in cites]}


def notes(*cites: tuple[str, str | None, str], **settings: object) -> list[str]:
    data = load_citation_file(citation_file(*cites))
    return [n.plain().replace("\u00a0", " ")
            for n in footnotes(data.citations, ListOptions(settings=settings))]


def test_full_then_ibid_then_other_then_short_repeat() -> None:
    out = notes(("ivanov", "45", "page"), ("ivanov", "47", "page"),
                ("migr", "15, п. 2", "article"), ("ivanov", "50", "page"),
                ("migr", "16", "article"))
    assert out[0] == ("Иванов И. П. Миграционное право : монография / под ред. А. В. Петрова, "
                      "С. М. Жакуповой. – Алматы : Жеті жарғы, 2020. – С. 45.")
    assert out[1] == "Там же. С. 47."
    assert out[2].startswith("О миграции населения : Закон Республики Казахстан от 22 июля 2011 "
                             "года № 477-IV")
    assert out[2].endswith("– Ст. 15, п. 2.")
    assert out[3] == "Иванов И. П. Миграционное право. С. 50."      # shortened repeat
    assert out[4] == "О миграции населения. Ст. 16."


def test_ibid_in_the_language_of_the_work() -> None:
    out = notes(("khamzin", "15", "page"), ("khamzin", "17", "page"),
                ("musa", "285", "page"), ("musa", "286", "page"),
                ("abenov", "10", "page"), ("abenov", None, "page"))
    assert out[0].endswith("– P. 15. – DOI 10.47059/ml.v20i5.2891.")
    assert out[1] == "Ibid. P. 17."
    assert out[2] == ("Мусабекова Н. М., Талипова Ж. Ж. Қазақстанға заңсыз көшіп келу "
                      "мәселелері // «ХV Торайғыров оқулары» : Ақын Сұлтанмахмұт Торайғыровтың "
                      "130-жылдығына арналған Халықаралық ғылыми-тәжірибелік конференциясының "
                      "материалдары. – Павлодар : Торайғыров университеті, 2023. – Б. 285.")
    assert out[3] == "Сонда. Б. 286."
    assert out[4].endswith("– Б. 10.")
    assert out[5] == "Сонда."


def test_same_page_again_is_plain_ibid_and_no_ibid_across_another_work() -> None:
    out = notes(("ivanov", "45", "page"), ("ivanov", "45", "page"), ("abenov", "3", "page"),
                ("ivanov", "45", "page"))
    assert out[1] == "Там же."
    assert out[3] == "Иванов И. П. Миграционное право. С. 45."


def test_in_text_numbers_by_first_citation_and_numbered_list() -> None:
    data = load_citation_file(citation_file(
        ("khamzin", "15", "page"), ("ivanov", "45", "page"), ("migr", "15, п. 2", "article"),
        ("khamzin", "17", "page"), ("musa", "285", "page")))
    marks, entries = in_text_with_list(data.citations)
    assert [m.plain().replace("\u00a0", " ") for m in marks] == [
        "[1, p. 15]", "[2, с. 45]", "[3, ст. 15, п. 2]", "[1, p. 17]", "[4, б. 285]"]
    assert [e.number for e in entries] == [1, 2, 3, 4]
    assert [e.ref.citation_key for e in entries] == ["khamzin", "ivanov", "migr", "musa"]
    assert entries[1].text().endswith("\u00a0– 312\u00a0с.")   # the list gives the page count


def test_gost_list_styles_also_cite_in_text_and_as_notes() -> None:
    data = load_citation_file(citation_file(("ivanov", "45", "page")))
    style = get_style("gost-r-7.0.100")
    ctx = CiteContext()
    (cite,) = data.citations
    assert style.cite(cite, context=ctx).plain() == "[1, с.\u00a045]"
    note = style.cite(cite, mode="note", context=ctx).plain().replace("\u00a0", " ")
    assert note.startswith("Иванов, И. П. Миграционное право") and "– С. 45. –" in note
    assert style.cite([CiteItem(data.refs[0], "1")], context=ctx,
                      options=ListOptions(settings={"nbsp": False})).plain() == "[2, с. 1]"


def test_bad_citation_files_are_typed_errors_naming_the_entry() -> None:
    with pytest.raises(ParseError, match="citation 1 cites `nope`"):
        load_citation_file({"items": ITEMS, "citations": [{"id": "nope"}]})
    with pytest.raises(ParseError, match="items"):
        load_citation_file({"citations": []})
    with pytest.raises(ParseError, match="item 1 has no `id`"):
        load_citation_file({"items": [{"type": "book"}], "citations": []})


def test_several_works_in_one_footnote_and_one_bracket() -> None:
    data = load_citation_file({"items": ITEMS, "citations": [
        {"cites": [{"id": "ivanov", "locator": "45"}, {"id": "migr", "locator": "15",
                                                       "label": "article"}]},
        {"id": "ivanov", "locator": "46"},
        {"id": "ivanov", "locator": "47"},
    ]})
    out = [n.plain().replace("\u00a0", " ") for n in footnotes(data.citations)]
    assert out[0].startswith("Иванов И. П. Миграционное право : монография")
    # ГОСТ Р 7.0.5-2008, комплексная ссылка: the references are separated by ` ; ` (a space on
    # both sides), the closing full stop of each but the last dropped.
    assert "С. 45 ; О миграции населения : Закон" in out[0] and out[0].endswith("– Ст. 15.")
    assert ".;" not in out[0] and ". ;" not in out[0]
    assert out[1] == "Иванов И. П. Миграционное право. С. 46."   # no Там же after two works
    assert out[2] == "Там же. С. 47."
    marks, entries = in_text_with_list(data.citations)
    assert marks[0].plain().replace("\u00a0", " ") == "[1, с. 45; 2, ст. 15]"
    assert len(entries) == 2
    with pytest.raises(ParseError, match="non-empty"):
        load_citation_file({"items": ITEMS, "citations": [{"cites": []}]})


def test_kazakh_list_language() -> None:
    from core.model import Reference

    refs = [Reference.from_csl(i) for i in ITEMS if i["id"] in ("migr-kk", "abenov")]
    entries = get_style("gost-r-7.0.100").bibliography(
        refs, ListOptions(settings={"sections": True, "list_language": "kk"}))
    assert [e.section for e in entries] == ["Нормативтік құқықтық актілер", "Арнайы әдебиеттер"]
    text = entries[0].text().replace("\u00a0", " ")
    assert "(қаралған күні: 15.03.2024)" in text and text.endswith("Мәтін : электрондық.")


def test_complex_reference_keeps_an_abbreviations_stop_and_the_list_styles_join_alike() -> None:
    """ГОСТ Р 7.0.5-2008, комплексная ссылка: ` ; ` between the references; a reference ending
    with an abbreviation (`432 p.`) keeps that stop, as `Т.` or `с.` would; one full stop ends the
    note. gost-r-7.0.100 notes (mode="note") are joined the same way."""
    data = load_citation_file({"items": ITEMS, "citations": [
        {"cites": [{"id": "castles"}, {"id": "abenov", "locator": "10"},
                   {"id": "musa", "locator": "285"}]}]})
    (note,) = [n.plain().replace("\u00a0", " ") for n in footnotes(data.citations)]
    assert "– 432 p. ; Әбенов Ә. Ғ. Көші-қон құқығы. – Астана : Фолиант, 2021. – Б. 10 ; " \
           "Мусабекова Н. М., Талипова Ж. Ж." in note
    assert note.endswith("– Б. 285.") and note.count(".;") == 0
    style = get_style("gost-r-7.0.100")
    both = style.cite(data.citations[0], mode="note", context=CiteContext()).plain()
    assert "непосредственный\u00a0; Әбенов" in both   # a no-break space: no line starts `;`
    assert "– Текст : непосредственный ; Әбенов, Ә. Ғ. Көші-қон құқығы" in \
        both.replace("\u00a0", " ")


def test_ibid_compares_page_ranges_however_typed() -> None:
    """ГОСТ Р 7.0.5-2008 repeat reference: `Там же.` alone when the same pages are cited again;
    `12-14` and `12–14` are the same pages."""
    out = notes(("collective", "12-14", "page"), ("collective", "12–14", "page"),
                ("collective", "15", "page"))
    assert out[1] == "Там же."
    assert out[2] == "Там же. С. 15."
