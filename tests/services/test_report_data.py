"""Report rows: the right records for each scope, and the consent rules applied here."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest

from helferapp.domain.errors import UserError
from helferapp.services import contact_sheet_data, file_exports, report_data
from helferapp.services.report_data import ReportScope
from helferapp.services.report_kinds import render
from helferapp.services.unit_of_work import UnitOfWork
from tests.services.report_fixtures import (
    DACHAU,
    LANDKREIS_DACHAU,
    MARKUP,
    SECRET,
    World,
    build_world,
)

pypdf = pytest.importorskip("pypdf")


@pytest.fixture
def world(uow: UnitOfWork) -> World:
    return build_world(uow)


def _names(sheet: contact_sheet_data.ContactSheet) -> set[str]:
    return {person.name for entry in sheet.entries for person in entry.persons}


def test_contact_sheet_of_a_landkreis_has_only_persons_with_print_consent(
    uow: UnitOfWork, world: World
) -> None:
    sheet = contact_sheet_data.contact_sheet(uow, ReportScope(landkreis_ags=LANDKREIS_DACHAU))
    assert sheet.scope == "Landkreis Dachau"
    assert [entry.name for entry in sheet.entries] == [MARKUP, "KI Dachau"]
    assert _names(sheet) == {"Jürgen Weiß", "Klara KI"}
    assert sheet.left_out == 4


def test_contact_sheet_of_a_group_adds_its_partners(uow: UnitOfWork, world: World) -> None:
    sheet = contact_sheet_data.contact_sheet(uow, ReportScope(group_id=world.group_id))
    assert [entry.name for entry in sheet.entries] == [MARKUP, "KI Dachau"]
    sheet = contact_sheet_data.contact_sheet(uow, ReportScope(gemeinde_ags=DACHAU))
    assert [entry.name for entry in sheet.entries] == [MARKUP]


def test_wrong_region_level_is_a_german_error(uow: UnitOfWork, world: World) -> None:
    with pytest.raises(UserError, match="kein"):
        report_data.scope_label(uow, ReportScope(landkreis_ags=DACHAU))


def test_programmes_by_scope(uow: UnitOfWork, world: World) -> None:
    every = report_data.programme_overview(uow, ReportScope())
    assert every.scope == "Bayern" and len(every.programmes) == 2
    dachau = report_data.programme_overview(uow, ReportScope(landkreis_ags=LANDKREIS_DACHAU))
    [entry] = dachau.programmes
    assert entry.title == "Sprachcafé Dachau"
    assert entry.provider == MARKUP and entry.gemeinde == "Dachau"


def test_group_profile(uow: UnitOfWork, world: World) -> None:
    profile = report_data.group_profile(uow, world.group_id)
    assert profile.name == MARKUP
    assert [p.name for p in profile.persons] == ["Jürgen Weiß"]
    assert profile.left_out == 4
    assert [p.name for p in profile.partners] == ["KI Dachau"]
    assert [c.subject for c in profile.ki_contacts] == ["Sprachkurse planen"]
    assert [c.subject for c in profile.follow_ups] == ["Sprachkurse planen"]


def test_contact_log_in_a_date_range(uow: UnitOfWork, world: World) -> None:
    since = date.today() - timedelta(days=30)
    log = report_data.contact_log(uow, world.ki_id, since, None)
    assert [c.subject for c in log.contacts] == ["Sprachkurse planen"]
    assert log.contacts[0].partner == MARKUP
    full = report_data.contact_log(uow, world.ki_id, None, None)
    assert len(full.contacts) == 2
    with pytest.raises(UserError):
        report_data.contact_log(uow, world.ki_id, date(2026, 2, 1), date(2026, 1, 1))


def test_vcards_need_consent_to_share_or_internal_use(uow: UnitOfWork, world: World) -> None:
    from helferapp.services import records
    from helferapp.services.entities import PERSONS

    ids = [record.id for record in records.list_records(uow, PERSONS)]
    shared, left = file_exports.vcard_persons(uow, ids)
    assert {p.name for p in shared} == {"Ayşe Çelik", "Klara KI"}
    assert left == 4
    internal, _ = file_exports.vcard_persons(uow, ids, internal=True)
    assert {p.name for p in internal} == {"Ayşe Çelik", "Klara KI", "Ina Intern"}
    assert SECRET not in {p.name for p in internal}


def test_table_rows_filter_and_consent(uow: UnitOfWork, world: World) -> None:
    rows, left = file_exports.table_rows(uow, "person", "")
    assert {row.name for row in rows} == {"Ayşe Çelik", "Klara KI"} and left == 4
    rows, _ = file_exports.table_rows(uow, "programme", "sprachcafe")
    assert [row.title for row in rows] == ["Sprachcafé Dachau"]
    with pytest.raises(UserError):
        file_exports.table_rows(uow, "nothing")


def test_calendar_entries_are_the_open_follow_ups(uow: UnitOfWork, world: World) -> None:
    [entry] = file_exports.calendar_entries(uow)
    assert entry.subject == "Sprachkurse planen"
    assert entry.partner.startswith("KI Dachau")


@pytest.mark.parametrize(
    "kind", ["kontaktblatt", "angebote", "aushang", "profil", "kontaktprotokoll"]
)
def test_every_report_renders_without_the_secret_person(
    uow: UnitOfWork, world: World, kind: str
) -> None:
    scope = ReportScope(
        group_id=world.group_id if kind in ("profil", "kontaktblatt") else None,
        landkreis_ags=LANDKREIS_DACHAU if kind in ("angebote", "aushang") else None,
        organisation_id=world.ki_id,
    )
    out = io.BytesIO()
    assert render(uow, kind, scope, out) >= 1
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(out.getvalue())).pages)
    assert SECRET not in text and "Wilma Widerruf" not in text and "Ayşe Çelik" not in text
    if kind != "aushang":  # the Aushang names no providers
        assert MARKUP in text.replace("\n", " ")


def test_unknown_report_and_missing_scope(uow: UnitOfWork, world: World) -> None:
    with pytest.raises(UserError, match="Unbekannter Bericht"):
        render(uow, "nope", ReportScope(), io.BytesIO())
    with pytest.raises(UserError, match="Helferkreis"):
        render(uow, "profil", ReportScope(), io.BytesIO())


def test_a_groups_contact_sheet_is_the_sheet_for_its_binder(uow: UnitOfWork, world: World) -> None:
    """The group, its Bündnispartner, then the Stellen of its Kreis: KI, Landratsamt and
    Migrationsberatung first — each with consented persons only; nothing from elsewhere."""
    from helferapp.domain.enums import OrganisationKind
    from helferapp.domain.records import OrganisationData, PersonData
    from helferapp.services import entities, records

    def stelle(name: str, kind: OrganisationKind, ags: str) -> str:
        data = OrganisationData(name=name, kind=kind, region_ags=ags)
        return records.create(uow, entities.ORGANISATIONS, data).id

    verein = stelle("Sportverein Karlsfeld", OrganisationKind.ASSOCIATION, "09174126")
    stelle("Migrationsberatung Dachau", OrganisationKind.MIGRATION_COUNSELLING, DACHAU)
    office = stelle("Landratsamt Dachau", OrganisationKind.DISTRICT_OFFICE, LANDKREIS_DACHAU)
    stelle("Landratsamt München", OrganisationKind.DISTRICT_OFFICE, "09184")
    for name, stelle_id, printable in (
        ("Lena Landrat", office, True),
        ("Otto Ohne", office, False),
        ("Vera Verein", verein, True),
    ):
        consent = {"consent_given_on": date(2025, 1, 10), "consent_print": printable}
        data = PersonData(name=name, organisation_id=stelle_id, **consent)  # type: ignore[arg-type]
        records.create(uow, entities.PERSONS, data)

    sheet = contact_sheet_data.contact_sheet(uow, ReportScope(group_id=world.group_id))

    assert [(entry.name, entry.kind) for entry in sheet.entries] == [
        (MARKUP, "Helferkreis"),
        ("KI Dachau", "Kommunales Integrationszentrum · Bündnispartner"),
        ("Landratsamt Dachau", "Landratsamt"),
        ("Migrationsberatung Dachau", "Migrationsberatung"),
        ("Sportverein Karlsfeld", "Verein"),
    ]
    assert _names(sheet) == {"Jürgen Weiß", "Klara KI", "Lena Landrat", "Vera Verein"}
    assert "Otto Ohne" not in _names(sheet) and SECRET not in _names(sheet)
    assert sheet.scope == f"{MARKUP} – Dachau"
