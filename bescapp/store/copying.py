"""Copying a whole database between a file and a server, either way.

``copy_rows`` reads every table of the source in one consistent snapshot and writes
it into the target in one unit of work (the target's write lock held throughout):
the target's starter rows are replaced by the source's, the ids stay the same, and
the rows are counted on both sides, table by table, before the unit of work commits.
A target that holds anything beyond the starter rows (a meeting, a person, a plan ...)
is refused untouched: a copy never merges two databases. ``copy_to_new_file`` writes
a portable SQLite file beside its final name and renames it at the end, so ``backup``
from a server and ``copy`` into a new file leave either the whole file or nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from .. import safe_write
from ..model.entities import Base
from .database import Database, open_database
from .files import BadDatabase, Problem

# What every new database holds from its first migration on (store/starter.py): a
# target holding only these (and our side, which the copy replaces) counts as empty.
STARTER_TABLES = frozenset({"party", "agency", "database_settings", "paragraph_pattern", "term"})
BATCH = 1000


class CopyMismatch(RuntimeError):
    """The rows counted in the target differ from the source's: nothing was committed."""


def tables() -> list[sa.Table]:
    """Every table of the models, each after the tables it refers to."""
    return list(Base.metadata.sorted_tables)


def own_rows(session_or_conn) -> dict[str, int]:
    """The tables beyond the starter rows that hold rows, with their counts."""
    counts = {}
    for table in tables():
        if table.name in STARTER_TABLES:
            continue
        n = session_or_conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
        if n:
            counts[table.name] = n
    return counts


def copy_rows(source: Database, target: Database,
              progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Every row of ``source`` into ``target``; the rows of each table, counted in both.

    BadDatabase NOT_EMPTY for a target with rows of its own; CopyMismatch (and nothing
    written) if the counts differ after writing."""
    with _snapshot(source) as reading, target.transaction() as session:
        conn = session.connection()
        held = own_rows(conn)
        if held:
            what = ", ".join(f"{n} {name}" for name, n in sorted(held.items()))
            raise BadDatabase(target.path, Problem.NOT_EMPTY, what)
        for table in reversed(tables()):
            conn.execute(table.delete())
        counts = {}
        for table in tables():
            counts[table.name] = _copy_table(reading, conn, table)
            if progress is not None:
                progress(table.name, counts[table.name])
        for table in tables():
            found = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            if found != counts[table.name]:
                raise CopyMismatch(f"table {table.name}: {counts[table.name]} rows read, "
                                   f"{found} written; nothing was copied")
        if conn.dialect.name == "postgresql":
            _continue_ids(conn)
    return counts


def _snapshot(db: Database):
    """One read that sees the source as it was when it began, even while others write."""
    conn = db.engine.connect()
    if db.engine.dialect.name == "postgresql":
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
    return _Reading(conn)


class _Reading:
    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sa.Connection:
        self.conn.begin()
        return self.conn

    def __exit__(self, *_exc) -> None:
        self.conn.rollback()
        self.conn.close()


def _copy_table(reading: sa.Connection, conn: sa.Connection, table: sa.Table) -> int:
    """The table's rows in batches; a column that refers to its own table (an agenda
    item's parent) is filled in afterwards, so no row waits for one written later."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    key = [c.name for c in table.primary_key.columns]
    rows = reading.execute(sa.select(table).order_by(*table.primary_key.columns)).mappings()
    n, later, batch = 0, [], []
    for row in rows:
        values = dict(row)
        if own:
            refs = {c: values[c] for c in own if values[c] is not None}
            if refs:
                later.append({**{f"k_{k}": values[k] for k in key}, **refs})
                values.update(dict.fromkeys(own))
        batch.append(values)
        n += 1
        if len(batch) == BATCH:
            conn.execute(table.insert(), batch)
            batch = []
    if batch:
        conn.execute(table.insert(), batch)
    for column in own:
        updates = [{**{k: v for k, v in r.items() if k.startswith("k_")}, "v": r[column]}
                   for r in later if column in r]
        if updates:
            where = sa.and_(*(table.c[k] == sa.bindparam(f"k_{k}") for k in key))
            conn.execute(sa.update(table).where(where).values({column: sa.bindparam("v")})
                         .execution_options(synchronize_session=False), updates)
    return n


def _continue_ids(conn: sa.Connection) -> None:
    """PostgreSQL's sequences go on after the copied ids (SQLite takes the largest + 1)."""
    for table in tables():
        if [c.name for c in table.primary_key.columns] != ["id"]:
            continue
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE(MAX(id), 0) + 1, false) FROM {table.name}")


def copy_to_new_file(source: Database, target: Path,
                     progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """A portable SQLite file at ``target`` holding everything in ``source`` (a server's
    backup); written under a temporary name and renamed, an earlier file there intact
    until then. OSError when it cannot be written."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with safe_write.replacing(target) as partial:
        made = open_database(partial, new=True)
        try:
            counts = copy_rows(source, made, progress)
        finally:
            made.close()
        single = sqlite3.connect(partial)
        try:  # a copy is one self-contained file, no -wal beside it
            single.execute("PRAGMA journal_mode = DELETE")
        finally:
            single.close()
    return counts
