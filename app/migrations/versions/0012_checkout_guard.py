"""A checked-out cohort is read-only on a team database: a trigger on each of the cohort's
tables refuses a write to a row of a cohort in cohort_checkout, unless the transaction is
that checkout's own check-in (SET LOCAL kohort.checkin = '<token>'), or ``kohort copy``
writing a whole database, checkouts and all, or a later migration (SET LOCAL kohort.copy =
'on', app.db_postgres.migrate_server). PostgreSQL only: a
laptop's file is never checked out from, and SQLite has nothing to guard.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08 01:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each guarded table, how its row finds its cohort (TG_ARGV[0]) and by which column
# (TG_ARGV[1]): the cohort itself, a cohort_id, or through an enrollment, an action plan, a
# diploma, an evaluation or an evaluation's response.
GUARDED: dict[str, tuple[str, str]] = {
    "cohort": ("self", "id"),
    "cohort_session": ("cohort", "cohort_id"),
    "enrollment": ("cohort", "cohort_id"),
    "evaluation": ("cohort", "cohort_id"),
    "returnable_form": ("cohort", "cohort_id"),
    "signatory": ("cohort", "cohort_id"),
    "attendance": ("enrollment", "enrollment_id"),
    "action_plan": ("enrollment", "enrollment_id"),
    "diploma": ("enrollment", "enrollment_id"),
    "action_item": ("action_plan", "plan_id"),
    "diploma_frozen_pdf": ("diploma", "diploma_id"),
    "evaluation_question": ("evaluation", "evaluation_id"),
    "evaluation_response": ("evaluation", "evaluation_id"),
    "evaluation_answer": ("evaluation_response", "response_id"),
}

# The SQLSTATE the guard raises (app.checkout_words translates it), and its DETAIL: JSON
# with the cohort's name, who has it, since when and where.
GUARD_FUNCTION = r"""
CREATE OR REPLACE FUNCTION kohort_checkout_guard() RETURNS trigger
LANGUAGE plpgsql AS $guard$
DECLARE
    key integer;
    cohort_key integer;
    found_row record;
    pass integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM cohort_checkout)  -- the everyday case: nothing out
        OR coalesce(current_setting('kohort.copy', true), '') = 'on'  -- kohort copy
    THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    FOR pass IN 1..2 LOOP
        CONTINUE WHEN (pass = 1 AND TG_OP = 'INSERT') OR (pass = 2 AND TG_OP = 'DELETE');
        IF pass = 1 THEN
            EXECUTE format('SELECT ($1).%I', TG_ARGV[1]) INTO key USING OLD;
        ELSE
            EXECUTE format('SELECT ($1).%I', TG_ARGV[1]) INTO key USING NEW;
        END IF;
        cohort_key := CASE TG_ARGV[0]
            WHEN 'self' THEN key
            WHEN 'cohort' THEN key
            WHEN 'enrollment' THEN (SELECT e.cohort_id FROM enrollment e WHERE e.id = key)
            WHEN 'action_plan' THEN (
                SELECT e.cohort_id FROM action_plan p JOIN enrollment e ON e.id = p.enrollment_id
                WHERE p.id = key)
            WHEN 'diploma' THEN (
                SELECT e.cohort_id FROM diploma d JOIN enrollment e ON e.id = d.enrollment_id
                WHERE d.id = key)
            WHEN 'evaluation' THEN (SELECT v.cohort_id FROM evaluation v WHERE v.id = key)
            WHEN 'evaluation_response' THEN (
                SELECT v.cohort_id FROM evaluation_response r
                JOIN evaluation v ON v.id = r.evaluation_id WHERE r.id = key)
        END;
        CONTINUE WHEN cohort_key IS NULL;
        SELECT k.token, k.checked_out_by, k.checked_out_at, k.place, c.name
            INTO found_row
            FROM cohort_checkout k JOIN cohort c ON c.id = k.cohort_id
            WHERE k.cohort_id = cohort_key;
        IF FOUND AND coalesce(current_setting('kohort.checkin', true), '') <> found_row.token
        THEN
            RAISE EXCEPTION USING
                ERRCODE = 'KH001',
                MESSAGE = 'kohort: the cohort is checked out',
                DETAIL = json_build_object(
                    'cohort', found_row.name,
                    'by', found_row.checked_out_by,
                    'at', to_char(found_row.checked_out_at, 'YYYY-MM-DD"T"HH24:MI:SS'),
                    'place', found_row.place)::text;
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END
$guard$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(GUARD_FUNCTION)
    for table, (kind, column) in GUARDED.items():
        op.execute(
            f"CREATE TRIGGER kohort_checkout_guard BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION kohort_checkout_guard('{kind}', '{column}')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in GUARDED:
        op.execute(f"DROP TRIGGER IF EXISTS kohort_checkout_guard ON {table}")
    op.execute("DROP FUNCTION IF EXISTS kohort_checkout_guard()")
