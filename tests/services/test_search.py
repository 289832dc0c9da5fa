"""One search over all kinds of records, forgiving about Umlauts, ß and phone formats."""

from __future__ import annotations

import pytest

from helferapp.domain.enums import FieldOfAction, OrganisationKind
from helferapp.domain.records import (
    HelperGroupData,
    OrganisationData,
    PersonData,
    ProgrammeData,
)
from helferapp.services import records, search
from helferapp.services.entities import GROUPS, ORGANISATIONS, PERSONS, PROGRAMMES
from helferapp.services.unit_of_work import UnitOfWork


@pytest.fixture
def filled(uow: UnitOfWork) -> UnitOfWork:
    group = records.create(uow, GROUPS, HelperGroupData(name="Helferkreis Ölmühle"))
    records.create(
        uow,
        ORGANISATIONS,
        OrganisationData(
            kind=OrganisationKind.KI, name="KI Würzburg", street="Karmelitenstraße 20"
        ),
    )
    records.create(
        uow,
        PROGRAMMES,
        ProgrammeData(
            title="Sprachcafé für Frauen", group_id=group.id, fields=(FieldOfAction.LANGUAGE,)
        ),
    )
    records.create(
        uow,
        PERSONS,
        PersonData(name="Jörg Müller", group_id=group.id, phone="0151 1234 5678"),
    )
    return uow


@pytest.mark.parametrize(
    ("query", "kind", "title"),
    [
        ("muller", "person", "Jörg Müller"),
        ("MUELLER joerg", "person", "Jörg Müller"),
        ("01511234", "person", "Jörg Müller"),
        ("karmelitenstrasse", "organisation", "KI Würzburg"),
        ("wurzburg", "organisation", "KI Würzburg"),
        ("cafe frauen", "programme", "Sprachcafé für Frauen"),
        ("olmuhle", "group", "Helferkreis Ölmühle"),
    ],
)
def test_search_finds_records_whatever_the_spelling(
    filled: UnitOfWork, query: str, kind: str, title: str
) -> None:
    hits = search.search(filled, query)

    assert [(hit.kind_code, hit.title) for hit in hits] == [(kind, title)]


def test_every_word_must_match_and_empty_queries_find_nothing(filled: UnitOfWork) -> None:
    assert search.search(filled, "müller würzburg") == []
    assert search.search(filled, "   ") == []


def test_deleted_records_are_not_found_and_limit_is_kept(filled: UnitOfWork) -> None:
    person = search.search(filled, "müller")[0]
    records.delete(filled, PERSONS, person.id)

    assert search.search(filled, "müller") == []
    assert len(search.search(filled, "e", limit=2)) == 2


def test_a_query_of_only_punctuation_finds_nothing(filled: UnitOfWork) -> None:
    assert search.search(filled, "%") == []
    assert search.search(filled, "_") == []
