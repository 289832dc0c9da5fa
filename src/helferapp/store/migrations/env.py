"""Alembic environment: migrations always run on a connection handed in by the app."""

from __future__ import annotations

from alembic import context

from helferapp.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("HelferApp migrations run only through helferapp.store.migrations")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=False,
)
context.run_migrations()
