"""Undo commands for meetings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...store import meetings, next_plenary
from ...store.changes import Changes, Kind
from ...store.meetings import MeetingFields
from ...store.snapshots import Snapshot, restore
from ..commands import SnapshotDelete
from ..context import AppContext, StoreCommand

if TYPE_CHECKING:  # the interface reads and writes through the store
    from sqlalchemy.orm import Session


class CreateMeeting(StoreCommand):
    def __init__(self, context: AppContext, fields: MeetingFields, text: str | None = None) -> None:
        super().__init__(context, text or QCoreApplication.translate("MeetingCommands",
                                                                     "New meeting"))
        self.fields = fields
        self.meeting_id: int | None = None
        self.previous_meeting_id: int | None = None
        self._made_current = False
        self._snapshot: Snapshot | None = None
        self._changes = Changes()

    def create(self, session: Session) -> tuple[int, Changes]:
        meeting_id = meetings.create_meeting(session, self.fields)
        return meeting_id, Changes.of(Kind.MEETINGS, meeting_id=meeting_id)

    def apply(self, session: Session) -> Changes:
        if self._snapshot is None:
            self.meeting_id, self._changes = self.create(session)
        else:  # redo after undo: the same ids again, so later commands still find them
            restore(session, self._snapshot)
        return self._changes

    def revert(self, session: Session) -> Changes:
        # the meeting with everything made with it (agenda, lists), to put back on redo
        self._snapshot = meetings.delete_meeting(session, self.meeting_id)
        return Changes.of(Kind.EVERYTHING, meeting_id=self.meeting_id)

    # The new meeting becomes the current one (the staffer made it to work on it); undo
    # goes back to the meeting that was current before, redo to the new one again.

    def make_current(self) -> None:
        self.previous_meeting_id, self._made_current = self.context.meeting_id, True
        self.context.set_meeting(self.meeting_id)

    def undo(self) -> None:
        super().undo()
        if self.context.meeting_id == self.meeting_id:
            self.context.set_meeting(self.previous_meeting_id)

    def redo(self) -> None:
        if not self._done_once:  # the first redo, which execute() already did
            self._done_once = True
            return
        changes = self.context.run(self.apply)
        if self._made_current:  # current again before anything says where the redo landed
            self.context.set_meeting(self.meeting_id)
        self.context.tell_if_elsewhere(changes, self.text(), undone=False)


class CreateNextPlenary(CreateMeeting):
    """A meeting with the agenda and delegation lists of an earlier one, in one undo step."""

    def __init__(self, context: AppContext, earlier_id: int, fields: MeetingFields) -> None:
        super().__init__(context, fields,
                         QCoreApplication.translate("MeetingCommands", "New plenary"))
        self.earlier_id = earlier_id

    def create(self, session: Session) -> tuple[int, Changes]:
        return next_plenary.create_from(session, self.earlier_id, self.fields)


class EditMeeting(StoreCommand):
    def __init__(self, context: AppContext, meeting_id: int, before: MeetingFields,
                 after: MeetingFields) -> None:
        super().__init__(context, QCoreApplication.translate("MeetingCommands", "Edit meeting"))
        self.meeting_id, self.before, self.after = meeting_id, before, after

    def apply(self, session: Session) -> Changes:
        meetings.update_meeting(session, self.meeting_id, self.after)
        return Changes.of(Kind.MEETINGS, meeting_id=self.meeting_id)

    def revert(self, session: Session) -> Changes:
        meetings.update_meeting(session, self.meeting_id, self.before)
        return Changes.of(Kind.MEETINGS, meeting_id=self.meeting_id)


def delete_meeting(context: AppContext, meeting_id: int) -> SnapshotDelete:
    return SnapshotDelete(context, QCoreApplication.translate("MeetingCommands", "Delete meeting"),
                          lambda session: meetings.delete_meeting(session, meeting_id),
                          Changes.of(Kind.EVERYTHING, meeting_id=meeting_id))