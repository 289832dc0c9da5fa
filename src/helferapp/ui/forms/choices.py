"""Picker entries for linked records: Helferkreise, Stellen and Personen.

Each entry shows enough to tell namesakes apart (a Stelle with its kind, a person with
role and where they belong) and is searched with Umlaut folding. A picker of a linked
record offers „„X“ neu anlegen …“ for typed text that matches nothing
(``ui.records.quick_create_dialog``), so a missing Stelle is no dead end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from helferapp.domain.errors import NotFoundError
from helferapp.domain.records import HelperGroupData, OrganisationData, PersonData, RecordData
from helferapp.services import entities, link_choices, records
from helferapp.services.records import EntitySpec, Record
from helferapp.ui.context import AppContext
from helferapp.ui.widgets.choices import Choice, cached_fold
from helferapp.ui.widgets.searchable_combo import SearchableComboBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordChoices", text)


def _unnamed(name: str) -> str:
    return name or _tr("(ohne Namen)")


def _group(record_id: str, name: str) -> Choice:
    return Choice(record_id, _unnamed(name))


def _organisation(record_id: str, name: str, kind_label: str, city: str) -> Choice:
    display = f"{_unnamed(name)} ({QCoreApplication.translate('enums', kind_label)})"
    search = f"{cached_fold(display)} {cached_fold(city)}"
    return Choice(record_id, display, search, cached_fold(name))


def _person(record_id: str, name: str, role: str) -> Choice:
    display = _unnamed(name) + (f" – {role}" if role else "")
    return Choice(record_id, display, cached_fold(display), cached_fold(name))


def group_choice(record: Record[HelperGroupData]) -> Choice:
    return _group(record.id, record.data.name)


def organisation_choice(record: Record[OrganisationData]) -> Choice:
    data = record.data
    return _organisation(record.id, data.name, data.kind.label, data.city)


def person_choice(record: Record[PersonData]) -> Choice:
    return _person(record.id, record.data.name, record.data.role)


def group_choices(context: AppContext) -> list[Choice]:
    return [_group(item.id, item.name) for item in link_choices.group_choices(context.uow())]


def organisation_choices(context: AppContext) -> list[Choice]:
    return [
        _organisation(item.id, item.name, item.detail, item.extra)
        for item in link_choices.organisation_choices(context.uow())
    ]


def person_choices(
    context: AppContext,
    *,
    group_id: str | None = None,
    organisation_id: str | None = None,
    include: Iterable[str | None] = (),
) -> list[Choice]:
    """Persons of the group and/or organisation (all persons when neither is given).

    ``include``: ids to list even if they belong elsewhere (e.g. the person a loaded
    contact names), so that a record shows what it holds.
    """
    found = link_choices.person_choices(context.uow(), group_id, organisation_id)
    choices = [_person(item.id, item.name, item.detail) for item in found]
    listed = {item.id for item in found}
    for person_id in include:
        if person_id and person_id not in listed:
            try:
                choices.append(
                    person_choice(records.get(context.uow(), entities.PERSONS, person_id))
                )
            except NotFoundError:
                continue
    return choices


def _describe(context: AppContext, spec: EntitySpec[Any], make: Callable[[Any], Choice]) -> Any:
    def describe(record_id: str) -> Choice | None:
        try:
            return make(records.get(context.uow(), spec, record_id))
        except NotFoundError:
            return None

    return describe


def _offer_create(
    picker: SearchableComboBox,
    context: AppContext,
    kind_code: str,
    defaults: Callable[[str], RecordData],
) -> None:
    """Let ``picker`` create a missing record through the small form of its kind."""

    def create(text: str) -> str | None:
        from helferapp.ui.records.quick_create_dialog import QuickCreateDialog

        dialog = QuickCreateDialog(context, kind_code, defaults(text), picker.window())
        dialog.exec()
        return dialog.created_id

    picker.set_creator(create)


def use_group_choices(
    picker: SearchableComboBox, context: AppContext, *, creatable: bool = True
) -> None:
    """Let ``picker`` list the Helferkreise (fetched when first needed)."""
    picker.set_choice_loader(
        lambda: group_choices(context), _describe(context, entities.GROUPS, group_choice)
    )
    if creatable:
        _offer_create(picker, context, "group", lambda text: HelperGroupData(name=text))


def use_organisation_choices(
    picker: SearchableComboBox, context: AppContext, *, creatable: bool = True
) -> None:
    """Let ``picker`` list the Stellen (fetched when first needed)."""
    picker.set_choice_loader(
        lambda: organisation_choices(context),
        _describe(context, entities.ORGANISATIONS, organisation_choice),
    )
    if creatable:
        _offer_create(picker, context, "organisation", lambda text: OrganisationData(name=text))


def use_person_choices(
    picker: SearchableComboBox,
    context: AppContext,
    links: Callable[[], tuple[str | None, str | None]],
    *,
    creatable: bool = True,
) -> None:
    """Let ``picker`` list the persons of the group and Stelle that ``links()`` names.

    A person created from here belongs to that group or Stelle.
    """

    def load() -> list[Choice]:
        group_id, organisation_id = links()
        return person_choices(
            context,
            group_id=group_id,
            organisation_id=organisation_id,
            include=[picker.value_or_none()],
        )

    picker.set_choice_loader(load, _describe(context, entities.PERSONS, person_choice))
    if creatable:

        def person(text: str) -> PersonData:
            group_id, organisation_id = links()
            return PersonData(name=text, group_id=group_id, organisation_id=organisation_id)

        _offer_create(picker, context, "person", person)


def person_belongs(
    context: AppContext, person_id: str, group_id: str | None, organisation_id: str | None
) -> bool:
    """Tell whether the person belongs to the group or Stelle (True when neither is set)."""
    if group_id is None and organisation_id is None:
        return True
    try:
        data = records.get(context.uow(), entities.PERSONS, person_id).data
    except NotFoundError:
        return False
    return (group_id is not None and data.group_id == group_id) or (
        organisation_id is not None and data.organisation_id == organisation_id
    )
