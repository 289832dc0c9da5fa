"""Where HelferApp keeps its files: the database, its backups and the log.

The database lives in platformdirs' user data dir unless ``--db PATH`` or the
``HELFERAPP_DB`` environment variable says otherwise; the example data has a file of
its own beside it (``Beispieldaten.sqlite3``, opened by ``scripts/start.sh``); backups
sit in ``backups/`` next to whichever database is open, so that a database on a USB
stick keeps its own.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "HelferApp"
DB_FILE_NAME = "helferapp.sqlite3"
DEMO_FILE_NAME = "Beispieldaten.sqlite3"
ENV_DB = "HELFERAPP_DB"


def default_db_path() -> Path:
    """The database used when no path is given on the command line."""
    override = os.environ.get(ENV_DB)
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_NAME, appauthor=False) / DB_FILE_NAME


def demo_db_path() -> Path:
    """The demo database: a file of its own in the data dir, so real work never lands in it."""
    return user_data_path(APP_NAME, appauthor=False) / DEMO_FILE_NAME


def resolve_db_path(given: str | os.PathLike[str] | None) -> Path:
    """The database path from ``--db`` if given, else the default."""
    if given:
        return Path(given).expanduser().resolve()
    return default_db_path()


def backups_dir(db_path: Path) -> Path:
    """Folder for the automatic and manual backups of the database at ``db_path``."""
    return db_path.parent / "backups"


def log_dir() -> Path:
    """Folder for the error log that the GUI writes."""
    return user_log_path(APP_NAME, appauthor=False)
