"""Undo steps for the briefing material and people's photos: one per thing staff do."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...store import briefing
from ...store.briefing import BriefingTexts, ClearanceFields, VisitFields
from ...store.changes import Changes
from ...store.snapshots import Snapshot, restore
from ..context import AppContext, StoreCommand

if TYPE_CHECKING:  # the interface reads and writes through the store
    from sqlalchemy.orm import Session


class SetTexts(StoreCommand):
    """The briefing texts the staffer changed (only those: another editor's change of
    another text stays, and undo puts back only these)."""

    def __init__(self, context: AppContext, meeting_id: int, before: BriefingTexts,
                 after: BriefingTexts) -> None:
        super().__init__(context, QCoreApplication.translate(
            "BriefingCommands", "Edit briefing texts"))
        self.meeting_id, self.before, self.after = meeting_id, before, after

    def apply(self, session: Session) -> Changes:
        return briefing.set_briefing_texts(session, self.meeting_id, self.after, self.before)

    def revert(self, session: Session) -> Changes:
        return briefing.set_briefing_texts(session, self.meeting_id, self.before, self.after)


class AddRow(StoreCommand):
    """A new moment of the visit schedule, or a new clearance line."""

    def __init__(self, context: AppContext, text: str, meeting_id: int,
                 add: Callable[[Session], int], delete: Callable[[Session, int], Snapshot]) -> None:
        super().__init__(context, text)
        self.meeting_id, self._add, self._delete = meeting_id, add, delete
        self.row_id: int | None = None
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        if self._snapshot is None:
            self.row_id = self._add(session)
        else:  # redo: the same id again, so later steps still find it
            restore(session, self._snapshot)
        return briefing.changed(self.meeting_id)

    def revert(self, session: Session) -> Changes:
        assert self.row_id is not None
        self._snapshot = self._delete(session, self.row_id)
        return briefing.changed(self.meeting_id)


def add_visit(context: AppContext, meeting_id: int, fields: VisitFields) -> AddRow:
    return AddRow(context, QCoreApplication.translate(
            "BriefingCommands", "Add to the visit schedule"), meeting_id,
                  lambda s: briefing.add_visit_event(s, meeting_id, fields),
                  briefing.delete_visit_event)


def add_clearance(context: AppContext, meeting_id: int, fields: ClearanceFields) -> AddRow:
    return AddRow(context, QCoreApplication.translate(
            "BriefingCommands", "Add clearance"), meeting_id,
                  lambda s: briefing.add_clearance(s, meeting_id, fields),
                  briefing.delete_clearance)


class EditRow(StoreCommand):
    """A line edited: only the fields the staffer changed from ``before`` (what the
    editor showed) are written, and undo puts back only those, so another editor's
    change of another field stays. Over their change of the same field, the save or
    undo is refused (``saw``, store/versions.py)."""

    def __init__(self, context: AppContext, text: str, row_id: int, before, after,
                 update: Callable[[Session, int, object, object], Changes]) -> None:
        super().__init__(context, text)
        self.row_id, self.before, self.after, self._update = row_id, before, after, update

    def apply(self, session: Session) -> Changes:
        return self._update(session, self.row_id, self.after, self.before)

    def revert(self, session: Session) -> Changes:
        return self._update(session, self.row_id, self.before, self.after)


def edit_visit(context: AppContext, event_id: int, before: VisitFields,
               after: VisitFields) -> EditRow:
    return EditRow(context, QCoreApplication.translate(
            "BriefingCommands", "Edit the visit schedule"), event_id, before, after,
                   briefing.update_visit_event)


def edit_clearance(context: AppContext, clearance_id: int, before: ClearanceFields,
                   after: ClearanceFields) -> EditRow:
    return EditRow(context, QCoreApplication.translate(
            "BriefingCommands", "Edit clearance"), clearance_id, before, after,
                   briefing.update_clearance)


class DeleteRow(StoreCommand):
    def __init__(self, context: AppContext, text: str, meeting_id: int, row_id: int,
                 delete: Callable[[Session, int], Snapshot]) -> None:
        super().__init__(context, text)
        self.meeting_id, self.row_id, self._delete = meeting_id, row_id, delete
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        self._snapshot = self._delete(session, self.row_id)
        return briefing.changed(self.meeting_id)

    def revert(self, session: Session) -> Changes:
        assert self._snapshot is not None
        restore(session, self._snapshot)
        return briefing.changed(self.meeting_id)


def delete_visit(context: AppContext, meeting_id: int, event_id: int) -> DeleteRow:
    return DeleteRow(context, QCoreApplication.translate(
            "BriefingCommands", "Delete from the visit schedule"), meeting_id, event_id,
                     briefing.delete_visit_event)


def delete_clearance(context: AppContext, meeting_id: int, clearance_id: int) -> DeleteRow:
    return DeleteRow(context, QCoreApplication.translate(
            "BriefingCommands", "Delete clearance"), meeting_id, clearance_id,
                     briefing.delete_clearance)


class MoveRow(StoreCommand):
    def __init__(self, context: AppContext, text: str, row_id: int, step: int,
                 move: Callable[[Session, int, int], Changes]) -> None:
        super().__init__(context, text)
        self.row_id, self.step, self._move = row_id, step, move

    def apply(self, session: Session) -> Changes:
        return self._move(session, self.row_id, self.step)

    def revert(self, session: Session) -> Changes:
        return self._move(session, self.row_id, -self.step)


def move_visit(context: AppContext, event_id: int, step: int) -> MoveRow:
    return MoveRow(context, QCoreApplication.translate(
            "BriefingCommands", "Move in the visit schedule"), event_id, step,
                   briefing.move_visit_event)


def move_clearance(context: AppContext, clearance_id: int, step: int) -> MoveRow:
    return MoveRow(context, QCoreApplication.translate(
            "BriefingCommands", "Move clearance"), clearance_id, step, briefing.move_clearance)


class SetPhoto(StoreCommand):
    """A person's photograph set, replaced or removed (``after`` None)."""

    def __init__(self, context: AppContext, person_id: int, before: bytes | None,
                 after: bytes | None) -> None:
        super().__init__(context, QCoreApplication.translate(
            "BriefingCommands", "Remove photo") if after is None else QCoreApplication.translate(
            "BriefingCommands", "Set photo"))
        self.person_id, self.before, self.after = person_id, before, after

    def apply(self, session: Session) -> Changes:
        return briefing.set_photo(session, self.person_id, self.after)

    def revert(self, session: Session) -> Changes:
        return briefing.set_photo(session, self.person_id, self.before)
