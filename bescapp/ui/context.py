"""What every workspace shares: the open database, the current meeting, the undo stack.

Workspaces never reach into the main window; they get this object, run their
edits through ``execute()`` and listen to ``changed`` for what to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from ..i18n.catalogue import current
from ..store.changes import Changes, Kind
from ..store.files import BadDatabase, Problem

if TYPE_CHECKING:  # the window's frame is built before SQLAlchemy is imported
    from sqlalchemy.orm import Session

    from ..store.database import Database
    from ..store.versions import Conflict, Left, Seen


class StoreCommand(QUndoCommand):
    """An undoable edit: ``apply`` and ``revert`` each run in one transaction.

    The first ``apply`` runs in ``AppContext.execute`` before the command enters
    the undo stack, so a refused edit raises there and never becomes an undo step.

    Several editors (store/versions.py): ``seen`` holds the rows as the workspace showed
    them when the staffer began this edit; the first apply is refused if it would write
    a column someone else changed since. Each apply and revert records what it left, and
    the next undo or redo is refused if another editor changed those values meanwhile;
    such a step leaves the undo stack (it can no longer be undone truthfully).
    """

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self._done_once = False
        self.seen: tuple[Seen, ...] = ()
        self._left: Left | None = None

    def apply(self, session: Session) -> Changes:
        raise NotImplementedError

    def revert(self, session: Session) -> Changes:
        raise NotImplementedError

    def saw(self, *rows: Seen | None) -> StoreCommand:
        """The rows as the staffer's editor showed them (``store.versions.look``)."""
        self.seen = tuple(r for r in rows if r is not None)
        return self

    def first_apply(self, session: Session) -> Changes:
        from ..store import versions

        with versions.tracking(session) as written:
            changes = self.apply(session)
        versions.refuse_over(session, written, self.seen)
        self._left = versions.left(written)
        return changes

    def _step(self, session: Session, operation: Callable[[Session], Changes]) -> Changes:
        from ..store import versions

        versions.refuse_undo_over(session, self._left)
        with versions.tracking(session) as written:
            changes = operation(session)
        self._left = versions.left(written)
        return changes

    def redo(self) -> None:
        if not self._done_once:  # already applied by execute()
            self._done_once = True
            return
        self._run_step(self.apply, undone=False)

    def undo(self) -> None:
        self._run_step(self.revert, undone=True)

    def _run_step(self, operation: Callable[[Session], Changes], *, undone: bool) -> None:
        try:
            changes = self.context.run(lambda session: self._step(session, operation))
        except EditNotSaved as e:
            if not e.conflict:
                raise
            self.setObsolete(True)  # the stack drops the step: it stays true
            return
        self.context.tell_if_elsewhere(changes, self.text(), undone=undone)


class EditNotSaved(Exception):
    """An edit the database refused (read-only, locked by another program, or saved over
    another editor's change), already explained to the user in a message box. It ends
    the slot that asked for the edit; the window's exception hook lets it pass silently,
    as it is no fault of bescapp."""

    def __init__(self, error: BadDatabase | Conflict) -> None:
        super().__init__(str(error))
        self.error = error

    @property
    def conflict(self) -> bool:
        return not isinstance(self.error, BadDatabase)


class AppContext(QObject):
    changed = Signal(object)  # Changes
    meeting_changed = Signal(object)  # int | None
    database_changed = Signal()
    # Whether the open database may only be read; sent with every change of database.
    read_only_changed = Signal(bool)
    # An undo or redo that changed another meeting than the current one: its id, the
    # command's text, True for undo. The window says so, as nothing on screen moved.
    changed_elsewhere = Signal(int, str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.meeting_id: int | None = None
        self.undo_stack = QUndoStack(self)

    def set_database(self, db: Database | None) -> None:
        if self.db is not None:
            self.db.close()
        self.db = db
        self.meeting_id = None
        self.undo_stack.clear()
        self.database_changed.emit()
        self.read_only_changed.emit(self.read_only)

    def set_meeting(self, meeting_id: int | None) -> None:
        if meeting_id != self.meeting_id:
            self.meeting_id = meeting_id
            self.meeting_changed.emit(meeting_id)

    @property
    def read_only(self) -> bool:
        """The open database may only be read (its file or folder cannot be written)."""
        return self.db is not None and self.db.read_only

    def run(self, operation: Callable[[Session], Changes]) -> Changes:
        """Run one store operation in a transaction and announce what it changed (here,
        and on a server to every other window open on it).

        A read-only database, or one another program holds past the busy timeout,
        refuses with a message saying so, then ``EditNotSaved``: nothing was saved.
        (The window disables its editing controls on a read-only database, so that
        message is for an edit that got through anyway.) A save over another editor's
        change (``store.versions.Conflict``) says what they changed, and the workspaces
        reload to show it.
        """
        from ..store.versions import Conflict

        assert self.db is not None, "no database is open"
        try:
            if self.read_only:
                raise BadDatabase(self.db.path, self.db.read_only_problem)
            with self.db.transaction() as session:
                changes = operation(session)
                self.db.announce(session, changes)
        except BadDatabase as e:
            if e.problem not in (Problem.READ_ONLY, Problem.READ_ONLY_ROLE, Problem.LOCKED):
                raise
            self._say_not_saved(e)
            raise EditNotSaved(e) from e
        except Conflict as e:
            self._say_conflict(e)
            self.changed.emit(Changes.of(Kind.EVERYTHING, meeting_id=self.meeting_id))
            raise EditNotSaved(e) from e
        self.changed.emit(changes)
        return changes

    def _say_conflict(self, conflict: Conflict) -> None:
        """The core words it (entity, subject and fields), in the interface language."""
        QMessageBox.warning(QApplication.activeWindow(),
                            QCoreApplication.translate("AppContext", "Changed by someone else"),
                            conflict.text(current()))

    def _say_not_saved(self, error: BadDatabase) -> None:
        if error.problem is Problem.READ_ONLY_ROLE:
            text = QCoreApplication.translate(
                "AppContext", "Your account on the server may only read this database. The "
                "change was not saved.")
        elif error.problem is Problem.READ_ONLY:
            text = QCoreApplication.translate(
                "AppContext", "This database is read-only: its file or folder cannot be "
                "written. The change was not saved.")
        else:  # Problem.LOCKED
            text = QCoreApplication.translate(
                "AppContext", "Another program is using this database. The change was not "
                "saved; try again in a moment.")
        QMessageBox.warning(QApplication.activeWindow(),
                            QCoreApplication.translate("AppContext", "Not saved"), text)

    def tell_if_elsewhere(self, changes: Changes, text: str, *, undone: bool) -> None:
        if changes.meeting_id is not None and changes.meeting_id != self.meeting_id:
            self.changed_elsewhere.emit(changes.meeting_id, text, undone)

    def execute(self, command: StoreCommand) -> Changes:
        """Apply a command now and, if it succeeded, make it one undo step."""
        changes = self.run(command.first_apply)
        self.undo_stack.push(command)
        return changes
