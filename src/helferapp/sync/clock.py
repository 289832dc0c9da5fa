"""Hybrid logical clock: stamps that order every write across all installations.

A stamp is ``PPPPPPPPPPPPPPP-CCCCC-NODE``: the wall time in milliseconds (15 digits), a
counter for writes within the same millisecond (5 digits) and the writing installation's
id. Fixed widths make the plain string order the clock order, so SQLite and Python
compare stamps without parsing; the node id breaks ties between installations.

The clock never runs backwards: if the wall clock is behind the last stamp seen (a laptop
with a wrong date, or a stamp imported from one), it keeps counting from that stamp.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

_COUNTER_LIMIT = 99_999
# Only the canonical text: ASCII digits of fixed width and a node id without "-", so that
# a stamp read from a file sorts as text exactly as it sorts as a clock reading.
_STAMP = re.compile(r"([0-9]{15})-([0-9]{5})-([^-]+)")


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
        if match is None:
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
            self.observe(last)

    @property
    def last(self) -> str:
        """The latest stamp handed out or observed, for persisting the clock."""
        return str(Stamp(self._physical, self._counter, self.node))

    def now(self) -> str:
        """Return a new stamp, later than every stamp handed out or observed."""
        wall = self._wall()
        if wall > self._physical:
            self._physical, self._counter = wall, 0
        elif self._counter < _COUNTER_LIMIT:
            self._counter += 1
        else:
            self._physical, self._counter = self._physical + 1, 0
        return self.last

    def observe(self, stamp: str) -> None:
        """Advance past ``stamp`` (imported or persisted) so later writes win over it."""
        seen = Stamp.parse(stamp)
        if (seen.physical, seen.counter) > (self._physical, self._counter):
            self._physical, self._counter = seen.physical, seen.counter
