"""Running the Alembic migrations from inside the app, on a given connection.

The app never shells out to ``alembic``: it builds the configuration in code, points it at
this package, and hands over an open connection so that the caller decides about foreign
keys and the transaction (see ``store.database``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

HERE = Path(__file__).resolve().parent
VERSION_TABLE = "alembic_version"


def config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for this package, optionally bound to ``connection``."""
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def script_directory() -> ScriptDirectory:
    """The revisions shipped with this version (read once: they cannot change while running)."""
    return ScriptDirectory.from_config(config())


def head_revision() -> str:
    """The newest schema revision this version of HelferApp knows."""
    head = script_directory().get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Every known revision, oldest first."""
    revisions = [script.revision for script in script_directory().walk_revisions()]
    return list(reversed(revisions))


def is_known_revision(revision: str) -> bool:
    return revision in set(all_revisions())


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, or None for a database without schema."""
    return MigrationContext.configure(connection).get_current_revision()


def is_helferapp_schema(connection: Connection) -> bool:
    """A database is ours if it is empty or carries Alembic's version table."""
    tables = set(inspect(connection).get_table_names())
    return not tables or VERSION_TABLE in tables


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade the database behind ``connection`` to ``revision`` (default: newest)."""
    command.upgrade(config(connection), revision)


def downgrade(connection: Connection, revision: str) -> None:
    """Downgrade to ``revision``; used by the tests that upgrade from every revision."""
    command.downgrade(config(connection), revision)
