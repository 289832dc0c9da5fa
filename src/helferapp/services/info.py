"""Facts about the open database, for ``helferapp-cli info`` and the status bar.

Also whether it is a demo database: ``services.demo`` sets the ``meta`` flag ``demo``
when it loads example data, the window then says so all the time, and exchange files
written from it carry a demo mark (docs/FORMAT.md) so that no invented data slips into a
real database unasked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from helferapp.services import own_groups
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store import migrations
from helferapp.store.database import META_INSTALLATION_ID, Database
from helferapp.store.models import SYNCED_MODELS, Meta, Region

META_DEMO = "demo"


def is_demo(database: Database) -> bool:
    """Tell whether ``database`` holds example data (set by the demo builder)."""
    return database.meta(META_DEMO) == "1"


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
    own_groups: tuple[str, ...] = ()
    demo: bool = False

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
        demo = session.scalar(select(Meta.value).where(Meta.key == META_DEMO)) == "1"
    ours = tuple(group.name for group in own_groups.own_groups(uow))
    return DatabaseInfo(
        path=uow.database.path,
        schema_revision=revision,
        newest_revision=migrations.head_revision(),
        installation_id=installation or "",
        counts=counts,
        deleted=deleted,
        regions=regions,
        own_groups=ours,
        demo=demo,
    )
