"""Taking a cohort along offline: cohort_checkout and serial_reservation on the server,
checkout_origin and checkout_baseline in the laptop's file; and a version of the diploma
design on program and cohort, so that a design saved from an older one is refused

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 01:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (a constant default for NOT NULL): no table rebuild on SQLite.
    for table in ("program", "cohort"):
        op.add_column(
            table,
            sa.Column("design_version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        )
        op.add_column(table, sa.Column("design_updated_by", sa.String(length=120)))
        op.add_column(table, sa.Column("design_updated_at", sa.DateTime()))
    op.create_table(
        "cohort_checkout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("checked_out_by", sa.String(length=120), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_cohort_checkout_cohort_id_cohort"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohort_checkout")),
        sa.UniqueConstraint("cohort_id", name=op.f("uq_cohort_checkout_cohort_id")),
        sa.UniqueConstraint("token", name=op.f("uq_cohort_checkout_token")),
    )
    op.create_table(
        "serial_reservation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("prefix", sa.String(length=40), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "last >= first AND first >= 1", name=op.f("ck_serial_reservation_range")
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_serial_reservation_cohort_id_cohort"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_serial_reservation")),
        sa.UniqueConstraint("prefix", "first", name="uq_serial_reservation_prefix_first"),
    )
    op.create_index(
        op.f("ix_serial_reservation_token"), "serial_reservation", ["token"], unique=False
    )
    op.create_index(
        op.f("ix_serial_reservation_cohort_id"), "serial_reservation", ["cohort_id"], unique=False
    )
    op.create_table(
        "checkout_origin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("server", sa.String(length=500), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("checked_out_by", sa.String(length=120), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkout_origin")),
        sa.UniqueConstraint("token", name=op.f("uq_checkout_origin_token")),
    )
    op.create_table(
        "checkout_baseline",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_checkout_baseline")),
    )


def downgrade() -> None:
    op.drop_table("checkout_baseline")
    op.drop_table("checkout_origin")
    op.drop_index(op.f("ix_serial_reservation_cohort_id"), table_name="serial_reservation")
    op.drop_index(op.f("ix_serial_reservation_token"), table_name="serial_reservation")
    op.drop_table("serial_reservation")
    op.drop_table("cohort_checkout")
    for table in ("cohort", "program"):
        op.drop_column(table, "design_updated_at")
        op.drop_column(table, "design_updated_by")
        op.drop_column(table, "design_version")
