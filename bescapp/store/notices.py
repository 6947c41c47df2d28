"""Change notices between the windows open on one server database (PostgreSQL's
LISTEN/NOTIFY), carrying the same ``Changes`` the workspaces of one window route.

A unit of work that changed something sends one notice (``announce``) inside its own
transaction, so the server delivers it when, and only if, the change is committed.
Each window keeps one connection listening (``Listener``) that does nothing until the
server writes to its socket: the window watches that socket (a ``QSocketNotifier``)
and reads the notices when it becomes readable, so nobody polls. A notice names who
sent it (``Database.writer``): a window skips its own, having refreshed already.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from .changes import Changes, Kind

CHANNEL = "bescapp_changes"


def payload(changes: Changes, writer: str) -> str:
    return json.dumps({"writer": writer, "kinds": sorted(k.value for k in changes.kinds),
                       "meeting": changes.meeting_id})


def parse(message: str) -> tuple[str, Changes] | None:
    """(who sent it, what changed); None for a notice that is not ours."""
    try:
        data: Any = json.loads(message)
        kinds = frozenset(Kind(k) for k in data["kinds"])
        meeting = data.get("meeting")
        return str(data["writer"]), Changes(kinds, int(meeting) if meeting is not None else None)
    except (ValueError, KeyError, TypeError):
        return None


def announce(session: Session, changes: Changes, writer: str) -> None:
    session.execute(text("SELECT pg_notify(:channel, :payload)"),
                    {"channel": CHANNEL, "payload": payload(changes, writer)})


class Listener:
    """A connection of its own that listens for other windows' notices.

    ``fileno()`` is its socket, to watch; ``take()`` reads what has arrived without
    waiting. Made from the database's engine (same server, account and password)."""

    def __init__(self, db) -> None:
        self.writer = db.writer
        raw = db.engine.raw_connection()
        self._connection = raw.driver_connection
        raw.detach()  # ours for as long as we listen, never handed back to the pool
        self._raw = raw
        self._connection.autocommit = True
        self._connection.execute(f"LISTEN {CHANNEL}")
        self.lost = False

    def fileno(self) -> int:
        return int(self._connection.fileno())

    def take(self) -> list[Changes]:
        """The changes other windows announced since the last call (none: an empty list)."""
        import psycopg

        found = []
        try:
            for notice in self._connection.notifies(timeout=0):
                parsed = parse(notice.payload) if notice.channel == CHANNEL else None
                if parsed is not None and parsed[0] != self.writer:
                    found.append(parsed[1])
        except psycopg.Error:
            self.lost = True  # the server went away: the window stops watching
        return found

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._raw.close()
