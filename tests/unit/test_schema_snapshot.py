"""The schema the lean read path checks a file against (app.schema_snapshot) is the models'
at SCHEMA_HEAD: after a migration, `python -m app.schema_snapshot` prints the new one."""

from __future__ import annotations

from app import lean_read, schema_snapshot
from app.db import SCHEMA_HEAD, head_revision
from app.models import Base


def test_the_snapshot_is_the_models_schema_at_the_head() -> None:
    models = {t.name: tuple(c.name for c in t.columns) for t in Base.metadata.sorted_tables}
    hint = "update app/schema_snapshot.py from `python -m app.schema_snapshot`:\n"
    assert models == schema_snapshot.COLUMNS, hint + schema_snapshot.render()
    assert schema_snapshot.REVISION == SCHEMA_HEAD == head_revision(), hint


def test_the_newest_migration_file_is_the_head() -> None:
    """What the lean path compares with REVISION, without Alembic."""
    assert lean_read._newest_migration() == head_revision()


def test_the_printed_snapshot_holds_every_table() -> None:
    printed = schema_snapshot.render()
    assert f'REVISION = "{SCHEMA_HEAD}"' in printed
    assert all(f'"{table}"' in printed for table in schema_snapshot.COLUMNS)
