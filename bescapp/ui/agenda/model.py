"""The agenda tree: sessions → items → sub-items, keyed by id, with computed numbers and times.

The model holds the store's plain rows and the schedule the domain computes from
them; every index carries its item id as ``internalId``. Changes come back
through ``context.changed`` and reload the whole agenda (two queries, a few ms
for a thousand items). Drag and drop goes through the model's own ``mimeData``
and ``dropMimeData``, which turn a drop into a ``MoveItem`` undo step.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPalette

from ...domain.agenda import AgendaInvalid, Schedule, schedule
from ...i18n.formatting import TWELVE_HOUR, format_duration, format_time, format_time_range
from ...model.entities import AgendaKind
from ...store import our_side
from ...store.agenda import ItemRow, load_tree
from ...store.changes import Changes, Kind
from ...store.meetings import get_meeting
from .. import colours
from ..context import AppContext, EditNotSaved
from ..labels import label
from .commands import Move, MoveItem, take_move

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-bescapp-agenda-item"
BASE = QPalette.ColorRole.Base  # the tree's background
ITEM_FLAGS = (Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsEnabled  # built once: flags()
              | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)  # runs a lot
BOLD = QFont()
BOLD.setBold(True)


class AgendaModel(QAbstractItemModel):
    NUMBER, TIME, TITLE, DURATION, LEADS, KIND = range(6)
    COLUMNS = 6

    move_refused = Signal(object)  # AgendaInvalid

    def __init__(self, context: AppContext, language: str = "en") -> None:
        super().__init__(context)
        self.context = context
        self.language = language
        self.meeting_id: int | None = None
        self.day_end = None
        self.clock = TWELVE_HOUR  # how this database writes Spanish times (Database settings)
        self._rows: dict[int, ItemRow] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._row_of: dict[int, int] = {}
        self.schedule = Schedule({}, [], {None: []})
        self.last_refresh_was_reset = False
        self.last_move: Move | None = None
        self._meeting_clock = None  # (day start, day end, numbering) of the last read
        self._shown: dict[tuple[int, int], str] = {}  # display text, made when first painted
        context.changed.connect(self._on_changes)

    # loading ---------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._install(*self._fetch())
        self.endResetModel()

    def refresh(self) -> None:
        """Reload after a change. When the same items are still there (a move, an edit),
        this is a layout change, so the view keeps what is expanded and selected;
        otherwise (an item added or deleted) a reset."""
        rows, sched, day_end = self._fetch()
        self.last_refresh_was_reset = set(sched.slots) != set(self.schedule.slots)
        if self.last_refresh_was_reset:
            self.beginResetModel()
            self._install(rows, sched, day_end)
            self.endResetModel()
            return
        self._relayout(rows, sched, day_end)

    def _relayout(self, rows: list[ItemRow], sched: Schedule, day_end) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(index.internalId(), index.column()) for index in persistent]
        self._install(rows, sched, day_end)
        self.changePersistentIndexList(
            persistent, [self.index_of(item_id, column) for item_id, column in kept])
        self.layoutChanged.emit()

    def _fetch(self) -> tuple[list[ItemRow], Schedule, object]:
        rows: list[ItemRow] = []
        if self.context.db is not None and self.meeting_id is not None:
            with self.context.db.session() as session:
                meeting = get_meeting(session, self.meeting_id)
                if meeting is not None:
                    self.clock = our_side.clock(session)
                    rows = load_tree(session, self.meeting_id, self.language)
                    self._meeting_clock = (meeting.day_start, meeting.day_end,
                                           meeting.session_numbering)
                    return rows, schedule(rows, meeting.day_start, meeting.day_end,
                                          meeting.session_numbering), meeting.day_end
        return rows, Schedule({}, [], {None: []}), None

    def _install(self, rows: list[ItemRow], sched: Schedule, day_end) -> None:
        self._shown = {}
        self.schedule, self.day_end = sched, day_end
        self._rows = {r.id: r for r in rows}
        self._children = dict(sched.children)
        self._children.setdefault(None, [])
        self._row_of = {i: k for group in self._children.values() for k, i in enumerate(group)}

    def _on_changes(self, changes: Changes) -> None:
        move = self.last_move = take_move(self.context)
        if move is not None and changes.kinds == {Kind.AGENDA} \
                and move.meeting_id == self.meeting_id and move.item_id in self._rows:
            self.follow_move(move)
        else:
            self.last_move = None
            if changes.touches(Kind.AGENDA) or changes.touches(Kind.MEETINGS) \
                    or changes.touches(Kind.PEOPLE):
                self.refresh()

    def follow_move(self, move: Move) -> None:
        """Mirror a move the store has just saved, without reading the agenda back:
        the same re-ordering as ``store.agenda.move_item``, then numbers and times again."""
        rows, children = dict(self._rows), {k: list(v) for k, v in self._children.items()}
        row = rows[move.item_id]
        children[row.parent_id].remove(move.item_id)
        children.setdefault(move.parent_id, []).insert(move.index, move.item_id)
        rows[move.item_id] = row._replace(parent_id=move.parent_id, day=move.day)
        for group in {row.parent_id, move.parent_id}:
            for position, item_id in enumerate(children[group]):
                if rows[item_id].position != position:
                    rows[item_id] = rows[item_id]._replace(position=position)
        day_start, day_end, numbering = self._meeting_clock
        sched = schedule(rows.values(), day_start, day_end, numbering)
        self.last_refresh_was_reset = False
        self._relayout(list(rows.values()), sched, day_end)

    def set_language(self, language: str) -> None:
        self.language = language
        self.reload()  # leads' honorifics and titles follow the interface language

    # lookup ------------------------------------------------------------------

    def item_id(self, index: Index) -> int | None:
        return index.internalId() if index.isValid() else None

    def row(self, item_id: int) -> ItemRow:
        return self._rows[item_id]

    def index_of(self, item_id: int, column: int = 0) -> QModelIndex:
        if item_id not in self._row_of:
            return QModelIndex()
        return self.createIndex(self._row_of[item_id], column, item_id)

    def ids(self) -> list[int]:
        return list(self.schedule.order)

    def children_of(self, item_id: int | None) -> list[int]:
        return list(self._children.get(item_id, []))

    def order(self) -> dict[int | None, tuple[int, ...]]:
        """The agenda's order as shown (``store.agenda.Order``): each parent's children in
        the store's order (the top level by day, then place), from the rows as loaded or
        as the last move left them, for a move to be refused if another editor changed it."""
        groups: dict[int | None, list[ItemRow]] = {}
        for row in self._rows.values():
            groups.setdefault(row.parent_id, []).append(row)
        return {parent: tuple(r.id for r in sorted(
                    rows, key=lambda r: (r.day, r.position, r.id) if parent is None
                    else (r.position, r.id)))
                for parent, rows in groups.items()}

    # structure ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= self.COLUMNS:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        group = self._children.get(self.item_id(parent), [])
        if not 0 <= row < len(group):
            return QModelIndex()
        return self.createIndex(row, column, group[row])

    def parent(self, index: Index = QModelIndex()):  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent_id = self._rows[index.internalId()].parent_id
        return QModelIndex() if parent_id is None else self.index_of(parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self.item_id(parent), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    # data --------------------------------------------------------------------

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("No."), self.tr("Time"), self.tr("Title"), self.tr("Duration"),
                    self.tr("Leads"), self.tr("Kind"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item_id = index.internalId()
        row, slot = self._rows[item_id], self.schedule.slots[item_id]
        column, lang = index.column(), self.language
        if role == Qt.ItemDataRole.DisplayRole:
            key = (item_id, column)
            text = self._shown.get(key)
            if text is None:  # Babel is slow; a repaint asks for the same cells again
                text = self._shown[key] = self._display(row, slot, column)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:  # the full title, when the column is too narrow
                return row.title.either(lang)
            return self.flags_text(item_id) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.TIME:
            if slot.overrun:
                return QBrush(colours.readable(colours.PROBLEM, colours.background(BASE)))
            if slot.flagged:
                return QBrush(colours.readable(colours.CAUTION, colours.background(BASE)))
        if role == Qt.ItemDataRole.FontRole and row.kind == AgendaKind.SESSION:
            return BOLD
        if role == Qt.ItemDataRole.UserRole:
            return item_id
        return None

    def _display(self, row: ItemRow, slot, column: int) -> str:
        lang = self.language
        if column == self.NUMBER:
            return slot.number
        if column == self.TIME:
            text = format_time_range(slot.start_time, slot.end_time, lang, self.clock)
            return ("⚠ " + text) if slot.flagged else text
        if column == self.TITLE:
            return row.title.either(lang) or self.tr("(untitled)")
        if column == self.DURATION:
            return format_duration(slot.end - slot.start, lang)
        if column == self.LEADS:
            return "; ".join(row.leads)
        return label(row.kind.value)

    def flags_text(self, item_id: int) -> str:
        """What is wrong with an item's time, in words: gap, overlap, overrun."""
        slot, lang = self.schedule.slots[item_id], self.language
        notes = []
        if slot.gap_before:
            notes.append(self.tr("Leaves a gap of %1 before its fixed start.")
                         .replace("%1", format_duration(slot.gap_before, lang)))
        if slot.overlap:
            notes.append(self.tr("Its fixed start overlaps the previous item by %1.")
                         .replace("%1", format_duration(slot.overlap, lang)))
        if slot.overrun and self.day_end is not None:
            notes.append(self.tr("Runs %1 past the end of the meeting day (%2).")
                         .replace("%1", format_duration(slot.overrun, lang))
                         .replace("%2", format_time(self.day_end, lang, self.clock)))
        return "\n".join(notes)

    # drag and drop -----------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ITEM_FLAGS if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(i.internalId() for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(map(str, ids)).encode()))
        return data

    def _dragged(self, data: QMimeData) -> list[int]:
        if data is None or not data.hasFormat(MIME_TYPE):
            return []
        text = bytes(data.data(MIME_TYPE).data()).decode()
        return [int(part) for part in text.split(",") if part.strip().isdigit()]

    def _target(self, row: int, parent: Index) -> tuple[int | None, int]:
        parent_id = self.item_id(parent) if parent.isValid() else None
        siblings = self._children.get(parent_id, [])
        return parent_id, len(siblings) if row < 0 else row

    def _is_inside(self, candidate: int | None, item_id: int) -> bool:
        while candidate is not None:
            if candidate == item_id:
                return True
            candidate = self._rows[candidate].parent_id
        return False

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        ids = self._dragged(data)
        if len(ids) != 1 or ids[0] not in self._rows:
            return False
        parent_id, _index = self._target(row, parent)
        return not self._is_inside(parent_id, ids[0])

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = self._dragged(data)[0]
        parent_id, index = self._target(row, parent)
        current = self._rows[item_id]
        if current.parent_id == parent_id and self._row_of[item_id] < index:
            index -= 1  # the row index counted the item itself, still in place above
        if current.parent_id == parent_id and self._row_of[item_id] == index:
            return False
        try:
            self.context.execute(MoveItem(self.context, item_id, parent_id, index,
                                          shown=self.order()))
        except AgendaInvalid as e:
            self.move_refused.emit(e)
            return False
        except EditNotSaved as e:  # another editor's change: said, and the tree reloaded
            if not e.conflict:
                raise
            return False
        # The move is done and the model reloaded; nothing for the view to remove.
        return False
