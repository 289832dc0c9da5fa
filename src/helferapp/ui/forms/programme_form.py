"""The form for an Angebot; a new one starts with our own Helferkreis (if we have one)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from helferapp.domain.enums import Weekday
from helferapp.domain.records import ProgrammeData, RecordData
from helferapp.services import entities, own_groups
from helferapp.ui.forms.base import RecordForm
from helferapp.ui.forms.choices import use_group_choices, use_organisation_choices
from helferapp.ui.widgets.date_time_edits import OptionalDateEdit, OptionalTimeEdit
from helferapp.ui.widgets.enum_combo import EnumComboBox
from helferapp.ui.widgets.field_picker import FieldOfActionPicker
from helferapp.ui.widgets.region_pickers import RegionPicker
from helferapp.ui.widgets.searchable_combo import SearchableComboBox
from helferapp.ui.widgets.tag_list_edit import COMMON_LANGUAGES, TagListEdit
from helferapp.ui.widgets.text_edits import NotesEdit


class ProgrammeForm(RecordForm):
    """What an Angebot is, who runs it, where and when."""

    spec = entities.PROGRAMMES
    required = ("title", "fields")

    def create_editors(self) -> dict[str, QWidget]:
        region = RegionPicker()
        region.set_regions(self.context.municipalities())
        group, organisation = SearchableComboBox(), SearchableComboBox()
        use_group_choices(group, self.context)
        use_organisation_choices(organisation, self.context)
        return {
            "title": QLineEdit(),
            "group_id": group,
            "organisation_id": organisation,
            "fields": FieldOfActionPicker(),
            "target_group": QLineEdit(),
            "languages": TagListEdit(suggestions=COMMON_LANGUAGES),
            "location": QLineEdit(),
            "region_ags": region,
            "weekday": EnumComboBox(Weekday, optional=True),
            "start_time": OptionalTimeEdit(),
            "end_time": OptionalTimeEdit(),
            "schedule_text": QLineEdit(),
            "starts_on": OptionalDateEdit(),
            "ends_on": OptionalDateEdit(),
            "registration_required": QCheckBox(),
            "childcare": QCheckBox(),
            "accessible": QCheckBox(),
            "cost": QLineEdit(),
            "notes": NotesEdit(),
        }

    def default_data(self) -> RecordData:
        return ProgrammeData(group_id=own_groups.default_group_id(self.context.uow()))

    def sections(self) -> list[tuple[str, tuple[str, ...]]]:
        return [
            (self.tr("Angebot"), ("title", "group_id", "organisation_id", "fields")),
            (self.tr("Für wen"), ("target_group", "languages")),
            (self.tr("Wo"), ("location", "region_ags")),
            (
                self.tr("Wann"),
                ("weekday", "start_time", "end_time", "schedule_text", "starts_on", "ends_on"),
            ),
            (
                self.tr("Gut zu wissen"),
                ("registration_required", "childcare", "accessible", "cost", "notes"),
            ),
        ]

    def field_labels(self) -> dict[str, str]:
        return {
            "title": self.tr("Titel"),
            "group_id": self.tr("Helferkreis"),
            "organisation_id": self.tr("Stelle"),
            "fields": self.tr("Handlungsfelder"),
            "target_group": self.tr("Zielgruppe"),
            "languages": self.tr("Sprachen"),
            "location": self.tr("Ort"),
            "region_ags": self.tr("Gemeinde"),
            "weekday": self.tr("Wochentag"),
            "start_time": self.tr("Uhrzeit von"),
            "end_time": self.tr("Uhrzeit bis"),
            "schedule_text": self.tr("Termine (frei)"),
            "starts_on": self.tr("Zeitraum von"),
            "ends_on": self.tr("Zeitraum bis"),
            "registration_required": self.tr("Anmeldung"),
            "childcare": self.tr("Kinderbetreuung"),
            "accessible": self.tr("Barrierefrei"),
            "cost": self.tr("Kosten"),
            "notes": self.tr("Notizen"),
        }

    def field_hints(self) -> dict[str, str]:
        return {
            "title": self.tr("z. B. Deutschkurs für Anfängerinnen"),
            "group_id": self.tr("Welcher Helferkreis macht das Angebot? (Name eintippen)"),
            "organisation_id": self.tr("oder welche Stelle? (Name eintippen)"),
            "target_group": self.tr("z. B. Frauen mit kleinen Kindern"),
            "languages": self.tr("durch Komma getrennt, z. B. Deutsch, Arabisch"),
            "location": self.tr("z. B. Pfarrheim St. Peter, Hauptstraße 3"),
            "region_ags": self.tr("Gemeinde eintippen, z. B. Gersthofen"),
            "schedule_text": self.tr("z. B. jeden ersten Samstag im Monat"),
            "cost": self.tr("z. B. kostenlos, 2 € pro Termin"),
            "registration_required": self.tr("nötig"),
            "childcare": self.tr("wird angeboten"),
            "accessible": self.tr("ja, barrierefrei zugänglich"),
        }
