"""Gebiete: where Bavaria has an Integrationskonzept and a KI, and where not yet.

The table lists the 96 Kreise and the Gemeinden, each with its kind beside the name
(Landkreis Augsburg and the kreisfreie Stadt Augsburg are different places), the
status recorded for it and how many Helferkreise and Angebote work there. Choosing a
row opens its status form; a Gebiet without a status gets a fresh one to fill in.
"""

from __future__ import annotations

from typing import Any

from helferapp.domain.errors import NotFoundError
from helferapp.domain.ids import region_status_id
from helferapp.domain.records import RegionStatusData
from helferapp.services import queries, records
from helferapp.services.records import Record
from helferapp.ui.context import AppContext
from helferapp.ui.models.columns import REGION_COLUMNS
from helferapp.ui.records.page_config import PageConfig
from helferapp.ui.records.record_page import RecordPage
from helferapp.ui.records.related import RelatedTabs
from helferapp.ui.texts import QT_TRANSLATE_NOOP

CONFIG = PageConfig(
    kind_code="region_status",
    nav_title=QT_TRANSLATE_NOOP("RegionsPage", "Gebiete"),
    title=QT_TRANSLATE_NOOP("RegionsPage", "Gebiete: Integrationskonzept und KI"),
    new_text="",
    new_heading=QT_TRANSLATE_NOOP("RegionsPage", "Status eines Gebiets"),
    empty_text=QT_TRANSLATE_NOOP("RegionsPage", "Keine Gebiete gefunden."),
    columns=REGION_COLUMNS,
    query=queries.region_rows,
    depends_on=frozenset({"group", "programme"}),
)


class RegionsPage(RecordPage):
    """Kreise and Gemeinden with their Integrationskonzept/KI status form."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(context, CONFIG, parent)

    def build_related(self) -> RelatedTabs:
        tabs = RelatedTabs(self)
        self.groups = tabs.new_list(
            QT_TRANSLATE_NOOP("related", "Helferkreise hier"),
            QT_TRANSLATE_NOOP("related", "Hier ist noch kein Helferkreis eingetragen."),
        )
        self.organisations = tabs.new_list(
            QT_TRANSLATE_NOOP("related", "Stellen hier"),
            QT_TRANSLATE_NOOP("related", "Hier ist noch keine Stelle eingetragen."),
        )
        self.related = tabs
        return tabs

    def load_related(self, record: Record[Any] | None) -> None:
        if self._row_id is None:
            self.related.clear_all()
            return
        relations = queries.region_relations(self.context.uow(), self._row_id)
        self.related.set_items(self.groups, relations.groups)
        self.related.set_items(self.organisations, relations.organisations)

    # --- rows are Gebiete (by AGS); records are their status --------------------------

    def row_id_of(self, record: Record[Any]) -> str:
        return str(record.data.ags)

    def _region_title(self, ags: str | None) -> str:
        if not ags:
            return ""
        row = self.model.row_of(ags)
        if row >= 0:
            region = self.model.row_at(row)
            return f"{region.name} ({region.kind})"
        return ags

    def record_title(self, record: Record[Any]) -> str:
        return self._region_title(record.data.ags)

    def heading_text(self) -> str:
        if self._row_id is None:
            return ""
        title = self._region_title(self._row_id)
        if self.current is None:
            return self.tr("%1 – noch kein Status erfasst").replace("%1", title)
        return title

    def open(self, record_id: str) -> bool:
        """Open the status of the Gebiet ``record_id`` (an AGS), or a fresh one."""
        try:
            record = records.get(self.context.uow(), self.spec, region_status_id(record_id))
        except NotFoundError:
            record = None
        if record is not None and not record.deleted:
            self._show_record(record)
            return True
        form = self._ensure_form()
        form.clear_errors()
        form.load(None, RegionStatusData(ags=record_id))
        self.current, self._new, self._row_id = None, True, record_id
        self.detail.show_form(True)
        self.detail.delete_button.setEnabled(False)
        self._update_heading()
        self.load_related(None)
        return True

    def show_record(self, record_id: str) -> bool:
        if len(record_id) > 8:  # a status record's id: open its Gebiet
            try:
                record = records.get(self.context.uow(), self.spec, record_id)
            except NotFoundError:
                return False
            record_id = str(record.data.ags)
        return super().show_record(record_id)

    def cancel(self) -> None:
        if self._row_id is not None:
            self.open(self._row_id)
        else:
            super().cancel()

    def can_create(self) -> bool:
        return False

    def save(self) -> bool:
        if self.current is None and not self.is_dirty():
            return True  # nothing entered for a Gebiet without status: nothing to save
        return super().save()

    def on_record_changed(self, kind_code: str, record_id: str) -> None:
        if kind_code != self.kind_code:
            super().on_record_changed(kind_code, record_id)
            return
        try:
            ags = str(records.get(self.context.uow(), self.spec, record_id).data.ags)
        except NotFoundError:
            return
        self.refresh_rows([ags])
        if ags == self._row_id and not self.is_dirty():
            self.open(ags)
