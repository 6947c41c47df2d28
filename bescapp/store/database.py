"""Opening a bescapp database file safely.

A file is examined read-only first (header, integrity, schema version) so that
a file we refuse is left byte-for-byte untouched. Only then is it opened for
writing, migrated (after a copy is taken) and configured: foreign keys on,
WAL journal, a busy timeout.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from .files import (  # noqa: F401  (re-exported: callers know them from here)
    BUSY_TIMEOUT_MS,
    KNOWN_REVISIONS,
    SCHEMA_HEAD,
    BadDatabase,
    Problem,
    backup,
    examine,
)


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backup_taken: Path | None = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error."""
        with self.sessions() as session, session.begin():
            yield session

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def open_database(path: Path, *, backup_dir: Path | None = None) -> Database:
    """Open (creating or migrating as needed) the database at ``path``."""
    path = Path(path)
    revision = examine(path)
    backup_taken = None
    if revision is not None and revision != SCHEMA_HEAD:
        backup_taken = _copy_before_migration(path, backup_dir or path.parent, revision)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_sqlite_pragmas)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode = WAL")
    if revision != SCHEMA_HEAD:
        _migrate(engine)
    db = Database(path, engine, sessionmaker(engine, expire_on_commit=False), backup_taken)
    return db


def open_in_memory() -> Database:
    """A fresh database in memory, for tests and benchmarks."""
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    _migrate(engine)
    return Database(Path(":memory:"), engine, sessionmaker(engine, expire_on_commit=False))


def _migrate(engine: Engine) -> None:
    from alembic import command  # imported here: only a new or old file needs it
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.connect() as conn:
        # SQLite's batch mode copies a table, drops the old one and renames the copy; with
        # foreign keys on, dropping a meeting table would cascade into every delegation.
        # Off for the migration (it cannot change inside a transaction), checked at the end.
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken references: {broken[:3]}")
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.commit()


def _copy_before_migration(path: Path, backup_dir: Path, revision: str) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.time_ns()  # unique and sortable; the file's own date says when
    target = backup_dir / f"{path.stem}.before-{SCHEMA_HEAD}-from-{revision}.{stamp}{path.suffix}"
    backup(path, target)
    return target


def check(db: Database) -> list[str]:
    """Integrity and schema problems of an open database; empty when all is well."""
    problems = []
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            problems += [f"integrity: {r[0]}" for r in rows]
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key: table {r[0]} row {r[1]} refers to missing {r[2]}" for r in fk]
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        if revision != SCHEMA_HEAD:
            problems.append(f"schema version {revision}, expected {SCHEMA_HEAD}")
            return problems
    from .our_side import missing

    with db.session() as session:
        problems += missing(session)
    return problems


