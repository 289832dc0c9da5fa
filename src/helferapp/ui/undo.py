"""Rückgängig (Strg+Z): every saved change can be taken back, step by step.

An undo is itself a new edit through the services (never a rollback of the database),
so it is stamped like any other edit and travels in the next exchange file. A step
remembers what the record looked like before: undoing a creation puts the record in the
Papierkorb, undoing an edit writes the old content back, undoing a deletion restores.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from helferapp.domain.errors import UserError
from helferapp.domain.records import RecordData
from helferapp.services import records
from helferapp.services.entities import SPECS
from helferapp.ui import prompts
from helferapp.ui.context import AppContext
from helferapp.ui.models.display import kind_label
from helferapp.ui.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from helferapp.ui.main_window import MainWindow


class Change(Enum):
    CREATED = "created"
    EDITED = "edited"
    DELETED = "deleted"
    RESTORED = "restored"


@dataclass(frozen=True)
class UndoStep:
    """One change a person made, and what it takes to take it back."""

    change: Change
    kind_code: str
    record_id: str
    title: str
    before: RecordData | None = None

    def describe(self) -> str:
        """E.g. "Angebot „Deutschkurs“ gespeichert", for the menu and the status bar."""
        template = {
            Change.CREATED: QT_TRANSLATE_NOOP("undo", "%1 „%2“ angelegt"),
            Change.EDITED: QT_TRANSLATE_NOOP("undo", "%1 „%2“ gespeichert"),
            Change.DELETED: QT_TRANSLATE_NOOP("undo", "%1 „%2“ in den Papierkorb gelegt"),
            Change.RESTORED: QT_TRANSLATE_NOOP("undo", "%1 „%2“ wiederhergestellt"),
        }[self.change]
        text = QCoreApplication.translate("undo", template)
        return text.replace("%1", kind_label(self.kind_code)).replace("%2", self.title)

    def undo(self, context: AppContext) -> Any:
        """Write the opposite change through the services."""
        spec = SPECS[self.kind_code]
        uow = context.uow()
        if self.change in (Change.CREATED, Change.RESTORED):
            return records.delete(uow, spec, self.record_id)
        if self.change is Change.DELETED:
            return records.restore(uow, spec, self.record_id)
        assert self.before is not None
        return records.update(uow, spec, self.record_id, self.before)


class UndoHistory:
    """The last steps, newest last; bounded so that a long session stays small."""

    LIMIT = 50

    def __init__(self) -> None:
        self._steps: list[UndoStep] = []

    def push(self, step: UndoStep) -> None:
        self._steps.append(step)
        del self._steps[: -self.LIMIT]

    def peek(self) -> UndoStep | None:
        return self._steps[-1] if self._steps else None

    def pop(self) -> UndoStep | None:
        return self._steps.pop() if self._steps else None

    def clear(self) -> None:
        self._steps.clear()

    def __len__(self) -> int:
        return len(self._steps)


def undo_last(window: MainWindow) -> None:
    """Rückgängig: take back the newest step, once the page has asked about unsaved
    input; the window's pages then show the record as it is again."""
    step = window.history.peek()
    if step is None:
        window.show_message(
            QCoreApplication.translate("MainWindow", "Es gibt nichts rückgängig zu machen.")
        )
        return
    if not window.current_page().confirm_leave():
        return
    window.history.pop()
    try:
        step.undo(window.context)
    except UserError as error:
        title = QCoreApplication.translate("MainWindow", "Rückgängig nicht möglich")
        prompts.warn(window, title, error.message)
        window.update_actions()
        return
    window.broadcast(step.kind_code, step.record_id)
    done = QCoreApplication.translate("MainWindow", "Rückgängig gemacht: %1")
    window.show_message(done.replace("%1", step.describe()))
