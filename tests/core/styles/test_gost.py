"""GOST 7.1-2003 and GOST R 7.0.100-2018 reference lists.

Each test names the section of ../shared/reference/gost-rules.md it exercises (§1 heading and
responsibility, §2 punctuation, §3 content type and electronic resources, §4 language of the
elements, §5 ordering, §6 differences) or the legal rules of issue #5. The real publication list in
../shared/context/000_87b22566ea92346f.txt is the source of the team's own records below."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from core.model import Reference
from core.styles.base import ListOptions, StyleError, get_style
from core.styles.gost import normalize_issue, normalize_range

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT / ".." / "shared"
FIXTURE = ROOT / "tests" / "fixtures" / "gost" / "sources_40.json"
PUBLICATIONS = SHARED / "context" / "000_87b22566ea92346f.txt"


def load() -> dict[str, Reference]:
    return {i["id"]: Reference.from_csl(i) for i in json.loads(FIXTURE.read_text("utf-8"))}


REFS = load()


def fmt(style: str, key: str | Reference, **settings: Any) -> str:
    ref = REFS[key] if isinstance(key, str) else key
    # Records carry no-break spaces (the `nbsp` setting, tested below); compare them as spaces.
    return get_style(style).entry(ref, ListOptions(settings=settings)).plain().replace(
        "\u00a0", " ")


# --------------------------------------------------------------------------- the team's own records
def test_publication_list_records_are_the_ones_in_the_context_file() -> None:
    text = PUBLICATIONS.read_text("utf-8")
    for key in ("khamzin", "musa", "dubov"):
        title = REFS[key].title or ""
        assert title.split(":")[0] in text, key
    assert "Migration Letters" in text and "Торайғыров университеті" in text


def test_english_article_five_plus_authors_title_first_and_doi() -> None:
    # §1: 4+ authors -> no heading; 5+ -> first three + [et al.] (English item); §3: DOI area.
    assert fmt("gost-r-7.0.100", "khamzin") == (
        "Perspectives on Labor Migration : Insights from Kazakhstan / A. Sh. Khamzin, "
        "Z. A. Khamzina, S. Sh. Daubassov [et al.]. – Текст : непосредственный // Migration "
        "Letters. – 2023. – Vol. 20, No. 5. – P. 12–22. – DOI 10.47059/ml.v20i5.2891.")


def test_kazakh_conference_paper_uses_kazakh_page_word() -> None:
    # §4 Kazakh item: pages of a part `Б. 284–288`; §2 colon in a stored title printed ` : `.
    assert fmt("gost-7.1", "musa") == (
        "Мусабекова, Н. М. Қазақстанға заңсыз көшіп келу мәселелері / Н. М. Мусабекова, "
        "Ж. Ж. Талипова // «ХV Торайғыров оқулары» : Ақын Сұлтанмахмұт Торайғыровтың "
        "130-жылдығына арналған Халықаралық ғылыми-тәжірибелік конференциясының материалдары. "
        "– Павлодар : Торайғыров университеті, 2023. – Б. 284–288.")


def test_short_et_al_setting() -> None:
    # §1 (c): first name + [et al.]
    out = fmt("gost-r-7.0.100", "khamzin", et_al="short")
    assert "/ A. Sh. Khamzin [et al.]. –" in out
    assert "S. K. Zhetpisov" in fmt("gost-r-7.0.100", "khamzin", et_al="all")


# --------------------------------------------------------------------------- books (§1, §2)
def test_authored_monograph_with_declined_editors() -> None:
    # §1: heading `Иванов, И. П.`, all authors after ` / `, editors in the genitive after ` ; `.
    assert fmt("gost-r-7.0.100", "ivanov") == (
        "Иванов, И. П. Миграционное право : монография / И. П. Иванов ; под редакцией "
        "А. В. Петрова, С. М. Жакуповой. – Алматы : Жеті жарғы, 2020. – 312 с. – Текст : "
        "непосредственный.")
    # §6: 7.1 abbreviates (`под ред.`) and has no content-type area.
    assert fmt("gost-7.1", "ivanov") == (
        "Иванов, И. П. Миграционное право : монография / И. П. Иванов ; под ред. "
        "А. В. Петрова, С. М. Жакуповой. – Алматы : Жеті жарғы, 2020. – 312 с.")


def test_collective_monograph_five_authors_edition() -> None:
    # §1: 5 authors -> title first, first three + [и др.]; edition area `2-е изд.`; 7.1 `М.`.
    assert fmt("gost-7.1", "collective") == (
        "Незаконная миграция : аспекты противодействия : коллективная монография / "
        "А. Ш. Хамзин, Ж. А. Хамзина, С. Ш. Даубасов [и др.]. – 2-е изд. – М. : Юрайт, 2022. – "
        "248 с.")


def test_exactly_four_authors_all_named_and_indeclinable_names() -> None:
    # §1 project decision: exactly 4 -> all four names.
    assert fmt("gost-r-7.0.100", "four") == (
        "Миграционная политика Казахстана : учебное пособие / Т. К. Абишев, Д. М. Бекова, "
        "Е. А. Ким, О. В. Ли. – Санкт-Петербург : Питер, 2019. – 196 с. – Текст : "
        "непосредственный.")


def test_kazakh_book_and_kazakh_edited_book() -> None:
    # §4: `356 б.`, `ред.`, `құраст.`; Ә sorts and prints as a first-class letter.
    assert fmt("gost-r-7.0.100", "abenov") == (
        "Әбенов, Ә. Ғ. Көші-қон құқығы / Ә. Ғ. Әбенов. – Астана : Фолиант, 2021. – 356 б. – "
        "Текст : непосредственный.")
    assert fmt("gost-7.1", "edited-kk") == (
        "Көші-қон саясаты : оқу құралы / ред. А. Сәрсенбайқызы ; құраст. Г. Т. Оспанова. – "
        "Алматы : Қазақ университеті, 2019. – 210 б.")


def test_english_book_three_authors_particle_and_edition() -> None:
    # §4 English item: `6th ed.`, `432 p.`
    assert fmt("gost-7.1", "castles") == (
        "Castles, S. The Age of Migration : International Population Movements in the Modern "
        "World / S. Castles, H. de Haas, M. J. Miller. – 6th ed. – London : Red Globe Press, "
        "2020. – 432 p.")


# --------------------------------------------------------------------------- components (§2, §3)
def test_russian_article_with_volume_issue_whole_number_and_doi() -> None:
    # §2: `– 2023. – Т. 12, № 2 (65). – С. 43–53.`; §3 DOI without colon.
    assert fmt("gost-r-7.0.100", "article-ru") == (
        "Талипова, Ж. Ж. Правовые основы трудовой миграции в Республике Казахстан / "
        "Ж. Ж. Талипова, О. Б. Дубовицкая. – Текст : непосредственный // Вестник Торайгыров "
        "университета. Серия Юридическая. – 2023. – Т. 12, № 2 (65). – С. 43–53. – DOI "
        "10.48081/abcd1234.")


def test_kazakh_article() -> None:
    assert fmt("gost-7.1", "article-kk") == (
        "Жетпісов, С. К. Еңбек көші-қонын құқықтық реттеудің өзекті мәселелері / "
        "С. К. Жетпісов, Б. Құрманғалиұлы // ҚазҰУ Хабаршысы. Заң сериясы. – 2022. – Т. 101, "
        "№ 1. – Б. 15–24. – DOI 10.26577/japj.2022.v101.i1.02.")


def test_chapters_in_three_languages() -> None:
    # §1: editors of the host book after its title, declined in Russian.
    assert fmt("gost-7.1", "chapter-ru") == (
        "Яковлев, П. С. Вынужденная миграция и права человека / П. С. Яковлев // Актуальные "
        "проблемы миграционного права / под ред. О. Е. Кутафина. – М. : Проспект, 2018. – "
        "С. 87–104.")
    assert fmt("gost-7.1", "chapter-kk") == (
        "Оразова, Ә. Б. Көші-қон және адам құқықтары / Ә. Б. Оразова // Қазақстан "
        "Республикасының әкімшілік құқығы / ред. А. Қ. Байтурсынов. – Астана : Ел-шежіре, "
        "2020. – Б. 45–60.")
    assert fmt("gost-r-7.0.100", "chapter-en") == (
        "Laruelle, M. Labour migration in Central Asia / M. Laruelle. – Текст : "
        "непосредственный // Migration and Social Upheaval in Eurasia / ed. by M. Laruelle. – "
        "Lanham : Lexington Books, 2013. – P. 1–20.")


def test_conference_paper_russian_with_event() -> None:
    assert fmt("gost-7.1", "conf-ru") == (
        "Бексултанов, А. С. Противодействие незаконной миграции на границе / А. С. Бексултанов "
        "// Правовое государство : теория и практика : Международная научно-практическая "
        "конференция (Павлодар, 12 мая 2023 г.). – Павлодар : Торайгыров университет, 2023. – "
        "С. 120–125.")


def test_newspaper_articles() -> None:
    assert fmt("gost-r-7.0.100", "news") == (
        "Сулейменов, О. О. Миграционные потоки меняют направление / О. О. Сулейменов. – Текст "
        ": непосредственный // Казахстанская правда. – 2023. – 15 марта (№ 50). – С. 3.")
    assert fmt("gost-7.1", "news-kk") == (
        "Ахметжан, Б. Көші-қон : жаңа бетбұрыс / Б. Ахметжан // Егемен Қазақстан. – 2023. – "
        "2 маусым (№ 104). – Б. 5.")


# --------------------------------------------------------------------------- dissertations
def test_dissertation_and_autoreferat_with_specialty_code() -> None:
    # issue #5: dissertation and its abstract with the specialty code; §6 abbreviations in 7.1.
    assert fmt("gost-7.1", "diss") == (
        "Мусабекова, Н. М. Правовое регулирование вынужденной миграции в Республике "
        "Казахстан : дис. ... канд. юрид. наук : 12.00.02 / Мусабекова Назгуль Маратовна ; "
        "Казахский национальный университет им. аль-Фараби. – Алматы, 2010. – 180 с.")
    assert fmt("gost-r-7.0.100", "avtoref") == (
        "Нурпеисов, Е. Б. Административно-правовой режим пребывания иностранцев : автореферат "
        "диссертации на соискание ученой степени кандидата юридических наук : 12.00.14 / "
        "Нурпеисов Ерлан Болатович. – Астана, 2012. – 28 с. – Текст : непосредственный.")
    assert fmt("gost-7.1", "avtoref").split(" / ")[0].endswith(
        ": автореф. дис. ... канд. юрид. наук : 12.00.14")


def test_kazakh_phd_and_english_thesis() -> None:
    assert fmt("gost-r-7.0.100", "phd-kk") == (
        "Ермекбаев, Д. С. Заңсыз көші-қонға қарсы іс-қимылдың құқықтық негіздері : философия "
        "докторы (PhD) дәрежесін алу үшін дайындалған диссертация : 8D04201 / Ермекбаев "
        "Дәурен Серікұлы. – Алматы, 2021. – 164 б. – Текст : непосредственный.")
    assert fmt("gost-7.1", "thesis-en") == (
        "Smith, J. Labour migration governance in post-Soviet Central Asia : PhD thesis / John "
        "Smith ; University of Oxford. – Oxford, 2019. – 280 p.")


# --------------------------------------------------------------------------- report, standard, web
def test_report_and_standard() -> None:
    assert fmt("gost-r-7.0.100", "report") == (
        "Хамзин, А. Ш. Миграционные процессы в Павлодарской области : отчет о НИР "
        "(промежуточный) / А. Ш. Хамзин. – Павлодар : Торайгыров университет, 2023. – 86 с. – "
        "Текст : непосредственный.")
    assert fmt("gost-7.1", "standard") == (
        "ГОСТ Р 7.0.100–2018. Библиографическая запись. Библиографическое описание. Общие "
        "требования и правила составления : национальный стандарт Российской Федерации. – М. : "
        "Стандартинформ, 2018. – 124 с.")


def test_electronic_resources_7_0_100_versus_7_1() -> None:
    # §3: 7.0.100 `– URL: ... (дата обращения: dd.mm.yyyy)` and `Текст : электронный`;
    # 7.1 `[Электронный ресурс]` after the title proper and `Режим доступа:`.
    assert fmt("gost-r-7.0.100", "web-kk") == (
        "Көші-қон статистикасы. – Текст : электронный // Қазақстан Республикасы Ұлттық "
        "статистика бюросы. – 2024. – URL: https://stat.gov.kz/kk/industries/social-statistics/"
        "demography/ (дата обращения: 15.03.2024).")
    assert fmt("gost-7.1", "web-en") == (
        "Kazakhstan [Электронный ресурс] : Migration Profile // Migration Data Portal. – 2023. – "
        "Режим доступа: https://www.migrationdataportal.org/ (дата обращения: 15.03.2024).")
    assert fmt("gost-r-7.0.100", "iom") == (
        "World Migration Report 2024 / International Organization for Migration. – Geneva : "
        "IOM, 2024. – 360 p. – URL: https://publications.iom.int/books/world-migration-report-"
        "2024 (дата обращения: 15.03.2024). – Текст : электронный.")


def test_content_type_can_be_dropped_and_url_label_changed() -> None:
    # §3: "Many Kazakh and Russian journals leave this area out. Make it a switch."
    out = fmt("gost-r-7.0.100", "ivanov", content_type=False)
    assert "Текст" not in out and out.endswith("– 312 с.")
    assert "Режим доступа: https://" in fmt("gost-r-7.0.100", "web-en",
                                           url_label="Режим доступа:")


def test_no_break_spaces_where_typography_forbids_a_line_break() -> None:
    raw = get_style("gost-r-7.0.100").entry(REFS["article-ru"]).plain()
    assert "Ж.\u00a0Ж.\u00a0Талипова" in raw                 # initials stay with the name
    assert "№\u00a02\u00a0(65)" not in raw and "№\u00a02 (65)" in raw
    assert "С.\u00a043–53" in raw and "\u00a0– Текст" in raw   # a line never starts with `–`
    assert "\u00a0" not in get_style("gost-r-7.0.100").entry(
        REFS["article-ru"], ListOptions(settings={"nbsp": False})).plain()


def test_unknown_setting_is_a_style_error() -> None:
    with pytest.raises(StyleError, match="contnt_type"):
        fmt("gost-r-7.0.100", "ivanov", contnt_type=False)
    with pytest.raises(StyleError):
        fmt("gost-r-7.0.100", "ivanov", et_al="some")


# --------------------------------------------------------------------------- legal sources
def test_law_with_version_and_official_publication() -> None:
    # issue #5 legal rules: `О миграции населения : Закон Республики Казахстан от 22 июля 2011
    # года № 477-IV`, the version cited, `// Ведомости ... – 2011. – № 16. – Ст. 128.`
    assert fmt("gost-7.1", "migr") == (
        "О миграции населения : Закон Республики Казахстан от 22 июля 2011 года № 477-IV "
        "(с изменениями и дополнениями по состоянию на 01.01.2024) // Ведомости Парламента "
        "Республики Казахстан. – 2011. – № 16. – Ст. 128.")


def test_kazakh_law_from_adilet_with_access_date() -> None:
    assert fmt("gost-r-7.0.100", "migr-kk") == (
        "Халықтың көші-қоны туралы : Қазақстан Республикасының 2011 жылғы 22 шілдедегі "
        "№ 477-IV Заңы. – URL: https://adilet.zan.kz/kaz/docs/Z1100000477 (дата обращения: "
        "15.03.2024). – Текст : электронный.")


def test_code_constitution_decree_resolution_order() -> None:
    assert fmt("gost-r-7.0.100", "koap", content_type=False) == (
        "Кодекс Республики Казахстан об административных правонарушениях от 5 июля 2014 года "
        "№ 235-V (с изменениями и дополнениями по состоянию на 01.01.2024). – URL: "
        "https://adilet.zan.kz/rus/docs/K1400000235 (дата обращения: 15.03.2024).")
    assert fmt("gost-r-7.0.100", "const", content_type=False).startswith(
        "Конституция Республики Казахстан : принята на республиканском референдуме 30 августа "
        "1995 года (с изменениями и дополнениями по состоянию на 19.09.2022). – URL: ")
    assert fmt("gost-7.1", "ukaz").startswith(
        "О мерах по совершенствованию государственного управления в сфере миграции "
        "[Электронный ресурс] : Указ Президента Республики Казахстан от 29 января 2016 года "
        "№ 178. – Режим доступа: ")
    assert ": Постановление Правительства Республики Казахстан от 30 ноября 2022 года № 961. –" \
        in fmt("gost-r-7.0.100", "decree")
    assert ": Приказ Министра внутренних дел Республики Казахстан от 3 февраля 2016 года № 83." \
        in fmt("gost-r-7.0.100", "order")


def test_code_in_official_gazette_keeps_issue_parts() -> None:
    assert fmt("gost-r-7.0.100", "uk") == (
        "Уголовный кодекс Республики Казахстан от 3 июля 2014 года № 226-V. – Текст : "
        "непосредственный // Ведомости Парламента Республики Казахстан. – 2014. – "
        "№ 13-I, 13-II. – Ст. 83.")


def test_court_decision_and_treaties() -> None:
    assert fmt("gost-r-7.0.100", "court", content_type=False) == (
        "Постановление судебной коллегии по административным делам Верховного Суда Республики "
        "Казахстан от 12 марта 2021 года по делу № 6001-21-00-6ап/123. – URL: "
        "https://sud.gov.kz/rus/court-acts (дата обращения: 15.03.2024).")
    assert fmt("gost-r-7.0.100", "refugees", content_type=False).startswith(
        "Конвенция о статусе беженцев : [заключена в г. Женеве 28 июля 1951 г.]. – URL: ")
    assert fmt("gost-r-7.0.100", "iccpr", content_type=False).startswith(
        "International Covenant on Civil and Political Rights : [adopted on 16 December 1966]. "
        "– URL: ")


# --------------------------------------------------------------------------- the whole matrix
LANG_WORDS = {
    "ru": {"pages": "С.", "count": "с.", "vol": "Т.", "no": "№", "etal": "[и др.]"},
    "kk": {"pages": "Б.", "count": "б.", "vol": "Т.", "no": "№", "etal": "[т.б.]"},
    "en": {"pages": "P.", "count": "p.", "vol": "Vol.", "no": "No.", "etal": "[et al.]"},
}
SAMPLE = {
    "ru": ("Иванов", "Петров", "Сидоров", "Смирнов", "Кузнецов", "Правовое регулирование миграции",
           "Вестник права", "Алматы", "Наука"),
    "kk": ("Әлиев", "Құрманов", "Сейітов", "Нұрланов", "Оспанов", "Көші-қонды құқықтық реттеу",
           "Құқық хабаршысы", "Астана", "Ғылым"),
    "en": ("Smith", "Brown", "Jones", "Taylor", "Wilson", "Legal regulation of migration",
           "Journal of Law", "London", "Routledge"),
}
TYPES = ("article-journal", "book", "book-edited", "book-collective", "chapter",
         "paper-conference", "thesis", "thesis-abstract", "report", "standard",
         "article-newspaper", "webpage", "legislation", "regulation", "legal_case", "treaty")


def sample(kind: str, lang: str) -> Reference:
    a1, a2, a3, a4, a5, title, journal, place, publisher = SAMPLE[lang]
    people = [{"family": f, "given": "А. Б." if lang != "en" else "A. B."}
              for f in (a1, a2, a3, a4, a5)]
    item: dict[str, Any] = {"type": kind, "title": title, "language": lang, "issued": "2022",
                            "author": people[:1]}
    if kind == "article-journal":
        item.update({"author": people[:2], "container-title": journal, "volume": "12",
                     "issue": "3", "page": "601-620"})
    elif kind in ("book", "report", "standard"):
        item.update({"publisher-place": place, "publisher": publisher, "number-of-pages": "312"})
        if kind == "standard":
            item.update({"number": "СТ РК 1.0-2021", "author": []})
    elif kind == "book-edited":
        item.update({"type": "book", "author": [], "editor": people[1:2],
                     "publisher-place": place, "publisher": publisher, "number-of-pages": "200"})
    elif kind == "book-collective":
        item.update({"type": "book", "author": people, "publisher-place": place,
                     "publisher": publisher, "number-of-pages": "250"})
    elif kind in ("chapter", "paper-conference"):
        item.update({"container-title": journal, "editor": people[1:2], "publisher-place": place,
                     "publisher": publisher, "page": "87-104"})
    elif kind in ("thesis", "thesis-abstract"):
        item.update({"type": "thesis", "degree": "candidate", "number": "12.00.02",
                     "publisher-place": place, "number-of-pages": "180",
                     "autoreferat": kind == "thesis-abstract"})
    elif kind == "article-newspaper":
        item.update({"container-title": journal, "issued": "2022-03-15", "issue": "50",
                     "page": "3"})
    elif kind == "webpage":
        item.update({"container-title": journal, "URL": "https://example.kz/page",
                     "accessed": "2024-03-15"})
    elif kind in ("legislation", "regulation"):
        genre = {"ru": "Закон Республики Казахстан", "kk": "Қазақстан Республикасының Заңы",
                 "en": "Law of the Republic of Kazakhstan"}[lang]
        item.update({"author": [], "genre": genre, "adopted": "2011-07-22", "number": "477-IV",
                     "URL": "https://adilet.zan.kz/rus/docs/Z1100000477",
                     "accessed": "2024-03-15"})
    elif kind == "legal_case":
        item.update({"author": [], "title": None, "authority": "Supreme Court" if lang == "en"
                     else "Жоғарғы Соты" if lang == "kk" else "Верховного Суда",
                     "issued": "2021-03-12", "case-number": "6001-21"})
    elif kind == "treaty":
        item.update({"author": [], "adopted": "1951-07-28"})
    return Reference.from_csl({k: v for k, v in item.items() if v is not None})


@pytest.mark.parametrize("style", ["gost-7.1", "gost-r-7.0.100"])
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
@pytest.mark.parametrize("kind", TYPES)
def test_every_type_in_every_language(style: str, lang: str, kind: str) -> None:
    """§2 punctuation and §4 words for every item type in Russian, Kazakh and English."""
    ref = sample(kind, lang)
    text = fmt(style, ref)
    words = LANG_WORDS[lang]
    assert text.endswith("."), text                       # §2: the record ends with a full stop
    assert ".." not in text.replace("...", "…"), text       # no doubled stops (`дис. ...` allowed)
    assert "  " not in text and " ," not in text, text
    assert not re.search(r"\d-\d", text.split("URL")[0].split("доступа")[0].replace(
        "12.00.02", "").replace("СТ РК 1.0-2021", "").replace("6001-21", "")), text
    if kind in ("article-journal",):
        assert f"{words['vol']} 12, {words['no']} 3. – {words['pages']} 601–620." in text
        assert " // " in text
    if kind in ("chapter", "paper-conference"):
        assert f"{words['pages']} 87–104" in text and " // " in text
    if kind in ("book", "report", "standard"):
        assert f"– 312 {words['count']}" in text
    if kind == "book-collective":
        assert text.startswith(SAMPLE[lang][5])          # §1: 5 authors -> title first
        assert words["etal"] in text
    if kind == "article-newspaper":
        assert f"({words['no']} 50). – {words['pages']} 3." in text
    electronic = kind in ("webpage", "legislation", "regulation")
    if style == "gost-r-7.0.100":                          # §3 content type area
        assert ("Текст : электронный" in text) == electronic
        assert "Электронный ресурс" not in text
    else:                                                  # §3, §6: 7.1 GMD and `Режим доступа`
        assert "Текст :" not in text
        assert ("[Электронный ресурс]" in text) == electronic
    if electronic:
        assert "(дата обращения: 15.03.2024)" in text
    if kind in ("legislation", "regulation"):
        assert "477-IV" in text and ("2011" in text)
    if kind == "legal_case":
        assert "6001-21" in text and "2021" in text


def test_helpers() -> None:
    assert normalize_range("pp. 12-22") == "12–22"
    assert normalize_range("12 — 22") == "12–22"
    assert normalize_issue("2(65)") == "2 (65)"
    assert normalize_issue("No. 5") == "5"
    assert normalize_issue("13-I") == "13-I"


# --------------------------------------------------------------------------- lists (§5)
def test_sectioned_sorted_numbered_list_of_40_sources() -> None:
    entries = get_style("gost-r-7.0.100").bibliography(
        list(REFS.values()), ListOptions(settings={"sections": True}))
    assert len(entries) == 40
    assert [e.number for e in entries] == list(range(1, 41))
    sections = list(dict.fromkeys(e.section for e in entries))
    assert sections == ["Нормативные правовые акты", "Специальная литература",
                        "Литература на иностранных языках", "Электронные ресурсы"]
    first = [e.ref.citation_key for e in entries[:4]]
    assert first == ["const", "refugees", "iccpr", "elections"]
    literature = [e.text().replace("\u00a0", " ") for e in entries
                  if e.section == "Специальная литература"]
    assert literature[0].startswith("Ахметжан") and literature[1].startswith("Әбенов")
    assert literature[-1].startswith("Яковлев")


def test_unsectioned_list_and_citation_order() -> None:
    refs = [REFS["khamzin"], REFS["ivanov"], REFS["abenov"]]
    alpha = get_style("gost-7.1").bibliography(refs)
    assert [e.ref.citation_key for e in alpha] == ["abenov", "ivanov", "khamzin"]
    assert all(e.section is None for e in alpha)
    cited = get_style("gost-7.1").bibliography(refs, ListOptions(sort="none"))
    assert [e.ref.citation_key for e in cited] == ["khamzin", "ivanov", "abenov"]


def test_declension_overrides_from_settings_and_from_the_name() -> None:
    # §1 "Needs genitive declension", with a per-name override for names the rules get wrong.
    book = REFS["ivanov"].with_changes()
    book.creators = [c for c in book.creators if c.role == "author"] + [
        type(book.creators[0])(role="editor", family="Чайка", given="Анна")]
    assert "под редакцией А. Чайка." in fmt("gost-r-7.0.100", book)   # petrovich leaves it
    fixed = fmt("gost-r-7.0.100", book, declension={"Чайка": {"genitive": "Чайки"}})
    assert "под редакцией А. Чайки." in fixed
    book.creators[-1].extra["declension"] = {"genitive": "Чайки"}
    assert "под редакцией А. Чайки." in fmt("gost-r-7.0.100", book)
    man = book.with_changes()
    man.creators[-1] = type(man.creators[-1])(role="editor", family="Ковальчук", given="И. П.")
    assert "под редакцией И. П. Ковальчук." in fmt("gost-r-7.0.100", man)   # gender unknown
    man.creators[-1].extra["gender"] = "m"
    assert "под редакцией И. П. Ковальчука." in fmt("gost-r-7.0.100", man)


def test_plain_full_stop_between_areas() -> None:
    # §2: "7.0.5-2008 allows plain `. ` instead of `. – `"
    assert fmt("gost-r-7.0.5", "article-ru", area_dash=False) == (
        "Талипова Ж. Ж., Дубовицкая О. Б. Правовые основы трудовой миграции в Республике "
        "Казахстан // Вестник Торайгыров университета. Серия Юридическая. 2023. Т. 12, № 2 (65). "
        "С. 43–53. DOI 10.48081/abcd1234.")
    assert fmt("gost-r-7.0.100", "news", area_dash=False).startswith(
        "Сулейменов, О. О. Миграционные потоки меняют направление / О. О. Сулейменов. Текст : "
        "непосредственный // Казахстанская правда. 2023. 15 марта (№ 50). С. 3.")


def test_volume_of_a_multivolume_work() -> None:
    # 7.0.100 full words (`в 3 томах. Том 2`), 7.1 abbreviations (`в 3 т. Т. 2`) (§6).
    book = REFS["ivanov"].with_changes(number_of_volumes="3", volume="2")
    assert fmt("gost-r-7.0.100", book).startswith(
        "Иванов, И. П. Миграционное право : монография : в 3 томах. Том 2 / И. П. Иванов ;")
    assert fmt("gost-7.1", book).startswith(
        "Иванов, И. П. Миграционное право : монография : в 3 т. Т. 2 / И. П. Иванов ;")
    assert ": in 2 vols. Vol. 1 /" in fmt("gost-7.1", REFS["castles"].with_changes(
        number_of_volumes="2", volume="1"))


def test_every_documented_setting_is_accepted_with_each_value() -> None:
    from core.styles.gost import SETTINGS

    for key, (values, _) in SETTINGS.items():
        for value in values:
            assert fmt("gost-r-7.0.100", "migr", **{key: value}).endswith(".")


# --------------------------------------------------------------------------- review fixes
def _ref(**csl: Any) -> Reference:
    return Reference.from_csl({"id": "x", **csl})


def test_a_resource_read_at_a_url_is_electronic_even_without_access_date() -> None:
    # §3: `Текст : электронный` for a resource consulted on-line, `непосредственный` for print;
    # the URL is what says "on-line" (7.1: `[Электронный ресурс]`). A missing access date is
    # reported by gost-check, never turned into a print description.
    treaty = _ref(type="treaty", language="ru", title="Договор о Евразийском экономическом союзе",
                  adopted="2014-05-29", URL="https://docs.eaeunion.org/treaty")
    assert fmt("gost-r-7.0.100", treaty).endswith(
        "– URL: https://docs.eaeunion.org/treaty. – Текст : электронный.")
    code = _ref(type="legislation", language="ru", title="Уголовный кодекс Республики Казахстан",
                adopted="2014-07-03", number="226-V",
                URL="https://adilet.zan.kz/rus/docs/K1400000226")
    assert fmt("gost-r-7.0.100", code).endswith("– Текст : электронный.")
    # 7.1: the GMD after the act's title with its date and number, not inside it
    assert fmt("gost-7.1", code).startswith(
        "Уголовный кодекс Республики Казахстан от 3 июля 2014 года № 226-V [Электронный ресурс]. "
        "– Режим доступа: ")


def test_gazette_alone_is_print_gazette_with_url_was_read_online() -> None:
    # §3 and the issue's legal rules: the official gazette publication is `непосредственный`; the
    # same act given with its Adilet URL and access date was read on-line.
    assert "– Текст : непосредственный // Ведомости" in fmt("gost-r-7.0.100", "migr")
    online = _ref(**{**json.loads(FIXTURE.read_text("utf-8"))[6],
                     "URL": "https://adilet.zan.kz/rus/docs/Z1100000477",
                     "accessed": "2024-03-15"})
    assert fmt("gost-r-7.0.100", online) == (
        "О миграции населения : Закон Республики Казахстан от 22 июля 2011 года № 477-IV "
        "(с изменениями и дополнениями по состоянию на 01.01.2024). – Текст : электронный // "
        "Ведомости Парламента Республики Казахстан. – 2011. – № 16. – Ст. 128. – URL: "
        "https://adilet.zan.kz/rus/docs/Z1100000477 (дата обращения: 15.03.2024).")


def test_doi_is_the_address_a_metadata_landing_page_is_not_repeated() -> None:
    # §3: `– DOI 10....`. Crossref gives every record its landing-page URL (no access date): with
    # the DOI printed, that URL and a doi.org link add nothing and make a print article look
    # on-line. A URL the author consulted (with its access date) is kept.
    base = {"type": "article-journal", "language": "en", "title": "Open data",
            "author": [{"family": "Lee", "given": "Kim"}], "container-title": "PLOS ONE",
            "issued": "2023", "volume": "18", "page": "1-9", "DOI": "10.1371/x.1"}
    landing = fmt("gost-r-7.0.100", _ref(**base, URL="https://journals.plos.org/x"))
    assert "URL" not in landing and landing.endswith("– P. 1–9. – DOI 10.1371/x.1.")
    assert "непосредственный" in landing
    assert "URL" not in fmt("gost-r-7.0.100", _ref(**base, URL="https://doi.org/10.1371/x.1",
                                                   accessed="2024-01-02"))
    read = fmt("gost-r-7.0.100", _ref(**base, URL="https://journals.plos.org/x",
                                      accessed="2024-01-02"))
    assert read.endswith("– DOI 10.1371/x.1. – URL: https://journals.plos.org/x (дата обращения: "
                         "02.01.2024).") and "Текст : электронный //" in read
    # with the DOI switched off the URL is the only address and is printed
    assert "URL: https://journals.plos.org/x" in fmt(
        "gost-r-7.0.100", _ref(**base, URL="https://journals.plos.org/x"), doi=False)


def test_in_title_markup_is_formatting_not_text() -> None:
    # Titles keep their stored formatting (CSL in-title markup), as in the APA style; the tags
    # never reach the reader (the Crossref record of 10.1039/d0ce00680g has them).
    ref = _ref(**{"type": "article-journal", "language": "en",
                  "title": "Encapsulation of [Ru(bpy)<sub>3</sub>]<sup>2+</sup> in <i>E. coli</i>",
                  "container-title": "CrystEngComm", "issued": "2020", "page": "1-2"})
    entry = get_style("gost-r-7.0.100").entry(ref)
    assert entry.plain().replace("\u00a0", " ").startswith(
        "Encapsulation of [Ru(bpy)3]2+ in E. coli")
    assert "&lt;" not in entry.to_html() and "<sub>3</sub>" in entry.to_html()
    assert "<i>E.\u00a0coli</i>" in entry.to_html()
    # only the titles' tags are formatting: a `<` elsewhere stays literal text, and a title's
    # unclosed tag ends with the title
    odd = _ref(type="book", title="Rule <b>bold", publisher="P <i> Q", issued="2020",
               author=[{"family": "Lee <b>", "given": "Kim"}])
    html = get_style("gost-r-7.0.100").entry(odd).to_html().replace("\u00a0", " ")
    assert html.startswith("Lee &lt;b&gt;, K. Rule <b>bold</b> / K. Lee &lt;b&gt;. – [S. l.] : "
                           "P &lt;i&gt; Q, 2020.")
    assert "1 < 2" in fmt("gost-r-7.0.100", _ref(type="book", title="1 < 2", issued="2020"))


def test_conference_date_in_the_item_language() -> None:
    # §4: the description of the host in the language of the item: `12 мая 2023 г.` (Russian,
    # the standards' examples write `г.`), `2023 жылғы 12 мамыр` (Kazakh: the month in the
    # nominative, not the attributive `мамырдағы` of act dates), `22 May 2024`.
    assert "(Павлодар, 12 мая 2023 г.)" in fmt("gost-r-7.0.100", "conf-ru")
    kk = _ref(type="paper-conference", language="kk", title="Көші-қон мәселелері",
              **{"container-title": "Торайғыров оқулары", "event-place": "Павлодар",
                 "event-date": "2023-05-12"}, issued="2023", page="284-288")
    assert "(Павлодар, 2023 жылғы 12 мамыр)" in fmt("gost-r-7.0.100", kk)
    en = _ref(type="paper-conference", language="en", title="Irregular migration",
              **{"container-title": "Proceedings", "event-place": "Istanbul",
                 "event-date": "2024-05-22"}, issued="2024")
    assert "(Istanbul, 22 May 2024)" in fmt("gost-r-7.0.100", en)


def test_translator_in_the_genitive() -> None:
    # §1: editors, compilers and translators "in the form printed in the source, i.e. in Russian
    # grammatical case": `перевод А. В. Петрова`, `пер. А. В. Петрова` (7.1).
    ref = _ref(type="book", language="ru", title="Переводная книга",
               author=[{"family": "Smith", "given": "John"}],
               translator=[{"family": "Петров", "given": "А. В."},
                           {"family": "Жакупова", "given": "С. М."}],
               **{"publisher-place": "Москва"}, publisher="Статут", issued="2019")
    assert "/ J. Smith ; перевод А. В. Петрова, С. М. Жакуповой. –" in fmt("gost-r-7.0.100", ref)
    assert "; пер. А. В. Петрова, С. М. Жакуповой. – М. :" in fmt("gost-7.1", ref)


def test_article_number_where_the_journal_has_no_pages() -> None:
    # §2 journal part: an e-journal article's number takes the place of the pages (ГОСТ 7.11
    # `Art.`, ГОСТ Р 7.0.12 `Ст.`); it was dropped before.
    base = {"type": "article-journal", "title": "Open data", "issued": "2023", "volume": "18",
            "issue": "4", "number": "e0284123"}
    assert fmt("gost-r-7.0.100", _ref(**base, language="en", **{"container-title": "PLOS ONE"})
               ).endswith("// PLOS ONE. – 2023. – Vol. 18, No. 4. – Art. e0284123.")
    assert fmt("gost-r-7.0.100", _ref(**base, language="ru", **{"container-title": "Право"})
               ).endswith("// Право. – 2023. – Т. 18, № 4. – Ст. e0284123.")
    with_pages = _ref(**base, language="en", page="5-9", **{"container-title": "J"})
    assert "e0284123" not in fmt("gost-r-7.0.100", with_pages)


def test_treaty_participle_agrees_with_its_name() -> None:
    # issue #5 treaties: `Конвенция ... : [заключена ...]`, `Договор ... : [заключен ...]`,
    # `Соглашение ... : [заключено ...]`, `[принят ...]`.
    def treaty(title: str, **kw: Any) -> str:
        return fmt("gost-r-7.0.100", _ref(type="treaty", language="ru", title=title,
                                          adopted="2014-05-29", **kw), content_type=False)
    assert treaty("Договор о ЕАЭС", **{"event-place": "Астана"}) == (
        "Договор о ЕАЭС : [заключен в г. Астана 29 мая 2014 г.].")
    assert treaty("Соглашение о трудовой деятельности") == (
        "Соглашение о трудовой деятельности : [принято 29 мая 2014 г.].")
    assert treaty("Конвенция о правах ребенка") == (
        "Конвенция о правах ребенка : [принята 29 мая 2014 г.].")
    assert fmt("gost-r-7.0.100", _ref(type="treaty", language="kk", title="Шарт",
                                      adopted="1951"), content_type=False) == (
        "Шарт : [1951 жылы қабылданған].")


def test_preprint_repository_and_english_case_number() -> None:
    pre = _ref(type="article", language="en", title="Autism and bilingualism",
               author=[{"family": "Hampton", "given": "Sarah"}], issued="2017",
               **{"container-title": "PsyArXiv"}, DOI="10.31234/osf.io/76xfs")
    assert "– [S. l.] : PsyArXiv, 2017. – DOI 10.31234/osf.io/76xfs." in         fmt("gost-r-7.0.100", pre)
    case = _ref(type="legal_case", language="en", title="Smith v. Kazakhstan",
                authority="European Court of Human Rights", issued="2021-03-12",
                **{"case-number": "12345/20"})
    assert fmt("gost-r-7.0.100", case, content_type=False) == (
        "Smith v. Kazakhstan : Decision of the European Court of Human Rights of 12 March 2021 "
        "in case No. 12345/20.")


def test_ukrainian_crossref_article_gets_russian_words_not_kazakh() -> None:
    # §4: words in the item's language; Ukrainian (no words of its own here) takes the Cyrillic
    # default `С.`. The real Crossref record 10.31861/mhpi2022.45.140-152 has no language and a
    # title with `і`, which used to be read as Kazakh (`Б. 140–152`).
    from core.crossref_mapping import message_of, work_to_reference

    path = SHARED / "fixtures" / "crossref" / "items" / "item_10.31861_mhpi2022.45.140-152.json"
    ref = work_to_reference(message_of(json.loads(path.read_text("utf-8"))))
    assert ref.language == "uk"
    text = fmt("gost-r-7.0.100", ref)
    assert "– № 45. – С. 140–152. – DOI 10.31861/mhpi2022.45.140-152." in text
