"""DOI, ISSN and ISBN normalisation on the messy forms users paste."""

from __future__ import annotations

import pytest

from core.errors import InvalidValueError
from core.identifiers import (
    find_dois,
    find_isbns,
    is_doi,
    normalize_doi,
    normalize_isbn,
    normalize_issn,
    split_identifiers,
)


@pytest.mark.parametrize("raw", [
    "10.47059/ml.v20i5.2891",
    "https://doi.org/10.47059/ml.v20i5.2891",
    "http://dx.doi.org/10.47059/ML.V20I5.2891",
    "doi:10.47059/ml.v20i5.2891",
    "DOI 10.47059/ml.v20i5.2891",
    "DOI: 10.47059/ml.v20i5.2891.",
    "https://doi.org/10.47059%2Fml.v20i5.2891",
    "  10.47059/ml.v20i5.2891);  ",
    "info:doi/10.47059/ml.v20i5.2891",
])
def test_doi_forms_normalise_to_one(raw: str) -> None:
    assert normalize_doi(raw) == "10.47059/ml.v20i5.2891"


def test_doi_with_brackets_inside_keeps_them() -> None:
    raw = "10.1002/(SICI)1097-4636(199901)44:1<1::AID-JBM1>3.0.CO;2-9"
    assert normalize_doi(raw) == raw.lower()
    assert normalize_doi("10.1016/S0140-6736(20)30183-5).") == "10.1016/s0140-6736(20)30183-5"
    assert find_dois("(see <https://doi.org/10.1038/nnano.2014.279>)") == ["10.1038/nnano.2014.279"]


@pytest.mark.parametrize("bad", ["", "10.1/", "hello", "11.1000/x", "doi:", "10.12/abc"])
def test_not_a_doi(bad: str) -> None:
    with pytest.raises(InvalidValueError):
        normalize_doi(bad)
    assert not is_doi(bad)


def test_find_every_doi_in_a_pasted_block() -> None:
    text = """1) Khamzin A.Sh. ... // Migration Letters. 2023. https://doi.org/10.47059/ml.v20i5.2891
    2) Смит Дж. — DOI: 10.1016/j.neurobiolaging.2010.03.024. — С. 5.
    3) again https://doi.org/10.47059/ML.V20I5.2891, and doi:10.1038/nnano.2014.279;"""
    assert find_dois(text) == ["10.47059/ml.v20i5.2891", "10.1016/j.neurobiolaging.2010.03.024",
                               "10.1038/nnano.2014.279"]


def test_dois_run_together_in_a_list_cell_are_told_apart() -> None:
    # A spreadsheet cell or a CSV field: "doi1;doi2", "doi1,doi2". A SICI DOI's own ";2-A" is
    # not a new DOI.
    assert find_dois("10.5555/12345678;10.1234/foo,10.9999/bar") == [
        "10.5555/12345678", "10.1234/foo", "10.9999/bar"]
    sici = "10.1002/(SICI)1097-4636(199901)44:1<1::AID-JBM1>3.0.CO;2-A"
    assert find_dois(f"{sici};10.1038/srep16696") == [sici.lower(), "10.1038/srep16696"]


def test_url_encoded_dois_in_text_are_decoded() -> None:
    text = ("see https://doi.org/10.1002/%28SICI%291097-4636%28199901%2944%3A1%3C1%3A%3A"
            "AID-JBM1%3E3.0.CO%3B2-A and https://doi.org/10.7868%2Fs0040357115030100.")
    assert find_dois(text) == ["10.1002/(sici)1097-4636(199901)44:1<1::aid-jbm1>3.0.co;2-a",
                               "10.7868/s0040357115030100"]
    assert normalize_doi(text.split()[1]) == find_dois(text)[0]
    # ...also when the slash itself was not encoded
    assert find_dois(text.split()[1]) == [find_dois(text)[0]]


@pytest.mark.parametrize("raw, issn", [
    ("0028-0836", "0028-0836"), ("00280836", "0028-0836"), ("ISSN 0091-679x", "0091-679X"),
    ("2049 3630", "2049-3630"), ("eISSN: 1741-8992", "1741-8992"), ("1741‐8992", "1741-8992"),
])
def test_issn(raw: str, issn: str) -> None:
    assert normalize_issn(raw) == issn


def test_issn_check_digit_and_lost_zeros() -> None:
    with pytest.raises(InvalidValueError, match="check digit"):
        normalize_issn("0024-9318")
    assert normalize_issn(280836, repair_zeros=True) == "0028-0836"
    with pytest.raises(InvalidValueError):
        normalize_issn("280836")  # no repair unless asked
    with pytest.raises(InvalidValueError):
        normalize_issn("249318", repair_zeros=True)  # padded value fails the check: rejected


@pytest.mark.parametrize("raw, isbn", [
    ("978-601-7023-35-5", "978-601-7023-35-5"), ("9786017023355", "978-601-7023-35-5"),
    ("ISBN 5-02-013850-9", "978-5-02-013850-6"), ("0-306-40615-2", "978-0-306-40615-7"),
])
def test_isbn(raw: str, isbn: str) -> None:
    assert normalize_isbn(raw) == isbn


def test_bad_isbn() -> None:
    with pytest.raises(InvalidValueError):
        normalize_isbn("978-601-7023-35-4")


def test_split_identifiers() -> None:
    assert split_identifiers("0028-0836, 1476-4687") == ["0028-0836", "1476-4687"]
    assert split_identifiers("0028-0836 1476-4687") == ["0028-0836", "1476-4687"]
    assert split_identifiers("978-601-7023-35-5; 0-306-40615-2") == ["978-601-7023-35-5",
                                                                     "0-306-40615-2"]


def test_issn_check_digit_for_a_form_message() -> None:
    from core.identifiers import issn_check_digit

    assert issn_check_digit("1741-8983") == "4"       # 1741-8984 is Migration Letters
    assert issn_check_digit("0091-679") == "X"
    assert issn_check_digit("ISSN 0028 0836") == "6"
    assert issn_check_digit("1741-89") is None and issn_check_digit("17A1-8984") is None


def test_find_isbns_in_a_pasted_block() -> None:
    text = ("Сулейменов М. К. Гражданское право. Алматы, 2016. ISBN 5-7555-0712-0.\n"
            "Book chapter https://doi.org/10.1007/978-3-662-46370-3_13 (its DOI holds an ISBN)\n"
            "Tel. 8 701 555 1234, id 0306406152, ISBN-13: 978 1 108 34884 3; again 9781108348843"
            "; ISBN 0-8044-2957-Х (Cyrillic Х); bad 978-5-7555-0712-8, ISBN 0-306-40615-3")
    assert find_isbns(text) == ["978-5-7555-0712-7", "978-1-108-34884-3", "978-0-8044-2957-3"]
    assert find_isbns("10.1017/9781108348843") == []
