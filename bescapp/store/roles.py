"""Who may write a database on an office server: an editor role and a reader role.

``bescapp server init URL`` (run once by the database's owner, and again after adding
people) makes two roles on the server and grants them this database:

- ``bescapp_editor``: reads and writes every table (not the schema: only the owner
  upgrades it, as only the owner made it);
- ``bescapp_reader`` (principals, note-takers): may only read. The window sees it from
  the server's privileges and opens read-only (``Database.reader``); a write that gets
  through anyway is refused by the server itself (``Problem.READ_ONLY_ROLE``).

Staff's own accounts are the server's (``CREATE ROLE ana LOGIN``, or the agency's
directory); ``--editor ana --reader luis`` makes them members of one role (and takes
them out of the other). Role names are the server's, shared by its databases; the
grants are per database.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Connection

EDITOR = "bescapp_editor"
READER = "bescapp_reader"
# Only the owner changes the schema revision (migrations); editors read it.
SCHEMA_TABLE = "alembic_version"


@dataclass(frozen=True)
class Granted:
    database: str
    schema: str
    tables: int
    editors: tuple[str, ...]
    readers: tuple[str, ...]


def _quoted(conn: Connection, name: str) -> str:
    return conn.exec_driver_sql("SELECT quote_ident(%(n)s)", {"n": name}).scalar_one()


def grant(conn: Connection, editors: tuple[str, ...] = (),
          readers: tuple[str, ...] = ()) -> Granted:
    """Make both roles (if the server has them not yet) and grant them this database;
    ``editors`` and ``readers`` (existing login roles) join one role and leave the other.
    In the caller's transaction: all of it, or nothing."""
    for role in (EDITOR, READER):
        exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(r)s",
                                      {"r": role}).scalar()
        if not exists:
            conn.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
    database = conn.exec_driver_sql("SELECT current_database()").scalar_one()
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
    db, sc = _quoted(conn, database), _quoted(conn, schema)
    both = f"{EDITOR}, {READER}"
    for statement in (
            f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {both}",
            f"GRANT USAGE ON SCHEMA {sc} TO {both}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA {sc} TO {READER}",
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA {sc} FROM {READER}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {sc} TO {EDITOR}",
            f"REVOKE INSERT, UPDATE, DELETE ON {sc}.{SCHEMA_TABLE} FROM {EDITOR}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {sc} TO {EDITOR}",
            f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA {sc} TO {READER}",
            # tables a later migration adds (made by the owner, who runs this)
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {sc} GRANT SELECT ON TABLES TO {READER}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {sc} GRANT SELECT, INSERT, UPDATE, DELETE "
            f"ON TABLES TO {EDITOR}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {sc} GRANT USAGE, SELECT ON SEQUENCES "
            f"TO {EDITOR}"):
        conn.exec_driver_sql(statement)
    for people, role, other in ((editors, EDITOR, READER), (readers, READER, EDITOR)):
        for person in people:
            name = _quoted(conn, person)
            conn.exec_driver_sql(f"GRANT {role} TO {name}")
            conn.exec_driver_sql(f"REVOKE {other} FROM {name}")
    tables = conn.exec_driver_sql(
        "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").scalar_one()
    return Granted(database, schema, int(tables), tuple(editors), tuple(readers))
