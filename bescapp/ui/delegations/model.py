"""One party's list for the current meeting: a table keyed by membership id.

Rows are the store's plain ``MemberRow`` values, reloaded when ``Changes`` say
the delegations, people or agencies changed. Drag and drop never moves rows in
the model itself: ``dropMimeData`` emits ``move_requested`` and the workspace
turns it into a ``MoveMember`` undo step, whose reload shows the new order.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from ...domain.people import display_name
from ...store.delegations import MemberRow, PartyList
from ..labels import attendance_label, label

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-bescapp-membership"


class DelegationListModel(QAbstractTableModel):
    NUMBER, NAME, ROLE, TITLE, AGENCY, ATTENDANCE = range(6)
    COLUMNS = 6

    move_requested = Signal(int, int)  # membership id, new index (0 first)

    def __init__(self, party_code: str, language: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.party_code = party_code
        self.language = language
        self.party: PartyList | None = None
        self._rows: list[MemberRow] = []

    # loading ---------------------------------------------------------------

    def set_list(self, party: PartyList | None) -> None:
        self.beginResetModel()
        self.party = party
        self._rows = list(party.members) if party else []
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1,
                                                               self.COLUMNS - 1))

    # lookup ----------------------------------------------------------------

    def membership_id(self, index: Index) -> int | None:
        return self._rows[index.row()].membership_id if index.isValid() else None

    def member(self, row: int) -> MemberRow:
        return self._rows[row]

    def row_of(self, membership_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.membership_id == membership_id:
                return i
        return None

    def order(self) -> list[int]:
        return [r.membership_id for r in self._rows]

    # the table ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("No."), self.tr("Name"), self.tr("Role"), self.tr("Title"),
                    self.tr("Agency"), self.tr("Attendance"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column, lang = index.column(), self.language
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(row.precedence)
            if column == self.NAME:
                return display_name(row, lang)
            if column == self.ROLE:  # with how a principal takes part: "Head … · Co-host"
                return f"{label(row.role)} · {label(row.principal)}" if row.is_host \
                    else label(row.role)
            if column == self.TITLE:
                return row.title.either(lang)
            if column == self.AGENCY:
                return row.agency_acronym
            if column == self.ATTENDANCE:  # whether, and how: "Confirmed (virtual)"
                return attendance_label(row.attendance, row.attendance_mode)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.AGENCY:
                return row.agency_name.either(lang)
            if column == self.TITLE:
                return row.title.either(lang)
            if column == self.NAME and row.is_sample:
                return self.tr("Sample person (demo data)")
        if role == Qt.ItemDataRole.FontRole and column == self.NAME and \
                row.role in ("head", "co_chair"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.attendance == "declined":
            return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.membership_id
        return None

    # drag and drop -----------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            payload = f"{self.party_code}:{self._rows[rows[0]].membership_id}"
            data.setData(MIME_TYPE, QByteArray(payload.encode()))
        return data

    def _dragged(self, data: QMimeData) -> int | None:
        if data is None or not data.hasFormat(MIME_TYPE):
            return None
        code, _, ident = bytes(data.data(MIME_TYPE).data()).decode().partition(":")
        if code != self.party_code or not ident.isdigit():  # a list is reordered within itself
            return None
        membership_id = int(ident)
        return membership_id if self.row_of(membership_id) is not None else None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return action == Qt.DropAction.MoveAction and self._dragged(data) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        membership_id = self._dragged(data)
        if membership_id is None or action != Qt.DropAction.MoveAction:
            return False
        if row < 0:  # dropped onto a row: take its place; onto empty space: the end
            row = parent.row() if parent.isValid() else len(self._rows)
        current = self.row_of(membership_id)
        target = row - 1 if row > current else row  # the index once it is taken out
        if target != current:
            self.move_requested.emit(membership_id, target)
        return False  # the command's reload moves the row; Qt must not remove it
