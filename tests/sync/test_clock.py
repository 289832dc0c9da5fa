"""The hybrid logical clock: stamps only ever grow, and their text sorts like they do."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helferapp.sync.clock import (
    MAX_DRIFT_MS,
    MAX_PHYSICAL,
    ClockOverflowError,
    HybridLogicalClock,
    Stamp,
    wall_clock_ms,
)

PHYSICAL = st.integers(0, MAX_PHYSICAL)
COUNTER = st.integers(0, 99_999)
NODE = st.text(st.characters(categories=["L", "Nd"]) | st.sampled_from("_."), min_size=1)
STAMPS = st.builds(Stamp, PHYSICAL, COUNTER, NODE)


class ScriptedWall:
    """A wall clock that returns the given readings, then keeps the last one."""

    def __init__(self, readings: list[int]) -> None:
        self.readings = list(readings)
        self.last = self.readings[0] if self.readings else 0

    def __call__(self) -> int:
        if self.readings:
            self.last = self.readings.pop(0)
        return self.last


def test_a_stamp_has_fixed_width_parts() -> None:
    stamp = Stamp(1_700_000_000_000, 7, "abc")
    assert str(stamp) == "001700000000000-00007-abc"


@given(STAMPS)
def test_parse_reads_back_what_str_wrote(stamp: Stamp) -> None:
    assert Stamp.parse(str(stamp)) == stamp


@given(STAMPS, STAMPS)
def test_string_order_is_stamp_order(one: Stamp, other: Stamp) -> None:
    assert (str(one) < str(other)) == (one < other)
    assert (str(one) == str(other)) == (one == other)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "001700000000000-00007",
        "001700000000000-00007-",
        "1700000000000-00007-abc",
        "001700000000000-7-abc",
        "+01700000000000-00007-abc",
        " 01700000000000-00007-abc",
        "00170000000000x-00007-abc",
        "001700000000000-0000٣-abc",
        "001700000000000-00007-a-b",
        "253402300800000-00000-abc",  # 10000-01-01: beyond what a date can show
        "999999999999999-99998-abc",
        "1000000000000000-00000-abc",
    ],
)
def test_parse_refuses_anything_but_a_canonical_stamp(text: str) -> None:
    with pytest.raises(ValueError):
        Stamp.parse(text)


@pytest.mark.parametrize("node", ["", "a-b"])
def test_a_clock_needs_a_node_id_without_dashes(node: str) -> None:
    with pytest.raises(ValueError):
        HybridLogicalClock(node)


def test_the_wall_clock_reads_milliseconds() -> None:
    assert 1_600_000_000_000 < wall_clock_ms() < 10**15


def test_a_new_clock_starts_at_zero() -> None:
    assert HybridLogicalClock("n").last == "000000000000000-00000-n"


def test_stamps_follow_the_wall_clock_when_it_moves_on() -> None:
    clock = HybridLogicalClock("n", wall=ScriptedWall([1000, 2000]))
    assert clock.now() == "000000000001000-00000-n"
    assert clock.now() == "000000000002000-00000-n"


def test_within_one_millisecond_the_counter_counts() -> None:
    clock = HybridLogicalClock("n", wall=ScriptedWall([1000]))
    assert [clock.now() for _ in range(3)] == [
        "000000000001000-00000-n",
        "000000000001000-00001-n",
        "000000000001000-00002-n",
    ]


def test_counter_overflow_rolls_into_the_next_millisecond() -> None:
    clock = HybridLogicalClock("n", last="000000000001000-99998-n", wall=ScriptedWall([5]))
    assert clock.now() == "000000000001000-99999-n"
    assert clock.now() == "000000000001001-00000-n"
    assert clock.now() == "000000000001001-00001-n"


@given(st.lists(st.integers(0, 10**13), min_size=1, max_size=200))
def test_stamps_strictly_increase_whatever_the_wall_clock_does(readings: list[int]) -> None:
    clock = HybridLogicalClock("n", wall=ScriptedWall(readings))
    stamps = [clock.now() for _ in range(len(readings) + 5)]
    assert all(a < b for a, b in itertools.pairwise(stamps))
    assert all(Stamp.parse(a) < Stamp.parse(b) for a, b in itertools.pairwise(stamps))


@given(st.integers(0, 10**13), st.integers(1, 300))
def test_a_standing_wall_clock_still_gives_distinct_increasing_stamps(
    wall: int, count: int
) -> None:
    clock = HybridLogicalClock("n", wall=lambda: wall)
    stamps = [clock.now() for _ in range(count)]
    assert stamps == sorted(set(stamps))


@given(st.integers(0, 10**13), STAMPS)
def test_observing_a_stamp_within_a_day_makes_the_next_stamp_larger(wall: int, seen: Stamp) -> None:
    clock = HybridLogicalClock("n", wall=lambda: wall)
    clock.now()
    clock.observe(str(seen))
    after = Stamp.parse(clock.now())
    if seen.physical <= wall + MAX_DRIFT_MS:
        assert after > seen
        assert (after.physical, after.counter) > (seen.physical, seen.counter)
    else:  # further ahead: the clock goes to the bound, not beyond
        assert wall + MAX_DRIFT_MS <= after.physical <= wall + MAX_DRIFT_MS + 1


@given(st.integers(0, 10**13), st.lists(STAMPS, max_size=20))
def test_no_import_drives_the_clock_more_than_a_day_ahead(wall: int, seen: list[Stamp]) -> None:
    clock = HybridLogicalClock("n", wall=lambda: wall)
    for stamp in seen:
        clock.observe(str(stamp))
        assert Stamp.parse(clock.last).physical <= max(wall + MAX_DRIFT_MS, 0)


def test_the_clock_never_hands_out_a_stamp_beyond_the_format() -> None:
    last = f"{MAX_PHYSICAL:015d}-99998-n"
    clock = HybridLogicalClock("n", last=last, wall=lambda: 5)
    assert clock.now() == f"{MAX_PHYSICAL:015d}-99999-n"
    with pytest.raises(ClockOverflowError, match="Jahr 9999"):
        clock.now()
    assert clock.last == f"{MAX_PHYSICAL:015d}-99999-n"


def test_a_clock_persisted_with_16_digits_by_an_older_version_stays_in_the_format() -> None:
    clock = HybridLogicalClock("n", last="1000000000000000-00000-n", wall=lambda: 5)
    assert len(clock.last) == len("000000000000000-00000-n")
    with pytest.raises(ClockOverflowError):
        clock.now()


@given(STAMPS.filter(lambda s: s.physical < MAX_PHYSICAL), st.integers(0, 10**13))
def test_a_clock_restored_from_its_last_stamp_continues_after_it(last: Stamp, wall: int) -> None:
    clock = HybridLogicalClock("n", last=str(last), wall=lambda: wall)
    assert Stamp.parse(clock.now()) > last


def test_observing_an_old_stamp_changes_nothing() -> None:
    clock = HybridLogicalClock("n", wall=lambda: 5000)
    clock.now()
    before = clock.last
    clock.observe("000000000001000-00000-other")
    assert clock.last == before


def test_observe_refuses_a_malformed_stamp() -> None:
    with pytest.raises(ValueError):
        HybridLogicalClock("n").observe("gestern")


def test_last_is_the_latest_stamp_handed_out() -> None:
    clock = HybridLogicalClock("n", wall=lambda: 42)
    stamp = clock.now()
    assert clock.last == stamp
