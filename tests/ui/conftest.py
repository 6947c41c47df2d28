import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from bescapp.app import Application
from bescapp.cli import main as cli_main
from bescapp.store.database import open_database
from bescapp.store.demo import load_demo
from bescapp.ui.context import AppContext


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "demo.db"
    assert cli_main(["demo", "--database", str(path)]) == 0
    return path


@pytest.fixture
def context(qapp, tmp_path):
    """An AppContext on a fresh demo database file, its current meeting the 12th plenary."""
    ctx = AppContext()
    ctx.set_database(open_database(tmp_path / "demo-context.db"))
    with ctx.db.transaction() as session:
        meeting_id = load_demo(session)
    ctx.set_meeting(meeting_id)
    yield ctx
    ctx.set_database(None)


@pytest.fixture
def app(qtbot, qapp, demo_path, monkeypatch):
    """The application on the demo database, in English, with no modal box left waiting."""
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    application = Application(qapp, "en", interactive=True)
    qtbot.addWidget(application.window)
    assert application.open(demo_path)
    application.window.show()
    yield application
    application.set_language("en")
    application.context.set_database(None)


@pytest.fixture(autouse=True)
def _no_windows_left(qapp):
    yield
    QApplication.processEvents()
