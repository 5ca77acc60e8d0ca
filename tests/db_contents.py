"""What a test database holds, in a form to compare before and after a command: every
table's row count and checksum (the same ones `kohort copy` verifies with), read the same
way from a file or a server, so "nothing was written" is checked on both databases."""

from __future__ import annotations

from app.db import open_database
from app.db_copy import table_checksum, tables


def contents(location: str) -> dict[str, tuple[int, str]]:
    """Each table's (rows, checksum) in the database at ``location`` (a path or an address)."""
    with open_database(location, create=False) as database, database.engine.connect() as c:
        return {table.name: table_checksum(c, table) for table in tables()}
