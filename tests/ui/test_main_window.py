"""The main window: shortcuts reach their actions, leaving a changed form asks first,
related records are one double-click away, the font zooms and is remembered."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from helferapp.domain.records import ContactData
from helferapp.services import queries, records
from helferapp.services.entities import CONTACTS, GROUPS
from helferapp.ui.settings import window_state

B = QMessageBox.StandardButton
CTRL = Qt.KeyboardModifier.ControlModifier


def _active(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_navigation_lists_every_page_and_starts_on_the_overview(window: Any) -> None:
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == [
        "Übersicht",
        "Helferkreise",
        "Angebote",
        "Stellen & KI",
        "Personen",
        "Kontakte",
        "Gebiete",
        "Papierkorb",
        "Versorgung",
    ]
    assert window.current_page().nav_title == "Übersicht"
    assert list(window._pages) == [0]  # the other pages are built when first shown
    assert "20 Helferkreise" in window.counts_label.text()
    assert window.file_label.text() == "Datei: demo.sqlite3"


def test_shortcuts_trigger_their_actions(qtbot: Any, window: Any, answers: Any) -> None:
    _active(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.current_page()
    assert page.kind_code == "group"

    QTest.keyClick(window, Qt.Key.Key_F, CTRL)
    assert page.filter_edit.hasFocus()

    QTest.keyClick(window.focusWidget(), Qt.Key.Key_N, CTRL)
    assert page._new and page.detail.heading.text() == "Neuer Helferkreis"
    QTest.keyClicks(window.focusWidget(), "Helferkreis Tastatur")
    assert page.form.editor("name").text() == "Helferkreis Tastatur"
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_S, CTRL)
    assert page.current is not None and page.current.data.name == "Helferkreis Tastatur"
    group_id = page.current.id

    page.table.setFocus()
    answers.answer(B.Yes)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert records.get(window.context.uow(), GROUPS, group_id).deleted

    QTest.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert not records.get(window.context.uow(), GROUPS, group_id).deleted

    QTest.keyClick(page.table, Qt.Key.Key_1, CTRL)
    assert window.current_page().nav_title == "Übersicht"
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_F, CTRL)
    assert window.current_page().search.edit.hasFocus()


def test_strg_k_logs_a_contact_prefilled_with_the_selected_group(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helferapp.ui.records.contact_dialog import ContactDialog

    seen: list[ContactData] = []

    def fill_and_save(dialog: ContactDialog) -> int:
        seen.append(dialog.form.data())
        dialog.form.editor("subject").setText("Raum für das Sprachcafé")
        dialog.save()
        return 1

    monkeypatch.setattr(ContactDialog, "exec", fill_and_save)
    _active(qtbot, window)
    group = queries.group_rows(window.context.uow())[0]
    window.open_record("group", group.id)
    contacts_before = window.current_page().contacts.count()
    QTest.keyClick(window.current_page().table, Qt.Key.Key_K, CTRL)
    assert seen and seen[0].group_id == group.id and seen[0].contact_date is not None
    stored = records.list_records(window.context.uow(), CONTACTS, query="Sprachcafé Raum")
    assert [r.data.group_id for r in stored] == [group.id]
    assert window.current_page().contacts.count() == contacts_before + 1
    window.actions_.undo.trigger()
    assert records.get(window.context.uow(), CONTACTS, stored[0].id).deleted


@pytest.mark.parametrize(
    ("answer", "leaves", "saved"),
    [(B.Save, True, True), (B.Discard, True, False), (B.Cancel, False, False)],
)
def test_leaving_a_changed_form_asks_first(
    window: Any, answers: Any, answer: Any, leaves: bool, saved: bool
) -> None:
    window.show_page(1)
    page = window.current_page()
    first, second = page.model.id_at(0), page.model.id_at(1)
    page.table.selectRow(0)
    page.form.editor("name").setText("Geänderter Name")

    answers.answer(answer)
    page.table.selectRow(1)
    assert any("noch nicht gespeichert" in text for text in answers.asked)
    assert page.current.id == (second if leaves else first)
    assert page.table.current_id() == page.current.id
    name = records.get(window.context.uow(), GROUPS, first).data.name
    assert (name == "Geänderter Name") == saved
    if not leaves:  # still changed: switching the page asks again, and again stays
        answers.answer(B.Cancel)
        assert not window.show_page(2)
        assert window.current_page() is page and window.nav.currentRow() == 1


def test_closing_with_a_changed_form_asks(window: Any, answers: Any) -> None:
    window.show_page(1)
    page = window.current_page()
    page.table.selectRow(0)
    page.form.editor("name").setText("Noch nicht gespeichert")
    answers.answer(B.Cancel)
    assert not window.close()
    answers.answer(B.Discard)
    assert window.close()


def test_related_records_are_one_double_click_away(window: Any) -> None:
    window.show_page(1)
    page = window.current_page()
    row = next(
        r
        for r in range(page.model.rowCount())
        if queries.group_relations(window.context.uow(), page.model.id_at(r)).programmes
    )
    page.table.selectRow(row)
    entry = page.programmes.list.item(0)
    target = entry.data(Qt.ItemDataRole.UserRole + 1)
    page.programmes.list.itemActivated.emit(entry)
    programmes = window.current_page()
    assert programmes.kind_code == "programme"
    assert programmes.current.id == target.id
    assert programmes.table.current_id() == target.id
    provider = programmes.current.data.group_id
    assert provider == page.current.id


def test_font_zoom_is_applied_and_remembered(window: Any) -> None:
    size = QApplication.font().pointSizeF()
    window.actions_.zoom_in.trigger()
    window.actions_.zoom_in.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(size * 1.21, rel=0.02)
    assert window_state.font_steps() == 2
    window.actions_.zoom_reset.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(size)
    assert window_state.font_steps() == 0


def test_a_first_start_fills_a_small_screen_and_takes_the_usual_size_on_a_large_one() -> None:
    assert window_state.opens_maximized(QSize(1366, 728))  # 1366×768, Windows task bar
    assert window_state.opens_maximized(QSize(1280, 680))  # 1920×1080 at 150 %
    assert not window_state.opens_maximized(QSize(1920, 1040))
    assert not window_state.opens_maximized(QSize(1440, 860))


def test_a_first_start_opens_in_the_middle_of_the_screen(
    qtbot: Any, demo_context: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helferapp.ui.main_window import MainWindow

    # A usual size well below the test screen's, so that the middle is not its corner.
    monkeypatch.setattr(window_state, "DEFAULT_WINDOW", QSize(500, 400))
    window = MainWindow(demo_context)  # no geometry remembered: the first start
    qtbot.addWidget(window)
    area = window_state.available_geometry(window)
    frame = QRect(window.pos(), window.size() + window_state.FRAME_GUESS)
    assert abs(frame.center().x() - area.center().x()) <= 1
    assert abs(frame.center().y() - area.center().y()) <= 1
    assert window.pos() != area.topLeft()


def test_column_widths_and_splitters_are_remembered(make_window: Any, demo_context: Any) -> None:
    window = make_window(demo_context)
    window.show_page(2)
    window.current_page().table.setColumnWidth(0, 333)
    window.close()
    again = make_window(demo_context)
    again.show_page(2)
    assert again.current_page().table.columnWidth(0) == 333


def test_every_input_of_every_page_has_a_name(window: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QTableView

    for index in range(window.nav.count()):
        window.show_page(index)
        page = window.current_page()
        for widget in (
            page.findChildren(QLineEdit)
            + page.findChildren(QTableView)
            + page.findChildren(QListWidget)
        ):
            if not widget.isVisibleTo(page) or widget.parent().inherits("QComboBox"):
                continue
            labelled = any(label.buddy() is widget for label in page.findChildren(QLabel))
            assert widget.accessibleName() or labelled, (page.nav_title, widget)
        for button in page.findChildren(QAbstractButton):
            if button.isVisibleTo(page):
                assert button.text() or button.accessibleName() or button.toolTip()


def test_data_changed_elsewhere_reloads_every_page(window: Any, monkeypatch: Any) -> None:
    """An exchange round that merged records reaches the window through its public door."""
    stale: list[object] = []
    for page in window.loaded_pages():
        monkeypatch.setattr(page, "mark_stale", lambda page=page: stale.append(page))
    window.exchange_folder.data_changed.emit()
    assert stale and set(stale) == set(window.loaded_pages())
    assert not window.exchange_folder.write_timer.isActive()  # not a local edit
