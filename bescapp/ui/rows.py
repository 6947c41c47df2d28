"""Widgets side by side in one form row: an English and a Spanish box, a start and an end."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget


def pair(left: QWidget, right: QWidget) -> QWidget:
    """The two widgets in one row without margins, so a form lines them up with the others."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(left)
    row.addWidget(right)
    return box
