"""Field sets per item type (core/type_fields.py) and the form's text <-> record mapping with its
checks (core/field_values.py), on the 40-source GOST fixture and real-world identifiers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import field_values as fv
from core import type_fields as tf
from core.dates import PartialDate
from core.errors import InvalidValueError
from core.model import CSL_TYPES, Issn, Reference

ROOT = Path(__file__).resolve().parents[2]
ITEMS = {i["id"]: i for i in json.loads(
    (ROOT / "tests" / "fixtures" / "gost" / "sources_40.json").read_text("utf-8"))}


def ref_of(item_id: str) -> Reference:
    return Reference.from_csl(ITEMS[item_id])


# ------------------------------------------------------------------------------ field sets
@pytest.mark.parametrize("type_", CSL_TYPES)
def test_every_type_has_a_form_of_known_fields_without_repeats(type_: str) -> None:
    form = tf.form_for(type_)
    keys = [*tf.title_section(type_).keys, *form.keys, *tf.ABOUT_KEYS]
    assert keys, type_
    assert len(keys) == len(set(keys)), f"{type_} lists a field twice"
    assert all(k in tf.FIELDS for k in keys)
    assert all(f.kind in tf.KINDS for s in form.sections for f in s.fields)
    assert form.roles and form.roles[0] in ("author", "editor", "organizer", "director")


def test_journal_article_fields_in_order() -> None:
    keys = tf.form_for("article-journal").keys
    wanted = ["container_title", "volume", "issue", "page", "number", "issn", "doi"]
    assert [k for k in keys if k in wanted] == wanted
    labels = {f.key: f.label for s in tf.form_for("article-journal").sections for f in s.fields}
    assert labels["container_title"] == "journal"
    assert labels["number"] == "article_number"


def test_law_form_has_adoption_authority_version_and_gazette() -> None:
    form = tf.form_for("legislation")
    keys = form.keys
    for key in ("number", "adopted", "authority", "jurisdiction", "version_date", "gazette_title",
                "gazette_year", "gazette_number", "gazette_article", "url", "accessed"):
        assert key in keys, key
    labels = {f.key: f.label for s in form.sections for f in s.fields}
    assert labels["authority"] == "issuing_body"
    assert labels["version_date"] == "as_amended_on"
    assert [s.label for s in form.sections] == ["act", "official_publication", "online"]


def test_court_decision_and_thesis_name_their_fields_for_the_type() -> None:
    court = {f.key: f.label for s in tf.form_for("legal_case").sections for f in s.fields}
    assert court["authority"] == "court" and court["issued"] == "date_of_decision"
    assert "case_number" in court
    assert tf.form_for("legal_case").title_label == "case_name"
    thesis = {f.key: f.label for s in tf.form_for("thesis").sections for f in s.fields}
    assert thesis["publisher"] == "institution"
    assert thesis["number"] == "specialty_code"
    assert thesis["genre"] == "degree"
    assert tf.FIELDS["extra:degree"].choices == ("candidate", "doctor", "phd")


def test_unknown_type_falls_back_to_the_generic_form() -> None:
    form = tf.form_for("musical_score")
    assert form.type == "musical_score"
    assert {"container_title", "publisher", "issued", "doi", "url"} <= set(form.keys)
    assert tf.form_for("no-such-type").keys == form.keys


def test_fields_holding_data_outside_the_type_are_shown_as_other() -> None:
    ref = ref_of("article-kk")
    ref.gazette_title = "Ведомости"
    ref.extra["funder"] = [{"name": "MES RK"}]
    ref.extra["version"] = "2"
    ref.extra["silteme-cleaned"] = ["title:caps"]
    sections = tf.visible_sections("article-journal", ref)
    other = next(s for s in sections if s.label == "other")
    assert "gazette_title" in other.keys and "extra:version" in other.keys
    assert "volume" not in other.keys  # the form lists it already
    assert sections[-1].label == "about"
    assert tf.kept_extra_keys(ref) == ["funder", "silteme-cleaned"]


def test_switching_a_law_to_an_article_keeps_its_legal_fields_visible() -> None:
    ref = ref_of("migr")
    other = {f.key for s in tf.visible_sections("article-journal", ref) if s.label == "other"
             for f in s.fields}
    assert {"adopted", "version_date", "gazette_title", "gazette_article", "genre"} <= other
    assert "number" not in other  # an article has a number field of its own


def test_every_label_key_is_a_plain_word() -> None:
    for key in tf.label_keys():
        assert key and key.replace("_", "").isalpha() and key == key.lower(), key


# ------------------------------------------------------------------------------ field texts
def test_texts_of_a_stored_law() -> None:
    ref = ref_of("migr")
    assert fv.field_text(ref, "adopted") == "2011-07-22"
    assert fv.field_text(ref, "gazette_article") == "128"
    assert fv.field_text(ref, "url") == ""
    assert fv.field_text(ref, "extra:autoreferat") == ""
    thesis = ref_of("diss")
    assert fv.field_text(thesis, "extra:degree") == "candidate"


def test_apply_texts_writes_typed_values_in_their_canonical_form() -> None:
    ref = ref_of("article-kk")
    new = fv.apply_texts(ref, {"issn": "issn 2617-9350", "doi": "https://doi.org/10.26577/JAPJ.X",
                               "issued": "15.03.2022", "language": "Kazakh",
                               "keywords": "көші-қон; құқық", "extra:autoreferat": "true",
                               "volume": ""})
    assert new.issn == [Issn("2617-9350")]
    assert new.doi == "10.26577/japj.x"
    assert new.issued == PartialDate(2022, 3, 15)
    assert new.language == "kk"
    assert new.keywords == ["көші-қон", "құқық"]
    assert new.extra["autoreferat"] is True
    assert new.volume is None
    assert ref.volume == "101"  # the original is untouched


def test_apply_refuses_an_invalid_value_and_names_the_field() -> None:
    ref = ref_of("article-kk")
    with pytest.raises(InvalidValueError) as err:
        fv.apply_texts(ref, {"title": "ok", "issn": "2617-9351"})
    assert err.value.field == "issn"


def test_issn_types_survive_an_edit_of_the_list() -> None:
    ref = Reference(issn=[Issn("0317-8471", "print"), Issn("2617-9350", "electronic")])
    new = fv.apply_texts(ref, {"issn": "2617-9350"})
    assert new.issn == [Issn("2617-9350", "electronic")]


def test_invalid_imported_identifier_is_shown_and_replaced_when_rewritten() -> None:
    ref = Reference.from_csl({"type": "book", "title": "T", "ISBN": "978-601-00000-0-0",
                              "DOI": "not a doi"})
    assert ref.isbn == [] and "invalid-ISBN" in ref.extra
    assert fv.field_text(ref, "isbn") == "978-601-00000-0-0"
    assert fv.field_text(ref, "doi") == "not a doi"
    warnings = fv.problems_of("isbn", "978-601-00000-0-0", stored_text="978-601-00000-0-0")
    assert [p.code for p in warnings] == [fv.KEPT_AS_IMPORTED]
    assert not warnings[0].blocks_save
    new = fv.apply_texts(ref, {"isbn": "978-0-306-40615-7", "doi": ""})
    assert new.isbn == ["978-0-306-40615-7"]
    assert "invalid-ISBN" not in new.extra and "invalid-DOI" not in new.extra
    assert "DOI" not in new.to_csl()


# ------------------------------------------------------------------------------ checks
@pytest.mark.parametrize(("kind", "text", "code", "detail"), [
    (tf.ISSN, "0317-8470", fv.ISSN_CHECKSUM, "1"),
    (tf.ISSN, "1234-567", fv.ISSN_FORMAT, ""),
    (tf.ISBN, "978-0-306-40615-6", fv.ISBN_CHECKSUM, "7"),
    (tf.ISBN, "0-306-40615-3", fv.ISBN_CHECKSUM, "2"),
    (tf.ISBN, "978-0-306", fv.ISBN_FORMAT, "length"),
    (tf.DOI, "doi 11.1000/xyz", fv.DOI_FORMAT, None),
    (tf.DATE, "весна 2021", fv.DATE_FORMAT, ""),
    (tf.DATE, "2021-02-30", fv.DATE_IMPOSSIBLE, ""),
    (tf.DATE, "31.04.2021", fv.DATE_IMPOSSIBLE, ""),
    (tf.DATE, "2021-13", fv.DATE_IMPOSSIBLE, ""),
])
def test_check_finds_the_problem(kind: str, text: str, code: str, detail: str | None) -> None:
    problems = fv.check(kind, text)
    assert [p.code for p in problems] == [code]
    assert problems[0].blocks_save
    if detail is not None:
        assert problems[0].detail == detail


@pytest.mark.parametrize(("kind", "text"), [
    (tf.ISSN, "0317-8471, 2617-9350"), (tf.ISSN, "e-ISSN: 2617 9350"),
    (tf.ISBN, "978-601-7070-01-4"), (tf.ISBN, "0-306-40615-2"),
    (tf.DOI, "https://doi.org/10.26577/JAPJ.2022.v101.i1.02"), (tf.DOI, "doi:10.1000/XYZ."),
    (tf.DATE, "2021"), (tf.DATE, "2021-05"), (tf.DATE, "2021-05-31"), (tf.DATE, "29.02.2024"),
    (tf.URL, "https://adilet.zan.kz/rus/docs/Z1100000477"), (tf.LANGUAGE, "kk"),
    (tf.LANGUAGE, "Russian"), (tf.DATE, ""),
])
def test_check_accepts_good_values(kind: str, text: str) -> None:
    assert fv.check(kind, text) == []


def test_url_and_language_problems_are_warnings() -> None:
    (url,) = fv.check(tf.URL, "adilet.zan.kz docs")
    (lang,) = fv.check(tf.LANGUAGE, "klingon")
    assert not url.blocks_save and not lang.blocks_save


# ------------------------------------------------------------------------------ replaying edits
def test_replay_restores_exactly_and_keeps_changes_made_meanwhile() -> None:
    before = ref_of("article-kk")
    after = fv.apply_texts(before, {"title": "Жаңа атау", "volume": "102"})
    after.creators.reverse()
    assert fv.changed_csl_keys(before, after) == ["author", "title", "volume"]
    undone = fv.replay_changes(after, after, before)
    assert undone.to_csl(include_id=False) == before.to_csl(include_id=False)
    meanwhile = after.with_changes(abstract="From a refresh")
    undone = fv.replay_changes(meanwhile, after, before)
    assert undone.title == before.title and undone.volume == "101"
    assert [c.family for c in undone.creators] == ["Жетпісов", "Құрманғалиұлы"]
    assert undone.abstract == "From a refresh"
