"""A walk through the window as a keyboard user would take it: every workspace, and every
dialog the window can open, found by the walk itself rather than from a hand list.

The walk selects the first row of every list and table (so buttons that act on a row
come on), then presses every button and menu item whose text ends in "…" — the house
convention for "opens a dialog" — and every such button inside the dialogs it opens.
Each dialog's ``exec`` is caught: the dialog is shown, handed to ``visit``, then closed
unanswered, so nothing is saved. Message boxes answer No, file dialogs offer only a
small delegation list (so the import preview opens) and nothing else, input dialogs
take their first choice. A new workspace, dialog or control added to the window is
therefore walked without anyone adding it here.
"""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractItemView, QAbstractSlider, QTabBar)
OPENS_A_DIALOG = ("…", "...")


def _inside_another_control(widget: QWidget) -> bool:
    """A combo box's line edit, a spin box's, a tab bar's scroll arrows: parts, not controls."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The interactive controls a user can reach in ``root`` as it is shown now."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QScrollBar, QHeaderView)) or _inside_another_control(widget):
            continue  # a view's own scroll bars and header are announced with the view
        found.append(widget)
    return found


def has_name(widget: QWidget) -> bool:
    """What a screen reader can say for it: its accessible name, or a button's own words
    (a button labelled "▲" says nothing)."""
    if widget.accessibleName().strip():
        return True
    return isinstance(widget, QAbstractButton) and any(c.isalpha() for c in widget.text())


def spoken_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    return widget.text().replace("&", "") if isinstance(widget, QAbstractButton) else ""


def where(widget: QWidget) -> str:
    """ "QLineEdit 'title_en' in AgendaEditor < AgendaWorkspace": enough to find it."""
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 4:
        name = type(parent).__name__
        if not name.startswith("Q"):
            chain.append(name)
        parent = parent.parentWidget()
    text = ""
    if isinstance(widget, QAbstractButton):
        text = f" {widget.text()!r}"
    return f"{type(widget).__name__} {widget.objectName()!r}{text} in {' < '.join(chain)}"


def select_first_rows(root: QWidget) -> None:
    """A current row in every view, so the buttons that act on one are enabled."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and model.rowCount() and view.isVisibleTo(root):
            view.setCurrentIndex(model.index(0, 0))


def opens_a_dialog(text: str) -> bool:
    return text.replace("&", "").rstrip().endswith(OPENS_A_DIALOG)


class DialogWalk:
    """Catches every dialog opened while it is installed; ``visit(dialog)`` looks at each."""

    def __init__(self, monkeypatch, tmp_path, visit, depth: int = 2) -> None:
        self.visit = visit
        self.depth = depth
        self.level = 0
        self.seen: list[str] = []
        self.list_file = tmp_path / "walk-list.xlsx"
        book = openpyxl.Workbook()
        book.active.append(["Nombre(s)", "Apellido paterno", "Cargo"])
        book.active.append(["Rocío", "Ávila", "Subdirectora"])
        book.save(self.list_file)
        walk = self
        monkeypatch.setattr(QDialog, "exec", lambda dialog: walk.caught(dialog))
        no = QMessageBox.StandardButton.No
        for name in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: no))
        monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(self._open_file))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
        # a message box built and run by hand (``box.exec()``) is answered as the others
        monkeypatch.setattr(QMessageBox, "exec", lambda box: no)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
        monkeypatch.setattr(QInputDialog, "getItem",
                            staticmethod(lambda _p, _t, _l, items, *a, **k: (items[0], True)))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))

    def _open_file(self, _parent=None, _caption="", _folder="", filters="", *_a, **_k):
        if "*.xlsx" in filters:
            return str(self.list_file), ""
        return "", ""

    def caught(self, dialog: QDialog) -> int:
        self.seen.append(type(dialog).__name__)
        dialog.show()
        QApplication.processEvents()
        for _tab in each_tab(dialog):
            self.visit(dialog)
            if self.level < self.depth:
                self.level += 1
                try:
                    press_dialog_openers(dialog, dialog)
                finally:
                    self.level -= 1
        dialog.reject()
        dialog.hide()
        QApplication.processEvents()
        return QDialog.DialogCode.Rejected


def press_dialog_openers(root: QWidget, shown: QWidget) -> None:
    """Press every enabled "…" button in ``root`` (not the OK/Cancel row)."""
    select_first_rows(root)
    for button in root.findChildren(QAbstractButton):
        if isinstance(button, (QCheckBox, QRadioButton)) or isinstance(
                button.parentWidget(), QDialogButtonBox):
            continue
        if button.isVisibleTo(shown) and button.isEnabled() and opens_a_dialog(button.text()):
            button.click()
            QApplication.processEvents()


def menu_openers(window) -> list:
    """Every "…" item of the window's menus, sub-menus included."""
    found = []

    def collect(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                collect(action.menu())
            elif action.isEnabled() and opens_a_dialog(action.text()):
                found.append(action)

    for action in window.menuBar().actions():
        if action.menu() is not None:
            collect(action.menu())
    return found


def each_tab(root: QWidget):
    """``root`` with each page of its tab widgets shown in turn (yields the tab's index)."""
    tabs = [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)]
    yield 0
    for tab_widget in tabs:
        for index in range(1, tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            QApplication.processEvents()
            yield index
        tab_widget.setCurrentIndex(0)


def walk_window(window, visit_workspace, walk: DialogWalk) -> None:
    """Each workspace shown in turn (``visit_workspace(page)``, once for each page of its
    tabs), its dialogs opened, then the menus' dialogs."""
    for index in range(len(window.WORKSPACE_NAMES)):
        window.show_workspace(index)
        QApplication.processEvents()
        page = window.stack.currentWidget()
        for _tab in each_tab(page):
            select_first_rows(page)
            QApplication.processEvents()
            visit_workspace(page)
            press_dialog_openers(page, page)
        for action in page.findChildren(type(window.new_action)):
            if action.isEnabled() and opens_a_dialog(action.text()):
                action.trigger()
    for action in menu_openers(window):
        if action not in (window.new_action, window.open_action):  # file dialogs only
            action.trigger()
            QApplication.processEvents()
