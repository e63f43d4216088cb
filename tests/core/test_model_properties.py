"""Property tests: no CSL-JSON input crashes the record model, and write -> read is stable."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import InvalidValueError
from core.model import CREATOR_ROLES, Reference

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=30))
JSONISH = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)
KEYS = st.sampled_from(["title", "type", "DOI", "ISBN", "ISSN", "issued", "accessed", "language",
                        "keyword", "page", "volume", "id", "container-title", "updated-by",
                        "issn-type", "adopted", "note", "URL", "number", "x-custom",
                        *CREATOR_ROLES[:6]])
NAME = st.fixed_dictionaries({}, optional={
    "family": st.text(max_size=12), "given": st.text(max_size=12),
    "literal": st.text(max_size=12), "suffix": st.text(max_size=4),
    "non-dropping-particle": st.text(max_size=6)})
DATE = st.one_of(st.fixed_dictionaries({"date-parts": st.lists(st.lists(
    st.one_of(st.integers(-5, 3000), st.text(max_size=4)), max_size=3), max_size=2)}),
    st.text(max_size=12), st.fixed_dictionaries({"literal": st.text(max_size=12)}))
ITEM = st.dictionaries(KEYS, st.one_of(JSONISH, st.lists(NAME, max_size=3), DATE), max_size=10)


@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(ITEM)
def test_any_item_is_read_or_refused_clearly(item: dict[str, Any]) -> None:
    try:
        ref = Reference.from_csl(item)
    except InvalidValueError:
        return
    out = ref.to_csl()
    json.dumps(out, ensure_ascii=False)  # always serialisable
    again = Reference.from_csl(json.loads(json.dumps(out))).to_csl()
    assert again == Reference.from_csl(again).to_csl()  # write -> read is a fixed point
