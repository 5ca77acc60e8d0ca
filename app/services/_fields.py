"""Copying the editable fields out of an info dataclass."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

F = TypeVar("F")


def pick[F](fields_class: type[F], source: Any) -> F:
    """``fields_class`` filled from the attributes of ``source`` with the same names."""
    assert dataclasses.is_dataclass(fields_class)
    names = [f.name for f in dataclasses.fields(fields_class)]
    return fields_class(**{name: getattr(source, name) for name in names})
