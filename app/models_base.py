"""The declarative base every table of :mod:`app.models` and :mod:`app.models_diplomas`
shares (one metadata, one naming convention for constraints), the portable enum column,
and the audit clock."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Enum, MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def who_changes() -> str:
    """Who saves a change, as the next coordinator is told if theirs came too late: the
    operating system's user name."""
    import getpass

    try:
        return getpass.getuser()[:120]
    except (KeyError, OSError):  # no name for this user id (a container, a service)
        return "?"


def enum_column(cls: type[enum.StrEnum], name: str) -> Enum:
    """A portable enum column: a VARCHAR plus a CHECK constraint listing the values."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
