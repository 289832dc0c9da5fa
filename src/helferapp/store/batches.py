"""Taking a long sequence a batch at a time.

SQLite takes a bounded number of parameters per statement (999 at least), so every
``WHERE id IN (…)`` over many ids goes in batches; bulk merges and the demo build flush
in batches too. One helper for all of them (Python 3.11 has no ``itertools.batched``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")

IN_BATCH = 500
"""Ids per ``WHERE id IN (…)``: well below SQLite's limit of bound parameters."""


def batches(items: Iterable[T], size: int = IN_BATCH) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
