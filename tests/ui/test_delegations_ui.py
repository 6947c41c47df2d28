"""The Delegations workspace: both lists, drag and drop, keyboard, dialogs, undo, import, export."""

import docx
import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from bescapp.model.entities import Agency, Meeting, Party, Person
from bescapp.store.database import open_database
from bescapp.ui.context import AppContext
from bescapp.ui.delegations import view as view_module
from bescapp.ui.delegations.agencies_dialog import AgenciesDialog, AgencyDialog
from bescapp.ui.delegations.import_dialog import ImportDialog
from bescapp.ui.delegations.member_dialog import MemberDialog
from bescapp.ui.delegations.model import MIME_TYPE, DelegationListModel
from bescapp.ui.delegations.view import DelegationsWorkspace


@pytest.fixture
def workspace(qtbot, context, monkeypatch, model_tester):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a[2])))
    page = DelegationsWorkspace(context, "en")
    # Every test of the workspace also checks both lists' structure after each change.
    for section in page.sections.values():
        model_tester(section.model)
    page.warnings = warnings
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def names(section):
    model = section.model
    return [model.index(r, DelegationListModel.NAME).data() for r in range(model.rowCount())]


def test_models_pass_the_tester(workspace):
    for section in workspace.sections.values():  # the fixture's testers watch them
        section.model.set_language("es")
        section.model.set_list(section.model.party)


def test_host_list_first_with_protocol_order(workspace):
    assert workspace.splitter.widget(0) is workspace.sections["MX"]
    mx, us = workspace.sections["MX"], workspace.sections["US"]
    assert names(mx)[:2] == ["Dr. Jesús Seade Kuri", "Ms. María Fernanda López Hernández"]
    assert names(us)[0] == "Amb. Christopher Landau"
    assert mx.model.index(0, DelegationListModel.ROLE).data() == "Head of delegation · Host"
    assert us.model.index(5, DelegationListModel.ATTENDANCE).data() == "Declined"
    assert mx.heading.text() == "Mexico (members: 10) — host"


def test_host_changes_with_the_meeting(workspace, context):
    with context.db.session() as s:
        eleventh = s.scalar(select(Meeting.id).where(Meeting.number == 11))
    context.set_meeting(eleventh)
    assert workspace.splitter.widget(0) is workspace.sections["US"]
    assert names(workspace.sections["US"])[0] == "Mr. Richard Hale"


def test_keyboard_moves_and_undo(workspace, context, qtbot):
    us = workspace.sections["US"]
    us.table.setFocus()
    us.table.selectRow(2)
    qtbot.keyClick(us.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names(us)[1] == "Ms. Rebecca Alvarez"
    assert us.selected_id() == us.model.membership_id(us.model.index(1, 0))
    assert us.model.index(1, 0).data() == "2"
    context.undo_stack.undo()
    assert names(us)[1] == "Mr. James W. McCament"
    context.undo_stack.redo()
    assert names(us)[1] == "Ms. Rebecca Alvarez"
    assert context.undo_stack.undoText() == "Change precedence"


def test_drag_and_drop_reorders_within_a_list_only(workspace):
    mx = workspace.sections["MX"]
    model = mx.model
    data = model.mimeData([model.index(9, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex()) is False
    assert names(mx)[1] == "Ms. Lucía Rojas Fuentes"
    us_model = workspace.sections["US"].model
    assert not us_model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    foreign = QMimeData()
    foreign.setData(MIME_TYPE, b"MX:99999")
    assert not model.canDropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_add_existing_person_reuses_them(workspace, context, monkeypatch):
    with context.db.session() as s:
        hale = s.scalar(select(Person).where(Person.first_surname == "Hale"))
        people_before = s.query(Person).count()

    def fill(dialog):
        dialog.chooser.setCurrentIndex(dialog.chooser.findData(hale.id))
        assert dialog.meeting_title_en.text().startswith("Assistant Secretary")
        dialog.meeting_title_en.setText("Senior Advisor")
        dialog.role.setCurrentIndex(dialog.role.findData("advisor"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemberDialog, "exec", fill)
    workspace.active_code = "US"
    workspace.add_member()
    us = workspace.sections["US"]
    assert "Mr. Richard Hale" in names(us)
    row = names(us).index("Mr. Richard Hale")
    assert us.model.index(row, DelegationListModel.TITLE).data() == "Senior Advisor"
    assert row == 9  # after the last advisor, before the support staff
    with context.db.session() as s:
        assert s.query(Person).count() == people_before
        assert s.get(Person, hale.id).title.en.startswith("Assistant Secretary")
    context.undo_stack.undo()
    assert "Mr. Richard Hale" not in names(us)


def test_add_new_person_with_two_surnames_then_undo(workspace, context, monkeypatch):
    def fill(dialog):
        dialog.honorific.setCurrentIndex(dialog.honorific.findData("ms"))
        dialog.given_names.setText("Rocío")
        dialog.first_surname.setText("Ávila")
        dialog.second_surname.setText("Muñoz")
        dialog.title_es.setText("Subdirectora")
        dialog.email.setText("rocio@example.org")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemberDialog, "exec", fill)
    workspace.active_code = "MX"
    workspace.add_member()
    mx = workspace.sections["MX"]
    assert "Ms. Rocío Ávila Muñoz" in names(mx)
    workspace.set_language("es")
    assert "Sra. Rocío Ávila Muñoz" in names(mx)
    context.undo_stack.undo()
    assert len(names(mx)) == 10
    with context.db.session() as s:
        assert s.scalar(select(Person).where(Person.first_surname == "Ávila")) is None
    context.undo_stack.redo()
    assert "Sra. Rocío Ávila Muñoz" in names(mx)


def test_member_dialog_refuses_a_nameless_person(qtbot):
    dialog = MemberDialog(agencies=[])
    qtbot.addWidget(dialog)
    dialog.given_names.setText("Ana")
    dialog.email.setText("not-an-address")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "first surname" in dialog.problem.text()
    assert "e-mail" in dialog.problem.text()


def test_edit_person_and_membership_is_one_undo_step(workspace, context, monkeypatch):
    mx = workspace.sections["MX"]
    mx.table.selectRow(1)

    def change(dialog):
        assert dialog.given_names.text() == "María Fernanda"
        dialog.second_surname.setText("Hernández de la Cruz")
        dialog.attendance.setCurrentIndex(dialog.attendance.findData("tentative"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemberDialog, "exec", change)
    workspace.edit_member()
    assert names(mx)[1] == "Ms. María Fernanda López Hernández de la Cruz"
    assert mx.model.index(1, DelegationListModel.ATTENDANCE).data() == "Tentative"
    context.undo_stack.undo()
    assert names(mx)[1] == "Ms. María Fernanda López Hernández"
    assert mx.model.index(1, DelegationListModel.ATTENDANCE).data() == "Confirmed"


def test_notes_are_kept_in_each_language(workspace, context, monkeypatch):
    """The member's notes and the person's, each in English and Spanish: a Spanish
    briefing book prints the Spanish ones only."""
    from bescapp.model.bilingual import Bilingual
    from bescapp.store.delegations import membership_fields, person_fields

    mx = workspace.sections["MX"]
    mx.table.selectRow(0)

    def change(dialog):
        assert dialog.person_notes_es.toPlainText() == (
            "Contactar por conducto de la Dirección General de Protocolo.")
        assert dialog.notes_en.toPlainText() == (
            "Co-chairs the Executive Steering Committee for Mexico.")
        dialog.notes_es.setPlainText("Llega el martes.")
        dialog.person_notes_en.setPlainText("Speaks English.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemberDialog, "exec", change)
    workspace.edit_member()
    row = mx.model.member(0)
    with context.db.session() as session:
        member = membership_fields(session, row.membership_id)
        person = person_fields(session, row.person_id)
    assert member.internal_notes == Bilingual(
        "Co-chairs the Executive Steering Committee for Mexico.", "Llega el martes.")
    assert person.internal_notes == Bilingual(
        "Speaks English.", "Contactar por conducto de la Dirección General de Protocolo.")


def test_remove_with_delete_key_and_undo(workspace, context, qtbot):
    us = workspace.sections["US"]
    us.table.setFocus()
    us.table.selectRow(9)
    qtbot.keyClick(us.table, Qt.Key.Key_Delete)
    assert len(names(us)) == 9
    context.undo_stack.undo()
    assert names(us)[9] == "Mr. Robert Castillo"


def test_agencies_dialog(workspace, context, monkeypatch, qtbot):
    def new_agency(dialog):
        dialog.party.setCurrentIndex(dialog.party.findData(
            next(pid for pid, code in dialog_parties if code == "MX")))
        dialog.acronym.setText("SADER")
        dialog.name_en.setText("Ministry of Agriculture")
        dialog.name_es.setText("Secretaría de Agricultura")
        return QDialog.DialogCode.Accepted

    with context.db.session() as s:
        dialog_parties = [(p.id, p.code) for p in s.query(Party)]
    monkeypatch.setattr(AgencyDialog, "exec", new_agency)
    opened = []
    monkeypatch.setattr(AgenciesDialog, "exec", lambda d: opened.append(d) or d.new_agency())
    workspace.manage_agencies()
    listing = opened[0]
    assert any(a.acronym == "SADER" for a in listing.rows)
    with context.db.session() as s:
        assert s.scalar(select(Agency).where(Agency.acronym == "SADER")) is not None
    context.undo_stack.undo()
    with context.db.session() as s:
        assert s.scalar(select(Agency).where(Agency.acronym == "SADER")) is None


def write_list(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nombre(s)", "Apellido paterno", "Apellido materno", "Cargo", "Función"])
    ws.append(["Rocío", "Ávila", "Muñoz", "Subdirectora", "Asesora"])
    ws.append(["María Fernanda", "López", "Hernández", "Directora General", "Miembro"])
    wb.save(path)
    return path


def test_import_preview_then_confirm_is_one_undo_step(workspace, context, monkeypatch, tmp_path):
    path = write_list(tmp_path / "lista.xlsx")
    with context.db.session() as s:
        first = s.scalar(select(Meeting.id).where(Meeting.number == 1))
    context.set_meeting(first)
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: ("Mexico", True)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    seen = []

    def preview(dialog):
        seen.append([dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", preview)
    workspace.import_list()
    assert seen == [["new person", "matches a person on file"]]
    mx = workspace.sections["MX"]
    assert names(mx) == ["Ms. María Fernanda López Hernández", "Rocío Ávila Muñoz"] or \
        names(mx) == ["Rocío Ávila Muñoz", "Ms. María Fernanda López Hernández"]
    assert context.undo_stack.undoText() == "Import delegation list"
    context.undo_stack.undo()
    assert names(mx) == []


def test_cancelled_import_and_bad_file(workspace, context, monkeypatch, tmp_path):
    path = write_list(tmp_path / "lista.xlsx")
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Mexico", True)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(ImportDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    before = names(workspace.sections["MX"])
    workspace.import_list()
    assert names(workspace.sections["MX"]) == before
    assert context.undo_stack.count() == 0
    bad = tmp_path / "locked.xlsx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    workspace.set_language("es")
    workspace.import_list()
    assert workspace.warnings[-1].startswith("El libro está protegido con contraseña")


def test_the_import_dialog_shows_hostile_files_report(workspace, context, monkeypatch,
                                                      tmp_path):
    """A zip bomb gets its own message in the window's language; text a spreadsheet would
    run is kept and flagged in the preview's notes."""
    import zipfile

    bomb = tmp_path / "bomba.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b" " * (60 * 1024 * 1024))
    flagged = tmp_path / "lista.csv"
    flagged.write_text("Nombre,Apellidos,Cargo\nAna,Soto,=HIPERVINCULO(1)\n", encoding="utf-8")
    chosen = iter([str(bomb), str(flagged)])
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Mexico", True)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (next(chosen), "")))
    notes = []
    monkeypatch.setattr(ImportDialog, "exec", lambda d: notes.append(d.table.item(0, 3).text())
                        or QDialog.DialogCode.Rejected)
    workspace.set_language("es")
    workspace.import_list()
    assert workspace.warnings[-1].startswith(
        "Dentro del libro, xl/worksheets/sheet1.xml ocupa 60 MB al descomprimirse (máximo 50 MB)")
    workspace.import_list()
    assert notes == ["la celda C2 empieza con «=» (=HIPERVINCULO(1)); se guarda como texto, "
                     "pero una hoja de cálculo la ejecutaría como fórmula: revísela"]


def test_export_button_writes_and_offers_to_open(workspace, monkeypatch, tmp_path):
    target = tmp_path / "out"
    from bescapp.ui.delegations.export_dialog import ExportDialog

    def choose(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    opened = []
    monkeypatch.setattr(view_module.QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile())))
    workspace.export_lists()
    written = tmp_path / "out.docx"
    assert opened == [str(written)]
    text = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
    assert "Delegación de México" in text


def test_no_meeting(qtbot, qapp, tmp_path):
    ctx = AppContext()
    ctx.set_database(open_database(tmp_path / "empty.db"))
    page = DelegationsWorkspace(ctx, "en")
    qtbot.addWidget(page)
    page.show()
    assert page.empty_label.isVisible()
    assert not page.add_button.isEnabled()
    ctx.set_database(None)


def test_in_the_main_window(app):
    window = app.window
    window.show_workspace("delegations")
    page = window.delegations
    assert isinstance(page, DelegationsWorkspace)
    app.set_language("es")
    assert page.heading.text() == "Delegaciones"
    assert page.sections["MX"].model.headerData(
        DelegationListModel.NAME, Qt.Orientation.Horizontal) == "Nombre"


def test_the_person_chooser_is_reached_with_alt_p_and_shows_no_ampersand(qtbot):
    from bescapp.store.delegations import PersonChoice

    choice = PersonChoice(1, "Sra. Ana Gabriela Martínez Soto", "MX")
    dialog = MemberDialog(agencies=[], people=[choice])
    qtbot.addWidget(dialog)
    assert dialog.chooser_label.buddy() is dialog.chooser
    assert dialog.chooser_label.text() == "&Person:"  # Qt draws the & as an underline


def test_a_new_meeting_starts_its_lists_from_an_earlier_one_in_one_undo_step(
        workspace, context, monkeypatch):
    import datetime as dt

    from PySide6.QtWidgets import QInputDialog

    from bescapp.model.entities import Attendance, Meeting, MeetingKind

    twelfth = context.meeting_id
    with context.db.transaction() as s:
        old = s.get(Meeting, twelfth)
        new = Meeting(kind=MeetingKind.PLENARY, number=13, start_date=dt.date(2021, 3, 4),
                      end_date=dt.date(2021, 3, 4), city=old.city, venue=old.venue,
                      host_party_id=old.host_party_id)
        s.add(new)
        s.flush()
        thirteenth = new.id
    context.set_meeting(thirteenth)
    assert names(workspace.sections["MX"]) == []
    offered = []

    def pick(_parent, _title, _label, items, *a, **k):
        offered.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    workspace.copy_button.click()
    assert offered[0] == "12th Plenary Meeting"
    context.set_meeting(twelfth)
    twelfth_mx = names(workspace.sections["MX"])
    context.set_meeting(thirteenth)
    assert names(workspace.sections["MX"]) == twelfth_mx  # same people, same protocol order
    with context.db.session() as s:
        attendance = {m.attendance for d in s.get(Meeting, thirteenth).delegations
                      for m in d.memberships}
    assert attendance == {Attendance.INVITED}
    context.undo_stack.undo()
    assert names(workspace.sections["MX"]) == []
    context.undo_stack.redo()
    assert names(workspace.sections["MX"]) == twelfth_mx
