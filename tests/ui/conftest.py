import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from bescapp.app import Application
from bescapp.cli import main as cli_main


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "demo.db"
    assert cli_main(["demo", "--database", str(path)]) == 0
    return path


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
