"""The undo step of File ▸ Database settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...store import our_side
from ...store.changes import Changes
from ...store.our_side import OurSettings
from ..context import AppContext, StoreCommand

if TYPE_CHECKING:  # the interface reads and writes through the store
    from sqlalchemy.orm import Session


class SaveDatabaseSettings(StoreCommand):
    def __init__(self, context: AppContext, before: OurSettings, after: OurSettings) -> None:
        super().__init__(context, QCoreApplication.translate(
            "DatabaseCommands", "Change database settings"))
        self.before, self.after = before, after

    def apply(self, session: Session) -> Changes:
        return _write_exactly(session, self.after)

    def revert(self, session: Session) -> Changes:
        return _write_exactly(session, self.before)


def _write_exactly(session: Session, settings: OurSettings) -> Changes:
    """Store these settings as they are. ``write`` swaps a stock marking for the new
    side's on a side change; the dialog has already chosen the marking, and undo must
    put back the very marking of before, so a second write (no side change now) stores it."""
    our_side.write(session, settings)
    return our_side.write(session, settings)
