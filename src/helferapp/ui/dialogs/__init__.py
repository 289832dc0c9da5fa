"""Dialogs: the quick Kontaktprotokoll, the consent dialog and the window's other dialogs."""
