"""Meeting operations, and undo snapshots that restore a deleted meeting exactly."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import AgendaItem, AgendaLead, Meeting, MeetingKind, Membership
from bescapp.store.meetings import (
    MeetingFields,
    MeetingInvalid,
    MeetingProblem,
    create_meeting,
    delete_meeting,
    fields_of,
    list_meetings,
    update_meeting,
)
from bescapp.store.snapshots import restore

THIRTEENTH = MeetingFields(
    kind=MeetingKind.PLENARY, number=13, start_date=dt.date(2021, 5, 10),
    end_date=dt.date(2021, 5, 11), city=Bilingual("Washington, D.C.", "Washington, D.C."),
    host_party="US",
)


def counts(session):
    return tuple(session.scalar(select(func.count()).select_from(m))
                 for m in (Meeting, AgendaItem, AgendaLead, Membership))


def test_create_and_list_in_date_order(demo_db):
    db, _ = demo_db
    with db.transaction() as session:
        new_id = create_meeting(session, THIRTEENTH)
    with db.session() as session:
        meetings = list_meetings(session)
        assert meetings[-1].id == new_id
        assert [m.start_date for m in meetings] == sorted(m.start_date for m in meetings)
        assert meetings[-1].host_party.code == "US"


def test_a_duplicate_number_is_refused(demo_db):
    db, _ = demo_db
    duplicate = MeetingFields(number=12, city=Bilingual("Mexico City", ""))
    with pytest.raises(MeetingInvalid) as caught, db.transaction() as session:
        create_meeting(session, duplicate)
    assert caught.value.problems == [MeetingProblem.DUPLICATE]


def test_fields_explain_every_problem():
    bad = MeetingFields(number=0, start_date=dt.date(2020, 3, 5), end_date=dt.date(2020, 3, 4),
                        day_start=dt.time(18), day_end=dt.time(9))
    assert bad.problems() == [MeetingProblem.NUMBER, MeetingProblem.DATES,
                              MeetingProblem.HOURS, MeetingProblem.CITY]


def test_update_round_trips_all_fields(demo_db):
    db, meeting_id = demo_db
    with db.session() as session:
        before = fields_of(session.get_one(Meeting, meeting_id))
    after = MeetingFields(**{**before.__dict__, "venue": Bilingual("Palacio", "Palacio"),
                             "handling_marking": Bilingual("FOR OFFICIAL USE ONLY", "USO OFICIAL")})
    with db.transaction() as session:
        update_meeting(session, meeting_id, after)
    with db.session() as session:
        assert fields_of(session.get_one(Meeting, meeting_id)) == after


def test_delete_then_restore_brings_back_the_meeting_and_all_it_held(demo_db):
    db, meeting_id = demo_db
    with db.session() as session:
        before = counts(session)
        agenda_before = sorted(
            (a.id, a.parent_id, a.position, a.title.en) for a in
            session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)))
    with db.transaction() as session:
        snapshot = delete_meeting(session, meeting_id)
    with db.session() as session:
        assert counts(session)[0] == before[0] - 1
        assert session.get(Meeting, meeting_id) is None
    with db.transaction() as session:
        restore(session, snapshot)
    with db.session() as session:
        assert counts(session) == before
        agenda_after = sorted(
            (a.id, a.parent_id, a.position, a.title.en) for a in
            session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)))
        assert agenda_after == agenda_before


def test_previous_plenary_is_the_eleventh(demo_db):
    from bescapp.store.meetings import previous_plenary

    db, meeting_id = demo_db
    with db.session() as session:
        previous = previous_plenary(session, session.get_one(Meeting, meeting_id))
        assert previous.number == 11
        first = session.scalar(select(Meeting).where(Meeting.number == 1))
        assert previous_plenary(session, first) is None
