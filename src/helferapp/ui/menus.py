"""The menu bar, built in one place from the actions in ``ui.actions``.

One function per menu, so that finding "where is Sicherung?" in the code is as easy as
in the window. Menu titles are re-set by ``retranslate_menus``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from helferapp.ui.actions import Actions


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def menu_file(bar: QMenuBar, actions: Actions) -> QMenu:
    menu = bar.addMenu("")
    menu.setObjectName("menu_file")
    menu.addAction(actions.new)
    menu.addSeparator()
    menu.addAction(actions.new_database)
    menu.addAction(actions.open_database)
    recent = menu.addMenu("")
    recent.setObjectName("menu_recent")
    menu.addSeparator()
    menu.addAction(actions.backup)
    menu.addAction(actions.backup_copy)
    menu.addAction(actions.restore)
    menu.addSeparator()
    menu.addAction(actions.export)
    menu.addAction(actions.import_)
    menu.addAction(actions.import_table)
    menu.addAction(actions.journal)
    menu.addAction(actions.exchange_folder)
    menu.addAction(actions.round_trip)
    menu.addSeparator()
    menu.addAction(actions.print_)
    menu.addAction(actions.save_pdf)
    menu.addAction(actions.export_table)
    menu.addAction(actions.export_vcard)
    menu.addAction(actions.export_calendar)
    menu.addSeparator()
    menu.addAction(actions.settings)
    menu.addSeparator()
    menu.addAction(actions.quit)
    return menu


def menu_edit(bar: QMenuBar, actions: Actions) -> QMenu:
    menu = bar.addMenu("")
    menu.setObjectName("menu_edit")
    menu.addAction(actions.undo)
    menu.addSeparator()
    menu.addAction(actions.save)
    menu.addAction(actions.delete)
    menu.addSeparator()
    menu.addAction(actions.find)
    menu.addAction(actions.contact)
    menu.addAction(actions.duplicates)
    return menu


def menu_view(bar: QMenuBar, actions: Actions) -> QMenu:
    menu = bar.addMenu("")
    menu.setObjectName("menu_view")
    for action in actions.pages:
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(actions.zoom_in)
    menu.addAction(actions.zoom_out)
    menu.addAction(actions.zoom_reset)
    return menu


def menu_help(bar: QMenuBar, actions: Actions) -> QMenu:
    menu = bar.addMenu("")
    menu.setObjectName("menu_help")
    menu.addAction(actions.help)
    menu.addAction(actions.about)
    return menu


def build_menus(window: QMainWindow, actions: Actions) -> list[QMenu]:
    bar = window.menuBar()
    menus = [
        menu_file(bar, actions),
        menu_edit(bar, actions),
        menu_view(bar, actions),
        menu_help(bar, actions),
    ]
    retranslate_menus(menus)
    return menus


def retranslate_menus(menus: list[QMenu]) -> None:
    titles = {
        "menu_file": _tr("&Datei"),
        "menu_edit": _tr("&Bearbeiten"),
        "menu_view": _tr("&Ansicht"),
        "menu_help": _tr("&Hilfe"),
        "menu_recent": _tr("&Zuletzt geöffnet"),
    }
    for menu in menus:
        menu.setTitle(titles[menu.objectName()])
        for child in menu.findChildren(QMenu):
            if child.objectName() in titles:
                child.setTitle(titles[child.objectName()])


def recent_menu(menus: list[QMenu]) -> QMenu:
    """The Datei → Zuletzt geöffnet submenu (filled by the window when it opens)."""
    found = menus[0].findChild(QMenu, "menu_recent")
    assert isinstance(found, QMenu)
    return found
