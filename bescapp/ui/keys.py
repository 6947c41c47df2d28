"""Keys a list or table shares: Enter does what a double-click does on the selected row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView


def enter_opens(view: QAbstractItemView, slot: Callable[[], object], what: str = "") -> QShortcut:
    """Return (and the keypad's Enter) on ``view`` calls ``slot`` when a row is current.

    ``what`` is said in Help ▸ Keyboard shortcuts (the shortcut's What's This); the caller
    words it again on a language switch through the returned shortcut."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(lambda: view.currentIndex().isValid() and slot())
    keypad = QShortcut(QKeySequence(Qt.Key.Key_Enter), view)
    keypad.setContext(Qt.ShortcutContext.WidgetShortcut)
    keypad.activated.connect(shortcut.activated)
    shortcut.setWhatsThis(what)
    return shortcut
