"""Opening a bescapp database file safely.

A file is examined read-only first (header, integrity, schema version) so that
a file we refuse is left byte-for-byte untouched. Only then is it opened for
writing, migrated (after a copy is taken) and configured: foreign keys on,
WAL journal, a busy timeout.
"""

from __future__ import annotations

import datetime as dt
import enum
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

# The newest migration this version of bescapp knows. tests/store/test_migrations.py
# checks it against Alembic's head, so that opening a file does not need to import Alembic.
SCHEMA_HEAD = "0001"
KNOWN_REVISIONS = ("0001",)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class Problem(enum.StrEnum):
    NOT_SQLITE = "not_sqlite"
    CORRUPT = "corrupt"
    NEWER_SCHEMA = "newer_schema"
    NOT_BESCAPP = "not_bescapp"
    UNREADABLE = "unreadable"


class BadDatabase(Exception):
    """A database file bescapp will not open; the file has not been changed."""

    def __init__(self, path: Path, problem: Problem, detail: str = "") -> None:
        self.path = Path(path)
        self.problem = problem
        self.detail = detail
        super().__init__(self.english())

    def english(self) -> str:
        what = {
            Problem.NOT_SQLITE: "is not a bescapp database (not an SQLite file)",
            Problem.CORRUPT: "is damaged (the database failed its integrity check)",
            Problem.NEWER_SCHEMA: "was written by a newer version of bescapp; update bescapp to open it",
            Problem.NOT_BESCAPP: "is an SQLite database but not one written by bescapp",
            Problem.UNREADABLE: "cannot be read",
        }[self.problem]
        text = f"{self.path} {what}"
        return f"{text}: {self.detail}" if self.detail else text


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


def examine(path: Path, *, full_check: bool = False) -> str | None:
    """Check a database file without changing it; return its schema revision.

    Returns None for a missing or empty file (a new database). Raises BadDatabase.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise BadDatabase(path, Problem.UNREADABLE, e.strerror or str(e)) from e
    if header != SQLITE_HEADER:
        raise BadDatabase(path, Problem.NOT_SQLITE)
    try:
        # mode=ro: SQLite never writes the main file; it reads a WAL left by a writer
        # that crashed, so the schema version seen is the latest one committed.
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True)
        try:
            check = "integrity_check" if full_check else "quick_check"
            result = conn.execute(f"PRAGMA {check}").fetchall()
            if result != [("ok",)]:
                raise BadDatabase(path, Problem.CORRUPT, "; ".join(r[0] for r in result[:3]))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise BadDatabase(path, Problem.NOT_BESCAPP)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise BadDatabase(path, Problem.CORRUPT, str(e)) from e
    revision = row[0] if row else None
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise BadDatabase(path, Problem.NEWER_SCHEMA, f"schema {revision}")
    return revision


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
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _copy_before_migration(path: Path, backup_dir: Path, revision: str) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")  # a file name, not shown as a date
    target = backup_dir / f"{path.stem}.before-{SCHEMA_HEAD}-from-{revision}.{stamp}{path.suffix}"
    backup(path, target)
    return target


def backup(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API, written to a temporary name first."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a copy is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)


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


