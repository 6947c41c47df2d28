"""Which side we are: asked once, when a database has no side yet. Returns "US" or "MX"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ..labels import label
from ..retranslate import Retranslates


class SideDialog(Retranslates, QDialog):
    """Two clear choices, one button per delegation; closing it chooses nothing."""

    SIDES = ("US", "MX")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.side: str | None = None
        self.question = QLabel()
        self.question.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for side in self.SIDES:
            button = QPushButton()
            button.setMinimumHeight(44)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, s=side: self._choose(s))
            self.buttons[side] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addLayout(row)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Whose database is this?"))
        self.question.setText(self.tr("Which delegation do you work for?"))
        self.explanation.setText(self.tr(
            "This database belongs to one delegation. Our briefing book, the default "
            "language of our documents and the handling marking of our papers follow "
            "this choice. You can change it later in File ▸ Database settings."))
        for side, button in self.buttons.items():
            button.setText(label(side))

    def _choose(self, side: str) -> None:
        self.side = side
        self.accept()

    def choose(self) -> str | None:
        """Show the dialog; "US", "MX", or None when it was closed without a choice."""
        return self.side if self.exec() == QDialog.DialogCode.Accepted else None
