"""Run every benchmark (``bench/bench_*.py``), print a table, write ``bench/results.json``.

    .venv/bin/python -m bench            # everything (about two minutes)
    .venv/bin/python -m bench --quick    # without the bavaria-scale figures
    .venv/bin/python -m bench --only demo

Modules are found by their name, so a new ``bench_<topic>.py`` needs no change here. Each
runs in its own temporary folder; one that fails is reported and the others still run
(the exit status is then 1).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import platform
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy

import bench
from bench import Result

RESULTS = Path(__file__).resolve().parent / "results.json"

Benchmark = Callable[[Path], list[Result]]


def discover() -> list[str]:
    """Names of the benchmark modules (``bench_<topic>``), sorted."""
    return sorted(
        module.name
        for module in pkgutil.iter_modules(bench.__path__)
        if module.name.startswith("bench_")
    )


def load(name: str) -> Benchmark:
    run: Benchmark = importlib.import_module(f"bench.{name}").run
    return run


def machine() -> dict[str, Any]:
    """What the figures were measured on; the load shows whether the box was busy."""
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "load_average": [round(load, 2) for load in os.getloadavg()]
        if hasattr(os, "getloadavg")
        else None,
    }


def run_all(
    benchmarks: dict[str, Benchmark], echo: Callable[[str], None] = print
) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Run each benchmark in a fresh temporary folder; collect figures and failures."""
    figures: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    for name, run in benchmarks.items():
        echo(f"… {name}")
        try:
            with tempfile.TemporaryDirectory(prefix=f"helferapp-{name}-") as folder:
                results = run(Path(folder))
        except Exception as error:  # one broken benchmark must not hide the others
            traceback.print_exc()
            errors.append({"benchmark": name, "error": f"{type(error).__name__}: {error}"})
            continue
        figures += [{"benchmark": name, **result.as_dict()} for result in results]
    return figures, errors


def table(figures: Sequence[dict[str, Any]]) -> str:
    """The figures as a plain-text table for the terminal."""
    header = ("figure", "value", "baseline", "baseline value", "ratio")
    rows = [
        (
            figure["name"],
            f"{figure['value']:.3f} {figure['unit']}",
            figure["baseline_name"],
            f"{figure['baseline_value']:.3f} {figure['unit']}",
            "–" if figure["ratio"] is None else f"{figure['ratio']:.1f}×",
        )
        for figure in figures
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the bavaria-scale figures")
    parser.add_argument("--only", metavar="TEXT", help="run only benchmarks whose name has TEXT")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON")
    args = parser.parse_args(argv)
    bench.set_quick(args.quick)
    names = [name for name in discover() if not args.only or args.only in name]
    info = machine()
    started = datetime.now().astimezone()
    figures, errors = run_all({name: load(name) for name in names})
    report = {
        "date": started.isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": info,
        "benchmarks": names,
        "figures": figures,
        "errors": errors,
    }
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(table(figures))
    print(f"\n{len(figures)} figures written to {args.output}")
    for error in errors:
        print(f"FAILED {error['benchmark']}: {error['error']}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
