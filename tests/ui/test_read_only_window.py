"""A database the window may only read: it opens, says so, and refuses edits with a message."""

import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QMessageBox

from bescapp.app import Application, bad_database_text
from bescapp.store.files import BadDatabase, Problem
from bescapp.ui.context import EditNotSaved
from bescapp.ui.meetings.dialog import MeetingDialog


@pytest.fixture
def read_only_demo(demo_path):
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    if subprocess.run(["chattr", "+i", str(demo_path)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file immutable here")
    yield demo_path
    subprocess.run(["chattr", "-i", str(demo_path)], capture_output=True)


def test_a_read_only_database_opens_says_so_and_refuses_edits(qapp, qtbot, read_only_demo,
                                                               monkeypatch):
    before = read_only_demo.read_bytes()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, text, *a: warned.append((title, text))))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(
        lambda *a, **k: pytest.fail("a read-only database was refused")))
    application = Application(qapp, "en", interactive=True)
    qtbot.addWidget(application.window)
    assert application.open(read_only_demo)
    application.window.show()
    window = application.window
    assert application.context.read_only
    label = window.read_only_label
    assert label.isVisible()
    assert label.text() == "Read-only: changes cannot be saved"
    assert window.read_only_banner.isVisible()
    assert window.read_only_banner.text().startswith("This database is read-only")
    assert not window.meetings.new_button.isEnabled()
    assert window.meetings.model.rowCount() >= 12  # everything can be read

    def fill(dialog):
        dialog.number.setValue(13)
        dialog.city_en.setText("Washington, D.C.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", fill)
    rows = window.meetings.model.rowCount()
    with pytest.raises(EditNotSaved):  # an edit that gets past the disabled buttons
        window.meetings.new_meeting()
    assert warned == [("Not saved", "This database is read-only: its file or folder cannot be "
                                    "written. The change was not saved.")]
    assert window.meetings.model.rowCount() == rows
    assert application.context.undo_stack.count() == 0
    application.context.set_database(None)
    assert read_only_demo.read_bytes() == before


def test_the_texts_for_files_that_are_not_damaged(tmp_path):
    path = tmp_path / "x.db"
    assert bad_database_text(BadDatabase(path, Problem.LOCKED)).startswith(
        f"{path} is in use by another program. Try again in a moment.")
    assert "empty (zero bytes)" in bad_database_text(BadDatabase(path, Problem.EMPTY))
    assert "damaged" not in bad_database_text(BadDatabase(path, Problem.READ_ONLY_OLD))
