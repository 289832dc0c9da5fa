"""The Kreis table of the Versorgung page, and the texts that describe a Kreis in words.

The shared ``RecordTableModel`` already filters and sorts plain rows in memory; here the
rows are ``(ags, KreisCoverage, search text)`` and the columns say how each figure shows
and sorts (numbers as numbers, "nicht erfasst" after every recorded status). The Lücken
column is drawn in the palette's warning red as well as spelled out, so colour is never
the only hint. ``describe`` gives the same figures as sentences for the map's tooltip
and the detail box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from helferapp.domain.enums import ConceptStatus, KIArea, KIStatus
from helferapp.domain.text_folding import fold
from helferapp.services.coverage import KISource, KreisCoverage
from helferapp.services.coverage_measures import german_number
from helferapp.ui.models.display import date_text, enum_text, warning_colour
from helferapp.ui.models.table_model import AnyIndex, Column, RecordTableModel
from helferapp.ui.texts import QT_TRANSLATE_NOOP, plural

Row = tuple[str, KreisCoverage, str]
_CONCEPT_ORDER = {ConceptStatus.ADOPTED: 0, ConceptStatus.PLANNED: 1, ConceptStatus.NONE: 2}
_KI_ORDER = {KIStatus.ACTIVE: 0, KIStatus.PLANNED: 1, KIStatus.NONE: 2}


def tr(text: str) -> str:
    return QCoreApplication.translate("coverage", text)


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("regions", kind)


def status_text(member: ConceptStatus | KIStatus | None) -> str:
    return enum_text(member) if member is not None else tr("nicht erfasst")


def ki_cell(row: KreisCoverage) -> str:
    """The KI column: the recorded status, or "bekannt (Stelle)" when only a Stelle says so."""
    if row.ki_source is KISource.STELLE:
        return tr("bekannt (Stelle)")
    return status_text(row.ki)


def ki_sentence(row: KreisCoverage) -> str:
    """The KI with its source, e.g. "KI bekannt (Stelle …), Status nicht erfasst"."""
    if row.ki_source is KISource.STELLE:
        return tr("KI bekannt (Stelle %1), Status nicht erfasst").replace(
            "%1", ", ".join(row.ki_stellen)
        )
    if row.ki is None:
        return tr("KI: %1").replace("%1", tr("nicht erfasst"))
    text = tr("KI: %1 (Status auf der Seite Gebiete erfasst)").replace("%1", enum_text(row.ki))
    return text + (f", {tr('seit')} {date_text(row.ki_date)}" if row.ki_date else "")


def gaps_text(row: KreisCoverage) -> str:
    return ", ".join(tr(gap.label) for gap in row.gaps)


def _count(value: int) -> str:
    return german_number(value, 0)


def _count_column(
    title: str, figure: Callable[[KreisCoverage], int], width: int, tooltip: str = ""
) -> Column:
    """A column of a whole number of the Kreis: shown with German digit grouping,
    sorted as a number, aligned right."""
    return Column(
        title,
        lambda r: _count(figure(r[1])),
        key=lambda r: figure(r[1]),
        width=width,
        right=True,
        tooltip=tooltip,
    )


def _area_column(area: KIArea, title: str, tooltip: str) -> Column:
    return _count_column(title, lambda kreis: kreis.by_area[area], 10, tooltip)


def kreis_cell(row: KreisCoverage) -> str:
    """The name with a short kind, so that Augsburg (Lkr.) and Augsburg (Stadt) differ."""
    short = tr("Stadt") if row.kind == "kreisfreie Stadt" else tr("Lkr.")
    return f"{row.name} ({short})"


COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Kreis"),
        lambda r: kreis_cell(r[1]),
        key=lambda r: (fold(r[1].name), r[1].kind),
        width=25,
        tooltip=QT_TRANSLATE_NOOP("columns", "Landkreis (Lkr.) oder kreisfreie Stadt"),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "KI"),
        lambda r: ki_cell(r[1]),
        key=lambda r: _KI_ORDER.get(r[1].ki, 3 if r[1].ki_stellen else 4),
        width=15,
        tooltip=QT_TRANSLATE_NOOP("columns", "Kommunales Integrationszentrum"),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Konzept"),
        lambda r: status_text(r[1].concept),
        key=lambda r: _CONCEPT_ORDER.get(r[1].concept, 3),
        width=12,
        tooltip=QT_TRANSLATE_NOOP("columns", "Integrationskonzept"),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Lücken"),
        lambda r: gaps_text(r[1]),
        key=lambda r: (len(r[1].gaps), [gap.value for gap in r[1].gaps]),
        width=34,
        tooltip=QT_TRANSLATE_NOOP("columns", "Was dem Kreis zum Ziel noch fehlt"),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Art"), lambda r: kind_text(r[1].kind), width=14),
    Column(
        QT_TRANSLATE_NOOP("columns", "Bezirk"),
        lambda r: r[1].bezirk_name,
        width=14,
        tooltip=QT_TRANSLATE_NOOP("columns", "Regierungsbezirk"),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Lotsin"),
        lambda r: tr("ja") if r[1].integration_guide else "",
        key=lambda r: not r[1].integration_guide,
        width=7,
        tooltip=QT_TRANSLATE_NOOP("columns", "Integrationslotsin"),
    ),
    _count_column(QT_TRANSLATE_NOOP("columns", "Helferkreise"), lambda k: k.groups, 9),
    _count_column(QT_TRANSLATE_NOOP("columns", "Angebote"), lambda k: k.programmes, 9),
    Column(
        QT_TRANSLATE_NOOP("columns", "je 10.000 Einw."),
        lambda r: german_number(r[1].per_10k),
        key=lambda r: r[1].per_10k,
        width=10,
        right=True,
        tooltip=QT_TRANSLATE_NOOP("columns", "Aktive Angebote je 10.000 Einwohner"),
    ),
    _area_column(
        KIArea.ELEMENTARY,
        QT_TRANSLATE_NOOP("columns", "Elementar"),
        QT_TRANSLATE_NOOP("columns", "Aktive Angebote im Elementarbereich"),
    ),
    _area_column(
        KIArea.SCHOOL,
        QT_TRANSLATE_NOOP("columns", "Schule"),
        QT_TRANSLATE_NOOP("columns", "Aktive Angebote im Bereich Schule"),
    ),
    _area_column(
        KIArea.SCHOOL_TO_WORK,
        QT_TRANSLATE_NOOP("columns", "Übergang"),
        QT_TRANSLATE_NOOP("columns", "Aktive Angebote im Übergang Schule–Beruf"),
    ),
    _area_column(
        KIArea.CROSS_CUTTING,
        QT_TRANSLATE_NOOP("columns", "Querschnitt"),
        QT_TRANSLATE_NOOP("columns", "Aktive Angebote im Querschnitt"),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Gem. ohne"),
        lambda r: f"{_count(r[1].gemeinden_without)} / {_count(r[1].gemeinden)}",
        key=lambda r: (r[1].gemeinden_without, r[1].gemeinden),
        width=10,
        right=True,
        tooltip=QT_TRANSLATE_NOOP("columns", "Gemeinden ohne aktives Angebot / alle Gemeinden"),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "KI-Kontakt"),
        lambda r: date_text(r[1].last_ki_contact),
        key=lambda r: r[1].last_ki_contact.toordinal() if r[1].last_ki_contact else 0,
        width=12,
        tooltip=QT_TRANSLATE_NOOP("columns", "Letzter Kontakt mit einem KI des Kreises"),
    ),
    _count_column(QT_TRANSLATE_NOOP("columns", "Einwohner"), lambda k: k.population, 11),
]
GAPS_COLUMN = 3
KI_COLUMN = 1


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
        ki_sentence(row),
        tr("Integrationslotsin: %1").replace(
            "%1", tr("ja") if row.integration_guide else tr("nein")
        ),
        plural("coverage", "%Ln Helferkreise", row.groups)
        + ", "
        + plural(
            "coverage", "%Ln aktive Angebote (%1 je 10.000 Einwohner)", row.programmes
        ).replace("%1", german_number(row.per_10k)),
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
