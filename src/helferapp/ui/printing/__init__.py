"""Datei → Drucken… and its relatives: which reports fit the current page, the preview,
PDFs, table exports, vCards and the Wiedervorlagen calendar.
"""
