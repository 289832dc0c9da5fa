"""The type-ahead list of a ``SearchableComboBox``: the filtered hits below the field.

It is its own module because the combo box holds two ideas: what is chosen (the value,
the list behind the arrow, the „neu anlegen“ entry) and the list of hits that typing
opens. The second is a ``QCompleter`` over a ``ChoiceFilterProxy`` (Umlaut folding,
best hits first, ``ui.widgets.choices``) that Qt must not filter or sort again, whose
rows are mapped back to keys in Python, and whose popup is shown only while there are
hits. It has no texts of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QListView, QWidget

from helferapp.ui.widgets.choices import ChoiceFilterProxy, ChoiceListModel


class ChoiceCompleter(QCompleter):
    """The hits of the typed text among ``source``'s choices, in the proxy's order."""

    def __init__(self, source: ChoiceListModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.proxy = ChoiceFilterProxy(parent)
        self.proxy.setSourceModel(source)
        self.setModel(self.proxy)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)
        popup = self.popup()
        if isinstance(popup, QListView):
            popup.setUniformItemSizes(True)

    def list_popup(self) -> QAbstractItemView:
        """The popup list (QCompleter makes it on the first request)."""
        popup = self.popup()
        assert popup is not None
        return popup

    def show_hits(self, text: str) -> None:
        """Filter by ``text``; open the list while there are hits, else close it."""
        self.proxy.set_query(text)
        if text.strip() and self.proxy.rowCount():
            self.complete()
        else:
            self.list_popup().hide()

    def key_at(self, index: QModelIndex) -> str | None:
        """The key of a row of the popup's list (mapped back in Python)."""
        completion = self.completionModel()
        if isinstance(completion, QAbstractProxyModel):
            index = completion.mapToSource(index)
        if not index.isValid() or not 0 <= index.row() < self.proxy.rowCount():
            return None
        return self.proxy.key_at(index.row())
