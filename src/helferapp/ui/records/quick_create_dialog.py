"""„„X“ neu anlegen …“: a small dialog that makes the record a picker did not find.

It saves the new record on its own, in one transaction with nothing else (the form the
picker belongs to stays unsaved until its own Speichern). Esc or Abbrechen closes it
without a record — after asking, if more than the typed name was entered — and the
picker keeps the typed text.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from helferapp.domain.errors import UserError, ValidationError
from helferapp.domain.records import RecordData
from helferapp.ui import prompts
from helferapp.ui.context import AppContext
from helferapp.ui.forms.fields import refresh_layouts
from helferapp.ui.records.record_dialog import form_with_buttons


class QuickCreateDialog(QDialog):
    """Create one record of ``kind_code``; ``created_id`` holds its id after Speichern."""

    def __init__(
        self,
        context: AppContext,
        kind_code: str,
        defaults: RecordData,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from helferapp.ui.forms.quick_forms import QUICK_FORMS

        self.kind_code = kind_code
        self.created_id: str | None = None
        self.form = QUICK_FORMS[kind_code](context, self)
        self.form.load(None, defaults)
        self.buttons = form_with_buttons(self, self.form, self.save)
        self.setMinimumWidth(520)
        self.retranslate_ui()
        refresh_layouts(self)
        first = self.form.editor(self.form.field_names()[0])
        first.setFocus()

    def retranslate_ui(self) -> None:
        titles = {
            "group": self.tr("Neuen Helferkreis anlegen"),
            "organisation": self.tr("Neue Stelle anlegen"),
            "person": self.tr("Neue Person anlegen"),
        }
        self.setWindowTitle(titles[self.kind_code])
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Speichern"))
        save.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Abbrechen"))

    def save(self) -> None:
        """Save and close; problems stay visible in the open dialog."""
        try:
            record = self.form.save()
        except ValidationError:
            return
        except UserError as error:
            prompts.warn(self, self.tr("Nicht gespeichert"), error.message)
            return
        self.created_id = record.id
        self.accept()

    def reject(self) -> None:
        """Esc, × and Abbrechen: back to the picker; ask first if more was typed in."""
        what = self.tr("Der neue Eintrag")
        if self.form.is_dirty() and not prompts.may_close(self, what, self.save):
            return
        super().reject()
