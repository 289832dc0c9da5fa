"""The issue's "done when", by keyboard alone: a first-time user adds a Helferkreis with
three Angebote and a contact person with consent, logs a contact with the KI with a
Wiedervorlage, and finds it on the Übersicht – without touching the mouse."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from helferapp.domain.enums import OrganisationKind
from helferapp.domain.records import OrganisationData
from helferapp.domain.validation import format_date
from helferapp.services import records
from helferapp.services.entities import CONTACTS, GROUPS, ORGANISATIONS, PERSONS, PROGRAMMES
from helferapp.ui.context import AppContext

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _focus() -> Any:
    return QApplication.focusWidget() or QApplication.activeWindow()


def _key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focus(), key, modifier)


def _type(text: str) -> None:
    """Like QTest.keyClicks, also for é and ü (QTest's own table knows only ASCII)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(_focus(), char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(_focus(), event)


def _tab(times: int = 1) -> None:
    for _ in range(times):
        _key(Qt.Key.Key_Tab)


def test_everything_by_keyboard(qtbot: Any, make_window: Any, context: AppContext) -> None:
    ki = OrganisationData(name="KI Landkreis Freising", kind=OrganisationKind.KI)
    records.create(context.uow(), ORGANISATIONS, ki)
    window = make_window(context)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_1, CTRL)

    # A Helferkreis: Strg+N on the Übersicht, type the name, Strg+S.
    _key(Qt.Key.Key_N, CTRL)
    _type("Helferkreis Tastendorf")
    _key(Qt.Key.Key_S, CTRL)
    (group,) = records.list_records(context.uow(), GROUPS)
    assert group.data.name == "Helferkreis Tastendorf"

    # Three Angebote from the group's page: Alt+N ("Neues Angebot …"), title, Sprache.
    for title in ("Sprachcafé", "Deutschkurs A1", "Hausaufgabenhilfe"):
        _key(Qt.Key.Key_N, ALT)  # a mnemonic "animates" the click: it comes a moment later
        qtbot.waitUntil(lambda: window.current_page().kind_code == "programme")
        _type(title)
        _tab(6)  # Helferkreis (prefilled), Stelle, three KI-Bereiche, then Sprache
        _key(Qt.Key.Key_Space)
        _key(Qt.Key.Key_S, CTRL)
        assert window.current_page().current is not None, window.current_page().form.data()
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_2, CTRL)
    programmes = records.list_records(context.uow(), PROGRAMMES)
    assert sorted(p.data.title for p in programmes) == [
        "Deutschkurs A1",
        "Hausaufgabenhilfe",
        "Sprachcafé",
    ]
    assert {p.data.group_id for p in programmes} == {group.id}
    assert window.current_page().programmes.count() == 3

    # A contact person with consent: Strg+5, Strg+N, name, the group, save, consent.
    _key(Qt.Key.Key_5, CTRL)
    _key(Qt.Key.Key_N, CTRL)
    _type("Erika Fiktivmaier")
    _tab(2)
    _type("Tastendorf")
    _key(Qt.Key.Key_Return)
    _key(Qt.Key.Key_S, CTRL)
    (person,) = records.list_records(context.uow(), PERSONS)
    assert person.data.group_id == group.id
    page = window.current_page()
    page.form.consent_box.button.setFocus()  # reached by Tab in the form; see its tests
    _key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.form.consent_dialog is not None)
    dialog = page.form.consent_dialog
    dialog.activateWindow()  # a window manager does this for a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.given_on.setFocus()
    _type(format_date(date.today()))
    for scope in range(3):
        _tab(2 if scope == 0 else 1)  # first past the calendar button beside the date
        _key(Qt.Key.Key_Space)
    _key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: records.get(context.uow(), PERSONS, person.id).data.consent_print)
    row = page.model.row_of(person.id)
    assert page.model.data(page.model.index(row, 1)) == "intern, weitergeben, drucken"
    window.activateWindow()  # back from the dialog, as the window manager does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # A contact with the KI and a Wiedervorlage: find the KI, Strg+K, type, Strg+Enter.
    _key(Qt.Key.Key_4, CTRL)
    _key(Qt.Key.Key_F, CTRL)
    _type("ki freising")
    _key(Qt.Key.Key_Down)
    due = date.today() + timedelta(days=7)

    def fill_contact() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            _type("Raum für das Sprachcafé")
            dialog.form.editor("follow_up_on").setFocus()  # Tab, Tab in the dialog
            _type(format_date(due))
            _key(Qt.Key.Key_Return, CTRL)
        finally:
            if dialog.isVisible():  # never leave a test hanging in a dialog
                dialog.reject()

    QTimer.singleShot(0, fill_contact)
    _key(Qt.Key.Key_K, CTRL)
    (contact,) = records.list_records(context.uow(), CONTACTS)
    assert contact.data.subject == "Raum für das Sprachcafé"
    assert contact.data.follow_up_on == due and contact.data.organisation_id is not None

    # … and it is on the Übersicht.
    window.activateWindow()  # back from the dialog, as the window manager does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _key(Qt.Key.Key_1, CTRL)
    overview = window.current_page()
    subjects = [
        overview.follow_ups.model.row_at(r)[1].subject
        for r in range(overview.follow_ups.model.rowCount())
    ]
    assert subjects == ["Raum für das Sprachcafé"]
