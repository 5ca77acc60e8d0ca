"""What a write says it changed."""

from __future__ import annotations

import dataclasses

import pytest

from app.changes import NOTHING, Changes

KINDS = [f.name for f in dataclasses.fields(Changes)]


def test_nothing_is_false_and_each_kind_alone_is_true() -> None:
    assert not NOTHING and NOTHING.kinds == frozenset()
    for kind in KINDS:
        one = Changes(**{kind: True})
        assert one and one.kinds == {kind}


def test_union_holds_the_kinds_of_both() -> None:
    union = Changes(marks=True) | Changes(people=True, marks=True) | Changes(diplomas=True)
    assert union == Changes(marks=True, people=True, diplomas=True)
    assert union.kinds == {"marks", "people", "diplomas"}
    assert NOTHING | Changes(plans=True) == Changes(plans=True)


def test_everything_names_every_kind() -> None:
    assert Changes.everything().kinds == set(KINDS)


def test_changes_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Changes().marks = True  # type: ignore[misc]
