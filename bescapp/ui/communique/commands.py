"""Undo commands for the communiqué: every edit is one undo step.

Edits to the working draft swap whole-draft states (``draft_state`` before and
after, ids included), so generating, splitting, merging and deleting undo and
redo exactly, and earlier commands still find their paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...store import communique as store
from ...store.changes import Changes, Kind
from ...store.snapshots import Snapshot, restore
from ..commands import SnapshotDelete
from ..context import AppContext, StoreCommand

if TYPE_CHECKING:  # the interface reads and writes through the store
    from sqlalchemy.orm import Session


class DraftEdit(StoreCommand):
    """Any change to the working draft, undone by putting the earlier draft back.

    Several editors: an undo (or redo) puts back the whole draft, so it is refused,
    naming the paragraph, when another editor changed, added, deleted or moved any
    paragraph since this step left the draft (``store.refuse_draft_changed``)."""

    def __init__(self, context: AppContext, meeting_id: int, text: str,
                 operation: Callable[[Session], object]) -> None:
        super().__init__(context, text)
        self.meeting_id = meeting_id
        self.operation = operation
        self.result: object = None
        self._before: Snapshot | None = None
        self._after: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        if self._after is None:
            self._before = store.draft_state(session, self.meeting_id)
            self.result = self.operation(session)
            session.flush()
            self._after = store.draft_state(session, self.meeting_id)
            return Changes.of(Kind.COMMUNIQUE, meeting_id=self.meeting_id)
        store.refuse_draft_changed(session, self.meeting_id, self._before)
        return store.restore_draft_state(session, self.meeting_id, self._after)

    def revert(self, session: Session) -> Changes:
        store.refuse_draft_changed(session, self.meeting_id, self._after)
        return store.restore_draft_state(session, self.meeting_id, self._before)


def generate_draft(context, meeting_id, paragraphs) -> DraftEdit:
    return DraftEdit(
        context, meeting_id, QCoreApplication.translate("CommuniqueCommands", "Generate draft"),
        lambda s: store.replace_draft(s, meeting_id, paragraphs))


def add_paragraph(context, meeting_id, after_id) -> DraftEdit:
    return DraftEdit(
        context, meeting_id, QCoreApplication.translate("CommuniqueCommands", "Add paragraph"),
        lambda s: store.add_paragraph(s, meeting_id, after_id))


def split_paragraph(context, meeting_id, paragraph_id, at: dict[str, int]) -> DraftEdit:
    return DraftEdit(
        context, meeting_id, QCoreApplication.translate("CommuniqueCommands", "Split paragraph"),
        lambda s: store.split_paragraph(s, paragraph_id, at))


def merge_with_next(context, meeting_id, paragraph_id) -> DraftEdit:
    return DraftEdit(
        context, meeting_id, QCoreApplication.translate("CommuniqueCommands", "Merge paragraphs"),
        lambda s: store.merge_with_next(s, paragraph_id))


def move_paragraph(context, meeting_id, paragraph_id, steps: int,
                   shown: list[int] | None = None) -> DraftEdit:
    """``shown``: the draft's paragraph ids as the window showed them (refused if the
    order is no longer that)."""
    if steps < 0:
        text = QCoreApplication.translate("CommuniqueCommands", "Move paragraph up")
    else:
        text = QCoreApplication.translate("CommuniqueCommands", "Move paragraph down")
    return DraftEdit(context, meeting_id, text,
                     lambda s: store.move_paragraph(s, paragraph_id, steps, shown=shown))


def delete_paragraph(context, meeting_id, paragraph_id) -> DraftEdit:
    return DraftEdit(
        context, meeting_id, QCoreApplication.translate("CommuniqueCommands", "Delete paragraph"),
        lambda s: store.delete_paragraph(s, paragraph_id))


def edit_text(context, meeting_id, paragraph_id, text) -> DraftEdit:
    return DraftEdit(
        context, meeting_id, QCoreApplication.translate("CommuniqueCommands", "Edit paragraph"),
        lambda s: store.edit_paragraph(s, paragraph_id, text=text))


def set_status(context, meeting_id, paragraph_id, status) -> DraftEdit:
    return DraftEdit(
        context, meeting_id, QCoreApplication.translate("CommuniqueCommands", "Change paragraph status"),
        lambda s: store.edit_paragraph(s, paragraph_id, status=status))


class SaveVersion(StoreCommand):
    def __init__(self, context: AppContext, meeting_id: int, label: str) -> None:
        super().__init__(context, QCoreApplication.translate("CommuniqueCommands", "Save version"))
        self.meeting_id, self.label = meeting_id, label
        self.version_id: int | None = None
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        if self._snapshot is None:
            self.version_id = store.save_version(session, self.meeting_id, self.label)
        else:
            restore(session, self._snapshot)
        return Changes.of(Kind.COMMUNIQUE, meeting_id=self.meeting_id)

    def revert(self, session: Session) -> Changes:
        self._snapshot = store.delete_version(session, self.version_id)
        return Changes.of(Kind.COMMUNIQUE, meeting_id=self.meeting_id)


def decide(context, meeting_id, version_id, pairing, decision, our_side, their_side) -> DraftEdit:
    from ...store.negotiation import Decision, decide

    texts = {Decision.ACCEPT: QCoreApplication.translate("CommuniqueCommands", "Accept their paragraph"),
             Decision.BRACKET: QCoreApplication.translate("CommuniqueCommands", "Bracket both wordings")}
    return DraftEdit(context, meeting_id, texts[decision],
                     lambda s: decide(s, meeting_id, version_id, pairing, decision, our_side,
                                      their_side))


class SaveProposal(StoreCommand):
    """Their proposal kept as a saved version of its own; undo deletes it."""

    def __init__(self, context: AppContext, meeting_id: int, side: str, label: str,
                 texts, notes: list[str] | None = None) -> None:
        super().__init__(context, QCoreApplication.translate("CommuniqueCommands",
                                                             "Import their proposal"))
        self.meeting_id, self.side, self.label, self.texts = meeting_id, side, label, texts
        self.notes = notes
        self.version_id: int | None = None
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        if self._snapshot is None:
            self.version_id = store.save_proposal_version(session, self.meeting_id, self.side,
                                                          self.label, self.texts,
                                                          notes=self.notes)
        else:
            restore(session, self._snapshot)
        return Changes.of(Kind.COMMUNIQUE, meeting_id=self.meeting_id)

    def revert(self, session: Session) -> Changes:
        self._snapshot = store.delete_version(session, self.version_id)
        return Changes.of(Kind.COMMUNIQUE, meeting_id=self.meeting_id)


def delete_version(context: AppContext, meeting_id: int, version_id: int) -> SnapshotDelete:
    return SnapshotDelete(context, QCoreApplication.translate("CommuniqueCommands", "Delete version"),
                          lambda session: store.delete_version(session, version_id),
                          Changes.of(Kind.COMMUNIQUE, meeting_id=meeting_id))


class AddTerm(StoreCommand):
    def __init__(self, context: AppContext, fields: store.TermFields) -> None:
        super().__init__(context, QCoreApplication.translate("CommuniqueCommands", "Add term"))
        self.fields = fields
        self.term_id: int | None = None
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        if self._snapshot is None:
            self.term_id = store.add_term(session, self.fields)
        else:
            restore(session, self._snapshot)
        return Changes.of(Kind.TERMS)

    def revert(self, session: Session) -> Changes:
        self._snapshot = store.delete_term(session, self.term_id)
        return Changes.of(Kind.TERMS)


class EditTerm(StoreCommand):
    def __init__(self, context: AppContext, term_id: int, before: store.TermFields,
                 after: store.TermFields) -> None:
        super().__init__(context, QCoreApplication.translate("CommuniqueCommands", "Edit term"))
        self.term_id, self.before, self.after = term_id, before, after

    def apply(self, session: Session) -> Changes:
        return store.update_term(session, self.term_id, self.after)

    def revert(self, session: Session) -> Changes:
        return store.update_term(session, self.term_id, self.before)


def delete_term(context: AppContext, term_id: int) -> SnapshotDelete:
    return SnapshotDelete(context, QCoreApplication.translate("CommuniqueCommands", "Delete term"),
                          lambda session: store.delete_term(session, term_id),
                          Changes.of(Kind.TERMS))


def set_conformity(context, meeting_id, paragraph_id, by: str) -> DraftEdit:
    return DraftEdit(
        context, meeting_id, QCoreApplication.translate("CommuniqueCommands", "Mark as conforming"),
        lambda s: store.set_conformity(s, paragraph_id, by))


def clear_conformity(context, meeting_id, paragraph_id) -> DraftEdit:
    return DraftEdit(
        context, meeting_id, QCoreApplication.translate("CommuniqueCommands", "Clear conformity"),
        lambda s: store.clear_conformity(s, paragraph_id))
