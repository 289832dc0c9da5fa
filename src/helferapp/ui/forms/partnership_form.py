"""The form for a Bündnispartner link between a Helferkreis and a Stelle."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from helferapp.domain.enums import PartnershipKind
from helferapp.domain.records import RecordData
from helferapp.services import entities
from helferapp.ui.forms.base import RecordForm
from helferapp.ui.forms.choices import use_group_choices, use_organisation_choices
from helferapp.ui.widgets.enum_combo import EnumComboBox
from helferapp.ui.widgets.searchable_combo import SearchableComboBox
from helferapp.ui.widgets.text_edits import NotesEdit


class PartnershipForm(RecordForm):
    """Which group works with which Stelle, and how.

    The pair identifies the link (the same pair entered on two laptops is one record), so
    it is fixed once saved; to link other partners, make a new entry.
    """

    spec = entities.PARTNERSHIPS
    required = ("group_id", "organisation_id")

    def create_editors(self) -> dict[str, QWidget]:
        group = SearchableComboBox(empty_key="")
        organisation = SearchableComboBox(empty_key="")
        use_group_choices(group, self.context)
        use_organisation_choices(organisation, self.context)
        return {
            "group_id": group,
            "organisation_id": organisation,
            "kind": EnumComboBox(PartnershipKind),
            "notes": NotesEdit(),
        }

    def sections(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(self.tr("Bündnispartner"), ("group_id", "organisation_id", "kind", "notes"))]

    def field_labels(self) -> dict[str, str]:
        return {
            "group_id": self.tr("Helferkreis"),
            "organisation_id": self.tr("Stelle"),
            "kind": self.tr("Art der Partnerschaft"),
            "notes": self.tr("Notizen"),
        }

    def field_hints(self) -> dict[str, str]:
        return {
            "group_id": self.tr("Helferkreis eintippen oder auswählen"),
            "organisation_id": self.tr("Stelle eintippen oder auswählen"),
        }

    def on_loaded(self, data: RecordData) -> None:
        fixed = self.record_id() is not None
        for name in ("group_id", "organisation_id"):
            editor = self.editor(name)
            editor.setEnabled(not fixed)
            editor.setToolTip(
                self.tr("Gespeicherte Partner lassen sich nicht tauschen – bitte neu anlegen.")
                if fixed
                else self.field_hints()[name]
            )
