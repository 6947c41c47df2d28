"""A delegation's own database from the first minute: which side we are, the database
settings, the meeting each file reopens on, the first meeting, the first delegation lists.

Most tests run on a database made by ``bescapp init`` (``fresh_app``, both sides)."""

import sqlite3
import sys
import typing

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from bescapp.app import Application
from bescapp.domain.delegations import MembershipFields, PersonFields
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import Meeting, Role
from bescapp.settings import Settings
from bescapp.store import our_side
from bescapp.store.starter import MARKINGS
from bescapp.ui.database.settings_dialog import DatabaseSettingsDialog
from bescapp.ui.database.side_dialog import SideDialog
from bescapp.ui.delegations import view as delegations_view
from bescapp.ui.delegations.model import DelegationListModel
from bescapp.ui.meetings.dialog import MeetingDialog


def settings_of(application) -> our_side.OurSettings:
    with application.context.db.session() as session:
        return our_side.read(session)


def meeting_count(application) -> int:
    with application.context.db.session() as session:
        return session.query(Meeting).count()


def new_application(qapp, qtbot, language="en"):
    application = Application(qapp, language, interactive=True)
    qtbot.addWidget(application.window)
    return application


# which side we are -------------------------------------------------------------------


@pytest.mark.parametrize("side", ["US", "MX"])
def test_a_new_database_asks_our_side_before_the_demo_and_can_start_empty(
        qapp, qtbot, tmp_path, monkeypatch, answer_side, side):
    asked = answer_side(side)
    offered = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: offered.append(len(asked)) or QMessageBox.StandardButton.No))
    application = new_application(qapp, qtbot)
    assert application.open(tmp_path / "ours.db")
    assert len(asked) == 1
    assert offered == [1]  # the demo was offered once, after the side was chosen
    assert settings_of(application).side == side
    assert settings_of(application).marking == MARKINGS[side]
    assert meeting_count(application) == 0  # the demo declined: an empty database
    assert application.context.meeting_id is None
    assert application.window.meeting_label.text() == "No current meeting"
    assert application.context.undo_stack.count() == 0  # setting up is not an undo step
    application.context.set_database(None)


def test_file_new_database_asks_our_side(app, tmp_path, monkeypatch, answer_side):
    asked = answer_side("MX")
    target = tmp_path / "nueva.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    app.window.new_action.trigger()
    assert app.context.db.path == target
    assert len(asked) == 1
    assert settings_of(app).side == "MX"
    assert meeting_count(app) == 0


def test_closing_the_side_question_sets_nothing_and_offers_no_demo(
        qapp, qtbot, tmp_path, monkeypatch, answer_side):
    answer_side(None)
    offered = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: offered.append(a[2]) or QMessageBox.StandardButton.Yes))
    application = new_application(qapp, qtbot)
    assert application.open(tmp_path / "undecided.db")
    assert offered == []
    assert settings_of(application).side is None
    assert "File ▸ Database settings" in application.window.statusBar().currentMessage()
    application.context.set_database(None)


def test_a_migrated_database_without_a_side_is_asked_but_not_offered_the_demo(
        qapp, qtbot, tmp_path, monkeypatch, answer_side):
    """A file of the first wave (schema 0002) holding a meeting: it lacked a side."""
    from tests.older_files import database_at

    path = tmp_path / "wave1.db"
    database_at(path, "0002")
    with sqlite3.connect(path) as conn:
        conn.execute("""INSERT INTO meeting (id, kind, number, start_date, end_date, day_start,
            day_end, city_en, city_es, venue_en, venue_es, host_party_id, handling_marking,
            session_numbering) VALUES (1, 'plenary', 12, '2020-03-04', '2020-03-04',
            '09:00:00', '17:30:00', 'Mexico City', 'Ciudad de México', '', '', NULL, '',
            'roman')""")
    asked = answer_side("US")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: pytest.fail("the demo was offered to a database holding a meeting")))
    application = new_application(qapp, qtbot)
    assert application.open(path)
    assert len(asked) == 1
    assert settings_of(application).side == "US"
    assert application.context.meeting_id == 1
    application.context.set_database(None)


def test_a_database_made_by_init_is_not_asked_its_side_again(fresh_app):
    # The autouse guard fails any unanswered side question; the demo was offered, declined.
    assert [kind for kind, _text in fresh_app.messages] == ["question"]
    assert "demo plenary" in fresh_app.messages[0][1]
    assert settings_of(fresh_app).side == fresh_app.side


def test_the_side_question_speaks_spanish(qapp, qtbot):
    from bescapp.i18n.qt import LanguageSwitcher

    LanguageSwitcher(qapp).apply("es")
    try:
        dialog = SideDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "¿De quién es esta base de datos?"
        assert [b.text() for b in dialog.buttons.values()] == ["Estados Unidos", "México"]
    finally:
        LanguageSwitcher(qapp).apply("en")


# File ▸ Database settings ----------------------------------------------------------------


def run_settings_dialog(monkeypatch, edit):
    """Make DatabaseSettingsDialog.exec run ``edit(dialog)`` then press OK."""
    seen = {}

    def run(dialog):
        seen["dialog"] = dialog
        edit(dialog)
        dialog.accept()
        seen["problems"] = dialog.problems.text()
        return dialog.result() or QDialog.DialogCode.Rejected

    monkeypatch.setattr(DatabaseSettingsDialog, "exec", run)
    return seen


def test_database_settings_edit_the_committee_and_marking_in_one_undo_step(
        fresh_app, monkeypatch):
    before = settings_of(fresh_app)

    def edit(dialog):
        assert dialog.side() == fresh_app.side
        assert dialog.marking_en.text() == MARKINGS[fresh_app.side].en  # the stock one shown
        dialog.name_en.setText("Border Management Executive Steering Committee")
        dialog.acronym_es.setText("CEAF")
        dialog.marking_es.setText("USO OFICIAL")

    run_settings_dialog(monkeypatch, edit)
    fresh_app.window.database_settings_action.trigger()
    after = settings_of(fresh_app)
    assert after.committee_name == Bilingual("Border Management Executive Steering Committee",
                                             before.committee_name.es)
    assert after.committee_acronym.es == "CEAF"
    assert after.marking == Bilingual(MARKINGS[fresh_app.side].en, "USO OFICIAL")
    assert fresh_app.context.undo_stack.count() == 1
    assert fresh_app.window.undo_action.text() == "&Undo Change database settings"
    fresh_app.context.undo_stack.undo()
    assert settings_of(fresh_app).committee_name == before.committee_name
    assert settings_of(fresh_app).marking == before.marking


def test_an_empty_committee_name_is_refused_with_a_message(fresh_app, monkeypatch):
    def edit(dialog):
        dialog.name_en.clear()
        dialog.name_es.clear()

    seen = run_settings_dialog(monkeypatch, edit)
    fresh_app.window.database_settings_action.trigger()
    assert seen["problems"] == "Give the committee's name in English and in Spanish."
    assert fresh_app.context.undo_stack.count() == 0
    assert not settings_of(fresh_app).committee_name.is_empty()


def test_changing_our_side_asks_first_then_the_stock_marking_follows(fresh_app, monkeypatch):
    other = {"US": "MX", "MX": "US"}[fresh_app.side]
    custom = Bilingual("OURS ONLY", "SOLO NUESTRO")
    with fresh_app.context.db.transaction() as session:  # a marking of our own to keep
        our_side.write(session, our_side.OurSettings(
            side=fresh_app.side, committee_name=settings_of(fresh_app).committee_name,
            committee_acronym=settings_of(fresh_app).committee_acronym,
            handling_marking=custom))
    assert settings_of(fresh_app).handling_marking == custom
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or answers.pop(0)))

    def switch(dialog):
        dialog.side_buttons[other].setChecked(True)
        assert dialog.marking_en.text() == "OURS ONLY"  # not a stock marking: kept as typed
        dialog.marking_en.setText(MARKINGS[fresh_app.side].en)  # back to ours, stock
        dialog.marking_es.setText(MARKINGS[fresh_app.side].es)
        dialog.side_buttons[fresh_app.side].setChecked(True)
        dialog.side_buttons[other].setChecked(True)
        assert dialog.marking_en.text() == MARKINGS[other].en  # stock follows the side

    run_settings_dialog(monkeypatch, switch)
    fresh_app.window.database_settings_action.trigger()
    assert "briefing book" in asked[0]
    assert "marking" in asked[0]
    assert fresh_app.context.undo_stack.count() == 0  # "No": nothing saved
    assert settings_of(fresh_app).side == fresh_app.side
    fresh_app.window.database_settings_action.trigger()  # asked again, "Yes"
    assert settings_of(fresh_app).side == other
    assert settings_of(fresh_app).marking == MARKINGS[other]
    assert settings_of(fresh_app).language == ("es" if other == "MX" else "en")
    fresh_app.context.undo_stack.undo()
    assert settings_of(fresh_app).side == fresh_app.side
    assert settings_of(fresh_app).marking == custom  # undo puts back the very marking


# the meeting each database reopens on -------------------------------------------------------


def test_each_database_reopens_on_its_own_meeting(qapp, qtbot, tmp_path, demo_path,
                                                  monkeypatch):
    from bescapp.cli import main as cli_main

    other = tmp_path / "other-demo.db"
    assert cli_main(["demo", "--database", str(other), "--side", "mx"]) == 0
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))

    def meeting_number(application):
        with application.context.db.session() as session:
            return session.get(Meeting, application.context.meeting_id).number

    def meeting_id(application, number):
        with application.context.db.session() as session:
            return session.query(Meeting.id).filter_by(number=number).scalar()

    first = new_application(qapp, qtbot)
    assert first.open(demo_path)
    assert meeting_number(first) == 12  # never opened: the latest meeting
    first.context.set_meeting(meeting_id(first, 7))
    assert first.open(other)
    assert meeting_number(first) == 12
    first.context.set_meeting(meeting_id(first, 10))
    first.settings.sync()
    first.context.set_database(None)

    again = new_application(qapp, qtbot)  # as after a restart
    assert again.open(demo_path)
    assert meeting_number(again) == 7
    assert again.open(other)
    assert meeting_number(again) == 10
    again.context.set_database(None)


def test_a_remembered_meeting_that_is_gone_falls_back_to_the_latest(qapp, qtbot, demo_path,
                                                                   monkeypatch):
    Settings().remember_meeting(demo_path, 9999)
    application = new_application(qapp, qtbot)
    assert application.open(demo_path)
    assert "12th Plenary Meeting" in application.window.windowTitle()
    application.context.set_database(None)


def new_meeting_through_the_dialog(application, monkeypatch, fill):
    seen = {}

    def run(dialog):
        seen["marking"] = (dialog.marking_en.text(), dialog.marking_es.text())
        fill(dialog)
        dialog.accept()
        seen["problems"] = dialog.problems.text()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", run)
    application.window.meetings.new_meeting()
    return seen


def first_plenary(host):
    def fill(dialog):
        dialog.number.setValue(1)
        dialog.city_en.setText("El Paso")
        dialog.city_es.setText("El Paso")
        dialog.host.setCurrentIndex(dialog.host.findData(host))
    return fill


# the first delegation lists -------------------------------------------------------------------


class FakeMemberDialog:
    """Stands in for the member dialog: accepted with the values of ``FakeMemberDialog.next``."""

    next: tuple[PersonFields, MembershipFields] | None = None
    titles: typing.ClassVar[list[str]] = []

    def __init__(self, parent=None, **_kwargs) -> None:
        pass

    def setWindowTitle(self, text: str) -> None:
        FakeMemberDialog.titles.append(text)

    def exec(self):
        return QDialog.DialogCode.Accepted

    def person_id(self):
        return None

    def person_fields(self):
        return FakeMemberDialog.next[0]

    def membership_fields(self):
        return FakeMemberDialog.next[1]


PEOPLE = {"US": PersonFields(honorific="amb", given_names="Ken", first_surname="Salazar",
                             title=Bilingual("Ambassador", "Embajador")),
          "MX": PersonFields(honorific="lic", given_names="Marcelo", first_surname="Ebrard",
                             second_surname="Casaubón",
                             title=Bilingual("Secretary", "Secretario"))}


def test_add_member_fills_each_party_list_of_a_meeting_made_in_the_window(
        fresh_app, monkeypatch):
    new_meeting_through_the_dialog(fresh_app, monkeypatch, first_plenary("MX"))
    monkeypatch.setattr(delegations_view, "MemberDialog", FakeMemberDialog)
    monkeypatch.setattr(FakeMemberDialog, "titles", [])
    fresh_app.window.show_workspace("delegations")
    page = fresh_app.window.delegations
    for code in ("US", "MX"):
        FakeMemberDialog.next = (PEOPLE[code], MembershipFields(role=Role.HEAD))
        page._activate(code)
        assert page.add_button.isEnabled()
        page.add_button.click()
    names = {code: [page.sections[code].model.index(r, DelegationListModel.NAME).data()
                    for r in range(page.sections[code].model.rowCount())]
             for code in ("US", "MX")}
    assert names["US"] == ["Amb. Ken Salazar"]
    assert len(names["MX"]) == 1
    assert "Marcelo Ebrard Casaubón" in names["MX"][0]
    assert FakeMemberDialog.titles == ["Add member to the United States list",
                                       "Add member to the Mexico list"]
    assert [kind for kind, _text in fresh_app.messages] == ["question"]  # the demo, nothing else
    fresh_app.context.undo_stack.undo()
    assert page.sections["MX"].model.rowCount() == 0


def test_import_list_on_a_fresh_database(fresh_app, monkeypatch, tmp_path):
    import openpyxl

    from bescapp.ui.delegations.import_dialog import ImportDialog

    path = tmp_path / "lista.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Nombre(s)", "Apellido paterno", "Apellido materno", "Cargo", "Función"])
    wb.active.append(["Rocío", "Ávila", "Muñoz", "Subdirectora", "Asesora"])
    wb.save(path)
    new_meeting_through_the_dialog(fresh_app, monkeypatch, first_plenary("US"))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Mexico", True)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    fresh_app.window.show_workspace("delegations")
    page = fresh_app.window.delegations
    page.import_button.click()
    mx = page.sections["MX"].model
    assert [mx.index(r, DelegationListModel.NAME).data() for r in range(mx.rowCount())] == [
        "Rocío Ávila Muñoz"]


# nothing fails silently --------------------------------------------------------------------------


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_becomes_a_message_and_a_log_entry(
        qapp, qtbot, demo_path, monkeypatch):
    from bescapp import paths

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(
        lambda *a, **k: shown.append((a[1], a[2]))))
    application = new_application(qapp, qtbot)
    assert application.open(demo_path)
    application.window.show_workspace("delegations")
    page = application.window.delegations

    def broken():
        raise KeyError("MX")

    monkeypatch.setattr(page, "add_member", broken)
    page.add_button.clicked.disconnect()
    page.add_button.clicked.connect(lambda: page.add_member())
    page.add_button.click()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Something went wrong"
    assert "'MX'" in text
    log = paths.log_dir() / "bescapp.log"
    assert str(log) in text
    assert "KeyError: 'MX'" in log.read_text(encoding="utf-8")
    application.context.set_database(None)


def test_the_time_style_starts_as_our_sides_and_the_agenda_follows_a_change(
        fresh_app, monkeypatch):
    """A Mexican database writes Spanish times on the 24-hour clock, a U.S. one on the
    12-hour clock; choosing the other style is one undo step the Agenda workspace shows."""
    from bescapp.i18n.formatting import TWELVE_HOUR, TWENTY_FOUR_HOUR

    ours = TWENTY_FOUR_HOUR if fresh_app.side == "MX" else TWELVE_HOUR
    other = TWELVE_HOUR if ours == TWENTY_FOUR_HOUR else TWENTY_FOUR_HOUR
    assert settings_of(fresh_app).clock == ours
    shown = {}

    def edit(dialog):
        shown["choice"] = dialog.time_style.currentData()
        shown["texts"] = [dialog.time_style.itemText(i) for i in range(dialog.time_style.count())]
        dialog.time_style.setCurrentIndex(dialog.time_style.findData(other))

    run_settings_dialog(monkeypatch, edit)
    fresh_app.window.database_settings_action.trigger()
    assert shown["choice"] == ours
    assert shown["texts"] == ["12-hour clock (9:00–9:35\u00a0a.\u00a0m.)",
                              "24-hour clock (9:00–9:35\u00a0h)"]
    assert settings_of(fresh_app).time_style == other
    assert settings_of(fresh_app).clock == other
    fresh_app.context.undo_stack.undo()
    assert settings_of(fresh_app).clock == ours
