"""Persistence: SQLAlchemy models, the SQLite engine, migrations, reference data, backups.

Knows the domain and nothing above it; no Qt, no use-case logic.
"""
