"""Read-only queries for the GUI: table rows, related lists, titles, counts.

Everything returned is a plain named tuple (no ORM object leaves a session), so Qt item
models can hold the rows and the GUI never keeps a session open.
"""

from helferapp.services.queries.overview import (
    DueFollowUps,
    RecentRow,
    counts,
    due_follow_ups,
    is_empty,
    recent_changes,
    titled_rows,
)
from helferapp.services.queries.reading import region_names, sort_key, stamp_ms
from helferapp.services.queries.related import (
    GroupLink,
    GroupRelations,
    OrganisationRelations,
    RegionRelations,
    RelatedItem,
    group_relations,
    organisation_relations,
    region_relations,
)
from helferapp.services.queries.rows import (
    ContactRow,
    GroupRow,
    OrganisationRow,
    PersonRow,
    ProgrammeRow,
    RegionTableRow,
)
from helferapp.services.queries.tables import (
    ROW_QUERIES,
    contact_rows,
    group_rows,
    organisation_rows,
    person_rows,
    programme_rows,
    region_rows,
)

__all__ = [
    "ROW_QUERIES",
    "ContactRow",
    "DueFollowUps",
    "GroupLink",
    "GroupRelations",
    "GroupRow",
    "OrganisationRelations",
    "OrganisationRow",
    "PersonRow",
    "ProgrammeRow",
    "RecentRow",
    "RegionRelations",
    "RegionTableRow",
    "RelatedItem",
    "contact_rows",
    "counts",
    "due_follow_ups",
    "group_relations",
    "group_rows",
    "is_empty",
    "organisation_relations",
    "organisation_rows",
    "person_rows",
    "programme_rows",
    "recent_changes",
    "region_names",
    "region_relations",
    "region_rows",
    "sort_key",
    "stamp_ms",
    "titled_rows",
]
