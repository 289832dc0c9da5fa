"""The Übersicht's search over all entries: the field, its delay, and the list of hits.

It is its own module because the search is its own small idea with its own keys (Enter
searches now and a second Enter opens the first hit; ↓ goes to the hits), apart from
the counts and lists of the Übersicht. It makes the widgets and keeps their behaviour;
the page lays them out, because the list of hits shares the page's stretch with the
lists below it and takes no room while it is hidden. Its texts keep the page's
translation context ("OverviewPage").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from helferapp.services import search
from helferapp.ui.context import AppContext
from helferapp.ui.models.display import kind_label

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewPage", text)


class OverviewSearch(QObject):
    """Search field, label and list of hits of the Übersicht (widgets of ``page``).

    Signals:
        navigate(kind_code, record_id): a hit was opened.
    """

    navigate = Signal(str, str)

    def __init__(self, context: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.context = context
        self.edit = QLineEdit(page)
        self.edit.setClearButtonEnabled(True)
        self.label = QLabel(page)
        self.label.setBuddy(self.edit)
        self.results = QListWidget(page)
        self.results.setVisible(False)
        self.results.itemActivated.connect(self._open_hit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self._entered)
        self.edit.installEventFilter(self)

    def retranslate_ui(self) -> None:
        self.label.setText(_tr("&Suchen:"))
        self.edit.setPlaceholderText(
            _tr("In allen Einträgen suchen – z. B. einen Namen, ein Thema, einen Ort")
        )
        self.edit.setAccessibleName(_tr("In allen Einträgen suchen"))
        self.results.setAccessibleName(_tr("Suchergebnisse"))

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def run(self) -> None:
        """Search for the typed words now and list the hits (or say there are none)."""
        self._timer.stop()
        text = self.edit.text().strip()
        self.results.clear()
        self.results.setVisible(bool(text))
        if not text:
            return
        hits = search.search(self.context.uow(), text, limit=50)
        for hit in hits:
            label = f"{kind_label(hit.kind_code)}: {hit.title}"
            item = QListWidgetItem(f"{label} – {hit.detail}" if hit.detail else label)
            item.setData(SEARCH_ROLE, (hit.kind_code, hit.id))
            self.results.addItem(item)
        if not hits:
            empty = QListWidgetItem(_tr("Nichts gefunden für „%1“.").replace("%1", text))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(empty)

    def _entered(self) -> None:
        """Enter: search now; Enter again on the same words opens the first hit."""
        shown = self.results.isVisible() and not self._timer.isActive()
        if not shown:
            self.run()
        first = self.results.item(0)
        if shown and first is not None and first.data(SEARCH_ROLE):
            self._open_hit(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ in the search field goes to the hits, so that Enter there opens one."""
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            if self._timer.isActive() or not self.results.isVisible():
                self.run()
            if self.results.count() and self.results.item(0).data(SEARCH_ROLE):
                self.results.setCurrentRow(0)
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _open_hit(self, item: QListWidgetItem) -> None:
        target = item.data(SEARCH_ROLE)
        if target:
            self.navigate.emit(*target)
