"""Widgets that re-word themselves when the interface language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslates:
    """Calls the widget's ``retranslate_ui`` on Qt's LanguageChange (sent on a switch).

    A mixin, named before the Qt class: ``class MemberDialog(Retranslates, QDialog)``.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
