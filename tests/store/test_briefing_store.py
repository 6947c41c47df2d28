"""The briefing material in the store: texts, the visit schedule, clearances, photos; what a
file of the schema before them holds once opened; deletions that undo puts back."""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import func, select

from bescapp.domain.photos import checked_photo
from bescapp.export.briefing_book import write_briefing_book
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Clearance, ClearanceRole, Meeting, Person, VisitEvent, VisitKind
from bescapp.store import briefing
from bescapp.store.database import open_database
from bescapp.store.demo_briefing import sample_portrait
from bescapp.store.files import SCHEMA_HEAD
from bescapp.store.meetings import delete_meeting
from bescapp.store.snapshots import restore

FIXTURES = Path(__file__).parents[1] / "_databases"


def visit(title: str, day: int = 1, kind=VisitKind.OTHER) -> briefing.VisitFields:
    return briefing.VisitFields(kind, day, dt.time(9, 0), None, B(title, title))


def titles(session, meeting_id) -> list[tuple[int, str]]:
    return [(r.fields.day, r.fields.title.en) for r in briefing.visit_schedule(session, meeting_id)]


@pytest.fixture
def meeting(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:  # start from an empty schedule and no clearances
        for row in briefing.visit_schedule(session, meeting_id):
            briefing.delete_visit_event(session, row.id)
        for row in briefing.clearances(session, meeting_id):
            briefing.delete_clearance(session, row.id)
    return db, meeting_id


def test_texts_are_kept_and_a_text_too_long_is_refused_with_its_field(meeting):
    db, meeting_id = meeting
    value = briefing.BriefingTexts(scene_setter=B("Calm.", "Tranquilo."))
    with db.transaction() as session:
        briefing.set_briefing_texts(session, meeting_id, value)
    too_long = value.replace("press_guidance", B("x" * 20_001, ""))
    with pytest.raises(briefing.BriefingInvalid) as refused, db.transaction() as session:
        briefing.set_briefing_texts(session, meeting_id, too_long)
    assert refused.value.text("en") == "press guidance (English): 20,001 characters; at most 20,000"
    assert refused.value.text("es") == ("líneas de prensa (inglés): 20,001 caracteres; "
                                        "como máximo 20,000")
    with db.session() as session:
        assert briefing.briefing_texts(session, meeting_id) == value


def test_the_visit_schedule_keeps_each_day_in_the_order_staff_put_it(meeting):
    db, meeting_id = meeting
    with db.transaction() as session:
        ids = [briefing.add_visit_event(session, meeting_id, visit(t, d))
               for t, d in (("Arrival", 1), ("Dinner", 2), ("Pre-brief", 1), ("Photo", 1))]
        assert titles(session, meeting_id) == [(1, "Arrival"), (1, "Pre-brief"), (1, "Photo"),
                                               (2, "Dinner")]
        briefing.move_visit_event(session, ids[3], -1)
        briefing.move_visit_event(session, ids[0], -1)  # already first: stays
        assert titles(session, meeting_id) == [(1, "Arrival"), (1, "Photo"), (1, "Pre-brief"),
                                               (2, "Dinner")]
        briefing.update_visit_event(session, ids[0], visit("Arrival", 2))  # last of day 2
        assert titles(session, meeting_id) == [(1, "Photo"), (1, "Pre-brief"), (2, "Dinner"),
                                               (2, "Arrival")]
        snapshot = briefing.delete_visit_event(session, ids[1])
        assert (2, "Dinner") not in titles(session, meeting_id)
        restore(session, snapshot)
        assert session.get(VisitEvent, ids[1]).title.en == "Dinner"  # the same id again


def test_a_visit_text_too_long_is_refused_and_nothing_is_added(meeting):
    db, meeting_id = meeting
    with pytest.raises(briefing.BriefingInvalid) as refused, db.transaction() as session:
        briefing.add_visit_event(session, meeting_id, visit("x" * 501))
    assert "title (English): 501 characters; at most 500" in refused.value.text("en")
    with db.session() as session:
        assert briefing.visit_schedule(session, meeting_id) == []


def test_clearances_list_who_drafted_first_and_move_among_their_step(meeting):
    db, meeting_id = meeting
    with db.transaction() as session:
        first = briefing.add_clearance(session, meeting_id, briefing.ClearanceFields(
            ClearanceRole.CLEARED, "  A.  Cleared ", "EMB"))
        second = briefing.add_clearance(session, meeting_id, briefing.ClearanceFields(
            ClearanceRole.CLEARED, "B. Cleared", "DHS", dt.date(2020, 3, 1)))
        briefing.add_clearance(session, meeting_id, briefing.ClearanceFields(
            ClearanceRole.DRAFTED, "D. Drafter", "WHA/MEX", dt.date(2020, 2, 28)))
        names = [r.fields.name for r in briefing.clearances(session, meeting_id)]
        assert names == ["D. Drafter", "A. Cleared", "B. Cleared"]  # spaces tidied
        briefing.move_clearance(session, second, -1)
        names = [r.fields.name for r in briefing.clearances(session, meeting_id)]
        assert names == ["D. Drafter", "B. Cleared", "A. Cleared"]
        assert first


def test_a_photo_is_set_read_and_removed(meeting):
    db, _meeting_id = meeting
    jpeg = checked_photo(sample_portrait((0, 0, 0), (255, 255, 255)), "p.png").content
    with db.transaction() as session:
        person_id = session.scalar(select(Person.id).where(Person.photo.is_(None)).limit(1))
        briefing.set_photo(session, person_id, jpeg)
        assert briefing.photo(session, person_id) == jpeg
        assert briefing.photos(session, [person_id]) == {person_id: jpeg}
        briefing.set_photo(session, person_id, None)
        assert briefing.photo(session, person_id) is None
        assert briefing.photos(session, [person_id]) == {}


def test_deleting_a_meeting_takes_its_schedule_and_clearances_and_undo_puts_them_back(demo_db):
    db, meeting_id = demo_db

    def counts(session):
        return (session.scalar(select(func.count(VisitEvent.id))),
                session.scalar(select(func.count(Clearance.id))))

    with db.transaction() as session:
        before = counts(session)
        assert before == (7, 3)
        snapshot = delete_meeting(session, meeting_id)
        assert counts(session) == (0, 0)
        restore(session, snapshot)
        assert counts(session) == before


def test_a_file_of_the_schema_before_opens_with_the_briefing_material_empty(tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "schema-0011.db", path)  # the schema before the book's 0012
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert db.revision == SCHEMA_HEAD
        with db.session() as session:
            meeting = session.scalar(select(Meeting).where(Meeting.number == 12))
            assert briefing.briefing_texts(session, meeting.id) == briefing.BriefingTexts()
            assert briefing.visit_schedule(session, meeting.id) == []
            assert briefing.clearances(session, meeting.id) == []
            assert session.scalar(select(func.count(Person.id)).where(Person.photo.is_not(None))) == 0
            book = write_briefing_book(session, meeting.id, "es", tmp_path / "book.docx")
        with db.transaction() as session:  # and it takes the new material
            briefing.add_visit_event(session, meeting.id, visit("Arrival", kind=VisitKind.ARRIVAL))
    finally:
        db.close()
    text = "\n".join(p.text for p in Document(book).paragraphs)
    assert "Aún sin redactar." in text
    assert "Aún no hay programa de la visita." in text
