"""Shared fixtures. Qt must run offscreen before any QApplication exists."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path, monkeypatch):
    """Settings, data and the default database live under tmp_path, never the real home."""
    home = tmp_path / "home"
    monkeypatch.setenv("BESCAPP_HOME", str(home))
    monkeypatch.delenv("BESCAPP_DATABASE", raising=False)


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
