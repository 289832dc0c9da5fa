"""Export, import preview and journal, driven through the real dialogs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTreeWidget,
)
from pytestqt.qtbot import QtBot

from helferapp.domain.records import HelperGroupData, PersonData
from helferapp.services import entities, exchange, records
from helferapp.sync.clock import HybridLogicalClock, wall_clock_ms
from helferapp.ui.context import AppContext
from helferapp.ui.exchange import import_dialog
from helferapp.ui.exchange.export_dialog import ExportDialog
from helferapp.ui.exchange.import_dialog import PreviewDialog, import_with_preview
from helferapp.ui.exchange.journal_dialog import JournalDialog, display_value


@pytest.fixture(autouse=True)
def quiet_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record message boxes instead of showing them (they would block the test)."""
    shown: list[str] = []

    def record(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


def make_group(context: AppContext, name: str = "Helferkreis Asyl Olching") -> str:
    group = records.create(
        context.uow(), entities.GROUPS, HelperGroupData(name=name, region_ags=("09179145",))
    )
    return group.id


def export_through_dialog(qtbot: QtBot, context: AppContext, target: Path, **choices: Any) -> None:
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.sender_edit.setText(choices.get("sender", "Helferkreis Olching"))
    dialog.target.setText(str(target))
    if choices.get("internal"):
        dialog.internal_button.setChecked(True)
    if choices.get("password"):
        dialog.use_password.setChecked(True)
        dialog.password.setText(choices["password"])
        dialog.repeat.setText(choices.get("repeat", choices["password"]))
    if choices.get("old_format"):
        dialog.old_format.setChecked(True)
    dialog.export_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()


def test_export_dialog_writes_a_file_without_persons_lacking_consent(
    qtbot: QtBot, first_context: AppContext, tmp_path: Path, quiet_message_boxes: list[str]
) -> None:
    group_id = make_group(first_context)
    for name, share in (("Erika Beispiel", True), ("Max Ohnezustimmung", False)):
        records.create(
            first_context.uow(),
            entities.PERSONS,
            PersonData(
                name=name,
                group_id=group_id,
                consent_given_on=date(2025, 3, 1) if share else None,
                consent_share=share,
            ),
        )
    target = tmp_path / "olching"

    export_through_dialog(qtbot, first_context, target)

    written = tmp_path / "olching.helferapp"
    assert written.exists()
    assert "1 Person ohne Einwilligung zur Weitergabe weggelassen." in quiet_message_boxes[-1]
    assert ":\n1 Helferkreis, 1 Person." in quiet_message_boxes[-1]  # singular for one
    manifest = exchange.open_exchange(written).manifest
    assert manifest.installation_label == "Helferkreis Olching"
    assert manifest.members["person.jsonl"][0] == 1


def test_the_file_is_written_in_format_2_unless_an_older_version_is_asked_for(
    qtbot: QtBot, first_context: AppContext, tmp_path: Path, quiet_message_boxes: list[str]
) -> None:
    make_group(first_context)
    export_through_dialog(qtbot, first_context, tmp_path / "neu.helferapp")
    export_through_dialog(qtbot, first_context, tmp_path / "alt.helferapp", old_format=True)

    new = exchange.open_exchange(tmp_path / "neu.helferapp").manifest
    old = exchange.open_exchange(tmp_path / "alt.helferapp").manifest
    assert (new.format_version, old.format_version) == ("2.0", "1.0")
    assert new.members["helper_group.jsonl"][0] == old.members["helper_group.jsonl"][0] == 1


def test_choosing_internal_asks_for_a_password_and_mismatches_are_shown(
    qtbot: QtBot, first_context: AppContext, tmp_path: Path
) -> None:
    make_group(first_context)
    dialog = ExportDialog(first_context)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(tmp_path / "intern.helferapp"))

    dialog.internal_button.setChecked(True)
    assert dialog.use_password.isChecked()
    dialog.password.setText("geheim")
    dialog.repeat.setText("geheimm")
    dialog.export_button.click()

    assert "stimmen nicht überein" in dialog.error.text()
    assert not (tmp_path / "intern.helferapp").exists()


def test_import_with_preview_merges_after_confirmation_and_keeps_a_journal(
    qtbot: QtBot,
    first_context: AppContext,
    second_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    group_id = make_group(first_context)
    export_through_dialog(qtbot, first_context, tmp_path / "eins.helferapp")
    exchange.import_file(second_context.database, tmp_path / "eins.helferapp")
    mine = records.get(second_context.uow(), entities.GROUPS, group_id)
    records.update(second_context.uow(), entities.GROUPS, group_id, replace(mine.data, notes="alt"))
    theirs = records.get(first_context.uow(), entities.GROUPS, group_id)
    records.update(
        first_context.uow(), entities.GROUPS, group_id, replace(theirs.data, notes="neu")
    )
    export_through_dialog(qtbot, first_context, tmp_path / "zwei.helferapp", password="pw")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("pw", True))
    seen: list[PreviewDialog] = []

    def accept(self: PreviewDialog) -> int:
        seen.append(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreviewDialog, "exec", accept)

    result = import_with_preview(None, second_context, tmp_path / "zwei.helferapp")

    assert result is not None and len(seen) == 1
    assert seen[0].import_button.isEnabled()
    warnings = [label.text() for label in seen[0].findChildren(QLabel)]
    assert any(text.startswith("1 Wert hier würde durch einen neueren") for text in warnings)
    assert records.get(second_context.uow(), entities.GROUPS, group_id).data.notes == "neu"
    journal = JournalDialog(second_context, result.import_id)
    qtbot.addWidget(journal)
    assert journal.table.rowCount() == 1
    assert journal.table.item(0, 5).text() == "alt"
    journal.table.selectRow(0)
    journal.restore_button.click()
    assert records.get(second_context.uow(), entities.GROUPS, group_id).data.notes == "alt"
    assert "wiederhergestellt" in journal.table.item(0, 5).text()


def test_a_wrong_password_is_asked_again_and_cancel_changes_nothing(
    qtbot: QtBot,
    first_context: AppContext,
    second_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    quiet_message_boxes: list[str],
) -> None:
    make_group(first_context)
    export_through_dialog(qtbot, first_context, tmp_path / "g.helferapp", password="richtig")
    answers = iter([("falsch", True), ("", False)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))

    assert import_with_preview(None, second_context, tmp_path / "g.helferapp") is None

    assert any("Passwort ist falsch" in text for text in quiet_message_boxes)
    assert records.list_records(second_context.uow(), entities.GROUPS) == []


def test_a_damaged_file_gets_a_german_message_and_no_preview(
    qtbot: QtBot, second_context: AppContext, tmp_path: Path, quiet_message_boxes: list[str]
) -> None:
    broken = tmp_path / "kaputt.helferapp"
    broken.write_bytes(b"PK\x03\x04 nicht wirklich ein ZIP")

    assert import_with_preview(None, second_context, broken) is None
    assert "beschädigt" in quiet_message_boxes[-1]


def test_preview_says_when_there_is_nothing_new(
    qtbot: QtBot, first_context: AppContext, tmp_path: Path
) -> None:
    make_group(first_context)
    export_through_dialog(qtbot, first_context, tmp_path / "selbst.helferapp")
    preview = exchange.preview_import(first_context.database, tmp_path / "selbst.helferapp")

    dialog = PreviewDialog(tmp_path / "selbst.helferapp", preview)
    qtbot.addWidget(dialog)

    assert not dialog.import_button.isEnabled()
    assert import_dialog.summary_lines(preview.report) == []
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Die Datei enthält nichts Neues – alles ist schon vorhanden." in texts
    assert not dialog.import_button.isVisible()  # only one way out, and it says so
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert close.text() == "Schließen" and close.isVisible()
    assert not dialog.findChildren(QTreeWidget)  # no empty list of changes


@pytest.mark.parametrize(
    ("table", "field", "value", "shown"),
    [
        ("helper_group", "checked_on", "2025-03-01", "01.03.2025"),
        ("helper_group", "status", "aufgeloest", "aufgelöst"),
        ("programme", "fields", ["sprache", "schule"], "Sprache, Schule"),
        ("person", "consent_share", True, "ja"),
        ("person", "phone", "+49 8141 123456", "08141 123456"),
        ("contact", "person_id", None, "—"),
    ],
)
def test_values_are_shown_the_way_people_read_them(
    qapp: Any, table: str, field: str, value: Any, shown: str
) -> None:
    assert display_value(table, field, value) == shown


def test_the_export_dialog_preselects_the_scope_chosen_in_the_settings(
    qtbot: QtBot, first_context: AppContext
) -> None:
    from helferapp.ui.settings import window_state
    from helferapp.ui.settings.settings_dialog import EXPORT_SCOPE_KEY

    window_state.settings().setValue(EXPORT_SCOPE_KEY, "district")
    try:
        dialog = ExportDialog(first_context)
        qtbot.addWidget(dialog)
        assert dialog.district_button.isChecked()
    finally:
        window_state.settings().remove(EXPORT_SCOPE_KEY)


def test_the_first_export_works_although_the_documents_folder_is_missing(
    qtbot: QtBot,
    first_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    quiet_message_boxes: list[str],
) -> None:
    """A fresh account may have no documents folder: the default target's folder is
    created; and a red complaint from a failed try goes once a try succeeds."""
    from PySide6.QtCore import QStandardPaths

    documents = tmp_path / "Konto" / "Dokumente"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    make_group(first_context)
    dialog = ExportDialog(first_context)
    qtbot.addWidget(dialog)
    assert Path(dialog.target.text()).parent == documents
    assert documents.is_dir()
    dialog.use_password.setChecked(True)
    dialog.password.setText("geheim")
    dialog.repeat.setText("anders")
    dialog.export_button.click()
    assert "stimmen nicht überein" in dialog.error.text()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda *_args: shown.append(dialog.error.text())
    )
    dialog.repeat.setText("geheim")
    dialog.export_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shown == [""], "the old error must not stand beside the success"
    assert list(documents.glob("*.helferapp"))


def test_a_file_from_the_future_is_imported_only_once_the_difference_is_accepted(
    qtbot: QtBot,
    first_context: AppContext,
    second_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ten_years = 10 * 365 * 24 * 3600 * 1000
    real = wall_clock_ms
    with monkeypatch.context() as patched:  # the first laptop's clock: ten years ahead
        patched.setattr(
            "helferapp.services.unit_of_work.HybridLogicalClock",
            lambda node, last=None: HybridLogicalClock(node, last, wall=lambda: real() + ten_years),
        )
        make_group(first_context, "Aus der Zukunft")
        export_through_dialog(qtbot, first_context, tmp_path / "zukunft.helferapp")
    seen: list[PreviewDialog] = []

    def look(self: PreviewDialog, tick: bool) -> int:
        seen.append(self)
        assert self.accept_skew is not None
        assert not self.import_button.isEnabled()
        if not tick:
            return QDialog.DialogCode.Rejected
        self.accept_skew.setChecked(True)
        assert self.import_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreviewDialog, "exec", lambda self: look(self, tick=False))
    path = tmp_path / "zukunft.helferapp"
    assert import_with_preview(None, second_context, path) is None
    assert records.list_records(second_context.uow(), entities.GROUPS) == []
    texts = [label.text() for label in seen[0].findChildren(QLabel)]
    assert any("Eine der beiden Uhren geht falsch" in text for text in texts)

    monkeypatch.setattr(PreviewDialog, "exec", lambda self: look(self, tick=True))
    assert import_with_preview(None, second_context, path) is not None
    names = [item.data.name for item in records.list_records(second_context.uow(), entities.GROUPS)]
    assert names == ["Aus der Zukunft"]


def test_the_import_opens_where_the_last_export_went_and_the_export_suggests_it(
    qtbot: QtBot,
    first_context: AppContext,
    make_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not the database's folder (hidden in AppData on Windows): the folder the user last
    wrote an exchange file to, or picked one from."""
    from PySide6.QtWidgets import QFileDialog

    from helferapp.ui import commands

    make_group(first_context)
    stick = tmp_path / "USB-Stick"
    stick.mkdir()
    export_through_dialog(qtbot, first_context, stick / "olching")
    opened_in: list[str] = []

    def pick(_parent: Any, _title: str, folder: str, _filter: str) -> tuple[list[str], str]:
        opened_in.append(folder)
        return [str(stick / "olching.helferapp")], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick)
    monkeypatch.setattr(commands, "import_paths", lambda _window, _paths: False)
    window = make_window(first_context)
    commands.import_data(window)
    assert opened_in == [str(stick)]
    suggested = ExportDialog(first_context)
    qtbot.addWidget(suggested)
    assert Path(suggested.target.text()).parent == stick

    elsewhere = tmp_path / "Downloads"
    elsewhere.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_args: ([str(elsewhere / "ki.helferapp")], "")
    )
    commands.import_data(window)
    again = ExportDialog(first_context)
    qtbot.addWidget(again)
    assert Path(again.target.text()).parent == elsewhere
