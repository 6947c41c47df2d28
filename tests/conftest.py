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


@pytest.fixture
def demo_db():
    """An in-memory database holding the demo plenary; yields (db, meeting_id)."""
    from bescapp.store.database import open_in_memory
    from bescapp.store.demo import load_demo

    db = open_in_memory()
    with db.transaction() as session:
        meeting_id = load_demo(session)
    yield db, meeting_id
    db.close()


@pytest.fixture(params=["us", "mx"])
def fresh_path(request, tmp_path):
    """A database file made the way ``bescapp init --side`` makes one, for each side:
    the starter rows and our side, nothing else. Yields (path, side)."""
    from bescapp.cli import main as cli_main

    path = tmp_path / f"fresh-{request.param}.db"
    assert cli_main(["init", "--database", str(path), "--side", request.param]) == 0
    return path, request.param


@pytest.fixture
def fresh_db(fresh_path):
    """An open database made by ``init`` (both sides, as ``fresh_path``); yields (db, side)."""
    from bescapp.store.database import open_database

    path, side = fresh_path
    db = open_database(path)
    yield db, side
    db.close()
