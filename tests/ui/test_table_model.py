"""The record table model: every table passes Qt's model checks; filter and sort work."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from helferapp.domain.enums import FieldOfAction
from helferapp.domain.records import HelperGroupData, PersonData, ProgrammeData
from helferapp.services import follow_ups, queries, records, trash
from helferapp.services.entities import GROUPS, PERSONS, PROGRAMMES
from helferapp.ui.context import AppContext
from helferapp.ui.models.columns import (
    COLUMNS,
    FOLLOW_UP_COLUMNS,
    RECENT_COLUMNS,
    TRASH_COLUMNS,
    person_lacks_consent,
)
from helferapp.ui.models.table_model import ID_ROLE, WARNING_ROLE, RecordTableModel


@pytest.mark.parametrize("kind", sorted(COLUMNS))
def test_every_record_table_passes_the_model_tester(
    qtmodeltester: Any, demo_context: AppContext, kind: str
) -> None:
    model = RecordTableModel(COLUMNS[kind])
    model.set_rows(queries.ROW_QUERIES[kind](demo_context.uow()))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.set_filter("a")
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_overview_and_trash_tables_pass_the_model_tester(
    qtmodeltester: Any, demo_context: AppContext
) -> None:
    uow = demo_context.uow()
    first = queries.group_rows(uow)[0]
    records.delete(uow, GROUPS, first.id)
    tables = [
        (RECENT_COLUMNS, [(f"{r.kind_code}:{r.id}", r) for r in queries.recent_changes(uow)]),
        (TRASH_COLUMNS, [(f"{r.kind_code}:{r.id}", r) for r in trash.deleted_rows(uow)]),
        (
            FOLLOW_UP_COLUMNS,
            [(r.contact_id, r) for r in follow_ups.due_follow_ups(uow, date.today(), 3650)],
        ),
    ]
    for columns, rows in tables:
        model = RecordTableModel(columns)
        model.set_rows(rows)
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def _group(context: AppContext, name: str) -> str:
    return records.create(context.uow(), GROUPS, HelperGroupData(name=name)).id


def test_filter_finds_mueller_for_muller(context: AppContext) -> None:
    group_id = _group(context, "Helferkreis Neustadt")
    for name in ("Anna Müller", "Bernd Maier", "Claudia Mueller"):
        records.create(context.uow(), PERSONS, PersonData(name=name, group_id=group_id))
    model = RecordTableModel(COLUMNS["person"])
    model.set_rows(queries.person_rows(context.uow()))
    model.set_filter("muller")
    names = [model.row_at(row).name for row in range(model.rowCount())]
    assert names == ["Anna Müller", "Claudia Mueller"]
    model.set_filter("müller neustadt")  # every word, also in the group's name
    assert model.rowCount() == 2
    model.set_filter("")
    assert model.rowCount() == 3


def test_typing_on_narrows_and_deleting_widens(context: AppContext) -> None:
    group_id = _group(context, "Kreis")
    for title in ("Deutschkurs", "Deutschcafé", "Nähcafé"):
        records.create(
            context.uow(),
            PROGRAMMES,
            ProgrammeData(title=title, group_id=group_id, fields=(FieldOfAction.LANGUAGE,)),
        )
    model = RecordTableModel(COLUMNS["programme"])
    model.set_rows(queries.programme_rows(context.uow()))
    model.set_filter("deutsch")
    assert model.rowCount() == 2
    model.set_filter("deutschc")
    assert [model.row_at(0).title] == ["Deutschcafé"]
    model.set_filter("cafe")
    assert sorted(model.row_at(r).title for r in range(model.rowCount())) == [
        "Deutschcafé",
        "Nähcafé",
    ]
    model.set_filter("xyz")
    assert model.rowCount() == 0 and model.total_count() == 3


def test_sort_in_german_order_and_by_date(context: AppContext) -> None:
    for name in ("Zell", "Ärztekreis", "Achern"):
        _group(context, name)
    model = RecordTableModel(COLUMNS["group"])
    model.set_rows(queries.group_rows(context.uow()))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).name for r in range(3)] == ["Achern", "Ärztekreis", "Zell"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).name == "Zell"


def test_upsert_and_remove_keep_rows_in_place(context: AppContext) -> None:
    first = _group(context, "Alpha")
    _group(context, "Beta")
    model = RecordTableModel(COLUMNS["group"])
    model.set_rows(queries.group_rows(context.uow()))
    records.update(context.uow(), GROUPS, first, HelperGroupData(name="Alpha neu"))
    model.upsert(queries.group_rows(context.uow(), [first]))
    assert model.row_at(model.row_of(first)).name == "Alpha neu"
    model.remove([first])
    assert model.row_of(first) == -1 and model.rowCount() == 1
    assert model.data(model.index(0, 0), ID_ROLE) != first


def test_persons_without_consent_are_marked(context: AppContext) -> None:
    group_id = _group(context, "Kreis")
    given = PersonData(
        name="Mit", group_id=group_id, consent_given_on=date(2024, 1, 1), consent_internal=True
    )
    records.create(context.uow(), PERSONS, given)
    records.create(context.uow(), PERSONS, PersonData(name="Ohne", group_id=group_id))
    model = RecordTableModel(COLUMNS["person"], warn=person_lacks_consent)
    model.set_rows(queries.person_rows(context.uow()))
    marks = {
        model.row_at(r).name: model.data(model.index(r, 1), WARNING_ROLE)
        for r in range(model.rowCount())
    }
    texts = {model.row_at(r).name: model.data(model.index(r, 1)) for r in range(2)}
    assert marks == {"Mit": False, "Ohne": True}
    assert texts == {"Mit": "intern", "Ohne": "keine Einwilligung"}
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
