"""Recognizing a database inside a folder that a cloud service synchronizes.

Sync tools (Dropbox, OneDrive, iCloud Drive, Google Drive) copy files one at a time while
they change. A live SQLite database is two files that must match — the database and its
write-ahead log — so a synced copy (or a copy synced back from another computer) is often
out of step and damaged. Kohort warns once about such a place and says how to move away.

Recognized by the folder names these services use (compared case-insensitively), and for
Dropbox also by the ``.dropbox`` marker file at the top of its folder.
"""

from __future__ import annotations

import contextlib
from pathlib import Path, PurePath

from app.i18n import _

DROPBOX = "Dropbox"
ONEDRIVE = "OneDrive"
ICLOUD = "iCloud Drive"
GOOGLE_DRIVE = "Google Drive"

# A folder of this exact name (case-insensitively) is the service's.
_NAMES = {
    "dropbox": DROPBOX,
    "onedrive": ONEDRIVE,
    "icloud drive": ICLOUD,  # Windows, older iCloud
    "iclouddrive": ICLOUD,  # Windows
    "google drive": GOOGLE_DRIVE,
    "googledrive": GOOGLE_DRIVE,
}
# A folder whose name starts so: "Dropbox (Personal)", "OneDrive - Företag AB".
_PREFIXES = (
    ("dropbox (", DROPBOX),
    ("onedrive - ", ONEDRIVE),
    ("onedrive-", ONEDRIVE),
)
# macOS ~/Library/CloudStorage/<Service>-<account>: every File Provider service lives there.
_CLOUD_STORAGE = {
    "dropbox": DROPBOX,
    "onedrive": ONEDRIVE,
    "googledrive": GOOGLE_DRIVE,
    "icloud drive": ICLOUD,
}
# Google Drive for desktop on Windows: a drive letter whose top folder is "My Drive" (in
# the system's language: Swedish "Min enhet", Finnish "Oma Drive").
_MY_DRIVE = {"my drive", "min enhet", "oma drive"}


def synced_folder(path: PurePath | str, *, look_for_markers: bool = True) -> str | None:
    """The name of the cloud service whose folder holds ``path``, or None.

    ``look_for_markers``: also look for Dropbox's ``.dropbox`` file in the folders above
    (a few file-system look-ups; off for paths of another system, as in tests).
    """
    pure = Path(path) if isinstance(path, str) else path
    parts = [part.casefold() for part in pure.parts[:-1]]  # the folders, not the file's name
    for index, part in enumerate(parts):
        service = _service_of(part, parts[:index], anchor=index == 1 and bool(pure.anchor))
        if service is not None:
            return service
    if look_for_markers and isinstance(pure, Path):
        return _marked(pure)
    return None


def _service_of(part: str, above: list[str], *, anchor: bool) -> str | None:
    if part in _NAMES:
        return _NAMES[part]
    for prefix, service in _PREFIXES:
        if part.startswith(prefix):
            return service
    if above[-2:] == ["library", "mobile documents"]:  # macOS iCloud Drive and its apps
        return ICLOUD
    if above[-2:] == ["library", "cloudstorage"]:
        provider = part.split("-", 1)[0]
        return _CLOUD_STORAGE.get(provider, provider.title() or None)
    if part in _MY_DRIVE and (anchor or any(_NAMES.get(p) == GOOGLE_DRIVE for p in above)):
        return GOOGLE_DRIVE
    return None


def _marked(path: Path) -> str | None:
    for folder in path.parents:
        with contextlib.suppress(OSError):
            if (folder / ".dropbox").is_file():
                return DROPBOX
    return None


def synced_folder_notice(path: Path) -> str | None:
    """One line for the command line about a database in a synced folder, or None."""
    service = synced_folder(path)
    if service is None:
        return None
    return _(
        "note: {path} is in a folder that {service} synchronizes, and sync tools can damage "
        "a database in use; move it out: kohort backup --out OTHER-FOLDER/FILE, then use "
        "--db with that file."
    ).format(path=path, service=service)
