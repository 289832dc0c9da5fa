"""The Austauschordner in the GUI: watcher picks up files, dialog, indicator, keyring."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helferapp.services import exchange_folder, network_password, records
from helferapp.services import exchange_folder_state as folder_state
from helferapp.services.entities import GROUPS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from helferapp.ui.context import AppContext
from helferapp.ui.exchange import exchange_folder as folder_ui
from helferapp.ui.exchange.exchange_folder_dialog import ExchangeFolderDialog
from tests.services.test_exchange_folder import add_group


def configure(database: Database, folder: Path, **changes: Any) -> None:
    settings = folder_state.FolderSettings(folder=str(folder), **changes)
    folder_state.save_settings(UnitOfWork(database), settings)


def names(database: Database) -> set[str]:
    return {row.data.name for row in records.list_records(UnitOfWork(database), GROUPS)}


def test_watcher_picks_up_a_new_file(
    qtbot: Any, here: Database, other: Database, shared_folder: Path
) -> None:
    configure(here, shared_folder)
    controller = folder_ui.ExchangeFolderController(AppContext(here))
    qtbot.waitUntil(lambda: controller.last_report is not None, timeout=10_000)
    assert names(here) == set()
    add_group(other, "Helferkreis Maisach")
    exchange_folder.run_round(other, shared_folder)  # writes its file into the folder
    with qtbot.waitSignal(controller.data_changed, timeout=15_000):
        pass
    assert names(here) == {"Helferkreis Maisach"}
    own = exchange_folder.own_file_name("KI FFB", here.installation_id)
    qtbot.waitUntil(lambda: (shared_folder / own).exists(), timeout=10_000)
    controller.wait()


def test_main_window_has_menu_entries_and_indicator(
    make_window: Any, here: Database, other: Database, shared_folder: Path, qtbot: Any
) -> None:
    add_group(other, "Helferkreis Maisach")
    exchange_folder.run_round(other, shared_folder)
    configure(here, shared_folder)
    window = make_window(AppContext(here))
    texts = [action.text() for action in window.menus[0].actions()]
    assert "&Austauschordner …" in texts
    assert "Dateien eines &Landkreises zusammenführen …" in texts
    indicator = window.statusBar().findChild(object, "exchange_status")
    qtbot.waitUntil(lambda: names(here) == {"Helferkreis Maisach"}, timeout=15_000)
    window.exchange_folder.wait()
    qtbot.waitUntil(lambda: indicator.text().startswith("Austausch: "), timeout=5_000)
    assert indicator.isVisible()
    add_group(here, "Eigener Kreis")
    window.close()  # writes the own file on exit
    assert any(p.name.startswith("ki-ffb-") for p in shared_folder.iterdir())


def test_dialog_saves_settings_and_password_in_keyring(
    qtbot: Any, here: Database, other: Database, shared_folder: Path, memory_keyring: Any
) -> None:
    add_group(other, "Helferkreis Maisach")
    exchange_folder.run_round(other, shared_folder)
    (shared_folder / "kaputt.helferapp").write_bytes(b"PK kaputt")
    controller = folder_ui.ExchangeFolderController(AppContext(here))
    dialog = ExchangeFolderDialog(controller)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(shared_folder))
    dialog.on_exit.setChecked(False)
    dialog.uses_password.setChecked(True)
    dialog.password_edit.setText("geheim")
    assert dialog.save()
    assert memory_keyring.store[(network_password.SERVICE, here.installation_id)] == "geheim"
    stored = folder_state.load_settings(UnitOfWork(here))
    assert stored.folder == str(shared_folder) and not stored.write_on_exit
    assert stored.uses_password
    qtbot.waitUntil(lambda: controller.last_report is not None, timeout=15_000)
    controller.wait()
    dialog.refresh()
    seen = [dialog.seen_table.item(row, 0).text() for row in range(dialog.seen_table.rowCount())]
    assert any("HK Maisach" in text for text in seen)
    assert dialog.problem_table.item(0, 0).text() == "kaputt.helferapp"


def test_without_keyring_the_password_is_kept_for_the_session(here: Database) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert not network_password.keyring_usable()
    assert not network_password.set_password(here.installation_id, "geheim")
    assert network_password.get_password(here.installation_id) == "geheim"


def test_unsent_local_edit_shows_the_import_preview_once(
    qtbot: Any,
    here: Database,
    other: Database,
    shared_folder: Path,
    monkeypatch: Any,
) -> None:
    from dataclasses import replace

    from helferapp.ui.exchange import import_dialog

    group = add_group(other, "Helferkreis Maisach")
    exchange_folder.run_round(other, shared_folder)
    exchange_folder.run_round(here, shared_folder)  # merged, own file written
    for database, name in ((here, "Name hier, noch nicht ausgetauscht"), (other, "Name dort")):
        current = records.get(UnitOfWork(database), GROUPS, group).data
        records.update(UnitOfWork(database), GROUPS, group, replace(current, name=name))
    exchange_folder.run_round(other, shared_folder)
    shown: list[Path] = []
    monkeypatch.setattr(
        import_dialog,
        "import_with_preview",
        lambda _parent, _context, path, _password=None: shown.append(path),
    )
    configure(here, shared_folder, write_after_changes=False)
    controller = folder_ui.ExchangeFolderController(AppContext(here))
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
    assert shown[0].name.startswith("hk-maisach-")
    assert names(here) == {"Name hier, noch nicht ausgetauscht"}
    controller.start_round()
    controller.wait()
    assert len(shown) == 1  # not asked again for the same file in this session


def test_round_trip_dialog_previews_merges_and_hands_back(
    qtbot: Any, here: Database, other: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    from helferapp.services.exchange import export_file
    from helferapp.ui import prompts
    from helferapp.ui.exchange.round_trip_dialog import RoundTripDialog

    inbox = tmp_path / "eingang"
    inbox.mkdir()
    add_group(other, "Helferkreis Maisach")
    export_file(other, inbox / "maisach.helferapp")
    told: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text, info="": told.append(text))
    dialog = RoundTripDialog(AppContext(here))
    qtbot.addWidget(dialog)
    dialog.add_paths([inbox])
    assert "1 neu" in dialog.preview_label.text()
    assert names(here) == set()  # the preview wrote nothing
    dialog.choose_region("09179")
    target = tmp_path / "zurueck.helferapp"
    dialog.target.setText(str(target))
    dialog.run()
    assert dialog.merged and target.exists() and told
    assert names(here) == {"Helferkreis Maisach"}


def test_shared_password_is_asked_once_for_round_and_preview(
    qtbot: Any,
    here: Database,
    other: Database,
    shared_folder: Path,
    monkeypatch: Any,
) -> None:
    """Without a keyring: the round asks for the password, the preview reuses it."""
    import keyring
    from keyring.backends import fail
    from PySide6.QtWidgets import QDialog, QInputDialog

    from helferapp.ui.exchange import import_dialog

    keyring.set_keyring(fail.Keyring())  # the password lives in this session only
    group = add_group(other, "Helferkreis Maisach")
    exchange_folder.run_round(other, shared_folder, "geheim")
    exchange_folder.run_round(here, shared_folder, "geheim")  # merged, own file written
    rename_both(here, other, group)
    exchange_folder.run_round(other, shared_folder, "geheim")
    asked: list[str] = []

    def type_password(*_args: Any, **_kwargs: Any) -> tuple[str, bool]:
        asked.append(str(_args[2] if len(_args) > 2 else ""))
        return "geheim", True

    monkeypatch.setattr(QInputDialog, "getText", type_password)
    previews: list[str] = []

    def look_and_accept(dialog: QDialog) -> int:
        previews.append(dialog.windowTitle())
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(import_dialog.PreviewDialog, "exec", look_and_accept)
    monkeypatch.setattr(import_dialog, "_show_result", lambda *_args: None)
    configure(here, shared_folder, write_after_changes=False, uses_password=True)
    controller = folder_ui.ExchangeFolderController(AppContext(here))
    qtbot.waitUntil(lambda: bool(previews), timeout=15_000)
    controller.wait()
    assert previews[0].startswith("Vorschau: hk-maisach-")
    assert len(asked) == 1  # once for the round; the preview reused it
    assert names(here) == {"Name dort"}  # the preview's import opened the file too


def test_preview_asks_when_the_known_password_does_not_fit(
    qtbot: Any, here: Database, other: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

    from helferapp.services.exchange import export_file
    from helferapp.ui.exchange import import_dialog

    add_group(other, "Helferkreis Maisach")
    path = tmp_path / "maisach.helferapp"
    export_file(other, path, password="eigenes")
    asked: list[bool] = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *_args, **_kw: asked.append(True) or ("eigenes", True)
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args, **_kw: None)
    monkeypatch.setattr(
        import_dialog.PreviewDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected.value)
    )
    import_dialog.import_with_preview(None, AppContext(here), path, "geheim")
    assert asked == [True]  # "geheim" was tried first, silently, then the user was asked


def rename_both(here: Database, other: Database, group: str) -> None:
    """An edit here not yet written to the folder, and a newer one there: a conflict."""
    from dataclasses import replace

    for database, name in ((here, "Name hier, noch nicht ausgetauscht"), (other, "Name dort")):
        current = records.get(UnitOfWork(database), GROUPS, group).data
        records.update(UnitOfWork(database), GROUPS, group, replace(current, name=name))


def test_the_dialog_names_conflict_copies_and_says_they_can_go(
    qtbot: Any, here: Database, other: Database, shared_folder: Path
) -> None:
    add_group(other, "Helferkreis Maisach")
    exchange_folder.run_round(other, shared_folder)
    (theirs,) = [path for path in shared_folder.iterdir() if path.suffix == ".helferapp"]
    copy = shared_folder / f"{theirs.stem}.sync-conflict-20261201-101500-ABCDEFG.helferapp"
    copy.write_bytes(theirs.read_bytes())
    theirs.unlink()
    configure(here, shared_folder)
    controller = folder_ui.ExchangeFolderController(AppContext(here))
    qtbot.waitUntil(lambda: controller.last_report is not None, timeout=15_000)
    controller.wait()
    dialog = ExchangeFolderDialog(controller)
    qtbot.addWidget(dialog)
    dialog.refresh()
    assert copy.name in dialog.summary.text()
    assert "können gelöscht werden" in dialog.summary.text()
    assert names(here) == {"Helferkreis Maisach"}
