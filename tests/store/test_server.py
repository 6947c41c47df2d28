"""A database on a PostgreSQL server: reached by URL, migrated, checked, backed up to a
file and copied both ways. The tests that need a server run when ``BESCAPP_TEST_DATABASE``
names one (``tools/test-server``, as ``.ci/run`` does); the others run everywhere."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bescapp.cli import main as cli_main
from bescapp.model.entities import Meeting, Person
from bescapp.store.address import ServerAddress, UnknownAddress, location, parse_server
from bescapp.store.copying import tables
from bescapp.store.database import SCHEMA_HEAD, check, open_database
from bescapp.store.files import BadDatabase, Problem

ROOT = Path(__file__).parents[2]


@pytest.fixture
def server(test_server):
    if test_server is None:
        pytest.skip("no test server (BESCAPP_TEST_DATABASE; tools/test-server starts one)")
    return test_server


@pytest.fixture
def empty(server):
    address = server.fresh()
    yield address
    server.drop(address)


def url(address: ServerAddress) -> str:
    return address.url(password=True)


def counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in tables()}


# reaching it ------------------------------------------------------------------


def test_the_forms_of_a_server_address():
    tcp = parse_server("postgresql+psycopg://ana:s%40cret@db.example:5433/delegacion")
    assert (tcp.user, tcp.host, tcp.port, tcp.database, tcp.password) == (
        "ana", "db.example", 5433, "delegacion", "s@cret")
    assert "s@cret" not in str(tcp)
    assert "cret" not in repr(tcp)
    assert str(tcp) == "postgresql+psycopg://ana@db.example:5433/delegacion"
    socket = parse_server("postgresql://ana@/delegacion?host=/run/postgresql")
    assert (socket.host, socket.database, socket.socket) == ("/run/postgresql", "delegacion", True)
    assert str(socket) == "postgresql+psycopg://ana@/delegacion?host=/run/postgresql"
    assert parse_server(str(socket)) == socket
    assert location("plenary.db") == Path("plenary.db")


@pytest.mark.parametrize(("text", "says"), [
    ("mysql://ana@db/delegacion", "mysql:// is not one of them"),
    ("sqlite:///tmp/x.db", "sqlite:// is not one of them"),
    ("postgresql+psycopg://ana@db", "name the database"),
    ("postgresql://ana@db/x?sslmode=disable", "does not know the option sslmode"),
])
def test_an_address_bescapp_cannot_use_is_refused_with_what_is_wrong(text, says, tmp_path,
                                                                     monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UnknownAddress, match=says):
        location(text)
    assert cli_main(["check", "--database", text]) == 1
    err = capsys.readouterr().err
    assert says in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # never a file named after the URL


def test_bescapp_database_may_name_a_server_and_a_bad_one_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BESCAPP_DATABASE", f"postgresql+psycopg://ana@/x?host={tmp_path}/nowhere")
    assert cli_main(["meetings"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"bescapp: postgresql+psycopg://ana@/x?host={tmp_path}/nowhere "
                             "cannot be reached")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_driver_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg then fails
    with pytest.raises(BadDatabase) as refused:
        open_database(parse_server("postgresql+psycopg://ana@/x?host=/nowhere"))
    assert refused.value.problem == Problem.NO_DRIVER
    assert 'pip install "bescapp[server]"' in str(refused.value)


# on the server ----------------------------------------------------------------


def test_an_empty_server_database_is_migrated_on_first_open(empty):
    db = open_database(empty)
    try:
        assert db.on_server
        assert db.revision == SCHEMA_HEAD
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
        found = counts(db)
        assert found["party"] == 2
        assert found["agency"] > 0
        assert found["meeting"] == 0
        problems = check(db)  # nothing is wrong but the side nobody has chosen yet
        assert [p[:19] for p in problems] == ["our side is not set"], problems
    finally:
        db.close()
    again = open_database(empty)  # at head: opened as it is
    assert counts(again) == found
    again.close()


def test_every_migration_runs_on_the_server_one_after_the_other(empty):
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from bescapp.store import database
    from bescapp.store.files import KNOWN_REVISIONS

    config = Config()
    config.set_main_option("script_location", str(Path(database.__file__).parent / "migrations"))
    engine = create_engine(empty.url(password=True))
    try:
        for revision in KNOWN_REVISIONS:
            with engine.connect() as conn, conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
            with engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == revision
    finally:
        engine.dispose()
    db = open_database(empty, read_only=True)
    try:
        assert db.revision == SCHEMA_HEAD
        assert not [p for p in check(db) if p.startswith(("schema", "constraint"))]
    finally:
        db.close()


def test_check_on_the_server_reads_the_schema_and_its_constraints(fresh_location, capsys):
    address, _side = fresh_location
    if not isinstance(address, ServerAddress):
        pytest.skip("a server's check (the file's is tested in test_database.py)")
    assert cli_main(["check", "--database", url(address)]) == 0
    assert capsys.readouterr().out.strip().endswith(f"ok (schema {SCHEMA_HEAD})")
    db = open_database(address)
    with db.engine.begin() as conn:  # what a hand-made change or a half-run script leaves
        conn.exec_driver_sql("ALTER TABLE membership DROP CONSTRAINT uq_membership_delegation_id_precedence")
    db.close()
    assert cli_main(["check", "--database", url(address)]) == 1
    out = capsys.readouterr().out
    assert "schema: add constraint uq_membership_delegation_id_precedence" in out, out


def test_a_backup_from_the_server_is_a_file_bescapp_opens(demo_db, tmp_path, capsys):
    db, meeting_id = demo_db
    if not db.on_server:
        pytest.skip("needs the test server")
    target = tmp_path / "from-server.db"
    assert cli_main(["backup", "--database", url(db.path), "-o", str(target)]) == 0
    assert f"backup written to {target}" in capsys.readouterr().out
    assert not Path(f"{target}-wal").exists()
    assert sqlite3.connect(target).execute("PRAGMA journal_mode").fetchone() == ("delete",)
    copy = open_database(target)
    try:
        assert counts(copy) == counts(db)
        assert check(copy) == []
        with copy.session() as s:
            assert s.get(Meeting, meeting_id).number == 12
    finally:
        copy.close()
    assert cli_main(["check", "--database", str(target)]) == 0


def test_a_file_goes_to_an_empty_server_and_back_with_every_row(server, tmp_path, capsys):
    source = tmp_path / "laptop.db"
    assert cli_main(["demo", "--database", str(source), "--side", "mx"]) == 0
    target = server.fresh()
    try:
        assert cli_main(["copy", str(source), url(target)]) == 0
        out = capsys.readouterr().out
        on_file, on_server = open_database(source), open_database(target)
        try:
            assert counts(on_server) == counts(on_file)
            for table, n in counts(on_file).items():
                assert f"{table:<20}{n:>8}" in out
            assert f"{sum(counts(on_file).values())} rows in {len(tables())} tables" in out
            assert check(on_server) == []
            with on_server.transaction() as s:  # new rows take ids after the copied ones
                person = Person(given_names="Nueva", first_surname="Persona")
                s.add(person)
                s.flush()
                assert person.id == s.scalar(select(func.max(Person.id)))
                s.rollback()
        finally:
            on_file.close()
            on_server.close()
        back = tmp_path / "back.db"
        assert cli_main(["copy", url(target), str(back)]) == 0
        first, second = open_database(source), open_database(back)
        try:
            assert counts(second) == counts(first)
            with first.engine.connect() as a, second.engine.connect() as b:
                for table in tables():
                    order = list(table.primary_key.columns)
                    assert a.execute(select(table).order_by(*order)).all() == \
                        b.execute(select(table).order_by(*order)).all(), table.name
        finally:
            first.close()
            second.close()
    finally:
        server.drop(target)


def test_a_copy_into_a_database_of_its_own_is_refused_and_changes_nothing(demo_db, tmp_path, capsys):
    db, _meeting_id = demo_db
    if not db.on_server:
        pytest.skip("needs the test server")
    before = counts(db)
    source = tmp_path / "other.db"
    assert cli_main(["demo", "--database", str(source)]) == 0
    capsys.readouterr()
    assert cli_main(["copy", str(source), url(db.path)]) == 1
    err = capsys.readouterr().err
    assert "already holds a database of its own" in err
    assert "meeting" in err
    assert counts(db) == before


def test_two_programs_opening_one_empty_server_database_migrate_it_once(empty, tmp_path):
    """Both wait on the write lock; the second finds the schema at head."""
    runs = [subprocess.Popen([sys.executable, str(ROOT / "main.py"), "meetings", "--database",
                              url(empty)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, cwd=tmp_path) for _ in range(2)]
    for run in runs:
        _out, err = run.communicate(timeout=100)
        assert run.returncode == 0, err
    db = open_database(empty)
    try:
        assert counts(db)["party"] == 2
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1
    finally:
        db.close()
