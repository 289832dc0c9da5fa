"""The benchmark runner: finds every bench_*.py, survives a failing one, writes ratios.

The benchmarks themselves are too slow for the suite; this only checks the machinery, with
stand-in benchmarks.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# bench/ is a folder at the repository root, not an installed package.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import bench
from bench import Result
from bench.__main__ import discover, run_all, table


def test_every_benchmark_module_is_found() -> None:
    names = discover()
    assert {"bench_demo", "bench_records", "bench_open", "bench_search"} <= set(names)
    assert "fixtures" not in names


def test_a_failing_benchmark_is_reported_and_the_others_still_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    seen: list[Path] = []

    def good(workdir: Path) -> list[Result]:
        seen.append(workdir)
        assert workdir.is_dir()
        return [Result("x", 2.0, "s", "raw", 0.5)]

    def broken(_workdir: Path) -> list[Result]:
        raise RuntimeError("kaputt")

    figures, errors = run_all({"bench_broken": broken, "bench_good": good}, echo=lambda _: None)
    assert errors == [{"benchmark": "bench_broken", "error": "RuntimeError: kaputt"}]
    assert figures == [
        {
            "benchmark": "bench_good",
            "name": "x",
            "value": 2.0,
            "unit": "s",
            "baseline_name": "raw",
            "baseline_value": 0.5,
            "ratio": 4.0,
            "note": "",
        }
    ]
    assert not seen[0].exists(), "the temporary folder is removed afterwards"
    assert "4.0×" in table(figures)
    assert "kaputt" in capsys.readouterr().err


def test_a_zero_baseline_has_no_ratio() -> None:
    assert Result("x", 1.0, "ms", "nothing", 0.0).ratio is None


def test_quick_is_a_switch() -> None:
    bench.set_quick(True)
    try:
        assert bench.quick()
    finally:
        bench.set_quick(False)
    assert not bench.quick()
