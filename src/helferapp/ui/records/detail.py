"""The right half of a record page: the form, its buttons and the related lists.

Until a record is chosen the panel says what to do instead of showing an empty form.
The form (which scrolls by itself) is created only when the page is first shown, because
some forms (the Gemeinde picker with 2,056 entries) take a moment to build and most pages
are never opened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from helferapp.ui.pages.base import Heading
from helferapp.ui.records.related import RelatedTabs
from helferapp.ui.settings import window_state


def _tr(text: str) -> str:
    return QCoreApplication.translate("DetailPanel", text)


class DetailPanel(QWidget):
    """Heading, form, Speichern/Verwerfen/Papierkorb, related tabs."""

    def __init__(self, settings_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings_key = settings_key
        self.heading = Heading("", scale=1.15, parent=self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint.setMargin(8)
        self.form_host = QStackedWidget(self)
        self.form_host.addWidget(self.hint)

        self.save_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.delete_button)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.heading)
        upper_layout.addWidget(self.form_host, 1)
        upper_layout.addLayout(self.buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.related: RelatedTabs | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.retranslate_ui()

    def set_form(self, form: QWidget) -> None:
        self.form_host.addWidget(form)

    def show_form(self, visible: bool) -> None:
        """Show the form, or the hint instead when no record is open."""
        form = self.form_host.widget(1) if visible and self.form_host.count() > 1 else None
        self.form_host.setCurrentWidget(form if form is not None else self.hint)
        for button in (self.save_button, self.cancel_button):
            button.setVisible(visible)
        self.delete_button.setVisible(visible)

    def set_related(self, related: RelatedTabs) -> None:
        self.related = related
        self.splitter.addWidget(related)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        if not window_state.restore_splitter(self.splitter, self._splitter_key):
            self.splitter.setSizes([600, 220])

    def add_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        """An extra button after Verwerfen (e.g. "Einwilligung…")."""
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self.buttons.insertWidget(2, button)
        return button

    @property
    def _splitter_key(self) -> str:
        return f"pages/{self._settings_key}/detail_splitter"

    def save_state(self) -> None:
        if self.related is not None:
            window_state.save_splitter(self.splitter, self._splitter_key)

    def retranslate_ui(self) -> None:
        self.save_button.setText(_tr("&Speichern"))
        self.save_button.setToolTip(_tr("Änderungen speichern (Strg+S)"))
        self.cancel_button.setText(_tr("&Verwerfen"))
        self.cancel_button.setToolTip(_tr("Änderungen zurücknehmen, nichts speichern"))
        self.delete_button.setText(_tr("In den &Papierkorb"))
        self.delete_button.setToolTip(_tr("Diesen Eintrag in den Papierkorb legen (Entf)"))
