"""Export and Landkreis round trip for one Landkreis or one Regierungsbezirk, chosen by name."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from helferapp.services import exchange
from helferapp.ui.context import AppContext
from helferapp.ui.exchange.export_dialog import ExportDialog
from helferapp.ui.exchange.round_trip_dialog import RoundTripDialog
from helferapp.ui.settings.settings_dialog import EXPORT_SCOPE_KEY, EXPORT_SCOPES

BEZIRKE = [
    "Oberbayern",
    "Niederbayern",
    "Oberpfalz",
    "Oberfranken",
    "Mittelfranken",
    "Unterfranken",
    "Schwaben",
]


def district_region_kind() -> Any:
    kind = getattr(exchange.ScopeKind, "DISTRICT_REGION", None)
    if kind is None:
        pytest.skip("ScopeKind.DISTRICT_REGION not in services/exchange.py yet")
    return kind


def items(combo: Any) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


def round_trip_dialog(qtbot: QtBot, context: AppContext) -> RoundTripDialog:
    dialog = RoundTripDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_round_trip_offers_landkreise_bezirke_and_everything(
    qtbot: QtBot, first_context: AppContext
) -> None:
    dialog = round_trip_dialog(qtbot, first_context)
    assert items(dialog.scope) == [
        "einen Landkreis / eine kreisfreie Stadt",
        "einen Regierungsbezirk",
        "alles Zusammengeführte",
    ]
    assert dialog.region.count() == 96  # Landkreise and kreisfreie Städte, by name
    assert "Fürstenfeldbruck (Landkreis)" in items(dialog.region)
    assert dialog.region_label.text() == "Land&kreis / Stadt:"
    dialog.scope.setCurrentIndex(1)
    assert items(dialog.region) == BEZIRKE
    assert dialog.region_label.text() == "&Regierungsbezirk:"
    assert dialog.region.isVisible()
    dialog.scope.setCurrentIndex(2)
    assert not dialog.region.isVisible() and not dialog.region_label.isVisible()
    assert dialog.scope_choice() == exchange.ExportScope()


def test_round_trip_builds_the_landkreis_scope(qtbot: QtBot, first_context: AppContext) -> None:
    dialog = round_trip_dialog(qtbot, first_context)
    dialog.region.setCurrentIndex(dialog.region.findText("Fürstenfeldbruck (Landkreis)"))
    assert dialog.scope_choice() == exchange.ExportScope(
        exchange.ScopeKind.DISTRICT, district_ags="09179"
    )


def test_round_trip_builds_the_regierungsbezirk_scope(
    qtbot: QtBot, first_context: AppContext
) -> None:
    kind = district_region_kind()
    dialog = round_trip_dialog(qtbot, first_context)
    dialog.scope.setCurrentIndex(dialog.scope.findText("einen Regierungsbezirk"))
    dialog.region.setCurrentIndex(dialog.region.findText("Oberbayern"))
    assert dialog.scope_choice() == exchange.ExportScope(kind, district_ags="091")
    dialog.choose_region("09179")  # back to a Landkreis: the scope follows
    assert dialog.scope.currentData() == "district"
    assert dialog.scope_choice().district_ags == "09179"


def test_export_dialog_offers_the_seven_bezirke(qtbot: QtBot, first_context: AppContext) -> None:
    dialog = ExportDialog(first_context)
    qtbot.addWidget(dialog)
    assert items(dialog.district_region_combo) == BEZIRKE
    assert dialog.district_region_button.text() == "Ein &Regierungsbezirk:"
    assert not dialog.district_region_combo.isEnabled()
    dialog.district_region_button.setChecked(True)
    assert dialog.district_region_combo.isEnabled() and not dialog.district_combo.isEnabled()


def test_export_dialog_builds_the_regierungsbezirk_scope(
    qtbot: QtBot, first_context: AppContext
) -> None:
    kind = district_region_kind()
    dialog = ExportDialog(first_context)
    qtbot.addWidget(dialog)
    dialog.district_region_button.click()
    dialog.district_region_combo.setCurrentIndex(
        dialog.district_region_combo.findText("Oberbayern")
    )
    assert dialog.scope() == exchange.ExportScope(kind, district_ags="091")
    dialog.district_button.click()
    assert dialog.scope().kind is exchange.ScopeKind.DISTRICT


@pytest.mark.parametrize("code", EXPORT_SCOPES)
def test_export_dialog_preselects_every_scope_of_the_settings(
    qtbot: QtBot, first_context: AppContext, code: str
) -> None:
    from helferapp.ui.settings import window_state
    from helferapp.ui.settings.settings_dialog import SettingsDialog

    if code == "group":  # offered only when there is a group
        from helferapp.domain.records import HelperGroupData
        from helferapp.services import entities, records

        data = HelperGroupData(name="Helferkreis Olching", region_ags=("09179145",))
        records.create(first_context.uow(), entities.GROUPS, data)
    window_state.settings().setValue(EXPORT_SCOPE_KEY, code)
    try:
        dialog = ExportDialog(first_context)
        qtbot.addWidget(dialog)
        assert dialog.scope_code() == code
        chosen = SettingsDialog(first_context)
        qtbot.addWidget(chosen)
        assert chosen.export_scope.currentData() == code
    finally:
        window_state.settings().remove(EXPORT_SCOPE_KEY)


def test_export_in_a_regierungsbezirk_writes_a_file(
    qtbot: QtBot, first_context: AppContext, tmp_path: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from helferapp.domain.records import HelperGroupData
    from helferapp.services import entities, records
    from tests.sync.helpers_exchange import file_lines, zip_members

    district_region_kind()
    for name, ags in (("Helferkreis Olching", "09179145"), ("Helferkreis Kempten", "09763000")):
        data = HelperGroupData(name=name, region_ags=(ags,))
        records.create(first_context.uow(), entities.GROUPS, data)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args, **_kw: None)
    dialog = ExportDialog(first_context)
    qtbot.addWidget(dialog)
    dialog.district_region_button.click()
    dialog.district_region_combo.setCurrentIndex(dialog.district_region_combo.findText("Schwaben"))
    dialog.target.setText(str(tmp_path / "schwaben.helferapp"))
    dialog.export_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    written = (tmp_path / "schwaben.helferapp").read_bytes()
    manifest = json.loads(zip_members(written)["manifest.json"])
    assert manifest["scope"] == {"kind": "district_region", "ags": "097", "name": "Schwaben"}
    groups = file_lines(written)["helper_group"].values()
    assert [group["values"]["name"] for group in groups] == ["Helferkreis Kempten"]


def test_round_trip_hands_back_one_regierungsbezirk(
    qtbot: QtBot,
    first_context: AppContext,
    second_context: AppContext,
    tmp_path: Any,
    monkeypatch: Any,
) -> None:
    from helferapp.domain.records import HelperGroupData
    from helferapp.services import entities, records
    from helferapp.ui import prompts

    district_region_kind()
    for name, ags in (("Helferkreis Olching", "09179145"), ("Helferkreis Kempten", "09763000")):
        data = HelperGroupData(name=name, region_ags=(ags,))
        records.create(second_context.uow(), entities.GROUPS, data)
    incoming = tmp_path / "eingang" / "zweiter.helferapp"
    incoming.parent.mkdir()
    exchange.export_file(second_context.database, incoming)
    monkeypatch.setattr(prompts, "inform", lambda *_args, **_kw: None)
    dialog = round_trip_dialog(qtbot, first_context)
    dialog.add_paths([incoming.parent])
    dialog.scope.setCurrentIndex(dialog.scope.findData("district_region"))
    dialog.region.setCurrentIndex(dialog.region.findText("Oberbayern"))
    target = tmp_path / "oberbayern.helferapp"
    dialog.target.setText(str(target))
    dialog.run()
    assert dialog.merged and target.exists()
    back = exchange.preview_import(second_context.database, target, None)
    assert back.manifest.record_count == 1  # Olching (Oberbayern), not Kempten (Schwaben)
