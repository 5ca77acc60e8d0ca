"""program/cohort.diploma_edge: diplomas for a print shop, with bleed (None: an office print)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 20:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ('program', 'cohort'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('diploma_edge', sa.String(length=20), nullable=True))


def downgrade() -> None:
    for table in ('program', 'cohort'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('diploma_edge')
