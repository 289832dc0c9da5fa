"""The Übersicht's open Wiedervorlagen: the list, the switch to "alle", Erledigt, Öffnen.

It is its own module because it is the one part of the start page that changes records
(Erledigt, which Strg+Z takes back) and that knows our own group, apart from the counts,
the search and the recent changes the page only shows. Overdue ones are marked in red
and with the word "überfällig", so colour is not the only hint. With an own group
(``services.own_groups``) the list is ours first — a neighbour's imported file must not
bury it — with a visible switch to "alle". Its texts keep the page's translation
context ("OverviewPage").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.services import follow_ups, queries, records
from helferapp.services.entities import CONTACTS
from helferapp.ui import prompts
from helferapp.ui.context import AppContext
from helferapp.ui.models.columns import FOLLOW_UP_COLUMNS
from helferapp.ui.models.table_model import RecordTableModel
from helferapp.ui.pages.table import small_table
from helferapp.ui.texts import plural
from helferapp.ui.undo import Change, UndoStep

FOLLOW_UP_DAYS = 14
FOLLOW_UP_LIMIT = 100  # the most overdue; all of them are in the Kontaktprotokoll


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewPage", text)


class FollowUpPanel(QGroupBox):
    """The open Wiedervorlagen of the next 14 days; see the module docstring.

    Signals:
        navigate(kind_code, record_id): open that contact.
        changed(kind_code, record_id, step): a Wiedervorlage was marked erledigt.
        message(text): a short note for the status bar.
        reload_requested: the switch to "alle" was flipped or the list changed.
    """

    navigate = Signal(str, str)
    changed = Signal(str, str, object)
    message = Signal(str)
    reload_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._total = 0
        self._others = 0
        self._own_groups: tuple[str, ...] = ()
        self.model = RecordTableModel(FOLLOW_UP_COLUMNS, self, warn=lambda item: item[1].overdue)
        self.view = small_table(self.model, self)
        self.view.activated.connect(lambda _index: self.open_current())
        self.view.selectionModel().currentRowChanged.connect(lambda *_args: self.update_buttons())
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.show_all = QCheckBox(self)
        self.show_all.toggled.connect(lambda _checked: self.reload_requested.emit())
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.show_all)
        box.addWidget(self.view)
        box.addWidget(self.empty)
        box.addLayout(buttons)

    def reload(self, own_groups: tuple[str, ...]) -> None:
        """Fetch the due Wiedervorlagen: ours only while the switch is off."""
        self._own_groups = own_groups
        ours = () if self.show_all.isChecked() else own_groups
        due = queries.due_follow_ups(
            self.context.uow(), date.today(), FOLLOW_UP_DAYS, FOLLOW_UP_LIMIT, own_groups=ours
        )
        self._total = due.total
        self._others = due.others
        self.model.set_rows([(row.contact_id, row) for row in due.rows])
        if due.rows:
            self.view.selectRow(0)

    def retranslate_ui(self) -> None:
        filtered = bool(self._own_groups) and not self.show_all.isChecked()
        title = (
            _tr("Unsere offenen Wiedervorlagen (nächste 14 Tage)")
            if filtered
            else _tr("Offene Wiedervorlagen (nächste 14 Tage)")
        )
        shown = self.model.rowCount()
        if self._total > shown:
            title = _tr("%1: die %2 dringendsten von %3").replace("%1", title)
            title = title.replace("%2", str(shown))
            title = title.replace("%3", f"{self._total:,}".replace(",", "."))
        self.setTitle(title)
        self.show_all.setVisible(bool(self._own_groups))
        self.show_all.setText(
            plural(
                "OverviewPage",
                "&Alle zeigen, auch die anderer Helferkreise (%n weitere)",
                self._others,
            )
            if filtered and self._others
            else _tr("&Alle zeigen, auch die anderer Helferkreise")
        )
        self.show_all.setToolTip(
            _tr(
                "Aus: nur die Wiedervorlagen unseres Helferkreises (und unsere ohne "
                "Helferkreis). An: alle, z. B. aus importierten Dateien."
            )
        )
        self.view.setAccessibleName(_tr("Offene Wiedervorlagen"))
        self.done_button.setText(_tr("&Erledigt"))
        self.done_button.setToolTip(_tr("Die gewählte Wiedervorlage als erledigt markieren"))
        self.open_button.setText(_tr("Kontakt ö&ffnen"))
        self.empty.setText(
            _tr(
                "Keine Wiedervorlagen fällig. Beim Erfassen eines Kontakts (Strg+K) "
                "lässt sich ein Datum für die Wiedervorlage eintragen."
            )
        )
        self.model.retranslate()

    def update_empty_state(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.update_buttons()

    def update_buttons(self) -> None:
        selected = self.view.currentIndex().isValid()
        self.done_button.setEnabled(selected and self.model.rowCount() > 0)
        self.open_button.setEnabled(selected and self.model.rowCount() > 0)

    def _current(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def mark_done(self) -> None:
        """Mark the chosen Wiedervorlage as erledigt (Strg+Z takes it back)."""
        contact_id = self._current()
        if contact_id is None:
            return
        try:
            before = records.get(self.context.uow(), CONTACTS, contact_id)
            follow_ups.mark_done(self.context.uow(), contact_id)
        except UserError as error:
            prompts.warn(self, _tr("Nicht gespeichert"), error.message)
            return
        step = UndoStep(Change.EDITED, "contact", contact_id, before.data.subject, before.data)
        self.changed.emit("contact", contact_id, step)
        self.reload_requested.emit()
        self.message.emit(_tr("Erledigt: %1").replace("%1", before.data.subject))

    def open_current(self) -> None:
        contact_id = self._current()
        if contact_id is not None:
            self.navigate.emit("contact", contact_id)

    def contact_defaults(self) -> dict[str, str]:
        """The chosen Wiedervorlage's group and Stelle, while the list has the keyboard."""
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.hasFocus():
            return {}
        row = self.model.row_at(index.row())[1]
        defaults = {"group_id": row.group_id, "organisation_id": row.organisation_id}
        return {key: value for key, value in defaults.items() if value}
