"""Undo steps the workspaces share (kept apart from ``context``, which the frame imports
before SQLAlchemy is loaded)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..store.changes import Changes
from ..store.snapshots import Snapshot, restore
from .context import AppContext, StoreCommand

if TYPE_CHECKING:  # the interface reads and writes through the store
    from sqlalchemy.orm import Session


class SnapshotDelete(StoreCommand):
    """A delete that undo reverses: ``remove`` deletes and returns the snapshot of what
    went, which undo restores with the same ids, so later undo steps still find them."""

    def __init__(self, context: AppContext, text: str, remove: Callable[[Session], Snapshot],
                 changes: Changes) -> None:
        super().__init__(context, text)
        self._remove, self._changes = remove, changes
        self._snapshot: Snapshot | None = None

    def apply(self, session: Session) -> Changes:
        self._snapshot = self._remove(session)
        return self._changes

    def revert(self, session: Session) -> Changes:
        restore(session, self._snapshot)
        return self._changes
