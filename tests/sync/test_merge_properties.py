"""The merge is a join: replicas that have seen the same files hold the same data.

Hypothesis drives 3–5 replicas (separate databases, each its own installation id and,
optionally, a wall clock far off) through random edits — create, edit the same field in
several places, delete, restore, purge — and random exchanges, including stale files and
repeats. Whatever happened, once every replica has imported every other replica's
latest file, all replicas are equal; importing again changes nothing; and no local
value ever changed through an import without a journal entry saying so.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from helferapp.domain.enums import FieldOfAction
from helferapp.domain.errors import UserError
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    PersonData,
    ProgrammeData,
    RegionStatusData,
)
from helferapp.services import exchange, records
from helferapp.services.entities import (
    CONTACTS,
    GROUPS,
    ORGANISATIONS,
    PARTNERSHIPS,
    PERSONS,
    PROGRAMMES,
    REGION_STATUSES,
)
from helferapp.services.exchange import ConsentMode
from helferapp.services.records import EntitySpec
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from helferapp.sync import clock as clock_module
from tests.sync.helpers_exchange import (
    FFB_GEMEINDE,
    FFB_KREIS,
    MUENCHEN,
    OLCHING,
    canonical_dump,
    new_replica,
    wire_dump,
)

YEAR_MS = 365 * 24 * 3600 * 1000
SKEWS_BEYOND = {"2099": 74 * YEAR_MS}
# Within the bound of one day between any two (files further ahead are refused unless
# accepted and then moved back: tests/sync/test_clock_skew.py).
SKEWS = {
    "richtig": 0,
    "elf Stunden vor": 11 * 3_600_000,
    "elf Stunden nach": -11 * 3_600_000,
    "eine Stunde vor": 3_600_000,
    "eine Minute nach": -60_000,
}
NAMES = ("Asyl Olching", "Café International", "Sprachpaten", "Netzwerk Ost", "")
AGS_CHOICES = (FFB_KREIS, OLCHING, FFB_GEMEINDE, MUENCHEN)
SPECS: dict[str, EntitySpec[Any]] = {
    "group": GROUPS,
    "organisation": ORGANISATIONS,
    "programme": PROGRAMMES,
    "person": PERSONS,
    "contact": CONTACTS,
    "partnership": PARTNERSHIPS,
    "status": REGION_STATUSES,
}
# Fields an edit may change, with a few values each (few, so that replicas collide).
EDITS: dict[str, dict[str, tuple[Any, ...]]] = {
    "group": {
        "name": ("Helferkreis A", "Helferkreis B", "Helferkreis C"),
        "notes": ("", "Treffen montags", "Treffen dienstags"),
        "locality": ("Esting", "Geiselbullach"),
    },
    "organisation": {"name": ("KI FFB", "Landratsamt FFB"), "city": ("Fürstenfeldbruck", "")},
    "programme": {
        "title": ("Sprachcafé", "Nähcafé", "Fahrradwerkstatt"),
        "cost": ("", "2 €"),
        "start_time": (None, time(9, 30), time(18, 0)),
        "childcare": (True, False),
    },
    "person": {"name": ("Maria Huber", "Ali Demir"), "phone": ("", "0151 23456789")},
    "contact": {"subject": ("Anruf", "Treffen"), "done": (True, False)},
    "partnership": {"notes": ("", "seit 2016", "Runder Tisch")},
    "status": {"source": ("Landratsamt", "Kreistag", ""), "notes": ("", "geprüft")},
}

PICK = st.integers(0, 10_000)
KIND = st.sampled_from(sorted(SPECS))


def operations(replicas: int) -> st.SearchStrategy[list[tuple[Any, ...]]]:
    who = st.integers(0, replicas - 1)
    edit = st.tuples(st.just("edit"), who, KIND, PICK, PICK, PICK)
    return st.lists(
        st.one_of(
            st.tuples(st.just("create"), who, KIND, PICK, PICK, st.sampled_from(NAMES)),
            edit,
            edit,
            edit,
            st.tuples(st.just("delete"), who, KIND, PICK),
            st.tuples(st.just("restore"), who, KIND, PICK),
            st.tuples(st.just("purge"), who, KIND, PICK),
            st.tuples(st.just("exchange"), who, who),
            st.tuples(st.just("stale"), who, PICK),
        ),
        min_size=8,
        max_size=30,
    )


# --- replicas --------------------------------------------------------------------------


class Walls:
    """Wall clocks per installation: the real clock plus an offset."""

    def __init__(self) -> None:
        self.offsets: dict[str, int] = {}

    def clock(self, node: str, last: str | None = None) -> clock_module.HybridLogicalClock:
        offset = self.offsets.get(node, 0)
        return clock_module.HybridLogicalClock(
            node, last, wall=lambda: clock_module.wall_clock_ms() + offset
        )


@contextmanager
def skewed_clocks() -> Iterator[Walls]:
    """Make every ``UnitOfWork`` build its clock with the wall of its installation."""
    walls = Walls()
    with mock.patch("helferapp.services.unit_of_work.HybridLogicalClock", walls.clock):
        yield walls


@dataclass
class Replica:
    name: str
    database: Database
    folder: Path
    files: list[Path] = field(default_factory=list)

    @property
    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.database)

    def export(self) -> Path:
        path = self.folder / f"{self.name}-{len(self.files)}.helferapp"
        exchange.export_file(self.database, path, consent=ConsentMode.INTERNAL)
        self.files.append(path)
        return path


@contextmanager
def replicas(template: Path, count: int, skews: list[int] | None = None) -> Iterator[list[Replica]]:
    with tempfile.TemporaryDirectory() as folder, skewed_clocks() as walls:
        made: list[Replica] = []
        try:
            for index in range(count):
                name = "ABCDEFG"[index]
                database = new_replica(template, Path(folder) / name / "db.sqlite3", name)
                walls.offsets[database.installation_id] = (skews or [0] * count)[index]
                made.append(Replica(name, database, Path(folder)))
            yield made
        finally:
            for replica in made:
                replica.database.dispose()


def live(replica: Replica, kind: str, *, deleted: bool = False) -> list[str]:
    return sorted(
        item.id for item in records.list_records(replica.uow, SPECS[kind], deleted=deleted)
    )


def choose(ids: list[str], pick: int) -> str | None:
    return ids[pick % len(ids)] if ids else None


def new_data(replica: Replica, kind: str, first: int, second: int, name: str) -> Any:
    groups, organisations = live(replica, "group"), live(replica, "organisation")
    group, organisation = choose(groups, first), choose(organisations, second)
    if kind == "group":
        return HelperGroupData(name=name or "Helferkreis", region_ags=(OLCHING,))
    if kind == "organisation":
        return OrganisationData(name=name or "Stelle", region_ags=FFB_KREIS)
    if kind == "programme":
        return ProgrammeData(
            title=name or "Angebot",
            group_id=group,
            organisation_id=organisation,
            fields=(FieldOfAction.LANGUAGE,),
        )
    if kind == "person":
        return PersonData(
            name=name or "Person",
            group_id=group,
            consent_given_on=date(2025, 1, 1),
            consent_share=True,
        )
    if kind == "contact":
        person = choose(live(replica, "person"), first)
        return ContactData(
            contact_date=date(2025, 11, 1),
            subject=name or "Anruf",
            group_id=group,
            person_id=person,
        )
    if kind == "partnership":
        if group is None or organisation is None:
            return None
        return PartnershipData(group_id=group, organisation_id=organisation)
    return RegionStatusData(ags=AGS_CHOICES[first % len(AGS_CHOICES)], source=name)


def apply(replica: Replica, operation: tuple[Any, ...]) -> None:
    """Run one user action; actions the app refuses (a UserError) are simply skipped."""
    action, _who, kind, *rest = operation
    spec = SPECS[kind]
    if action == "restore" or action == "purge":
        target = choose(live(replica, kind, deleted=True), rest[0])
    elif action != "create":
        target = choose(live(replica, kind), rest[0])
    try:
        if action == "create":
            data = new_data(replica, kind, rest[0], rest[1], rest[2])
            if data is None:
                return
            records.create(replica.uow, spec, data)
        elif target is None:
            return
        elif action == "edit":
            fields = sorted(EDITS[kind])
            name = fields[rest[1] % len(fields)]
            values = EDITS[kind][name]
            records.patch(replica.uow, spec, target, {name: values[rest[2] % len(values)]})
        elif action == "delete":
            records.delete(replica.uow, spec, target)
        elif action == "restore":
            records.restore(replica.uow, spec, target)
        elif action == "purge":
            records.purge(replica.uow, spec, target)
    except UserError:
        event(f"{action} {kind}: abgelehnt")
    else:
        event(f"{action} {kind}")


def journaled_import(replica: Replica, path: Path) -> exchange.ImportResult:
    """Import, and check that every local value the import changed is in the journal."""
    before = wire_dump(replica.database)
    result = exchange.import_file(replica.database, path)
    after = wire_dump(replica.database)
    changed = {
        (table, record_id, name, _key(old), _key(after[table][record_id][name]))
        for table, rows in before.items()
        for record_id, values in rows.items()
        for name, old in values.items()
        if after[table][record_id][name] != old
    }
    journal = {
        (row.table_name, row.record_id, row.field, _key(row.old_value), _key(row.new_value))
        for row in exchange.list_journal(replica.uow, result.import_id)
    }
    assert changed == journal
    return result


def _key(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def seed(replicas_: list[Replica]) -> None:
    """Records of every kind on the first replica, shared with all: something to edit."""
    first = replicas_[0]
    for number, kind in enumerate(
        [
            *("group", "group", "organisation", "organisation", "programme", "programme"),
            *("person", "person", "contact", "partnership", "status"),
        ]
    ):
        apply(first, ("create", 0, kind, number, number + 1, NAMES[number % 4]))
    path = first.export()
    for replica in replicas_[1:]:
        journaled_import(replica, path)


def run(replicas_: list[Replica], ops: list[tuple[Any, ...]]) -> None:
    seed(replicas_)
    for operation in ops:
        if operation[0] == "exchange":
            source, target = replicas_[operation[1]], replicas_[operation[2]]
            if source is not target:
                journaled_import(target, source.export())
                event("exchange")
        elif operation[0] == "stale":
            target = replicas_[operation[1]]
            old_files = [path for replica in replicas_ for path in replica.files]
            journaled_import(target, old_files[operation[2] % len(old_files)])
            event("stale file")
        else:
            apply(replicas_[operation[1]], operation)


def everyone_sees_everyone(replicas_: list[Replica], order: list[int]) -> None:
    latest = {replica.name: replica.export() for replica in replicas_}
    for index in order:
        target = replicas_[index]
        for source in replicas_:
            if source is not target:
                journaled_import(target, latest[source.name])


PROPERTY_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    # No "explain" phase: re-running a failing example to explain it takes minutes here.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@st.composite
def scenarios(draw: Callable[..., Any]) -> tuple[int, list[int], list[tuple[Any, ...]], list[int]]:
    count = draw(st.integers(3, 5))
    skews = draw(st.lists(st.sampled_from(sorted(SKEWS.values())), min_size=count, max_size=count))
    ops = draw(operations(count))
    order = draw(st.permutations(range(count)))
    return count, skews, ops, order


# --- properties ------------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(scenario=scenarios())
def test_replicas_that_have_seen_every_file_hold_the_same_data(
    template_db_path: Path, scenario: tuple[int, list[int], list[tuple[Any, ...]], list[int]]
) -> None:
    count, skews, ops, order = scenario
    with replicas(template_db_path, count, skews) as group:
        run(group, ops)
        everyone_sees_everyone(group, order)

        dumps = [canonical_dump(replica.database) for replica in group]
        assert all(dump == dumps[0] for dump in dumps[1:])
        total = sum(len(rows) for rows in dumps[0].values())
        event(f"{total // 5 * 5}+ Einträge am Ende")
        assert total >= 11

        # Everyone again, twice: nothing changes any more.
        for _ in range(2):
            for target in group:
                for source in group:
                    if source is not target:
                        result = journaled_import(target, source.files[-1])
                        assert result.report.touched == 0
                        assert result.report.overwrites == []
        assert [canonical_dump(replica.database) for replica in group] == dumps


@PROPERTY_SETTINGS
@given(ops=operations(2), repeats=st.integers(2, 3))
def test_importing_the_same_file_again_changes_nothing(
    template_db_path: Path, ops: list[tuple[Any, ...]], repeats: int
) -> None:
    with replicas(template_db_path, 2) as (a, b):
        run([a, b], ops)
        path = a.export()
        journaled_import(b, path)
        dump = canonical_dump(b.database)
        for _ in range(repeats):
            result = journaled_import(b, path)
            assert result.report.touched == 0
            assert result.report.overwrites == []
            assert canonical_dump(b.database) == dump


@PROPERTY_SETTINGS
@given(ops=operations(3))
def test_the_order_of_imports_does_not_matter(
    template_db_path: Path, ops: list[tuple[Any, ...]]
) -> None:
    with replicas(template_db_path, 5) as (a, b, c, first, second):
        run([a, b, c], ops)
        files = [a.export(), b.export(), c.export()]
        for path in files:
            journaled_import(first, path)
        for path in reversed(files):
            journaled_import(second, path)

        assert canonical_dump(first.database) == canonical_dump(second.database)


@PROPERTY_SETTINGS
@given(ops=operations(3))
def test_merging_is_associative(template_db_path: Path, ops: list[tuple[Any, ...]]) -> None:
    # (A+B)+C and A+(B+C), where "+" is a replica that imported both files and exported.
    with replicas(template_db_path, 7) as (a, b, c, ab, bc, left, right):
        run([a, b, c], ops)
        file_a, file_b, file_c = a.export(), b.export(), c.export()
        journaled_import(ab, file_a)
        journaled_import(ab, file_b)
        journaled_import(bc, file_b)
        journaled_import(bc, file_c)

        journaled_import(left, ab.export())
        journaled_import(left, file_c)
        journaled_import(right, file_a)
        journaled_import(right, bc.export())

        assert canonical_dump(left.database) == canonical_dump(right.database)


# --- the clock -------------------------------------------------------------------------


def test_a_replica_in_2099_cannot_block_the_others_edits(template_db_path: Path) -> None:
    with replicas(template_db_path, 2, [SKEWS_BEYOND["2099"], 0]) as (future, present):
        group = records.create(
            future.uow, GROUPS, HelperGroupData(name="Aus der Zukunft", region_ags=(OLCHING,))
        )
        assert group.last_stamp[:15] > f"{4_000_000_000_000:015d}"  # after the year 2096
        path = future.export()
        try:
            exchange.import_file(present.database, path)
        except exchange.ClockSkewError as error:
            assert "Uhren geht falsch" in error.message
        else:
            raise AssertionError("a file from 2099 was taken silently")
        exchange.import_file(present.database, path, accept_clock_skew=True)

        # The present replica's clock did not jump; its next edit still wins here.
        taken = records.get(present.uow, GROUPS, group.id)
        assert taken.last_stamp < f"{clock_module.wall_clock_ms() + 1:015d}"
        edited = records.patch(present.uow, GROUPS, group.id, {"name": "Aus der Gegenwart"})
        assert edited.last_stamp > taken.last_stamp
        exchange.import_file(present.database, path, accept_clock_skew=True)  # again
        assert records.get(present.uow, GROUPS, group.id).data.name == "Aus der Gegenwart"


def test_concurrent_edits_of_the_same_field_end_the_same_everywhere(
    template_db_path: Path,
) -> None:
    with replicas(template_db_path, 3) as (a, b, c):
        group = records.create(a.uow, GROUPS, HelperGroupData(name="Start", region_ags=(OLCHING,)))
        start = a.export()
        journaled_import(b, start)
        journaled_import(c, start)
        for replica, name in ((a, "von A"), (b, "von B"), (c, "von C")):
            records.patch(replica.uow, GROUPS, group.id, {"name": name})
        everyone_sees_everyone([a, b, c], [2, 0, 1])

        names = {records.get(replica.uow, GROUPS, group.id).data.name for replica in (a, b, c)}
        assert len(names) == 1
        # The last edit (C's, a later stamp) wins; A's and B's own values are in their
        # journals, each overwritten by a later one.
        assert names == {"von C"}
        for replica, own in ((a, "von A"), (b, "von B")):
            journal = exchange.list_journal(replica.uow)
            assert any(row.old_value == own and row.field == "name" for row in journal)
        assert exchange.list_journal(c.uow) == []


def test_partnerships_created_on_two_replicas_become_one(template_db_path: Path) -> None:
    with replicas(template_db_path, 2) as (a, b):
        group = records.create(a.uow, GROUPS, HelperGroupData(name="HK", region_ags=(OLCHING,)))
        organisation = records.create(
            a.uow, ORGANISATIONS, OrganisationData(name="KI", region_ags=FFB_KREIS)
        )
        journaled_import(b, a.export())
        pair = PartnershipData(group_id=group.id, organisation_id=organisation.id)
        records.create(a.uow, PARTNERSHIPS, pair)
        records.create(b.uow, PARTNERSHIPS, PartnershipData(**{**pair.__dict__, "notes": "B"}))
        records.create(a.uow, REGION_STATUSES, RegionStatusData(ags=OLCHING, source="A"))
        records.create(b.uow, REGION_STATUSES, RegionStatusData(ags=OLCHING, source="B"))
        everyone_sees_everyone([a, b], [0, 1])

        for replica in (a, b):
            assert len(records.list_records(replica.uow, PARTNERSHIPS)) == 1
            assert len(records.list_records(replica.uow, REGION_STATUSES)) == 1
        assert canonical_dump(a.database) == canonical_dump(b.database)
