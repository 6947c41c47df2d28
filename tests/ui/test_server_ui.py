"""File ▸ Connect to server… and Copy this database to a server…: the dialog, what is
remembered (never the password), a server that cannot be reached, and with the test
server (``BESCAPP_TEST_DATABASE``; .ci/run runs this file on it) the copy and the open."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from bescapp.model.entities import Meeting
from bescapp.settings import Settings
from bescapp.store.address import ServerAddress
from bescapp.ui.database.server_dialog import ServerChoice, ServerDialog


def test_the_dialog_gives_an_address_with_the_password_typed(qtbot):
    dialog = ServerDialog(ServerAddress("delegacion", "ana", "db.example", 5433))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.database.setText("")
    assert not ok.isEnabled()  # a server and a database are needed
    dialog.database.setText("delegacion")
    dialog.password.setText("s3creta")
    choice = dialog.value()
    assert choice.address == ServerAddress("delegacion", "ana", "db.example", 5433)
    assert choice.address.password == "s3creta"
    assert not choice.keep_password  # no keyring offered: never kept
    assert not dialog.keep.isEnabled()


def test_the_server_is_remembered_and_the_password_never(tmp_path):
    settings = Settings(tmp_path / "bescapp.ini")
    address = ServerAddress("delegacion", "ana", "db.example", None, "s3creta")
    settings.last_server = address
    settings.remember_database(address)
    settings.remember_meeting(address, 7)
    settings.sync()
    assert "s3creta" not in (tmp_path / "bescapp.ini").read_text()
    again = Settings(tmp_path / "bescapp.ini")
    assert again.last_server == address
    assert again.last_server.password is None
    assert again.recent_databases[0] == "postgresql+psycopg://ana@db.example/delegacion"
    assert again.meeting_of(address) == 7


def _choose(monkeypatch, address, keep=False):
    monkeypatch.setattr(ServerDialog, "choose", lambda self: ServerChoice(address, keep))


def test_a_server_that_cannot_be_reached_is_said_and_the_file_stays_open(app, monkeypatch, tmp_path):
    said = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: said.append(a[2])))
    before = app.context.db
    _choose(monkeypatch, ServerAddress("delegacion", "ana", str(tmp_path / "nowhere")))
    app.connect_to_server()
    assert len(said) == 1
    assert "cannot be reached" in said[0]
    assert "Nothing on the server has been changed." in said[0]
    assert app.context.db is before


@pytest.fixture
def server(test_server):
    if test_server is None:
        pytest.skip("needs the test server (BESCAPP_TEST_DATABASE; tools/test-server)")
    return test_server


def test_the_demo_file_copied_to_a_server_opens_there(app, server, monkeypatch):
    target = server.fresh()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    _choose(monkeypatch, target)
    meeting = app.context.meeting_id
    app.copy_to_server()
    try:
        assert len(asked) == 1
        assert "were copied to " + str(target) in asked[0]
        assert "counted the same on both sides" in asked[0]
        assert app.context.db.on_server
        assert app.context.meeting_id == meeting  # the same ids on the server
        with app.context.db.session() as session:
            assert session.get(Meeting, meeting).number == 12
        assert app.settings.recent_databases[0] == str(target)
        assert app.settings.last_server == target
        # Copying into it again is refused: it holds a database of its own now.
        warned = []
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warned.append(a[2])))
        app.copy_to_server()
        assert len(warned) == 1
        assert "already holds a database of its own" in warned[0]
        app.context.set_database(None)
        _choose(monkeypatch, target)
        app.connect_to_server()  # and File ▸ Connect to server… opens it
        assert app.context.db.on_server
        assert app.window.windowTitle().endswith(f"{target.database} — bescapp")
    finally:
        app.context.set_database(None)
        server.drop(target)
