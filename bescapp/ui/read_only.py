"""The controls that change the database, switched off together while it is read-only.

Each workspace lists its editing controls once in an ``EditControls`` and passes the
window's ``set_read_only`` on to it. While the database is read-only:

- buttons, actions, shortcuts, combo and check boxes, lists of ticks are disabled;
- text fields, text boxes and spin boxes are read-only (they can still be read,
  selected and copied);
- item views take no in-place edits, no drags and no drops, and tick nothing.

A workspace's own logic keeps enabling its buttons as the selection changes; while
read-only such an enabling is overruled at once, and remembered, so that the state the
workspace asked for comes back when the database can be written again.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .qt_namespace import qt

_TEXT = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
_TICKS = (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)


@cache
def _tick_keys() -> tuple:
    """Space and Select (Qt.Key: an enum of some 500 members, also built on first use)."""
    return (qt().Key.Key_Space, qt().Key.Key_Select)


class EditControls(QObject):
    """One workspace's (or the window's) editing controls; ``add`` them, then
    ``set_read_only`` switches all of them. Controls added later (a paragraph's text
    boxes) take the current state at once."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.read_only = False
        self._controls: list[QObject] = []
        self._wanted: dict[int, object] = {}  # id(control) → its state before read-only

    def add(self, *controls: QObject) -> None:
        for control in controls:
            self._controls.append(control)
            if isinstance(control, QAction):
                control.enabledChanged.connect(
                    lambda enabled, c=control: self._action_enabled(c, enabled))
            elif isinstance(control, QAbstractItemView):
                control.installEventFilter(self)
                control.viewport().installEventFilter(self)
            elif isinstance(control, QWidget) and not isinstance(control, _TEXT):
                control.installEventFilter(self)
            key = id(control)
            control.destroyed.connect(lambda _o=None, key=key: self._forget(key))
            if self.read_only:
                self._lock(control)

    def controls(self) -> list[QObject]:
        return list(self._controls)

    def set_read_only(self, read_only: bool) -> None:
        if read_only == self.read_only:
            return
        self.read_only = read_only
        for control in self._controls:
            if read_only:
                self._lock(control)
            else:
                self._unlock(control)

    # switching -----------------------------------------------------------------

    def _lock(self, control: QObject) -> None:
        key = id(control)
        if isinstance(control, (QAction, QShortcut)):
            self._wanted[key] = control.isEnabled()
            control.setEnabled(False)
        elif isinstance(control, _TEXT):
            self._wanted[key] = control.isReadOnly()
            control.setReadOnly(True)
        elif isinstance(control, QAbstractItemView):
            self._wanted[key] = (control.editTriggers(), control.dragDropMode(),
                                 control.dragEnabled(), control.acceptDrops())
            control.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            control.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
            control.setDragEnabled(False)
            control.setAcceptDrops(False)
        elif isinstance(control, QWidget):
            self._wanted[key] = not control.testAttribute(qt().WidgetAttribute.WA_ForceDisabled)
            control.setEnabled(False)

    def _unlock(self, control: QObject) -> None:
        wanted = self._wanted.pop(id(control), None)
        if wanted is None:
            return
        if isinstance(control, (QAction, QShortcut)):
            control.setEnabled(wanted)
        elif isinstance(control, _TEXT):
            control.setReadOnly(wanted)
        elif isinstance(control, QAbstractItemView):
            triggers, mode, drag, drops = wanted
            control.setDragDropMode(mode)
            control.setDragEnabled(drag)
            control.setAcceptDrops(drops)
            control.setEditTriggers(triggers)
        elif isinstance(control, QWidget):
            control.setEnabled(wanted)

    def _forget(self, key: int) -> None:
        self._wanted.pop(key, None)
        self._controls = [c for c in self._controls if id(c) != key]

    # overruling ----------------------------------------------------------------

    def _action_enabled(self, action: QAction, enabled: bool) -> None:
        if self.read_only and enabled:
            self._wanted[id(action)] = True
            action.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.read_only:
            return False
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and isinstance(watched, QWidget) \
                and not isinstance(watched, (QAbstractItemView, *_TEXT)) \
                and not watched.testAttribute(qt().WidgetAttribute.WA_ForceDisabled):
            self._wanted[id(watched)] = True  # the workspace enabled it: later, not now
            watched.setEnabled(False)
        elif kind in _TICKS and isinstance(watched.parent(), QAbstractItemView):
            view = watched.parent()
            index = view.indexAt(event.position().toPoint())
            return bool(index.flags() & qt().ItemFlag.ItemIsUserCheckable)
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QAbstractItemView) \
                and event.key() in _tick_keys():
            return bool(watched.currentIndex().flags() & qt().ItemFlag.ItemIsUserCheckable)
        return False


def name_edit_button(button: QAbstractButton, read_only: bool, edit: str, view: str,
                     view_tip: str = "") -> None:
    """An Edit… button named for what it does: in a read-only database it reads
    (``view``, and ``view_tip``), its dialog then opened by ``show_for_reading``."""
    button.setText(view if read_only else edit)
    button.setToolTip(view_tip if read_only else "")


def show_for_reading(dialog: QDialog, buttons: QDialogButtonBox, title: str) -> None:
    """An editing dialog shown for reading, in a read-only database, until it is closed:
    ``title`` for its own, its texts read-only (still selectable and copyable) and shown
    from their start, its choices and buttons fixed, Close its one answer."""
    dialog.setWindowTitle(title)
    for widget in dialog.findChildren(QWidget):
        if widget is buttons or buttons.isAncestorOf(widget):
            continue
        if isinstance(widget, _TEXT):
            widget.setReadOnly(True)
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)
        elif isinstance(widget, (QComboBox, QAbstractButton)):
            widget.setEnabled(False)
    buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
    dialog.exec()
