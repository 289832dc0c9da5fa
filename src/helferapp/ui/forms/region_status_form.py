"""The form for the Integrationskonzept / KI status of a Kreis or Gemeinde.

A Gebiet whose status was never recorded shows "– nicht erfasst –", not "keins": the
form must never offer a value the user did not enter, and saving an untouched form
records nothing. Whoever records one status must choose the other too (even "keins" is
a statement about the Gebiet).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from helferapp.domain.enums import ConceptStatus, KIStatus, LabelledEnum
from helferapp.domain.errors import FieldError, ValidationError
from helferapp.domain.records import RecordData
from helferapp.services import entities
from helferapp.services.records import Record
from helferapp.services.regions import list_districts
from helferapp.ui.forms.base import RecordForm
from helferapp.ui.widgets.date_time_edits import OptionalDateEdit
from helferapp.ui.widgets.enum_combo import EnumComboBox
from helferapp.ui.widgets.region_pickers import RegionPicker
from helferapp.ui.widgets.text_edits import NotesEdit


class StatusCombo(EnumComboBox):
    """A status choice that can say "nicht erfasst" for a Gebiet without a record.

    While "nicht erfasst" is shown, ``value`` answers the stored default so that an
    untouched form does not count as changed; ``unrecorded`` tells the form the truth.
    """

    def __init__(self, enum_type: type[LabelledEnum], parent: QWidget | None = None) -> None:
        super().__init__(enum_type, parent, optional=True)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setItemText(0, self.tr("– nicht erfasst –"))

    def unrecorded(self) -> bool:
        return super().value() is None

    def show_unrecorded(self) -> None:
        self.setCurrentIndex(0)

    def value(self) -> LabelledEnum | None:
        chosen = super().value()
        return chosen if chosen is not None else self.members()[1]


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
            "concept_status": StatusCombo(ConceptStatus),
            "concept_date": OptionalDateEdit(),
            "ki_status": StatusCombo(KIStatus),
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
        if not fixed:
            for name in STATUS_FIELDS:
                self.typed_editor(name, StatusCombo).show_unrecorded()

    def save(self) -> Record[Any]:
        """Refuse to save a new status with a choice left at "nicht erfasst"."""
        if self.record_id() is None:
            missing = [
                FieldError(
                    name,
                    self.tr("Bitte den Stand wählen – auch „keins“ ist eine Angabe."),
                )
                for name in STATUS_FIELDS
                if self.typed_editor(name, StatusCombo).unrecorded()
            ]
            if missing:
                error = ValidationError(missing)
                self.show_errors(error)
                raise error
        return super().save()


STATUS_FIELDS = ("concept_status", "ki_status")
