"""Whether and how each person attends, and how each principal takes part, as the
Delegations workspace and the member dialog show and edit them."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from bescapp.domain.delegations import MembershipFields
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Attendance, AttendanceMode, Principal, Role
from bescapp.store.meetings import MeetingFields, create_meeting
from bescapp.ui.context import AppContext
from bescapp.ui.delegations.member_dialog import MemberDialog
from bescapp.ui.delegations.model import DelegationListModel
from bescapp.ui.delegations.view import DelegationsWorkspace

M = DelegationListModel


def cell(section, row, column):
    return section.model.index(row, column).data()


@pytest.fixture
def fresh_workspace(qtbot, qapp, fresh_db, monkeypatch):
    """The workspace on a database made by ``init`` with one empty plenary."""
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    db, _side = fresh_db
    with db.transaction() as session:
        meeting_id = create_meeting(session, MeetingFields(
            number=13, start_date=dt.date(2025, 6, 9), end_date=dt.date(2025, 6, 9),
            city=B("Tijuana", "Tijuana"), host_party="MX"))
    context = AppContext()
    context.db = db  # the fixture closes it
    context.set_meeting(meeting_id)
    page = DelegationsWorkspace(context, "en")
    qtbot.addWidget(page)
    page.show()
    return page


def add(page, monkeypatch, code, given, surname, role, *, principal=Principal.NONE,
        attendance=Attendance.CONFIRMED, mode=AttendanceMode.IN_PERSON):
    def fill(dialog):
        dialog.given_names.setText(given)
        dialog.first_surname.setText(surname)
        for combo, value in ((dialog.role, role), (dialog.principal, principal),
                             (dialog.attendance, attendance), (dialog.attendance_mode, mode)):
            combo.setCurrentIndex(combo.findData(value))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemberDialog, "exec", fill)
    page.sections[code].table.setFocus()
    page.active_code = code
    page.add_member()


def test_a_co_chair_joining_by_video_is_confirmed_virtual(fresh_workspace, monkeypatch):
    page = fresh_workspace
    add(page, monkeypatch, "US", "Helen", "Baker", Role.HEAD, principal=Principal.CO_HOST)
    add(page, monkeypatch, "US", "Pat", "Notes", Role.SUPPORT)
    add(page, monkeypatch, "US", "Dana", "Cole", Role.CO_CHAIR, mode=AttendanceMode.VIRTUAL)
    us = page.sections["US"]
    rows = [(cell(us, r, M.NAME), cell(us, r, M.ROLE), cell(us, r, M.ATTENDANCE))
            for r in range(us.model.rowCount())]
    assert rows == [("Helen Baker", "Head of delegation · Co-host", "Confirmed"),
                    ("Dana Cole", "Co-chair", "Confirmed (virtual)"),
                    ("Pat Notes", "Support staff", "Confirmed")]
    page.context.undo_stack.undo()
    assert us.model.rowCount() == 2


def test_the_dialog_edits_principal_and_mode_and_shows_what_is_stored(qtbot):
    stored = MembershipFields(role=Role.HEAD, attendance=Attendance.TENTATIVE,
                              principal=Principal.VISITING_HEAD,
                              attendance_mode=AttendanceMode.VIRTUAL)
    dialog = MemberDialog(agencies=[], membership=stored)
    qtbot.addWidget(dialog)
    assert dialog.principal.currentText() == "Head of the visiting delegation"
    assert dialog.attendance_mode.currentText() == "Virtual"
    assert [dialog.principal.itemText(i) for i in range(dialog.principal.count())] == [
        "Not a principal", "Host", "Co-host", "Head of the visiting delegation"]
    form = dialog.meeting_form
    assert [form.labelForField(w).text() for w in (dialog.role, dialog.principal,
                                                   dialog.attendance, dialog.attendance_mode)] \
        == ["&Role:", "Pri&ncipal:", "&Attendance:", "Attendance &mode:"]
    dialog.given_names.setText("Dana")
    dialog.first_surname.setText("Cole")
    fields = dialog.membership_fields()
    assert (fields.principal, fields.attendance_mode) == (Principal.VISITING_HEAD,
                                                          AttendanceMode.VIRTUAL)
    dialog.principal.setCurrentIndex(dialog.principal.findData(Principal.NONE))
    dialog.attendance_mode.setCurrentIndex(dialog.attendance_mode.findData(
        AttendanceMode.IN_PERSON))
    fields = dialog.membership_fields()
    assert (fields.principal, fields.attendance_mode, fields.is_host) == (
        Principal.NONE, AttendanceMode.IN_PERSON, False)


def test_editing_mode_is_one_undo_step_and_spanish_says_it(app, monkeypatch):
    window = app.window
    window.show_workspace("delegations")
    page = window.delegations
    us = page.sections["US"]
    assert cell(us, 1, M.ROLE) == "Co-chair · Co-host"  # McCament

    def virtual(dialog):
        dialog.attendance_mode.setCurrentIndex(dialog.attendance_mode.findData(
            AttendanceMode.VIRTUAL))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemberDialog, "exec", virtual)
    us.table.setFocus()
    us.table.selectRow(1)
    page.edit_member()
    assert cell(us, 1, M.ATTENDANCE) == "Confirmed (virtual)"
    app.set_language("es")
    assert cell(us, 1, M.ATTENDANCE) == "Confirmado (virtual)"
    assert cell(us, 1, M.ROLE) == "Copresidente · Coanfitrión"
    assert cell(page.sections["MX"], 0, M.ROLE) == "Jefe de delegación · Anfitrión"
    app.context.undo_stack.undo()
    assert cell(us, 1, M.ATTENDANCE) == "Confirmado"
