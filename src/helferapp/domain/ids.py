"""Record ids: random UUIDs for ordinary records, name-based ones for natural keys.

Two laptops that independently record the same fact (the partnership of the same group
and organisation, the status of the same Gemeinde) must end up with one record after a
merge, not two, so such records get a uuid5 of their natural key.
"""

from __future__ import annotations

import uuid

# Fixed forever: changing it would split every natural-key record in two.
NAMESPACE = uuid.UUID("6f1c3c2e-4b7a-5d0e-9a61-2f0c8d7e5b41")


def new_id() -> str:
    """Return a fresh random record id."""
    return str(uuid.uuid4())


def natural_id(kind: str, *key: str) -> str:
    """Return the deterministic id of the record of ``kind`` with natural ``key``."""
    return str(uuid.uuid5(NAMESPACE, "/".join((kind, *key))))


def partnership_id(group_id: str, organisation_id: str) -> str:
    """Id of the Bündnispartner link between one group and one organisation."""
    return natural_id("partnership", group_id, organisation_id)


def region_status_id(ags: str) -> str:
    """Id of the Integrationskonzept/KI status record of one Gebiet."""
    return natural_id("region_status", ags)
