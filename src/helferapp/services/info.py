"""Facts about the open database, for ``helferapp-cli info`` and the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store import migrations
from helferapp.store.database import META_INSTALLATION_ID
from helferapp.store.models import SYNCED_MODELS, Meta, Region


@dataclass(frozen=True)
class DatabaseInfo:
    """Where the database is, what schema it has, how much it holds."""

    path: Path
    schema_revision: str | None
    newest_revision: str
    installation_id: str
    counts: dict[str, int]
    deleted: dict[str, int]
    regions: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def database_info(uow: UnitOfWork) -> DatabaseInfo:
    """Count live and deleted records per kind."""
    counts: dict[str, int] = {}
    deleted: dict[str, int] = {}
    with uow:
        session = uow.session
        for model in SYNCED_MODELS:
            statement = select(model.deleted, func.count()).group_by(model.deleted)
            per_state = {bool(flag): number for flag, number in session.execute(statement)}
            counts[model.kind_code] = per_state.get(False, 0)
            deleted[model.kind_code] = per_state.get(True, 0)
        installation = session.scalar(select(Meta.value).where(Meta.key == META_INSTALLATION_ID))
        regions = session.scalar(select(func.count()).select_from(Region)) or 0
        revision = migrations.current_revision(session.connection())
    return DatabaseInfo(
        path=uow.database.path,
        schema_revision=revision,
        newest_revision=migrations.head_revision(),
        installation_id=installation or "",
        counts=counts,
        deleted=deleted,
        regions=regions,
    )
