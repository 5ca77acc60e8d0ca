"""The tables and columns of Kohort's schema at one revision, without importing the models.

The lean read path (:mod:`app.lean_read`) checks a file against this the way
:func:`app.db_check.missing_schema` checks it against the models, but without loading
SQLAlchemy. A test keeps it equal to the models and to ``app.db.SCHEMA_HEAD``; after a new
migration, print the new one with ``python -m app.schema_snapshot`` and paste it here. Until
then the lean path sees a revision it does not know and leaves the file to the full path.
"""

from __future__ import annotations

REVISION = "0012"

_COLUMNS: dict[str, str] = {
    "checkout_baseline": "table_name row_id digest",
    "checkout_origin": "id token server cohort_id checked_out_by checked_out_at",
    "diploma_design_snapshot": "id sha256 design_json renderer_json created_at",
    "organization": "id name retention_years applicant_retention_months created_at",
    "stored_image": "id mime_type data sha256 created_at",
    "person": (
        "id first_name last_name name_as_printed email phone job_title organization_id "
        "department archived_at erased_at created_at updated_at version updated_by"
    ),
    "program": (
        "id name code organizer description focus_areas logo_image_id background_image_id "
        "action_plan_guide archived_at created_at min_attendance_percent "
        "require_all_mandatory count_late count_left_early count_excused require_action_plan "
        "diploma_template diploma_title diploma_wording diploma_place accent_color "
        "diploma_orientation verification_url diploma_edge design_version design_updated_by "
        "design_updated_at"
    ),
    "cohort": (
        "id program_id name start_date end_date status capacity fee_minor currency "
        "vat_basis_points language diploma_issue_date logo_image_id background_image_id "
        "archived_at created_at min_attendance_percent require_all_mandatory count_late "
        "count_left_early count_excused require_action_plan diploma_template diploma_title "
        "diploma_wording diploma_place accent_color diploma_orientation verification_url "
        "diploma_edge design_version design_updated_by design_updated_at"
    ),
    "gathering": "id program_id kind title date start_time end_time venue notes created_at",
    "cohort_checkout": "id cohort_id token checked_out_by checked_out_at place",
    "cohort_session": (
        "id cohort_id title date end_date start_time end_time venue online_url format minutes "
        "focus_area mandatory cancelled created_at updated_at version updated_by"
    ),
    "enrollment": (
        "id cohort_id person_id role status mentor_id manager_name override_eligible "
        "override_reason override_at status_changed_at created_at"
    ),
    "gathering_invitee": "id gathering_id person_id status added_by_hand status_changed_at",
    "serial_reservation": "id token cohort_id prefix first last created_at",
    "signatory": "id program_id cohort_id position name title signature_image_id",
    "action_plan": (
        "id enrollment_id goal strengths development_areas follow_up_date manager_name updated_at"
    ),
    "attendance": "id enrollment_id session_id status note recorded_at",
    "diploma": (
        "id enrollment_id serial verification_code name_as_printed issue_date template "
        "content_json snapshot_id record_sha256 issued_despite_ineligible ineligible_reason "
        "issued_before_end printed_at revoked_at revoked_reason replaces_id created_at"
    ),
    "evaluation": "id cohort_id session_id title language anonymous template closed_at created_at",
    "action_item": "id plan_id position what how by_when support success_measure status",
    "diploma_frozen_pdf": "diploma_id pdf",
    "evaluation_question": (
        "id evaluation_id position key kind text scale_max low_label high_label choices_json "
        "required"
    ),
    "evaluation_response": (
        "id evaluation_id enrollment_id organization source source_ref created_at"
    ),
    "returnable_form": "id token kind cohort_id evaluation_id enrollment_id returned_at created_at",
    "evaluation_answer": "id response_id question_id number choice_mask text",
}

COLUMNS: dict[str, tuple[str, ...]] = {t: tuple(c.split()) for t, c in _COLUMNS.items()}


def render() -> str:
    """This module's REVISION and _COLUMNS as the models and migrations have them now."""
    import textwrap

    from app.db import SCHEMA_HEAD
    from app.models import Base

    lines = [f'REVISION = "{SCHEMA_HEAD}"', "", "_COLUMNS: dict[str, str] = {"]
    for table in Base.metadata.sorted_tables:
        words = textwrap.wrap(" ".join(c.name for c in table.columns), 84)
        if len(words) == 1:
            lines.append(f'    "{table.name}": "{words[0]}",')
            continue
        lines.append(f'    "{table.name}": (')
        lines += [f'        "{w} "' for w in words[:-1]] + [f'        "{words[-1]}"', "    ),"]
    return "\n".join([*lines, "}"])


if __name__ == "__main__":
    print(render())
