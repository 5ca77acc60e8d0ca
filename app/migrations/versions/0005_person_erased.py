"""person.erased_at: a person erased whose issued diplomas stay in the register

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('erased_at')
    # SQLite rebuilt person without its lower(email) index (it cannot reflect expressions).
    op.execute('CREATE INDEX IF NOT EXISTS ix_person_email_lower ON person (lower(email))')
