"""Bavaria's Gebiete as read-only reference data, loaded from ``resources/reference``.

The CSV (Destatis Gemeindeverzeichnis, see resources/reference/SOURCES.md) is shipped with
the app and copied into the ``region`` table whenever its content differs from what the
database holds (the SHA-256 of the file is kept in ``meta``), so an app update that brings
a newer Gebietsstand refreshes every database on its first start. A Gebiet that the new
list no longer has (Gemeinden merge) is kept while records still point to it, so that
the database's references stay intact; the user can move those records at leisure.
"""

from __future__ import annotations

import csv
import hashlib
import io
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from helferapp.domain.text_folding import fold
from helferapp.resources import resource
from helferapp.store.models import Base, Meta, Region

REGIONS_FILE = ("reference", "bavaria_regions.csv")
META_REGIONS_SHA = "regions_sha256"


def _float_or_none(value: str) -> float | None:
    return float(value) if value else None


def read_region_rows(data: bytes) -> list[dict[str, Any]]:
    """Parse the regions CSV into rows for the ``region`` table."""
    rows: list[dict[str, Any]] = []
    for record in csv.DictReader(io.StringIO(data.decode("utf-8"))):
        kind = record["kind"]
        rows.append(
            {
                "ags": record["ags"],
                "name": record["name"],
                "kind": kind,
                "level": record["level"],
                "parent_ags": record["parent_ags"] or None,
                "population": int(record["population"] or 0),
                "postal_code": record["postal_code"],
                "lat": _float_or_none(record["lat"]),
                "lon": _float_or_none(record["lon"]),
                "name_official": record["name_official"],
                "association": record["verwaltungsgemeinschaft"],
                "search_text": fold(f"{record['name']} {record['postal_code']} {kind}"),
            }
        )
    return rows


def ensure_regions(connection: Connection) -> bool:
    """Load the shipped Gebiete if the database lacks them or has an older list.

    Returns whether the table was (re)loaded.
    """
    data = resource(*REGIONS_FILE).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    stored = connection.execute(select(Meta.value).where(Meta.key == META_REGIONS_SHA)).scalar()
    if stored == digest:
        return False
    rows = read_region_rows(data)
    shipped = {row["ags"] for row in rows}
    vanished = referenced_region_keys(connection) - shipped
    kept = [
        dict(row)
        for row in connection.execute(select(Region).where(Region.ags.in_(vanished))).mappings()
    ]
    connection.execute(delete(Region))
    connection.execute(insert(Region), rows + kept)
    connection.execute(delete(Meta).where(Meta.key == META_REGIONS_SHA))
    connection.execute(insert(Meta).values(key=META_REGIONS_SHA, value=digest))
    return True


def referenced_region_keys(connection: Connection) -> set[str]:
    """Every AGS that a foreign key of some table points to."""
    keys: set[str] = set()
    region = Region.__table__
    for table in Base.metadata.sorted_tables:
        for foreign_key in table.foreign_keys:
            if foreign_key.column.table is region:
                column = foreign_key.parent
                keys.update(
                    connection.execute(select(column).where(column.is_not(None)).distinct())
                    .scalars()
                    .all()
                )
    return keys
