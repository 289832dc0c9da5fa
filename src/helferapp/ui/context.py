"""What every window, page and form of the GUI needs: the open database.

Widgets never keep a session: each user action opens a ``UnitOfWork`` through
``AppContext.uow()``, calls a service, and shows the plain rows it returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from helferapp.services.regions import RegionRow, list_municipalities
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database


@dataclass
class AppContext:
    """The open database plus caches of read-only reference data."""

    database: Database
    _municipalities: list[RegionRow] | None = field(default=None, repr=False)

    def uow(self) -> UnitOfWork:
        """A fresh unit of work for one user action."""
        return UnitOfWork(self.database)

    def municipalities(self) -> list[RegionRow]:
        """The 2,056 Gemeinden (read once; reference data does not change at run time)."""
        if self._municipalities is None:
            self._municipalities = list_municipalities(self.uow())
        return self._municipalities
