"""Open Library books API records (documented jscmd=data format) mapped to books."""

from __future__ import annotations

import pytest

from core.errors import InvalidValueError
from core.openlibrary import book_record, book_to_reference, books_url_path, split_person

RECORD = {
    "url": "https://openlibrary.org/books/OL7353617M/Fantastic_Mr._Fox",
    "key": "/books/OL7353617M", "title": "Fantastic Mr. Fox",
    "authors": [{"url": "https://openlibrary.org/authors/OL34184A/Roald_Dahl",
                 "name": "Roald Dahl"}],
    "number_of_pages": 96,
    "identifiers": {"isbn_10": ["0140328726"], "isbn_13": ["9780140328721"],
                    "lccn": ["80000000"], "openlibrary": ["OL7353617M"]},
    "publishers": [{"name": "Puffin"}], "publish_places": [{"name": "New York"}],
    "publish_date": "October 1, 1988",
    "subjects": [{"name": "Foxes", "url": "https://openlibrary.org/subjects/foxes"}],
}


def test_books_api_path_and_record_lookup() -> None:
    path, query = books_url_path("0-14-032872-6")
    assert path == "/api/books"
    assert query == {"bibkeys": "ISBN:9780140328721", "format": "json", "jscmd": "data"}
    assert book_record({"ISBN:9780140328721": RECORD}, "9780140328721") is RECORD
    assert book_record({}, "9780140328721") is None


def test_record_mapped_to_book() -> None:
    ref = book_to_reference(RECORD, "9780140328721")
    assert ref.type == "book" and ref.title == "Fantastic Mr. Fox"
    assert (ref.authors[0].family, ref.authors[0].given) == ("Dahl", "Roald")
    assert ref.publisher == "Puffin" and ref.publisher_place == "New York"
    assert ref.issued.iso() == "1988-10-01"
    assert ref.isbn == ["978-0-14-032872-1"] and ref.number_of_pages == "96"
    assert ref.keywords == ["Foxes"] and ref.extra["openlibrary-lccn"] == ["80000000"]
    assert ref.language == "en"


@pytest.mark.parametrize(("name", "family", "given"), [
    ("Иванов И. И.", "Иванов", "И. И."), ("Roald Dahl", "Dahl", "Roald"),
    ("Сулейменов, Майдан Кунтуарович", "Сулейменов", "Майдан Кунтуарович")])
def test_person_names(name: str, family: str, given: str) -> None:
    person = split_person(name)
    assert (person.family, person.given) == (family, given)


def test_not_a_record() -> None:
    with pytest.raises(InvalidValueError):
        book_to_reference(["x"], "9780140328721")  # type: ignore[arg-type]
