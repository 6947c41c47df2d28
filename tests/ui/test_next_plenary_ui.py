"""New plenary from…: the next plenary with the agenda and lists in one undo step."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from bescapp.app import Application
from bescapp.cli import main as cli_main
from bescapp.model.entities import AgendaItem, Delegation, Meeting, Membership
from bescapp.ui.meetings.next_dialog import NextPlenaryDialog


def counts(context):
    with context.db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(t))
                     for t in (Meeting, AgendaItem, Delegation, Membership))


def agenda_of(context, meeting_id):
    with context.db.session() as s:
        return sorted((i.title.en, i.duration_minutes) for i in s.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)))


def answer(monkeypatch, seen, city=("Washington, D.C.", ""), date=None, number=None):
    """Stand in for the user: note what the dialog offers, type the city, press OK."""

    def run(dialog: NextPlenaryDialog):
        seen.update(earlier=dialog.earlier.currentText(), number=dialog.number.value(),
                    date=dialog.start_date.date().toPython(), host=dialog.host.currentData(),
                    offered=[dialog.earlier.itemText(i) for i in range(dialog.earlier.count())],
                    title=dialog.windowTitle())
        dialog.city_en.setText(city[0])
        dialog.city_es.setText(city[1])
        if date is not None:
            dialog.start_date.setDate(QDate(date))
        if number is not None:
            dialog.number.setValue(number)
        dialog.accept()
        seen["problems"] = dialog.problems.text()
        return dialog.result() or QDialog.DialogCode.Rejected

    monkeypatch.setattr(NextPlenaryDialog, "exec", run)


def test_new_plenary_from_the_twelfth_then_undo_and_redo(app, monkeypatch):
    window, context = app.window, app.context
    twelfth = context.meeting_id
    before = counts(context)
    seen = {}
    answer(monkeypatch, seen)
    window.meetings.select(twelfth)
    window.meetings.next_button.click()
    assert (seen["earlier"], seen["number"], seen["date"], seen["host"]) == (
        "12th Plenary Meeting", 13, dt.date(2021, 3, 4), "US")
    assert seen["offered"][0] == "12th Plenary Meeting"  # the latest first, plenaries only
    thirteenth = context.meeting_id
    assert thirteenth != twelfth  # the new one is current
    assert window.windowTitle().startswith("13th Plenary Meeting — Washington, D.C.")
    assert window.meetings.selected_id() == thirteenth
    assert agenda_of(context, thirteenth) == agenda_of(context, twelfth)
    window.show_workspace("agenda")
    assert window.agenda.model.rowCount() > 0  # the agenda workspace shows the copy
    window.show_workspace("delegations")
    assert window.delegations.sections["MX"].model.rowCount() > 0
    made = counts(context)
    assert made[0] == before[0] + 1
    assert made[1] > before[1]
    assert made[3] > before[3]

    context.undo_stack.undo()  # one step takes away the meeting and all that was copied
    assert counts(context) == before
    assert context.meeting_id == twelfth
    assert window.undo_action.isEnabled() is False
    context.undo_stack.redo()
    assert counts(context) == made
    assert context.meeting_id == thirteenth  # the same id again
    assert agenda_of(context, thirteenth) == agenda_of(context, twelfth)
    assert window.windowTitle().startswith("13th Plenary Meeting")


def test_the_dialog_refuses_a_taken_number_and_a_missing_city(app, monkeypatch):
    context = app.context
    before = counts(context)
    seen = {}
    answer(monkeypatch, seen, city=("", ""), date=dt.date(2019, 1, 1))
    app.window.meetings.new_plenary_from()
    assert seen["problems"] == "Give the city in English or Spanish."
    answer(monkeypatch, seen, number=11)
    app.window.meetings.new_plenary_from()
    assert seen["problems"] == "There is already a meeting of this kind with this number."
    assert counts(context) == before
    assert not context.undo_stack.canUndo()


def test_the_shortcut_is_the_workspaces_and_in_spanish_the_button_says_so(app, qtbot,
                                                                          monkeypatch):
    window = app.window
    page = window.meetings
    assert page.next_action in page.actions()
    assert page.next_action.shortcut().toString() == "Ctrl+Shift+P"
    seen = {}
    answer(monkeypatch, seen)
    window.activateWindow()
    qtbot.waitExposed(window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen.get("number") == 13
    app.set_language("es")
    assert page.next_button.text() == "Nueva &plenaria a partir de…"
    assert page.next_action.text() == page.next_button.text()


def test_from_a_meeting_made_on_a_fresh_init_database(qapp, qtbot, fresh_path, monkeypatch):
    path, _side = fresh_path
    assert cli_main(["meetings", "new", "--database", str(path), "--number", "7", "--date",
                     "2014-12-04", "--city", "Mexico City", "--city-es", "Ciudad de México",
                     "--host", "mx"]) == 0
    application = Application(qapp, "en", interactive=False)
    qtbot.addWidget(application.window)
    assert application.open(path)
    seen = {}
    answer(monkeypatch, seen)
    page = application.window.meetings
    assert page.next_button.isEnabled()
    page.new_plenary_from()
    assert (seen["number"], seen["date"], seen["host"]) == (8, dt.date(2015, 12, 4), "US")
    with application.context.db.session() as s:
        new = s.get_one(Meeting, application.context.meeting_id)
        assert (new.number, new.city.en, new.host_party.code) == (8, "Washington, D.C.", "US")
    application.context.undo_stack.undo()
    assert counts(application.context)[0] == 1
    application.context.set_database(None)


def test_redoing_a_new_plenary_does_not_say_it_is_not_the_meeting_shown(app, monkeypatch):
    """Redo makes the new plenary current again; the status bar used to say the redo
    happened in a meeting not shown (it was told before the meeting was switched)."""
    window, context = app.window, app.context
    elsewhere = []
    context.changed_elsewhere.connect(lambda *args: elsewhere.append(args))
    answer(monkeypatch, {})
    window.meetings.next_button.click()
    thirteenth = context.meeting_id
    context.undo_stack.undo()
    context.undo_stack.redo()
    assert context.meeting_id == thirteenth
    assert elsewhere == []
    assert "not the meeting shown" not in window.statusBar().currentMessage()
