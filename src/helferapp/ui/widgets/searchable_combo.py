"""A combo box to pick one entry from a long list by typing a few letters of it.

The list opens with the arrow like any combo box; typing filters it with Umlaut folding
("wurzburg" finds "Würzburg", "muell" finds "Müller") and shows the best hits first.
Enter takes the highlighted hit, or the best one; leaving the field takes the only or
exactly matching hit, and otherwise keeps the typed text so that ``value()`` can say
that it is not in the list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListView,
    QSizePolicy,
    QWidget,
)

from helferapp.ui.widgets.choices import KEY_ROLE, Choice, ChoiceFilterProxy, ChoiceListModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchableComboBox", text)


class _PickerLineEdit(QLineEdit):
    """The input line of a ``SearchableComboBox``.

    Enter that picks a typed entry is used up here: otherwise Qt passes it on and the
    dialog's default button (e.g. "Speichern") fires before the rest is filled in.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        owner = self.parentWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(owner, SearchableComboBox) and owner.is_unresolved():
            owner.take_typed_text()
            event.accept()
            return
        super().keyPressEvent(event)


class SearchableComboBox(QComboBox):
    """Pick one ``Choice`` by mouse or by typing.

    Signals:
        valueChanged: the chosen key changed (by the user or by ``set_value``).
        picked: the user picked an entry (mouse, Enter or a resolved typed text).
    """

    valueChanged = Signal()
    picked = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        allow_empty: bool = True,
        empty_text: str = "",
        placeholder: str = "",
        empty_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._allow_empty = allow_empty
        self._empty_text = empty_text
        self._empty_key = empty_key
        self._choices: list[Choice] = []
        self._extra: Choice | None = None
        self._unresolved = False
        self.setEditable(True)
        self.setLineEdit(_PickerLineEdit(self))
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._model = ChoiceListModel(self)
        self.setModel(self._model)
        list_view = self.view()
        if isinstance(list_view, QListView):
            list_view.setUniformItemSizes(True)
        self._proxy = ChoiceFilterProxy(self)
        self._proxy.setSourceModel(self._model)
        completer = QCompleter(self)
        completer.setModel(self._proxy)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        popup = completer.popup()
        if isinstance(popup, QListView):
            popup.setUniformItemSizes(True)
        completer.activated[QModelIndex].connect(self._on_completer_activated)
        line = self.lineEdit()
        line.setClearButtonEnabled(True)
        line.setPlaceholderText(placeholder)
        line.textEdited.connect(self._on_text_edited)
        line.returnPressed.connect(self._on_return)
        line.editingFinished.connect(self._resolve_typed_text)
        self.currentIndexChanged.connect(self._on_index_changed)
        self.activated.connect(lambda _row: self._on_user_pick())
        self.set_choices([])

    # ----- choices ------------------------------------------------------------------

    def set_choices(self, choices: list[Choice]) -> None:
        """Replace the list, keeping the chosen key (shown as unknown if it is gone)."""
        key = self.value_or_none()
        self._choices = list(choices)
        self._extra = None
        self._reset_model(key)

    def choices(self) -> list[Choice]:
        return list(self._choices)

    def set_empty_text(self, text: str) -> None:
        """The list entry for "nothing chosen", e.g. "– keine Auswahl –"."""
        if text == self._empty_text:
            return
        self._empty_text = text
        if self._allow_empty:
            self._model.replace_choice(0, self._empty_choice())

    def _empty_choice(self) -> Choice:
        return Choice(None, self._empty_text or _tr("– keine Auswahl –"), "\x00")

    def set_placeholder(self, text: str) -> None:
        self.lineEdit().setPlaceholderText(text)

    def _reset_model(self, key: str | None) -> None:
        rows: list[Choice] = []
        if self._allow_empty:
            rows.append(self._empty_choice())
        rows.extend(self._choices)
        if self._extra is not None:
            rows.append(self._extra)
        blocked = self.blockSignals(True)
        self._proxy.set_query("")  # cheap while the old rows are still there
        self._model.set_choices(rows)
        self.blockSignals(blocked)
        self._select_key(key, notify=False)

    def filter_model(self) -> ChoiceFilterProxy:
        """The model of the type-ahead list (for tests and for counting hits)."""
        return self._proxy

    # ----- value --------------------------------------------------------------------

    def value(self) -> str | None:
        """The chosen key; raises ``ValueError`` when typed text matches no entry."""
        if self._unresolved and self.lineEdit().text().strip():
            raise ValueError(
                _tr(
                    "„{text}“ steht nicht in der Liste. Bitte einen Eintrag aus der Liste wählen."
                ).format(text=self.lineEdit().text().strip())
            )
        return self.value_or_none()

    def value_or_none(self) -> str | None:
        """The chosen key, ignoring unresolved typing."""
        if self.currentIndex() < 0:
            return self._empty_key
        key = self.currentData(KEY_ROLE)
        return self._empty_key if key is None else key

    def set_value(self, key: str | None) -> None:
        """Choose ``key``; an id that is not in the list is kept as "unbekannter Eintrag"."""
        self._select_key(key, notify=True)

    def current_display(self) -> str:
        return self.currentText()

    def _select_key(self, key: str | None, *, notify: bool) -> None:
        if key == self._empty_key:
            key = None
        row = self._model.row_of(key)
        if row < 0 and key is not None:
            self._extra = Choice(key, _tr("(unbekannter oder gelöschter Eintrag)"), "\x00")
            self._reset_model(key)
            return
        if row < 0:
            row = -1
        before = self.value_or_none()
        blocked = self.blockSignals(True)
        self.setCurrentIndex(row)
        self.blockSignals(blocked)
        self._show_current_text()
        self._unresolved = False
        if notify and before != self.value_or_none():
            self.valueChanged.emit()

    def _show_current_text(self) -> None:
        row = self.currentIndex()
        text = "" if row < 0 else self._model.index(row, 0).data(Qt.ItemDataRole.EditRole)
        self.lineEdit().setText(text or "")

    # ----- typing -------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        self._unresolved = True
        self._proxy.set_query(text)
        completer = self.completer()
        if text.strip() and self._proxy.rowCount():
            completer.complete()
        else:
            completer.popup().hide()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        self._select_key(index.data(KEY_ROLE), notify=True)
        self.picked.emit()

    def take_typed_text(self) -> None:
        """Enter: take the hit highlighted in the list, or else the best one."""
        popup = self.completer().popup()
        current = popup.currentIndex()
        if popup.isVisible() and current.isValid():
            self._pick(current.data(KEY_ROLE))
            return
        self._on_return()

    def _on_return(self) -> None:
        if not self._unresolved:
            return
        text = self.lineEdit().text().strip()
        if not text:
            self._pick(None)
            return
        self._proxy.set_query(text)
        best = self._proxy.first_key()
        if best is not None:
            self._pick(best)

    def _resolve_typed_text(self) -> None:
        """On leaving the field: take an exact or the only match; else keep the text."""
        if not self._unresolved or self.completer().popup().isVisible():
            return
        text = self.lineEdit().text().strip()
        if not text:
            if self._allow_empty:
                self._pick(None)
            return
        self._proxy.set_query(text)
        keys = self._proxy.keys()
        exact = [
            self._proxy.index(row, 0).data(KEY_ROLE)
            for row in range(self._proxy.rowCount())
            if self._proxy.index(row, 0).data(Qt.ItemDataRole.EditRole).casefold()
            == text.casefold()
        ]
        if exact:
            self._pick(exact[0])
        elif len(keys) == 1:
            self._pick(keys[0])

    def _pick(self, key: str | None) -> None:
        self.completer().popup().hide()
        self._select_key(key, notify=True)
        self.picked.emit()

    def _on_index_changed(self, _row: int) -> None:
        self._unresolved = False
        self.valueChanged.emit()

    def _on_user_pick(self) -> None:
        self._unresolved = False
        self._show_current_text()
        self.picked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter that picks a typed entry stops here, so it does not also press OK."""
        picking = self._unresolved and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        super().keyPressEvent(event)
        if picking:
            event.accept()

    def is_unresolved(self) -> bool:
        """Tell whether typed text is waiting to be matched to an entry."""
        return self._unresolved
