"""Record or withdraw a person's Einwilligung (consent) in one dialog.

Only the consent fields are written (``records.patch``), so the dialog can be used while
the person's form holds other unsaved edits.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.enums import ConsentScope
from helferapp.domain.errors import FieldError, UserError, ValidationError
from helferapp.domain.records import PersonData
from helferapp.domain.validation import format_date
from helferapp.services import entities, records
from helferapp.ui import prompts
from helferapp.ui.context import AppContext
from helferapp.ui.widgets.date_time_edits import OptionalDateEdit
from helferapp.ui.widgets.enum_combo import enum_text
from helferapp.ui.widgets.error_label import ErrorLabel

_SCOPE_FIELDS = {
    ConsentScope.INTERNAL: "consent_internal",
    ConsentScope.SHARE: "consent_share",
    ConsentScope.PRINT: "consent_print",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsentStatus", text)


def consent_status(data: PersonData) -> tuple[str, bool]:
    """A one-line summary of the consent, and whether contact data may leave the group.

    E.g. ("Einwilligung vom 01.03.2025: intern, weitergeben, drucken", True) or
    ("Keine Einwilligung – Kontaktdaten werden nicht weitergegeben oder gedruckt", False).
    """
    if data.consent_given_on is None:
        return _tr(
            "Keine Einwilligung – Kontaktdaten werden nicht weitergegeben oder gedruckt"
        ), False
    if data.consent_withdrawn_on is not None:
        text = _tr(
            "Einwilligung widerrufen am {date} – Kontaktdaten werden nicht weitergegeben "
            "oder gedruckt"
        )
        return text.format(date=format_date(data.consent_withdrawn_on)), False
    short = {
        ConsentScope.INTERNAL: _tr("intern"),
        ConsentScope.SHARE: _tr("weitergeben"),
        ConsentScope.PRINT: _tr("drucken"),
    }
    allowed = [short[scope] for scope in data.consent_scopes]
    denied = [short[scope] for scope in ConsentScope if scope not in data.consent_scopes]
    given = format_date(data.consent_given_on)
    if not allowed:
        text = _tr(
            "Einwilligung vom {date}, aber für keinen Zweck – Kontaktdaten werden nicht "
            "weitergegeben oder gedruckt"
        )
        return text.format(date=given), False
    text = _tr("Einwilligung vom {date}: {allowed}").format(date=given, allowed=", ".join(allowed))
    if denied:
        text += " – " + _tr("nicht: {denied}").format(denied=", ".join(denied))
    return (
        text,
        ConsentScope.SHARE in data.consent_scopes or ConsentScope.PRINT in data.consent_scopes,
    )


class ConsentDialog(QDialog):
    """Date of consent, its three scopes, and the withdrawal, for one person.

    Signals:
        saved(str): the person's consent was written; the argument is the person id.
    """

    saved = Signal(str)

    def __init__(self, context: AppContext, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id = person_id
        self._person: PersonData | None = None
        self.setMinimumWidth(560)

        self._heading = QLabel(self)
        heading_font = QFont(self._heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        self._heading.setFont(heading_font)
        self._explanation = QLabel(self)
        self._explanation.setWordWrap(True)
        self._general_error = ErrorLabel(self)

        self.given_on = OptionalDateEdit(self)
        self._given_label = QLabel(self)
        self._given_label.setBuddy(self.given_on)
        self._given_error = ErrorLabel(self)
        self.scope_boxes = {scope: QCheckBox(self) for scope in ConsentScope}
        self._scopes_label = QLabel(self)
        self._scopes_label.setBuddy(self.scope_boxes[ConsentScope.INTERNAL])
        self.withdrawn = QCheckBox(self)
        self.withdrawn_on = OptionalDateEdit(self)
        self._withdrawn_label = QLabel(self)
        self._withdrawn_label.setBuddy(self.withdrawn)
        self._withdrawn_error = ErrorLabel(self)
        self.withdrawn.toggled.connect(self._on_withdrawn_toggled)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(self._given_label, self._stack(self.given_on, self._given_error))
        scopes = QVBoxLayout()
        for box in self.scope_boxes.values():
            scopes.addWidget(box)
        form.addRow(self._scopes_label, scopes)
        withdrawal = QHBoxLayout()
        withdrawal.addWidget(self.withdrawn)
        withdrawal.addWidget(self.withdrawn_on)
        withdrawal.addStretch(1)
        withdrawal_box = QVBoxLayout()
        withdrawal_box.setSpacing(2)
        withdrawal_box.addLayout(withdrawal)
        withdrawal_box.addWidget(self._withdrawn_error)
        form.addRow(self._withdrawn_label, withdrawal_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.setAutoDefault(False)
        self.withdraw_button.clicked.connect(self.withdraw)
        button_row = QHBoxLayout()
        button_row.addWidget(self.withdraw_button)
        button_row.addStretch(1)
        button_row.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._explanation)
        layout.addWidget(self._general_error)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(button_row)
        self.retranslate_ui()
        self._load()
        self._initial = self._current()

    def _current(self) -> dict[str, Any] | None:
        try:
            return self.changes()
        except ValidationError:
            return None

    def reject(self) -> None:
        """Esc, × and Abbrechen: ask first when the consent was changed but not saved."""
        current = self._current()
        changed = current is None or current != self._initial
        if changed and not prompts.may_close(self, self.tr("Die Einwilligung"), self.save):
            return
        super().reject()

    @staticmethod
    def _stack(*widgets: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        for widget in widgets:
            box.addWidget(widget)
        return box

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Einwilligung erfassen"))
        name = self._person.name if self._person else ""
        self._heading.setText(self.tr("Einwilligung von {name}").format(name=name))
        self._explanation.setText(
            self.tr(
                "Kontaktdaten einer Person dürfen nur so genutzt werden, wie sie es erlaubt "
                "hat. Bitte eintragen, wann die Person zugestimmt hat und wozu:\n"
                "• intern: nur im eigenen Helferkreis nutzen,\n"
                "• weitergeben: an andere Helferkreise und Stellen (z. B. beim Austausch),\n"
                "• drucken: auf Kontaktblättern und Aushängen.\n"
                "Widerruft die Person ihre Einwilligung, hier „Widerrufen“ wählen. Dann "
                "werden ihre Kontaktdaten nicht mehr weitergegeben oder gedruckt."
            )
        )
        self._given_label.setText(self.tr("Einwilligung erteilt am:"))
        self.given_on.setAccessibleName(self.tr("Einwilligung erteilt am"))
        self._scopes_label.setText(self.tr("Die Person erlaubt:"))
        for scope, box in self.scope_boxes.items():
            box.setText(enum_text(scope))
            box.setAccessibleName(self.tr("Erlaubt: {scope}").format(scope=enum_text(scope)))
        self._withdrawn_label.setText(self.tr("Widerruf:"))
        self.withdrawn.setText(self.tr("widerrufen am:"))
        self.withdrawn.setAccessibleName(self.tr("Einwilligung wurde widerrufen"))
        self.withdrawn_on.setAccessibleName(self.tr("Widerrufen am"))
        self.withdraw_button.setText(self.tr("Widerrufen"))
        self.withdraw_button.setToolTip(
            self.tr("Die Person hat ihre Einwilligung zurückgenommen (Datum: heute, änderbar)")
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))

    def _load(self) -> None:
        try:
            record = records.get(self.context.uow(), entities.PERSONS, self.person_id)
        except UserError as error:
            self._general_error.set_messages([error.message])
            for widget in (self.given_on, self.withdrawn, self.withdrawn_on, self.withdraw_button):
                widget.setEnabled(False)
            for box in self.scope_boxes.values():
                box.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        data = record.data
        self._person = data
        self.retranslate_ui()
        self.given_on.set_value(data.consent_given_on or date.today())
        for scope, box in self.scope_boxes.items():
            box.setChecked(bool(getattr(data, _SCOPE_FIELDS[scope])))
        self.withdrawn.setChecked(data.consent_withdrawn_on is not None)
        self.withdrawn_on.set_value(data.consent_withdrawn_on)
        self._on_withdrawn_toggled(self.withdrawn.isChecked())

    def withdraw(self) -> None:
        """Mark the consent as withdrawn today (the date stays editable until saved)."""
        self.withdrawn.setChecked(True)
        if self.withdrawn_on.line_edit().text().strip() == "":
            self.withdrawn_on.set_value(date.today())
        self.withdrawn_on.setFocus()

    def _on_withdrawn_toggled(self, checked: bool) -> None:
        self.withdrawn_on.setEnabled(checked)
        self.withdraw_button.setEnabled(not checked)
        if checked and not self.withdrawn_on.line_edit().text().strip():
            self.withdrawn_on.set_value(date.today())

    def changes(self) -> dict[str, Any]:
        """The consent fields as entered; raises ``ValidationError`` for unreadable dates."""
        problems = []
        values: dict[str, Any] = {}
        for name, edit in (
            ("consent_given_on", self.given_on),
            ("consent_withdrawn_on", self.withdrawn_on),
        ):
            try:
                values[name] = edit.value()
            except ValueError as error:
                problems.append((name, str(error)))
                values[name] = None
        if not self.withdrawn.isChecked():
            values["consent_withdrawn_on"] = None
            problems = [problem for problem in problems if problem[0] != "consent_withdrawn_on"]
        elif values["consent_withdrawn_on"] is None and not problems:
            problems.append(
                ("consent_withdrawn_on", self.tr("Bitte das Datum des Widerrufs eingeben."))
            )
        if problems:
            raise ValidationError([FieldError(name, message) for name, message in problems])
        for scope, field in _SCOPE_FIELDS.items():
            values[field] = self.scope_boxes[scope].isChecked()
        return values

    def save(self) -> None:
        """Write the consent; on problems show them in the dialog and stay open."""
        self._clear_errors()
        try:
            changes = self.changes()
            records.patch(self.context.uow(), entities.PERSONS, self.person_id, changes)
        except ValidationError as error:
            self._show_errors(error)
            return
        except UserError as error:
            self._general_error.set_messages([error.message])
            return
        self.saved.emit(self.person_id)
        self.accept()

    def _clear_errors(self) -> None:
        for label in (self._general_error, self._given_error, self._withdrawn_error):
            label.set_messages([])

    def _show_errors(self, error: ValidationError) -> None:
        given = error.for_field("consent_given_on")
        withdrawn = error.for_field("consent_withdrawn_on")
        other = [
            item.message
            for item in error.errors
            if item.field not in ("consent_given_on", "consent_withdrawn_on")
        ]
        self._given_error.set_messages(given)
        self._withdrawn_error.set_messages(withdrawn)
        if other:
            self._general_error.set_messages(
                [self.tr("Die Person kann so nicht gespeichert werden:"), *other]
            )
        if given:
            self.given_on.setFocus()
        elif withdrawn:
            self.withdrawn_on.setFocus()
