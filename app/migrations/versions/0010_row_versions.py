"""person and cohort_session: a version number and who changed the row last and when, so
that on a team database a save made from an older version is refused instead of
overwriting another coordinator's change

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 00:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (a constant default for NOT NULL): no table rebuild on SQLite.
    for table in ("person", "cohort_session"):
        op.add_column(
            table,
            sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        )
        op.add_column(table, sa.Column("updated_by", sa.String(length=120)))
    op.add_column("cohort_session", sa.Column("updated_at", sa.DateTime()))


def downgrade() -> None:
    op.drop_column("cohort_session", "updated_at")
    for table in ("cohort_session", "person"):
        op.drop_column(table, "updated_by")
        op.drop_column(table, "version")
