"""Helferkreis-Profil: one group on a few pages, for a meeting with the KI or the Landratsamt.

Data of the group, its Arbeitsgruppen, Angebote, Ansprechpersonen (only those who agreed
to be printed), Bündnispartner, the recent contacts with the Kommunales
Integrationszentrum and the open Wiedervorlagen – what the other side usually asks.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable

from helferapp.domain.validation import display_phone, format_date
from helferapp.reports.pdf_base import data_table, key_value_table, para, styles
from helferapp.reports.pdf_document import Target, build_pdf, content_width
from helferapp.reports.rows import GroupProfile

TITLE = "Helferkreis-Profil"


def _section(title: str, body: list[Flowable], empty: str) -> list[Flowable]:
    s = styles()
    return [CondPageBreak(3 * cm), para(title, s.heading), *(body or [para(empty, s.small)])]


def profile_flowables(profile: GroupProfile) -> list[Flowable]:
    """The profile's sections, in the order a conversation goes through them."""
    s = styles()
    width = content_width()
    story: list[Flowable] = [key_value_table(profile.details, width)]
    story += _section(
        "Arbeitsgruppen",
        [para(", ".join(profile.working_groups), s.body)] if profile.working_groups else [],
        "Keine Arbeitsgruppen erfasst.",
    )
    programmes = [
        [p.title, ", ".join(f.label for f in p.fields), p.when, p.place] for p in profile.programmes
    ]
    story += _section(
        f"Angebote ({len(programmes)})",
        [
            data_table(
                ["Angebot", "Handlungsfelder", "Wann", "Ort"],
                programmes,
                [w * cm for w in (5.6, 4.2, 4.0, 4.0)],
                bold_columns=(0,),
            )
        ]
        if programmes
        else [],
        "Keine Angebote erfasst.",
    )
    persons = [[p.name, p.role, display_phone(p.phone), p.email] for p in profile.persons]
    people: list[Flowable] = []
    if persons:
        people.append(
            data_table(
                ["Name", "Funktion", "Telefon", "E-Mail"],
                persons,
                [w * cm for w in (4.6, 4.2, 3.6, 5.4)],
                bold_columns=(0,),
            )
        )
    if profile.left_out:
        people.append(
            para(
                "1 Person ist nicht aufgeführt: Sie hat nicht in den Druck eingewilligt."
                if profile.left_out == 1
                else f"{profile.left_out} Personen sind nicht aufgeführt: Sie haben nicht in "
                "den Druck eingewilligt.",
                s.small,
            )
        )
    story += _section("Ansprechpersonen", people, "Keine Ansprechpersonen erfasst.")
    partners = [[p.name, p.kind, p.partnership] for p in profile.partners]
    story += _section(
        "Bündnispartner",
        [
            data_table(
                ["Stelle", "Art der Stelle", "Partnerschaft"],
                partners,
                [w * cm for w in (7.8, 6.0, 4.0)],
            )
        ]
        if partners
        else [],
        "Keine Bündnispartner erfasst.",
    )
    contacts = [
        [
            format_date(c.contact_date),
            c.partner,
            c.channel.label if c.channel else "",
            c.subject,
            c.result,
        ]
        for c in profile.ki_contacts
    ]
    story += _section(
        "Letzte Kontakte mit dem Kommunalen Integrationszentrum",
        [
            data_table(
                ["Datum", "Stelle", "Weg", "Thema", "Ergebnis"],
                contacts,
                [w * cm for w in (2.2, 4.6, 2.6, 4.0, 4.4)],
            )
        ]
        if contacts
        else [],
        "Keine Kontakte mit einem KI erfasst.",
    )
    follow_ups = [
        [format_date(c.follow_up_on), c.subject, c.partner, format_date(c.contact_date)]
        for c in profile.follow_ups
    ]
    story += _section(
        "Offene Wiedervorlagen",
        [
            data_table(
                ["Fällig am", "Thema", "Mit", "Kontakt vom"],
                follow_ups,
                [w * cm for w in (2.4, 7.0, 5.8, 2.6)],
            )
        ]
        if follow_ups
        else [],
        "Keine offenen Wiedervorlagen.",
    )
    return story


def build(target: Target, profile: GroupProfile, **options: Any) -> int:
    """Write the Helferkreis-Profil; return the number of pages."""
    return build_pdf(target, TITLE, profile_flowables(profile), subtitle=profile.name, **options)
