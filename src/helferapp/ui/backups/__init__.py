"""Datei → Sicherung anlegen / wiederherstellen: the backup dialog."""
