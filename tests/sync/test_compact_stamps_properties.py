"""The compact stamps merge exactly like stamps spelled out per field (issue 17).

Format 2.0 and the database store a record's stamps as one stamp plus the fields whose
stamp differs, and name installations by number; the merge must not notice. The
reference here is the old semantics written out in a few lines: per record and field,
the value of the write with the largest stamp (compared as text, so that equal time and
counter are decided by the installation id), spelled out per field.

Hypothesis draws a history of writes — a few records in three tables, random fields
and values, stamps from four installations with many ties in time and counter — and
lets three replicas (each its own database) start from different parts of it, read from
hand-written 1.0 files, the app's 1.0 files and its 2.0 files. They exchange in random
directions and orders, in either format, some edit locally, some reread old files;
once everyone has read everyone's latest file, every replica holds the reference's
values and the reference's stamps, and reading every file again changes nothing.

Beside it, the translations on their own: ``unpack(pack(s))`` is ``s``; a 2.0 line read
back is the record written; a record's 1.0 line and 2.0 line read back are equal.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import sessionmaker

from helferapp.domain.errors import UserError
from helferapp.services import exchange, records
from helferapp.services.entities import GROUPS
from helferapp.services.exchange import ConsentMode
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database, make_engine
from helferapp.store.stored_stamps import pack, unpack
from helferapp.sync.exchange_file import WireRecord, write_exchange
from helferapp.sync.exchange_format import NodeNumbers, parse_line, parse_line_v2
from tests.sync.helpers_exchange import (
    FFB_GEMEINDE,
    FFB_KREIS,
    MUENCHEN,
    MUENCHEN_KREIS,
    OLCHING,
    STARNBERG_KREIS,
    T0,
    exchange_bytes,
    line,
    region_status_id,
    stamp,
    stamps_dump,
    wire_dump,
)

# Four installations; the first three are the replicas, the fourth only wrote records
# that reach the others through files. Not in the order of their numbers, so that a
# tie is not simply decided by who comes first.
NODES = (
    "a0b1c2d3e4f5061728394a5b6c7d8e9f",
    "0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f",
    "ffeeddccbbaa99887766554433221100",
    "5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a",
)
REPLICAS = 3
# A few values per field, so that replicas often disagree.
FIELDS: dict[str, dict[str, tuple[Any, ...]]] = {
    "helper_group": {
        "name": ("Asyl Olching", "Café International", "Sprachpaten"),
        "legal_form": ("lose", "ev", "kirchlich"),
        "region_ags": ([OLCHING], [OLCHING, FFB_GEMEINDE], [MUENCHEN]),
        "working_groups": ([], ["Sprache"], ["Sprache", "Wohnen"]),
        "notes": ("", "Treffen montags", "Grüße aus Fürstenfeldbruck"),
        "checked_on": (None, "2025-01-31", "2024-12-01"),
        "deleted": (False, True),
    },
    "organisation": {
        "kind": ("ki", "landratsamt", "schule"),
        "name": ("KI FFB", "Landratsamt FFB"),
        "postal_code": ("", "82256"),
        "city": ("Fürstenfeldbruck", ""),
        "region_ags": (FFB_KREIS, OLCHING, None),
        "notes": ("", "Sprechstunde dienstags"),
        "deleted": (False, True),
    },
    "region_status": {
        "concept_status": ("keins", "geplant", "beschlossen"),
        "concept_date": (None, "2025-03-01"),
        "ki_status": ("keins", "aktiv"),
        "integration_guide": (True, False),
        "source": ("", "Landratsamt", "Kreistag"),
        "notes": ("", "geprüft"),
        "deleted": (False, True),
    },
}
RECORD_IDS: dict[str, tuple[str, ...]] = {
    "helper_group": tuple(str(uuid.uuid5(uuid.NAMESPACE_URL, f"kreis/{n}")) for n in range(3)),
    "organisation": tuple(str(uuid.uuid5(uuid.NAMESPACE_URL, f"stelle/{n}")) for n in range(2)),
    "region_status": tuple(
        region_status_id(ags) for ags in (FFB_KREIS, MUENCHEN_KREIS, STARNBERG_KREIS)
    ),
}
AGS_OF = {region_status_id(ags): ags for ags in (FFB_KREIS, MUENCHEN_KREIS, STARNBERG_KREIS)}
LOCAL_NOTES = ("Von hier geändert", "Noch einmal geändert", "")
FORMATS = ("1.0", "2.0")


@dataclass(frozen=True)
class Write:
    """One save somewhere: some fields of one record, all with the same stamp."""

    table: str
    record_id: str
    stamp: str
    values: dict[str, Any]


Joined = dict[tuple[str, str], dict[str, tuple[str, Any]]]


def join(writes: list[Write]) -> Joined:
    """The old semantics: per record and field the value with the largest stamp."""
    state: Joined = {}
    for write in writes:
        fields = state.setdefault((write.table, write.record_id), {})
        for name, value in write.values.items():
            if name not in fields or write.stamp > fields[name][0]:
                fields[name] = (write.stamp, value)
    return state


def wire_records(state: Joined) -> dict[str, list[WireRecord]]:
    tables: dict[str, list[WireRecord]] = {}
    for (table, record_id), fields in sorted(state.items()):
        values = {name: value for name, (_stamp, value) in fields.items()}
        stamps = {name: stamp for name, (stamp, _value) in fields.items()}
        tables.setdefault(table, []).append(WireRecord(record_id, values, stamps))
    return tables


# --- strategies --------------------------------------------------------------------------


@st.composite
def writes_of(draw: Callable[..., Any], table: str, record_id: str) -> list[Write]:
    made: list[Write] = []
    used: set[str] = set()
    names = sorted(FIELDS[table])
    for _ in range(draw(st.integers(1, 4))):
        # Three milliseconds, two counters, four installations: ties in time and
        # counter are common and decided by the installation id.
        node = NODES[draw(st.integers(0, len(NODES) - 1))]
        written = stamp(T0 + draw(st.integers(0, 2)), draw(st.integers(0, 1)), node)
        if written in used:  # one installation never hands out a stamp twice
            continue
        used.add(written)
        chosen = draw(
            st.lists(st.sampled_from(names), min_size=1, max_size=len(names), unique=True)
        )
        values = {name: draw(st.sampled_from(FIELDS[table][name])) for name in chosen}
        if table == "region_status":
            values["ags"] = AGS_OF[record_id]  # its natural key travels with every write
        made.append(Write(table, record_id, written, values))
    return made


@st.composite
def histories(draw: Callable[..., Any]) -> tuple[list[Write], list[set[int]]]:
    """Writes, and for each the replicas that know it at the start (at least one)."""
    writes: list[Write] = []
    for table, ids in RECORD_IDS.items():
        for record_id in ids[: draw(st.integers(0, len(ids)))]:
            writes.extend(draw(writes_of(table, record_id)))
    knowers: list[set[int]] = []
    for write in writes:
        author = NODES.index(write.stamp[22:])
        known = {author} if author < REPLICAS else {draw(st.integers(0, REPLICAS - 1))}
        known |= set(draw(st.lists(st.integers(0, REPLICAS - 1), max_size=2)))
        knowers.append(known)
    return writes, knowers


SEED_FORMATS = st.sampled_from(("hand-written 1.0", "1.0", "2.0"))
WHO = st.integers(0, REPLICAS - 1)
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("exchange"), WHO, WHO, st.sampled_from(FORMATS)),
        st.tuples(st.just("exchange"), WHO, WHO, st.sampled_from(FORMATS)),
        st.tuples(st.just("edit"), WHO, st.integers(0, 9), st.integers(0, 9)),
        st.tuples(st.just("stale"), WHO, st.integers(0, 99), st.just("")),
    ),
    max_size=8,
)


# --- replicas ----------------------------------------------------------------------------


@dataclass
class Replica:
    number: int
    database: Database
    folder: Path

    def write(self, version: str, files: list[Path]) -> Path:
        path = self.folder / f"{self.number}-{len(files)}-{version}.helferapp"
        exchange.export_file(
            self.database, path, consent=ConsentMode.INTERNAL, format_version=version
        )
        files.append(path)
        return path


def replica_database(template: Path, path: Path, node: str) -> Database:
    """A copy of the template with the installation id ``node`` (fixed, so that a
    failing example replays the same ties)."""
    path.parent.mkdir(parents=True)
    shutil.copyfile(template, path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'installation_id'", (node,))
        connection.commit()
    engine = make_engine(path)
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))


@contextmanager
def three_replicas(template: Path) -> Iterator[list[Replica]]:
    with tempfile.TemporaryDirectory() as scratch:
        made: list[Replica] = []
        try:
            for number in range(REPLICAS):
                folder = Path(scratch) / str(number)
                database = replica_database(template, folder / "db.sqlite3", NODES[number])
                made.append(Replica(number, database, Path(scratch)))
            yield made
        finally:
            for replica in made:
                replica.database.dispose()


def seed_file(replica: Replica, writes: list[Write], how: str) -> Path:
    """What the replica knows at the start, as a file of the kind drawn."""
    tables = wire_records(join(writes))
    path = replica.folder / f"start-{replica.number}.helferapp"
    if how == "hand-written 1.0":
        lines = {
            table: [line(row.id, row.values, row.stamps) for row in rows]
            for table, rows in tables.items()
        }
        path.write_bytes(exchange_bytes(lines, installation_id=NODES[3]))
    else:
        data = write_exchange(
            tables,
            installation_id=NODES[3],
            installation_label="Startdaten",
            scope={"kind": "all"},
            consent="internal",
            format_version=how,
        )
        path.write_bytes(data)
    return path


def local_edit(replica: Replica, pick: int, value: int) -> Write | None:
    """Change a group's notes here, as a user would; the write the app stamped."""
    groups = sorted(wire_dump(replica.database)["helper_group"])
    if not groups:
        return None
    record_id = groups[pick % len(groups)]
    before = stamps_dump(replica.database)["helper_group"][record_id]
    try:
        records.patch(
            UnitOfWork(replica.database),
            GROUPS,
            record_id,
            {"notes": LOCAL_NOTES[value % len(LOCAL_NOTES)]},
        )
    except UserError:  # e.g. a group that never got a name: the form refuses it too
        event("Bearbeitung abgelehnt")
        return None
    after = stamps_dump(replica.database)["helper_group"][record_id]
    changed = {name for name, written in after.items() if before.get(name) != written}
    if not changed:
        return None
    new_stamps = {after[name] for name in changed}
    assert len(new_stamps) == 1, "one save, one stamp"
    values = wire_dump(replica.database)["helper_group"][record_id]
    event("Bearbeitung vor Ort")
    return Write("helper_group", record_id, new_stamps.pop(), {n: values[n] for n in changed})


def assert_holds(database: Database, expected: Joined) -> None:
    """The database holds exactly the reference's records, values and stamps."""
    values, stamps = wire_dump(database), stamps_dump(database)
    for table in RECORD_IDS:
        wanted = {record_id for (name, record_id) in expected if name == table}
        assert set(values[table]) == wanted, table
        for record_id in wanted:
            fields = expected[(table, record_id)]
            assert stamps[table][record_id] == {n: s for n, (s, _value) in fields.items()}
            for name, (_stamp, value) in fields.items():
                assert values[table][record_id][name] == value, (table, name)


PROPERTY_SETTINGS = settings(
    max_examples=16,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


# --- the merge -----------------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(
    history=histories(),
    seeds=st.lists(SEED_FORMATS, min_size=REPLICAS, max_size=REPLICAS),
    operations=OPERATIONS,
    order=st.permutations(range(REPLICAS)),
    last_formats=st.lists(st.sampled_from(FORMATS), min_size=REPLICAS, max_size=REPLICAS),
)
def test_compact_stamps_merge_like_stamps_spelled_out_per_field(
    template_db_path: Path,
    history: tuple[list[Write], list[set[int]]],
    seeds: list[str],
    operations: list[tuple[Any, ...]],
    order: list[int],
    last_formats: list[str],
) -> None:
    writes, knowers = history
    with three_replicas(template_db_path) as replicas:
        files: list[Path] = []
        for replica in replicas:
            known = [w for w, who in zip(writes, knowers, strict=True) if replica.number in who]
            path = seed_file(replica, known, seeds[replica.number])
            exchange.import_file(replica.database, path)
            files.append(path)
            event(f"Start aus {seeds[replica.number]}")
        for action, first, second, version in operations:
            if action == "exchange" and first != second:
                path = replicas[first].write(version, files)
                exchange.import_file(replicas[second].database, path)
                event(f"Austausch in {version}")
            elif action == "edit":
                edit = local_edit(replicas[first], second, int(version or 0))
                if edit is not None:
                    writes.append(edit)
            elif action == "stale":
                exchange.import_file(replicas[first].database, files[second % len(files)])

        latest = [replica.write(last_formats[replica.number], files) for replica in replicas]
        for index in order:
            for source, path in enumerate(latest):
                if source != index:
                    exchange.import_file(replicas[index].database, path)

        expected = join(writes)
        for replica in replicas:
            assert_holds(replica.database, expected)
        # Every file again, in either format: nothing left to do.
        for replica in replicas:
            for path in latest:
                assert exchange.import_file(replica.database, path).report.touched == 0
            assert_holds(replica.database, expected)


def test_a_tie_in_time_and_counter_goes_to_the_larger_installation_id_in_either_format(
    template_db_path: Path,
) -> None:
    # The same millisecond and counter on two laptops: the installation id decides, also
    # when the stamps travel in 2.0 files, which name installations by number only.
    record_id = RECORD_IDS["helper_group"][0]
    low, high = sorted(NODES[:2])
    values = {"name": "Asyl Olching", "region_ags": [OLCHING], "deleted": False}
    writes = [
        Write("helper_group", record_id, stamp(T0, 0, high), {**values, "notes": "hoch"}),
        Write("helper_group", record_id, stamp(T0, 0, low), {**values, "notes": "tief"}),
    ]
    with three_replicas(template_db_path) as (first, second, third):
        one = seed_file(first, writes[:1], "2.0")
        other = seed_file(second, writes[1:], "1.0")
        for path in (one, other):
            exchange.import_file(first.database, path)
        for path in (other, one):
            exchange.import_file(second.database, path)
        exchange.import_file(third.database, first.write("2.0", []))
        for replica in (first, second, third):
            assert_holds(replica.database, join(writes))
            assert wire_dump(replica.database)["helper_group"][record_id]["notes"] == "hoch"


# --- the translations on their own ---------------------------------------------------------

# More installations than one digit can number: a 2.0 file names the twelfth as "11".
MANY_NODES = (*NODES, *(uuid.uuid5(uuid.NAMESPACE_URL, f"laptop/{n}").hex for n in range(11)))
STAMPS = st.builds(
    stamp,
    st.integers(T0, T0 + 3),
    st.sampled_from((0, 1, 99_999)),
    st.sampled_from(MANY_NODES),
)
GROUP_FIELDS = sorted(FIELDS["helper_group"])


@st.composite
def spelled_out(draw: Callable[..., Any]) -> tuple[dict[str, str], list[str]]:
    """A record's synced fields and stamps for some of them (the others unstamped)."""
    fields = draw(st.lists(st.sampled_from(GROUP_FIELDS), min_size=1, unique=True))
    stamped = draw(st.lists(st.sampled_from(fields), unique=True))
    return {name: draw(STAMPS) for name in stamped}, fields


@settings(max_examples=150, deadline=None)
@given(case=spelled_out())
def test_the_stored_form_unpacks_to_the_stamps_packed(
    case: tuple[dict[str, str], list[str]],
) -> None:
    stamps, fields = case
    text, last = pack(stamps, fields)

    assert unpack(text, last, fields) == stamps
    assert last == max(stamps.values(), default="")
    if stamps and len(stamps) == len(fields) and len(set(stamps.values())) == 1:
        assert text == ""  # the common case costs nothing


@st.composite
def group_records(draw: Callable[..., Any]) -> WireRecord:
    """A valid helper_group record with some of its fields, each with its own stamp."""
    record_id = draw(st.sampled_from(RECORD_IDS["helper_group"]))
    names = draw(st.lists(st.sampled_from(GROUP_FIELDS), unique=True))
    values = {name: draw(st.sampled_from(FIELDS["helper_group"][name])) for name in names}
    one = draw(STAMPS)
    stamps = {name: draw(st.one_of(st.just(one), STAMPS)) for name in names}
    return WireRecord(record_id, values, stamps)


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(group_records(), min_size=1, max_size=12))
def test_a_record_reads_back_the_same_from_its_2_0_line_and_from_its_1_0_line(
    rows: list[WireRecord],
) -> None:
    # The installations are numbered across the whole file, as the writer does.
    numbers = NodeNumbers()
    lines = [row.to_line_v2(numbers) for row in rows]
    nodes = tuple(numbers.nodes)
    assert len(nodes) == len({s[22:] for row in rows for s in row.stamps.values()})
    event("mehr als zehn Installationen" if len(nodes) > 10 else "bis zehn Installationen")
    for number, (row, text) in enumerate(zip(rows, lines, strict=True), 1):
        where = f"helper_group.jsonl, Zeile {number}"
        from_v2 = parse_line_v2("helper_group", text, where, nodes)
        from_v1 = parse_line("helper_group", row.to_line(), where)

        assert from_v2 == row
        assert from_v1 == from_v2
        assert len(text) <= len(row.to_line())
