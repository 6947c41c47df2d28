"""The main window as a staffer uses it: workspaces, meetings, undo, language."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from bescapp.app import Application
from bescapp.ui.meetings.dialog import MeetingDialog


def meeting_names(window):
    model = window.meetings.model
    return [model.index(r, model.NAME).data() for r in range(model.rowCount())]


def test_opens_on_the_twelfth_plenary(app):
    window = app.window
    assert "12th Plenary Meeting" in window.windowTitle()
    assert "Mexico City" in window.windowTitle()
    assert meeting_names(window)[-1] == "12th Plenary Meeting"
    assert meeting_names(window)[0] == "1st Plenary Meeting"


def test_side_bar_switches_workspace(app, qtbot):
    window = app.window
    window.sidebar.setCurrentRow(window.ACTIONS)
    assert window.stack.currentIndex() == window.ACTIONS
    window.sidebar.setCurrentRow(window.MEETINGS)
    assert window.stack.currentWidget() is window.meetings


def test_keyboard_shortcuts_switch_workspace_and_name_the_standard_keys(app, qtbot):
    window = app.window
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.delegations
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.meetings
    shortcuts = {action.shortcut().toString() for action in
                 (window.new_action, window.open_action, window.quit_action, window.undo_action)}
    assert shortcuts == {"Ctrl+N", "Ctrl+O", "Ctrl+Q", "Ctrl+Z"}
    assert [k.toString() for k in window.redo_action.shortcuts()][-1] == "Ctrl+Y"


def test_workspaces_are_built_when_first_shown_in_the_language_of_the_moment(app):
    window = app.window
    assert [page.objectName() or type(page).__name__ for page in window.workspaces] == [
        "MeetingsWorkspace"]
    app.set_language("es")
    window.sidebar.setCurrentRow(window.ACTIONS)
    page = window.stack.currentWidget()
    assert page is window.actions
    assert page.model.rowCount() == 11
    assert page.language == "es"
    assert len(window.workspaces) == 2


def test_a_window_opened_on_another_workspace_selects_the_current_meeting_in_meetings(
        qapp, qtbot, demo_path):
    application = Application(qapp, "en", interactive=False)
    qtbot.addWidget(application.window)
    application.window.show_workspace("agenda")
    assert application.open(demo_path)
    window = application.window
    assert window.stack.currentWidget() is window.agenda
    assert window.meetings.selected_id() == application.context.meeting_id
    application.context.set_database(None)


def fill_thirteenth(dialog: MeetingDialog):
    dialog.number.setValue(13)
    dialog.city_en.setText("Washington, D.C.")
    dialog.city_es.setText("Washington, D.C.")


def test_create_a_meeting_through_the_dialog_then_undo_and_redo(app, monkeypatch):
    window = app.window

    def run(dialog):
        assert dialog.number.value() == 13  # suggested: the plenary after the latest
        assert dialog.host.currentData() == "US"  # the other party hosts next
        fill_thirteenth(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", run)
    twelfth = app.context.meeting_id
    window.meetings.new_meeting()
    assert meeting_names(window)[-1] == "13th Plenary Meeting"
    assert window.meetings.selected_id() is not None
    assert window.windowTitle().startswith("13th Plenary Meeting")  # the new one is current
    app.context.undo_stack.undo()
    assert "13th Plenary Meeting" not in meeting_names(window)
    assert app.context.meeting_id == twelfth  # back to the meeting current before
    assert not window.undo_action.isEnabled()  # loading the demo is not an undo step
    assert window.redo_action.isEnabled()
    app.context.undo_stack.redo()
    assert meeting_names(window)[-1] == "13th Plenary Meeting"
    assert window.windowTitle().startswith("13th Plenary Meeting")


def test_the_dialog_explains_a_meeting_that_ends_before_it_starts(app, monkeypatch):
    seen = {}

    def run(dialog):
        fill_thirteenth(dialog)
        dialog.end_date.setDate(dialog.start_date.date().addDays(-1))
        dialog.accept()
        seen["problems"] = dialog.problems.text()
        return QDialog.DialogCode.Rejected if not dialog.result() else dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", run)
    count = app.window.meetings.model.rowCount()
    app.window.meetings.new_meeting()
    assert seen["problems"] == "The meeting cannot end before it starts."
    assert app.window.meetings.model.rowCount() == count


def test_delete_asks_and_can_be_undone(app, monkeypatch):
    window = app.window
    window.meetings.select(app.context.meeting_id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    window.meetings.delete_meeting()
    assert "12th Plenary Meeting" in asked[0]
    assert "12th Plenary Meeting" not in meeting_names(window)
    assert app.context.meeting_id is None
    app.context.undo_stack.undo()
    assert "12th Plenary Meeting" in meeting_names(window)


def test_switching_to_spanish_changes_the_interface_at_once(app):
    window = app.window
    app.set_language("es")
    assert window.sidebar.item(window.MEETINGS).text() == "Reuniones"
    assert window.sidebar.item(window.ACTIONS).text() == "Planes de acción"
    assert window.file_menu.title() == "&Archivo"
    assert window.meetings.new_button.text() == "&Nueva reunión…"
    assert meeting_names(window)[-1] == "XII Reunión Plenaria"
    assert "4 de marzo de 2020" in window.windowTitle()
    assert "Ciudad de México" in window.windowTitle()
    model = window.meetings.model
    assert model.headerData(model.CITY, Qt.Orientation.Horizontal) == "Ciudad"
    assert window.undo_action.text() == "&Deshacer"
    assert window.redo_action.text() == "&Rehacer"
    app.set_language("en")
    assert window.sidebar.item(window.MEETINGS).text() == "Meetings"
    assert window.file_menu.title() == "&File"
    assert window.undo_action.text() == "&Undo"


def test_language_is_remembered(app, qapp):
    app.set_language("es")
    app.settings.sync()
    again = Application(qapp, None, interactive=False)
    assert again.language == "es"
    again.window.deleteLater()


def test_a_bad_file_from_the_open_menu_says_why_and_keeps_the_open_database(
        app, tmp_path, monkeypatch):
    bad = tmp_path / "letter.db"
    bad.write_text("Dear colleague", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: shown.append(a[2])))
    assert not app.open(bad)
    assert "letter.db is not a bescapp database" in shown[0]
    assert "The file has not been changed." in shown[0]
    assert bad.read_text(encoding="utf-8") == "Dear colleague"
    assert "12th Plenary Meeting" in app.window.windowTitle()


def test_an_empty_database_asks_our_side_then_offers_the_demo(qapp, qtbot, tmp_path,
                                                              monkeypatch):
    from bescapp.store import our_side
    from bescapp.ui.database.side_dialog import SideDialog

    asked = []

    def answer(dialog):
        asked.append("side")
        dialog.buttons["MX"].click()
        return dialog.result()

    monkeypatch.setattr(SideDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    application = Application(qapp, "en", interactive=True)
    qtbot.addWidget(application.window)
    assert application.open(tmp_path / "fresh.db")
    assert asked[0] == "side"  # before the demo is offered
    assert "demo plenary" in asked[1]
    assert "12th Plenary Meeting" in application.window.windowTitle()
    with application.context.db.session() as session:
        assert our_side.read(session).side == "MX"  # the demo kept the side chosen
    application.context.set_database(None)


def test_new_database_over_an_existing_file_keeps_the_old_one_in_backups(app, tmp_path,
                                                                         answer_side):
    from bescapp import paths

    answer_side("US")

    existing = tmp_path / "old-plenary.db"
    existing.write_bytes(b"an earlier file")
    assert app.open(existing, is_new=True)
    moved = list(paths.backup_dir().glob("old-plenary.replaced-*.db"))
    assert len(moved) == 1
    assert moved[0].read_bytes() == b"an earlier file"
    assert app.context.db.path == existing


def test_on_open_the_current_meeting_is_selected_and_actions_enabled(app):
    meetings = app.window.meetings
    assert meetings.selected_id() == app.context.meeting_id
    assert meetings.new_button.isEnabled()
    assert meetings.edit_button.isEnabled()


def test_the_window_reopens_on_the_workspace_it_was_left_on(qapp, demo_path):
    from bescapp.app import run_window
    from bescapp.settings import Settings

    Settings().workspace = "actions"  # as saved when the window last closed there
    assert run_window(demo_path, "en", exit_when_loaded=True) == 0
    # The window saves the workspace it shows as it closes: it opened (and stayed) on actions.
    assert Settings().workspace == "actions"
    assert run_window(demo_path, "en", exit_when_loaded=True, workspace="agenda") == 0
    assert Settings().workspace == "agenda"


def test_undo_of_an_edit_in_another_meeting_says_which_meeting_it_changed(app):
    window = app.window
    twelfth = app.context.meeting_id
    window.show_workspace("agenda")
    page = window.agenda
    first_child = page.model.children_of(page.model.children_of(None)[0])[0]
    page.select(first_child)
    page.move_down()
    with app.context.db.session() as session:
        from bescapp.model.entities import Meeting

        eleventh = session.query(Meeting.id).filter_by(number=11).scalar()
    app.context.set_meeting(eleventh)
    app.context.undo_stack.undo()
    message = window.statusBar().currentMessage()
    assert message.startswith("Undone in 12th Plenary Meeting — Mexico City, March 4, 2020 "
                              "(not the meeting shown): ")
    app.context.set_meeting(twelfth)
    app.context.undo_stack.redo()  # in the meeting shown: nothing to say
    assert window.statusBar().currentMessage() == message


def test_switching_language_clears_a_status_message_of_the_other_language(app):
    """A status-bar message stays written in the language it was shown in; after a switch
    it used to read "Se rehízo en …" in an English window."""
    app.window.status("Database settings saved.")
    app.set_language("es")
    assert app.window.statusBar().currentMessage() == ""
