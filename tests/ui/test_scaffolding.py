"""The UI tests' own scaffolding fails when it should: a window left open, a model's wrong
signal. Each case runs in a pytest of its own (a model tester's failure aborts the process)."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]

HEADER = """
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import _no_windows_left, model_tester  # noqa: F401

KEPT = []


class Rows(QAbstractListModel):
    def __init__(self):
        super().__init__()
        self.count = 0

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self.count

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return str(index.row()) if role == Qt.ItemDataRole.DisplayRole else None

    def add_row(self, *, honestly=True):
        self.beginInsertRows(QModelIndex(), self.count, self.count)
        if honestly:
            self.count += 1
        self.endInsertRows()
"""


def run_pytest(tmp_path, body):
    test_file = tmp_path / "test_case.py"
    test_file.write_text(HEADER + textwrap.dedent(body))
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider", "--rootdir",
         str(tmp_path), str(test_file)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_a_window_left_open_fails_its_test_and_the_next_starts_clean(tmp_path):
    result = run_pytest(tmp_path, """
        def test_leaves_a_window_open(qapp):
            window = QWidget()
            window.setWindowTitle("Forgotten")
            window.show()
            KEPT.append(window)


        def test_closes_its_window(qtbot):
            window = QWidget()
            qtbot.addWidget(window)
            window.show()
    """)
    out = result.stdout
    assert "test_leaves_a_window_open PASSED" in out
    assert "test_leaves_a_window_open ERROR" in out
    assert "windows left open after the test: [\"QWidget 'Forgotten'\"]" in out
    assert "test_closes_its_window PASSED" in out
    assert "2 passed, 1 error" in out  # the first fails in its teardown


@pytest.mark.parametrize(("honestly", "outcome"), [(True, "passes"), (False, "aborts")])
def test_the_model_tester_stops_a_model_that_signals_rows_it_does_not_have(
        tmp_path, honestly, outcome):
    result = run_pytest(tmp_path, f"""
        def test_rows_are_added(model_tester):
            model = Rows()  # referenced by the fixture only once this test returns
            model_tester(model)
            model.add_row()
            model.add_row(honestly={honestly})
    """)
    if outcome == "passes":
        assert result.returncode == 0, result.stdout + result.stderr
        assert "1 passed" in result.stdout
    else:
        assert result.returncode != 0
        assert "passed" not in result.stdout
        assert "Fatal Python error: Aborted" in result.stderr
        assert "in add_row" in result.stderr  # at the lie, not later


def bescapp_item_models():
    """Every item model class bescapp/ui defines."""
    import importlib
    import pkgutil

    from PySide6.QtCore import QAbstractItemModel

    import bescapp.ui

    found = set()
    for info in pkgutil.walk_packages(bescapp.ui.__path__, "bescapp.ui."):
        module = importlib.import_module(info.name)
        found |= {value.__name__ for value in vars(module).values()
                  if isinstance(value, type) and issubclass(value, QAbstractItemModel)
                  and value.__module__ == module.__name__}
    return found


def test_the_window_watches_every_item_model_of_every_workspace(app, watched_models):
    window = app.window
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
    ours = bescapp_item_models()
    assert ours == {"AgendaModel", "LinesModel", "LinesFilter", "DelegationListModel",
                    "MeetingsModel", "ChecksModel", "TermsModel"}
    assert ours <= {type(model).__name__ for model in watched_models}
