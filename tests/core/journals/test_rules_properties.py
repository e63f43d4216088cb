"""Properties of the verdict logic and of the slot assignment, checked on random inputs."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from core.journals.rules import Result, Verdict, combine, maximum_matching

verdicts = st.lists(st.sampled_from(list(Result)).map(lambda r: Verdict(r, (r.value,))),
                    min_size=1, max_size=6)


@given(verdicts)
def test_de_morgan_holds_in_three_valued_logic(parts: list[Verdict]) -> None:
    negated = [combine("not", [v]) for v in parts]
    assert combine("not", [combine("all", parts)]).result == combine("any", negated).result
    assert combine("not", [combine("any", parts)]).result == combine("all", negated).result


@given(verdicts)
def test_unknown_never_becomes_a_no_by_itself(parts: list[Verdict]) -> None:
    # `all` says "not eligible" only when some part is not eligible; `any` says "eligible" only
    # when some part is eligible.
    results = {v.result for v in parts}
    if combine("all", parts).result is Result.NOT_ELIGIBLE:
        assert Result.NOT_ELIGIBLE in results
    if combine("any", parts).result is Result.ELIGIBLE:
        assert Result.ELIGIBLE in results


@given(st.lists(st.lists(st.integers(0, 3), max_size=4, unique=True), min_size=1, max_size=5))
def test_matching_is_maximum_and_valid(adjacency: list[list[int]]) -> None:
    left = [f"p{i}" for i in range(len(adjacency))]
    edges = dict(zip(left, adjacency, strict=True))
    owner = maximum_matching(left, edges, 4)
    used = [o for o in owner if o is not None]
    assert len(used) == len(set(used))                       # one slot per publication
    assert all(slot in edges[o] for slot, o in enumerate(owner) if o is not None)
    best = 0                                                  # brute force
    for k in range(len(left), 0, -1):
        for chosen in itertools.combinations(left, k):
            for slots in itertools.permutations(range(4), k):
                if all(s in edges[p] for p, s in zip(chosen, slots, strict=True)):
                    best = k
                    break
            if best:
                break
        if best:
            break
    assert len(used) == best
