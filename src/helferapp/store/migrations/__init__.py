"""Running the Alembic migrations from inside the app, on a given connection.

The app never shells out to ``alembic``: it builds the configuration in code, points it at
this package, and hands over an open connection so that the caller decides about foreign
keys and the transaction (see ``store.database``).

Alembic (with Mako) takes a good part of a second to import, and on almost every start the
database is already up to date. So which revisions exist is read from the revision files
themselves, the database's revision with one query, and Alembic is imported only when a
migration really has to run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

HERE = Path(__file__).resolve().parent
VERSION_TABLE = "alembic_version"
# Keys of the Alembic configuration's ``attributes`` that a revision may read or set:
# PROGRESS, a ``Callable[[int, int], None]`` for rows done/total of a long conversion;
# COMPACTED, set true by a revision that freed much of the file (VACUUM after).
PROGRESS = "progress"
COMPACTED = "compacted"
_REVISION = re.compile(r"^revision(?::\s*str)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?::[^=]+)?\s*=\s*(?:[\"']([^\"']+)[\"']|None)", re.MULTILINE)


@cache
def _revision_chain() -> tuple[str, ...]:
    """Revisions in order, oldest first, read from the files in versions/."""
    parents: dict[str, str | None] = {}
    for script in (HERE / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision and down:
            parents[revision.group(1)] = down.group(1)
    chain: list[str] = []
    current: str | None = next(rev for rev, parent in parents.items() if parent is None)
    children = {parent: rev for rev, parent in parents.items()}
    while current is not None:
        chain.append(current)
        current = children.get(current)
    if len(chain) != len(parents):
        raise RuntimeError("the migration revisions do not form one line")
    return tuple(chain)


def config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for this package, optionally bound to ``connection``."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def script_directory() -> ScriptDirectory:
    """The revisions shipped with this version (read once: they cannot change while running)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config())


def head_revision() -> str:
    """The newest schema revision this version of HelferApp knows."""
    return _revision_chain()[-1]


def all_revisions() -> list[str]:
    """Every known revision, oldest first."""
    return list(_revision_chain())


def is_known_revision(revision: str) -> bool:
    return revision in set(all_revisions())


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, or None for a database without schema."""
    if VERSION_TABLE not in inspect(connection).get_table_names():
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def is_helferapp_schema(connection: Connection) -> bool:
    """A database is ours if it is empty or carries Alembic's version table."""
    tables = set(inspect(connection).get_table_names())
    return not tables or VERSION_TABLE in tables


def upgrade(
    connection: Connection,
    revision: str = "head",
    progress: Callable[[int, int], None] | None = None,
) -> bool:
    """Upgrade the database behind ``connection`` to ``revision`` (default: newest).

    ``progress(done, total)`` hears of the rows a revision converts. Returns whether a
    revision freed so much of the file that a ``VACUUM`` is worth it.
    """
    from alembic import command

    cfg = config(connection)
    if progress is not None:
        cfg.attributes[PROGRESS] = progress
    command.upgrade(cfg, revision)
    return bool(cfg.attributes.get(COMPACTED))


def downgrade(
    connection: Connection, revision: str, progress: Callable[[int, int], None] | None = None
) -> None:
    """Downgrade to ``revision``; used by the tests that upgrade from every revision and
    by the benchmark that turns a database back into an older form."""
    from alembic import command

    cfg = config(connection)
    if progress is not None:
        cfg.attributes[PROGRESS] = progress
    command.downgrade(cfg, revision)
