"""The first screen's rows read with the standard library's ``sqlite3`` alone.

The window paints the Meetings workspace from these rows before SQLAlchemy and the
entities are imported (about half a second); the workspace then reloads the same
rows through the ORM (``MeetingsModel.reload``). Only a file at the current schema
revision, with our side set and at least one meeting, is read here: anything else
(an old file to upgrade, a damaged or foreign one, a new or empty database, a
server) returns None and takes the normal path, which explains or asks.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..model.bilingual import Bilingual
from .files import BUSY_TIMEOUT_MS, SCHEMA_HEAD, read_uri


@dataclass(frozen=True)
class MeetingRow:
    """One row of the meetings table, as the Meetings workspace shows it."""

    id: int
    kind: str
    number: int
    start_date: dt.date
    end_date: dt.date
    city: Bilingual
    venue: Bilingual
    host: str | None  # the host party's code


# The order of store.meetings.list_meetings: by start date, then id.
_MEETINGS = """
SELECT m.id, m.kind, m.number, m.start_date, m.end_date,
       m.city_en, m.city_es, m.venue_en, m.venue_es, p.code
FROM meeting AS m LEFT JOIN party AS p ON p.id = m.host_party_id
ORDER BY m.start_date, m.id
"""


def meeting_rows(path: Path | object) -> list[MeetingRow] | None:
    """The meetings of the database file at ``path`` for a first paint, or None when
    the file must take the normal path (see the module's text). Never writes."""
    if not isinstance(path, Path) or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(read_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            if version != [(SCHEMA_HEAD,)]:
                return None
            side = conn.execute("SELECT p.code FROM database_settings AS s "
                                "JOIN party AS p ON p.id = s.our_party_id").fetchone()
            if side is None:  # the window asks which side we are
                return None
            rows = [MeetingRow(id_, kind, number, dt.date.fromisoformat(start),
                               dt.date.fromisoformat(end), Bilingual(city_en, city_es),
                               Bilingual(venue_en, venue_es), host)
                    for (id_, kind, number, start, end, city_en, city_es, venue_en, venue_es,
                         host) in conn.execute(_MEETINGS)]
        finally:
            conn.close()
    except (sqlite3.Error, ValueError, TypeError):  # the ORM path says what is wrong
        return None
    return rows or None  # none: the window offers the demo
