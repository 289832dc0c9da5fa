"""Any record form in a dialog, for records that have no page of their own.

A Bündnispartner link is made from a group's or a Stelle's page ("Bündnispartner
hinzufügen…"); it needs only its small form, prefilled with the side it came from.
Closing it with changes asks first, like leaving a page. ``form_with_buttons`` is the
layout every form dialog shares (also the quick contact and „neu anlegen“ dialogs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from helferapp.domain.errors import UserError, ValidationError
from helferapp.services.records import Record
from helferapp.ui import prompts
from helferapp.ui.context import AppContext


def form_with_buttons(dialog: QDialog, form: QWidget, save: Callable[[], None]) -> QDialogButtonBox:
    """Lay out a record form above Speichern and Abbrechen, as every form dialog has it:
    Speichern runs ``save``, Abbrechen (like Esc) the dialog's ``reject``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(form, 1)
    layout.addWidget(buttons)
    return buttons


class RecordDialog(QDialog):
    """Create or edit one record of ``kind_code`` with its form.

    Signals:
        saved(str): the record with this id was written.
    """

    saved = Signal(str)

    def __init__(
        self,
        context: AppContext,
        kind_code: str,
        title: str,
        record: Record[Any] | None = None,
        defaults: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from helferapp.ui.forms import FORMS

        self.setWindowTitle(title)
        self.form = FORMS[kind_code](context, self)
        self.form.load(record, defaults)
        self.record: Record[Any] | None = None
        self.buttons = form_with_buttons(self, self.form, self.save)
        self.retranslate_ui()
        self.form.setFocus()
        self.form.focusNextChild()

    def retranslate_ui(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Abbrechen"))
        self.form.retranslate_ui()

    def reject(self) -> None:
        """Esc, × and Abbrechen: ask first when something was changed."""
        what = self.tr("Die Eingabe in „%1“").replace("%1", self.windowTitle())
        if self.form.is_dirty() and not prompts.may_close(self, what, self.save):
            return
        super().reject()

    def save(self) -> None:
        """Save and close; validation problems stay visible in the open dialog."""
        try:
            self.record = self.form.save()
        except ValidationError:
            return
        except UserError as error:
            prompts.warn(self, self.tr("Nicht gespeichert"), error.message)
            return
        self.saved.emit(self.record.id)
        self.accept()
