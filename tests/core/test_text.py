"""Search folding, dates and Kazakh collation."""

from __future__ import annotations

import pytest

from core.dates import PartialDate
from core.errors import InvalidValueError
from core.language import detect_script_language
from core.text import collation_key, fold, words


def test_fold_is_case_and_yo_insensitive_but_keeps_kazakh_letters() -> None:
    assert fold("ЁЛКА") == "елка"
    assert fold("ҚАЗАҚСТАН") == "қазақстан"
    assert fold("қ") != fold("к")
    assert words("Қазақстандағы «көші-қон»!") == ["қазақстандағы", "көші", "қон"]


def test_latin_letters_with_diacritics_sort_with_their_base_letters() -> None:
    # A romanised References list (Kazakh Latin 2021: Ä, Ş, Ū, ı; APA 9.44 letter by letter)
    # used to put Äbenov, Särsenbaiqyzy and İvanov after Z.
    names = ["Ugolovnyi", "Äbenov", "Zhetpisov", "İvanov", "Särsenbaiqyzy", "Suleimenov",
             "Köşı-qon", "Kodeks", "Abişev"]
    assert sorted(names, key=collation_key) == [
        "Äbenov", "Abişev", "İvanov", "Kodeks", "Köşı-qon", "Särsenbaiqyzy", "Suleimenov",
        "Ugolovnyi", "Zhetpisov"]


def test_kazakh_collation_follows_the_alphabet_not_code_points() -> None:
    names = ["Ясауи", "Әбілқасымова", "Абаев", "Құдайбергенова", "Кенжебаев", "Іздібаев",
             "Ыдырысов", "Smith", "Өмірбеков", "Оспанов"]
    ordered = sorted(names, key=collation_key)
    assert ordered == ["Абаев", "Әбілқасымова", "Кенжебаев", "Құдайбергенова", "Оспанов",
                       "Өмірбеков", "Ыдырысов", "Іздібаев", "Ясауи", "Smith"]


@pytest.mark.parametrize("text, expected", [
    ("2020", PartialDate(2020)), ("2020-05", PartialDate(2020, 5)),
    ("2020-05-01", PartialDate(2020, 5, 1)), ("01.05.2020", PartialDate(2020, 5, 1)),
])
def test_dates_from_user(text: str, expected: PartialDate) -> None:
    assert PartialDate.from_user(text) == expected


@pytest.mark.parametrize("bad", ["май 2020", "2020-13-01x", "sometime"])
def test_bad_typed_dates_are_refused(bad: str) -> None:
    with pytest.raises(InvalidValueError):
        PartialDate.from_user(bad)


@pytest.mark.parametrize("text, lang", [
    ("Қазақстандағы көші-қон", "kk"), ("Миграционное право", "ru"),
    ("Labour migration", "en"), ("", None), ("123", None),
    # і alone is not Kazakh: Ukrainian and Belarusian write it too.
    ("Становлення е-урядування в Республіці Болгарія", "uk"),
    ("Історико-політичні проблеми сучасного світу", "uk"), ("Гісторыя Беларусі", "be"),
    ("Беларускі дзяржаўны ўніверсітэт", "be"), ("Білім беру жүйесі", "kk"),
    ("Тілдік қатынас", "kk"), ("Ғылым", "kk"), ("Тарихи сана мен ғылыми ізденіс", "kk"),
    ("Ежегодник ёлка", "ru"),
    # `і` alone is not Kazakh: the Ukrainian title of Crossref's 10.31861/mhpi2022.45.140-152
    # used to get Kazakh GOST words (`Б.` for pages)
    ("Становлення е-урядування в Республіці Болгарія як чинник модернізації", "uk"),
    ("Історико-політичні проблеми сучасного світу", "uk"),
    ("Білім", "kk"), ("Біз бірге болып келдік деп айтты", "kk"),
    ("Беларуская мова і літаратура ў школе", "be"),
])
def test_script_language(text: str, lang: str | None) -> None:
    assert detect_script_language(text) == lang
