"""Importing a 10,000-row Excel list and scanning 15,000 persons for duplicates.

Targets from issue 8: the import ≤ 10 s, the duplicate scan ≤ 5 s. Baselines measured in
the same run: openpyxl reading the same file in read-only mode (what the import cannot
be faster than), and a naive exact-match pass over the same persons (one query, names
folded, grouped in a dict) — the gap is what fuzzy matching with blocking costs.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
from sqlalchemy import select

from bench import Result, timed
from bench.fixtures import empty_database
from helferapp.domain.records import HelperGroupData
from helferapp.domain.text_folding import fold
from helferapp.services import demo_vocabulary as words
from helferapp.services import records
from helferapp.services.column_mapping import TARGETS, guess_mapping
from helferapp.services.duplicates import find_duplicates
from helferapp.services.entities import GROUPS
from helferapp.services.table_files import read_table
from helferapp.services.table_import import ImportPlan, import_table
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import open_database
from helferapp.store.models import Person

ROWS = 10_000
PERSONS = 15_000
FIRST = words.FEMALE_FIRST_NAMES + words.MALE_FIRST_NAMES


def _name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(words.SURNAME_STEMS) + rng.choice(words.SURNAME_ENDINGS)


def _write_sheet(path: Path) -> None:
    rng = random.Random(8)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Helfer")
    sheet.append(["Vorname", "Nachname", "Handy", "E-Mail", "Helferkreis", "Funktion", "Seit"])
    for number in range(ROWS):
        first, last = _name(rng)
        sheet.append(
            [first, last, 15110000000 + number, f"{first}.{last}{number}@example.org".lower(),
             "Helferkreis Bench", "Patin", 44000 + number % 1500]
        )  # fmt: skip
    workbook.save(path)


def _raw_read(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _row in workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    return count


def _import(workdir: Path) -> Result:
    path = workdir / "liste.xlsx"
    _write_sheet(path)
    database = open_database(empty_database(workdir, "import.sqlite3"))
    try:
        records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="Helferkreis Bench"))
        baseline, _count = timed(lambda: _raw_read(path))

        def run() -> int:
            table = read_table(path)
            plan = ImportPlan("person", guess_mapping(TARGETS["person"], table.headers))
            return import_table(database, table, plan).imported

        seconds, imported = timed(run)
        assert imported == ROWS, imported
        return Result(
            name=f"import_table: {ROWS:,} rows .xlsx → Personen",
            value=seconds,
            unit="s",
            baseline_name="openpyxl read-only: read the same file",
            baseline_value=baseline,
            note="target ≤ 10 s; includes reading, checking, backup and one transaction",
        )
    finally:
        database.dispose()


def _fill_persons(uow: UnitOfWork, group_id: str) -> None:
    rng = random.Random(15)
    with uow:
        first, last = _name(rng)
        for number in range(PERSONS):
            if number % 50 == 1:  # a planted duplicate of the one before: same phone,
                name = f"{last}, {first}" if number % 100 > 50 else f"{first[0]}. {last}"
            else:  # the name written otherwise
                first, last = _name(rng)
                name = f"{first} {last}"
            uow.session.add(
                Person(
                    id=str(uuid.uuid4()),
                    name=name,
                    group_id=group_id,
                    phone=f"+49 89 {1000000 + (number - 1 if number % 50 == 1 else number)}",
                    email=f"p{number}@example.org",
                    deleted=False,
                    purged=False,
                )
            )
        uow.commit()


def _exact(uow: UnitOfWork) -> int:
    with uow:
        rows = uow.session.execute(
            select(Person.id, Person.name).where(Person.deleted.is_(False))
        ).all()
    groups: dict[str, list[str]] = defaultdict(list)
    for ident, name in rows:
        groups[" ".join(sorted(fold(name).split()))].append(ident)
    return sum(len(ids) * (len(ids) - 1) // 2 for ids in groups.values())


def _scan(workdir: Path) -> Result:
    database = open_database(empty_database(workdir, "persons.sqlite3"))
    try:
        uow = UnitOfWork(database)
        group = records.create(uow, GROUPS, HelperGroupData(name="Helferkreis Bench")).id
        _fill_persons(uow, group)
        baseline, _pairs = timed(lambda: _exact(uow))
        seconds, found = timed(lambda: find_duplicates(uow, "person"))
        planted = sum(1 for item in found[:300] if "gleiche Telefonnummer" in item.reasons)
        return Result(
            name=f"find_duplicates: {PERSONS:,} persons",
            value=seconds,
            unit="s",
            baseline_name="naive exact-name pass (one query, dict)",
            baseline_value=baseline,
            note=f"target ≤ 5 s; {len(found)} pairs listed, {planted} of 300 planted ones on top",
        )
    finally:
        database.dispose()


def run(workdir: Path) -> list[Result]:
    return [_import(workdir), _scan(workdir)]
