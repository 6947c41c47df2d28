"""The meetings table: one row per meeting, keyed by id, refreshed from the store."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...i18n.formatting import format_date_range, meeting_name
from ...store.first_rows import MeetingRow
from ..context import AppContext
from ..labels import label

Index = QModelIndex | QPersistentModelIndex


class MeetingsModel(QAbstractTableModel):
    NAME, DATES, CITY, VENUE, HOST = range(5)

    def __init__(self, context: AppContext, language: str = "en") -> None:
        super().__init__(context)
        self.context = context
        self.language = language
        self._rows: list[MeetingRow] = []
        self.reload()

    def reload(self) -> None:
        """The rows of the open database, through the ORM (none without a database)."""
        self.beginResetModel()
        self._rows = []
        if self.context.db is not None:
            from ...store.meetings import meeting_rows  # SQLAlchemy: after the first paint

            with self.context.db.session() as session:
                self._rows = meeting_rows(session)
        self.endResetModel()

    def show_rows(self, rows: list[MeetingRow]) -> None:
        """Rows read before the database is open (``store.first_rows``), for the first
        paint; ``reload`` replaces them with the ORM's once it is."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.HOST))

    def row_of(self, meeting_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == meeting_id:
                return i
        return None

    def meeting_id(self, index: Index) -> int | None:
        return self._rows[index.row()].id if index.isValid() else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr_header(section)
        return None

    def tr_header(self, section: int) -> str:
        texts = (self.tr("Meeting"), self.tr("Dates"), self.tr("City"), self.tr("Venue"),
                 self.tr("Host"))
        return texts[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        lang = self.language
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.NAME:
                return meeting_name(row.kind, row.number, lang)
            if column == self.DATES:
                return format_date_range(row.start_date, row.end_date, lang)
            if column == self.CITY:
                return row.city.either(lang)
            if column == self.VENUE:
                return row.venue.either(lang)
            if column == self.HOST:
                return label(row.host) if row.host else ""
        if role == Qt.ItemDataRole.FontRole and row.id == self.context.meeting_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
