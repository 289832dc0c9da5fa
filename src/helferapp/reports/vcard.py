"""vCard 3.0 (``.vcf``) of Ansprechpersonen, for a phone's address book or the QR codes.

Version 3.0 because every phone and Thunderbird reads it (4.0 is still patchy). Written
by hand – it is a dozen lines of text – with the escaping (``\\``, ``,``, ``;``, line
breaks) and the 75-octet line folding that RFC 2426 asks for, so names like
„Çelik, Ayşe“ arrive intact. Who may be in a card is decided before: the service passes
only persons whose consent allows it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from helferapp.domain.errors import UserError
from helferapp.domain.os_errors import describe_os_error
from helferapp.reports.rows import PersonEntry


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (continuation lines start with a space)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = ""
            limit = 74  # the leading space counts
        current += char
    parts.append(current)
    return "\r\n ".join(parts)


def split_name(name: str) -> tuple[str, str]:
    """(family, given) from "Ayşe Çelik" or "Çelik, Ayşe"; one word is the family name."""
    name = " ".join(name.split())
    if "," in name:
        family, _, given = name.partition(",")
        return family.strip(), given.strip()
    given, _, family = name.rpartition(" ")
    return family, given


def vcard(person: PersonEntry) -> str:
    """One vCard 3.0 for ``person``, lines ending in CRLF."""
    family, given = split_name(person.name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_escape(family)};{_escape(given)};;;",
        f"FN:{_escape(person.name)}",
    ]
    if person.organisation:
        lines.append(f"ORG:{_escape(person.organisation)}")
    if person.role:
        lines.append(f"TITLE:{_escape(person.role)}")
    if person.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(person.phone)}")
    if person.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{_escape(person.email)}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def vcards(persons: Iterable[PersonEntry]) -> str:
    """Many vCards in one text, as one ``.vcf`` file holds them."""
    return "".join(vcard(person) for person in persons)


def write_vcards(path: str | Path, persons: Iterable[PersonEntry]) -> int:
    """Write the persons' vCards to ``path`` (UTF-8); return how many."""
    people = list(persons)
    if not people:
        raise UserError("Keine Person darf weitergegeben werden: es wurde keine vCard geschrieben.")
    try:
        Path(path).write_bytes(vcards(people).encode("utf-8"))
    except OSError as error:
        raise UserError(
            f"Die Datei „{path}“ lässt sich nicht schreiben. "
            f"{describe_os_error(error, path, writing=True)}"
        ) from error
    return len(people)
