"""Bavaria's Gebiete as read-only reference data, loaded from ``resources/reference``.

The CSV (Destatis Gemeindeverzeichnis, see resources/reference/SOURCES.md) is shipped with
the app and copied into the ``region`` table whenever its content differs from what the
database holds (the SHA-256 of the file is kept in ``meta``), so an app update that brings
a newer Gebietsstand refreshes every database on its first start.
"""

from __future__ import annotations

import csv
import hashlib
import io
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from helferapp.domain.text_folding import fold
from helferapp.resources import resource
from helferapp.store.models import Meta, Region

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
    connection.execute(delete(Region))
    connection.execute(insert(Region), read_region_rows(data))
    connection.execute(delete(Meta).where(Meta.key == META_REGIONS_SHA))
    connection.execute(insert(Meta).values(key=META_REGIONS_SHA, value=digest))
    return True
