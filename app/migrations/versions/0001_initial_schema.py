"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 06:02:56.988625
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _code_check() -> str:
    """A programme code starts with A–Z or 0–9 (SQLite's GLOB; PostgreSQL's regular
    expression: the same rule on both)."""
    if op.get_bind().dialect.name == 'postgresql':
        return "code ~ '^[A-Z0-9]' AND length(code) BETWEEN 1 AND 10"
    return "code GLOB '[A-Z0-9]*' AND length(code) BETWEEN 1 AND 10"


def upgrade() -> None:
    op.create_table('organization',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("trim(name) <> ''", name=op.f('ck_organization_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization')),
    sa.UniqueConstraint('name', name=op.f('uq_organization_name'))
    )
    op.create_table('stored_image',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mime_type', sa.String(length=40), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("mime_type IN ('image/png', 'image/jpeg')", name=op.f('ck_stored_image_mime_type')),
    sa.CheckConstraint('length(data) > 0', name=op.f('ck_stored_image_not_empty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stored_image'))
    )
    with op.batch_alter_table('stored_image', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stored_image_sha256'), ['sha256'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('name_as_printed', sa.String(length=300), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=True),
    sa.Column('job_title', sa.String(length=200), nullable=True),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("trim(first_name) <> '' OR trim(last_name) <> ''", name=op.f('ck_person_has_name')),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_person_organization_id_organization'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index('ix_person_last_first', ['last_name', 'first_name'], unique=False)
        # expression index: autogenerate cannot reflect it on SQLite, so it is written by hand
        batch_op.create_index('ix_person_email_lower', [sa.text('lower(email)')], unique=False)
        batch_op.create_index(batch_op.f('ix_person_organization_id'), ['organization_id'], unique=False)

    op.create_table('program',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('organizer', sa.String(length=200), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('focus_areas', sa.Text(), nullable=True),
    sa.Column('logo_image_id', sa.Integer(), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('min_attendance_percent', sa.Integer(), nullable=False),
    sa.Column('require_all_mandatory', sa.Boolean(), nullable=False),
    sa.Column('count_late', sa.Boolean(), nullable=False),
    sa.Column('count_left_early', sa.Boolean(), nullable=False),
    sa.Column('count_excused', sa.Boolean(), nullable=False),
    sa.Column('require_action_plan', sa.Boolean(), nullable=False),
    sa.Column('diploma_template', sa.String(length=40), nullable=False),
    sa.Column('diploma_title', sa.String(length=200), nullable=True),
    sa.Column('diploma_wording', sa.Text(), nullable=True),
    sa.Column('diploma_place', sa.String(length=200), nullable=True),
    sa.Column('accent_color', sa.String(length=7), nullable=True),
    sa.CheckConstraint(_code_check(), name=op.f('ck_program_code')),
    sa.CheckConstraint("trim(name) <> ''", name=op.f('ck_program_name_not_blank')),
    sa.CheckConstraint('min_attendance_percent BETWEEN 0 AND 100', name=op.f('ck_program_min_percent')),
    sa.ForeignKeyConstraint(['logo_image_id'], ['stored_image.id'], name=op.f('fk_program_logo_image_id_stored_image'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program')),
    sa.UniqueConstraint('code', name=op.f('uq_program_code')),
    sa.UniqueConstraint('name', name=op.f('uq_program_name'))
    )
    op.create_table('cohort',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('planning', 'running', 'completed', name='cohort_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('fee_minor', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('vat_basis_points', sa.Integer(), nullable=False),
    sa.Column('language', sa.Enum('sv', 'en', 'fi', name='document_language', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('diploma_issue_date', sa.Date(), nullable=True),
    sa.Column('logo_image_id', sa.Integer(), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('min_attendance_percent', sa.Integer(), nullable=False),
    sa.Column('require_all_mandatory', sa.Boolean(), nullable=False),
    sa.Column('count_late', sa.Boolean(), nullable=False),
    sa.Column('count_left_early', sa.Boolean(), nullable=False),
    sa.Column('count_excused', sa.Boolean(), nullable=False),
    sa.Column('require_action_plan', sa.Boolean(), nullable=False),
    sa.Column('diploma_template', sa.String(length=40), nullable=False),
    sa.Column('diploma_title', sa.String(length=200), nullable=True),
    sa.Column('diploma_wording', sa.Text(), nullable=True),
    sa.Column('diploma_place', sa.String(length=200), nullable=True),
    sa.Column('accent_color', sa.String(length=7), nullable=True),
    sa.CheckConstraint("trim(name) <> ''", name=op.f('ck_cohort_name_not_blank')),
    sa.CheckConstraint('capacity IS NULL OR capacity > 0', name=op.f('ck_cohort_capacity')),
    sa.CheckConstraint('end_date IS NULL OR start_date IS NULL OR end_date >= start_date', name=op.f('ck_cohort_dates')),
    sa.CheckConstraint('fee_minor IS NULL OR fee_minor >= 0', name=op.f('ck_cohort_fee')),
    sa.CheckConstraint('min_attendance_percent BETWEEN 0 AND 100', name=op.f('ck_cohort_min_percent')),
    sa.CheckConstraint('vat_basis_points BETWEEN 0 AND 10000', name=op.f('ck_cohort_vat')),
    sa.ForeignKeyConstraint(['logo_image_id'], ['stored_image.id'], name=op.f('fk_cohort_logo_image_id_stored_image'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'], name=op.f('fk_cohort_program_id_program'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cohort')),
    sa.UniqueConstraint('program_id', 'name', name='uq_cohort_program_name')
    )
    with op.batch_alter_table('cohort', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cohort_program_id'), ['program_id'], unique=False)

    op.create_table('cohort_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('end_time', sa.Time(), nullable=True),
    sa.Column('venue', sa.String(length=300), nullable=True),
    sa.Column('online_url', sa.String(length=500), nullable=True),
    sa.Column('format', sa.Enum('in_person', 'online', 'hybrid', 'residential', name='session_format', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=True),
    sa.Column('focus_area', sa.String(length=200), nullable=True),
    sa.Column('mandatory', sa.Boolean(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("trim(title) <> ''", name=op.f('ck_cohort_session_title_not_blank')),
    sa.CheckConstraint('end_date IS NULL OR end_date >= date', name=op.f('ck_cohort_session_dates')),
    sa.CheckConstraint('minutes IS NULL OR minutes > 0', name=op.f('ck_cohort_session_minutes')),
    sa.CheckConstraint('start_time IS NULL OR end_time IS NULL OR end_date > date OR end_time > start_time', name=op.f('ck_cohort_session_times')),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohort.id'], name=op.f('fk_cohort_session_cohort_id_cohort'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cohort_session'))
    )
    with op.batch_alter_table('cohort_session', schema=None) as batch_op:
        batch_op.create_index('ix_cohort_session_cohort_date', ['cohort_id', 'date'], unique=False)

    op.create_table('enrollment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('participant', 'mentor', 'facilitator', 'guest', name='enrollment_role', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('status', sa.Enum('applicant', 'admitted', 'waitlisted', 'enrolled', 'withdrawn', 'completed', name='enrollment_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('manager_name', sa.String(length=200), nullable=True),
    sa.Column('override_eligible', sa.Boolean(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('override_at', sa.DateTime(), nullable=True),
    sa.Column('status_changed_at', sa.DateTime(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("override_eligible IS NULL OR trim(coalesce(override_reason, '')) <> ''", name=op.f('ck_enrollment_override_has_reason')),
    sa.CheckConstraint('mentor_id IS NULL OR mentor_id <> id', name=op.f('ck_enrollment_not_own_mentor')),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohort.id'], name=op.f('fk_enrollment_cohort_id_cohort'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['mentor_id'], ['enrollment.id'], name=op.f('fk_enrollment_mentor_id_enrollment'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_enrollment_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrollment')),
    sa.UniqueConstraint('cohort_id', 'person_id', name='uq_enrollment_cohort_person')
    )
    with op.batch_alter_table('enrollment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrollment_mentor_id'), ['mentor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrollment_person_id'), ['person_id'], unique=False)

    op.create_table('signatory',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=True),
    sa.Column('cohort_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('signature_image_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("trim(name) <> ''", name=op.f('ck_signatory_name_not_blank')),
    sa.CheckConstraint('(program_id IS NULL) <> (cohort_id IS NULL)', name=op.f('ck_signatory_program_xor_cohort')),
    sa.CheckConstraint('position BETWEEN 1 AND 3', name=op.f('ck_signatory_position')),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohort.id'], name=op.f('fk_signatory_cohort_id_cohort'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'], name=op.f('fk_signatory_program_id_program'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signature_image_id'], ['stored_image.id'], name=op.f('fk_signatory_signature_image_id_stored_image'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signatory'))
    )
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signatory_cohort_id'), ['cohort_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signatory_program_id'), ['program_id'], unique=False)
        batch_op.create_index('uq_signatory_cohort_slot', ['cohort_id', 'position'], unique=True, sqlite_where=sa.text('cohort_id IS NOT NULL'), postgresql_where=sa.text('cohort_id IS NOT NULL'))
        batch_op.create_index('uq_signatory_program_slot', ['program_id', 'position'], unique=True, sqlite_where=sa.text('program_id IS NOT NULL'), postgresql_where=sa.text('program_id IS NOT NULL'))

    op.create_table('action_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrollment_id', sa.Integer(), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('strengths', sa.Text(), nullable=False),
    sa.Column('development_areas', sa.Text(), nullable=False),
    sa.Column('follow_up_date', sa.Date(), nullable=True),
    sa.Column('manager_name', sa.String(length=200), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['enrollment_id'], ['enrollment.id'], name=op.f('fk_action_plan_enrollment_id_enrollment'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_plan')),
    sa.UniqueConstraint('enrollment_id', name=op.f('uq_action_plan_enrollment_id'))
    )
    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrollment_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('present', 'late', 'left_early', 'excused', 'absent', name='attendance_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['enrollment_id'], ['enrollment.id'], name=op.f('fk_attendance_enrollment_id_enrollment'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['session_id'], ['cohort_session.id'], name=op.f('fk_attendance_session_id_cohort_session'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('enrollment_id', 'session_id', name='uq_attendance_enrollment_session')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_session_id'), ['session_id'], unique=False)

    op.create_table('diploma',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrollment_id', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=40), nullable=False),
    sa.Column('verification_code', sa.String(length=40), nullable=False),
    sa.Column('name_as_printed', sa.String(length=300), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('template', sa.String(length=40), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=False),
    sa.Column('issued_despite_ineligible', sa.Boolean(), nullable=False),
    sa.Column('ineligible_reason', sa.Text(), nullable=True),
    sa.Column('printed_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_reason', sa.Text(), nullable=True),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("NOT issued_despite_ineligible OR trim(coalesce(ineligible_reason, '')) <> ''", name=op.f('ck_diploma_ineligible_has_reason')),
    sa.CheckConstraint("trim(name_as_printed) <> ''", name=op.f('ck_diploma_name_not_blank')),
    sa.CheckConstraint('(revoked_at IS NULL) = (revoked_reason IS NULL)', name=op.f('ck_diploma_revoked_has_reason')),
    sa.CheckConstraint('length(pdf) > 0 AND length(pdf_sha256) = 64', name=op.f('ck_diploma_frozen_pdf')),
    sa.ForeignKeyConstraint(['enrollment_id'], ['enrollment.id'], name=op.f('fk_diploma_enrollment_id_enrollment'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['replaces_id'], ['diploma.id'], name=op.f('fk_diploma_replaces_id_diploma'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diploma')),
    sa.UniqueConstraint('replaces_id', name=op.f('uq_diploma_replaces_id')),
    sa.UniqueConstraint('serial', name=op.f('uq_diploma_serial')),
    sa.UniqueConstraint('verification_code', name=op.f('uq_diploma_verification_code'))
    )
    with op.batch_alter_table('diploma', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diploma_enrollment_id'), ['enrollment_id'], unique=False)

    op.create_table('action_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('how', sa.Text(), nullable=False),
    sa.Column('by_when', sa.Date(), nullable=True),
    sa.Column('support', sa.Text(), nullable=False),
    sa.Column('success_measure', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'in_progress', 'done', 'dropped', name='action_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['action_plan.id'], name=op.f('fk_action_item_plan_id_action_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item')),
    sa.UniqueConstraint('plan_id', 'position', name='uq_action_item_position')
    )


def downgrade() -> None:
    op.drop_table('action_item')
    with op.batch_alter_table('diploma', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diploma_enrollment_id'))

    op.drop_table('diploma')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_session_id'))

    op.drop_table('attendance')
    op.drop_table('action_plan')
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.drop_index('uq_signatory_program_slot', sqlite_where=sa.text('program_id IS NOT NULL'), postgresql_where=sa.text('program_id IS NOT NULL'))
        batch_op.drop_index('uq_signatory_cohort_slot', sqlite_where=sa.text('cohort_id IS NOT NULL'), postgresql_where=sa.text('cohort_id IS NOT NULL'))
        batch_op.drop_index(batch_op.f('ix_signatory_program_id'))
        batch_op.drop_index(batch_op.f('ix_signatory_cohort_id'))

    op.drop_table('signatory')
    with op.batch_alter_table('enrollment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrollment_person_id'))
        batch_op.drop_index(batch_op.f('ix_enrollment_mentor_id'))

    op.drop_table('enrollment')
    with op.batch_alter_table('cohort_session', schema=None) as batch_op:
        batch_op.drop_index('ix_cohort_session_cohort_date')

    op.drop_table('cohort_session')
    with op.batch_alter_table('cohort', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cohort_program_id'))

    op.drop_table('cohort')
    op.drop_table('program')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_organization_id'))
        batch_op.drop_index('ix_person_email_lower')
        batch_op.drop_index('ix_person_last_first')

    op.drop_table('person')
    with op.batch_alter_table('stored_image', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stored_image_sha256'))

    op.drop_table('stored_image')
    op.drop_table('organization')
