"""Other windows' changes on an office server, routed to this window's workspaces.

On a server database the window keeps one connection listening for the change notices
other windows send (``store.notices``) and watches its socket with a
``QSocketNotifier``: Qt's event loop wakes it only when the server has written, so
nothing polls. Each notice is the ``Changes`` of another window's unit of work, emitted
on ``context.changed`` exactly as this window's own edits are, so each workspace
reloads only what it touched (and keeps what the staffer is typing: see the editors).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSocketNotifier

from .context import AppContext

log = logging.getLogger(__name__)


class ChangeListener(QObject):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self._listener = None
        self._notifier: QSocketNotifier | None = None
        context.database_changed.connect(self.follow)

    @property
    def listening(self) -> bool:
        return self._listener is not None

    def follow(self) -> None:
        """Listen on the database now open, if it is on a server."""
        self.stop()
        db = self.context.db
        if db is None or not db.on_server:
            return
        from ..store.notices import Listener

        try:
            self._listener = Listener(db)
        except Exception:  # without notices the window still works, as on a file
            log.warning("cannot listen for other windows' changes", exc_info=True)
            return
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.read)

    def read(self, *_args) -> None:
        """What arrived: each other window's change, routed as our own edits are."""
        if self._listener is None:
            return
        for changes in self._listener.take():
            self.context.changed.emit(changes)
        if self._listener is not None and self._listener.lost:
            self.stop()

    def stop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
