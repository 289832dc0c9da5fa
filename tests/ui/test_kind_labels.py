"""Names of kinds of records in the GUI come from the domain's one table, translated."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from helferapp.domain import labels
from helferapp.store.models import SYNCED_MODELS
from helferapp.ui.models.display import kind_label


def test_every_kind_has_the_domain_name(qapp: QApplication) -> None:
    shown = {model.kind_code: kind_label(model.kind_code) for model in SYNCED_MODELS}
    assert shown == {
        "group": "Helferkreis",
        "programme": "Angebot",
        "organisation": "Stelle",
        "person": "Person",
        "contact": "Kontakt",
        "partnership": "Bündnispartner",
        "region_status": "Gebietsstatus",
    }
    for model in SYNCED_MODELS:
        assert kind_label(model.kind_code) == labels.kind_label(model.__tablename__)


def test_an_unknown_kind_shows_its_code(qapp: QApplication) -> None:
    assert kind_label("something_else") == "something_else"


def test_kind_names_are_translated(english: None) -> None:
    assert kind_label("group") == "Helper group"
    assert kind_label("programme") != "Angebot"
