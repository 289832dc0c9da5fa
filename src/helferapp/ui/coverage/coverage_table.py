"""The Kreis table of the Versorgung page, and the texts that describe a Kreis in words.

The shared ``RecordTableModel`` already filters and sorts plain rows in memory; here the
rows are ``(ags, KreisCoverage, search text)`` and the columns say how each figure shows
and sorts (numbers as numbers, "nicht erfasst" after every recorded status). The Lücken
column is drawn in the palette's warning red as well as spelled out, so colour is never
the only hint. ``describe`` gives the same figures as sentences for the map's tooltip
and the detail box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from helferapp.domain.enums import ConceptStatus, KIArea, KIStatus
from helferapp.domain.text_folding import fold
from helferapp.services.coverage import KreisCoverage
from helferapp.services.coverage_measures import german_number
from helferapp.ui.models.display import date_text, enum_text, warning_colour
from helferapp.ui.models.table_model import AnyIndex, Column, RecordTableModel
from helferapp.ui.texts import QT_TRANSLATE_NOOP

Row = tuple[str, KreisCoverage, str]
_CONCEPT_ORDER = {ConceptStatus.ADOPTED: 0, ConceptStatus.PLANNED: 1, ConceptStatus.NONE: 2}
_KI_ORDER = {KIStatus.ACTIVE: 0, KIStatus.PLANNED: 1, KIStatus.NONE: 2}


def tr(text: str) -> str:
    return QCoreApplication.translate("coverage", text)


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("regions", kind)


def status_text(member: ConceptStatus | KIStatus | None) -> str:
    return enum_text(member) if member is not None else tr("nicht erfasst")


def gaps_text(row: KreisCoverage) -> str:
    return ", ".join(tr(gap.label) for gap in row.gaps)


def _count(value: int) -> str:
    return german_number(value, 0)


def _area_column(area: KIArea, title: str) -> Column:
    return Column(
        title,
        lambda r: _count(r[1].by_area[area]),
        key=lambda r: r[1].by_area[area],
        width=10,
        right=True,
    )


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("columns", "Kreis"), lambda r: r[1].name, width=22),
    Column(QT_TRANSLATE_NOOP("columns", "Art"), lambda r: kind_text(r[1].kind), width=14),
    Column(QT_TRANSLATE_NOOP("columns", "Regierungsbezirk"), lambda r: r[1].bezirk_name, width=17),
    Column(
        QT_TRANSLATE_NOOP("columns", "Lücken"),
        lambda r: gaps_text(r[1]),
        key=lambda r: (len(r[1].gaps), [gap.value for gap in r[1].gaps]),
        width=34,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Integrationskonzept"),
        lambda r: status_text(r[1].concept),
        key=lambda r: _CONCEPT_ORDER.get(r[1].concept, 3),
        width=14,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "KI"),
        lambda r: status_text(r[1].ki),
        key=lambda r: _KI_ORDER.get(r[1].ki, 3),
        width=14,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Integrationslotsin"),
        lambda r: tr("ja") if r[1].integration_guide else "",
        key=lambda r: not r[1].integration_guide,
        width=8,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Helferkreise"),
        lambda r: _count(r[1].groups),
        key=lambda r: r[1].groups,
        width=9,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Angebote"),
        lambda r: _count(r[1].programmes),
        key=lambda r: r[1].programmes,
        width=9,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "je 10.000 Einw."),
        lambda r: german_number(r[1].per_10k),
        key=lambda r: r[1].per_10k,
        width=10,
        right=True,
    ),
    _area_column(KIArea.ELEMENTARY, QT_TRANSLATE_NOOP("columns", "Elementarbereich")),
    _area_column(KIArea.SCHOOL, QT_TRANSLATE_NOOP("columns", "Schule")),
    _area_column(KIArea.SCHOOL_TO_WORK, QT_TRANSLATE_NOOP("columns", "Übergang Schule–Beruf")),
    _area_column(KIArea.CROSS_CUTTING, QT_TRANSLATE_NOOP("columns", "Querschnitt")),
    Column(
        QT_TRANSLATE_NOOP("columns", "Gemeinden ohne Angebot"),
        lambda r: f"{_count(r[1].gemeinden_without)} / {_count(r[1].gemeinden)}",
        key=lambda r: (r[1].gemeinden_without, r[1].gemeinden),
        width=10,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Letzter KI-Kontakt"),
        lambda r: date_text(r[1].last_ki_contact),
        key=lambda r: r[1].last_ki_contact.toordinal() if r[1].last_ki_contact else 0,
        width=12,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Einwohner"),
        lambda r: _count(r[1].population),
        key=lambda r: r[1].population,
        width=11,
        right=True,
    ),
]
GAPS_COLUMN = 3


class CoverageTableModel(RecordTableModel):
    """Kreise with their figures; the Lücken column in the warning colour."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)

    def set_kreise(self, kreise: list[KreisCoverage]) -> None:
        self.set_rows(
            (
                row.ags,
                row,
                fold(f"{row.name} {kind_text(row.kind)} {row.bezirk_name} {gaps_text(row)}"),
            )
            for row in kreise
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == GAPS_COLUMN
        ):
            return warning_colour(QGuiApplication.palette())
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return describe(self.row_at(index.row())[1])
        return super().data(index, role)


def describe(row: KreisCoverage) -> str:
    """The figures of one Kreis in a few lines (map tooltip, detail box)."""
    lines = [
        f"{row.name} ({kind_text(row.kind)}), {tr('Regierungsbezirk')} {row.bezirk_name}",
        tr("Integrationskonzept: %1").replace("%1", status_text(row.concept))
        + (f", {date_text(row.concept_date)}" if row.concept_date else ""),
        tr("KI: %1").replace("%1", status_text(row.ki))
        + (f", {tr('seit')} {date_text(row.ki_date)}" if row.ki_date else ""),
        tr("Integrationslotsin: %1").replace(
            "%1", tr("ja") if row.integration_guide else tr("nein")
        ),
        tr("%1 Helferkreise, %2 aktive Angebote (%3 je 10.000 Einwohner)")
        .replace("%1", _count(row.groups))
        .replace("%2", _count(row.programmes))
        .replace("%3", german_number(row.per_10k)),
        " · ".join(f"{enum_text(area)}: {_count(row.by_area[area])}" for area in KIArea),
        tr("Gemeinden ohne Angebot: %1 von %2")
        .replace("%1", _count(row.gemeinden_without))
        .replace("%2", _count(row.gemeinden)),
        tr("Letzter Kontakt mit dem KI: %1").replace(
            "%1", date_text(row.last_ki_contact) or tr("keiner erfasst")
        ),
    ]
    lines.append(tr("Lücken: %1").replace("%1", gaps_text(row) or tr("keine")))
    return "\n".join(lines)
