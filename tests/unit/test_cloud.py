"""Recognizing a database inside a folder a cloud service synchronizes."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from app.cloud import DROPBOX, GOOGLE_DRIVE, ICLOUD, ONEDRIVE, synced_folder, synced_folder_notice

SYNCED = [
    # Dropbox
    (PurePosixPath("/home/anna/Dropbox/kohort.sqlite3"), DROPBOX),
    (PurePosixPath("/home/anna/dropbox/Kurser/kohort.sqlite3"), DROPBOX),
    (PureWindowsPath(r"C:\Users\anna\Dropbox (Personal)\kohort.sqlite3"), DROPBOX),
    (PureWindowsPath(r"C:\Users\anna\Dropbox (Företag AB)\Ledarskap\k.sqlite3"), DROPBOX),
    (PurePosixPath("/Users/anna/Library/CloudStorage/Dropbox/kohort.sqlite3"), DROPBOX),
    # OneDrive
    (PureWindowsPath(r"C:\Users\anna\OneDrive\Dokument\kohort.sqlite3"), ONEDRIVE),
    (PureWindowsPath(r"C:\Users\anna\OneDrive - Företag AB\Dokument\kohort.sqlite3"), ONEDRIVE),
    (PureWindowsPath(r"c:\users\anna\ONEDRIVE - KUNTA OY\kohort.sqlite3"), ONEDRIVE),
    (PurePosixPath("/Users/anna/Library/CloudStorage/OneDrive-Personal/k.sqlite3"), ONEDRIVE),
    (PurePosixPath("/Users/anna/Library/CloudStorage/OneDrive-FöretagAB/k.sqlite3"), ONEDRIVE),
    (PurePosixPath("/Users/anna/OneDrive/kohort.sqlite3"), ONEDRIVE),
    # iCloud Drive
    (
        PurePosixPath("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/k.sqlite3"),
        ICLOUD,
    ),
    (PurePosixPath("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/A/B/k.db"), ICLOUD),
    (PureWindowsPath(r"C:\Users\anna\iCloudDrive\kohort.sqlite3"), ICLOUD),
    (PureWindowsPath(r"C:\Users\anna\iCloud Drive\kohort.sqlite3"), ICLOUD),
    # Google Drive
    (PureWindowsPath(r"G:\My Drive\kohort.sqlite3"), GOOGLE_DRIVE),
    (PureWindowsPath(r"G:\Min enhet\Ledarskap\kohort.sqlite3"), GOOGLE_DRIVE),
    (PureWindowsPath(r"C:\Users\anna\Google Drive\kohort.sqlite3"), GOOGLE_DRIVE),
    (PurePosixPath("/Volumes/GoogleDrive/My Drive/kohort.sqlite3"), GOOGLE_DRIVE),
    (PurePosixPath("/Users/anna/Google Drive/Min enhet/kohort.sqlite3"), GOOGLE_DRIVE),
    (
        PurePosixPath("/Users/anna/Library/CloudStorage/GoogleDrive-anna@example.se/My Drive/k"),
        GOOGLE_DRIVE,
    ),
    # Another File Provider service on macOS
    (PurePosixPath("/Users/anna/Library/CloudStorage/Box-Box/kohort.sqlite3"), "Box"),
]

NOT_SYNCED = [
    PurePosixPath("/home/anna/.local/share/Kohort/kohort.sqlite3"),
    PurePosixPath("/home/anna/Documents/kohort.sqlite3"),
    PurePosixPath("/home/anna/Documents/Dropbox.sqlite3"),  # a file's name is not a folder
    PurePosixPath("/home/anna/dropboxes/kohort.sqlite3"),
    PurePosixPath("/home/anna/OneDriveBackup/kohort.sqlite3"),
    PurePosixPath("/home/anna/My Drive/kohort.sqlite3"),  # not at a drive's top
    PurePosixPath("/Users/anna/Library/Application Support/Kohort/kohort.sqlite3"),
    PureWindowsPath(r"C:\Users\anna\AppData\Local\Kohort\kohort.sqlite3"),
    PureWindowsPath(r"D:\Kurser\Min enhet\kohort.sqlite3"),
    PureWindowsPath(r"\\server\share\Ledarskap\kohort.sqlite3"),
    PurePosixPath("kohort.sqlite3"),
]


@pytest.mark.parametrize(("path", "service"), SYNCED, ids=str)
def test_a_synced_folder_is_recognized(path: PurePosixPath, service: str) -> None:
    assert synced_folder(path) == service


@pytest.mark.parametrize("path", NOT_SYNCED, ids=str)
def test_other_folders_are_not(path: PurePosixPath) -> None:
    assert synced_folder(path) is None


def test_the_dropbox_marker_file_above_the_database(tmp_path: Path) -> None:
    top = tmp_path / "Arbete"  # a Dropbox folder renamed or moved: its marker says what it is
    (top / "Ledarskap").mkdir(parents=True)
    database = top / "Ledarskap" / "kohort.sqlite3"
    assert synced_folder(database) is None
    (top / ".dropbox").write_text("{}")
    assert synced_folder(database) == DROPBOX
    assert synced_folder(database, look_for_markers=False) is None


def test_the_command_line_notice_names_the_service(tmp_path: Path) -> None:
    assert synced_folder_notice(tmp_path / "kohort.sqlite3") is None
    notice = synced_folder_notice(tmp_path / "OneDrive - Företag AB" / "kohort.sqlite3")
    assert notice is not None and "OneDrive" in notice and "kohort backup" in notice
