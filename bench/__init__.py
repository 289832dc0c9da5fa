"""HelferApp's benchmarks: every figure is measured beside a baseline from the same run.

Absolute times say little on a shared two-core laptop (or CI box) whose load changes from
minute to minute; a ratio to a baseline measured moments earlier on the same machine (raw
``sqlite3`` doing the same work, for instance) says how much our layers cost and stays
comparable between runs. Run everything with ``python -m bench`` (see README.md).

A benchmark is a module ``bench/bench_<topic>.py`` with ``run(workdir: Path) ->
list[Result]``; the runner finds it by its name, so adding one touches nothing else.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

_settings = {"quick": False}


def quick() -> bool:
    """Whether the run was started with ``--quick``: skip the bavaria-scale figures."""
    return _settings["quick"]


def set_quick(value: bool) -> None:
    """Set by the runner from the command line."""
    _settings["quick"] = value


@dataclass(frozen=True)
class Result:
    """One figure and the baseline it is compared with (same unit, same run)."""

    name: str
    value: float
    unit: str
    baseline_name: str
    baseline_value: float
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """value / baseline: how many times slower (>1) or faster (<1) than the baseline."""
        return self.value / self.baseline_value if self.baseline_value else None

    def as_dict(self) -> dict[str, Any]:
        ratio = self.ratio
        return {
            "name": self.name,
            "value": round(self.value, 6),
            "unit": self.unit,
            "baseline_name": self.baseline_name,
            "baseline_value": round(self.baseline_value, 6),
            "ratio": None if ratio is None else round(ratio, 3),
            "note": self.note,
        }


def timed(action: Callable[[], T]) -> tuple[float, T]:
    """Run ``action`` once; return the seconds it took and its result."""
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def median_time(action: Callable[[], object], repeat: int = 5) -> float:
    """Median seconds of ``repeat`` runs: for quick operations, robust against one hiccup."""
    return statistics.median(timed(action)[0] for _ in range(repeat))
