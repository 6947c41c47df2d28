"""Widgets that re-word themselves when the interface language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent

from .access import name_from_labels


class Retranslates:
    """Calls the widget's ``retranslate_ui`` on Qt's LanguageChange (sent on a switch).

    A mixin, named before the Qt class: ``class MemberDialog(Retranslates, QDialog)``.
    After the new words, and whenever the widget is shown, each labelled field takes its
    label's words as its accessible name (``access.name_from_labels``).
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            name_from_labels(self)
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        name_from_labels(self)
        super().showEvent(event)
