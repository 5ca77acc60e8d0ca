"""Printing a cohort's issued diplomas: the ceremony stack in hand-out order (printed from
Kohort, saved, opened in the PDF reader, or one file each), reprinting chosen diplomas exactly
as frozen, and the printer calibration. Long work shows progress and can be cancelled."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.changes import Changes
from app.errors import KohortError
from app.files import write_atomically
from app.services import ceremony_files, diploma_output, diploma_recipes
from ui import msgbox, printing
from ui.dialogs import files
from ui.dialogs.calibration_dialog import CalibrationDialog
from ui.dialogs.ceremony_dialog import CeremonyChoice, CeremonyDialog, Destination
from ui.progress import LongTask, run_long_task

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session as DbSession

    from ui.diplomas_page import DiplomasPage


def partial_writer(data: bytes) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_bytes(data)

    return write


class DiplomaOutput(QObject):
    """The output actions of a :class:`~ui.diplomas_page.DiplomasPage`."""

    def __init__(self, page: DiplomasPage) -> None:
        super().__init__(page)
        self.page = page
        self.last_choice: CeremonyChoice | None = None  # per cohort, kept while Kohort runs
        self.last_cohort: int | None = None

    def ceremony(self) -> None:
        cohort_id = self.page.cohort_id
        if cohort_id is None:
            return

        def read(s: DbSession) -> tuple[list[diploma_output.PrintedDiploma], int]:
            printed = diploma_output.printable(s, cohort_id)
            ids = [p.diploma_id for p in printed]
            return printed, diploma_recipes.other_renderer_count(s, ids)

        def chosen(result: tuple[list[diploma_output.PrintedDiploma], int]) -> None:
            printed, redrawn = result
            if self.redraw_accepted(redrawn):
                self.choose_output(cohort_id, printed)

        self.page.workspace.read(self.page, read, chosen)

    def redraw_accepted(self, redrawn: int) -> bool:
        """Say so before printing diplomas issued under another renderer (another version
        of Kohort's drawing, ReportLab or the fonts): the register's record is exact, but a
        copy drawn now may differ slightly from the first print. Printing changes nothing in
        the register, so Yes is the default."""
        if not redrawn:
            return True
        return msgbox.offer(
            self.page,
            self.tr("Printed by another version"),
            self.tr(
                "%n diploma(s) were issued by another version of Kohort's drawing (or of "
                "ReportLab or the fonts). The register's record of them is intact, but a copy "
                "drawn now may differ slightly from the first print.\n\nPrint anyway?",
                "",
                redrawn,
            ),
        )

    def choose_output(self, cohort_id: int, printed: list[diploma_output.PrintedDiploma]) -> None:
        previous = self.last_choice if self.last_cohort == cohort_id else None
        dialog = CeremonyDialog(self.page, printed, previous)
        try:
            choice = dialog.run()
        finally:
            dialog.deleteLater()
        if choice is None:
            return
        self.last_choice, self.last_cohort = choice, cohort_id
        if choice.destination == Destination.SAVE:
            path = files.choose_pdf_file(
                self.page, self.tr("Diplomas – {cohort}").format(cohort=self.page.cohort_name)
            )
            if path is not None and choice.plans_separately:
                self.save_two_files(path, choice)
            elif path is not None:
                self.save_ceremony_pdf(path, choice)
        elif choice.destination == Destination.SEPARATE:
            folder = files.choose_folder(self.page, self.tr("Folder for one file per diploma"))
            if folder is not None:
                self.save_separate_files(folder, choice)
        else:
            self.make_ceremony_pdf(choice)

    def _output_args(self, choice: CeremonyChoice) -> dict[str, Any]:
        return {"order": choice.order, "custom_order": choice.custom_order}

    def _merged_args(self, choice: CeremonyChoice) -> dict[str, Any]:
        return {**self._output_args(choice), "action_plans": choice.action_plans}

    def save_ceremony_pdf(self, path: Path, choice: CeremonyChoice) -> None:
        cohort_id = self.page.cohort_id
        assert cohort_id is not None

        def work(s: DbSession, task: LongTask) -> int:
            return diploma_output.write_ceremony_pdf(
                s,
                cohort_id,
                path,
                checklist=choice.checklist,
                progress=task.progress,
                cancelled=task.cancelled,
                **self._merged_args(choice),
            )

        def done(count: int) -> None:
            self.page.workspace.announce(
                self.tr("%n diploma(s) saved to {path}.", "", count).format(path=path)
            )
            files.open_file(self.page, path)

        run_long_task(
            self.page.workspace,
            self.page,
            self.tr("Putting the diplomas together…"),
            work,
            done,
            cancelled_message=self.tr("Cancelled; no file was written."),
            changes=Changes(diplomas=True),  # marked printed
        )

    def save_two_files(self, path: Path, choice: CeremonyChoice) -> None:
        """The diplomas to ``path``, the action plans beside it, in the same order."""
        cohort_id = self.page.cohort_id
        assert cohort_id is not None
        plans = ceremony_files.plans_path(path)
        if plans.exists() and not msgbox.question(
            self.page,
            self.tr("Save PDF"),
            self.tr("{path} exists already. Replace it with the action plans?").format(path=plans),
        ):
            return

        def work(s: DbSession, task: LongTask) -> tuple[Path, int, int]:
            return ceremony_files.write_ceremony_files(
                s,
                cohort_id,
                path,
                overwrite=True,  # asked above; the diplomas' file was asked by the file dialog
                checklist=choice.checklist,
                progress=task.progress,
                cancelled=task.cancelled,
                **self._output_args(choice),
            )

        def done(result: tuple[Path, int, int]) -> None:
            written, count, _plan_count = result
            self.page.workspace.announce(
                self.tr(
                    "%n diploma(s) saved to {path}, the action plans in the same order to {plans}.",
                    "",
                    count,
                ).format(path=path, plans=written)
            )
            files.open_file(self.page, path)

        run_long_task(
            self.page.workspace,
            self.page,
            self.tr("Putting the diplomas together…"),
            work,
            done,
            cancelled_message=self.tr("Cancelled; no file was written."),
            changes=Changes(diplomas=True),  # marked printed
        )

    def save_separate_files(self, folder: Path, choice: CeremonyChoice) -> None:
        cohort_id = self.page.cohort_id
        assert cohort_id is not None

        def work(s: DbSession, task: LongTask) -> list[Path]:
            return diploma_output.write_separate_files(
                s,
                cohort_id,
                folder,
                progress=task.progress,
                cancelled=task.cancelled,
                **self._output_args(choice),
            )

        run_long_task(
            self.page.workspace,
            self.page,
            self.tr("Writing one file per diploma…"),
            work,
            lambda written: self.page.workspace.announce(
                self.tr("%n file(s) written to {folder}.", "", len(written)).format(folder=folder)
            ),
            cancelled_message=self.tr("Cancelled; the files written were removed again."),
            changes=None,  # files only: nothing in the register changes
        )

    def make_ceremony_pdf(self, choice: CeremonyChoice) -> None:
        """The merged stack, then printed from here or opened in the PDF reader."""
        cohort_id = self.page.cohort_id
        assert cohort_id is not None

        def work(s: DbSession, task: LongTask) -> tuple[bytes, list[int]]:
            return diploma_output.ceremony_pdf(
                s,
                cohort_id,
                checklist=choice.checklist,
                progress=task.progress,
                cancelled=task.cancelled,
                **self._merged_args(choice),
            )

        def done(result: tuple[bytes, list[int]]) -> None:
            pdf, ids = result
            if choice.destination == Destination.OPEN:
                self.open_in_reader(pdf, ids)
            else:
                self.print_pdf(pdf, ids)

        run_long_task(
            self.page.workspace,
            self.page,
            self.tr("Putting the diplomas together…"),
            work,
            done,
            cancelled_message=self.tr("Cancelled."),
            changes=None,  # marked printed once printed (mark_printed)
        )

    def print_selected(self) -> None:
        """Reprint chosen diplomas (a corrected one, say) exactly as frozen."""
        ids = [r.diploma.id for r in self.page.selected() if r.diploma is not None]
        if not ids:
            self.page.workspace.announce(self.tr("Select issued diplomas to print."))
            return

        def counted(redrawn: int) -> None:
            if self.redraw_accepted(redrawn):
                self.page.workspace.read(
                    self.page,
                    lambda s: diploma_output.frozen_pdfs(s, ids),
                    lambda pdf: self.print_pdf(pdf, ids),
                )

        self.page.workspace.read(
            self.page, lambda s: diploma_recipes.other_renderer_count(s, ids), counted
        )

    def print_pdf(self, pdf: bytes, diploma_ids: list[int]) -> None:
        try:
            sent = printing.print_with_dialog(
                self.page, pdf, self.tr("Diplomas"), self.page.ui_state
            )
        except KohortError as exc:
            msgbox.error(self.page, self.tr("Print"), str(exc))
            return
        if sent is None or not sent[0]:
            return
        pages, total = sent
        if pages == total:
            self.mark_printed(diploma_ids, self.tr("%n page(s) sent to the printer.", "", pages))
        else:  # a page range, or stopped part way: which diplomas made it is not known
            self.page.workspace.announce(
                self.tr(
                    "{n} of {total} pages sent to the printer; the diplomas are not marked printed."
                ).format(n=pages, total=total)
            )

    def open_in_reader(self, pdf: bytes, diploma_ids: list[int]) -> None:
        path = files.print_folder() / f"kohort-diplomas-{self.page.cohort_id}.pdf"

        def write() -> Path:
            write_atomically(path, partial_writer(pdf), what="the diplomas")
            return path

        def done(written: Path) -> None:
            failed = self.tr(
                "No PDF reader opened the file. It is saved as {path}: open it from "
                "there, or use Print… or Save PDF… instead."
            ).format(path=written)
            if not files.open_file(self.page, written, failed_text=failed):
                return
            self.mark_printed(
                diploma_ids, self.tr("Opened {path} in your PDF reader.").format(path=written)
            )

        self.page.workspace.run(self.page, write, done)

    def mark_printed(self, diploma_ids: list[int], message: str) -> None:
        self.page.workspace.write(
            self.page,
            lambda s: diploma_output.mark_printed(s, diploma_ids),
            changes=Changes(diplomas=True),
            message=message,
        )

    def calibrate(self) -> None:
        dialog = CalibrationDialog(self.page, self.page.ui_state)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
