"""Skewed clocks over three replicas: no clock is driven past the bound, later edits win.

Two replicas have the right time, the third a clock off by days or years (ahead or
behind). Hypothesis drives them through edits of shared records and exchanges, each
import of a file that lies too far ahead either refused (then nothing changes) or
deliberately accepted (then its stamps are moved back, docs/FORMAT.md §5). After every
step, no replica's clock lies more than a day ahead of its own wall clock. At the end,
once the skew has spread everywhere, an edit made on a replica with the right time wins
on both replicas with the right time — also when the skewed replica's files are
accepted again afterwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from helferapp.domain.records import HelperGroupData
from helferapp.services import exchange, records
from helferapp.services.entities import GROUPS
from helferapp.sync import clock as clock_module
from tests.sync.helpers_exchange import OLCHING, canonical_dump
from tests.sync.test_merge_properties import YEAR_MS, Replica, replicas

DAY_MS = 24 * 3_600_000
SKEWS = (2 * DAY_MS, 3 * YEAR_MS, 7000 * YEAR_MS, -2 * DAY_MS, -30 * YEAR_MS)
FIELDS = ("name", "notes", "locality")
STEPS = st.lists(
    st.tuples(
        st.sampled_from(("edit", "exchange")),
        st.integers(0, 2),  # the replica that edits, or the one whose file is read
        st.integers(0, 2),  # the receiver
        st.booleans(),  # accept a file that lies too far ahead
        st.integers(0, 2),  # which field
    ),
    max_size=8,
)


def _wall(skew: int) -> int:
    return clock_module.wall_clock_ms() + skew


def _check_bound(group: list[Replica], skews: list[int]) -> None:
    for replica, skew in zip(group, skews, strict=True):
        last = replica.database.meta("clock_last")
        if last:
            assert int(last[:15]) <= _wall(skew) + clock_module.MAX_DRIFT_MS, replica.name


def _send(source: Replica, target: Replica, accept: bool) -> None:
    path = source.export()
    before = canonical_dump(target.database)
    try:
        exchange.import_file(target.database, path, accept_clock_skew=accept)
    except exchange.ClockSkewError as error:
        assert not accept
        assert "Uhren geht falsch" in error.message
        assert canonical_dump(target.database) == before
        event("refused: too far ahead")


def _edit(replica: Replica, group_id: str, name: str, value: str) -> None:
    records.patch(replica.uow, GROUPS, group_id, {name: value})


@settings(
    max_examples=12,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(skew=st.sampled_from(SKEWS), steps=STEPS)
def test_a_skewed_clock_neither_drives_others_past_the_bound_nor_blocks_later_edits(
    template_db_path: Path, skew: int, steps: list[tuple[Any, ...]]
) -> None:
    skews = [0, 0, skew]
    with replicas(template_db_path, 3, skews) as group:
        right, other, skewed = group
        # A shared record from each side, seen everywhere (accepted where needed).
        mine = records.create(
            right.uow, GROUPS, HelperGroupData(name="Von rechts", region_ags=(OLCHING,))
        ).id
        theirs = records.create(
            skewed.uow, GROUPS, HelperGroupData(name="Von schief", region_ags=(OLCHING,))
        ).id
        for source in group:
            for target in group:
                if source is not target:
                    _send(source, target, accept=True)
        _check_bound(group, skews)
        for number, (action, first, second, accept, field_index) in enumerate(steps):
            name = FIELDS[field_index]
            if action == "edit":
                for group_id in (mine, theirs):
                    _edit(group[first], group_id, name, f"Schritt {number}")
            elif first != second:
                _send(group[first], group[second], accept)
            _check_bound(group, skews)

        # The skew spreads everywhere (accepted), twice over.
        for _ in range(2):
            for source in group:
                for target in group:
                    if source is not target:
                        _send(source, target, accept=True)
        _check_bound(group, skews)

        # An edit made now, on a replica with the right time, wins on both of them.
        for group_id in (mine, theirs):
            _edit(right, group_id, "name", "Nach der Abweichung")
        _send(right, other, accept=False)
        _send(skewed, right, accept=True)
        _send(skewed, other, accept=True)
        _send(other, right, accept=False)
        for replica in (right, other):
            for group_id in (mine, theirs):
                assert records.get(replica.uow, GROUPS, group_id).data.name == (
                    "Nach der Abweichung"
                ), replica.name
        _check_bound(group, skews)
