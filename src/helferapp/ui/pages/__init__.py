"""The pages of the main window: Übersicht, one page per kind of record, Gebiete, Papierkorb."""
