"""Undo commands for the delegation lists, people and agencies: one user action, one step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...domain.delegations import MembershipFields, PersonFields
from ...importers import delegates
from ...importers.delegates import Receipt, Report
from ...model.bilingual import Bilingual
from ...store import delegations as ops
from ...store.changes import Changes, Kind
from ...store.snapshots import Snapshot, restore
from ..commands import SnapshotDelete
from ..context import AppContext, StoreCommand

if TYPE_CHECKING:  # the interface reads and writes through the store
    from sqlalchemy.orm import Session


class AddMember(StoreCommand):
    """Add a person to a meeting's list: an existing person (reused) or a new one."""

    def __init__(self, context: AppContext, meeting_id: int, party_id: int,
                 person_id: int | None, person: PersonFields | None,
                 membership: MembershipFields) -> None:
        super().__init__(context, QCoreApplication.translate("DelegationCommands", "Add member"))
        self.meeting_id, self.party_id = meeting_id, party_id
        self.person_id, self.person, self.membership = person_id, person, membership
        self.created_person = person_id is None
        self.membership_id: int | None = None
        self._removed: ops.Removed | None = None
        self._person_snapshot: Snapshot | None = None
        self._person_before: PersonFields | None = None

    def apply(self, session: Session) -> Changes:
        if self._removed is not None:  # redo: the same ids again
            if self._person_snapshot is not None:
                restore(session, self._person_snapshot)
            elif self._person_before is not None and self.person is not None:
                ops.update_person(session, self.person_id, self.person)
            ops.put_back(session, self._removed)
            return self._changes()
        if self.created_person:
            self.person_id = ops.create_person(session, self.person)
        elif self.person is not None:  # an existing person edited in the same dialog
            self._person_before = ops.person_fields(session, self.person_id)
            ops.update_person(session, self.person_id, self.person)
        self.membership_id = ops.add_member(session, self.meeting_id, self.party_id,
                                            self.person_id, self.membership)
        return self._changes()

    def revert(self, session: Session) -> Changes:
        self._removed = ops.remove_member(session, self.membership_id)
        if self.created_person:
            self._person_snapshot = ops.delete_person(session, self.person_id)
        elif self._person_before is not None:
            ops.update_person(session, self.person_id, self._person_before)
        return self._changes()

    def _changes(self) -> Changes:
        return Changes.of(Kind.DELEGATIONS, Kind.PEOPLE, meeting_id=self.meeting_id)


class EditMember(StoreCommand):
    """The person (kept across meetings) and their membership of this list, in one step."""

    def __init__(self, context: AppContext, meeting_id: int, person_id: int,
                 person_before: PersonFields, person_after: PersonFields, membership_id: int,
                 membership_before: MembershipFields, membership_after: MembershipFields) -> None:
        super().__init__(context, QCoreApplication.translate("DelegationCommands", "Edit member"))
        self.meeting_id, self.person_id, self.membership_id = meeting_id, person_id, membership_id
        self.person = (person_before, person_after)
        self.membership = (membership_before, membership_after)

    def _set(self, session: Session, which: int) -> Changes:
        if self.person[0] != self.person[1]:
            ops.update_person(session, self.person_id, self.person[which])
        ops.update_membership(session, self.membership_id, self.membership[which])
        return Changes.of(Kind.DELEGATIONS, Kind.PEOPLE, meeting_id=self.meeting_id)

    def apply(self, session: Session) -> Changes:
        return self._set(session, 1)

    def revert(self, session: Session) -> Changes:
        return self._set(session, 0)


class MoveMember(StoreCommand):
    def __init__(self, context: AppContext, meeting_id: int, delegation_id: int,
                 before: list[int], after: list[int]) -> None:
        super().__init__(context, QCoreApplication.translate("DelegationCommands",
                                                             "Change precedence"))
        self.meeting_id, self.delegation_id = meeting_id, delegation_id
        self.before, self.after = list(before), list(after)

    def apply(self, session: Session) -> Changes:
        # refused when the list is no longer in the order shown (or the undo left)
        ops.reorder(session, self.delegation_id, self.after, shown=self.before,
                    undoing=self._done_once)
        return ops.changed(self.meeting_id)

    def revert(self, session: Session) -> Changes:
        ops.reorder(session, self.delegation_id, self.before, shown=self.after, undoing=True)
        return ops.changed(self.meeting_id)


class RemoveMember(StoreCommand):
    def __init__(self, context: AppContext, meeting_id: int, membership_id: int) -> None:
        super().__init__(context, QCoreApplication.translate("DelegationCommands",
                                                             "Remove member"))
        self.meeting_id, self.membership_id = meeting_id, membership_id
        self._removed: ops.Removed | None = None

    def apply(self, session: Session) -> Changes:
        self._removed = ops.remove_member(session, self.membership_id)
        return ops.changed(self.meeting_id)

    def revert(self, session: Session) -> Changes:
        ops.put_back(session, self._removed)
        return ops.changed(self.meeting_id)


class SaveAgency(StoreCommand):
    """Create an agency (agency_id None) or edit one."""

    def __init__(self, context: AppContext, agency_id: int | None,
                 after: tuple[int, str, Bilingual],
                 before: tuple[int, str, Bilingual] | None = None) -> None:
        super().__init__(context, "")
        if agency_id is None:
            self.setText(QCoreApplication.translate("DelegationCommands", "New agency"))
        else:
            self.setText(QCoreApplication.translate("DelegationCommands", "Edit agency"))
        self.agency_id, self.after, self.before = agency_id, after, before
        self._created = agency_id is None
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        if self._created and self._snapshot is not None:
            restore(session, self._snapshot)
        elif self._created:
            self.agency_id = ops.create_agency(session, *self.after)
        else:
            ops.update_agency(session, self.agency_id, *self.after)
        return Changes.of(Kind.AGENCIES, Kind.DELEGATIONS)

    def revert(self, session: Session) -> Changes:
        if self._created:
            self._snapshot = ops.delete_agency(session, self.agency_id)
        else:
            ops.update_agency(session, self.agency_id, *self.before)
        return Changes.of(Kind.AGENCIES, Kind.DELEGATIONS)


def delete_agency(context: AppContext, agency_id: int) -> SnapshotDelete:
    return SnapshotDelete(context, QCoreApplication.translate("DelegationCommands", "Delete agency"),
                          lambda session: ops.delete_agency(session, agency_id),
                          Changes.of(Kind.AGENCIES, Kind.DELEGATIONS, Kind.ACTIONS))


class ImportList(StoreCommand):
    """A whole imported list is one undo step."""

    def __init__(self, context: AppContext, report: Report) -> None:
        super().__init__(context, QCoreApplication.translate("DelegationCommands",
                                                             "Import delegation list"))
        self.report = report
        self.receipt: Receipt | None = None

    def apply(self, session: Session) -> Changes:
        if self.receipt is None:
            self.receipt = delegates.apply_plan(session, self.report)
            return Changes.of(Kind.DELEGATIONS, Kind.PEOPLE, meeting_id=self.report.meeting_id)
        return delegates.redo_import(session, self.receipt)

    def revert(self, session: Session) -> Changes:
        return delegates.undo_import(session, self.receipt)


class CopyLists(StoreCommand):
    """Both lists of an earlier meeting copied into this one: one undo step."""

    def __init__(self, context: AppContext, from_meeting_id: int, to_meeting_id: int) -> None:
        super().__init__(context, QCoreApplication.translate("DelegationCommands",
                                                             "Copy delegation lists"))
        self.from_meeting_id, self.to_meeting_id = from_meeting_id, to_meeting_id
        self.created: list[int] = []
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        if self._snapshot is None:
            self.created = ops.copy_lists(session, self.from_meeting_id, self.to_meeting_id)
        else:  # redo: the same ids again
            restore(session, self._snapshot)
        return ops.changed(self.to_meeting_id)

    def revert(self, session: Session) -> Changes:
        self._snapshot = ops.delete_memberships(session, self.created)
        return ops.changed(self.to_meeting_id)
