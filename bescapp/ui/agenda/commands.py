"""Undo commands for the agenda: one per thing the staffer does."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from ...store import agenda
from ...store.agenda import ItemFields
from ...store.changes import Changes
from ...store.snapshots import Snapshot, restore
from ..context import AppContext, StoreCommand

if TYPE_CHECKING:  # the interface reads and writes through the store
    from sqlalchemy.orm import Session


class Move(NamedTuple):
    meeting_id: int
    item_id: int
    parent_id: int | None
    index: int
    day: int


# The last move each context made, so the tree can follow it in memory instead of
# reading the whole agenda back (the model falls back to reading when there is none).
_moves: dict[int, Move] = {}


def take_move(context: AppContext) -> Move | None:
    return _moves.pop(id(context), None)


def _record(context: AppContext, session: Session, item_id: int,
            where: tuple[int | None, int, int]) -> None:
    _moves[id(context)] = Move(agenda.meeting_of(session, item_id), item_id, *where)


class AddItem(StoreCommand):
    def __init__(self, context: AppContext, meeting_id: int, parent_id: int | None, index: int,
                 fields: ItemFields) -> None:
        super().__init__(context, QCoreApplication.translate("AgendaCommands", "Add item"))
        self.meeting_id, self.parent_id, self.index, self.fields = meeting_id, parent_id, index, fields
        self.item_id: int | None = None
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        if self._snapshot is None:
            self.item_id = agenda.add_item(session, self.meeting_id, self.parent_id, self.index,
                                           self.fields)
        else:  # redo: the same id again, so later commands still find it
            restore(session, self._snapshot)
        return agenda.changed(self.meeting_id)

    def revert(self, session: Session) -> Changes:
        self._snapshot, changes = agenda.delete_item(session, self.item_id)
        return changes


class EditItem(StoreCommand):
    def __init__(self, context: AppContext, item_id: int, before: ItemFields,
                 after: ItemFields) -> None:
        super().__init__(context, QCoreApplication.translate("AgendaCommands", "Edit item"))
        self.item_id, self.before, self.after = item_id, before, after

    def apply(self, session: Session) -> Changes:
        return agenda.update_item(session, self.item_id, self.after)

    def revert(self, session: Session) -> Changes:
        return agenda.update_item(session, self.item_id, self.before)


class MoveItem(StoreCommand):
    """A drag and drop, or a move by keyboard: the item goes to ``index`` under ``parent_id``.

    Several editors: ``shown`` is the agenda's order as the window showed it; the move is
    refused if the lists it renumbers are no longer in that order. Each step keeps the
    order it left in those two lists, and its undo (or redo) is refused the same way when
    another editor has reordered them since.
    """

    def __init__(self, context: AppContext, item_id: int, parent_id: int | None, index: int,
                 text: str | None = None, day: int | None = None,
                 shown: agenda.Order | None = None) -> None:
        super().__init__(context, text or QCoreApplication.translate("AgendaCommands",
                                                                     "Move item"))
        self.item_id, self.parent_id, self.index, self.day = item_id, parent_id, index, day
        self.shown = shown
        self._before: tuple[int | None, int, int] | None = None
        self._after: tuple[int | None, int, int] | None = None
        self._order_left: agenda.Order | None = None  # the two lists as the last step left them

    def apply(self, session: Session) -> Changes:
        if self._after is not None:  # redo: exactly where it went the first time
            changes = agenda.move_item(session, self.item_id, *self._after,
                                       shown=self._order_left, undoing=True)
        else:
            agenda.refuse_reordered_agenda(session, self.item_id, self.shown)
            self._before = agenda.index_of(session, self.item_id)
            changes = self.first_move(session)
            self._after = agenda.index_of(session, self.item_id)
        self._keep_order(session)
        if changes.kinds:
            _record(self.context, session, self.item_id, self._after)
        return changes

    def first_move(self, session: Session) -> Changes:
        return agenda.move_item(session, self.item_id, self.parent_id, self.index, self.day,
                                shown=self.shown)

    def revert(self, session: Session) -> Changes:
        changes = agenda.move_item(session, self.item_id, *self._before,
                                   shown=self._order_left, undoing=True)
        self._keep_order(session)
        _record(self.context, session, self.item_id, self._before)
        return changes

    def _keep_order(self, session: Session) -> None:
        assert self._before is not None
        assert self._after is not None
        self._order_left = agenda.order_of(session, agenda.meeting_of(session, self.item_id),
                                     (self._before[0], self._after[0]))


class StepItem(MoveItem):
    """Move up/down, indent, outdent: worked out by the store, undone like a move."""

    def __init__(self, context: AppContext, item_id: int, operation, text: str) -> None:
        super().__init__(context, item_id, None, 0, text)
        self.operation = operation

    def first_move(self, session: Session) -> Changes:
        return self.operation(session, self.item_id, shown=self.shown)


def move_up(context: AppContext, item_id: int) -> StepItem:
    return StepItem(context, item_id, lambda s, i, shown: agenda.move_by(s, i, -1, shown=shown),
                    QCoreApplication.translate("AgendaCommands", "Move item up"))


def move_down(context: AppContext, item_id: int) -> StepItem:
    return StepItem(context, item_id, lambda s, i, shown: agenda.move_by(s, i, 1, shown=shown),
                    QCoreApplication.translate("AgendaCommands", "Move item down"))


def indent(context: AppContext, item_id: int) -> StepItem:
    return StepItem(context, item_id, agenda.indent,
                    QCoreApplication.translate("AgendaCommands", "Indent item"))


def outdent(context: AppContext, item_id: int) -> StepItem:
    return StepItem(context, item_id, agenda.outdent,
                    QCoreApplication.translate("AgendaCommands", "Outdent item"))


class DeleteItem(StoreCommand):
    def __init__(self, context: AppContext, item_id: int) -> None:
        super().__init__(context, QCoreApplication.translate("AgendaCommands", "Delete item"))
        self.item_id = item_id
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        self._snapshot, changes = agenda.delete_item(session, self.item_id)
        return changes

    def revert(self, session: Session) -> Changes:
        restore(session, self._snapshot)
        return agenda.changed(agenda.meeting_of(session, self.item_id))


class SetLeads(StoreCommand):
    def __init__(self, context: AppContext, item_id: int, before: list[int],
                 after: list[int]) -> None:
        super().__init__(context, QCoreApplication.translate("AgendaCommands", "Change leads"))
        self.item_id, self.before, self.after = item_id, before, after

    def apply(self, session: Session) -> Changes:
        return agenda.set_leads(session, self.item_id, self.after)

    def revert(self, session: Session) -> Changes:
        return agenda.set_leads(session, self.item_id, self.before)


class AddAttachment(StoreCommand):
    def __init__(self, context: AppContext, item_id: int, filename: str, content: bytes) -> None:
        super().__init__(context, QCoreApplication.translate("AgendaCommands",
                                                             "Attach background paper"))
        self.item_id, self.filename, self.content = item_id, filename, content
        self.added_at = dt.datetime.now().replace(microsecond=0)
        self.attachment_id: int | None = None
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        if self._snapshot is None:
            self.attachment_id = agenda.add_attachment(session, self.item_id, self.filename,
                                                       self.content, self.added_at)
        else:
            restore(session, self._snapshot)
        return agenda.changed(agenda.meeting_of(session, self.item_id))

    def revert(self, session: Session) -> Changes:
        self._snapshot = agenda.remove_attachment(session, self.attachment_id)
        return agenda.changed(agenda.meeting_of(session, self.item_id))


class RemoveAttachment(StoreCommand):
    def __init__(self, context: AppContext, item_id: int, attachment_id: int) -> None:
        super().__init__(context, QCoreApplication.translate("AgendaCommands",
                                                             "Remove background paper"))
        self.item_id, self.attachment_id = item_id, attachment_id
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        self._snapshot = agenda.remove_attachment(session, self.attachment_id)
        return agenda.changed(agenda.meeting_of(session, self.item_id))

    def revert(self, session: Session) -> Changes:
        restore(session, self._snapshot)
        return agenda.changed(agenda.meeting_of(session, self.item_id))


class CopyAgenda(StoreCommand):
    def __init__(self, context: AppContext, from_meeting_id: int, to_meeting_id: int) -> None:
        super().__init__(context, QCoreApplication.translate("AgendaCommands",
                                                             "Copy agenda from earlier meeting"))
        self.from_meeting_id, self.to_meeting_id = from_meeting_id, to_meeting_id
        self.roots: list[int] = []
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        if self._snapshot is None:
            self.roots = agenda.copy_agenda(session, self.from_meeting_id, self.to_meeting_id)
        else:
            restore(session, self._snapshot)
        return agenda.changed(self.to_meeting_id)

    def revert(self, session: Session) -> Changes:
        self._snapshot = agenda.delete_items(session, self.roots)
        return agenda.changed(self.to_meeting_id)
