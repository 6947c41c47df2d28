"""Help ▸ User guide: the guide carried in the package (docs/guide/<language>/index.md),
rendered by Qt's own Markdown reader, offline; and Help ▸ Keyboard shortcuts, read from
the window's actions so the list cannot drift from the keys that work."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import package_files
from . import access
from .access import plain
from .retranslate import Retranslates


class GuideWindow(Retranslates, QDialog):
    """The guide in the interface language; links between its sections, pictures beside it."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("x") * 110,
                    self.fontMetrics().height() * 45)
        self.show_language(language)
        self.retranslate_ui()

    def show_language(self, language: str) -> None:
        path = package_files.guide(language)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("bescapp user guide"))
        access.name(self.browser, self.tr("User guide"))


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every action and shortcut of ``window`` that has keys.

    The window's menu actions and the workspaces' own (built or not yet: all are built
    here); a ``QShortcut`` says what it does in its What's This text."""
    for index in range(len(window.WORKSPACE_NAMES)):
        window._page(index)
    rows = []
    seen = set()
    menus = [(plain(menu.title()), menu) for menu in
             (a.menu() for a in window.menuBar().actions()) if menu is not None]
    for where, menu in menus:
        for action in menu.findChildren(QAction) + menu.actions():
            if action.shortcuts() and id(action) not in seen:
                seen.add(id(action))
                rows.append((where, plain(action.text()), _keys(action.shortcuts())))
    names = window.workspace_names()
    for index, page in enumerate(window.workspaces):
        for action in page.findChildren(QAction):
            if action.shortcuts() and id(action) not in seen:
                seen.add(id(action))
                rows.append((names[index], plain(action.text()), _keys(action.shortcuts())))
        for shortcut in page.findChildren(QShortcut):
            if shortcut.whatsThis() and not shortcut.key().isEmpty():
                rows.append((names[index], shortcut.whatsThis(), _keys([shortcut.key()])))
        for view in page.findChildren(QWidget):  # keys a view handles itself (the outliner's)
            if hasattr(view, "keyboard_keys"):
                rows += [(names[index], plain(what), _keys([keys]))
                         for what, keys in view.keyboard_keys()]
    return list(dict.fromkeys(rows))  # both delegation lists have the same keys: once


def _keys(sequences: list[QKeySequence]) -> str:
    said = (s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)
    return ", ".join(dict.fromkeys(said))  # Redo is Ctrl+Y twice where the platform says so


class ShortcutsDialog(Retranslates, QDialog):
    """Help ▸ Keyboard shortcuts: every key of the window and its workspaces, by place."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("x") * 95,
                    self.fontMetrics().height() * 32)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("What"), self.tr("Keys")])
        access.name(self.table, self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(self.window_)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
