"""Running a long service call (import, export) off the GUI thread, with progress and cancel.

The window stays responsive and can be redrawn while a large file is merged. The task
reports progress through a Qt signal and checks a cancel flag between chunks; the
service then rolls back, so "Abbrechen" always means "nothing was written".
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

# A job: ``job(cancelled, progress)`` with ``cancelled()`` and ``progress(done, total)``.
Job = Callable[[Callable[[], bool], Callable[[int, int], None]], T]


class _Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, job: Job[Any]):
        super().__init__()
        self._job = job
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._job(self.cancel_event.is_set, self.progressed.emit)
        except BaseException as error:  # handed to the GUI thread, which decides
            self.error = error


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    job: Job[T],
    cancellable: bool = True,
) -> T:
    """Run ``job(cancelled, progress)`` in a thread behind a modal progress dialog.

    Returns the job's result; re-raises its exception in the GUI thread (so the caller
    shows ``UserError`` messages as usual).
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("tasks", "Abbrechen"))
    else:
        dialog.setCancelButton(None)
    worker = _Worker(job)
    loop = QEventLoop()

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    worker.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(worker.cancel_event.set)
    worker.finished.connect(loop.quit)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return cast(T, worker.result)  # what ``job`` returned
