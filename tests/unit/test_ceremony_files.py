"""The two-file ceremony pack is written all-or-nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.errors import KohortError
from app.services import ceremony_files
from app.services.ceremony_files import plans_path, write_together


def test_the_plans_file_is_named_beside_the_diplomas() -> None:
    assert plans_path(Path("/x/Diplom FL.pdf")) == Path("/x/Diplom FL – action plans.pdf")


def _fail_moving(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    real = os.replace

    def replace(src: str | Path, dst: str | Path) -> None:
        if Path(dst).name == name:
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(ceremony_files.os, "replace", replace)


def test_nothing_is_left_when_the_second_file_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "d.pdf", tmp_path / "d – action plans.pdf"
    _fail_moving(monkeypatch, second.name)
    with pytest.raises(KohortError, match="nothing was written"):
        write_together([(first, b"diplomas"), (second, b"plans")], what="the diplomas")
    assert list(tmp_path.iterdir()) == []


def test_an_earlier_diplomas_file_is_put_back_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "d.pdf", tmp_path / "d – action plans.pdf"
    first.write_bytes(b"last year's")
    _fail_moving(monkeypatch, second.name)
    with pytest.raises(KohortError):
        write_together([(first, b"diplomas"), (second, b"plans")], what="the diplomas")
    assert [p.name for p in tmp_path.iterdir()] == ["d.pdf"]
    assert first.read_bytes() == b"last year's"


def test_both_files_are_written(tmp_path: Path) -> None:
    first, second = tmp_path / "d.pdf", tmp_path / "p.pdf"
    first.write_bytes(b"old")
    write_together([(first, b"diplomas"), (second, b"plans")], what="the diplomas")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.pdf", "p.pdf"]
    assert first.read_bytes() == b"diplomas" and second.read_bytes() == b"plans"
