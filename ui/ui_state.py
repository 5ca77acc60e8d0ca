"""UI state kept in QSettings (never user data): each key declared once, with its type and
its default.

QSettings gives back what the file holds: an INI file stores ``3`` as the text ``"3"``, and
a file edited by hand (or by an older Kohort) may hold anything. Reading a setting that is
missing or not of its type gives its default, never an exception or a wrong type.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

from app.domain import Language


@dataclass(frozen=True)
class Setting[T]:
    key: str
    default: T
    parse: Callable[[object], T]  # raises ValueError or TypeError for a value of another type

    def read(self, settings: QSettings) -> T:
        value = settings.value(self.key)
        if value is None:
            return self.default
        try:
            return self.parse(value)
        except (TypeError, ValueError):
            return self.default

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)

    def forget(self, settings: QSettings) -> None:
        settings.remove(self.key)


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(value)
    return int(value)


def _float(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(value)
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def _bytes(value: object) -> QByteArray:
    if not isinstance(value, QByteArray):
        raise TypeError(value)
    if value.isEmpty():
        raise ValueError(value)
    return value


def _bool(value: object) -> bool:
    """A flag: QSettings' INI files give ``true``/``false`` back as text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise TypeError(value)


def _language(value: object) -> str:
    """A language code of app.domain.Language, or "" for the system's language."""
    if not isinstance(value, str):
        raise TypeError(value)
    if value not in ("", *(language.value for language in Language)):
        raise ValueError(value)
    return value


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _datetime(value: object) -> dt.datetime | None:
    return dt.datetime.fromisoformat(_text(value)) if value else None


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(_text(value)) if value else None


CHOSEN_COHORT: Setting[int | None] = Setting("workspace/cohort", None, _int)
WINDOW_GEOMETRY: Setting[QByteArray | None] = Setting("window/geometry", None, _bytes)
WINDOW_STATE: Setting[QByteArray | None] = Setting("window/state", None, _bytes)
# Preferences ▸ interface language: "sv", "fi", "en", or "" to follow the system (applies at
# the next start; --lang and KOHORT_LANG outrank it).
INTERFACE_LANGUAGE: Setting[str] = Setting("interface/language", "", _language)
# Preferences ▸ second backup folder (a USB stick, a network share): "" for none.
SECOND_BACKUP_FOLDER: Setting[str] = Setting("backups/second-folder", "", _text)
# The last automatic backup that failed (on closing, or the daily one): why, and when (ISO
# text, written with .isoformat()); both forgotten when a backup succeeds. Told at the next
# start, and shown in the status bar until then.
BACKUP_FAILURE: Setting[str] = Setting("backups/last-failure", "", _text)
BACKUP_FAILURE_AT: Setting[dt.datetime | None] = Setting("backups/last-failure-at", None, _datetime)
# ...of which database (its path: shown only while that one is open), and the language the
# reason is written in ("sv", "fi", "en"; in another, only the time is said).
BACKUP_FAILURE_DB: Setting[str] = Setting("backups/last-failure-database", "", _text)
BACKUP_FAILURE_LANGUAGE: Setting[str] = Setting("backups/last-failure-language", "", _text)
# The day the coordinator was last told that the newest automatic backup is old.
OLD_BACKUP_TOLD_ON: Setting[dt.date | None] = Setting("backups/old-backup-told-on", None, _date)


def printer_offset(printer_name: str, orientation: str, axis: str) -> Setting[float]:
    """A printer's calibration, in mm, for pages of one orientation along one axis."""
    safe = printer_name.replace("/", "_").replace("\\", "_") or "default"
    return Setting(f"printing/{safe}/{orientation}/offset_{axis}_mm", 0.0, _float)


def cloud_warning_shown(database: str) -> Setting[bool]:
    """Whether the warning about a cloud-synced folder was shown for this database file.

    Keyed by a digest of the path: a path is no valid settings key (slashes make groups).
    """
    import hashlib  # not before the window's first paint

    digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:20]
    return Setting(f"cloud-warning/{digest}", False, _bool)
