"""The command line: private files, and a notice about a database in a synced folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.cli import main
from tests.conftest import copy_database


@pytest.mark.sqlite_only  # a file in a synced folder
def test_check_notes_a_synced_folder_on_stderr_only(
    demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Dropbox" / "Ledarskap"
    folder.mkdir(parents=True)
    synced = copy_database(demo_template, folder / "kohort.sqlite3")
    assert main(["--db", str(synced), "check"]) == 0
    out, err = capsys.readouterr()
    assert "no problems found" in out and "Dropbox" not in out.replace(str(synced), "")
    assert err.count("\n") == 1 and "Dropbox synchronizes" in err and "kohort backup" in err

    elsewhere = copy_database(demo_template, tmp_path / "elsewhere.sqlite3")
    assert main(["--db", str(elsewhere), "check"]) == 0
    out, err = capsys.readouterr()
    assert "no problems found" in out and err == ""


@pytest.mark.sqlite_only  # a backup is a copy of the file
@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_backup_output_is_private(demo_file: Path, tmp_path: Path) -> None:
    os.umask(0o022)  # what the desktop gave; `kohort` makes it private itself
    (tmp_path / "usb").mkdir()
    target = tmp_path / "usb" / "copy.sqlite3"
    assert main(["--db", str(demo_file), "backup", "--out", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
