"""Übersicht, the start page: what is there, what is due, what changed, what to do next.

It is the first thing a volunteer sees, so it loads first and fast (a few counts and
two short lists), answers "what do I have to do?" with the open Wiedervorlagen (overdue
ones marked in red and with the word "überfällig", so colour is not the only hint), and
on an empty database says how to begin instead of showing empty tables.

With an own group (``services.own_groups``) the Wiedervorlagen are ours first — a
neighbour's imported file must not bury them — with a visible switch to "alle"; the
list names each one's Helferkreis. A gentle line reminds when the last backup copy on
another disk is older than the chosen number of days (``services.backup_copies``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.services import (
    backup_copies,
    follow_ups,
    info,
    own_groups,
    queries,
    records,
    search,
)
from helferapp.services.entities import CONTACTS
from helferapp.ui import prompts
from helferapp.ui.context import AppContext
from helferapp.ui.models.columns import FOLLOW_UP_COLUMNS, RECENT_COLUMNS
from helferapp.ui.models.display import kind_label
from helferapp.ui.models.table_model import RecordTableModel
from helferapp.ui.pages.base import Heading, Page
from helferapp.ui.texts import QT_TRANSLATE_NOOP
from helferapp.ui.undo import Change, UndoStep

FOLLOW_UP_DAYS = 14
FOLLOW_UP_LIMIT = 100  # the most overdue; all of them are in the Kontaktprotokoll
COUNTED = (
    ("group", QT_TRANSLATE_NOOP("OverviewPage", "Helferkreise")),
    ("programme", QT_TRANSLATE_NOOP("OverviewPage", "Angebote")),
    ("organisation", QT_TRANSLATE_NOOP("OverviewPage", "Stellen")),
    ("person", QT_TRANSLATE_NOOP("OverviewPage", "Personen")),
    ("contact", QT_TRANSLATE_NOOP("OverviewPage", "Kontakte")),
)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def _small_table(model: RecordTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    unit = view.fontMetrics().averageCharWidth()
    for number, column in enumerate(model.columns()):
        view.setColumnWidth(number, column.width * unit + 16)
    return view


class OverviewPage(Page):
    """The start page; see the module docstring.

    Signals:
        page_requested(kind_code): show the page of that kind (from a count button).
        backup_copy_requested: the user wants a backup copy elsewhere (from the reminder).
    """

    page_requested = Signal(str)
    backup_copy_requested = Signal()
    nav_title = QT_TRANSLATE_NOOP("OverviewPage", "Übersicht")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._counts: dict[str, int] = {}
        self._follow_up_total = 0
        self._follow_up_others = 0
        self._own_groups: tuple[str, ...] = ()
        self._backup_due = False
        self._backup_state: backup_copies.CopyState | None = None
        self.heading = Heading("", parent=self)
        self.file_label = QLabel(self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_steps = QLabel(self)
        self.next_steps.setWordWrap(True)
        self.next_steps.setTextFormat(Qt.TextFormat.PlainText)
        self.first_group_button = QPushButton(self)
        self.first_group_button.clicked.connect(lambda: self.create_requested.emit("group", None))

        self.count_box = QGroupBox(self)
        grid = QGridLayout(self.count_box)
        self.count_buttons: dict[str, QPushButton] = {}
        for number, (kind, _title) in enumerate(COUNTED):
            button = QPushButton(self.count_box)
            button.setFlat(False)
            button.clicked.connect(lambda _checked=False, k=kind: self.page_requested.emit(k))
            grid.addWidget(button, 0, number)
            self.count_buttons[kind] = button

        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search_edit)
        self.search_results = QListWidget(self)
        self.search_results.setVisible(False)
        self.search_results.itemActivated.connect(self._open_hit)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.run_search)

        self.follow_up_box = QGroupBox(self)
        self.follow_up_model = RecordTableModel(
            FOLLOW_UP_COLUMNS, self, warn=lambda item: item[1].overdue
        )
        self.follow_up_view = _small_table(self.follow_up_model, self.follow_up_box)
        self.follow_up_view.activated.connect(lambda _index: self.open_follow_up())
        self.follow_up_view.selectionModel().currentRowChanged.connect(
            lambda *_args: self._update_follow_up_buttons()
        )
        self.follow_up_empty = QLabel(self.follow_up_box)
        self.follow_up_empty.setWordWrap(True)
        self.show_all = QCheckBox(self.follow_up_box)
        self.show_all.toggled.connect(lambda _checked: self.reload())
        self.done_button = QPushButton(self.follow_up_box)
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton(self.follow_up_box)
        self.open_button.clicked.connect(self.open_follow_up)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.follow_up_box)
        box.addWidget(self.show_all)
        box.addWidget(self.follow_up_view)
        box.addWidget(self.follow_up_empty)
        box.addLayout(buttons)

        self.recent_box = QGroupBox(self)
        self.recent_model = RecordTableModel(RECENT_COLUMNS, self)
        self.recent_view = _small_table(self.recent_model, self.recent_box)
        self.recent_view.activated.connect(self._open_recent)
        self.recent_empty = QLabel(self.recent_box)
        self.recent_empty.setWordWrap(True)
        recent = QVBoxLayout(self.recent_box)
        recent.addWidget(self.recent_view)
        recent.addWidget(self.recent_empty)

        lists = QSplitter(Qt.Orientation.Horizontal, self)
        lists.setChildrenCollapsible(False)
        lists.addWidget(self.follow_up_box)
        lists.addWidget(self.recent_box)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.file_label)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_edit, 1)
        self.backup_reminder = QLabel(self)
        self.backup_reminder.setWordWrap(True)
        self.backup_reminder.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_button = QPushButton(self)
        self.backup_button.clicked.connect(self.backup_copy_requested.emit)
        reminder = QHBoxLayout()
        reminder.addWidget(self.backup_reminder, 1)
        reminder.addWidget(self.backup_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(reminder)
        layout.addWidget(self.next_steps)
        first = QHBoxLayout()
        first.addWidget(self.first_group_button)
        first.addStretch(1)
        layout.addLayout(first)
        layout.addWidget(self.count_box)
        layout.addLayout(search_row)
        layout.addWidget(self.search_results, 1)
        layout.addWidget(lists, 3)
        self.retranslate_ui()

    # --- content ---------------------------------------------------------------------

    def reload(self) -> None:
        uow = self.context.uow()
        self._counts = queries.counts(uow)
        self._own_groups = own_groups.own_group_ids(uow)
        ours = () if self.show_all.isChecked() else self._own_groups
        due = queries.due_follow_ups(
            uow, date.today(), FOLLOW_UP_DAYS, FOLLOW_UP_LIMIT, own_groups=ours
        )
        self._follow_up_total = due.total
        self._follow_up_others = due.others
        state = backup_copies.copy_state(self.context.database)
        self._backup_state = state
        self._backup_due = (
            bool(self._counts.get("group"))
            and not info.is_demo(self.context.database)
            and backup_copies.reminder_due(self.context.database, datetime.now())
        )
        self.follow_up_model.set_rows([(row.contact_id, row) for row in due.rows])
        if due.rows:
            self.follow_up_view.selectRow(0)
        recent = queries.recent_changes(uow, limit=12)
        self.recent_model.set_rows([(f"{r.kind_code}:{r.id}", r) for r in recent])
        self.retranslate_ui()

    def activate(self) -> None:
        super().activate()
        self._update_follow_up_buttons()

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Übersicht"))
        self.file_label.setText(
            self.tr("Datenbank: %1").replace("%1", self.context.database.path.name)
        )
        self.file_label.setToolTip(str(self.context.database.path))
        self.count_box.setTitle(self.tr("Auf einen Blick"))
        for kind, title in COUNTED:
            number = f"{self._counts.get(kind, 0):,}".replace(",", ".")
            button = self.count_buttons[kind]
            button.setText(f"{number} {self.tr_(title)}")
            button.setAccessibleName(f"{self.tr_(title)}: {number}")
            button.setToolTip(self.tr("Zur Seite „%1“").replace("%1", self.tr_(title)))
        self.search_label.setText(self.tr("&Suchen:"))
        self.search_edit.setPlaceholderText(
            self.tr("In allen Einträgen suchen – z. B. einen Namen, ein Thema, einen Ort")
        )
        self.search_edit.setAccessibleName(self.tr("In allen Einträgen suchen"))
        self.search_results.setAccessibleName(self.tr("Suchergebnisse"))
        filtered = bool(self._own_groups) and not self.show_all.isChecked()
        title = (
            self.tr("Unsere offenen Wiedervorlagen (nächste 14 Tage)")
            if filtered
            else self.tr("Offene Wiedervorlagen (nächste 14 Tage)")
        )
        shown = self.follow_up_model.rowCount()
        if self._follow_up_total > shown:
            title = self.tr("%1: die %2 dringendsten von %3").replace("%1", title)
            title = title.replace("%2", str(shown))
            title = title.replace("%3", f"{self._follow_up_total:,}".replace(",", "."))
        self.follow_up_box.setTitle(title)
        self.show_all.setVisible(bool(self._own_groups))
        self.show_all.setText(
            self.tr(
                "&Alle zeigen, auch die anderer Helferkreise (%n weitere)",
                "",
                self._follow_up_others,
            )
            if filtered and self._follow_up_others
            else self.tr("&Alle zeigen, auch die anderer Helferkreise")
        )
        self.show_all.setToolTip(
            self.tr(
                "Aus: nur die Wiedervorlagen unseres Helferkreises (und unsere ohne "
                "Helferkreis). An: alle, z. B. aus importierten Dateien."
            )
        )
        last = self._backup_state.last_outside_at if self._backup_state else None
        if last is None:
            reminder = self.tr(
                "Tipp: Es gibt noch keine Sicherungskopie außerhalb dieses Rechners. Geht die "
                "Festplatte kaputt, wäre alles weg."
            )
        else:
            reminder = self.tr(
                "Tipp: Die letzte Sicherungskopie außerhalb dieses Rechners ist vom %1 – "
                "älter als %n Tage.",
                "",
                self._backup_state.remind_days if self._backup_state else 0,
            ).replace("%1", last.strftime("%d.%m.%Y"))
        self.backup_reminder.setText(reminder)
        self.backup_button.setText(self.tr("Auf &USB-Stick sichern …"))
        self.backup_reminder.setVisible(self._backup_due)
        self.backup_button.setVisible(self._backup_due)
        self.follow_up_view.setAccessibleName(self.tr("Offene Wiedervorlagen"))
        self.done_button.setText(self.tr("&Erledigt"))
        self.done_button.setToolTip(self.tr("Die gewählte Wiedervorlage als erledigt markieren"))
        self.open_button.setText(self.tr("Kontakt ö&ffnen"))
        self.follow_up_empty.setText(
            self.tr(
                "Keine Wiedervorlagen fällig. Beim Erfassen eines Kontakts (Strg+K) "
                "lässt sich ein Datum für die Wiedervorlage eintragen."
            )
        )
        self.recent_box.setTitle(self.tr("Zuletzt geändert"))
        self.recent_view.setAccessibleName(self.tr("Zuletzt geänderte Einträge"))
        self.recent_empty.setText(self.tr("Noch nichts geändert."))
        self.follow_up_model.retranslate()
        self.recent_model.retranslate()
        self._update_empty_states()

    def _update_empty_states(self) -> None:
        has_follow_ups = self.follow_up_model.rowCount() > 0
        self.follow_up_view.setVisible(has_follow_ups)
        self.follow_up_empty.setVisible(not has_follow_ups)
        has_recent = self.recent_model.rowCount() > 0
        self.recent_view.setVisible(has_recent)
        self.recent_empty.setVisible(not has_recent)
        self.next_steps.setText(self._next_steps())
        self.next_steps.setVisible(bool(self.next_steps.text()))
        self.first_group_button.setText(self.tr("+ Ersten Helferkreis anlegen"))
        self.first_group_button.setToolTip(self.tr("Strg+N"))
        self.first_group_button.setVisible(not self._counts.get("group"))
        self._update_follow_up_buttons()

    def _next_steps(self) -> str:
        """What to do next while the database is (nearly) empty."""
        counts = self._counts
        if not counts.get("group"):
            return self.tr(
                "Noch keine Helferkreise — Strg+N legt einen an.\n"
                "Danach unter „Angebote“ eintragen, was der Helferkreis anbietet, und unter "
                "„Personen“ die Ansprechpersonen mit ihrer Einwilligung."
            )
        if not counts.get("programme"):
            return self.tr("Noch keine Angebote — auf der Seite „Angebote“ legt Strg+N eines an.")
        if not counts.get("organisation"):
            return self.tr(
                "Noch keine Stellen — unter „Stellen & KI“ z. B. das Kommunale "
                "Integrationszentrum Ihres Landkreises eintragen (Strg+N)."
            )
        return ""

    def _update_follow_up_buttons(self) -> None:
        selected = self.follow_up_view.currentIndex().isValid()
        self.done_button.setEnabled(selected and self.follow_up_model.rowCount() > 0)
        self.open_button.setEnabled(selected and self.follow_up_model.rowCount() > 0)

    # --- actions ---------------------------------------------------------------------

    def _current_follow_up(self) -> str | None:
        index = self.follow_up_view.currentIndex()
        return self.follow_up_model.id_at(index.row()) if index.isValid() else None

    def mark_done(self) -> None:
        """Mark the chosen Wiedervorlage as erledigt (Strg+Z takes it back)."""
        contact_id = self._current_follow_up()
        if contact_id is None:
            return
        try:
            before = records.get(self.context.uow(), CONTACTS, contact_id)
            follow_ups.mark_done(self.context.uow(), contact_id)
        except UserError as error:
            prompts.warn(self, self.tr("Nicht gespeichert"), error.message)
            return
        step = UndoStep(Change.EDITED, "contact", contact_id, before.data.subject, before.data)
        self.emit_changed("contact", contact_id, step)
        self.reload()
        self.message.emit(self.tr("Erledigt: %1").replace("%1", before.data.subject))

    def open_follow_up(self) -> None:
        contact_id = self._current_follow_up()
        if contact_id is not None:
            self.navigate.emit("contact", contact_id)

    def _open_recent(self, index: Any) -> None:
        row = self.recent_model.row_at(index.row())[1]
        self.navigate.emit(row.kind_code, row.id)

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        self.search_results.clear()
        self.search_results.setVisible(bool(text))
        if not text:
            return
        hits = search.search(self.context.uow(), text, limit=50)
        for hit in hits:
            label = f"{kind_label(hit.kind_code)}: {hit.title}"
            item = QListWidgetItem(f"{label} – {hit.detail}" if hit.detail else label)
            item.setData(SEARCH_ROLE, (hit.kind_code, hit.id))
            self.search_results.addItem(item)
        if not hits:
            empty = QListWidgetItem(self.tr("Nichts gefunden für „%1“.").replace("%1", text))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.search_results.addItem(empty)

    def _open_hit(self, item: QListWidgetItem) -> None:
        target = item.data(SEARCH_ROLE)
        if target:
            self.navigate.emit(*target)

    def focus_filter(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def on_record_changed(self, kind_code: str, record_id: str) -> None:
        self.mark_stale()

    def contact_defaults(self) -> dict[str, str]:
        index = self.follow_up_view.currentIndex()
        if not index.isValid() or not self.follow_up_view.hasFocus():
            return {}
        row = self.follow_up_model.row_at(index.row())[1]
        defaults = {"group_id": row.group_id, "organisation_id": row.organisation_id}
        return {key: value for key, value in defaults.items() if value}
