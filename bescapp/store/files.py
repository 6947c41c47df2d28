"""A bescapp database file seen from outside: is it one, is it sound, which schema.

Only the standard library's sqlite3 here, so the window can check the file and
say what is wrong before it loads SQLAlchemy, and nothing here writes the file
(``backup`` writes a copy elsewhere, through ``bescapp.safe_write``).
"""

from __future__ import annotations

import enum
import errno
import os
import sqlite3
from pathlib import Path

from .. import safe_write

# The newest migration this version of bescapp knows. tests/store/test_migrations.py
# checks it against Alembic's head, so that opening a file does not need to import Alembic.
SCHEMA_HEAD = "0004"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")

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


def backup(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API, written to a temporary name first.

    OSError when it cannot be written (a full disk as ENOSPC, a symbolic link at
    ``target`` as ``safe_write.NotReplaced``); any earlier file at ``target`` is intact.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with safe_write.replacing(target) as partial:
            _copy(Path(source), partial)
    except OSError as e:
        code, words = safe_write.reason(e)
        if code is None or isinstance(e, safe_write.NotReplaced):
            raise
        raise OSError(e.errno, words, str(target)) from e


def _copy(source: Path, partial: Path) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a copy is one self-contained file
        finally:
            dst.close()
    except sqlite3.OperationalError as e:
        if getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(partial)) from e
        raise
    finally:
        src.close()
