"""Agenda numbering, times and input rules, without Qt or a database."""

import datetime as dt
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bescapp.domain import agenda
from bescapp.domain.agenda import AgendaProblem, schedule
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import AgendaKind

NINE, FIVE = dt.time(9, 0), dt.time(17, 0)


@dataclass
class Row:
    id: int
    parent_id: int | None
    position: int
    duration_minutes: int = 0
    kind: AgendaKind = AgendaKind.ITEM
    fixed_start: dt.time | None = None
    day: int = 1


def hhmm(slot):
    return slot.start_time.strftime("%H:%M"), slot.end_time.strftime("%H:%M")  # test only


def plenary():
    return [
        Row(1, None, 0, kind=AgendaKind.SESSION),
        Row(2, 1, 0, 30), Row(3, 1, 1, 45),
        Row(4, None, 1, 15, AgendaKind.BREAK),
        Row(5, None, 2, kind=AgendaKind.SESSION),
        Row(6, 5, 0, 20), Row(7, 6, 0, 10), Row(8, 5, 1, 20),
        Row(9, None, 3, 60, AgendaKind.MEAL, dt.time(13, 0)),
        Row(10, None, 4, 30),
    ]


def test_numbers_sessions_items_and_sub_items_skipping_breaks():
    s = schedule(plenary(), NINE, FIVE)
    assert [s.slots[i].number for i in s.order] == ["1", "1.1", "1.2", "", "2", "2.1", "2.1.1",
                                                    "2.2", "", "3"]


def test_roman_sessions():
    s = schedule(plenary(), NINE, FIVE, "roman")
    assert [s.slots[i].number for i in (1, 3, 5, 7, 10)] == ["I", "I.2", "II", "II.1.1", "III"]


def test_times_follow_durations_and_sessions_span_their_items():
    s = schedule(plenary(), NINE, FIVE)
    assert hhmm(s.slots[2]) == ("09:00", "09:30")
    assert hhmm(s.slots[1]) == ("09:00", "10:15")
    assert hhmm(s.slots[4]) == ("10:15", "10:30")
    assert hhmm(s.slots[6]) == ("10:30", "10:40")  # a parent spans its sub-item only
    assert hhmm(s.slots[5]) == ("10:30", "11:00")


def test_fixed_start_pins_the_clock_and_flags_the_gap():
    s = schedule(plenary(), NINE, FIVE)
    lunch = s.slots[9]
    assert hhmm(lunch) == ("13:00", "14:00")
    assert lunch.gap_before == 120
    assert lunch.overlap == 0
    assert hhmm(s.slots[10]) == ("14:00", "14:30")


def test_fixed_start_before_the_clock_flags_an_overlap():
    rows = [Row(1, None, 0, 240), Row(2, None, 1, 60, AgendaKind.MEAL, dt.time(12, 0))]
    s = schedule(rows, NINE, FIVE)
    assert s.slots[2].overlap == 60
    assert s.slots[2].gap_before == 0
    assert hhmm(s.slots[2]) == ("12:00", "13:00")


def test_overrun_past_the_end_of_day_is_flagged_on_the_items():
    rows = [Row(1, None, 0, 340), Row(2, None, 1, 120), Row(3, None, 2, 30)]
    s = schedule(rows, NINE, dt.time(15, 0))
    assert [s.slots[i].overrun for i in (1, 2, 3)] == [0, 100, 130]
    assert s.overruns() == [2, 3]
    assert s.worst_overrun() == 130


def test_each_day_starts_at_the_day_start():
    rows = [Row(1, None, 0, 60, day=1), Row(2, None, 0, 30, day=2), Row(3, None, 1, 30, day=1)]
    s = schedule(rows, NINE, FIVE)
    assert s.order == [1, 3, 2]
    assert hhmm(s.slots[3]) == ("10:00", "10:30")
    assert hhmm(s.slots[2]) == ("09:00", "09:30")
    assert s.days() == [1, 2]
    assert s.slots[2].number == "3"  # numbering runs on across the days


@pytest.mark.parametrize(("minutes", "code"), [
    (0, AgendaProblem.DURATION_ZERO), (-5, AgendaProblem.DURATION_NEGATIVE),
    (24 * 60 + 1, AgendaProblem.DURATION_TOO_LONG)])
def test_bad_durations(minutes, code):
    assert [p.code for p in agenda.duration_problems(minutes)] == [code]


def test_sessions_may_have_no_duration_of_their_own():
    assert agenda.duration_problems(0, AgendaKind.SESSION) == []
    assert agenda.duration_problems(0, AgendaKind.ITEM, has_children=True) == []
    assert agenda.duration_problems(24 * 60) == []


def test_fixed_start_outside_the_day():
    assert agenda.fixed_start_problems(dt.time(13, 0), NINE, FIVE) == []
    assert [p.code for p in agenda.fixed_start_problems(dt.time(8, 0), NINE, FIVE)] == [
        AgendaProblem.FIXED_START_OUTSIDE]
    assert agenda.fixed_start_problems(dt.time(17, 0), NINE, FIVE)


def test_title_needed_in_one_language():
    assert [p.code for p in agenda.title_problems(Bilingual("", "  "))] == [AgendaProblem.NO_TITLE]
    assert agenda.title_problems(Bilingual("", "Apertura")) == []


def test_a_pasted_100000_characters_gets_a_message_saying_where():
    problems = agenda.title_problems(Bilingual("x" * 100_000, "ok"))
    assert problems[0].code == AgendaProblem.TOO_LONG
    assert problems[0].language == "en"
    assert "100,000" in problems[0].text()
    assert "500" in problems[0].text()
    assert problems[0].text("es") == "title (en): El texto tiene 100,000 caracteres; el límite es 500."


def test_control_characters_are_cleaned_and_counted():
    assert agenda.clean_text("a\x00b\x1fc\r\nd\te") == ("abc\nd\te", 2)
    assert agenda.clean_title("Opening\nsession\x07") == ("Opening session", 1)


@given(st.text())
def test_any_pasted_text_cleans_to_something_word_can_hold(text):
    cleaned, _ = agenda.clean_text(text)
    assert not any(ord(c) < 32 and c not in "\t\n" for c in cleaned)


def test_attachments_must_be_docx():
    assert agenda.attachment_problems("paper.docx", b"PK\x03\x04") == []
    assert agenda.attachment_problems("paper.pdf", b"%PDF")
    assert agenda.attachment_problems("fake.docx", b"hello")


def test_demo_agenda_times(demo_db):
    from bescapp.model.entities import AgendaItem, Meeting

    db, meeting_id = demo_db
    with db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        rows = session.query(AgendaItem).filter_by(meeting_id=meeting_id).all()
        s = schedule(rows, meeting.day_start, meeting.day_end, meeting.session_numbering)
        by_title = {r.title.en: s.slots[r.id] for r in rows}
    lunch = next(v for k, v in by_title.items() if k.startswith("Working lunch"))
    assert hhmm(lunch) == ("13:00", "14:00")
    assert by_title["Opening Session"].number == "I"
    assert by_title["Adoption of the agenda"].number == "I.4"


def test_items_inside_a_break_are_not_numbered():
    rows = [Row(1, None, 0, 15, AgendaKind.BREAK), Row(2, 1, 0, 10), Row(3, None, 1, 10)]
    s = schedule(rows, NINE, FIVE, "roman")
    assert [s.slots[i].number for i in s.order] == ["", "", "I"]
