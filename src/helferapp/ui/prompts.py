"""The few questions the app asks, worded once: save changes?, move to the Papierkorb?

Buttons carry German texts of their own (not only Qt's translated standard texts), so
the questions read right even when Qt's translations are missing; tests answer them by
patching ``QMessageBox.exec``, which returns the standard button that was chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from helferapp.domain.os_errors import describe_os_error

Button = QMessageBox.StandardButton


def _tr(text: str) -> str:
    return QCoreApplication.translate("prompts", text)


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(box.textFormat().PlainText)
    return box


def ask_unsaved(parent: QWidget | None, what: str) -> Answer:
    """Ask what to do with unsaved changes of ``what`` (e.g. "Angebot „Deutschkurs“")."""
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        _tr("Ungespeicherte Änderungen"),
        _tr("%1 wurde geändert, aber noch nicht gespeichert.").replace("%1", what),
    )
    box.setInformativeText(_tr("Möchten Sie die Änderungen speichern?"))
    box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
    box.button(Button.Save).setText(_tr("&Speichern"))
    box.button(Button.Discard).setText(_tr("&Verwerfen"))
    box.button(Button.Cancel).setText(_tr("&Abbrechen"))
    box.setDefaultButton(Button.Save)
    box.setEscapeButton(Button.Cancel)
    answer = box.exec()
    if answer == Button.Save:
        return Answer.SAVE
    if answer == Button.Discard:
        return Answer.DISCARD
    return Answer.CANCEL


def may_close(parent: QWidget | None, what: str, save: Callable[[], object]) -> bool:
    """A dialog with unsaved input is being closed: ask what to do with ``what``.

    Speichern runs ``save``, which closes the dialog when it succeeds (and otherwise
    leaves it open with the problems shown); Abbrechen keeps it open. True only for
    Verwerfen: close without saving.
    """
    answer = ask_unsaved(parent, what)
    if answer is Answer.SAVE:
        save()
    return answer is Answer.DISCARD


def confirm(parent: QWidget | None, title: str, text: str, yes: str, info: str = "") -> bool:
    """A yes/no question whose yes-button says what will happen (e.g. "In den Papierkorb")."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    if info:
        box.setInformativeText(info)
    box.setStandardButtons(Button.Yes | Button.No)
    box.button(Button.Yes).setText(yes)
    box.button(Button.No).setText(_tr("&Abbrechen"))
    box.setDefaultButton(Button.Yes)
    box.setEscapeButton(Button.No)
    return box.exec() == Button.Yes


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, info: str) -> None:
    box = _box(parent, icon, title, text)
    if info:
        box.setInformativeText(info)
    box.setStandardButtons(Button.Ok)
    box.exec()


def inform(parent: QWidget | None, title: str, text: str, info: str = "") -> None:
    _tell(parent, QMessageBox.Icon.Information, title, text, info)


def warn(parent: QWidget | None, title: str, text: str, info: str = "") -> None:
    """Show a problem the user can fix (a ``UserError``'s German message)."""
    _tell(parent, QMessageBox.Icon.Warning, title, text, info)


def warn_not_written(parent: QWidget | None, error: OSError, path: str | Path) -> None:
    """A file the user chose could not be written: why, in plain German, and what to do."""
    warn(
        parent,
        _tr("Nicht gespeichert"),
        _tr("Die Datei ließ sich nicht schreiben. %1 Bitte einen anderen Ort wählen.").replace(
            "%1", describe_os_error(error, path, writing=True)
        ),
    )
