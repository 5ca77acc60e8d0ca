"""What the window shows of a checked-out cohort: the banner over a cohort that someone has
taken along offline (read-only here), and :class:`WriteLock`, the one place that keeps the
cohort page's writing actions disabled while it is.

Each tab's page names its writing actions in ``WRITES`` (attribute names of QActions,
QMenus or buttons); the cohort page hands every page it builds to its lock. A page may go on
enabling and disabling its actions as its selection changes: while locked, the lock turns
each one off again and remembers what the page wanted, which it restores when unlocked.
Whatever is missed is still refused by the server, with the service's message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from app.checkout import CheckoutInfo

BANNER_STYLE = (
    "QLabel#checkoutBanner { background: #fff4ce; color: #3d2e00; border: 1px solid #e0c36b; "
    "border-radius: 3px; padding: 6px 10px; }"
)


def banner(name: str) -> QLabel:
    """A hidden, word-wrapped note in the banner's colours (shown by its owner)."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(BANNER_STYLE.replace("checkoutBanner", name))
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_checkout(label: QLabel, info: CheckoutInfo | None) -> None:
    """The cohort's banner: who has it and since when, read-only here; hidden if nobody."""
    label.setText(info.text() if info is not None else "")
    label.setVisible(info is not None)


class WriteLock(QObject):
    """Keeps the guarded actions and widgets disabled while :attr:`locked`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locked = False
        self._actions: list[QAction] = []
        self._widgets: list[QWidget] = []
        self._wanted: dict[int, bool] = {}  # id of each guarded thing → what its page wants
        self._pages: list[QWidget] = []
        self._setting = False

    def guard_page(self, page: QWidget) -> None:
        """Guard the writing actions ``page`` names in its ``WRITES``."""
        self._pages.append(page)
        page.setProperty("readOnly", self.locked)
        for name in getattr(page, "WRITES", ()):
            thing = getattr(page, name)
            if isinstance(thing, QMenu):
                thing = thing.menuAction()
            if isinstance(thing, QAction):
                self._guard_action(thing)
            else:
                self._guard_widget(thing)

    def _guard_action(self, action: QAction) -> None:
        self._actions.append(action)
        self._wanted[id(action)] = action.isEnabled()
        action.changed.connect(lambda: self._action_changed(action))
        if self.locked:
            self._force(action)

    def _guard_widget(self, widget: QWidget) -> None:
        self._widgets.append(widget)
        self._wanted[id(widget)] = widget.isEnabled()
        widget.installEventFilter(self)
        if self.locked:
            self._force(widget)

    def _force(self, thing: QAction | QWidget) -> None:
        self._setting = True
        try:
            thing.setEnabled(False)
        finally:
            self._setting = False

    def _action_changed(self, action: QAction) -> None:
        if self._setting:
            return
        enabled = action.isEnabled()
        if self.locked and enabled:
            self._wanted[id(action)] = True
            self._force(action)
        elif not self.locked:
            self._wanted[id(action)] = enabled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.EnabledChange
            and not self._setting
            and isinstance(watched, QWidget)
            and watched in self._widgets
        ):
            enabled = watched.isEnabled()
            if self.locked and enabled:
                self._wanted[id(watched)] = True
                self._force(watched)
            elif not self.locked:
                self._wanted[id(watched)] = enabled
        return False

    def set_locked(self, locked: bool) -> None:
        if locked == self.locked:
            return
        self.locked = locked
        for page in self._pages:
            page.setProperty("readOnly", locked)
        self._setting = True
        try:
            for action in self._actions:
                action.setEnabled(False if locked else self._wanted.get(id(action), True))
            for widget in self._widgets:
                widget.setEnabled(False if locked else self._wanted.get(id(widget), True))
        finally:
            self._setting = False


def refused_read_only(page: QWidget) -> bool:
    """A write started on a locked page (a mark typed in the grid): say why nothing happens."""
    if not page.property("readOnly"):
        return False
    window = page.window()
    text = QCoreApplication.translate(
        "WriteLock", "This cohort is checked out and read-only here until it is checked in."
    )
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 6000)
    return True


def server_name(address: str) -> str:
    """A team database as a person names it: "db.example.org/kohort" (just the database's
    name on a local socket); the full address stays in tooltips."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(address)
        host = parts.hostname or ""
    except ValueError:
        return address
    database = parts.path.lstrip("/") or address
    return f"{host}/{database}" if host else database
