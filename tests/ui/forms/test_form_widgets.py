"""The input widgets: pickers with folding search, dates, times, word lists, enum boxes."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from helferapp.domain.enums import FieldOfAction, KIArea, Weekday
from helferapp.services.regions import list_districts
from helferapp.ui.widgets.choices import Choice, ChoiceFilterProxy, ChoiceListModel
from helferapp.ui.widgets.date_time_edits import OptionalDateEdit, OptionalTimeEdit, read_date
from helferapp.ui.widgets.enum_combo import EnumComboBox
from helferapp.ui.widgets.field_picker import FieldOfActionPicker
from helferapp.ui.widgets.region_pickers import RegionListEditor, RegionPicker, region_choices
from helferapp.ui.widgets.searchable_combo import SearchableComboBox
from helferapp.ui.widgets.tag_list_edit import TagListEdit, split_tags


@pytest.fixture
def region_picker(qtbot, context):
    picker = RegionPicker()
    qtbot.addWidget(picker)
    picker.set_regions(context.municipalities())
    with qtbot.waitActive(picker):  # the type-ahead list closes when its field has no focus
        picker.show()
        picker.activateWindow()
    picker.setFocus()
    return picker


def _hits(picker: SearchableComboBox) -> list[str]:
    proxy = picker.filter_model()
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_choice_models_pass_the_model_tester(qtmodeltester, context):
    model = ChoiceListModel()
    model.set_choices(
        [Choice(None, "– keine –", "\x00"), *region_choices(context.municipalities())]
    )
    qtmodeltester.check(model)
    proxy = ChoiceFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_query("wurzburg")
    qtmodeltester.check(proxy)
    proxy.set_query("nichts dergleichen")
    qtmodeltester.check(proxy)


def test_gemeinde_picker_finds_wuerzburg_for_wurzburg_first(region_picker, user):
    user.key_clicks(region_picker.lineEdit(), "wurzburg")
    hits = _hits(region_picker)
    assert hits[0] == "Würzburg (kreisfreie Stadt)"
    assert "Hausen b.Würzburg (Gemeinde, Landkreis Würzburg)" in hits[:3]
    # the Landkreis is searched too, so its Gemeinden follow the name hits
    assert "Aub (Stadt, Landkreis Würzburg)" in hits
    assert region_picker.completer().popup().isVisible()


def test_gemeinde_picker_folds_umlauts_typed_as_ue(region_picker, user):
    user.key_clicks(region_picker.lineEdit(), "muehl")
    hits = _hits(region_picker)
    assert hits[:3] == [
        "Mühldorf a.Inn (Stadt, Landkreis Mühldorf a.Inn)",
        "Mühlhausen (Gemeinde, Landkreis Neumarkt i.d.OPf.)",
        "Mühlhausen (Markt, Landkreis Erlangen-Höchstadt)",
    ]


def test_enter_takes_the_best_hit_and_names_the_kreis(region_picker, user):
    user.pick(region_picker, "gersthofen")
    assert region_picker.value() == "09772147"
    assert region_picker.currentText() == "Gersthofen (Stadt, Landkreis Augsburg)"


def test_picking_from_the_popup_list(region_picker, user, qtbot):
    user.key_clicks(region_picker.lineEdit(), "wurzburg")
    popup = region_picker.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(region_picker.valueChanged):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert region_picker.currentText() == "Hausen b.Würzburg (Gemeinde, Landkreis Würzburg)"


def test_typed_text_that_is_not_in_the_list_is_reported(region_picker, user):
    user.key_clicks(region_picker.lineEdit(), "Atlantis")
    region_picker.lineEdit().editingFinished.emit()
    with pytest.raises(ValueError, match="nicht in der Liste"):
        region_picker.value()
    user.type(region_picker, "")
    assert region_picker.value() is None


def test_unknown_key_is_kept_and_shown_as_unknown(region_picker):
    region_picker.set_value("deleted-id")
    assert region_picker.value() == "deleted-id"
    assert "unbekannter" in region_picker.currentText()


def test_organisation_region_picker_offers_kreise_too(qtbot, context, user):
    picker = RegionPicker()
    qtbot.addWidget(picker)
    picker.set_regions([*list_districts(context.uow()), *context.municipalities()])
    user.key_clicks(picker.lineEdit(), "augsburg")
    assert set(_hits(picker)[:2]) == {"Augsburg (Landkreis)", "Augsburg (kreisfreie Stadt)"}


def test_region_list_editor_adds_and_removes(qtbot, context, user):
    editor = RegionListEditor()
    qtbot.addWidget(editor)
    editor.set_regions(context.municipalities())
    editor.show()
    with qtbot.waitSignal(editor.valueChanged):
        user.pick(editor.picker, "wurzburg")
    user.pick(editor.picker, "gersthofen")
    user.pick(editor.picker, "wurzburg")  # twice is once
    assert editor.value() == ("09663000", "09772147")
    assert editor.picker.value() is None  # ready for the next one
    assert editor.list.item(0).text() == "Würzburg (kreisfreie Stadt)"
    editor.list.setCurrentRow(0)
    editor.remove_button.click()
    assert editor.value() == ("09772147",)


def test_handlungsfelder_are_grouped_by_ki_bereich(qtbot):
    picker = FieldOfActionPicker()
    qtbot.addWidget(picker)
    for field in FieldOfAction:
        box = picker.check_box(field)
        group = box.parentWidget()
        assert isinstance(group, QGroupBox)
        assert group is picker.group_box(field.ki_area)
        assert group.title().replace("&&", "&") == field.ki_area.label
        assert box.text().replace("&&", "&") == field.label
        assert box.accessibleName()
    assert {area for area in KIArea} == {field.ki_area for field in FieldOfAction}
    picker.check_box(FieldOfAction.SCHOOL).click()
    picker.check_box(FieldOfAction.LANGUAGE).click()
    assert picker.value() == (FieldOfAction.LANGUAGE, FieldOfAction.SCHOOL)


@pytest.mark.parametrize(
    ("typed", "expected", "shown"),
    [
        ("1.3.2025", date(2025, 3, 1), "01.03.2025"),
        ("01.03.2025", date(2025, 3, 1), "01.03.2025"),
        ("1.3.25", date(2025, 3, 1), "01.03.2025"),
        ("2025-03-01", date(2025, 3, 1), "01.03.2025"),
        ("", None, ""),
    ],
)
def test_date_edit_accepts_german_dates(qtbot, user, typed, expected, shown):
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    user.type(edit, typed)
    assert edit.value() == expected
    assert edit.line_edit().text() == shown


def test_date_edit_rejects_impossible_dates(qtbot, user):
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    user.type(edit, "30.2.2025")
    with pytest.raises(ValueError, match=r"TT\.MM\.JJJJ"):
        edit.value()
    assert edit.line_edit().text() == "30.2.2025"  # kept for correcting
    with pytest.raises(ValueError):
        read_date("morgen")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9", time(9)),
        ("9:30", time(9, 30)),
        ("18.15", time(18, 15)),
        ("18 Uhr", time(18)),
        ("", None),
    ],
)
def test_time_edit(qtbot, user, typed, expected):
    edit = OptionalTimeEdit()
    qtbot.addWidget(edit)
    user.type(edit, typed)
    assert edit.value() == expected


def test_time_edit_rejects_nonsense(qtbot, user):
    edit = OptionalTimeEdit()
    qtbot.addWidget(edit)
    user.type(edit, "25:00")
    with pytest.raises(ValueError, match="Uhrzeit"):
        edit.value()


def test_languages_are_typed_or_ticked(qtbot, user):
    edit = TagListEdit(suggestions=("Deutsch", "Arabisch", "Dari"))
    qtbot.addWidget(edit)
    user.type(edit, "Deutsch,  Arabisch ,, Deutsch")
    assert edit.value() == ("Deutsch", "Arabisch")
    edit.toggle("Dari")
    edit.toggle("Deutsch")
    assert edit.value() == ("Arabisch", "Dari")
    assert split_tags("Tigrinya; Somali") == ("Tigrinya", "Somali")


def test_enum_combo_shows_labels_and_optional_entry(qtbot):
    combo = EnumComboBox(Weekday, optional=True)
    qtbot.addWidget(combo)
    assert combo.itemText(0) == "– keine Angabe –"
    assert combo.itemText(1) == "Montag"
    assert combo.value() is None
    combo.set_value(Weekday.FRIDAY)
    assert combo.currentText() == "Freitag"
    assert combo.value() is Weekday.FRIDAY


def test_reading_an_empty_picker_does_not_lose_references_to_none(qtbot, context, user):
    """PySide6 6.12 drops a reference to None per empty QVariant read from Python.

    Enough such reads crash the interpreter ("deallocating None"), so the pickers read
    their own rows in Python instead of ``currentData()`` / ``index.data()``.
    """
    import sys

    picker = RegionPicker()
    qtbot.addWidget(picker)
    picker.set_regions(context.municipalities())
    before = sys.getrefcount(None)
    for _ in range(3000):
        picker.value_or_none()
        picker.filter_model().data(picker.filter_model().index(0, 0), 9999)
    assert sys.getrefcount(None) > before - 500


def test_field_picker_keeps_the_stored_order_so_an_untouched_record_is_not_changed(qtbot):
    picker = FieldOfActionPicker()
    qtbot.addWidget(picker)
    stored = (FieldOfAction.SCHOOL, FieldOfAction.LANGUAGE)

    picker.set_value(stored)
    assert picker.value() == stored

    picker._boxes[FieldOfAction.ELEMENTARY].setChecked(True)
    assert picker.value() == (*stored, FieldOfAction.ELEMENTARY)
