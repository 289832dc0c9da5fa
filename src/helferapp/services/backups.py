"""Backups for the GUI and the CLI: create, list, restore (see ``store.backup``).

The work is done in the store, which owns the database file; this module is the door
the layers above use, so that they never import the store directly.
"""

from __future__ import annotations

from helferapp.store.backup import BackupInfo, create_backup, list_backups, restore_backup

__all__ = ["BackupInfo", "create_backup", "list_backups", "restore_backup"]
