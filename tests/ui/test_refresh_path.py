"""Changes made elsewhere refresh the window in place (docs/ARCHITECTURE.md, "One refresh
path"): after an import, a journal restore, a table import or a merge of duplicates the
user is still on the Helferkreise page with the same group open, and Rückgängig is kept
or cleared as documented in ``ui.refresh``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from helferapp.domain.records import HelperGroupData, PersonData
from helferapp.services import exchange, records
from helferapp.services.entities import GROUPS, PERSONS
from helferapp.store.database import Database, open_database
from helferapp.ui import commands
from helferapp.ui.context import AppContext
from helferapp.ui.exchange.import_dialog import PreviewDialog
from helferapp.ui.exchange.journal_dialog import JournalDialog
from helferapp.ui.tables import table_commands
from helferapp.ui.tables.duplicates_dialog import DuplicatesDialog, MergeDialog
from helferapp.ui.tables.table_import_wizard import TableImportWizard

GROUPS_PAGE = 1
UNDO_GONE_AFTER_IMPORT = "Rückgängig ist nach einem Import nicht mehr möglich."


@dataclass
class Scene:
    """The window on the Helferkreise page with one group open and one edit to undo."""

    window: Any
    context: AppContext
    edited: str  # the group the user edited (the undo step)
    opened: str  # the group open on the page
    reopened: list[str]

    @property
    def page(self) -> Any:
        return self.window.current_page()

    def assert_still_there(self) -> None:
        assert self.reopened == []  # no fresh window
        assert self.window.nav.currentRow() == GROUPS_PAGE
        assert self.page is self.window.page(GROUPS_PAGE)
        assert self.page.current is not None and self.page.current.id == self.opened
        assert self.page.table.current_id() == self.opened

    def assert_undo_cleared(self, message: str) -> None:
        assert len(self.window.history) == 0
        assert not self.window.actions_.undo.isEnabled()
        assert self.window.statusBar().currentMessage() == message


@pytest.fixture
def scene(make_window: Callable[[AppContext], Any], context: AppContext) -> Scene:
    uow = context.uow()
    edited = records.create(uow, GROUPS, HelperGroupData(name="HK Allershausen")).id
    opened = records.create(uow, GROUPS, HelperGroupData(name="HK Zolling")).id
    window = make_window(context)
    reopened: list[str] = []
    window.open_requested.connect(reopened.append)
    window.show_page(GROUPS_PAGE)
    page = window.current_page()
    assert page.show_record(edited)
    page.form.editor("name").setText("HK Allershausen-Nord")
    window.actions_.save.trigger()
    assert page.show_record(opened)
    assert len(window.history) == 1 and window.actions_.undo.isEnabled()
    return Scene(window, context, edited, opened, reopened)


@pytest.fixture
def other_laptop(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "anderer.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def accept_previews(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)


def _file_with_new_notes(scene: Scene, other: Database, tmp_path: Path, notes: str) -> Path:
    """An exchange file from another laptop that changed the open group's notes."""
    mine = tmp_path / "meins.helferapp"
    exchange.export_file(scene.context.database, mine)
    exchange.import_file(other, mine)
    uow = AppContext(other).uow()
    theirs = records.get(uow, GROUPS, scene.opened)
    records.update(uow, GROUPS, scene.opened, replace(theirs.data, notes=notes))
    path = tmp_path / "von-dort.helferapp"
    exchange.export_file(other, path)
    return path


def test_an_import_keeps_the_page_and_record_and_clears_undo_as_it_says(
    scene: Scene, other_laptop: Database, tmp_path: Path, accept_previews: None
) -> None:
    path = _file_with_new_notes(scene, other_laptop, tmp_path, "Treffen jeden Dienstag")

    assert commands.import_paths(scene.window, [str(path)])

    scene.assert_still_there()
    assert scene.page.form.editor("notes").toPlainText() == "Treffen jeden Dienstag"
    scene.assert_undo_cleared(UNDO_GONE_AFTER_IMPORT)


def test_a_journal_restore_keeps_the_page_and_record_and_clears_undo(
    scene: Scene,
    other_laptop: Database,
    tmp_path: Path,
    accept_previews: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uow = scene.context.uow()
    mine = records.get(uow, GROUPS, scene.opened)
    records.update(uow, GROUPS, scene.opened, replace(mine.data, notes="meine Notiz"))
    path = _file_with_new_notes(scene, other_laptop, tmp_path, "fremde Notiz")
    commands.import_paths(scene.window, [str(path)])
    assert scene.page.form.editor("notes").toPlainText() == "fremde Notiz"
    scene.page.show_record(scene.edited)
    scene.page.form.editor("name").setText("HK Allershausen-Süd")
    scene.window.actions_.save.trigger()
    scene.page.show_record(scene.opened)
    assert len(scene.window.history) == 1

    def restore_first(dialog: JournalDialog) -> int:
        dialog.table.selectRow(0)
        dialog.restore_button.click()
        return 0

    monkeypatch.setattr(JournalDialog, "exec", restore_first)
    commands.show_journal(scene.window)

    scene.assert_still_there()
    assert scene.page.form.editor("notes").toPlainText() == "meine Notiz"
    scene.assert_undo_cleared(
        "Rückgängig ist nach dem Zurückholen aus dem Import-Protokoll nicht mehr möglich."
    )


def test_a_table_import_keeps_the_page_record_and_undo(
    scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "helferkreise.csv"
    table.write_text("Name;Notizen\nHK Kranzberg;neu aus der Liste\n", encoding="utf-8")

    def import_it(wizard: TableImportWizard) -> int:
        wizard.show()
        assert wizard.file_page.load(table)
        box = wizard.file_page.target_box
        box.setCurrentIndex(box.findData("group"))
        wizard.next()
        wizard.next()
        wizard.next()  # the commit page imports
        assert wizard.currentPage() is wizard.summary_page, wizard.preview_page.status.text()
        assert wizard.summary is not None and wizard.summary.imported
        return 1

    monkeypatch.setattr(TableImportWizard, "exec", import_it)
    table_commands.import_table(scene.window)

    scene.assert_still_there()
    model = scene.page.model
    assert "HK Kranzberg" in [model.row_at(row).name for row in range(model.rowCount())]
    assert len(scene.window.history) == 1  # a table import only adds records: undo applies
    scene.window.actions_.undo.trigger()
    assert records.get(scene.context.uow(), GROUPS, scene.edited).data.name == "HK Allershausen"


def test_a_duplicate_merge_keeps_the_page_and_record_and_clears_undo(
    scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    uow = scene.context.uow()
    for name in ("Müller, Hans", "H. Mueller"):
        records.create(
            uow, PERSONS, PersonData(name=name, group_id=scene.opened, phone="08141 123456")
        )

    def merge_first(dialog: DuplicatesDialog) -> int:
        dialog.table.selectRow(0)
        assert dialog.merge_selected() is not None
        return 0

    monkeypatch.setattr(MergeDialog, "exec", lambda self: (self.merge(), 1)[1])
    monkeypatch.setattr(DuplicatesDialog, "exec", merge_first)
    table_commands.find_duplicates(scene.window)

    assert len([p for p in records.list_records(uow, PERSONS) if not p.deleted]) == 1
    scene.assert_still_there()
    scene.assert_undo_cleared(
        "Rückgängig ist nach dem Zusammenführen von Dubletten nicht mehr möglich."
    )


def test_only_opening_another_database_reopens_the_window(
    scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    other = str(tmp_path / "andere.sqlite3")
    Path(other).write_bytes(b"")  # there already: opened without asking

    def choose(dialog: QFileDialog) -> int:
        dialog.selectFile(other)
        return 1

    monkeypatch.setattr(QFileDialog, "exec", choose)
    commands.open_other_database(scene.window)
    assert scene.reopened == [other]


def test_an_austauschordner_round_that_merged_records_is_an_import_too(scene: Scene) -> None:
    scene.window.exchange_folder.data_changed.emit()
    scene.assert_still_there()
    scene.assert_undo_cleared(UNDO_GONE_AFTER_IMPORT)
    assert not scene.window.exchange_folder.write_timer.isActive()  # not a local edit


def test_a_file_handed_over_by_a_second_start_is_imported_in_place(
    scene: Scene, other_laptop: Database, tmp_path: Path, accept_previews: None, qapp: Any
) -> None:
    from helferapp.ui import app as gui

    path = _file_with_new_notes(scene, other_laptop, tmp_path, "per Doppelklick")
    application = gui.Application(qapp)
    application.window = scene.window
    try:
        application.open_files([str(path)])
    finally:
        qapp.removeEventFilter(application)
        application.setParent(None)

    assert application.window is scene.window
    scene.assert_still_there()
    assert scene.page.form.editor("notes").toPlainText() == "per Doppelklick"
    scene.assert_undo_cleared(UNDO_GONE_AFTER_IMPORT)
