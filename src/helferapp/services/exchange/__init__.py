"""Export and import of ``.helferapp`` files: the one door the front ends use.

Export chooses the records (``scope``: everything, one Helferkreis, one Landkreis or
Regierungsbezirk, or what changed since the last export to a named partner), adds every
record they point to, applies the consent rule, and writes the file atomically
(``export``). Import reads, checks and merges the whole file in one transaction, with a
preview that rolls the same merge back and a refusal of a file far ahead of this
laptop's clock (``importing``). Every local value an import replaces lands in the
journal, from where it can be restored as a new local edit (``journal``).

This package re-exports what the front ends and the other services use, together with
the merge's result types, so that ``ui/`` and ``cli/`` need nothing below services.
"""

from __future__ import annotations

from helferapp.services.exchange.export import ExportResult as ExportResult
from helferapp.services.exchange.export import export_file as export_file
from helferapp.services.exchange.export import export_partners as export_partners
from helferapp.services.exchange.export import lower_export_marks as lower_export_marks
from helferapp.services.exchange.export import set_installation_label as set_installation_label
from helferapp.services.exchange.importing import MAX_FILE_BYTES as MAX_FILE_BYTES
from helferapp.services.exchange.importing import ClockSkewError as ClockSkewError
from helferapp.services.exchange.importing import DemoDataError as DemoDataError
from helferapp.services.exchange.importing import ImportResult as ImportResult
from helferapp.services.exchange.importing import check_demo_mark as check_demo_mark
from helferapp.services.exchange.importing import clock_ahead_warning as clock_ahead_warning
from helferapp.services.exchange.importing import clock_warning as clock_warning
from helferapp.services.exchange.importing import commit_import as commit_import
from helferapp.services.exchange.importing import import_file as import_file
from helferapp.services.exchange.importing import needs_password as needs_password
from helferapp.services.exchange.importing import open_exchange as open_exchange
from helferapp.services.exchange.importing import preview_import as preview_import
from helferapp.services.exchange.importing import skew_refusal as skew_refusal
from helferapp.services.exchange.journal import JournalRow as JournalRow
from helferapp.services.exchange.journal import field_enum as field_enum
from helferapp.services.exchange.journal import list_journal as list_journal
from helferapp.services.exchange.journal import restore_journal_entry as restore_journal_entry
from helferapp.services.exchange.journal import shown_value as shown_value
from helferapp.services.exchange.scope import IDENTIFYING as IDENTIFYING
from helferapp.services.exchange.scope import ConsentMode as ConsentMode
from helferapp.services.exchange.scope import ExportScope as ExportScope
from helferapp.services.exchange.scope import ScopeKind as ScopeKind
from helferapp.sync.envelope import WrongPasswordError as WrongPasswordError
from helferapp.sync.exchange_file import CURRENT_VERSION as CURRENT_VERSION
from helferapp.sync.exchange_file import TABLES, WRITES
from helferapp.sync.exchange_format import major_of as major_of
from helferapp.sync.merge_report import ImportCancelled as ImportCancelled
from helferapp.sync.merge_report import MergeReport as MergeReport
from helferapp.sync.merge_report import Overwrite as Overwrite
from helferapp.sync.merge_report import TableChanges as TableChanges

EXTENSION = ".helferapp"
FORMAT_VERSIONS: tuple[str, ...] = WRITES
"""The format versions an export can be written in, oldest first (FORMAT.md §7)."""


EXCHANGE_TABLES: tuple[str, ...] = TABLES
"""The tables an exchange file carries, in their order (for the front ends' counts)."""
