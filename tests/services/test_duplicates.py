"""Duplicate finder and merge: ranking, references, and two replicas that converge."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from helferapp.domain.enums import FieldOfAction
from helferapp.domain.errors import UserError
from helferapp.domain.ids import partnership_id
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    PersonData,
    ProgrammeData,
)
from helferapp.services import exchange, records
from helferapp.services.duplicates import find_duplicates, merge_records, normalise
from helferapp.services.entities import (
    CONTACTS,
    GROUPS,
    ORGANISATIONS,
    PARTNERSHIPS,
    PERSONS,
    PROGRAMMES,
)
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database, open_database
from helferapp.store.models import SYNCED_MODELS

PHONE = "+49 8141 123456"


def test_normalise_drops_titles_and_folds() -> None:
    assert normalise("Dr. Hans Müller") == ("hans", "muller")
    assert normalise("Helferkreis Asyl Olching e.V.", "group") == ("olching",)


def test_initial_matches_first_name(uow: UnitOfWork) -> None:
    group = records.create(uow, GROUPS, HelperGroupData(name="HK Olching")).id
    hans, initial = _person(uow, group, "Hans Müller"), _person(uow, group, "H. Müller")
    other = _person(uow, group, "K. Müller")
    pairs = {frozenset((item.first_id, item.second_id)) for item in find_duplicates(uow, "person")}
    assert frozenset((hans, initial)) in pairs
    assert frozenset((hans, other)) not in pairs


def _person(uow: UnitOfWork, group_id: str, name: str, phone: str = "", email: str = "") -> str:
    data = PersonData(name=name, group_id=group_id, phone=phone, email=email)
    return records.create(uow, PERSONS, data).id


def test_mueller_variants_with_same_phone_rank_first(uow: UnitOfWork) -> None:
    group = records.create(uow, GROUPS, HelperGroupData(name="HK Olching")).id
    for name in ("Anna Schmid", "Anna Schmidt", "Josef Huber", "Josefine Huber", "Karl Maier"):
        _person(uow, group, name)
    ids = {
        _person(uow, group, name, PHONE) for name in ("Müller, Hans", "Hans Mueller", "H. Müller")
    }
    found = find_duplicates(uow, "person")
    top = found[:3]
    assert {frozenset((item.first_id, item.second_id)) for item in top} == {
        frozenset(pair) for pair in [(a, b) for a in ids for b in ids if a < b]
    }
    assert all("gleiche Telefonnummer" in item.reasons for item in top)
    assert all(item.score > found[3].score for item in top)


def test_groups_and_organisations_by_name_and_web(uow: UnitOfWork) -> None:
    records.create(uow, GROUPS, HelperGroupData(name="Helferkreis Asyl Olching e.V."))
    records.create(uow, GROUPS, HelperGroupData(name="HK Olching"))
    records.create(
        uow, ORGANISATIONS, OrganisationData(name="Caritas FFB", website="caritas-ffb.de")
    )
    records.create(
        uow,
        ORGANISATIONS,
        OrganisationData(name="Caritas-Zentrum Fürstenfeldbruck", website="https://caritas-ffb.de"),
    )
    assert find_duplicates(uow, "group")[0].score >= 80
    assert "gleiche Internetseite" in find_duplicates(uow, "organisation")[0].reasons


def _setup(uow: UnitOfWork) -> dict[str, str]:
    keep = records.create(uow, GROUPS, HelperGroupData(name="HK Olching")).id
    drop = records.create(
        uow, GROUPS, HelperGroupData(name="Helferkreis Olching", email="hk@example.org")
    ).id
    org = records.create(uow, ORGANISATIONS, OrganisationData(name="Caritas")).id
    person = _person(uow, drop, "Hans Müller", PHONE)
    twin = _person(uow, drop, "H. Mueller", PHONE)
    programme = records.create(
        uow,
        PROGRAMMES,
        ProgrammeData(title="Sprachcafé", group_id=drop, fields=(FieldOfAction.LANGUAGE,)),
    ).id
    contact = records.create(
        uow,
        CONTACTS,
        ContactData(
            contact_date=date(2024, 2, 1), group_id=drop, person_id=twin, subject="Treffen"
        ),
    ).id
    link = records.create(uow, PARTNERSHIPS, PartnershipData(group_id=drop, organisation_id=org)).id
    return locals() | {"keep": keep, "drop": drop}


def test_merge_moves_every_reference(uow: UnitOfWork) -> None:
    ids = _setup(uow)
    kept = merge_records(uow, "group", ids["keep"], ids["drop"], {"email": "hk@example.org"})
    assert kept.data.email == "hk@example.org"
    dropped = records.get(uow, GROUPS, ids["drop"])
    assert dropped.deleted
    with uow:
        from helferapp.store.models import HelperGroup

        assert uow.session.get(HelperGroup, ids["drop"]).merged_into == ids["keep"]
    assert records.get(uow, PROGRAMMES, ids["programme"]).data.group_id == ids["keep"]
    assert records.get(uow, PERSONS, ids["person"]).data.group_id == ids["keep"]
    assert records.get(uow, CONTACTS, ids["contact"]).data.group_id == ids["keep"]
    assert records.get(uow, PARTNERSHIPS, ids["link"]).deleted
    new_link = records.get(uow, PARTNERSHIPS, partnership_id(ids["keep"], ids["org"]))
    assert not new_link.deleted
    merge_records(uow, "person", ids["person"], ids["twin"])
    assert records.get(uow, CONTACTS, ids["contact"]).data.person_id == ids["person"]


def test_merge_refuses_nonsense(uow: UnitOfWork) -> None:
    ids = _setup(uow)
    with pytest.raises(UserError):
        merge_records(uow, "group", ids["keep"], ids["keep"])
    with pytest.raises(UserError):
        merge_records(uow, "contact", ids["contact"], ids["contact"])
    records.delete(uow, GROUPS, ids["drop"])
    with pytest.raises(UserError):
        merge_records(uow, "group", ids["keep"], ids["drop"])


# --- two replicas ----------------------------------------------------------------------


def _replica(template: Path, path: Path) -> Database:
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'installation_id'", (uuid.uuid4().hex,)
        )
    return open_database(path)


def _dump(database: Database) -> dict[str, dict[str, Any]]:
    dump: dict[str, dict[str, Any]] = {}
    uow = UnitOfWork(database)
    with uow:
        for model in SYNCED_MODELS:
            for record in uow.session.scalars(select(model)):
                values = {name: getattr(record, name) for name in model.synced_fields()}
                dump[f"{model.__tablename__}/{record.id}"] = values
    return dump


def _sync(source: Database, target: Database, folder: Path, name: str) -> exchange.ImportResult:
    path = folder / f"{name}.helferapp"
    exchange.export_file(source, path, consent=exchange.ConsentMode.INTERNAL)
    return exchange.import_file(target, path)


def test_merge_on_one_replica_converges_on_the_other(
    template_db_path: Path, tmp_path: Path
) -> None:
    a = _replica(template_db_path, tmp_path / "a.sqlite3")
    b = _replica(template_db_path, tmp_path / "b.sqlite3")
    try:
        ua, ub = UnitOfWork(a), UnitOfWork(b)
        ids = _setup(ua)
        _sync(a, b, tmp_path, "a1")
        # B logs a contact with the duplicate before it hears of the merge.
        late = records.create(
            ub,
            CONTACTS,
            ContactData(
                contact_date=date(2024, 3, 1),
                organisation_id=ids["org"],
                person_id=ids["twin"],
                group_id=ids["drop"],
                subject="Anruf",
            ),
        ).id
        late_programme = records.create(
            ub,
            PROGRAMMES,
            ProgrammeData(title="Nähcafé", group_id=ids["drop"], fields=(FieldOfAction.ENCOUNTER,)),
        ).id
        merge_records(ua, "group", ids["keep"], ids["drop"])
        merge_records(ua, "person", ids["person"], ids["twin"])
        result = _sync(a, b, tmp_path, "a2")
        assert result.followed_merges >= 2
        contact = records.get(ub, CONTACTS, late).data
        assert (contact.person_id, contact.group_id) == (ids["person"], ids["keep"])
        assert records.get(ub, PROGRAMMES, late_programme).data.group_id == ids["keep"]
        _sync(b, a, tmp_path, "b1")
        _sync(a, b, tmp_path, "a3")
        assert _dump(a) == _dump(b)
        assert records.get(ua, CONTACTS, late).data.person_id == ids["person"]
    finally:
        a.dispose()
        b.dispose()


def test_follow_merges_chains_revives_links_and_leaves_loops(uow: UnitOfWork) -> None:
    from helferapp.services.merge_follow import follow_merges, merge_targets
    from helferapp.store.models import HelperGroup

    org = records.create(uow, ORGANISATIONS, OrganisationData(name="KI")).id
    a, b, c = (records.create(uow, GROUPS, HelperGroupData(name=f"HK {n}")).id for n in "ABC")
    old_link = records.create(
        uow, PARTNERSHIPS, PartnershipData(group_id=a, organisation_id=org)
    ).id
    kept_link = records.create(
        uow, PARTNERSHIPS, PartnershipData(group_id=c, organisation_id=org)
    ).id
    records.delete(uow, PARTNERSHIPS, kept_link)  # the pair's link exists, but deleted
    person = records.create(uow, PERSONS, PersonData(name="X", group_id=a)).id
    merge_records(uow, "group", b, a)  # a → b
    merge_records(uow, "group", c, b)  # b → c: the chain ends at c
    assert records.get(uow, PERSONS, person).data.group_id == c
    assert not records.get(uow, PARTNERSHIPS, kept_link).deleted
    assert records.get(uow, PARTNERSHIPS, old_link).deleted
    with uow:
        assert merge_targets(uow.session, HelperGroup) == {a: c, b: c}
        first, second = uow.session.get(HelperGroup, b), uow.session.get(HelperGroup, c)
        assert first is not None and second is not None
        second.merged_into, second.deleted = b, True  # a loop b → c → b
        uow.session.flush()
        assert a not in merge_targets(uow.session, HelperGroup)
        assert follow_merges(uow.session) == 0
