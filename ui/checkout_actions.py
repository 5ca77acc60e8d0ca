"""Taking a cohort along offline, from the window (app.checkout, app.checkin).

On a team database: File ▸ *Check the cohort out to this computer…* writes the chosen
cohort into a new file (on the worker, with progress) and offers to open it; the sidebar's
Programme menu offers *Release the check-out…* to an administrator whose colleague's laptop
is lost. In a checked-out file: a permanent note in the status bar says where it came from,
and File ▸ *Check in to the server…* runs a dry run first, shows it (ui.dialogs.checkin_dialog)
and checks in only when the coordinator confirms. Each opens its own connection to the
server, by address, on the worker thread: never the window's session.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.changes import Changes
from app.checkout_words import moment_text
from app.errors import KohortError
from ui import msgbox
from ui.checkout_state import banner, server_name
from ui.progress import LongTask

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from app.checkin import CheckinResult
    from app.checkout import CheckoutResult, Origin
    from app.db import Database
    from ui.main_window import MainWindow

CHECKED_OUT = Changes(programs=True, cohort=True)  # the sidebar's marks and the banner


class CheckoutActions(QObject):
    """Built by the main window in ``attach``; :meth:`follow` the database opened."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.origin: Origin | None = None  # the open file's checked-out cohort, if any
        self.check_out_action = QAction(self.tr("Chec&k the cohort out to this computer…"), window)
        self.check_out_action.triggered.connect(lambda _checked=False: self.check_out())
        self.check_in_action = QAction(self.tr("Check &in to the server…"), window)
        self.check_in_action.triggered.connect(lambda _checked=False: self.check_in())
        self.release_action = QAction(self.tr("Re&lease the check-out…"), window)
        self.release_action.triggered.connect(lambda _checked=False: self.release())
        sidebar = window.sidebar
        sidebar.menu.insertAction(sidebar.release_anchor, self.release_action)
        sidebar.selection_changed.connect(self._update)
        self.note = banner("checkedOutFile")
        self.note.setWordWrap(False)
        window.statusBar().addPermanentWidget(self.note)
        self._update()

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.check_out_action)
        menu.addAction(self.check_in_action)

    def follow(self, db: Database) -> None:
        """The database open now: a file says whether it holds a checked-out cohort."""
        self._show_origin(None)
        if db.on_server:
            return
        from app.checkout import origin

        self.window.workspace.read(self.window, origin, self._show_origin, failed=lambda _e: None)

    def _show_origin(self, found: Origin | None) -> None:
        self.origin = found
        if found is None:
            self.note.setVisible(False)
        else:
            self.note.setText(
                self.tr(
                    "Checked out of {server} on {when} – check it in when you are online again"
                ).format(server=server_name(found.server), when=moment_text(found.checked_out_at))
            )
            self.note.setToolTip(
                self.tr(
                    "This file holds “{cohort}”, checked out of {server} by {who}. Diploma "
                    "serial numbers set aside for it: {serials}. File ▸ Check in to the "
                    "server… brings it back."
                ).format(
                    cohort=found.cohort_name,
                    server=found.server,
                    who=found.checked_out_by,
                    serials=", ".join(r.text() for r in found.reservations) or "–",
                )
            )
            self.note.setVisible(True)
        self._update()

    def _update(self) -> None:
        window = self.window
        sidebar = window.sidebar
        on_server = window.db.on_server
        chosen = sidebar.current_cohort() is not None
        checked_out = sidebar.current_checkout() is not None
        self.check_out_action.setVisible(on_server)
        self.check_out_action.setEnabled(on_server and chosen and not checked_out)
        self.release_action.setVisible(on_server)
        self.release_action.setEnabled(on_server and checked_out)
        self.check_in_action.setVisible(self.origin is not None)  # only in a laptop's file
        self.check_in_action.setEnabled(self.origin is not None)

    # -- checking out ---------------------------------------------------------------------

    def check_out(self) -> None:
        from app.checkout import check_out
        from ui.dialogs.checkout_dialog import CheckoutDialog, default_file

        window = self.window
        cohort = window.sidebar.current_cohort()
        if cohort is None or not window.db.on_server:
            return
        view = window.cohort_page.view
        people = view.participants if view is not None and view.cohort_id == cohort.id else None
        answer = CheckoutDialog.ask(
            window,
            cohort.name,
            default_file(cohort.name, Path.home() / "Kohort"),
            len(people or []),
        )
        if answer is None:
            return
        path, serials = answer
        location = window.db.location  # the window's addresses never hold a password
        title = self.tr("Check the cohort out to this computer")

        def work(task: LongTask) -> CheckoutResult:
            path.parent.mkdir(parents=True, exist_ok=True)
            return check_out(
                location,
                cohort.id,
                str(path),
                serials=serials,
                progress=lambda _table, done, total: task.progress(done, total),
            )

        def done(result: CheckoutResult) -> None:
            window.workspace.changed.emit(CHECKED_OUT)
            text = self.tr(
                "“{cohort}” is checked out to {file}. Serial numbers set aside: {serials}. "
                "On the server it is read-only until you check it in.\n\nOpen the file now?"
            ).format(
                cohort=result.checkout.cohort_name,
                file=result.file,
                serials=", ".join(r.text() for r in result.reservations) or "–",
            )
            if msgbox.offer(window, title, text):
                window.file_actions.open_database_file(Path(result.file))

        label = self.tr("Checking out “{cohort}”…").format(cohort=cohort.name)
        self._run(label, title, work, done)

    # -- an administrator's release -----------------------------------------------------------

    def release(self) -> None:
        from app.checkout import release

        window = self.window
        info = window.sidebar.current_checkout()
        if info is None:
            return
        title = self.tr("Release the check-out")
        question = self.tr(
            "Release “{cohort}”, checked out by {who} since {when}?\n\nIt can then be edited "
            "here again. Do this only if that laptop is lost or cannot check in: if it checks "
            "in later, its changes to rows edited here meanwhile are conflicts. The serial "
            "numbers set aside for it stay reserved."
        ).format(
            cohort=info.cohort_name, who=info.checked_out_by, when=moment_text(info.checked_out_at)
        )
        if not msgbox.question(window, title, question):
            return
        location = window.db.location

        def done(_released: object) -> None:
            window.workspace.changed.emit(CHECKED_OUT)
            window.workspace.announce(
                self.tr("Released “{cohort}”: it can be edited here again.").format(
                    cohort=info.cohort_name
                )
            )

        self._run(
            self.tr("Releasing…"), title, lambda _task: release(location, info.cohort_id), done
        )

    # -- checking in ----------------------------------------------------------------------

    def check_in(self, prefer: str | None = None, *, dry_run: bool = True) -> None:
        """The dry run (``dry_run``), shown; on Check in, the check-in with ``prefer``."""
        from app.checkin import check_in

        window = self.window
        db = window.db
        if self.origin is None or db.file is None:
            return
        file = str(db.file)
        title = self.tr("Check in to the server")

        def work(_task: LongTask) -> CheckinResult:
            return check_in(file, dry_run=dry_run, prefer=prefer, opened=db)

        label = (
            self.tr("Comparing this file with the server…") if dry_run else self.tr("Checking in…")
        )
        self._run(label, title, work, self._previewed if dry_run else self._checked_in)

    def _previewed(self, plan: CheckinResult) -> None:
        from ui.dialogs.checkin_dialog import APPLY, CheckinDialog

        answer = CheckinDialog.ask(self.window, plan)
        if answer is None:
            self.window.workspace.announce(self.tr("Nothing was checked in."))
            return
        self.check_in(None if answer == APPLY else answer, dry_run=False)

    def _checked_in(self, result: CheckinResult) -> None:
        window = self.window
        title = self.tr("Check in to the server")
        if not result.applied:
            remaining = result.open_conflicts
            msgbox.error(
                window,
                title,
                self.tr(
                    "Nothing was checked in: %n conflict(s) cannot be settled that way:",
                    "",
                    len(remaining),
                )
                + "\n\n"
                + "\n".join(f"• {c.text()}" for c in remaining),
            )
            return
        self._show_origin(None)  # the file no longer counts as checked out
        text = self.tr(
            "Checked “{cohort}” in to {server}: {plan}. It can be edited on the server again."
            "\n\nThis file is now marked as checked in. It is kept; delete it when you like."
            "\n\nOpen the team database now?"
        ).format(cohort=result.cohort_name, server=server_name(result.server), plan=result.text())
        if msgbox.offer(window, title, text):
            window.file_actions.open_team_address(result.server)

    # -- running on the worker ------------------------------------------------------------

    def _run(
        self,
        label: str,
        title: str,
        work: Callable[[LongTask], Any],
        done: Callable[[Any], None],
    ) -> None:
        """``work`` on the worker with a progress dialog (no Cancel: the server's
        transaction is all or nothing, and short); an error is said in words."""
        window = self.window
        task = LongTask(window, label)
        task.dialog.setCancelButton(None)

        def finished(result: object) -> None:
            task.finish()
            done(result)

        def failed(exc: BaseException) -> None:
            task.finish()
            if not isinstance(exc, KohortError):
                raise exc  # a bug: the crash hook shows it
            unchanged = self.tr("The file and the team database are as they were.")
            msgbox.error(window, title, f"{exc}\n\n{unchanged}")

        window.runner.run(lambda: work(task), finished, failed)
