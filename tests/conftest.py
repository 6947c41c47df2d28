"""Shared fixtures. Qt must run offscreen before any QApplication exists."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


def pytest_addoption(parser):
    parser.addoption("--update-reference", action="store_true", default=False,
                     help="rewrite tests/_reference/ from the documents exported now "
                          "(tests/export/test_reference_xml.py)")


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path, monkeypatch):
    """Settings, data and the default database live under tmp_path, never the real home."""
    home = tmp_path / "home"
    monkeypatch.setenv("BESCAPP_HOME", str(home))
    monkeypatch.delenv("BESCAPP_DATABASE", raising=False)


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch):
    """Messages in English unless a test asks otherwise, whatever the machine's locale;
    a test (or a CLI run, or a window) that switches the messages language is undone."""
    from bescapp.i18n import catalogue

    monkeypatch.setenv("BESCAPP_LANGUAGE", "en")
    catalogue.use("en")
    yield
    catalogue.use("en")


@pytest.fixture(scope="session")
def test_server():
    """The PostgreSQL server ``BESCAPP_TEST_DATABASE`` names (tests/server.py), else None."""
    from tests.server import TestServer, configured

    url = configured()
    if url is None:
        yield None
        return
    server = TestServer(url)
    yield server
    server.drop_all()


def _server_copy(server, template: str, make):
    """(an open database copied from ``template``, the template's value); dropped after."""
    from bescapp.store.database import open_database

    _address, value = server.template(template, make)
    address = server.fresh(template)
    db = open_database(address)
    try:
        yield db, value
    finally:
        db.close()
        server.drop(address)


def _demo_into(address):
    from bescapp.store.database import open_database
    from bescapp.store.demo import load_demo

    db = open_database(address)
    try:
        with db.transaction() as session:
            return load_demo(session)
    finally:
        db.close()


@pytest.fixture
def demo_db(test_server):
    """A database holding the demo plenary (in memory; on the test server when
    ``BESCAPP_TEST_DATABASE`` names one); yields (db, meeting_id)."""
    if test_server is not None:
        yield from _server_copy(test_server, "demo", _demo_into)
        return
    from bescapp.store.database import open_in_memory
    from bescapp.store.demo import load_demo

    db = open_in_memory()
    with db.transaction() as session:
        meeting_id = load_demo(session)
    yield db, meeting_id
    db.close()


@pytest.fixture(params=["us", "mx"])
def fresh_side(request):
    """Each side, for ``fresh_path`` and ``fresh_db``."""
    return request.param


def _init_file(tmp_path, side):
    from bescapp.cli import main as cli_main

    path = tmp_path / f"fresh-{side}.db"
    assert cli_main(["init", "--database", str(path), "--side", side]) == 0
    return path


@pytest.fixture
def fresh_path(fresh_side, tmp_path):
    """A database file made the way ``bescapp init --side`` makes one, for each side:
    the starter rows and our side, nothing else. Yields (path, side)."""
    return _init_file(tmp_path, fresh_side), fresh_side


def _init_into(side):
    def make(address):
        from bescapp.cli import main as cli_main

        assert cli_main(["init", "--database", address.url(password=True), "--side", side]) == 0
        return side
    return make


@pytest.fixture
def fresh_db(fresh_side, test_server, tmp_path):
    """An open database made by ``init`` (both sides, as ``fresh_path``; on the test server
    when ``BESCAPP_TEST_DATABASE`` names one); yields (db, side)."""
    if test_server is not None:
        yield from _server_copy(test_server, f"init_{fresh_side}", _init_into(fresh_side))
        return
    from bescapp.store.database import open_database

    db = open_database(_init_file(tmp_path, fresh_side))
    yield db, fresh_side
    db.close()


@pytest.fixture
def fresh_location(fresh_side, test_server, tmp_path):
    """Where a database made by ``init`` is: a file (as ``fresh_path``), or a database of
    its own on the test server when ``BESCAPP_TEST_DATABASE`` names one. Yields
    (Path or ServerAddress, side); for code that opens it itself (the command line,
    several processes at once)."""
    if test_server is None:
        yield _init_file(tmp_path, fresh_side), fresh_side
        return
    test_server.template(f"init_{fresh_side}", _init_into(fresh_side))
    address = test_server.fresh(f"init_{fresh_side}")
    try:
        yield address, fresh_side
    finally:
        test_server.drop(address)


SERVER_FIXTURES = {"test_server", "demo_db", "fresh_db", "fresh_location"}


def pytest_collection_modifyitems(config, items):
    """On a test server, only the tests whose database it gives: the others open their own
    files or memory databases, and the SQLite run has run them already."""
    from tests.server import configured

    if configured() is None:
        return
    keep = [item for item in items if SERVER_FIXTURES & set(getattr(item, "fixturenames", ()))]
    left = [item for item in items if item not in keep]
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = keep
