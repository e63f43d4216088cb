"""Sections and ordering of reference lists (gost-rules.md §5 "Ordering of a reference list":
legal acts by legal force, Cyrillic before Latin, Kazakh alphabet order)."""

from __future__ import annotations

from core.dates import PartialDate
from core.model import Creator, Reference
from core.styles.legal_order import (
    ELECTRONIC,
    FOREIGN,
    LEGAL,
    LITERATURE,
    RANK_CODE,
    RANK_CONSTITUTION,
    RANK_CONSTITUTIONAL_LAW,
    RANK_COURT,
    RANK_DECREE,
    RANK_LAW,
    RANK_ORDER,
    RANK_RESOLUTION,
    RANK_TREATY,
    flatten,
    legal_rank,
    order_references,
    section_of,
)


def act(title: str, genre: str, adopted: str, type_: str = "legislation") -> Reference:
    return Reference(type=type_, title=title, genre=genre, adopted=PartialDate.parse(adopted),
                     language="ru")


def book(family: str, title: str, lang: str | None = None) -> Reference:
    return Reference(type="book", title=title, language=lang,
                     creators=[Creator(family=family, given="А. Б.")])


def test_legal_ranks_in_russian_kazakh_and_english() -> None:
    assert legal_rank(act("Конституция Республики Казахстан", "", "1995-08-30")) == \
        RANK_CONSTITUTION
    assert legal_rank(act("Қазақстан Республикасының Конституциясы", "", "1995-08-30")) == \
        RANK_CONSTITUTION
    assert legal_rank(act("О выборах в Республике Казахстан",
                          "Конституционный закон Республики Казахстан", "1995-09-28")) == \
        RANK_CONSTITUTIONAL_LAW
    assert legal_rank(act("Кодекс Республики Казахстан об административных правонарушениях",
                          "", "2014-07-05")) == RANK_CODE
    assert legal_rank(act("О миграции населения", "Закон Республики Казахстан",
                          "2011-07-22")) == RANK_LAW
    assert legal_rank(act("Халықтың көші-қоны туралы", "Қазақстан Республикасының Заңы",
                          "2011-07-22")) == RANK_LAW
    assert legal_rank(act("О Концепции миграционной политики", "Указ Президента Республики "
                          "Казахстан", "2022-12-30")) == RANK_DECREE
    assert legal_rank(act("Об утверждении Правил", "Постановление Правительства Республики "
                          "Казахстан", "2012-01-24", "regulation")) == RANK_RESOLUTION
    assert legal_rank(act("Об утверждении Правил", "Приказ Министра внутренних дел",
                          "2016-12-27", "regulation")) == RANK_ORDER
    assert legal_rank(act("Конвенция о статусе беженцев", "", "1951-07-28", "treaty")) == \
        RANK_TREATY
    assert legal_rank(act("International Covenant on Civil and Political Rights", "",
                          "1966-12-16")) == RANK_TREATY
    assert legal_rank(Reference(type="legal_case", title="Решение по делу № 2-123/2020")) == \
        RANK_COURT
    assert legal_rank(book("Иванов", "Миграционное право")) is None


def test_sections() -> None:
    assert section_of(act("О миграции населения", "Закон Республики Казахстан",
                          "2011-07-22")) == LEGAL
    assert section_of(book("Иванов", "Миграционное право")) == LITERATURE
    assert section_of(book("Мусабекова", "Қазақстанға заңсыз көшіп келу")) == LITERATURE
    assert section_of(book("Khamzin", "Perspectives on Labor Migration")) == FOREIGN
    assert section_of(book("Müller", "Migrationsrecht", "de")) == FOREIGN
    assert section_of(Reference(type="webpage", title="Миграционная служба")) == ELECTRONIC


def test_legal_acts_by_force_then_date_and_literature_in_kazakh_alphabet_order() -> None:
    refs = [
        book("Khamzin", "Perspectives on Labor Migration"),
        book("Әбенов", "Көші-қон құқығы"),            # Ә sorts after А, before Б (not after Я)
        book("Яковлев", "Незаконная миграция"),
        book("Абишев", "Миграционная политика"),
        book("Бекова", "Вынужденная миграция"),
        act("О миграции населения", "Закон Республики Казахстан", "2011-07-22"),
        act("О гражданстве", "Закон Республики Казахстан", "1991-12-20"),
        act("Кодекс об административных правонарушениях", "Кодекс Республики Казахстан",
            "2014-07-05"),
        act("Конституция Республики Казахстан", "", "1995-08-30"),
        act("Конвенция о статусе беженцев", "", "1951-07-28", "treaty"),
        Reference(type="webpage", title="Официальный сайт Комитета миграционной службы"),
        book("Adams", "Migration Law"),
    ]
    sections = order_references(refs)
    assert [s.key for s in sections] == [LEGAL, LITERATURE, FOREIGN, ELECTRONIC]
    assert [s.heading("ru") for s in sections][0] == "Нормативные правовые акты"
    assert sections[1].heading("kk") == "Арнайы әдебиеттер"
    legal_titles = [r.title for r in sections[0].references]
    assert legal_titles == [
        "Конституция Республики Казахстан", "Конвенция о статусе беженцев",
        "Кодекс об административных правонарушениях", "О гражданстве",
        "О миграции населения",
    ]
    families = [r.authors[0].family for r in sections[1].references]
    assert families == ["Абишев", "Әбенов", "Бекова", "Яковлев"]
    assert [r.authors[0].family for r in sections[2].references] == ["Adams", "Khamzin"]
    assert len(flatten(sections)) == len(refs)


def test_unsectioned_list_puts_cyrillic_before_latin() -> None:
    refs = [book("Adams", "Migration Law"), book("Яковлев", "Право"), book("Әбенов", "Құқық")]
    (only,) = order_references(refs, sectioned=False)
    assert [r.authors[0].family for r in only.references] == ["Әбенов", "Яковлев", "Adams"]


def test_legal_acts_can_be_ordered_by_title_within_the_same_force() -> None:
    refs = [act("О миграции населения", "Закон Республики Казахстан", "2011-07-22"),
            act("О гражданстве", "Закон Республики Казахстан", "1991-12-20"),
            act("Об адвокатской деятельности", "Закон Республики Казахстан", "2018-07-05")]
    by_title = order_references(refs, legal_within="title")[0].references
    assert [r.title for r in by_title] == ["О гражданстве", "О миграции населения",
                                           "Об адвокатской деятельности"]


def test_one_heading_keeps_its_titles_in_order_however_the_names_were_stored() -> None:
    # gost-rules.md §5 (alphabetical by what the record starts with): both records print the
    # heading `Мусабекова, Н. М.`, so their titles decide; full given names in one record used
    # to sort it after the other whatever the titles.
    full = Reference(type="book", title="Әділет", creators=[
        Creator(family="Мусабекова", given="Назгуль Маратовна")])
    short = Reference(type="book", title="Құқық", creators=[
        Creator(family="Мусабекова", given="Н. М.")])
    (section,) = order_references([short, full], sectioned=False)
    assert list(section.references) == [full, short]
