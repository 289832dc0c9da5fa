"""Übersicht: counts, due Wiedervorlagen (overdue marked, "Erledigt" removes them),
recent changes, a search over everything, and what to do next on an empty database."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from helferapp.domain.records import ContactData, HelperGroupData, OrganisationData
from helferapp.services import records
from helferapp.services.entities import CONTACTS, GROUPS, ORGANISATIONS
from helferapp.ui.context import AppContext
from helferapp.ui.models.table_model import WARNING_ROLE


def _contact(context: AppContext, subject: str, follow_up: date) -> str:
    group = records.create(context.uow(), GROUPS, HelperGroupData(name="Helferkreis Au"))
    ki = records.create(context.uow(), ORGANISATIONS, OrganisationData(name="KI Freising"))
    data = ContactData(
        contact_date=date.today() - timedelta(days=30),
        group_id=group.id,
        organisation_id=ki.id,
        subject=subject,
        follow_up_on=follow_up,
    )
    return records.create(context.uow(), CONTACTS, data).id


def test_empty_database_says_what_to_do_next(empty_window: Any) -> None:
    page = empty_window.current_page()
    assert "Noch keine Helferkreise — Strg+N legt einen an." in page.next_steps.text()
    assert page.follow_ups.empty.isVisible() and not page.follow_ups.view.isVisible()
    assert page.recent_empty.text() == "Noch nichts geändert."
    assert page.first_group_button.isVisible()
    page.first_group_button.click()  # by mouse …
    assert empty_window.current_page().kind_code == "group"
    assert empty_window.current_page().detail.heading.text() == "Neuer Helferkreis"
    empty_window.show_page(0)
    empty_window.actions_.new.trigger()  # … or Strg+N on the Übersicht
    assert empty_window.current_page().kind_code == "group"
    assert empty_window.current_page().stack.empty.text().startswith("Noch keine Helferkreise")


def test_due_follow_up_is_shown_marked_and_done_removes_it(
    make_window: Any, context: AppContext
) -> None:
    overdue = _contact(context, "Raum für Sprachcafé klären", date.today() - timedelta(days=2))
    window = make_window(context)
    page = window.current_page()
    model = page.follow_ups.model
    assert model.rowCount() == 1
    assert "(überfällig)" in model.data(model.index(0, 0))
    assert model.data(model.index(0, 1)) == "Raum für Sprachcafé klären"
    assert "KI Freising" in model.data(model.index(0, 2))
    assert model.data(model.index(0, 0), WARNING_ROLE) is True

    page.follow_ups.view.selectRow(0)
    page.follow_ups.done_button.click()
    assert model.rowCount() == 0
    assert records.get(context.uow(), CONTACTS, overdue).data.done
    assert "Erledigt" in window.statusBar().currentMessage()
    window.actions_.undo.trigger()  # erledigt was a mistake
    assert not records.get(context.uow(), CONTACTS, overdue).data.done
    window.show_page(0)
    assert model.rowCount() == 1


def test_follow_up_opens_its_contact(make_window: Any, context: AppContext) -> None:
    contact_id = _contact(context, "Förderantrag", date.today() + timedelta(days=3))
    window = make_window(context)
    page = window.current_page()
    assert page.follow_ups.model.data(page.follow_ups.model.index(0, 0), WARNING_ROLE) is False
    page.follow_ups.view.selectRow(0)
    page.follow_ups.open_button.click()
    assert window.current_page().kind_code == "contact"
    assert window.current_page().current.id == contact_id


def test_a_count_of_one_is_singular(make_window: Any, context: AppContext) -> None:
    _contact(context, "Termin", date.today())  # one group, one Stelle, one contact
    page = make_window(context).current_page()
    texts = {kind: button.text() for kind, button in page.count_buttons.items()}
    assert texts == {
        "group": "1 Helferkreis",
        "programme": "0 Angebote",
        "organisation": "1 Stelle",
        "person": "0 Personen",
        "contact": "1 Kontakt",
    }
    assert page.count_buttons["contact"].accessibleName() == "1 Kontakt"


def test_counts_recent_changes_and_search(window: Any) -> None:
    page = window.current_page()
    assert page.count_buttons["group"].text() == "20 Helferkreise"
    assert page.recent_model.rowCount() > 0
    page.count_buttons["programme"].click()
    assert window.current_page().kind_code == "programme"

    window.show_page(0)
    name = window.context.uow()
    first = records.list_records(name, GROUPS)[0]
    page.search.edit.setText(first.data.name)
    page.search.run()
    hits = [page.search.results.item(i).text() for i in range(page.search.results.count())]
    assert any(first.data.name in hit for hit in hits)
    page.search.results.itemActivated.emit(page.search.results.item(0))
    assert window.current_page().kind_code is not None
