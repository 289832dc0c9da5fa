"""What a record page does on command (new, save, Verwerfen, delete, leaving) and on news.

Kept apart from the page's layout and loading (``record_page``) because this is where
the rules live that protect a volunteer's typing: leaving a changed form always asks
Speichern / Verwerfen / Abbrechen, every write is reported with an ``UndoStep`` so that
Strg+Z can take it back, and deleting asks once and only ever moves to the Papierkorb.
News — a record written on another page, or a change made elsewhere (``ui.refresh``) —
reloads what shows it and never overwrites a form being typed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from helferapp.domain.errors import NotFoundError, UserError, ValidationError
from helferapp.services import records
from helferapp.services.records import Record
from helferapp.ui import prompts
from helferapp.ui.models.display import kind_label
from helferapp.ui.refresh import Changed
from helferapp.ui.undo import Change, UndoStep

if TYPE_CHECKING:
    from helferapp.services.records import EntitySpec
    from helferapp.ui.pages.base import Page
    from helferapp.ui.pages.table import RecordTable
    from helferapp.ui.records.detail import DetailPanel
    from helferapp.ui.records.page_config import PageConfig

    _PageBase = Page
else:
    _PageBase = object


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordPage", text)


def data_title(data: Any) -> str:
    """What a person recognises a record by: its name, title or subject."""
    for attribute in ("name", "title", "subject", "ags"):
        value = getattr(data, attribute, "")
        if value:
            return str(value)
    return ""


class RecordCommands(_PageBase):
    """Mixin for ``RecordPage``: the commands; see the module docstring.

    For the type checker it is a ``Page``; what else it uses is declared below.
    """

    # Provided by RecordPage (declared for readers and type checkers).
    kind_code: str
    config: PageConfig
    spec: EntitySpec[Any]
    table: RecordTable
    detail: DetailPanel
    form: Any
    current: Record[Any] | None
    _new: bool
    _row_id: str | None
    _syncing: bool
    _saving: bool
    _rows_stale: bool
    _stale: bool

    if TYPE_CHECKING:

        def _ensure_form(self) -> Any: ...
        def _show_record(self, record: Record[Any]) -> None: ...
        def _show_nothing(self) -> None: ...
        def _update_heading(self) -> None: ...
        def load_related(self, record: Record[Any] | None) -> None: ...
        def update_extras(self) -> None: ...
        def refresh_rows(self, ids: Iterable[str]) -> None: ...
        def row_id_of(self, record: Record[Any]) -> str: ...
        def record_title(self, record: Record[Any]) -> str: ...

    def can_create(self) -> bool:
        return True

    def new_record(self, defaults: Any = None) -> None:
        self.activate()
        if not self.confirm_leave():
            return
        self._syncing = True
        try:
            self.table.select_id(None)
        finally:
            self._syncing = False
        form = self._ensure_form()
        form.clear_errors()
        form.load(None, defaults)
        self.current, self._new, self._row_id = None, True, None
        self.detail.show_form(True)
        self.detail.delete_button.setEnabled(False)
        self._update_heading()
        self.load_related(None)
        self.update_extras()
        self._focus_first_field()

    def _focus_first_field(self) -> None:
        """Put the cursor into the form's first enabled input."""
        for name in self.form.field_names():
            editor = self.form.editor(name)
            if editor.isEnabled() and editor.isVisibleTo(self.form):
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def is_dirty(self) -> bool:
        return bool(self.form is not None and (self._new or self.current) and self.form.is_dirty())

    def save(self) -> bool:
        if self.form is None or not (self._new or self.current):
            return True
        if self.current is not None and not self._new and not self.form.is_dirty():
            return True
        before = None if self._new else self.current
        self._saving = True
        try:
            record = self.form.save()
        except ValidationError:
            self.message.emit(_tr("Nicht gespeichert: bitte die markierten Felder prüfen."))
            return False
        except UserError as error:
            prompts.warn(self, _tr("Nicht gespeichert"), error.message)
            return False
        finally:
            self._saving = False
        step = UndoStep(
            Change.CREATED if before is None else Change.EDITED,
            self.kind_code,
            record.id,
            self.record_title(record),
            before.data if before is not None else None,
        )
        self._show_record(record)
        self.refresh_rows([self.row_id_of(record)])
        self.emit_changed(self.kind_code, record.id, step)
        self.message.emit(_tr("Gespeichert: %1").replace("%1", step.title))
        return True

    def _saved_elsewhere(self, record_id: str) -> None:
        """The form saved through a dialog of its own (the consent dialog)."""
        if self._saving or self.current is None or record_id != self.current.id:
            return
        before = self.current
        try:
            record = records.get(self.context.uow(), self.spec, record_id)
        except NotFoundError:
            return
        self.current = record
        self.refresh_rows([self.row_id_of(record)])
        step = UndoStep(
            Change.EDITED, self.kind_code, record_id, self.record_title(record), before.data
        )
        self.emit_changed(self.kind_code, record_id, step)
        self._update_heading()

    def cancel(self) -> None:
        """Verwerfen: take back the edits in the form."""
        if self._new or self.current is None:
            self._show_nothing()
        else:
            self._show_record(self.current)

    def confirm_leave(self) -> bool:
        if not self.is_dirty():
            return True
        what = self.detail.heading.text().removesuffix(_tr(" – geändert"))
        answer = prompts.ask_unsaved(self, what)
        if answer is prompts.Answer.SAVE:
            return self.save()
        if answer is prompts.Answer.DISCARD:
            self.cancel()
            return True
        return False

    def can_delete(self) -> bool:
        return self.current is not None and not self._new and not self.current.deleted

    def delete_current(self) -> None:
        if not self.can_delete():
            return
        assert self.current is not None
        record = self.current
        title = self.record_title(record)
        question = _tr("%1 „%2“ in den Papierkorb legen?")
        question = question.replace("%1", kind_label(self.kind_code)).replace("%2", title)
        info = _tr("Aus dem Papierkorb lässt sich alles wiederherstellen (auch mit Strg+Z).")
        if not prompts.confirm(self, _tr("Löschen"), question, _tr("In den &Papierkorb"), info):
            return
        try:
            records.delete(self.context.uow(), self.spec, record.id)
        except UserError as error:
            prompts.warn(self, _tr("Nicht gelöscht"), error.message)
            return
        self._show_nothing()
        self.refresh_rows([self.row_id_of(record)])
        step = UndoStep(Change.DELETED, self.kind_code, record.id, title)
        self.emit_changed(self.kind_code, record.id, step)
        self.message.emit(_tr("In den Papierkorb gelegt: %1").replace("%1", title))

    def on_record_changed(self, kind_code: str, record_id: str) -> None:
        if kind_code == self.kind_code:
            self.refresh_rows([record_id])
            if self.current is not None and self.current.id == record_id and not self.is_dirty():
                self._reopen(record_id)
        elif kind_code in self.config.depends_on:
            self._rows_stale = True
            if self.isVisible():
                self.activate()
        if self.current is not None and kind_code != self.kind_code:
            self._stale = True
            if self.isVisible():
                self.activate()

    def on_changed_elsewhere(self, changed: Changed) -> None:
        if changed.touches(self.kind_code, *self.config.depends_on):
            self.mark_stale()
        elif self.current is not None:
            self._stale = True  # only the related lists of the open record can show it
            if self.isVisible():
                self.activate()

    def _reopen(self, record_id: str) -> None:
        try:
            record = records.get(self.context.uow(), self.spec, record_id)
        except NotFoundError:
            self._show_nothing()
            return
        if record.deleted:
            self._show_nothing()
        else:
            self._show_record(record)
