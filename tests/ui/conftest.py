from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractProxyModel
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

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


def item_models(page):
    """The item models a workspace shows (and the source behind each proxy)."""
    models = []
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        while model is not None and model not in models:
            models.append(model)
            model = model.sourceModel() if isinstance(model, QAbstractProxyModel) else None
    return models


@pytest.fixture
def watched_models(monkeypatch, model_tester):
    """Every workspace the window builds gets a model tester on each of its item models,
    so a test driving the window also checks each model's signals. Yields the models."""
    from bescapp.ui.main_window import MainWindow

    watched = []
    build = MainWindow._page

    def page_with_testers(window, index):
        built = index in window._pages
        page = build(window, index)
        if not built:
            for model in item_models(page):
                model_tester(model)
                watched.append(model)
        return page

    monkeypatch.setattr(MainWindow, "_page", page_with_testers)
    return watched


@pytest.fixture
def app(qtbot, qapp, demo_path, monkeypatch, watched_models):
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


HERE = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    """Every test under tests/ui is marked ``ui``: ``-m "not ui"`` runs the core alone."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.ui)


def open_windows():
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.fixture(autouse=True)
def _no_windows_left(qapp):
    """A test closes every window it opened (``qtbot.addWidget`` does it for a widget it
    is given): one left open fails the test here, after it is closed so the next starts clean."""
    yield
    QApplication.processEvents()
    left = open_windows()
    names = [f"{type(w).__name__} {w.windowTitle()!r}" for w in left]
    for window in left:
        window.close()
        window.deleteLater()
    QApplication.processEvents()
    assert not names, f"windows left open after the test: {names}"


@pytest.fixture
def model_tester():
    """``model_tester(model)`` checks ``model`` with Qt's QAbstractItemModelTester (Fatal:
    a wrong signal or index aborts the run) for the rest of the test. The testers are kept
    here: a tester nobody references is deleted at once and checks nothing."""
    testers = []  # (tester, model): the model too, so a test's local model lives as long

    def attach(model):
        tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        testers.append((tester, model))
        return tester

    yield attach
    assert all(tester.model() is model for tester, model in testers)
    testers.clear()


@pytest.fixture
def fresh_app(qtbot, qapp, fresh_path, monkeypatch, watched_models):
    """The application on a database made by ``init`` (both sides), in English.

    The demo it offers is declined: the window starts empty, as a delegation's own
    database does. Message boxes are recorded in ``messages`` as (kind, text)."""
    messages = []

    def record(kind, answer=None):
        return staticmethod(lambda *a, **k: messages.append((kind, a[2])) or answer)

    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    path, side = fresh_path
    application = Application(qapp, "en", interactive=True)
    application.messages = messages
    application.side = side.upper()
    qtbot.addWidget(application.window)
    assert application.open(path)
    application.window.show()
    yield application
    application.set_language("en")
    application.context.set_database(None)


@pytest.fixture(autouse=True)
def _side_question_answered_or_refused(monkeypatch):
    """The side question is modal: a test that opens a database without a side must
    answer it (monkeypatch SideDialog.exec); otherwise it fails here instead of waiting."""
    from bescapp.ui.database.side_dialog import SideDialog

    def unexpected(dialog):
        raise AssertionError("the side question was shown, and the test does not answer it")

    monkeypatch.setattr(SideDialog, "exec", unexpected)


@pytest.fixture
def answer_side(monkeypatch):
    """``answer_side("MX")`` makes the side question click Mexico (None: close it);
    returns the list of the dialogs asked, in order."""
    from bescapp.ui.database.side_dialog import SideDialog

    def set_answer(side):
        asked = []

        def answer(dialog):
            asked.append(dialog)
            if side is None:
                dialog.reject()
            else:
                dialog.buttons[side].click()
            return dialog.result()

        monkeypatch.setattr(SideDialog, "exec", answer)
        return asked

    return set_answer
