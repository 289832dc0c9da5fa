"""Übersicht, the start page: what is there, what is due, what changed, what to do next.

It is the first thing a volunteer sees, so it loads first and fast (a few counts and
two short lists), answers "what do I have to do?" with the open Wiedervorlagen (overdue
ones marked in red and with the word "überfällig", so colour is not the only hint), and
on an empty database says how to begin instead of showing empty tables.

With an own group (``services.own_groups``) the Wiedervorlagen are ours first — a
neighbour's imported file must not bury them — with a visible switch to "alle"; the
list names each one's Helferkreis. A gentle line reminds when the last backup copy on
another disk is older than the chosen number of days (``services.backup_copies``).

The page holds the counts, the recent changes, the backup reminder and the next steps;
the Wiedervorlagen panel (``overview_follow_ups``) and the search over all entries
(``overview_search``) are modules of their own.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from helferapp.services import backup_copies, info, own_groups, queries
from helferapp.ui.context import AppContext
from helferapp.ui.models.columns import RECENT_COLUMNS
from helferapp.ui.models.table_model import RecordTableModel
from helferapp.ui.pages.base import Heading, Page
from helferapp.ui.pages.overview_follow_ups import FollowUpPanel
from helferapp.ui.pages.overview_search import OverviewSearch
from helferapp.ui.pages.table import small_table
from helferapp.ui.texts import QT_TRANSLATE_NOOP, plural, plural_noop

# Per kind: the button's count ("1 Angebot", "25.000 Angebote") and the page it opens.
COUNTED = (
    (
        "group",
        plural_noop("OverviewPage", "%Ln Helferkreise"),
        QT_TRANSLATE_NOOP("OverviewPage", "Helferkreise"),
    ),
    (
        "programme",
        plural_noop("OverviewPage", "%Ln Angebote"),
        QT_TRANSLATE_NOOP("OverviewPage", "Angebote"),
    ),
    (
        "organisation",
        plural_noop("OverviewPage", "%Ln Stellen"),
        QT_TRANSLATE_NOOP("OverviewPage", "Stellen"),
    ),
    (
        "person",
        plural_noop("OverviewPage", "%Ln Personen"),
        QT_TRANSLATE_NOOP("OverviewPage", "Personen"),
    ),
    (
        "contact",
        plural_noop("OverviewPage", "%Ln Kontakte"),
        QT_TRANSLATE_NOOP("OverviewPage", "Kontakte"),
    ),
)


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
        for number, (kind, _count, _title) in enumerate(COUNTED):
            button = QPushButton(self.count_box)
            button.setFlat(False)
            button.clicked.connect(lambda _checked=False, k=kind: self.page_requested.emit(k))
            grid.addWidget(button, 0, number)
            self.count_buttons[kind] = button

        self.search = OverviewSearch(context, self)
        self.search.navigate.connect(self.navigate)

        self.follow_ups = FollowUpPanel(context, self)
        self.follow_ups.navigate.connect(self.navigate)
        self.follow_ups.changed.connect(self.emit_changed)
        self.follow_ups.message.connect(self.message)
        self.follow_ups.reload_requested.connect(self.reload)

        self.recent_box = QGroupBox(self)
        self.recent_model = RecordTableModel(RECENT_COLUMNS, self)
        self.recent_view = small_table(self.recent_model, self.recent_box)
        self.recent_view.activated.connect(self._open_recent)
        self.recent_empty = QLabel(self.recent_box)
        self.recent_empty.setWordWrap(True)
        recent = QVBoxLayout(self.recent_box)
        recent.addWidget(self.recent_view)
        recent.addWidget(self.recent_empty)

        lists = QSplitter(Qt.Orientation.Horizontal, self)
        lists.setChildrenCollapsible(False)
        lists.addWidget(self.follow_ups)
        lists.addWidget(self.recent_box)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.file_label)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search.label)
        search_row.addWidget(self.search.edit, 1)
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
        layout.addWidget(self.search.results, 1)
        layout.addWidget(lists, 3)
        self.retranslate_ui()

    # --- content ---------------------------------------------------------------------

    def reload(self) -> None:
        uow = self.context.uow()
        self._counts = queries.counts(uow)
        self.follow_ups.reload(own_groups.own_group_ids(uow))
        state = backup_copies.copy_state(self.context.database)
        self._backup_state = state
        self._backup_due = (
            bool(self._counts.get("group"))
            and not info.is_demo(self.context.database)
            and backup_copies.reminder_due(self.context.database, datetime.now())
        )
        recent = queries.recent_changes(uow, limit=12)
        self.recent_model.set_rows([(f"{r.kind_code}:{r.id}", r) for r in recent])
        self.retranslate_ui()

    def activate(self) -> None:
        super().activate()
        self.follow_ups.update_buttons()

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Übersicht"))
        self.file_label.setText(
            self.tr("Datenbank: %1").replace("%1", self.context.database.path.name)
        )
        self.file_label.setToolTip(str(self.context.database.path))
        self.count_box.setTitle(self.tr("Auf einen Blick"))
        for kind, count, title in COUNTED:
            counted = plural("OverviewPage", count, self._counts.get(kind, 0))
            button = self.count_buttons[kind]
            button.setText(counted)
            button.setAccessibleName(counted)
            button.setToolTip(self.tr("Zur Seite „%1“").replace("%1", self.tr_(title)))
        self.search.retranslate_ui()
        self.follow_ups.retranslate_ui()
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
        self.recent_box.setTitle(self.tr("Zuletzt geändert"))
        self.recent_view.setAccessibleName(self.tr("Zuletzt geänderte Einträge"))
        self.recent_empty.setText(self.tr("Noch nichts geändert."))
        self.recent_model.retranslate()
        self._update_empty_states()

    def _update_empty_states(self) -> None:
        has_recent = self.recent_model.rowCount() > 0
        self.recent_view.setVisible(has_recent)
        self.recent_empty.setVisible(not has_recent)
        self.next_steps.setText(self._next_steps())
        self.next_steps.setVisible(bool(self.next_steps.text()))
        self.first_group_button.setText(self.tr("+ Ersten Helferkreis anlegen"))
        self.first_group_button.setToolTip(self.tr("Strg+N"))
        self.first_group_button.setVisible(not self._counts.get("group"))
        self.follow_ups.update_empty_state()

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

    # --- actions ---------------------------------------------------------------------

    def _open_recent(self, index: Any) -> None:
        row = self.recent_model.row_at(index.row())[1]
        self.navigate.emit(row.kind_code, row.id)

    def focus_filter(self) -> None:
        self.search.focus()

    def on_record_changed(self, kind_code: str, record_id: str) -> None:
        self.mark_stale()

    def contact_defaults(self) -> dict[str, str]:
        return self.follow_ups.contact_defaults()
