"""The timeline of one line: when it was created, then each dated status update, newest last."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...i18n.formatting import format_date, format_percent
from ...store.actions import LineRow, UpdateRow
from ..labels import label
from .model import STATUS_COLOURS


def status_icon(status) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(STATUS_COLOURS[status]))
    return QIcon(pixmap)


class Timeline(QListWidget):
    UpdateIdRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.line: LineRow | None = None
        self.updates: list[UpdateRow] = []
        self.setWordWrap(True)
        self.setIconSize(QSize(12, 12))
        self.setSpacing(3)
        self.setAlternatingRowColors(True)

    def show_line(self, line: LineRow | None, updates: list[UpdateRow], language: str) -> None:
        self.line, self.updates, self.language = line, updates, language
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        if self.line is None:
            return
        lang = self.language
        created = QListWidgetItem(self.tr("%1 — line created").replace(
            "%1", format_date(self.line.created_on, lang)))
        created.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addItem(created)
        for update in self.updates:
            head = f"{format_date(update.date, lang)} — {label(update.status.value)}"
            if update.progress is not None:
                head += f" — {format_percent(update.progress, lang)}"
            note = update.note.either(lang)
            item = QListWidgetItem(status_icon(update.status), f"{head}\n{note}" if note else head)
            item.setData(self.UpdateIdRole, update.id)
            self.addItem(item)
        if not self.updates:
            empty = QListWidgetItem(self.tr("No status updates yet."))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(empty)

    def selected_update_id(self) -> int | None:
        item = self.currentItem()
        return item.data(self.UpdateIdRole) if item is not None and item.isSelected() else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
