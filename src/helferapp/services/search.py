"""One search box over all records: "muller" finds Müller wherever he appears.

Each kind is searched through its folded ``search_text`` column (see
``store.stamping``), so the query is one ``LIKE`` per word, which stays fast
at the size of a whole Landkreis network's data.
"""

from __future__ import annotations

from dataclasses import dataclass

from helferapp.domain.labels import kind_label
from helferapp.domain.text_folding import fold_terms
from helferapp.domain.validation import format_date
from helferapp.services.records import matching
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import (
    SYNCED_MODELS,
    Contact,
    HelperGroup,
    Organisation,
    Person,
    Programme,
    SyncedRecord,
)

_KIND_LABELS: dict[str, str] = {
    model.kind_code: kind_label(model.__tablename__) for model in SYNCED_MODELS
}


@dataclass(frozen=True)
class SearchHit:
    """One found record."""

    kind_code: str
    id: str
    title: str
    detail: str

    @property
    def kind_label(self) -> str:
        return _KIND_LABELS.get(self.kind_code, self.kind_code)


def _title(record: SyncedRecord) -> tuple[str, str]:
    if isinstance(record, HelperGroup):
        return record.name, record.locality
    if isinstance(record, Programme):
        return record.title, record.location
    if isinstance(record, Organisation):
        return record.name, record.kind.label
    if isinstance(record, Person):
        return record.name, record.role
    if isinstance(record, Contact):
        return record.subject, format_date(record.contact_date)
    return record.id, ""


def search(uow: UnitOfWork, query: str, limit: int = 50) -> list[SearchHit]:
    """Find live records of every kind whose text contains all words of ``query``."""
    if not fold_terms(query):
        return []
    hits: list[SearchHit] = []
    with uow:
        for model in (HelperGroup, Organisation, Programme, Person, Contact):
            statement = (
                matching(model, query)
                .where(model.deleted.is_(False), model.purged.is_(False))
                .limit(limit - len(hits))
            )
            for record in uow.session.scalars(statement):
                title, detail = _title(record)
                hits.append(SearchHit(model.kind_code, record.id, title, detail))
            if len(hits) >= limit:
                break
    return hits
