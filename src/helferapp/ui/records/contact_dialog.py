"""The quick Kontaktprotokoll: log a contact in a few seconds, from anywhere (Strg+K).

Opens prefilled (the selected group or Stelle, today, Telefon), so usually only the Stelle,
the Thema and perhaps a Wiedervorlage need typing. Strg+Enter saves from any field, and
Enter does too unless it is picking an entry from a list. Closing it with something
typed in (Esc, ×, Abbrechen) asks first: Speichern / Verwerfen / Abbrechen.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from helferapp.domain.errors import UserError, ValidationError
from helferapp.domain.records import ContactData
from helferapp.ui import prompts
from helferapp.ui.context import AppContext
from helferapp.ui.forms.contact_form import ContactForm
from helferapp.ui.forms.fields import refresh_layouts
from helferapp.ui.records.record_dialog import form_with_buttons


class ContactDialog(QDialog):
    """A new Kontakt in a dialog; see the module docstring.

    Signals:
        saved(str): the contact was written; the argument is its id.
    """

    saved = Signal(str)

    def __init__(
        self,
        context: AppContext,
        defaults: ContactData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.form = ContactForm(context, self)
        defaults = defaults or ContactData()
        if defaults.contact_date is None:
            defaults = dataclasses.replace(defaults, contact_date=date.today())
        self.form.load(None, defaults)
        self.buttons = form_with_buttons(self, self.form, self.save)
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setDefault(True)
        save_button.setAutoDefault(True)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)
        self.retranslate_ui()
        self._focus_first_empty()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Kontakt erfassen"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Speichern"))
        save.setToolTip(self.tr("Speichern (Strg+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))

    def _focus_first_empty(self) -> None:
        data = self.form.data()
        assert isinstance(data, ContactData)
        if data.organisation_id is None and data.group_id is None:
            self.form.editor("organisation_id").setFocus()
        else:
            self.form.editor("subject").setFocus()

    def _grow_to_fit(self) -> None:
        """Grow (never shrink) so that the messages fit, within the screen."""
        refresh_layouts(self)
        wanted = self.sizeHint()
        screen = self.screen().availableGeometry() if self.screen() else None
        width = max(self.width(), wanted.width())
        height = max(self.height(), wanted.height())
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height() - 40)
        self.resize(width, height)

    def reject(self) -> None:
        """Esc, × and Abbrechen: ask first when something was typed in."""
        what = self.tr("Der neue Kontakt")
        if self.form.is_dirty() and not prompts.may_close(self, what, self.save):
            return
        super().reject()

    def save(self) -> None:
        """Save and close; problems are shown in the dialog, which stays open."""
        try:
            record = self.form.save()
        except ValidationError:
            QTimer.singleShot(0, self._grow_to_fit)  # the messages made the form taller
            return
        except UserError as error:
            QMessageBox.warning(self, self.tr("Kontakt nicht gespeichert"), error.message)
            return
        self.saved.emit(record.id)
        self.accept()
