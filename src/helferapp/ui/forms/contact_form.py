"""The form for a Kontaktprotokoll entry, also the body of the quick contact dialog.

A new contact is ours: it starts with our own Helferkreis (``services.own_groups``).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtWidgets import QCheckBox, QLineEdit, QToolButton, QWidget

from helferapp.domain.enums import ContactChannel
from helferapp.domain.records import ContactData, RecordData
from helferapp.services import entities, own_groups
from helferapp.ui.forms.base import RecordForm
from helferapp.ui.forms.choices import (
    person_belongs,
    use_group_choices,
    use_organisation_choices,
    use_person_choices,
)
from helferapp.ui.widgets.date_time_edits import OptionalDateEdit
from helferapp.ui.widgets.enum_combo import EnumComboBox
from helferapp.ui.widgets.searchable_combo import SearchableComboBox
from helferapp.ui.widgets.text_edits import NotesEdit


def in_months(start: date, months: int) -> date:
    """The same day ``months`` later (or the month's last day, e.g. 31.01. → 28.02.)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


class ContactForm(RecordForm):
    """Date, with whom, how, what about, the result and the Wiedervorlage."""

    spec = entities.CONTACTS
    required = ("contact_date", "subject")

    def create_editors(self) -> dict[str, QWidget]:
        follow_up = OptionalDateEdit()
        self.quick_buttons: list[QToolButton] = [
            follow_up.add_quick_button(lambda: date.today() + timedelta(weeks=1)),
            follow_up.add_quick_button(lambda: date.today() + timedelta(weeks=2)),
            follow_up.add_quick_button(lambda: in_months(date.today(), 1)),
        ]
        organisation, group, person = (SearchableComboBox() for _ in range(3))
        use_organisation_choices(organisation, self.context)
        use_group_choices(group, self.context)
        use_person_choices(
            person,
            self.context,
            lambda: (group.value_or_none(), organisation.value_or_none()),
        )
        organisation.valueChanged.connect(self._refilter_persons)
        group.valueChanged.connect(self._refilter_persons)
        return {
            "contact_date": OptionalDateEdit(),
            "organisation_id": organisation,
            "group_id": group,
            "person_id": person,
            "channel": EnumComboBox(ContactChannel),
            "subject": QLineEdit(),
            "result": NotesEdit(lines=4),
            "follow_up_on": follow_up,
            "done": QCheckBox(),
        }

    def sections(self) -> list[tuple[str, tuple[str, ...]]]:
        return [
            (self.tr("Kontakt"), ("contact_date", "organisation_id", "group_id", "person_id")),
            (self.tr("Inhalt"), ("channel", "subject", "result")),
            (self.tr("Wiedervorlage"), ("follow_up_on", "done")),
        ]

    def field_labels(self) -> dict[str, str]:
        return {
            "contact_date": self.tr("Datum"),
            "organisation_id": self.tr("Stelle"),
            "group_id": self.tr("Helferkreis"),
            "person_id": self.tr("Person"),
            "channel": self.tr("Weg"),
            "subject": self.tr("Thema"),
            "result": self.tr("Ergebnis"),
            "follow_up_on": self.tr("Wiedervorlage am"),
            "done": self.tr("Erledigt"),
        }

    def field_hints(self) -> dict[str, str]:
        return {
            "organisation_id": self.tr("Mit welcher Stelle? Name eintippen, z. B. KI"),
            "group_id": self.tr("Welcher Helferkreis?"),
            "person_id": self.tr("optional – Personen der gewählten Stelle / des Helferkreises"),
            "subject": self.tr("z. B. Sprachkurse im Herbst"),
            "done": self.tr("ja, nichts mehr zu tun"),
        }

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        texts = (self.tr("in 1 Woche"), self.tr("in 2 Wochen"), self.tr("in 1 Monat"))
        for button, text in zip(self.quick_buttons, texts, strict=True):
            button.setText(text)
            button.setAccessibleName(self.tr("Wiedervorlage {when}").format(when=text))
            button.setToolTip(self.tr("Wiedervorlage {when} ab heute").format(when=text))

    def default_data(self) -> RecordData:
        return ContactData(
            contact_date=date.today(), group_id=own_groups.default_group_id(self.context.uow())
        )

    def _refilter_persons(self) -> None:
        """List only the persons of the chosen Stelle / Helferkreis (all if none is chosen)."""
        if self._loading:
            return
        persons = self.typed_editor("person_id", SearchableComboBox)
        current = persons.value_or_none()
        group = self.typed_editor("group_id", SearchableComboBox).value_or_none()
        organisation = self.typed_editor("organisation_id", SearchableComboBox).value_or_none()
        if current is not None and not person_belongs(self.context, current, group, organisation):
            persons.set_value(None)
        persons.mark_stale()
