"""One file per person: whole files under their own names, or nothing at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import KohortError
from app.files import write_each


def test_files_get_their_names_only_when_complete(tmp_path: Path) -> None:
    folder = tmp_path / "diplom"
    (folder).mkdir()
    (folder / "Åsa.pdf").write_bytes(b"earlier")  # never overwritten
    written = write_each(
        folder,
        [("Åsa", lambda: b"%PDF-1"), ("Åsa", lambda: b"%PDF-2"), ("Bo", lambda: b"%PDF-3")],
        what="the diplomas",
    )
    assert [p.name for p in written] == ["Åsa (2).pdf", "Åsa (3).pdf", "Bo.pdf"]
    assert (folder / "Åsa.pdf").read_bytes() == b"earlier"
    assert sorted(p.name for p in folder.iterdir()) == [
        "Bo.pdf",
        "Åsa (2).pdf",
        "Åsa (3).pdf",
        "Åsa.pdf",
    ]  # and no temporary files left behind


def test_a_failure_half_way_removes_the_files_and_the_folders_it_made(tmp_path: Path) -> None:
    folder = tmp_path / "ceremoni" / "2026" / "diplom"

    def broken() -> bytes:
        raise OSError(28, "No space left on device")

    with pytest.raises(KohortError, match="disk is full.*nothing was written"):
        write_each(folder, [("A", lambda: b"%PDF"), ("B", broken)], what="the diplomas")
    assert list(tmp_path.iterdir()) == []
