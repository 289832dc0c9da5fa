"""Datei → Importieren…: password, preview, confirm, import with progress, journal.

Nothing is written before the user has seen the preview and pressed "Importieren"; the
import itself takes a backup first, runs in one transaction and can be cancelled (which
writes nothing). Afterwards the user sees what changed and, if local values were
overwritten, can open the journal to bring any of them back. A file whose dates lie
more than a day ahead of this laptop's clock is imported only after the user ticked
that they accept the difference (the preview says which date the file claims).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.domain.labels import kind_label
from helferapp.services import exchange, info
from helferapp.ui import prompts
from helferapp.ui.context import AppContext
from helferapp.ui.exchange.journal_dialog import JournalDialog, display_value, field_text
from helferapp.ui.tasks import run_with_progress
from helferapp.ui.texts import plural

_CATEGORIES = (
    ("new", "neu"),
    ("changed", "geändert"),
    ("deleted", "in den Papierkorb"),
    ("restored", "wiederhergestellt"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _message(error: UserError) -> str:
    return QCoreApplication.translate("messages", error.message)


def summary_lines(report: exchange.MergeReport) -> list[str]:
    """One line per kind of record that the import touches."""
    lines = []
    for table, changes in report.tables.items():
        if not changes.touched:
            continue
        parts = [
            f"{getattr(changes, attribute)} {_tr(word)}"
            for attribute, word in _CATEGORIES
            if getattr(changes, attribute)
        ]
        title = QCoreApplication.translate("labels", kind_label(table, plural=True))
        lines.append(f"{title}: {', '.join(parts)}")
    return lines


class PreviewDialog(QDialog):
    """Shows what an import would do; accepting it means "import now"."""

    def __init__(
        self, path: Path, result: exchange.ImportResult, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Vorschau: {name}").format(name=path.name))
        report = result.report
        # Room for the list of changes; a file with nothing new has only a few lines.
        self.resize(900, 620 if report.touched else 200)
        layout = QVBoxLayout(self)
        manifest = result.manifest
        source = manifest.installation_label or _tr("unbekannter Absender")
        header = QLabel(
            plural(
                "ImportDialog",
                "Datei von: %1 · %Ln Einträge · noch wurde nichts verändert.",
                manifest.record_count,
            ).replace("%1", source)
        )
        header.setWordWrap(True)
        layout.addWidget(header)
        if report.touched:
            layout.addWidget(self._changes_tree(report), 2)
        else:
            layout.addWidget(
                QLabel(_tr("Die Datei enthält nichts Neues – alles ist schon vorhanden."))
            )
            layout.addStretch(1)  # the lines together at the top, the button at the bottom
        self.accept_skew: QCheckBox | None = None
        if result.clock_warning:
            skew = QLabel(QCoreApplication.translate("messages", result.clock_warning))
            skew.setWordWrap(True)
            skew.setStyleSheet("font-weight: bold")
            layout.addWidget(skew)
            self.accept_skew = QCheckBox(
                _tr("Ich habe die Uhrzeiten geprüft und will die Datei trotzdem einlesen")
            )
            layout.addWidget(self.accept_skew)
        if report.overwrites:
            warning = QLabel(
                plural(
                    "ImportDialog",
                    "%Ln Werte hier würden durch neuere aus der Datei ersetzt. Sie bleiben "
                    "im Import-Protokoll und lassen sich dort zurückholen:",
                    len(report.overwrites),
                )
            )
            warning.setWordWrap(True)
            layout.addWidget(warning)
            layout.addWidget(self._overwrites_table(report), 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            _tr("Abbrechen") if report.touched else _tr("Schließen")
        )
        self.import_button = buttons.addButton(
            _tr("&Importieren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(report.touched > 0 and not result.clock_warning)
        self.import_button.setVisible(report.touched > 0)  # nothing to import: only close
        if self.accept_skew is not None:
            self.accept_skew.toggled.connect(
                lambda checked: self.import_button.setEnabled(checked and report.touched > 0)
            )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _changes_tree(self, report: exchange.MergeReport) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels([_tr("Was sich ändert")])
        tree.setAccessibleName(_tr("Änderungen durch den Import"))
        for table, changes in report.tables.items():
            if not changes.touched:
                continue
            title = QCoreApplication.translate("labels", kind_label(table, plural=True))
            top = QTreeWidgetItem([title])
            for attribute, word in _CATEGORIES:
                names = changes.titles.get(attribute, [])
                count = getattr(changes, attribute)
                if not count:
                    continue
                branch = QTreeWidgetItem([f"{count} {_tr(word)}"])
                for name in names:
                    branch.addChild(QTreeWidgetItem([name]))
                if count > len(names):
                    branch.addChild(
                        QTreeWidgetItem([_tr("… und {n} weitere").format(n=count - len(names))])
                    )
                top.addChild(branch)
            tree.addTopLevelItem(top)
            top.setExpanded(True)
        return tree

    def _overwrites_table(self, report: exchange.MergeReport) -> QTableWidget:
        headers = [_tr("Eintrag"), _tr("Feld"), _tr("Wert hier"), _tr("Wert aus der Datei")]
        shown = report.overwrites[:1000]
        table = QTableWidget(len(shown), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAccessibleName(_tr("Werte, die überschrieben würden"))
        table.verticalHeader().hide()
        for row, item in enumerate(shown):
            cells = (
                item.title,
                field_text(item.table, item.field),
                display_value(item.table, item.field, item.old_value),
                display_value(item.table, item.field, item.new_value),
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        return table


def _preview_job(
    context: AppContext,
    path: Path,
    password: str | None,
    _cancelled: Callable[[], bool],
    _progress: Callable[[int, int], None],
) -> exchange.ImportResult:
    """The check before the import, as a job for ``run_with_progress``."""
    return exchange.preview_import(context.database, path, password)


def _preview(
    parent: QWidget | None, context: AppContext, path: Path, known_password: str | None = None
) -> tuple[exchange.ImportResult, str | None] | None:
    """Ask for a password if needed and compute the preview; None if the user gave up.

    ``known_password`` (e.g. the Austauschordner's, already given in this session) is
    tried first; the user is asked only if there is none or it does not open the file.
    """
    try:
        protected = exchange.needs_password(path)
    except UserError as error:
        QMessageBox.warning(parent, _tr("Importieren"), _message(error))
        return None
    password: str | None = None
    untried = known_password if protected and known_password else None
    while True:
        known = untried is not None
        if untried is not None:
            password, untried = untried, None
        elif protected:
            text, ok = QInputDialog.getText(
                parent,
                _tr("Passwort"),
                _tr("„{name}“ ist mit einem Passwort geschützt. Passwort:").format(name=path.name),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            password = text
        try:
            result: exchange.ImportResult = run_with_progress(
                parent,
                _tr("Importieren"),
                _tr("Die Datei wird geprüft …"),
                functools.partial(_preview_job, context, path, password),
                cancellable=False,
            )
            return result, password
        except exchange.WrongPasswordError as error:
            if known:
                continue  # the known password does not fit this file: ask for its own
            QMessageBox.warning(parent, _tr("Passwort"), _message(error))
        except UserError as error:
            QMessageBox.warning(parent, _tr("Importieren"), _message(error))
            return None


def import_with_preview(
    parent: QWidget | None, context: AppContext, path: Path, password: str | None = None
) -> exchange.ImportResult | None:
    """The whole import conversation for one file; returns the result if data changed.

    ``password`` is one the user already gave for this file's source (the Austauschordner's
    shared password); it is tried before asking.
    """
    previewed = _preview(parent, context, path, password)
    if previewed is None:
        return None
    preview, password = previewed
    allow_demo = False
    if preview.manifest.demo and not info.is_demo(context.database):
        if not prompts.confirm(
            parent,
            _tr("Beispieldaten importieren?"),
            _tr(
                "„{name}“ stammt aus einer Beispieldatenbank: erfundene Helferkreise, Personen "
                "und Kontakte zum Ausprobieren."
            ).format(name=path.name),
            _tr("Trotzdem &importieren"),
            _tr(
                "In dieser echten Datenbank würden sie mit den echten Einträgen vermischt und "
                "mit jedem Export weitergegeben. Normalerweise: Abbrechen."
            ),
        ):
            return None
        allow_demo = True
    dialog = PreviewDialog(path, preview, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    accept_skew = dialog.accept_skew is not None and dialog.accept_skew.isChecked()
    try:
        result: exchange.ImportResult = run_with_progress(
            parent,
            _tr("Importieren"),
            _tr("„{name}“ wird eingelesen …").format(name=path.name),
            lambda cancelled, progress: exchange.import_file(
                context.database,
                path,
                password,
                accept_clock_skew=accept_skew,
                cancelled=cancelled,
                progress=progress,
                allow_demo=allow_demo,
            ),
        )
    except exchange.ImportCancelled as error:
        QMessageBox.information(parent, _tr("Importieren"), _message(error))
        return None
    except UserError as error:
        QMessageBox.warning(parent, _tr("Importieren"), _message(error))
        return None
    _show_result(parent, context, result)
    return result


def _show_result(
    parent: QWidget | None, context: AppContext, result: exchange.ImportResult
) -> None:
    lines = summary_lines(result.report) or [_tr("Es gab nichts Neues.")]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Import abgeschlossen"))
    box.setText("\n".join(lines))
    journal_button = None
    if result.report.overwrites:
        box.setInformativeText(
            plural(
                "ImportDialog",
                "%Ln Werte wurden durch neuere ersetzt. Im Import-Protokoll lassen sie "
                "sich zurückholen.",
                len(result.report.overwrites),
            )
        )
        journal_button = box.addButton(
            _tr("&Protokoll anzeigen"), QMessageBox.ButtonRole.ActionRole
        )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if journal_button is not None and box.clickedButton() is journal_button:
        JournalDialog(context, result.import_id, parent).exec()
