"""retention periods per organization, and when a person was last changed

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 17:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.add_column(sa.Column('retention_years', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('applicant_retention_months', sa.Integer(), nullable=True))
        batch_op.create_check_constraint(
            'retention_years', 'retention_years IS NULL OR retention_years BETWEEN 1 AND 100'
        )
        batch_op.create_check_constraint(
            'applicant_retention_months',
            'applicant_retention_months IS NULL OR applicant_retention_months BETWEEN 1 AND 1200',
        )

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('updated_at')
    # SQLite rebuilt person without its lower(email) index (it cannot reflect expressions).
    op.execute('CREATE INDEX IF NOT EXISTS ix_person_email_lower ON person (lower(email))')

    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_organization_applicant_retention_months'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_organization_retention_years'), type_='check')
        batch_op.drop_column('applicant_retention_months')
        batch_op.drop_column('retention_years')
