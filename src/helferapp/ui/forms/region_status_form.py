"""The form for the Integrationskonzept / KI status of a Kreis or Gemeinde."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from helferapp.domain.enums import ConceptStatus, KIStatus
from helferapp.domain.records import RecordData
from helferapp.services import entities
from helferapp.services.regions import list_districts
from helferapp.ui.forms.base import RecordForm
from helferapp.ui.widgets.date_time_edits import OptionalDateEdit
from helferapp.ui.widgets.enum_combo import EnumComboBox
from helferapp.ui.widgets.region_pickers import RegionPicker
from helferapp.ui.widgets.text_edits import NotesEdit


class RegionStatusForm(RecordForm):
    """Integrationskonzept and KI of one Gebiet, with source and date of the check.

    The Gebiet identifies the record, so it is fixed once saved.
    """

    spec = entities.REGION_STATUSES
    required = ("ags",)

    def create_editors(self) -> dict[str, QWidget]:
        region = RegionPicker(empty_key="")
        region.set_regions([*list_districts(self.context.uow()), *self.context.municipalities()])
        return {
            "ags": region,
            "concept_status": EnumComboBox(ConceptStatus),
            "concept_date": OptionalDateEdit(),
            "ki_status": EnumComboBox(KIStatus),
            "ki_date": OptionalDateEdit(),
            "integration_guide": QCheckBox(),
            "source": QLineEdit(),
            "checked_on": OptionalDateEdit(),
            "notes": NotesEdit(),
        }

    def sections(self) -> list[tuple[str, tuple[str, ...]]]:
        return [
            (self.tr("Gebiet"), ("ags",)),
            (self.tr("Integrationskonzept"), ("concept_status", "concept_date")),
            (self.tr("Kommunales Integrationszentrum (KI)"), ("ki_status", "ki_date")),
            (self.tr("Integrationslotsin"), ("integration_guide",)),
            (self.tr("Quelle"), ("source", "checked_on", "notes")),
        ]

    def field_labels(self) -> dict[str, str]:
        return {
            "ags": self.tr("Kreis oder Gemeinde"),
            "concept_status": self.tr("Stand"),
            "concept_date": self.tr("Datum"),
            "ki_status": self.tr("Stand"),
            "ki_date": self.tr("Datum"),
            "integration_guide": self.tr("Integrationslotsin"),
            "source": self.tr("Quelle"),
            "checked_on": self.tr("Geprüft am"),
            "notes": self.tr("Notizen"),
        }

    def field_hints(self) -> dict[str, str]:
        return {
            "ags": self.tr("Name eintippen, z. B. Landkreis Augsburg oder Gersthofen"),
            "source": self.tr("z. B. Internetseite des Landratsamts, Telefonat mit dem KI"),
            "concept_date": self.tr("Wann beschlossen (oder seit wann in Arbeit)?"),
            "ki_date": self.tr("Seit wann gibt es das KI (oder seit wann ist es geplant)?"),
            "integration_guide": self.tr("vorhanden"),
        }

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.editor("concept_status").setAccessibleName(self.tr("Stand des Integrationskonzepts"))
        self.editor("concept_date").setAccessibleName(self.tr("Datum des Integrationskonzepts"))
        self.editor("ki_status").setAccessibleName(self.tr("Stand des KI"))
        self.editor("ki_date").setAccessibleName(self.tr("Datum des KI"))
        self.editor("integration_guide").setAccessibleName(self.tr("Integrationslotsin vorhanden"))

    def on_loaded(self, data: RecordData) -> None:
        fixed = self.record_id() is not None
        self.editor("ags").setEnabled(not fixed)
