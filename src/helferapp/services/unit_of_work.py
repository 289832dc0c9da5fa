"""One user action, one transaction, one clock.

A ``UnitOfWork`` opens a session on the database, gives it the installation's hybrid
logical clock (so the store stamps every write, see ``store.stamping``), and rolls back
on exit unless ``commit()`` ran. The clock's last stamp is persisted in the same
transaction as the writes it stamped, so it can never fall behind the data.

Entering a unit of work that is already open joins it: a service called inside
``with uow:`` works in the caller's session, and only the outermost exit rolls back
what was not committed and closes the session.
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import select
from sqlalchemy.orm import Session

from helferapp.store.database import META_INSTALLATION_ID, Database, translated_errors
from helferapp.store.models import Meta
from helferapp.store.stamping import CLOCK
from helferapp.sync.clock import HybridLogicalClock

META_CLOCK = "clock_last"


class UnitOfWork:
    """Context manager around a session; see the module docstring."""

    session: Session

    def __init__(self, database: Database) -> None:
        self.database = database
        self._clock: HybridLogicalClock | None = None
        self._depth = 0

    def __enter__(self) -> UnitOfWork:
        self._depth += 1
        if self._depth == 1:
            self.session = self.database.session_factory()
            self.session.info[CLOCK] = self
            self._clock = None
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._depth -= 1
        if self._depth == 0:
            self.session.rollback()
            self.session.close()

    @property
    def clock(self) -> HybridLogicalClock:
        """The installation's clock, read from the database on first use."""
        if self._clock is None:
            node = self._meta(META_INSTALLATION_ID)
            self._clock = HybridLogicalClock(node, self._meta(META_CLOCK) or None)
        return self._clock

    def now(self) -> str:
        """Hand out the next stamp (the store's stamping listener calls this)."""
        return self.clock.now()

    def _meta(self, key: str) -> str:
        with self.session.no_autoflush:
            value = self.session.scalar(select(Meta.value).where(Meta.key == key))
        return value or ""

    def commit(self) -> None:
        """Write everything in one transaction, with the clock state alongside.

        If that fails (locked, disk full), nothing is written and the session is rolled
        back, so the same unit of work can try again once the cause is gone.
        """
        try:
            with translated_errors(self.database.path.parent):
                self.session.flush()
                if self._clock is not None:
                    self.session.merge(Meta(key=META_CLOCK, value=self._clock.last))
                self.session.commit()
        except BaseException:
            self.session.rollback()
            raise

    def rollback(self) -> None:
        self.session.rollback()
