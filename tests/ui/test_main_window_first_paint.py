"""The Meetings workspace painted from sqlite3 before SQLAlchemy loads, then the same
rows, order and selection through the ORM (docs/design.md, "Start-up")."""

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from bescapp.app import Application, run_window
from bescapp.settings import Settings
from bescapp.store import first_rows
from bescapp.store.files import SCHEMA_HEAD, examine
from bescapp.ui.main_window import MainWindow

SCHEMAS = Path(__file__).parents[1] / "_databases"


def shown(page):
    """The table's text, row by row, and which rows are in bold."""
    model = page.table.model()
    return [([model.index(r, c).data() for c in range(model.columnCount())],
             model.index(r, 0).data(Qt.ItemDataRole.FontRole) is not None)
            for r in range(model.rowCount())]


def test_the_rows_painted_first_are_the_rows_the_database_then_shows(
        qtbot, qapp, demo_path):
    app = Application(qapp, "es", interactive=False)
    qtbot.addWidget(app.window)
    rows = first_rows.meeting_rows(demo_path)
    eleventh = rows[-2].id
    assert app.window.show_first_rows(rows, eleventh)
    app.window.show()
    page = app.window.meetings
    first = shown(page)
    assert app.context.db is None  # SQLAlchemy's database is not open yet
    assert len(first) == len(rows)
    assert first[-2][0][0] == "XI Reunión Plenaria"
    assert [bold for _texts, bold in first].count(True) == 1
    assert first[-2][1]  # the current meeting in bold
    assert page.selected_id() == eleventh
    assert not page.edit_button.isEnabled()  # editing waits for the database
    Settings().remember_meeting(demo_path, eleventh)
    try:
        assert app.open(demo_path)
        assert shown(page) == first
        assert page.selected_id() == eleventh == app.context.meeting_id
        assert page.edit_button.isEnabled()
    finally:
        app.set_language("en")  # the Spanish translators go: later tests read English
        app.context.set_database(None)
        qapp.aboutToQuit.disconnect(app._save_state)  # a later quit finds no window here


def _spy(monkeypatch):
    calls = []
    show = MainWindow.show_first_rows

    def spying(window, rows, current):
        painted = show(window, rows, current)
        calls.append((len(rows), current, painted))
        return painted

    monkeypatch.setattr(MainWindow, "show_first_rows", spying)
    return calls


def test_the_window_paints_the_demo_from_sqlite3_at_the_remembered_meeting(
        qapp, demo_path, monkeypatch):
    calls = _spy(monkeypatch)
    rows = first_rows.meeting_rows(demo_path)
    Settings().remember_meeting(demo_path, rows[0].id)
    assert run_window(demo_path, "en", exit_when_loaded=True) == 0
    assert calls == [(len(rows), rows[0].id, True)]


def test_an_older_file_and_another_workspace_take_the_normal_path(
        qapp, demo_path, tmp_path, monkeypatch):
    calls = _spy(monkeypatch)
    old = tmp_path / "old.db"
    shutil.copy(SCHEMAS / "schema-0004.db", old)
    assert run_window(old, "en", exit_when_loaded=True) == 0  # upgraded, then painted
    assert examine(old) == SCHEMA_HEAD
    assert calls == []  # not even read
    assert run_window(demo_path, "en", exit_when_loaded=True, workspace="agenda") == 0
    assert calls == []


def test_rows_painted_first_go_when_the_database_then_refuses_to_open(
        qapp, demo_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    import bescapp.store.database as database
    from bescapp.store.files import BadDatabase, Problem
    from bescapp.ui.meetings.view import MeetingsWorkspace

    def held(path, **_kw):
        raise BadDatabase(path, Problem.LOCKED)

    said = []

    def critical(_parent, _title, text):
        said.append(text)
        QTimer.singleShot(0, qapp.quit)

    shown_rows = []
    show = MeetingsWorkspace.show_first_rows

    def recording(page, rows):
        show(page, rows)
        shown_rows.append((len(rows), page.model.rowCount(), page.selected_id()))

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the window sets its own
    monkeypatch.setattr(database, "open_database", held)
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    monkeypatch.setattr(MeetingsWorkspace, "show_first_rows", recording)
    rows = first_rows.meeting_rows(demo_path)
    assert run_window(demo_path, "en") == 0  # interactive: the message box, then quit
    assert len(said) == 1
    assert "in use by another program" in said[0]
    assert shown_rows == [(len(rows), len(rows), rows[-1].id), (0, 0, None)]


def test_the_first_paint_needs_neither_sqlalchemy_nor_the_entities():
    import subprocess

    code = ("import sys, bescapp.app, bescapp.store.first_rows, bescapp.ui.meetings.view\n"
            "print(sorted(n for n in sys.modules if n.split('.')[0] == 'sqlalchemy'\n"
            "             or n == 'bescapp.model.entities'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=Path(__file__).parents[2], check=True)
    assert result.stdout.strip() == "[]"
