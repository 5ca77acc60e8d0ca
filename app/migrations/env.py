"""Alembic environment: always runs on a connection handed in by app.db."""

from alembic import context

from app.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Kohort migrations run through app.db.open_database, with a connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; rebuild tables instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
    # SQLite rebuilds tables with foreign keys off: check them afterwards. PostgreSQL
    # checks every statement itself.
    broken = (
        connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if connection.dialect.name == "sqlite"
        else []
    )
    if broken:
        raise RuntimeError(f"Migration left broken foreign keys: {broken[:5]}")
