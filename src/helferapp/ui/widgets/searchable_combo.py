"""A combo box to pick one entry from a long list by typing a few letters of it.

The list opens with the arrow like any combo box; typing filters it with Umlaut folding
("wurzburg" finds "Würzburg", "muell" finds "Müller") and shows the best hits first.
Enter takes the highlighted hit, or the best one; leaving the field takes the only or
exactly matching hit, and otherwise keeps the typed text so that ``value()`` can say
that it is not in the list.

A picker of linked records can offer a way out when the record does not exist yet
(``set_creator``): typed text that matches nothing lists one entry, „„X“ neu anlegen …“;
picking it (Enter or click) asks the creator, which opens a small form. The new record
is then chosen; cancelling that form returns here with the typed text intact.

The list of hits that typing opens is ``ChoiceCompleter`` (``ui.widgets.choice_completer``);
this module decides what is chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QSizePolicy, QWidget

from helferapp.ui.widgets.choice_completer import ChoiceCompleter
from helferapp.ui.widgets.choices import CREATE_KEY, Choice, ChoiceFilterProxy, ChoiceListModel


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
        self._load: Callable[[], list[Choice]] | None = None
        self._describe: Callable[[str], Choice | None] | None = None
        self._stale = False
        self._extra: Choice | None = None
        self._unresolved = False
        self._creator: Callable[[str], str | None] | None = None
        self._typed = ""
        self.setEditable(True)
        self._line: QLineEdit = _PickerLineEdit(self)
        self.setLineEdit(self._line)
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
        completer = ChoiceCompleter(self._model, self)
        self._proxy = completer.proxy
        self.setCompleter(completer)
        self._completer = completer
        # PySide6's stubs do not declare a signal with overloads subscriptable.
        completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._on_completer_activated
        )
        line = self._line
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
        self._stale = False
        self._extra = None
        self._reset_model(key)

    def set_choice_loader(
        self,
        load: Callable[[], list[Choice]],
        describe: Callable[[str], Choice | None] | None = None,
    ) -> None:
        """Fetch the list only when the person starts typing or opens it.

        Long lists (thousands of Helferkreise) then cost nothing while a record is only
        looked at. ``describe(key)`` names a chosen entry while the list is not loaded.
        """
        self._load = load
        self._describe = describe
        self._stale = True

    def set_creator(self, create: Callable[[str], str | None]) -> None:
        """Offer „„X“ neu anlegen …“ for typed text that matches no entry.

        ``create(text)`` makes the record (usually through a small form) and returns its
        key, or None if the person cancelled.
        """
        self._creator = create
        self._rebuild_model()

    def has_creator(self) -> bool:
        return self._creator is not None

    def mark_stale(self) -> None:
        """Fetch the list again at the next use (other records may have changed)."""
        if self._load is not None:
            self._stale = True

    def ensure_choices(self) -> None:
        """Load the list now if it is stale."""
        if self._load is not None and self._stale:
            self.set_choices(self._load())

    def choices(self) -> list[Choice]:
        self.ensure_choices()
        return list(self._choices)

    def showPopup(self) -> None:
        self.ensure_choices()
        super().showPopup()

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
        self._line.setPlaceholderText(text)

    def _describe_key(self, key: str) -> Choice:
        choice = self._describe(key) if self._describe is not None else None
        if choice is None:
            return Choice(key, _tr("(unbekannter oder gelöschter Eintrag)"), "\x00")
        return choice

    def _reset_model(self, key: str | None) -> None:
        self._rebuild_model()
        self._select_key(key, notify=False)

    def _rebuild_model(self) -> None:
        rows: list[Choice] = []
        if self._allow_empty:
            rows.append(self._empty_choice())
        rows.extend(self._choices)
        if self._extra is not None:
            rows.append(self._extra)
        if self._creator is not None:
            rows.append(self._create_choice(self._typed))
        blocked = self.blockSignals(True)
        self._proxy.set_query("")  # cheap while the old rows are still there
        self._model.set_choices(rows)
        self.blockSignals(blocked)
        list_view = self.view()
        if self._creator is not None and isinstance(list_view, QListView):
            list_view.setRowHidden(len(rows) - 1, True)  # only in the type-ahead list

    def _create_choice(self, text: str) -> Choice:
        label = _tr("„%1“ neu anlegen …").replace("%1", text.strip())
        return Choice(CREATE_KEY, label, "\x00", edit_text=text)

    def filter_model(self) -> ChoiceFilterProxy:
        """The model of the type-ahead list (for tests and for counting hits)."""
        self.ensure_choices()
        return self._proxy

    # ----- value --------------------------------------------------------------------

    def value(self) -> str | None:
        """The chosen key; raises ``ValueError`` when typed text matches no entry."""
        if self._unresolved and self._line.text().strip():
            if self._creator is not None:
                raise ValueError(
                    _tr(
                        "„{text}“ steht nicht in der Liste. Bitte einen Eintrag wählen oder "
                        "mit Enter „{text}“ neu anlegen."
                    ).format(text=self._line.text().strip())
                )
            raise ValueError(
                _tr(
                    "„{text}“ steht nicht in der Liste. Bitte einen Eintrag aus der Liste wählen."
                ).format(text=self._line.text().strip())
            )
        return self.value_or_none()

    def value_or_none(self) -> str | None:
        """The chosen key, ignoring unresolved typing."""
        row = self.currentIndex()
        if not 0 <= row < self._model.rowCount():
            return self._empty_key
        key = self._model.choice(row).key  # not currentData(): see ChoiceFilterProxy.data
        return self._empty_key if key is None else key

    def set_value(self, key: str | None) -> None:
        """Choose ``key``; an id that is not in the list is kept as "unbekannter Eintrag"."""
        self._select_key(key, notify=True)

    def _select_key(self, key: str | None, *, notify: bool) -> None:
        if key == self._empty_key:
            key = None
        before = self.value_or_none()
        row = self._model.row_of(key)
        if row < 0 and key is not None:
            self._extra = self._describe_key(key)
            self._rebuild_model()
            row = self._model.row_of(key)
        blocked = self.blockSignals(True)
        self.setCurrentIndex(row)
        self.blockSignals(blocked)
        self._show_current_text()
        self._unresolved = False
        if notify and before != self.value_or_none():
            self.valueChanged.emit()

    def _show_current_text(self) -> None:
        row = self.currentIndex()
        choice = self._model.choice(row) if 0 <= row < self._model.rowCount() else None
        text = "" if choice is None or choice.key is None else choice.display
        self._line.setText(text or "")

    # ----- typing -------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        if self._load is not None and self._stale:
            self.ensure_choices()  # resets the line to the chosen entry: put the typing back
            if self._line.text() != text:
                self._line.setText(text)
        self._unresolved = True
        self._typed = text
        if self._creator is not None:
            row = self._model.rowCount() - 1
            self._model.replace_choice(row, self._create_choice(text))
        self._completer.show_hits(text)

    def _on_completer_activated(self, index: QModelIndex) -> None:
        key = self._completer.key_at(index)
        if key == CREATE_KEY:
            self._create_typed()
            return
        self._select_key(key, notify=True)
        self.picked.emit()

    def _create_typed(self) -> None:
        """Make the typed record through the creator; choose it, or keep the text."""
        text = self._typed.strip()
        self._completer.list_popup().hide()
        assert self._creator is not None
        new_key = self._creator(text) if text else None
        if new_key is None:
            self._line.setText(self._typed)
            self._unresolved = True
            self._line.setFocus()
            return
        self.mark_stale()
        self.ensure_choices()
        self._select_key(new_key, notify=True)
        self.picked.emit()

    def take_typed_text(self) -> None:
        """Enter: take the hit highlighted in the list, or else the best one."""
        popup = self._completer.list_popup()
        current = popup.currentIndex()
        if popup.isVisible() and current.isValid():
            self._pick(self._completer.key_at(current))
            return
        self._on_return()

    def _on_return(self) -> None:
        if not self._unresolved:
            return
        text = self._line.text().strip()
        if not text:
            self._pick(None)
            return
        self._proxy.set_query(text)
        best = self._proxy.first_key()
        if best is not None:
            self._pick(best)

    def _resolve_typed_text(self) -> None:
        """On leaving the field: take an exact or the only match; else keep the text."""
        if not self._unresolved or self._completer.list_popup().isVisible():
            return
        text = self._line.text().strip()
        if not text:
            if self._allow_empty:
                self._pick(None)
            return
        self._proxy.set_query(text)
        hits = self._proxy.keys()
        keys = [key for key in hits if key != CREATE_KEY]
        by_key = {choice.key: choice.display for choice in self._model.choices()}
        exact = [key for key in keys if by_key.get(key, "").casefold() == text.casefold()]
        if exact:
            self._pick(exact[0])
        elif len(keys) == 1:
            self._pick(keys[0])

    def _pick(self, key: str | None) -> None:
        if key == CREATE_KEY:
            self._create_typed()
            return
        self._completer.list_popup().hide()
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
