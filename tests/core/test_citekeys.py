"""Citation keys: the JabRef-style pattern, transliteration, never empty, unique."""

from __future__ import annotations

from core import citekeys
from core.dates import PartialDate
from core.model import Creator, Reference
from core.settings import Settings


def ref(family: str | None, year: int | None, title: str | None, **kw: object) -> Reference:
    creators = [Creator(family=family)] if family else []
    return Reference(title=title, issued=PartialDate(year) if year else None, creators=creators,
                     **kw)  # type: ignore[arg-type]


def test_default_pattern_is_author_year_word() -> None:
    assert Settings().citekey_pattern == citekeys.DEFAULT_PATTERN
    assert citekeys.make_key(ref("Abilkasymova", 2023, "Migration policy of Kazakhstan")) == \
        "abilkasymova2023migration"
    # function words are skipped
    assert citekeys.make_key(ref("Smith", 2020, "The effects of migration")) == \
        "smith2020effects"


def test_cyrillic_and_kazakh_are_transliterated() -> None:
    key = citekeys.make_key(ref("Әбілқасымова", 2023, "Қазақстандағы көші-қон мәселелері"))
    assert key == "abilkasymova2023kazakstandagy"
    assert citekeys.make_key(ref("Иванов", 2019, "О миграции населения")) == \
        "ivanov2019migratsii"
    assert key.isascii()


def test_never_empty() -> None:
    assert citekeys.make_key(Reference()) == "ref"
    assert citekeys.make_key(Reference(issued=PartialDate(2001))) == "ref2001"
    assert citekeys.make_key(ref(None, None, "Закон о миграции")) == "zakon"
    org = Reference(title="Report", creators=[Creator(literal="World Health Organization")],
                    issued=PartialDate(2020))
    assert citekeys.make_key(org) == "who2020report"
    assert citekeys.make_key(ref("凯撒", 2013, "测试")).isascii()


def test_jabref_markers_and_modifiers() -> None:
    r = Reference(title="Labour migration and the state", issued=PartialDate(2021),
                  creators=[Creator(family="Smith"), Creator(family="Jones"),
                            Creator(family="Brown")], page="15-30", volume="4")
    assert citekeys.make_key(r, "[auth][year][shorttitle]") == "Smith2021LabourMigrationState"
    assert citekeys.make_key(r, "[authors2]_[shortyear]") == "SmithJonesEtAl_21"
    assert citekeys.make_key(r, "[auth:upper][year]:[firstpage]-[lastpage]") == \
        "SMITH2021:15-30"
    assert citekeys.make_key(r, "[authEtAl][title:abbr]") == "SmithEtAlLMATS"
    assert citekeys.make_key(r, "[auth4][veryshorttitle:lower:truncate3]") == "Smitlab"
    assert citekeys.make_key(r, "[edtr:(anon)][year]") == "anon2021"


def test_unique_against_used_keys() -> None:
    refs = [ref("Smith", 2020, "Migration law") for _ in range(3)]
    taken = citekeys.assign(refs, {"smith2020migration"})
    assert [r.citation_key for r in refs] == ["smith2020migrationa", "smith2020migrationb",
                                              "smith2020migrationc"]
    assert "smith2020migrationc" in taken
    assert citekeys.suffix(25) == "z" and citekeys.suffix(26) == "aa"


def test_existing_keys_kept_when_free_and_usable() -> None:
    kept = ref("Smith", 2020, "X", citation_key="Smith:2020")
    clash = ref("Smith", 2020, "X", citation_key="taken")
    cyrillic = ref("Иванов", 2020, "Право", citation_key="Иванов2020")
    citekeys.assign([kept, clash, cyrillic], {"taken"})
    assert kept.citation_key == "Smith:2020"
    assert clash.citation_key == "takena"
    assert cyrillic.citation_key == "ivanov2020pravo"
