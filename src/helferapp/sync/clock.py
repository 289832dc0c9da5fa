"""Hybrid logical clock: stamps that order every write across all installations.

A stamp is ``PPPPPPPPPPPPPPP-CCCCC-NODE``: the wall time in milliseconds (15 digits), a
counter for writes within the same millisecond (5 digits) and the writing installation's
id. Fixed widths make the plain string order the clock order, so SQLite and Python
compare stamps without parsing; the node id breaks ties between installations.

The clock never runs backwards: if the wall clock is behind the last stamp seen (a laptop
with a wrong date, or a stamp imported from one), it keeps counting from that stamp.

Two bounds keep one wrong clock from poisoning everyone (docs/FORMAT.md §5):
- ``MAX_PHYSICAL``: the last millisecond of the year 9999, the latest time a file's
  ``created_at`` (and any date shown) can express. A stamp beyond it is not a stamp, and
  the clock refuses to hand one out instead of growing a 16th digit (which would sort
  *below* every 15-digit stamp).
- ``MAX_DRIFT_MS``: an imported stamp moves the clock at most this far ahead of the wall
  clock (``observe`` caps it). What lies beyond is the merge's business: it caps such
  stamps the same way and asks the user first (``sync.merge``).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from helferapp.domain.errors import UserError

_COUNTER_LIMIT = 99_999
# 9999-12-31T23:59:59.999Z in milliseconds since the epoch.
MAX_PHYSICAL = 253_402_300_799_999
MAX_DRIFT_MS = 24 * 60 * 60 * 1000
# Only the canonical text: ASCII digits of fixed width and a node id without "-", so that
# a stamp read from a file sorts as text exactly as it sorts as a clock reading.
_STAMP = re.compile(r"([0-9]{15})-([0-9]{5})-([^-]+)")
# What older versions may have persisted: more than 15 digits after a poisoned import.
_PERSISTED = re.compile(r"([0-9]{15,})-([0-9]{5})-([^-]+)")


class ClockOverflowError(UserError):
    """The clock has reached the end of what a stamp can hold."""

    def __init__(self) -> None:
        super().__init__(
            "Die Uhr dieser Datenbank ist durch einen früheren Import ans Ende dessen "
            "gelaufen, was HelferApp speichern kann (Jahr 9999). Es wurde nichts "
            "gespeichert. Bitte eine Sicherung von vor diesem Import wiederherstellen."
        )


def within_format(stamp: str) -> bool:
    """Whether a stamp of the canonical form lies no later than ``MAX_PHYSICAL``."""
    return stamp[:15] <= f"{MAX_PHYSICAL:015d}"


def wall_clock_ms() -> int:
    """Milliseconds since the epoch, from the system clock."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Stamp:
    """One point on the hybrid logical clock."""

    physical: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.physical:015d}-{self.counter:05d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Read a stamp written by ``str()``; raise ``ValueError`` for anything else."""
        match = _STAMP.fullmatch(text)
        if match is None or int(match[1]) > MAX_PHYSICAL:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(match[1]), int(match[2]), match[3])


class HybridLogicalClock:
    """Hands out strictly increasing stamps for one installation."""

    def __init__(
        self,
        node: str,
        last: str | None = None,
        wall: Callable[[], int] = wall_clock_ms,
    ) -> None:
        if "-" in node or not node:
            raise ValueError("node id must be non-empty and free of '-'")
        self.node = node
        self._wall = wall
        self._physical = 0
        self._counter = 0
        if last:
            self._restore(last)

    def _restore(self, last: str) -> None:
        """Continue from the persisted ``last`` — uncapped, so that no local edit gets a
        stamp below one already stored; a stamp beyond the format (written by an older
        version after a poisoned import) is held at ``MAX_PHYSICAL``."""
        match = _PERSISTED.fullmatch(last)
        if match is None:
            raise ValueError(f"not a clock stamp: {last!r}")
        self._physical = min(int(match[1]), MAX_PHYSICAL)
        self._counter = int(match[2]) if int(match[1]) <= MAX_PHYSICAL else _COUNTER_LIMIT

    def wall(self) -> int:
        """The wall clock's reading, in milliseconds."""
        return self._wall()

    def drift_limit(self) -> int:
        """The latest physical time an import may move this clock to."""
        return self._wall() + MAX_DRIFT_MS

    @property
    def last(self) -> str:
        """The latest stamp handed out or observed, for persisting the clock."""
        return str(Stamp(self._physical, self._counter, self.node))

    def now(self) -> str:
        """Return a new stamp, later than every stamp handed out or observed."""
        wall = min(self._wall(), MAX_PHYSICAL)
        if wall > self._physical:
            self._physical, self._counter = wall, 0
        elif self._counter < _COUNTER_LIMIT:
            self._counter += 1
        elif self._physical < MAX_PHYSICAL:
            self._physical, self._counter = self._physical + 1, 0
        else:
            raise ClockOverflowError()
        return self.last

    def observe(self, stamp: str) -> None:
        """Advance past ``stamp`` (imported) so later writes win over it — but never to
        more than ``MAX_DRIFT_MS`` ahead of the wall clock."""
        seen = Stamp.parse(stamp)
        reading = (seen.physical, seen.counter)
        limit = self.drift_limit()
        if seen.physical > limit:
            reading = (limit, 0)
        if reading > (self._physical, self._counter):
            self._physical, self._counter = reading
