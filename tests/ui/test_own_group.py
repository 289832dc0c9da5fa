"""Our own group in the window: defaults for new records, our Wiedervorlagen first."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from helferapp.domain.records import ContactData, HelperGroupData, OrganisationData
from helferapp.services import entities, exchange, own_groups, records
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from helferapp.ui.context import AppContext
from helferapp.ui.records.contact_dialog import ContactDialog
from helferapp.ui.settings.settings_dialog import SettingsDialog
from tests.sync.helpers_exchange import new_replica


def _ours(context: AppContext) -> str:
    return own_groups.create_own_group(
        context.uow(), HelperGroupData(name="HK Olching", region_ags=("09179142",))
    )


def test_strg_n_on_angebote_prefills_our_group(
    qtbot: Any, make_window: Any, context: AppContext
) -> None:
    records.create(context.uow(), entities.GROUPS, HelperGroupData(name="Anderer HK"))
    ours = _ours(context)
    window = make_window(context)
    window.show_page(2)
    window.actions_.new.trigger()  # Strg+N
    form = window.current_page().form
    assert form.editor("group_id").value() == ours
    assert not window.current_page().is_dirty()  # a default is no edit: leaving asks nothing


def test_strg_k_from_a_stelle_fills_our_group(
    qtbot: Any, make_window: Any, context: AppContext
) -> None:
    ours = _ours(context)
    stelle = records.create(context.uow(), entities.ORGANISATIONS, OrganisationData(name="KI"))
    window = make_window(context)
    window.open_record("organisation", stelle.id)
    seen: list[ContactData] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ContactDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.form.data())
        dialog.done(0)

    QTimer.singleShot(0, look)
    window.actions_.contact.trigger()  # Strg+K
    assert seen and seen[0].organisation_id == stelle.id and seen[0].group_id == ours


def test_without_an_own_group_nothing_is_prefilled(
    qtbot: Any, make_window: Any, context: AppContext
) -> None:
    records.create(context.uow(), entities.GROUPS, HelperGroupData(name="HK"))
    window = make_window(context)
    window.show_page(2)
    window.actions_.new.trigger()  # Strg+N
    assert window.current_page().form.editor("group_id").value() is None


def _neighbours_file(template: Path, tmp_path: Path) -> Path:
    neighbour: Database = new_replica(template, tmp_path / "n" / "db.sqlite3", "Nachbar")
    uow = UnitOfWork(neighbour)
    theirs = records.create(uow, entities.GROUPS, HelperGroupData(name="HK Bruck")).id
    soon = date.today() - timedelta(days=2)
    for number in range(5):
        records.create(
            uow,
            entities.CONTACTS,
            ContactData(
                contact_date=soon - timedelta(days=7),
                subject=f"fremd {number}",
                group_id=theirs,
                follow_up_on=soon,
            ),
        )
    path = tmp_path / "nachbar.helferapp"
    exchange.export_file(neighbour, path)
    neighbour.dispose()
    return path


def test_the_overview_shows_our_follow_ups_first_with_a_switch_to_all(
    qtbot: Any, make_window: Any, context: AppContext, template_db_path: Path, tmp_path: Path
) -> None:
    ours = _ours(context)
    records.create(
        context.uow(),
        entities.CONTACTS,
        ContactData(
            contact_date=date.today(),
            subject="unser Termin",
            group_id=ours,
            follow_up_on=date.today() + timedelta(days=1),
        ),
    )
    exchange.import_file(context.database, _neighbours_file(template_db_path, tmp_path))
    window = make_window(context)
    overview = window.current_page()
    model = overview.follow_ups.model

    def subjects() -> list[str]:
        return [model.row_at(row)[1].subject for row in range(model.rowCount())]

    assert subjects() == ["unser Termin"]
    assert (
        overview.follow_ups.show_all.isVisible()
        and "5 weitere" in overview.follow_ups.show_all.text()
    )
    assert overview.follow_ups.title().startswith("Unsere")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Helferkreis" in headers
    overview.follow_ups.show_all.click()
    assert len(subjects()) == 6
    column = headers.index("Helferkreis")
    groups = {model.index(row, column).data() for row in range(model.rowCount())}
    assert groups == {"HK Olching", "HK Bruck"}


def test_no_own_group_no_switch_and_all_are_shown(
    qtbot: Any, make_window: Any, context: AppContext, template_db_path: Path, tmp_path: Path
) -> None:
    exchange.import_file(context.database, _neighbours_file(template_db_path, tmp_path))
    window = make_window(context)
    overview = window.current_page()
    assert overview.follow_ups.model.rowCount() == 5
    assert not overview.follow_ups.show_all.isVisible()


def test_our_group_is_changed_in_einstellungen(
    qtbot: Any, context: AppContext, answers: Any
) -> None:
    first = _ours(context)
    second = records.create(context.uow(), entities.GROUPS, HelperGroupData(name="HK Maisach"))
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.own_ids() == [first]
    qtbot.keyClicks(dialog.own_picker.lineEdit(), "Maisach")
    qtbot.keyClick(dialog.own_picker.lineEdit(), Qt.Key.Key_Return)
    dialog.own_list.setCurrentRow(0)
    dialog._remove_own()
    dialog._add_own()
    answers.answer(QMessageBox.StandardButton.Cancel)
    dialog.reject()  # Esc with a change: asks, and Abbrechen keeps the dialog open
    assert dialog.isVisible() and answers.asked
    dialog.apply()
    assert own_groups.own_group_ids(context.uow()) == (second.id,)
