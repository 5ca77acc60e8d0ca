"""Issuing and reissuing diplomas from the Diplomas tab: what the one issue plan says is
shown and confirmed (No is the default) before anything permanent happens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from app.changes import Changes
from app.services import diploma_issue, diploma_register
from app.services.diploma_issue import IssuePlan, ReissuePreview
from app.services.diploma_listing import IssuedDiploma
from ui import msgbox
from ui.dialogs.reissue_dialog import ReissueDialog
from ui.labels import date_text, long_date_text
from ui.progress import LongTask, run_long_task

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as DbSession

    from ui.diplomas_page import DiplomasPage

NAMES_SHOWN = 12


class DiplomaIssuing(QObject):
    def __init__(self, page: DiplomasPage) -> None:
        super().__init__(page)
        self.page = page

    # -- issuing -------------------------------------------------------------------------

    def issue(self, enrollment_ids: list[int] | None) -> None:
        """Issue to these people (None: everyone who meets the rule), after the plan is
        shown and confirmed."""
        cohort_id = self.page.cohort_id
        if cohort_id is None:
            return
        today = self.page.workspace.today()
        self.page.workspace.read(
            self.page,
            lambda s: diploma_register.issue_plan(s, cohort_id, enrollment_ids, today=today),
            lambda plan: self._confirm(plan, everyone=enrollment_ids is None),
        )

    def _confirm(self, plan: IssuePlan, *, everyone: bool) -> None:
        left_out = self._left_out_text(plan)
        if not plan.to_issue:
            self.page.workspace.announce(
                left_out
                or (
                    self.tr("Everyone eligible already has a diploma.")
                    if plan.already_issued or not everyone
                    else self.tr("Nobody meets the completion rule yet; no diploma was issued.")
                )
            )
            return
        names = ", ".join(c.name for c in plan.to_issue[:NAMES_SHOWN])
        if len(plan.to_issue) > NAMES_SHOWN:
            names += ", …"
        if everyone and plan.ahead:
            question = self.tr(
                "Issue a diploma to each of the %n participant(s) on track who have none yet "
                "({names})?",
                "",
                len(plan.to_issue),
            )
        elif everyone:
            question = self.tr(
                "Issue a diploma to each of the %n eligible participant(s) who have none yet "
                "({names})?",
                "",
                len(plan.to_issue),
            )
        else:
            question = self.tr(
                "Issue a diploma to the %n selected participant(s) ({names})?",
                "",
                len(plan.to_issue),
            )
        question = (
            question.format(names=names)
            + " "
            + self.tr("Each gets a serial number for good; one issued by mistake can be revoked.")
        )
        if everyone:
            question += " " + self.tr("(To issue to some, select them first.)")
        if left_out:
            question += "\n\n" + left_out
        for c in plan.to_issue:
            if c.revoked is not None:  # a new diploma after a revoke: say so before it happens
                question += "\n\n" + self.tr(
                    "{name}'s diploma {serial} was revoked ({reason}); this issues a new one "
                    "with a new serial number."
                ).format(name=c.name, serial=c.revoked.serial, reason=c.revoked.reason)
        if plan.ahead:
            question += "\n\n" + self._ahead_text(plan)
        if not msgbox.question(self.page, self.tr("Issue diplomas"), question):
            return
        reason = None
        if plan.not_meeting_rule:
            text, ok = QInputDialog.getText(
                self.page,
                self.tr("Not eligible"),
                self.tr(
                    "{names}: the completion rule is not met. Issue anyway? Write why, for "
                    "the record:"
                ).format(names=", ".join(c.name for c in plan.not_meeting_rule)),
            )
            if not ok or not text.strip():
                return
            reason = text.strip()
        self._issue(plan, reason)

    def _left_out_text(self, plan: IssuePlan) -> str:
        """Those whose diploma was revoked are not issued anew with everyone: only by name."""
        if not plan.revoked_left_out:
            return ""
        return self.tr(
            "Left out, as their diploma was revoked: {names}. To issue a new one, select them "
            "and choose Issue."
        ).format(
            names=", ".join(
                f"{c.name} ({c.revoked.serial})" for c in plan.revoked_left_out if c.revoked
            )
        )

    def _ahead_text(self, plan: IssuePlan) -> str:
        left = "; ".join(
            self.tr("{title}, {date}").format(title=s.title, date=long_date_text(s.date))
            for s in plan.sessions_left
        )
        text = self.tr(
            "The programme is not over: %n session(s) left ({sessions}). Diplomas issued now "
            "are dated {date}, the day of the last session, and the register records that "
            "they were issued before the end.",
            "",
            len(plan.sessions_left),
        ).format(sessions=left, date=long_date_text(plan.issue_date))
        if plan.unusual:
            text += " " + self.tr(
                "This is unusual: the last session is {days} days away and {left} of "
                "{planned} sessions are still to come. Usually diplomas are issued for the "
                "closing session."
            ).format(
                days=(plan.sessions_left[-1].date - plan.today).days,
                left=len(plan.sessions_left),
                planned=plan.planned_sessions,
            )
        return text

    def _issue(self, plan: IssuePlan, reason: str | None) -> None:
        ids = [c.enrollment_id for c in plan.to_issue]
        cohort_id = plan.cohort_id

        def work(s: DbSession, task: LongTask) -> list[IssuedDiploma]:
            return diploma_register.issue_diplomas(
                s,
                cohort_id,
                ids,
                today=plan.today,
                confirm_ineligible=reason,
                before_end=plan.ahead,
                progress=task.progress,
                cancelled=task.cancelled,
            )

        def done(issued: list[IssuedDiploma]) -> None:
            message = self.tr("%n diploma(s) issued.", "", len(issued))
            if plan.ahead:
                message += " " + self.tr("Dated {date}, before the end of the programme.").format(
                    date=date_text(plan.issue_date)
                )
            self.page.workspace.announce(message)

        run_long_task(
            self.page.workspace,
            self.page,
            self.tr("Issuing %n diploma(s)…", "", len(ids)),
            work,
            done,
            cancelled_message=self.tr("Issuing was cancelled; no diploma was issued."),
            changes=Changes(diplomas=True),
        )

    # -- reissuing -----------------------------------------------------------------------

    def reissue(self, diploma: IssuedDiploma, enrollment_id: int) -> None:
        name = ReissueDialog.ask(
            self.page, diploma.serial, diploma.person_name, diploma.name_as_printed
        )
        if name is None:
            return
        self.page.workspace.read(
            self.page,
            lambda s: diploma_issue.reissue_preview(s, diploma.id, name),
            lambda preview: self._confirm_reissue(preview, enrollment_id),
        )

    def _confirm_reissue(self, preview: ReissuePreview, enrollment_id: int) -> None:
        if preview.renames:
            change = self.tr("{serial} is the diploma of {holder}: “{old}” → “{new}”.").format(
                serial=preview.serial,
                holder=preview.holder,
                old=preview.old_name,
                new=preview.new_name,
            )
        else:
            change = self.tr(
                "{serial} is the diploma of {holder}; the name stays “{name}”."
            ).format(serial=preview.serial, holder=preview.holder, name=preview.new_name)
        question = (
            change
            + " "
            + self.tr(
                "Issue a new diploma in its place? {serial} stays in the register, marked as "
                "replaced."
            ).format(serial=preview.serial)
        )
        if not preview.plausible:
            question = (
                change
                + "\n\n"
                + self.tr(
                    "“{new}” does not look like a corrected spelling of “{old}”. A reissue "
                    "corrects the name of the same person; to give someone else a diploma, "
                    "issue one to them. Reissue under this name anyway (a new surname, say)?"
                ).format(new=preview.new_name, old=preview.old_name)
            )
        if not msgbox.question(self.page, self.tr("Reissue"), question):
            return
        self.page.reselect = enrollment_id

        def done(new: IssuedDiploma) -> None:
            self.page.workspace.announce(
                self.tr("Reissued as {serial}; Ctrl+Shift+P prints it.").format(serial=new.serial)
            )

        self.page.workspace.write(
            self.page,
            lambda s: diploma_register.reissue_diploma(
                s,
                preview.diploma_id,
                today=self.page.workspace.today(),
                name=preview.new_name,
                other_name_confirmed=not preview.plausible,
            ),
            changes=Changes(diplomas=True, people=True),
            done=done,
        )
