"""Opening a bescapp database file safely.

A file is examined read-only first (header, integrity, schema version) so that
a file we refuse is left byte-for-byte untouched. Only then is it opened for
writing, migrated (after a copy is taken) and configured: foreign keys on,
WAL journal, a busy timeout. A file bescapp may not write (its modes, its
folder, a read-only disk) is opened read-only instead, and so is any file
``check`` looks at: nothing is written to it, not even its journal mode.

Transactions are begun by SQLAlchemy, not by pysqlite (the SQLite dialect's
documented recipe: the driver's own BEGIN comes only before the first write, so
what a unit of work read before it would not be protected). A unit of work
(``Database.transaction``) starts with ``BEGIN IMMEDIATE``: it holds the write
lock from its first read, so two imports of the same list one after the other
decide on what the first one wrote. Reading sessions begin a plain ``BEGIN``.

A database on a PostgreSQL server (``store.address.ServerAddress``) opens through the
same function: an empty one is migrated by the same Alembic scripts, and none of the
file's steps (header, ``quick_check``, the copy before migrating, WAL, PRAGMAs) apply.
There a unit of work takes one transaction-level advisory lock first, the server's
counterpart of ``BEGIN IMMEDIATE``: units of work on one database run one after the
other, as they do on a file, while readers never wait.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from .address import ServerAddress
from .files import (  # also re-exported: callers know them from here
    BUSY_TIMEOUT_MS,
    KNOWN_REVISIONS,
    SCHEMA_HEAD,
    BadDatabase,
    Problem,
    backup,
    classify,
    examine,
    read_uri,
    writable,
)

_WRITE = "bescapp_write"  # execution option of the engine that units of work run on
# The key of the server's advisory lock that units of work take (per database): "besc".
WRITE_LOCK_KEY = 0x62657363


@dataclass
class Database:
    path: Path | ServerAddress  # a file, or a database on a server
    engine: Engine
    sessions: sessionmaker[Session]
    backup_taken: Path | None = None
    read_only: bool = False
    revision: str = SCHEMA_HEAD  # older only for a file opened read-only (``check``)
    # On a server: our account may only read (a reader's role, ``server init``), so
    # read_only is true and the refusal says why.
    reader: bool = False
    # Who this open database is, in the change notices it sends (store/notices.py): a
    # window leaves its own notices alone, as it has refreshed already.
    writer: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def read_only_problem(self) -> Problem:
        return Problem.READ_ONLY_ROLE if self.reader else Problem.READ_ONLY

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error.

        It holds SQLite's write lock from its first statement (BEGIN IMMEDIATE),
        waiting up to the busy timeout for another writer to finish (on a server, the
        advisory lock). A row saved with an old version counter is a ``Conflict``.
        """
        if self.read_only:
            raise BadDatabase(self.path, self.read_only_problem)
        try:
            with self.sessions(bind=self.engine.execution_options(**{_WRITE: True})) \
                    as session, session.begin():
                yield session
        except StaleDataError as e:
            from .versions import from_stale

            raise from_stale(e) from e

    def announce(self, session: Session, changes) -> None:
        """Tell the other windows on this server what the unit of work in ``session``
        changed (sent when it commits; nothing on a file, whose windows are all ours)."""
        if self.on_server and changes.kinds:
            from .notices import announce

            announce(session, changes, self.writer)

    def session(self) -> Session:
        return self.sessions()

    @property
    def on_server(self) -> bool:
        return isinstance(self.path, ServerAddress)

    def close(self) -> None:
        self.engine.dispose()


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE)
                         else "BEGIN")


def _leave_begin_to_sqlalchemy(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # pysqlite emits no BEGIN of its own: see _begin


def _configure(engine: Engine, path: Path, *, own_begin: bool = True) -> Engine:
    """Pragmas on every connection, errors that name the real problem, and (for a file,
    which other programs may write at the same time) our own BEGIN."""
    event.listen(engine, "connect", _set_sqlite_pragmas)
    if own_begin:
        event.listen(engine, "connect", _leave_begin_to_sqlalchemy)
        event.listen(engine, "begin", _begin)

    def unavailable(context) -> None:
        """A file held by another program, or one that cannot be written, says so
        in one line; it is never an "unexpected error" (nor SQL on the terminal)."""
        error = context.original_exception
        if isinstance(error, sqlite3.Error):
            problem = classify(path, error)
            if problem.problem in (Problem.LOCKED, Problem.READ_ONLY):
                raise problem from error

    event.listen(engine, "handle_error", unavailable)
    return engine


def open_database(path: Path | ServerAddress, *, backup_dir: Path | None = None,
                  read_only: bool = False, new: bool = False) -> Database:
    """Open (creating or migrating as needed) the database at ``path``.

    ``read_only``: never write the file (``check``); any known schema is then opened
    as it is, and ``Database.revision`` says which. A file bescapp may not write is
    opened read-only too, if it needs no upgrade. ``new``: a zero-byte file may become
    a new database (init, demo, the window's New database); otherwise it is refused
    as empty and left at zero bytes. A missing file is created unless ``read_only``.
    A server address opens that database (``_open_server``): an empty one is migrated.
    """
    if isinstance(path, ServerAddress):
        return _open_server(path, read_only=read_only)
    path = Path(path)
    if path.exists() and path.is_file() and path.stat().st_size == 0 and not new:
        raise BadDatabase(path, Problem.EMPTY)
    revision = examine(path)
    if not read_only and path.exists() and path.stat().st_size > 0 and not writable(path):
        if revision != SCHEMA_HEAD:
            raise BadDatabase(path, Problem.READ_ONLY_OLD, f"schema {revision}")
        read_only = True
    if read_only:
        if revision is None:
            raise BadDatabase(path, Problem.EMPTY if path.exists() else Problem.UNREADABLE)
        return _open_read_only(path, revision)
    backup_taken = None
    if revision is not None and revision != SCHEMA_HEAD:
        backup_taken = _copy_before_migration(path, backup_dir or path.parent, revision)
    engine = _configure(create_engine(f"sqlite:///{path}"), path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with engine.connect() as conn:  # outside a transaction, where the journal mode can change
            _sqlite(conn).execute("PRAGMA journal_mode = WAL")
    except (sqlite3.Error, DBAPIError, OSError) as e:
        engine.dispose()
        if isinstance(e, OSError):
            raise BadDatabase(path, Problem.UNREADABLE, e.strerror or str(e)) from e
        raise classify(path, getattr(e, "orig", e)) from e
    except BadDatabase:
        engine.dispose()
        raise
    if revision != SCHEMA_HEAD:
        _migrate(engine)
    db = Database(path, engine, sessionmaker(engine, expire_on_commit=False), backup_taken)
    return db


def _open_server(address: ServerAddress, *, read_only: bool) -> Database:
    """A database on a PostgreSQL server: reached, its schema read, an empty one or an
    older one migrated (the server's own backups stand for the file's copy), read-only
    sessions for ``check``."""
    try:
        import psycopg  # noqa: F401  (the optional dependency: bescapp[server])
    except ImportError:
        raise BadDatabase(address, Problem.NO_DRIVER) from None
    from sqlalchemy.engine import URL

    url = URL.create(
        "postgresql+psycopg", username=address.user or None, password=address.password or None,
        host=None if address.socket else (address.host or None), port=address.port,
        database=address.database, query={"host": address.host} if address.socket else {})
    connect_args = {"connect_timeout": 10, "application_name": "bescapp"}
    if read_only:
        connect_args["options"] = "-c default_transaction_read_only=on"
    engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    event.listen(engine, "begin", _server_begin)
    event.listen(engine, "handle_error", lambda context: _server_error(address, context))
    reader = False
    try:
        revision = _server_revision(engine, address)
        reader = revision is not None and not _may_write(engine)
        if reader and revision != SCHEMA_HEAD:
            raise BadDatabase(address, Problem.READ_ONLY_OLD, f"schema {revision}")
        if not read_only and not reader and revision != SCHEMA_HEAD:
            _migrate(engine)
    except DBAPIError as e:
        engine.dispose()
        raise _server_problem(address, e) from e
    except BadDatabase:
        engine.dispose()
        raise
    if read_only and revision is None:
        engine.dispose()
        raise BadDatabase(address, Problem.EMPTY)
    return Database(address, engine, sessionmaker(engine, expire_on_commit=False),
                    read_only=read_only or reader, reader=reader,
                    revision=(revision or SCHEMA_HEAD) if read_only else SCHEMA_HEAD)


def _may_write(engine: Engine) -> bool:
    """Whether our account may change the database: a reader's role (``server init``)
    may only select, and the window then opens it read-only."""
    with engine.connect() as conn:
        return bool(conn.exec_driver_sql(
            "SELECT has_table_privilege('agenda_item', 'UPDATE') "
            "AND has_table_privilege('agenda_item', 'INSERT')").scalar())


# How long a unit of work waits for another to finish before it is LOCKED. Longer than the
# file's busy timeout: a server's round trips make a large import take seconds, and three
# others may be queued before it.
SERVER_LOCK_TIMEOUT_S = 60


def _server_begin(conn) -> None:
    if conn.get_execution_options().get(_WRITE):
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{SERVER_LOCK_TIMEOUT_S}s'")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _server_revision(engine: Engine, address: ServerAddress) -> str | None:
    with engine.connect() as conn:
        tables = set(conn.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").scalars())
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise BadDatabase(address, Problem.NOT_BESCAPP)
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise BadDatabase(address, Problem.NEWER_SCHEMA, f"schema {revision}")
    return revision


def _server_problem(address: ServerAddress, error: DBAPIError) -> BadDatabase:
    """What the server's refusal means for the user: a password, a lock, or its own words."""
    original = getattr(error, "orig", error)
    words = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    if getattr(original, "sqlstate", None) == "55P03":  # lock_not_available
        return BadDatabase(address, Problem.LOCKED)
    if getattr(original, "sqlstate", None) == "25006":  # read_only_sql_transaction
        return BadDatabase(address, Problem.READ_ONLY)
    if getattr(original, "sqlstate", None) == "42501":  # insufficient_privilege: a reader
        return BadDatabase(address, Problem.READ_ONLY_ROLE)
    if "no password supplied" in words or "password authentication failed" in words:
        return BadDatabase(address, Problem.PASSWORD_NEEDED, words)
    return BadDatabase(address, Problem.UNREACHABLE, words)


def _server_error(address: ServerAddress, context) -> None:
    """A lock held past the timeout, or a server gone, says so in one line later on too."""
    error = context.sqlalchemy_exception
    original = context.original_exception
    if getattr(original, "sqlstate", None) in ("55P03", "42501") or (
            context.is_disconnect and isinstance(error, DBAPIError)):
        raise _server_problem(address, error) from original


def _open_read_only(path: Path, revision: str) -> Database:
    uri = read_uri(path)
    engine = _configure(create_engine(
        "sqlite://", poolclass=QueuePool,
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False,
                                        timeout=BUSY_TIMEOUT_MS / 1000)), path)
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False),
                    read_only=True, revision=revision)


def open_in_memory() -> Database:
    """A fresh database in memory, for tests and benchmarks."""
    from sqlalchemy.pool import StaticPool

    # One connection shared by every session (StaticPool): nobody else can write, and a
    # read nested in a unit of work must not BEGIN again, so pysqlite keeps its own way.
    engine = _configure(create_engine("sqlite://", poolclass=StaticPool), Path(":memory:"),
                        own_begin=False)
    _migrate(engine)
    return Database(Path(":memory:"), engine, sessionmaker(engine, expire_on_commit=False))


def _sqlite(conn: Connection) -> sqlite3.Connection:
    """The driver's own connection, for PRAGMAs that must run outside a transaction."""
    raw = conn.connection.driver_connection
    assert raw is not None  # the connection is open
    return raw


def _migrate(engine: Engine) -> None:
    from alembic import command  # imported here: only a new or old file needs it
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    if engine.dialect.name != "sqlite":
        # One transaction (PostgreSQL's DDL is transactional) under the write lock: a second
        # bescapp opening the same empty database waits, then finds it at head.
        with engine.execution_options(**{_WRITE: True}).connect() as conn, conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        return
    # The write lock first (BEGIN IMMEDIATE): a second bescapp opening the same old file at
    # the same moment waits, then finds it at head and has nothing to do.
    with engine.execution_options(**{_WRITE: True}).connect() as conn:
        # SQLite's batch mode copies a table, drops the old one and renames the copy; with
        # foreign keys on, dropping a meeting table would cascade into every delegation.
        # Off for the migration (it cannot change inside a transaction), checked at the end.
        raw = _sqlite(conn)
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken references: {broken[:3]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _copy_before_migration(path: Path, backup_dir: Path, revision: str) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.time_ns()  # unique and sortable; the file's own date says when
    target = backup_dir / f"{path.stem}.before-{SCHEMA_HEAD}-from-{revision}.{stamp}{path.suffix}"
    backup(path, target)
    return target


def check(db: Database) -> list[str]:
    """Integrity and schema problems of an open database; empty when all is well.

    Only reads (``check`` opens the file read-only). Besides SQLite's own checks it
    looks for what two programs writing at once used to leave: two members of a list
    in the same place, and one person entered twice (same names, same agency). On a
    file of an older schema it checks what every schema holds; opening it for use
    upgrades it (``Database.revision`` says which schema it is).
    """
    problems = []
    if db.on_server:
        problems += _server_check(db)
    else:
        problems += _file_check(db)
    if db.revision != SCHEMA_HEAD:
        return problems  # the rest needs the current schema
    from .our_side import missing

    with db.session() as session:
        problems += missing(session)
    return problems


def _file_check(db: Database) -> list[str]:
    problems = []
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            problems += [f"integrity: {r[0]}" for r in rows]
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key: table {r[0]} row {r[1]} refers to missing {r[2]}" for r in fk]
        problems += _shared_places(conn) + _people_twice(conn)
    return problems


def _server_check(db: Database) -> list[str]:
    """On a server the engine keeps its own pages sound; what can drift is the schema.
    The revision, every table, column, index and constraint the models declare (Alembic's
    comparison), no constraint left unvalidated, and the two checks of the content."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from ..model.entities import Base

    problems = []
    with db.engine.connect() as conn:
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        if revision == SCHEMA_HEAD:
            for difference in compare_metadata(MigrationContext.configure(conn), Base.metadata):
                problems.append(f"schema: {_difference(difference)}")
        for table, name in conn.exec_driver_sql(
                "SELECT conrelid::regclass::text, conname FROM pg_constraint "
                "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace"):
            problems.append(f"constraint {name} of table {table} is not validated")
        problems += _shared_places(conn) + _people_twice(conn)
    return problems


def _difference(difference) -> str:
    """One of Alembic's differences between the models and the database, in words."""
    if isinstance(difference, list):  # a column's changes come as a list of tuples
        difference = difference[0]
    kind, *rest = difference
    names = []
    for value in rest:
        name = getattr(value, "name", None)
        if name is None and hasattr(value, "table"):
            name = value.table.name
        if isinstance(value, str) or name:
            names.append(str(name or value))
    return f"{kind.replace('_', ' ')} {' '.join(n for n in names if n)}".strip()


def _shared_places(conn) -> list[str]:
    rows = conn.exec_driver_sql("""
        SELECT d.meeting_id, p.code, m.precedence, COUNT(*)
        FROM membership m JOIN delegation d ON d.id = m.delegation_id
        JOIN party p ON p.id = d.party_id
        GROUP BY d.meeting_id, p.code, m.delegation_id, m.precedence HAVING COUNT(*) > 1
        ORDER BY d.meeting_id, p.code, m.precedence""").fetchall()
    return [f"the {code} list of meeting {meeting}: {n} members share place {place} in the "
            "order of precedence" for meeting, code, place, n in rows]


def _people_twice(conn) -> list[str]:
    from ..domain.people import fold

    groups: dict[tuple, list] = {}
    for row in conn.exec_driver_sql(
            "SELECT id, given_names, first_surname, second_surname, agency_id FROM person "
            "ORDER BY id"):
        key = (fold(row[1]), fold(row[2]), fold(row[3]), row[4])
        groups.setdefault(key, []).append(row)
    problems = []
    for rows in groups.values():
        if len(rows) > 1:
            name = " ".join(x for x in rows[0][1:4] if x)
            ids = ", ".join(str(r[0]) for r in rows)
            problems.append(f"{name} is on file {len(rows)} times with the same agency "
                            f"(people {ids}): one person entered twice?")
    return problems
