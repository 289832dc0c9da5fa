"""Datei → Sicherung anlegen / wiederherstellen: the backup dialog; and the progress of
converting an older database, which is backed up first."""
