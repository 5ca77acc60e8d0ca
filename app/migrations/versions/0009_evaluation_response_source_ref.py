"""evaluation_response.source_ref: the Forms export row an answer came from, unique per
evaluation, so that a later export of the same form imports only its new rows

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 23:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN and CREATE UNIQUE INDEX: no table rebuild on SQLite.
    op.add_column("evaluation_response", sa.Column("source_ref", sa.String(length=80)))
    op.create_index(
        "uq_evaluation_response_source",
        "evaluation_response",
        ["evaluation_id", "source_ref"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("uq_evaluation_response_source", table_name="evaluation_response")
    op.drop_column("evaluation_response", "source_ref")  # SQLite 3.35+: no rebuild either
