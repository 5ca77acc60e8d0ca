"""Writing user-chosen files safely: whole or not at all, with one clear sentence on failure."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from app.errors import KohortError
from app.i18n import _
from app.privacy import create_private_file, make_private
from app.progress import Cancelled, Progress, stop_if_cancelled
from app.reasons import reason_text


def write_atomically(path: Path, write: Callable[[Path], None], *, what: str) -> None:
    """Call ``write(temporary_path)`` beside ``path``, then rename it into place.

    A full disk, a locked file or a crash never leaves a half-written file under the real
    name, and an earlier file of that name stays as it was until the new one is complete.
    ``what`` names the document in the error ("the sign-in sheet", "the export").

    The file ends private (0600 on POSIX) whatever mode the writer gave it; while it is
    written, the process umask (app.privacy) keeps it so.
    """
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        write(partial)
        make_private(partial)
        os.replace(partial, path)
    except OSError as exc:
        if isinstance(exc, PermissionError):
            reason = _("permission denied; if the file is open in another program, close it")
        else:
            reason = reason_text(exc)
        raise KohortError(
            _("Could not write {what} {path} ({reason}); nothing was written.").format(
                what=what, path=path, reason=reason
            )
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


# Safe file names, and one file per person.

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{name}{n}" for name in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")
}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_STEM_BYTES = 150  # leaves room for " (99)", ".pdf" and a temporary suffix in 255 bytes


def safe_file_stem(text: str, suffix: str = "") -> str:
    """A file name stem that stays inside its folder on Windows, macOS and Linux.

    ``suffix`` (a serial number) is kept whole; ``text`` is cut to make room for it.
    """
    tail = _clean_part(suffix)
    room = MAX_STEM_BYTES - len(tail.encode("utf-8")) - 1
    head = _clean_part(text).encode("utf-8")[: max(room, 0)].decode("utf-8", errors="ignore")
    stem = " ".join(part for part in (head.rstrip(". "), tail) if part) or "diploma"
    if stem.split(".")[0].rstrip().upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    return stem


def _clean_part(text: str) -> str:
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", text))
    return " ".join(cleaned.split()).strip(". ")


def unique_path(folder: Path, stem: str, taken: set[str]) -> Path:
    """``folder/stem.pdf``, or ``stem (2).pdf``… when that name exists or is ``taken``.

    Names are compared case-insensitively (Windows and macOS folders are); the chosen name is
    added to ``taken``.
    """
    number = 1
    while True:
        name = f"{stem}.pdf" if number == 1 else f"{stem} ({number}).pdf"
        candidate = folder / name
        if name.casefold() not in taken and not candidate.exists():
            taken.add(name.casefold())
            return candidate
        number += 1


def write_each(
    folder: Path,
    items: Sequence[tuple[str, Callable[[], bytes]]],
    *,
    what: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Path]:
    """Write ``folder/stem.pdf`` for each (stem, make the bytes); all or nothing.

    Each file is written under a temporary name and only then given its own, so a crash
    never leaves a half-written PDF under a real name. Names are made unique, never
    overwriting a file (even one that appears meanwhile). On any error or cancel the files
    written so far are removed again, and the folders this call created; ``cancelled()``
    true raises :class:`~app.errors.CancelledError`.
    """
    created = [p for p in (folder, *folder.parents) if not p.exists()]
    written: list[Path] = []
    total = len(items)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        taken: set[str] = set()
        if progress is not None:
            progress(0, total)
        for done, (stem, make) in enumerate(items, start=1):
            stop_if_cancelled(cancelled, done - 1, total, _("Writing"))
            data = make()
            partial = folder / f".kohort-{secrets.token_hex(4)}.partial"
            try:
                create_private_file(partial)
                partial.write_bytes(data)
                written.append(_place(partial, folder, stem, taken))
            finally:
                with contextlib.suppress(OSError):
                    partial.unlink()
            if progress is not None:
                progress(done, total)
    except BaseException as exc:
        for done_path in written:
            with contextlib.suppress(OSError):
                done_path.unlink()
        for made in created:  # the deepest first
            with contextlib.suppress(OSError):
                made.rmdir()
        if isinstance(exc, OSError):
            raise KohortError(
                _("Could not write {what} to {folder} ({reason}); nothing was written.").format(
                    what=what, folder=folder, reason=reason_text(exc)
                )
            ) from exc
        raise
    return written


def _place(partial: Path, folder: Path, stem: str, taken: set[str]) -> Path:
    """Give a finished file its name without ever replacing a file of that name."""
    while True:
        target = unique_path(folder, stem, taken)
        try:
            os.link(partial, target)  # fails if the name exists: never overwrites
        except FileExistsError:
            continue  # someone took the name meanwhile; unique_path offers the next
        except OSError:
            # no hard links here (a FAT-formatted USB stick): copy into a new file instead
            create_private_file(target)  # fails if the name exists: never overwrites
            target.write_bytes(partial.read_bytes())
        return target
