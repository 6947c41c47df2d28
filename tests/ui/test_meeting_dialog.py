"""The meeting dialog: dates typed in both languages, the end following the start, and the
first meeting of a database made by ``init`` (its host kept, the database's marking)."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit

from bescapp.model.entities import Meeting, MeetingKind
from bescapp.store.meetings import MeetingFields
from bescapp.store.starter import MARKINGS
from bescapp.ui.meetings.dialog import MeetingDialog
from tests.ui.test_real_start import first_plenary, new_meeting_through_the_dialog

# the meeting dialog ---------------------------------------------------------------------------


def shown_dialog(qtbot, fields=None, language="en"):
    from PySide6.QtWidgets import QApplication

    from bescapp.i18n.qt import LanguageSwitcher

    LanguageSwitcher(QApplication.instance()).apply(language)
    dialog = MeetingDialog(fields or MeetingFields(start_date=dt.date(2020, 3, 4),
                                                   end_date=dt.date(2020, 3, 4)),
                           set(), is_new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


@pytest.fixture
def english_afterwards(qapp):
    yield
    from bescapp.i18n.qt import LanguageSwitcher

    LanguageSwitcher(qapp).apply("en")


def type_into(edit: QDateEdit, section, keys: str) -> None:
    edit.setFocus()
    edit.setSelectedSection(section)
    QTest.keyClicks(edit, keys)
    QTest.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize(("language", "shown", "long"), [
    ("en", "06/01/2014", "Sunday, June 1, 2014"),
    ("es", "06/01/2014", "lunes, 6 de enero de 2014")])
def test_a_date_can_be_typed_in_both_languages(qtbot, english_afterwards, language, shown,
                                               long):
    dialog = shown_dialog(qtbot, language=language)
    edit = dialog.start_date
    type_into(edit, QDateEdit.Section.YearSection, "2014")
    assert edit.date().year() == 2014  # the old long format showed "000014"
    assert "2014" in edit.text()
    type_into(edit, edit.sectionAt(0), "06012014")  # a whole date typed, digits only
    assert edit.text() == shown
    assert dialog.start_long.text() == long
    assert dialog.fields().start_date == edit.date().toPython()


def test_the_end_follows_the_start(qtbot, english_afterwards):
    dialog = shown_dialog(qtbot)  # a one-day meeting, March 4, 2020
    start, end = dialog.start_date, dialog.end_date
    type_into(start, start.sectionAt(0), "06012014")  # passes through 06/04/2020 ...
    assert end.date() == QDate(2014, 6, 1)
    end.setDate(QDate(2014, 6, 3))  # now three days
    start.setDate(QDate(2014, 6, 2))  # the start moved within them: the end stays
    assert end.date() == QDate(2014, 6, 3)
    start.setDate(QDate(2014, 9, 2))  # the start leaves them: the meeting moves
    assert end.date() == QDate(2014, 9, 3)
    assert dialog.fields().end_date == dt.date(2014, 9, 3)


def test_a_typed_start_moves_a_three_day_meeting_whole(qtbot, english_afterwards):
    dialog = shown_dialog(qtbot, MeetingFields(start_date=dt.date(2020, 3, 4),
                                               end_date=dt.date(2020, 3, 6)))
    start = dialog.start_date
    # On its way to 06/01/2014 the start is 06/04/2020 then 06/01/2020, after the old end:
    # measured from each of those, the end would have landed anywhere.
    type_into(start, start.sectionAt(0), "06012014")
    assert (dialog.fields().start_date, dialog.fields().end_date) == (
        dt.date(2014, 6, 1), dt.date(2014, 6, 3))


@pytest.mark.parametrize("host", ["US", "MX"])
def test_the_first_meeting_of_a_fresh_database_keeps_its_host_and_our_marking(
        fresh_app, monkeypatch, host):
    seen = new_meeting_through_the_dialog(fresh_app, monkeypatch, first_plenary(host))
    marking = MARKINGS[fresh_app.side]
    assert seen["marking"] == (marking.en, marking.es)  # the database's, shown to start from
    assert seen["problems"] == ""
    with fresh_app.context.db.session() as session:
        meeting = session.get(Meeting, fresh_app.context.meeting_id)
        assert meeting.kind == MeetingKind.PLENARY
        assert meeting.host_party.code == host  # chosen in the dialog, kept
        assert meeting.handling_marking == marking
    assert fresh_app.window.windowTitle().startswith("1st Plenary Meeting — El Paso")


