"""Undo commands for the action plans: one per thing the staffer does.

The first ``apply`` runs the store's checks (``confirmed`` says the user already
agreed to a confirmable problem); redo repeats what was done, with the same date
for "today", so a redo is never refused.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...store import actions as store
from ...store.actions import LineFields, LineState, PlanFields, UpdateFields
from ...store.changes import Changes
from ...store.snapshots import Snapshot, restore
from ..commands import SnapshotDelete
from ..context import AppContext, StoreCommand

if TYPE_CHECKING:  # the interface reads and writes through the store
    from sqlalchemy.orm import Session


class EditLine(StoreCommand):
    def __init__(self, context: AppContext, line_id: int, before: LineFields, after: LineFields,
                 *, confirmed: bool = False) -> None:
        super().__init__(context, QCoreApplication.translate("ActionCommands", "Edit line of action"))
        self.line_id, self.before, self.after, self.confirmed = line_id, before, after, confirmed

    def apply(self, session: Session) -> Changes:
        changes = store.update_line(session, self.line_id, self.after, confirmed=self.confirmed)
        self.confirmed = True  # the checks passed once; redo does not ask again
        return changes

    def revert(self, session: Session) -> Changes:
        return store.restore_line(session, self.line_id, self.before)


class AddLine(StoreCommand):
    def __init__(self, context: AppContext, plan_id: int, fields: LineFields, *,
                 created_on: dt.date | None = None, confirmed: bool = False) -> None:
        super().__init__(context, QCoreApplication.translate("ActionCommands", "New line of action"))
        self.plan_id, self.fields, self.confirmed = plan_id, fields, confirmed
        self.created_on = created_on or dt.date.today()
        self.line_id: int | None = None
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        if self._snapshot is None:
            self.line_id = store.add_line(session, self.plan_id, self.fields,
                                          created_on=self.created_on, confirmed=self.confirmed)
        else:  # redo: the same id again, so later commands still find it
            restore(session, self._snapshot)
        return store.changed()

    def revert(self, session: Session) -> Changes:
        self._snapshot = store.delete_line(session, self.line_id)
        return store.changed()


def delete_line(context: AppContext, line_id: int) -> SnapshotDelete:
    """A line with its status history; undo puts both back with the same ids."""
    return SnapshotDelete(context, QCoreApplication.translate("ActionCommands", "Delete line of action"),
                          lambda session: store.delete_line(session, line_id), store.changed())


class RecordUpdate(StoreCommand):
    """A dated status update; the line takes its status and progress (undo gives them back)."""

    def __init__(self, context: AppContext, line_id: int, fields: UpdateFields, *,
                 today: dt.date | None = None, confirmed: bool = False) -> None:
        super().__init__(context, QCoreApplication.translate("ActionCommands", "Record status update"))
        self.line_id, self.fields, self.confirmed = line_id, fields, confirmed
        self.today = today or dt.date.today()
        self.update_id: int | None = None
        self._before: LineState | None = None
        self._after: LineState | None = None
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        if self._snapshot is None:
            self.update_id, self._before = store.add_update(
                session, self.line_id, self.fields, today=self.today, confirmed=self.confirmed)
            self._after = store.line_state(session, self.line_id)
            return store.changed()
        restore(session, self._snapshot)
        return store.set_line_state(session, self.line_id, self._after)

    def revert(self, session: Session) -> Changes:
        self._snapshot = store.unrecord_update(session, self.update_id, self._before)
        return store.changed()


class EditUpdate(StoreCommand):
    def __init__(self, context: AppContext, update_id: int, fields: UpdateFields, *,
                 today: dt.date | None = None, confirmed: bool = False) -> None:
        super().__init__(context, QCoreApplication.translate("ActionCommands", "Edit status update"))
        self.update_id, self.fields, self.confirmed = update_id, fields, confirmed
        self.today = today or dt.date.today()
        self._old: UpdateFields | None = None
        self._before: LineState | None = None

    def apply(self, session: Session) -> Changes:
        self._old, self._before = store.edit_update(
            session, self.update_id, self.fields, today=self.today, confirmed=self.confirmed)
        self.confirmed = True
        return store.changed()

    def revert(self, session: Session) -> Changes:
        return store.restore_update(session, self.update_id, self._old, self._before)


class RemoveUpdate(StoreCommand):
    def __init__(self, context: AppContext, update_id: int) -> None:
        super().__init__(context, QCoreApplication.translate("ActionCommands", "Remove status update"))
        self.update_id = update_id
        self._snapshot: Snapshot | None = None
        self._before: LineState | None = None
        self._line_id: int | None = None

    def apply(self, session: Session) -> Changes:
        self._snapshot, self._before, self._line_id = store.remove_update(session, self.update_id)
        return store.changed()

    def revert(self, session: Session) -> Changes:
        restore(session, self._snapshot)
        return store.set_line_state(session, self._line_id, self._before)


class AddPlan(StoreCommand):
    def __init__(self, context: AppContext, fields: PlanFields,
                 meeting_id: int | None = None) -> None:
        super().__init__(context, QCoreApplication.translate("ActionCommands", "New action plan"))
        self.fields, self.meeting_id = fields, meeting_id
        self.plan_id: int | None = None
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        if self._snapshot is None:
            self.plan_id = store.add_plan(session, self.fields, meeting_id=self.meeting_id)
        else:
            restore(session, self._snapshot)
        return store.changed()

    def revert(self, session: Session) -> Changes:
        self._snapshot = store.delete_plan(session, self.plan_id)
        return store.changed()


class EditPlan(StoreCommand):
    def __init__(self, context: AppContext, plan_id: int, before: PlanFields,
                 after: PlanFields) -> None:
        super().__init__(context, QCoreApplication.translate("ActionCommands", "Edit action plan"))
        self.plan_id, self.before, self.after = plan_id, before, after

    def apply(self, session: Session) -> Changes:
        return store.update_plan(session, self.plan_id, self.after)

    def revert(self, session: Session) -> Changes:
        return store.update_plan(session, self.plan_id, self.before)
