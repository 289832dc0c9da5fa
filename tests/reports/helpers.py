"""Shared helpers for the report tests: PDF text via pypdf, sample rows."""

from __future__ import annotations

import io
from datetime import time
from pathlib import Path

import pytest

from helferapp.domain.enums import FieldOfAction, Weekday
from helferapp.reports.rows import PersonEntry, ProgrammeEntry

pypdf = pytest.importorskip("pypdf")

MARKUP = "<b>Müller & Söhne</b>"


def pdf_pages(source: bytes | Path) -> list[str]:
    """The text of each page."""
    data = source.read_bytes() if isinstance(source, Path) else source
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [page.extract_text() for page in reader.pages]


def pdf_text(source: bytes | Path) -> str:
    return "\n".join(pdf_pages(source))


def pdf_reader(source: bytes | Path) -> object:
    data = source.read_bytes() if isinstance(source, Path) else source
    return pypdf.PdfReader(io.BytesIO(data))


def person(name: str = "Ayşe Çelik", **changes: str) -> PersonEntry:
    values = {"role": "Koordination", "phone": "+49 8141 123456", "email": "ayse@example.org"}
    values.update(changes)
    return PersonEntry(name, **values)


def programme(number: int = 1, **changes: object) -> ProgrammeEntry:
    values: dict[str, object] = {
        "title": f"Sprachcafé {number:04d}",
        "provider": "Helferkreis Gröbenzell",
        "fields": (FieldOfAction.LANGUAGE,),
        "weekday": Weekday.TUESDAY,
        "start_time": time(18, 0),
        "end_time": time(19, 30),
        "location": "Pfarrheim",
        "gemeinde": "Gröbenzell",
        "languages": ("Deutsch", "Türkçe"),
        "cost": "2 €",
    }
    values.update(changes)
    return ProgrammeEntry(**values)  # type: ignore[arg-type]
