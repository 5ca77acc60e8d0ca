"""kohort.log without personal data, in any error path.

An exception's text may quote what the coordinator typed or what a row holds: SQLAlchemy
puts the statement (and, without ``hide_parameters``, its values) into its message, and
Kohort's own messages name people ("Anna Svensson is already enrolled"). So the log keeps
where a problem happened and what kind it was — the traceback's files, lines and functions,
the exception's type and a non-personal code (SQLite's error name, an errno) — and never an
exception's message. :class:`PrivateFormatter` applies that to every record, whoever logs
it and however (``log.exception``, ``exc_info=``, an exception passed as an argument).

The log file itself is private (0600, rotated files too), in a private folder.
"""

from __future__ import annotations

import errno
import io
import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.privacy import private_folder, tighten

_WITHHELD = "(message left out: it may hold personal data)"
_DIRECT_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_DURING_HANDLING = "\nDuring handling of the above exception, another exception occurred:\n\n"


def exception_code(exc: BaseException) -> str:
    """A code that says what went wrong without quoting any data: SQLite's error name
    (``SQLITE_CONSTRAINT_UNIQUE``), PostgreSQL's (``SQLSTATE 23503``), an errno name
    (``ENOSPC``), or nothing."""
    for candidate in (exc, getattr(exc, "orig", None)):
        name = getattr(candidate, "sqlite_errorname", None)
        if isinstance(name, str):
            return name
        state = getattr(candidate, "sqlstate", None)
        if isinstance(state, str):
            return f"SQLSTATE {state}"
    if isinstance(exc, OSError) and exc.errno is not None:
        return errno.errorcode.get(exc.errno, str(exc.errno))
    return ""


def describe_exception(exc: BaseException) -> str:
    """``module.Type [CODE]``: the kind of error, never its message."""
    kind = type(exc)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    code = exception_code(exc)
    return f"{name} [{code}]" if code else name


def exception_summary(exc: BaseException) -> str:
    """A traceback of ``exc`` and the exceptions that led to it, without their messages."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    parts: list[str] = []
    ordered = list(reversed(chain))
    for number, item in enumerate(ordered):
        if number:
            caused = ordered[number].__cause__ is ordered[number - 1]
            parts.append(_DIRECT_CAUSE if caused else _DURING_HANDLING)
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_list(traceback.extract_tb(item.__traceback__)))
        parts.append(f"{describe_exception(item)} {_WITHHELD}\n")
    return "".join(parts).rstrip("\n")


def _private_arg(value: object) -> object:
    return describe_exception(value) if isinstance(value, BaseException) else value


class PrivateFormatter(logging.Formatter):
    """Formats records with exceptions reduced to their type, code and traceback."""

    def format(self, record: logging.LogRecord) -> str:
        safe = logging.makeLogRecord(record.__dict__)
        if isinstance(safe.msg, BaseException):
            safe.msg = describe_exception(safe.msg)
        if isinstance(safe.args, tuple):
            safe.args = tuple(_private_arg(arg) for arg in safe.args)
        elif isinstance(safe.args, dict):
            safe.args = {key: _private_arg(arg) for key, arg in safe.args.items()}
        # Never reuse a traceback another handler formatted (with the messages in it).
        safe.exc_info = None
        safe.exc_text = None
        text = super().format(safe)
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + exception_summary(record.exc_info[1])
        return text


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are 0600 from their first byte (POSIX)."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        stream = open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        assert isinstance(stream, io.TextIOWrapper)
        return stream


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def private_log_handler(path: Path, *, backups: int = 3) -> logging.Handler:
    """The handler for kohort.log: private files in a private folder, private records.

    Raises OSError when the folder or file cannot be made.
    """
    private_folder(path.parent)
    handler = PrivateRotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=backups, encoding="utf-8"
    )
    for old in (path, *(path.with_name(f"{path.name}.{n}") for n in range(1, backups + 1))):
        tighten(old)  # written by an older Kohort, readable by others
    handler.setFormatter(PrivateFormatter(LOG_FORMAT))
    return handler
