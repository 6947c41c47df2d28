"""A bescapp database file seen from outside: is it one, is it sound, which schema.

Only the standard library's sqlite3 here, so the window can check the file and
say what is wrong before it loads SQLAlchemy, and nothing here writes the file
(``backup`` writes a copy elsewhere, through ``bescapp.safe_write``). A file bescapp
may not write, or one another program holds, is never called damaged.
"""

from __future__ import annotations

import enum
import errno
import os
import sqlite3
from pathlib import Path

from .. import safe_write
from ..i18n.catalogue import N_, say
from .address import ServerAddress

# The newest migration this version of bescapp knows. tests/store/test_migrations.py
# checks it against Alembic's head, so that opening a file does not need to import Alembic.
SCHEMA_HEAD = "0014"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0010",
                   "0011", "0012", "0013", "0014")

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


# SQLite's primary result codes: only these two say the file itself is damaged. Busy
# means another connection holds the lock; read-only, cannot-open or an I/O error are
# about the file's place (modes, folder, disk), never its content.
_DAMAGED_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_BUSY_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}


class Problem(enum.StrEnum):
    NOT_SQLITE = "not_sqlite"
    CORRUPT = "corrupt"
    NEWER_SCHEMA = "newer_schema"
    NOT_BESCAPP = "not_bescapp"
    UNREADABLE = "unreadable"
    EMPTY = "empty"  # zero bytes: only init, demo and the window's New database fill one
    LOCKED = "locked"  # another program holds the file beyond the busy timeout
    READ_ONLY = "read_only"  # a change was asked of a file bescapp may only read
    READ_ONLY_ROLE = "read_only_role"  # a server account that may only read (a reader)
    READ_ONLY_OLD = "read_only_old"  # read-only and of a schema that must be upgraded first
    NO_DRIVER = "no_driver"  # a server address, and psycopg is not installed
    UNREACHABLE = "unreachable"  # the server refused or did not answer (detail: its words)
    PASSWORD_NEEDED = "password_needed"  # the server asks for a password we were not given
    NOT_EMPTY = "not_empty"  # a copy's target already holds a database of its own


class BadDatabase(Exception):
    """A database file bescapp will not open; the file has not been changed.

    ``path`` is the file's path, or the server's address (``store.address``)."""

    def __init__(self, path: Path | ServerAddress, problem: Problem, detail: str = "") -> None:
        self.path = path if isinstance(path, ServerAddress) else Path(path)
        self.problem = problem
        self.detail = detail
        super().__init__(self.text())

    def english(self) -> str:
        return self.text("en")

    def text(self, lang: str | None = None) -> str:
        """The problem in ``lang`` (default: the messages language), detail after it."""
        text = say(_PROBLEM_TEXT[self.problem], lang, path=self.path)
        return f"{text}: {self.detail}" if self.detail else text


_PROBLEM_TEXT = {
    Problem.NOT_SQLITE: N_("{path} is not a bescapp database (not an SQLite file)"),
    Problem.CORRUPT: N_("{path} is damaged (the database failed its integrity check)"),
    Problem.NEWER_SCHEMA: N_("{path} was written by a newer version of bescapp; update bescapp "
                             "to open it"),
    Problem.NOT_BESCAPP: N_("{path} is an SQLite database but not one written by bescapp"),
    Problem.UNREADABLE: N_("{path} cannot be read"),
    Problem.EMPTY: N_("{path} is empty (zero bytes), not a bescapp database; bescapp init makes "
                      "a new database"),
    Problem.LOCKED: N_("{path} is in use by another program; try again in a moment"),
    Problem.READ_ONLY: N_("{path} is read-only (the file or its folder cannot be written); "
                          "nothing was changed"),
    Problem.READ_ONLY_ROLE: N_("{path}: your account on the server may only read this "
                               "database; nothing was changed"),
    Problem.READ_ONLY_OLD: N_("{path} is read-only and of an older schema this bescapp must "
                              "upgrade before it can use it; copy it to a folder you can write "
                              "to"),
    Problem.NO_DRIVER: N_('{path} is on a PostgreSQL server, which needs psycopg: '
                          'pip install "bescapp[server]"'),
    Problem.UNREACHABLE: N_("{path} cannot be reached"),
    Problem.PASSWORD_NEEDED: N_("{path} needs a password (give it in the URL, user:password@host, "
                                "or in ~/.pgpass)"),
    Problem.NOT_EMPTY: N_("{path} already holds a database of its own; a copy goes only into an "
                          "empty one"),
}


def writable(path: Path) -> bool:
    """Whether bescapp may change the database: the file and its folder (SQLite writes its
    -wal, -shm or -journal companions there) can both be written. Honours file modes for
    everyone but root, and the immutable attribute and read-only mounts for root too."""
    path = Path(path)
    folder = path.resolve().parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def read_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` without ever writing it.

    ``mode=ro`` still needs a -shm file beside a WAL database; in a folder that cannot be
    written and with no -wal left behind, nobody can be writing, so SQLite may take the file
    as immutable and read it as it is.
    """
    path = Path(path).resolve()
    uri = f"{path.as_uri()}?mode=ro"
    if not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


def classify(path: Path, error: Exception) -> BadDatabase:
    """What an SQLite error (or a wrapper of one) on opening or using ``path`` says about
    the file."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if code is not None else None
    if primary in _BUSY_CODES:
        return BadDatabase(path, Problem.LOCKED)
    if primary == sqlite3.SQLITE_READONLY:
        return BadDatabase(path, Problem.READ_ONLY)
    if primary in _DAMAGED_CODES:
        return BadDatabase(path, Problem.CORRUPT, str(error))
    return BadDatabase(path, Problem.UNREADABLE, str(error))


def examine(path: Path, *, full_check: bool = False) -> str | None:
    """Check a database file without changing it; return its schema revision.

    Returns None for a missing or empty file (a new database). Raises BadDatabase:
    "damaged" only when SQLite finds the file malformed or the integrity check fails;
    a file held by another program is LOCKED, one that cannot be opened UNREADABLE.
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
        conn = sqlite3.connect(read_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
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
    except sqlite3.Error as e:
        raise classify(path, e) from e
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
    src = sqlite3.connect(read_uri(source), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
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
