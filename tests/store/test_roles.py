"""Readers and editors on an office server (``bescapp server init``): a reader's account
sees everything and exports every document, and every write it tries is refused by the
server itself with a message that says why. Needs the test server (BESCAPP_TEST_DATABASE)."""

import itertools
import os

import pytest
from sqlalchemy import text

from bescapp.cli import main as cli_main
from bescapp.store.address import ServerAddress
from bescapp.store.database import open_database
from bescapp.store.files import BadDatabase, Problem

_accounts = itertools.count(1)


@pytest.fixture
def accounts(demo_db, test_server):
    """The demo on the server, set up by ``server init`` with a reader and an editor:
    yields (owner's address, reader's address, editor's address, meeting id)."""
    if test_server is None:
        pytest.skip("roles are a server's (BESCAPP_TEST_DATABASE)")
    db, meeting_id = demo_db
    owner = db.path
    n = next(_accounts)
    reader, editor = f"reader_{os.getpid()}_{n}", f"editor_{os.getpid()}_{n}"
    test_server._execute(f'CREATE ROLE "{reader}" LOGIN')
    test_server._execute(f'CREATE ROLE "{editor}" LOGIN')
    try:
        assert cli_main(["server", "init", owner.url(password=True), "--reader", reader,
                         "--editor", editor]) == 0
        yield (owner, ServerAddress(owner.database, reader, owner.host, owner.port),
               ServerAddress(owner.database, editor, owner.host, owner.port), meeting_id)
    finally:
        test_server.drop(owner)  # before the roles, which its grants name
        for role in (reader, editor):
            test_server._execute(f'DROP ROLE IF EXISTS "{role}"')


def test_server_init_says_what_it_granted(accounts, capsys):
    owner, _reader, _editor, _meeting = accounts
    assert cli_main(["server", "init", owner.url(password=True)]) == 0  # again: the same
    out = capsys.readouterr().out
    assert "granted to bescapp_editor (read and write) and bescapp_reader (read only)" in out


def test_a_reader_sees_everything_and_exports_every_document(accounts, tmp_path):
    _owner, reader, _editor, meeting_id = accounts
    db = open_database(reader)
    try:
        assert db.read_only
        assert db.reader
        with db.session() as s:
            assert s.execute(text("SELECT count(*) FROM agenda_item")).scalar() > 0
    finally:
        db.close()
    url = reader.url(password=True)
    documents = [["agenda"], ["delegations"], ["delegations", "--contact-sheet"],
                 ["actions"], ["actions", "--internal"], ["briefing-book"], ["communique"]]
    for k, document in enumerate(documents):
        out = tmp_path / f"{k}-{document[0]}.docx"
        assert cli_main(["export", *document, "--database", url, "--meeting", str(meeting_id),
                         "-o", str(out)]) == 0, document
        assert out.stat().st_size > 0
    assert cli_main(["check", "--database", url]) == 0


def test_every_write_a_reader_tries_is_refused_by_the_server(accounts, capsys, tmp_path):
    _owner, reader, _editor, meeting_id = accounts
    db = open_database(reader)
    try:
        with pytest.raises(BadDatabase) as refused:  # the unit of work, as the window asks
            db.transaction().__enter__()
        assert refused.value.problem is Problem.READ_ONLY_ROLE
        for statement in ("UPDATE agenda_item SET title_en = 'x'", "DELETE FROM term",
                          "INSERT INTO term (term_en, term_es, acronym_en, acronym_es, note) "
                          "VALUES ('a', 'b', '', '', '')", "UPDATE alembic_version SET "
                          "version_num = '0001'"):
            with pytest.raises(BadDatabase) as refused, db.engine.begin() as conn:
                conn.execute(text(statement))  # past the window's checks: the server says no
            assert refused.value.problem is Problem.READ_ONLY_ROLE, statement
            assert "may only read this database" in str(refused.value)
    finally:
        db.close()
    csv = tmp_path / "list.csv"
    csv.write_text("Name,Surname\nAna,Ruiz\n", encoding="utf-8")
    assert cli_main(["import", "delegates", str(csv), "--database", reader.url(password=True),
                     "--meeting", str(meeting_id), "--party", "mx"]) != 0
    assert "your account on the server may only read this database" in capsys.readouterr().err


def test_an_editor_writes_but_cannot_change_the_schema_revision(accounts):
    _owner, _reader, editor, _meeting = accounts
    db = open_database(editor)
    try:
        assert not db.read_only
        with db.transaction() as s:
            s.execute(text("UPDATE term SET note = note"))
        with pytest.raises(BadDatabase) as refused, db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = version_num"))
        assert refused.value.problem is Problem.READ_ONLY_ROLE
    finally:
        db.close()
