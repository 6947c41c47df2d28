"""A read-only database in every workspace: editing controls off, reading and export on."""

import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox
from pytestqt.qt_compat import qt_api

from bescapp.store.database import open_database
from bescapp.ui.read_only import EditControls

NO_DRAG = QAbstractItemView.DragDropMode.NoDragDrop
NO_EDITS = QAbstractItemView.EditTrigger.NoEditTriggers


@pytest.fixture
def read_only_app(app, demo_path):
    """The window on the demo opened read-only (as ``check`` opens a file, no chattr)."""
    meeting_id = app.context.meeting_id  # the demo's 12th plenary
    assert meeting_id is not None
    app.context.set_database(open_database(demo_path, read_only=True))
    app.context.set_meeting(meeting_id)
    return app


def test_the_window_says_so_in_both_languages_and_offers_no_undo(read_only_app):
    window = read_only_app.window
    assert read_only_app.context.read_only
    assert window.read_only_banner.isVisible()
    assert "You can read, filter and export" in window.read_only_banner.text()
    for action in (window.undo_action, window.redo_action, window.database_settings_action):
        assert not action.isEnabled()
    read_only_app.context.undo_stack.canUndoChanged.emit(True)  # the stack cannot turn it on
    assert not window.undo_action.isEnabled()
    assert window.backup_action.isEnabled()
    assert window.open_action.isEnabled()
    read_only_app.set_language("es")
    assert window.read_only_banner.text().startswith("Esta base de datos es de solo lectura")
    assert window.read_only_label.text() == "Solo lectura: no se pueden guardar cambios"


def opened_for_reading(monkeypatch, dialog_class):
    """Opening ``dialog_class`` answers at once, after noting what a reader could do in it:
    the texts it shows, whether any text can be typed in, any choice or button pressed
    besides Close."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDialogButtonBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    seen = {}

    def exec_(dialog):
        texts = dialog.findChildren(QLineEdit)
        seen["texts"] = [t.text() for t in texts if t.text()]
        boxes = [*texts, *dialog.findChildren(QPlainTextEdit), *dialog.findChildren(QTextEdit)]
        seen["typable"] = [t.objectName() or type(t).__name__ for t in boxes
                           if not t.isReadOnly() and t.isEnabled()]
        box = dialog.buttons
        seen["answers"] = [b.text() for b in box.buttons()]
        seen["title"] = dialog.windowTitle()
        seen["pressable"] = [w.text() if isinstance(w, QAbstractButton) else w.currentText()
                             for w in dialog.findChildren(QWidget)
                             if isinstance(w, (QComboBox, QAbstractButton))
                             and w.isEnabled() and not box.isAncestorOf(w)]
        box.button(QDialogButtonBox.StandardButton.Close).click()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


def test_meetings(read_only_app, monkeypatch):
    from bescapp.ui.meetings.dialog import MeetingDialog

    page = read_only_app.window.meetings
    page.select(read_only_app.context.meeting_id)
    for control in (page.new_button, page.next_button, page.next_action, page.delete_button):
        assert not control.isEnabled()
    assert page.current_button.isEnabled()  # choosing the current meeting only reads
    # Edit… reads the meeting: its details shown, nothing to change, Close its one answer
    assert page.edit_button.isEnabled()
    assert page.edit_button.text() == "V&iew…"
    seen = opened_for_reading(monkeypatch, MeetingDialog)
    page.edit_button.click()
    assert "Mexico City" in seen["texts"]
    assert seen["typable"] == []
    assert seen["pressable"] == []
    assert seen["answers"] == ["Close"]
    assert seen["title"] == "Meeting details"
    assert read_only_app.context.undo_stack.count() == 0
    read_only_app.set_language("es")
    assert page.edit_button.text() == "Ve&r…"
    page.edit_button.click()
    assert "Ciudad de México" in seen["texts"]
    assert seen["answers"] == ["Cerrar"]
    assert seen["title"] == "Datos de la reunión"


def test_agenda(read_only_app, qtbot):
    page = read_only_app.window.agenda
    assert page.model.ids()
    assert all(not button.isEnabled() for button in page.buttons.values())
    assert page.tree.dragDropMode() == NO_DRAG
    assert not page.tree.acceptDrops()
    assert page.editor.texts["title"]["en"].isReadOnly()
    assert page.editor.texts["talking_points"]["es"].isReadOnly()
    assert not page.editor.kind.isEnabled()
    assert page.editor.duration.isReadOnly()
    assert page.export_button.isEnabled()
    assert page.export_language.isEnabled()
    # the keys of the outliner click disabled buttons: nothing moves, nothing is asked
    order = page.model.ids()
    page.select(order[1])
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.tree, Qt.Key.Key_Tab)
    assert page.model.ids() == order
    # a lead cannot be ticked, yet the list still scrolls and shows who leads
    leads = page.editor.leads
    assert leads.isEnabled()
    page._load_candidates()  # (the tree lists them on a timer; here at once)
    assert leads.count() > 0
    entry = leads.item(0)
    before = entry.checkState()
    box = leads.visualItemRect(entry)
    qtbot.mouseClick(leads.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(box.left() + 10, box.center().y()))
    leads.setCurrentItem(entry)
    qtbot.keyClick(leads, Qt.Key.Key_Space)
    assert entry.checkState() == before


def test_delegations(read_only_app, monkeypatch):
    from bescapp.ui.delegations.member_dialog import MemberDialog

    page = read_only_app.window.delegations
    page.sections["US"].table.selectRow(0)
    for button in (page.add_button, page.remove_button, page.up_button,
                   page.down_button, page.agencies_button, page.copy_button, page.import_button):
        assert not button.isEnabled()
    assert page.export_button.isEnabled()
    # a double-click on a member reads their details: nothing to change, Close the answer
    assert page.edit_button.text() == "Vie&w…"
    seen = opened_for_reading(monkeypatch, MemberDialog)
    table = page.sections["US"].table
    table.doubleClicked.emit(table.model().index(0, 0))
    assert seen["texts"], "the member's details are shown"
    assert seen["typable"] == []
    assert seen["pressable"] == []
    assert seen["answers"] == ["Close"]
    assert seen["title"] == "Member details"
    assert read_only_app.context.undo_stack.count() == 0
    for section in page.sections.values():
        assert section.model.rowCount() > 0
        assert section.table.dragDropMode() == NO_DRAG
        assert not section.table.dragEnabled()


def test_action_plans_filter_but_do_not_edit(read_only_app, monkeypatch):
    from bescapp.ui.actions.editor import LineEditor
    from bescapp.ui.actions.plan_dialog import PlanDialog

    page = read_only_app.window.actions
    page.table.selectRow(0)
    for button in (page.new_line_button, page.delete_line_button,
                   page.update_button, page.new_plan_button,
                   page.edit_update_button, page.remove_update_button):
        assert not button.isEnabled()
    # a line's and a plan's details are read, not edited
    for button, dialog, title in ((page.edit_line_button, LineEditor, "Line of action details"),
                                  (page.edit_plan_button, PlanDialog, "Action plan details")):
        assert button.text().replace("&", "").startswith("View")
        seen = opened_for_reading(monkeypatch, dialog)
        button.click()
        assert seen["texts"]
        assert seen["typable"] == []
        assert seen["pressable"] == []
        assert seen["answers"] == ["Close"]
        assert seen["title"] == title
    assert read_only_app.context.undo_stack.count() == 0
    assert page.export_button.isEnabled()
    everything = page.proxy.rowCount()
    page.search.setText("zzz-no-such-line")
    assert page.proxy.rowCount() == 0 < everything
    page.search.clear()
    assert page.proxy.rowCount() == everything


def test_communique(read_only_app, monkeypatch):
    page = read_only_app.window.communique
    assert page.pairs
    for name in ("generate", "add", "split", "merge", "up", "down", "delete", "save"):
        assert not page.actions_by_name[name].isEnabled(), name
    assert not page.buttons["save"].isEnabled()
    assert page.buttons["export"].isEnabled()
    assert page.buttons["compare"].isEnabled()
    for pair in page.pairs.values():
        assert pair.editors["en"].isReadOnly()
        assert pair.editors["es"].isReadOnly()
        assert not pair.status.isEnabled()
    termbase = page.termbase
    assert termbase.table.editTriggers() == NO_EDITS
    assert not termbase.add_button.isEnabled()
    assert not termbase.delete_button.isEnabled()


def test_export_still_writes(read_only_app, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: None))
    window = read_only_app.window
    window.show_workspace("export")
    page = window.export
    page.choose("agenda", "es")
    assert page.preflight.topLevelItemCount() > 0  # the pre-flight reads the database
    target = tmp_path / "orden.docx"
    page.output.setText(str(target))
    page._path_edited = True
    # The worker writes on this thread: after an earlier test ran the window's own event
    # loop to its end (test_main_window), a thread's signals no longer arrive here.
    from bescapp.ui.export.worker import ExportWorker

    monkeypatch.setattr(ExportWorker, "start", lambda worker: worker.run())
    finished = []
    page.export_finished.connect(finished.append)
    page.export_button.click()
    assert finished == [True]
    assert target.stat().st_size > 0


def test_a_writable_database_gives_the_controls_back(read_only_app, demo_path):
    window = read_only_app.window
    agenda, meetings = window.agenda, window.meetings
    read_only_app.open(demo_path)
    assert not read_only_app.context.read_only
    assert not window.read_only_banner.isVisible()
    assert window.database_settings_action.isEnabled()
    assert all(button.isEnabled() for button in agenda.buttons.values())
    assert not agenda.editor.texts["title"]["en"].isReadOnly()
    assert agenda.tree.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert meetings.new_button.isEnabled()


def test_controls_enabled_meanwhile_come_back_as_asked(qapp):
    from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

    holder = QWidget()
    on, off, text = QPushButton(holder), QPushButton(holder), QLineEdit(holder)
    off.setEnabled(False)
    controls = EditControls(holder)
    controls.add(on, off, text)
    controls.set_read_only(True)
    assert not on.isEnabled()
    assert not off.isEnabled()
    assert text.isReadOnly()
    off.setEnabled(True)  # a selection changed meanwhile: overruled, remembered
    assert not off.isEnabled()
    late = QPushButton(holder)
    controls.add(late)  # added while read-only: off at once
    assert not late.isEnabled()
    controls.set_read_only(False)
    assert on.isEnabled()
    assert off.isEnabled()
    assert late.isEnabled()
    assert not text.isReadOnly()


def test_a_refused_edit_says_so_and_prints_no_traceback(read_only_app, monkeypatch, capfd):
    """An edit that gets through anyway (here the button's signal, sent by hand) ends in
    the message box, not in a traceback or "Something went wrong"."""
    told, unexpected = [], []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, title, text, *a: told.append(title)))
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda *a, **k: unexpected.append(a)))
    seen = []
    monkeypatch.setattr(read_only_app, "_previous_hook", lambda *a: seen.append(a))
    page = read_only_app.window.agenda
    page.buttons["below"].clicked.emit()  # the slot runs, as from a stray shortcut
    qt_api.QtWidgets.QApplication.processEvents()
    assert told == ["Not saved"]
    assert unexpected == []
    assert seen == []
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err
    assert read_only_app.context.undo_stack.count() == 0


@pytest.mark.skipif(sys.platform != "linux", reason="chattr is Linux's")
def test_an_immutable_file_disables_editing_too(qapp, qtbot, demo_path, monkeypatch):
    from bescapp.app import Application

    if subprocess.run(["chattr", "+i", str(demo_path)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file immutable here")
    try:
        monkeypatch.setattr(QMessageBox, "critical", staticmethod(
            lambda *a, **k: pytest.fail("a read-only database was refused")))
        application = Application(qapp, "es", interactive=True)
        qtbot.addWidget(application.window)
        assert application.open(demo_path)
        window = application.window
        window.show()
        assert window.read_only_banner.isVisible()
        assert not window.meetings.new_button.isEnabled()
        window.show_workspace("communique")
        assert not window.communique.actions_by_name["generate"].isEnabled()
        application.context.set_database(None)
    finally:
        subprocess.run(["chattr", "-i", str(demo_path)], capture_output=True)


def test_an_empty_read_only_database_asks_nothing_it_could_not_store(qapp, qtbot, fresh_path,
                                                                     monkeypatch):
    """No demo is offered (nor the side asked) when the answer could not be saved."""
    from bescapp.app import Application
    from bescapp.store import database

    monkeypatch.setattr(database, "writable", lambda _path: False)
    asked = []
    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda *a, kind=kind, **k: asked.append((kind, a[1]))))
    path, _side = fresh_path
    application = Application(qapp, "en", interactive=True)
    qtbot.addWidget(application.window)
    assert application.open(path)
    application.window.show()
    assert application.context.read_only
    assert asked == []
    assert application.window.read_only_banner.isVisible()
    assert not application.window.meetings.new_button.isEnabled()
    application.context.set_database(None)


def test_versions_compare_without_a_delete_button(app, demo_path, monkeypatch):
    from bescapp.store import communique
    from bescapp.ui.communique.compare import CompareDialog

    with app.context.db.transaction() as session:  # a saved version, while it is writable
        communique.save_version(session, app.context.meeting_id, "Rev. 1")
    meeting_id = app.context.meeting_id
    app.context.set_database(open_database(demo_path, read_only=True))
    app.context.set_meeting(meeting_id)
    read_only_app = app

    shown = []
    monkeypatch.setattr(CompareDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *a, **k: pytest.fail("the demo has versions")))
    read_only_app.window.communique.buttons["compare"].click()
    [dialog] = shown
    assert dialog.delete is None
    assert dialog.delete_button.isHidden()
    assert dialog.views["es"].toPlainText()  # the versions can be read
