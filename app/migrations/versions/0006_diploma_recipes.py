"""diploma recipes: content JSON + design snapshot instead of PDF bytes in every row

Each issued diploma is stored as its recipe (the content as canonical JSON and a shared
design snapshot) with a record hash; the PDF is rebuilt from it. Rows issued before keep
their frozen PDF bytes, moved to diploma_frozen_pdf so that the register holds no blob; their
record hash is the hash of those bytes (the old pdf_sha256).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 19:40:00
"""

import warnings
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('diploma_design_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('design_json', sa.Text(), nullable=False),
    sa.Column('renderer_json', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('length(sha256) = 64', name=op.f('ck_diploma_design_snapshot_sha256_length')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diploma_design_snapshot')),
    sa.UniqueConstraint('sha256', name=op.f('uq_diploma_design_snapshot_sha256'))
    )
    op.create_table('diploma_frozen_pdf',
    sa.Column('diploma_id', sa.Integer(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.CheckConstraint('length(pdf) > 0', name=op.f('ck_diploma_frozen_pdf_not_empty')),
    sa.ForeignKeyConstraint(['diploma_id'], ['diploma.id'], name=op.f('fk_diploma_frozen_pdf_diploma_id_diploma'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('diploma_id', name=op.f('pk_diploma_frozen_pdf'))
    )
    op.execute('INSERT INTO diploma_frozen_pdf (diploma_id, pdf) SELECT id, pdf FROM diploma')
    # SQLite rebuilds the table (run with foreign keys off, so nothing cascades); reflecting
    # it warns about person's expression index, which the rebuild does not touch.
    with warnings.catch_warnings():
        warnings.filterwarnings('ignore', message='.*expression-based index.*')
        _upgrade_diploma()


def _upgrade_diploma() -> None:
    with op.batch_alter_table('diploma', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_diploma_frozen_pdf'), type_='check')
        batch_op.drop_column('pdf')
        batch_op.alter_column('pdf_sha256', new_column_name='record_sha256',
               existing_type=sa.String(length=64), existing_nullable=False)
        batch_op.add_column(sa.Column('content_json', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('snapshot_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_diploma_snapshot_id'), ['snapshot_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_diploma_snapshot_id_diploma_design_snapshot'), 'diploma_design_snapshot', ['snapshot_id'], ['id'], ondelete='RESTRICT')
        batch_op.create_check_constraint(batch_op.f('ck_diploma_record_sha256'), 'length(record_sha256) = 64')
        batch_op.create_check_constraint(batch_op.f('ck_diploma_recipe_whole'), '(content_json IS NULL) = (snapshot_id IS NULL)')


def downgrade() -> None:
    # Rows issued as recipes have no PDF bytes to put back, and 0005's register cannot hold
    # them without: refuse before changing anything, rather than leave rows without a PDF.
    recipes = op.get_bind().execute(
        sa.text('SELECT count(*) FROM diploma WHERE content_json IS NOT NULL')
    ).scalar_one()
    if recipes:
        from app.services.diploma_recipes import downgrade_refused

        raise downgrade_refused(recipes)
    # Only rows issued before recipes: their frozen bytes go back into the register.
    with warnings.catch_warnings():
        warnings.filterwarnings('ignore', message='.*expression-based index.*')
        _downgrade_diploma()
    op.execute('UPDATE diploma SET pdf = (SELECT pdf FROM diploma_frozen_pdf WHERE diploma_frozen_pdf.diploma_id = diploma.id)')
    op.drop_table('diploma_frozen_pdf')
    op.drop_table('diploma_design_snapshot')


def _downgrade_diploma() -> None:
    with op.batch_alter_table('diploma', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_diploma_recipe_whole'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_diploma_record_sha256'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_diploma_snapshot_id_diploma_design_snapshot'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_diploma_snapshot_id'))
        batch_op.drop_column('snapshot_id')
        batch_op.drop_column('content_json')
        batch_op.alter_column('record_sha256', new_column_name='pdf_sha256',
               existing_type=sa.String(length=64), existing_nullable=False)
        batch_op.add_column(sa.Column('pdf', sa.LargeBinary(), nullable=True))
