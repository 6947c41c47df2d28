"""The delegation lists say who joins by video, in each language, from a database made by
``init`` (both sides): the list export and the briefing book's lists."""

import datetime as dt

import docx
import pytest

from bescapp.domain.delegations import MembershipFields, PersonFields
from bescapp.export import briefing_book
from bescapp.export import delegations as export
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Attendance, AttendanceMode, Principal, Role
from bescapp.store import delegations as ops
from bescapp.store.meetings import MeetingFields, create_meeting


def cells(path) -> list[list[str]]:
    return [[c.text for c in row.cells] for t in docx.Document(str(path)).tables for row in t.rows]


@pytest.fixture
def meeting(fresh_db):
    """Mexico hosts; the U.S. co-chair joins by video, and a declined advisor would have."""
    db, _side = fresh_db
    with db.transaction() as session:
        meeting_id = create_meeting(session, MeetingFields(
            number=13, start_date=dt.date(2025, 6, 9), end_date=dt.date(2025, 6, 9),
            city=B("Tijuana", "Tijuana"), host_party="MX"))
        seats = (
            ("US", "amb", "Helen", "Baker", Role.HEAD, Attendance.CONFIRMED,
             AttendanceMode.IN_PERSON, Principal.CO_HOST),
            ("US", "ms", "Dana", "Cole", Role.CO_CHAIR, Attendance.CONFIRMED,
             AttendanceMode.VIRTUAL, Principal.NONE),
            ("US", "mr", "Lee", "Gone", Role.ADVISOR, Attendance.DECLINED,
             AttendanceMode.VIRTUAL, Principal.NONE),
            ("MX", "dra", "Ana Luisa", "Ortiz", Role.HEAD, Attendance.CONFIRMED,
             AttendanceMode.IN_PERSON, Principal.HOST),
        )
        for party, honorific, given, surname, role, attendance, mode, principal in seats:
            title = B("U.S. Ambassador to Mexico", "Embajadora de los Estados Unidos en México") \
                if surname == "Baker" else B()
            person = ops.create_person(session, PersonFields(
                honorific=honorific, given_names=given, first_surname=surname, title=title))
            ops.add_member(session, meeting_id, ops.party_by_code(session, party).id, person,
                           MembershipFields(role=role, attendance=attendance,
                                            attendance_mode=mode, principal=principal))
    return db, meeting_id


def test_the_lists_say_who_takes_part_virtually_in_english_and_spanish(meeting, fresh_side,
                                                                       tmp_path):
    db, meeting_id = meeting
    with db.session() as session:
        en = export.write_delegations(session, meeting_id, "en", tmp_path / "en.docx")
        es = export.write_delegations(session, meeting_id, "es", tmp_path / "es.docx")
        both = export.write_delegations(session, meeting_id, "bilingual", tmp_path / "b.docx")
    assert cells(en) == [
        ["No.", "Name", "Title", "Agency"],
        ["1", "Dr. Ana Luisa Ortiz\nHead of delegation", "", ""],
        ["No.", "Name", "Title", "Agency"],
        ["1", "Amb. Helen Baker\nHead of delegation", "U.S. Ambassador to Mexico", ""],
        ["2", "Ms. Dana Cole\nCo-chair\nTaking part virtually", "", ""]]
    assert cells(es)[-1] == ["2", "Sra. Dana Cole\nCopresidenta\nParticipa de manera virtual",
                             "", ""]
    # in person: no line; Spanish agrees with a woman (the honorific, or "Embajadora")
    assert cells(es)[1][1] == "Dra. Ana Luisa Ortiz\nJefa de la delegación"
    assert cells(es)[3][1] == "Emb. Helen Baker\nJefa de la delegación"
    english = "Ms. Dana Cole\nCo-chair\nTaking part virtually"
    spanish = "Sra. Dana Cole\nCopresidenta\nParticipa de manera virtual"
    # each side's copy has its own language on the left
    assert cells(both)[-1] == (["2", english, spanish] if fresh_side == "us"
                               else ["2", spanish, english])
    assert not any("Gone" in text for row in cells(en) for text in row)  # declined: left out


def test_the_briefing_books_lists_say_it_too(meeting, tmp_path):
    db, meeting_id = meeting
    with db.session() as session:
        path = briefing_book.write_briefing_book(session, meeting_id, "es", tmp_path / "book.docx")
    # the people pages: her name, her role as a woman, and that she joins by video
    assert any(row[1].startswith("Sra. Dana Cole\nCopresidenta\nParticipa de manera virtual\n")
               for row in cells(path) if len(row) == 2)
