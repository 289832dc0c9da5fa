"""The files other programs read: vCards of persons, the Wiedervorlagen calendar, tables.

Gathered here with the consent rule of exports: a person leaves in a file only with
consent to be passed on (``SHARE``), or – when the user deliberately chose internal
use – with consent for internal use. Persons without any valid consent never leave.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from helferapp.domain.errors import NotFoundError
from helferapp.domain.text_folding import fold_terms
from helferapp.reports.rows import CalendarEntry, PersonEntry
from helferapp.services.follow_ups import due_follow_ups
from helferapp.services.queries.reading import live, names
from helferapp.services.queries.tables import ROW_QUERIES
from helferapp.services.report_data import may_print, may_share, person_columns
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import Contact, HelperGroup, Organisation, Person


def vcard_persons(
    uow: UnitOfWork, person_ids: Sequence[str], internal: bool = False
) -> tuple[list[PersonEntry], int]:
    """Persons for vCards: with consent to share (or, ``internal``, for internal use).

    Returns the persons who may go into the file and how many of the chosen were left out.
    """
    wanted = list(dict.fromkeys(person_ids))
    with uow:
        groups, organisations = names(uow, HelperGroup), names(uow, Organisation)
        statement = select(*person_columns()).where(Person.id.in_(wanted), *live(Person))
        rows = {row.id: row for row in uow.session.execute(statement)}
    chosen = [
        PersonEntry(
            row.name,
            row.role,
            row.phone,
            row.email,
            organisations.get(row.organisation_id, "") or groups.get(row.group_id, ""),
        )
        for ident in wanted
        if (row := rows.get(ident)) is not None and may_share(row, internal)
    ]
    return chosen, len(wanted) - len(chosen)


def calendar_entries(uow: UnitOfWork, today: date | None = None) -> list[CalendarEntry]:
    """Every open Wiedervorlage (also long overdue or far ahead), for the calendar file."""
    today = today or date.today()
    rows = due_follow_ups(uow, today, within_days=(date.max - today).days)
    with uow:
        statement = select(Contact.id, Contact.result).where(
            Contact.id.in_([row.contact_id for row in rows])
        )
        results = {ident: result for ident, result in uow.session.execute(statement)}
    return [
        CalendarEntry(
            row.contact_id,
            row.follow_up_on,
            row.subject,
            row.partner,
            row.contact_date,
            results.get(row.contact_id, ""),
        )
        for row in rows
    ]


def left_out_note(count: int, internal: bool, what: str = "Datei") -> str:
    """The sentence that says which persons a file leaves out and why ("" for none).

    ``internal``: the user chose internal use, so only persons who agreed neither to
    internal use nor to passing their data on are missing; otherwise those who did not
    agree to passing it on. ``what`` names the file ("Tabelle", "vCard-Datei").
    """
    if not count:
        return ""
    one = count == 1
    persons = "1 Person fehlt" if one else f"{count} Personen fehlen"
    they = "Sie hat" if one else "Sie haben"
    if internal:
        reason = "weder in die interne Nutzung noch in die Weitergabe eingewilligt"
    else:
        reason = "nicht in die Weitergabe an andere eingewilligt"
    return f"{persons} in der {what}: {they} {reason} (oder die Einwilligung widerrufen)."


def table_rows(
    uow: UnitOfWork, entity: str, text_filter: str = "", internal: bool = False
) -> tuple[list[Any], int]:
    """The rows of a record table (as the GUI lists them), filtered like its filter box.

    Persons without consent to share are left out unless ``internal``; returns the rows
    and how many persons were left out.
    """
    if entity not in ROW_QUERIES:
        raise NotFoundError(f"Unbekannte Tabelle „{entity}“.")
    query: Callable[[UnitOfWork], list[Any]] = ROW_QUERIES[entity]  # type: ignore[assignment]
    rows = query(uow)
    for term in fold_terms(text_filter):
        rows = [row for row in rows if term in row[-1]]
    allowed = allowed_in_file(entity, rows, internal)
    kept = [row for row, ok in zip(rows, allowed, strict=True) if ok]
    return kept, len(rows) - len(kept)


def allowed_in_file(kind_code: str, rows: Sequence[Any], internal: bool = False) -> list[bool]:
    """For each row of a table: may it leave in a file (CSV, XLSX)?

    Persons only with consent to be passed on (or, ``internal``, for internal use);
    rows of every other kind always. The GUI's and the CLI's table export both ask here.
    """
    if kind_code != "person":
        return [True] * len(rows)
    return [may_share(row, internal) for row in rows]


def allowed_on_paper(kind_code: str, rows: Sequence[Any]) -> list[bool]:
    """For each row of a table: may it be printed (persons only with consent to print)?"""
    if kind_code != "person":
        return [True] * len(rows)
    return [may_print(row) for row in rows]
