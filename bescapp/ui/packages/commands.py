"""Taking in a package: one undo step for the whole import."""

from __future__ import annotations

from ...domain import package_review as rv
from ...exchange import packages
from ...store import packages as store
from ...store.changes import Changes, Kind
from ..context import AppContext, StoreCommand


class TakeInPackage(StoreCommand):
    """Apply the reviewed package (each conflict as ``prefer`` says: one side for all, or
    a decision per conflict). Undo puts back every row
    it changed, forgets the package and, for a first package, their key; redo puts the
    imported rows back with their ids."""

    def __init__(self, context: AppContext, content: bytes, text: str, *,
                 trust: str | None, retrust: str | None, prefer: rv.Prefer) -> None:
        super().__init__(context, text)
        self.content, self.trust, self.retrust, self.prefer = content, trust, retrust, prefer
        self.meeting_id: int | None = None
        self.previous_meeting_id: int | None = None
        self.taken = 0
        self._states: tuple[store.ImportState, store.ImportState] | None = None

    def apply(self, session) -> Changes:
        if self._states is not None:  # redo
            store.restore_import_state(session, self._states[1])
            return self._changes()
        meeting_id, _changes, before, after, incoming = packages.take_in_undoably(
            session, self.content, trust=self.trust, retrust=self.retrust, prefer=self.prefer)
        self.meeting_id, self._states = meeting_id, (before, after)
        self.taken = sum(1 for c in incoming.review.changes if rv.decided(c, self.prefer))
        return self._changes()

    def revert(self, session) -> Changes:
        assert self._states is not None  # applied before it can be undone
        store.restore_import_state(session, self._states[0])
        return self._changes()

    def _changes(self) -> Changes:
        return Changes.of(Kind.EVERYTHING, meeting_id=self.meeting_id)

    def undo(self) -> None:
        super().undo()
        created = self._states is not None and self._states[0].meeting is None
        if created and self.context.meeting_id == self.meeting_id:  # the meeting is gone
            self.context.set_meeting(self.previous_meeting_id)

    def redo(self) -> None:
        first = not self._done_once
        super().redo()
        if not first and self.context.meeting_id != self.meeting_id:
            self.context.set_meeting(self.meeting_id)
