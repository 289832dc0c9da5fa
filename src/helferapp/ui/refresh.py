"""Changes made elsewhere, and how the window takes them in without rebuilding itself.

An exchange import, a journal restore, a table import, a merge of duplicates and an
Austauschordner round all write records that no page wrote itself. They do not reopen the
window (only opening another database or restoring a backup does): each command says what
it changed in a ``Changed`` value — the way Anki's operations return what they changed and
the widgets decide — and ``MainWindow.refresh_all`` hands it to every page, which reloads
in place, so the user stays on the page and record where they were.

Rückgängig after such a change: an undo step writes back what one record looked like
before the user's edit, so after a change that may have rewritten existing records (an
import, a journal restore, a merge of duplicates) a step could silently take back values
the change brought in. Those changes therefore clear the history, and the status bar says
so. A table import only adds new records with new ids, never touches an existing one, so
every step still applies and the history stays.
"""

from __future__ import annotations

from dataclasses import dataclass

from helferapp.ui.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Changed:
    """What a change made elsewhere did.

    ``kinds``: the kind codes whose records changed; empty means any kind may have.
    ``keeps_undo``: every undo step still applies afterwards (else the history is cleared
    and ``undo_gone`` is shown). ``local``: a new local edit that the own file in the
    Austauschordner should carry (an import of others' data is not).
    """

    kinds: frozenset[str] = frozenset()
    keeps_undo: bool = False
    undo_gone: str = ""
    local: bool = True

    def touches(self, *kind_codes: str | None) -> bool:
        """Whether records of any of ``kind_codes`` may have changed."""
        return not self.kinds or any(code in self.kinds for code in kind_codes)


IMPORT = Changed(
    undo_gone=QT_TRANSLATE_NOOP("refresh", "Rückgängig ist nach einem Import nicht mehr möglich."),
    local=False,
)
"""An exchange file (or an Austauschordner round, or a Landkreis round trip) was merged."""

JOURNAL_RESTORE = Changed(
    undo_gone=QT_TRANSLATE_NOOP(
        "refresh",
        "Rückgängig ist nach dem Zurückholen aus dem Import-Protokoll nicht mehr möglich.",
    )
)
"""Values from the import journal were written back."""

DUPLICATES_MERGED = Changed(
    undo_gone=QT_TRANSLATE_NOOP(
        "refresh", "Rückgängig ist nach dem Zusammenführen von Dubletten nicht mehr möglich."
    )
)
"""Duplicates were merged (the kept record changed, references moved)."""


def table_imported(kind_code: str) -> Changed:
    """Rows of a table came in as new records of one kind; every undo step still applies."""
    return Changed(kinds=frozenset({kind_code}), keeps_undo=True)
