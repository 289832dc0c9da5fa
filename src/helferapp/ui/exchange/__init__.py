"""Exchanging data with other groups: export, import with preview, the import journal,
the Landkreis round trip and the Austauschordner (shared folder) with its status.
"""
