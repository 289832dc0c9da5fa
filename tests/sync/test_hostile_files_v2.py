"""Broken format 2.0 files get the same clear German refusal as broken 1.0 files.

Format 2.0 (issue 17) adds what a 1.0 file does not have: the manifest's ``nodes`` (the
installations, numbered), a record's one ``stamp`` with an installation number, and
``stamps`` for only the fields that differ. Each way these can be wrong — a number no
installation has, ``nodes`` missing, doubled or not ids, a stamp missing or misspelt,
``stamps`` naming a field the record does not carry or not being an object, a line of
the other format — is refused as "beschädigt", in German, with the database file byte
for byte as it was (``assert_refused`` of the 1.0 tests). And a record broken in a way
both formats share (a wrong value, an unknown AGS, a link to nobody, …) is refused in
2.0 word for word as in 1.0. The files are built by hand from the format's
description, never by the app's writer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helferapp.domain.records import HelperGroupData
from helferapp.services import exchange, records
from helferapp.services.entities import GROUPS, ORGANISATIONS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from tests.sync.helpers_exchange import (
    FFB_KREIS,
    NODE,
    OLCHING,
    T0,
    Line,
    exchange_bytes,
    line,
    new_uuid,
    partnership_id,
    region_status_id,
    stamp,
    stamps_dump,
    write,
)
from tests.sync.test_hostile_files import DAMAGED, assert_german, assert_refused, refuse_bytes

GROUP = new_uuid()
ORGANISATION = new_uuid()
OTHER_NODE = "0123456789abcdef0123456789abcdef"
# §5 in 2.0: time and counter as in 1.0, the installation by its number in "nodes".
BASE = f"{T0:015d}-00000-0"
LATER = f"{T0 + 60_000:015d}-00000-1"
GROUP_VALUES = {"name": "Helferkreis Test", "region_ags": [OLCHING], "deleted": False}


def v2_line(
    record_id: str = GROUP,
    values: dict[str, Any] | None = None,
    base: Any = BASE,
    **extra: Any,
) -> Line:
    """One 2.0 record line; ``extra`` e.g. ``stamps`` for the fields that differ."""
    body: Line = {"id": record_id, "values": dict(GROUP_VALUES if values is None else values)}
    if base is not None:
        body["stamp"] = base
    body.update(extra)
    return body


def v2_file(lines: list[Line], table: str = "helper_group", **manifest: Any) -> bytes:
    options: dict[str, Any] = {"format_version": "2.0", "nodes": [NODE, OTHER_NODE]}
    options.update(manifest)
    return exchange_bytes({table: lines}, **options)


@pytest.fixture
def seeded(database: Database, uow: UnitOfWork) -> Database:
    """A database that already holds a record, so "unchanged" means something."""
    records.create(uow, GROUPS, HelperGroupData(name="Bestand", region_ags=(OLCHING,)))
    return database


def refuse(database: Database, tmp_path: Path, data: bytes, *needles: str) -> None:
    assert_german(refuse_bytes(database, tmp_path, data, DAMAGED, *needles))


def as_v2(tables: dict[str, list[Line]]) -> bytes:
    """A 1.0 file's lines written as 2.0 (§3, §5): installations numbered as they first
    occur, each record's commonest stamp as its ``stamp``, the others in ``stamps``."""
    nodes: list[str] = []

    def short(full: str) -> str:
        if full[22:] not in nodes:
            nodes.append(full[22:])
        return f"{full[:22]}{nodes.index(full[22:])}"

    converted: dict[str, list[Line]] = {}
    for table, lines in tables.items():
        for item in lines:
            stamps = list(item["stamps"].values())
            body: Line = {"id": item["id"], "values": item["values"]}
            if stamps:
                base = max(stamps, key=lambda s: (stamps.count(s), s))
                body["stamp"] = short(base)
                others = {n: short(s) for n, s in item["stamps"].items() if s != base}
                if others:
                    body["stamps"] = others
            converted.setdefault(table, []).append(body)
    return exchange_bytes(converted, format_version="2.0", nodes=nodes)


def test_a_sound_hand_written_2_0_file_imports(seeded: Database, tmp_path: Path) -> None:
    # The builders above are right: the same shapes, unbroken, are taken.
    organisation = v2_line(ORGANISATION, {"name": "KI", "kind": "ki", "deleted": False}, LATER)
    group = v2_line(stamps={"name": LATER})
    path = write(tmp_path / "gut.helferapp", v2_file([group]))
    exchange.import_file(seeded, path)
    path = write(tmp_path / "stelle.helferapp", v2_file([organisation], "organisation"))
    exchange.import_file(seeded, path)

    uow = UnitOfWork(seeded)
    assert records.get(uow, GROUPS, GROUP).data.name == "Helferkreis Test"
    assert records.get(uow, ORGANISATIONS, ORGANISATION).data.name == "KI"
    assert stamps_dump(seeded)["helper_group"][GROUP] == {
        "name": stamp(T0 + 60_000, node=OTHER_NODE),
        "region_ags": stamp(T0),
        "deleted": stamp(T0),
    }


# --- the manifest's nodes ----------------------------------------------------------------


@pytest.mark.parametrize(
    "nodes",
    [
        "4f0c0b6c6b2e4a3f9d1e2a7b8c9d0e1f",
        {"0": NODE},
        [NODE.upper()],
        [NODE[:31]],
        [NODE + "0"],
        [f"{NODE[:8]}-{NODE[8:12]}-{NODE[12:16]}-{NODE[16:20]}-{NODE[20:]}"],
        [17],
        [None],
        [NODE, ""],
        None,
    ],
)
def test_nodes_that_are_not_installation_ids_are_refused(
    seeded: Database, tmp_path: Path, nodes: Any
) -> None:
    refuse(seeded, tmp_path, v2_file([v2_line()], nodes=nodes), "„nodes“")


def test_a_2_0_manifest_without_nodes_is_refused(seeded: Database, tmp_path: Path) -> None:
    data = exchange_bytes({"helper_group": [v2_line()]}, format_version="2.0")
    refuse(seeded, tmp_path, data, "„nodes“ fehlt")


def test_an_installation_twice_in_nodes_is_refused(seeded: Database, tmp_path: Path) -> None:
    refuse(seeded, tmp_path, v2_file([v2_line()], nodes=[NODE, OTHER_NODE, NODE]), "doppelt")


@pytest.mark.parametrize(
    ("nodes", "record"),
    [
        ([NODE], v2_line(base=f"{T0:015d}-00000-1")),
        ([NODE, OTHER_NODE], v2_line(base=f"{T0:015d}-00000-2")),
        ([NODE, OTHER_NODE], v2_line(base=f"{T0:015d}-00000-999999")),
        ([], v2_line()),
        ([NODE], v2_line(stamps={"name": f"{T0:015d}-00000-1"})),
    ],
)
def test_an_installation_number_beyond_nodes_is_refused(
    seeded: Database, tmp_path: Path, nodes: list[str], record: Line
) -> None:
    refuse(
        seeded,
        tmp_path,
        v2_file([record], nodes=nodes),
        "helper_group.jsonl, Zeile 1",
        "keine bekannte Installation",
    )


# --- a record's stamp and stamps -----------------------------------------------------------


def test_a_record_without_its_stamp_is_refused(seeded: Database, tmp_path: Path) -> None:
    refuse(seeded, tmp_path, v2_file([v2_line(base=None)]), "Zeitstempel bei „stamp“")


@pytest.mark.parametrize(
    "bad",
    [
        "",
        17,
        True,
        [BASE],
        {"name": BASE},
        "gestern",
        f"{T0:015d}-00000-{NODE}",  # a 1.0 stamp: the id instead of its number
        f"{T0:015d}-00000-01",
        f"{T0:015d}-00000--1",
        f"{T0:015d}-00000-a",
        f"{T0:015d}-00000-",
        f"{T0:015d}-00000-1234567",
        f"{T0:015d}-00000-０",
        f"{T0:014d}-00000-0",
        f"{T0:016d}-00000-0",
        f"{T0:015d}-0000-0",
        f"{T0:015d}-00000-0\n",
        f" {T0:015d}-00000-0",
    ],
)
def test_a_malformed_stamp_is_refused(seeded: Database, tmp_path: Path, bad: Any) -> None:
    refuse(seeded, tmp_path, v2_file([v2_line(base=bad)]), "ungültiger Zeitstempel bei „stamp“")


@pytest.mark.parametrize("bad", [17, None, "", f"{T0:015d}-00000-{NODE}", f"{T0:015d}-0-0"])
def test_a_malformed_stamp_of_one_field_is_refused(
    seeded: Database, tmp_path: Path, bad: Any
) -> None:
    record = v2_line(stamps={"region_ags": BASE, "name": bad})
    refuse(seeded, tmp_path, v2_file([record]), "ungültiger Zeitstempel bei „name“")


@pytest.mark.parametrize("where", ["stamp", "stamps"])
def test_a_stamp_after_the_year_9999_is_refused(
    seeded: Database, tmp_path: Path, where: str
) -> None:
    beyond = "253402300800000-00000-0"
    record = v2_line(base=beyond) if where == "stamp" else v2_line(stamps={"name": beyond})
    refuse(seeded, tmp_path, v2_file([record]), "nach dem Jahr 9999")


@pytest.mark.parametrize("stamps", [{"notes": LATER}, {"name": LATER, "nicht_da": LATER}])
def test_stamps_for_a_field_the_record_does_not_carry_are_refused(
    seeded: Database, tmp_path: Path, stamps: dict[str, str]
) -> None:
    refuse(
        seeded,
        tmp_path,
        v2_file([v2_line(stamps=stamps)]),
        "Werte und Zeitstempel passen nicht zusammen",
    )


@pytest.mark.parametrize("stamps", [[], [["name", LATER]], LATER, 1, None, True])
def test_stamps_that_are_not_an_object_are_refused(
    seeded: Database, tmp_path: Path, stamps: Any
) -> None:
    refuse(seeded, tmp_path, v2_file([v2_line(stamps=stamps)]), "„stamps“")


def test_a_bad_line_after_many_good_ones_changes_nothing(seeded: Database, tmp_path: Path) -> None:
    good = [
        v2_line(new_uuid(), {"name": f"Kreis {n}", "region_ags": [OLCHING], "deleted": False})
        for n in range(1500)
    ]
    bad = v2_line(new_uuid(), stamps={"name": f"{T0:015d}-00000-2"})
    refuse(seeded, tmp_path, v2_file([*good, bad]), "Zeile 1501", "keine bekannte Installation")


# --- a line of the other format ----------------------------------------------------------


def test_a_1_0_line_in_a_2_0_file_is_refused(seeded: Database, tmp_path: Path) -> None:
    old_line = line(GROUP, GROUP_VALUES, stamp(T0))
    refuse(seeded, tmp_path, v2_file([old_line]), "helper_group.jsonl, Zeile 1", "Zeitstempel")


def test_a_1_0_line_among_2_0_lines_is_refused(seeded: Database, tmp_path: Path) -> None:
    old_line = line(new_uuid(), GROUP_VALUES, stamp(T0))
    refuse(seeded, tmp_path, v2_file([v2_line(), old_line]), "Zeile 2", "Zeitstempel")


@pytest.mark.parametrize(
    ("record", "needle"),
    [
        (v2_line(), "„stamps“ fehlt"),
        (v2_line(stamps={"name": LATER}), "passen nicht zusammen"),
        (
            v2_line(stamps=dict.fromkeys(GROUP_VALUES, BASE)),
            "ungültiger Zeitstempel",
        ),
    ],
)
def test_a_2_0_line_in_a_1_0_file_is_refused(
    seeded: Database, tmp_path: Path, record: Line, needle: str
) -> None:
    data = exchange_bytes({"helper_group": [record]}, nodes=[NODE, OTHER_NODE])
    refuse(seeded, tmp_path, data, "helper_group.jsonl, Zeile 1", needle)


# --- the same refusal as in 1.0 -------------------------------------------------------------

S = stamp(T0)
S_OTHER = stamp(T0 + 1, node=OTHER_NODE)


def group_1_0(**values: Any) -> Line:
    return line(GROUP, {**GROUP_VALUES, **values}, S)


def sound_organisation() -> Line:
    return line(ORGANISATION, {"name": "KI", "kind": "ki", "deleted": False}, S_OTHER)


BROKEN_1_0: dict[str, dict[str, list[Line]]] = {
    "deleted as text": {"helper_group": [group_1_0(deleted="true")]},
    "name as number": {"helper_group": [group_1_0(name=42)]},
    "name too long": {"helper_group": [group_1_0(name="x" * 201)]},
    "no such date": {"helper_group": [group_1_0(checked_on="2025-02-30")]},
    "German date": {"helper_group": [group_1_0(checked_on="25.11.2025")]},
    "unknown code": {"helper_group": [group_1_0(legal_form="gmbh")]},
    "unknown AGS": {"helper_group": [group_1_0(region_ags=["09999999"])]},
    "Kreis for Gemeinde": {"helper_group": [group_1_0(region_ags=[FFB_KREIS])]},
    "id not canonical": {"helper_group": [{**group_1_0(), "id": GROUP.upper()}]},
    "id twice": {"helper_group": [group_1_0(), group_1_0()]},
    "time with seconds": {
        "programme": [line(new_uuid(), {"title": "Sprachcafé", "start_time": "09:30:00"}, S_OTHER)]
    },
    "link to nobody": {
        "programme": [line(new_uuid(), {"title": "Waise", "group_id": new_uuid()}, S_OTHER)]
    },
    "partnership id of another pair": {
        "helper_group": [group_1_0()],
        "organisation": [sound_organisation()],
        "partnership": [
            line(
                partnership_id(ORGANISATION, GROUP),
                {"group_id": GROUP, "organisation_id": ORGANISATION, "deleted": False},
                S_OTHER,
            )
        ],
    },
    "region status id of another AGS": {
        "region_status": [line(region_status_id(FFB_KREIS), {"ags": "09188"}, S)]
    },
    "new region status without AGS": {
        "region_status": [line(region_status_id(FFB_KREIS), {"notes": "x"}, S)]
    },
    "merged into another table": {
        "helper_group": [group_1_0(deleted=True, merged_into=ORGANISATION)],
        "organisation": [sound_organisation()],
        "programme": [line(new_uuid(), {"title": "Sprachcafé", "group_id": GROUP}, S)],
    },
}


@pytest.mark.parametrize("case", sorted(BROKEN_1_0))
def test_a_broken_record_is_refused_in_2_0_with_the_words_of_1_0(
    seeded: Database, tmp_path: Path, case: str
) -> None:
    tables = BROKEN_1_0[case]
    old = write(tmp_path / "eins.helferapp", exchange_bytes(tables))
    new = write(tmp_path / "zwei.helferapp", as_v2(tables))

    refused_1_0 = assert_refused(seeded, old)
    refused_2_0 = assert_refused(seeded, new)
    assert refused_2_0.message == refused_1_0.message
    assert_german(refused_2_0)
