"""Writing user-chosen files safely: whole or not at all, with one clear sentence on failure."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from app.errors import KohortError


def write_atomically(path: Path, write: Callable[[Path], None], *, what: str) -> None:
    """Call ``write(temporary_path)`` beside ``path``, then rename it into place.

    A full disk, a locked file or a crash never leaves a half-written file under the real
    name, and an earlier file of that name stays as it was until the new one is complete.
    ``what`` names the document in the error ("the sign-in sheet", "the export").
    """
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        write(partial)
        os.replace(partial, path)
    except OSError as exc:
        if isinstance(exc, PermissionError):
            reason = "permission denied; if the file is open in another program, close it"
        else:
            reason = exc.strerror or str(exc)
        raise KohortError(
            f"Could not write {what} {path} ({reason}); nothing was written."
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
