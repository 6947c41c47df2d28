"""The store's named queries the workspaces read through (they build no query themselves)."""

import datetime as dt

from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import MeetingKind
from bescapp.store import agenda, delegations, meetings
from bescapp.store.meetings import MeetingFields, create_meeting
from bescapp.store.snapshots import restore


def plenary(number: int, day: dt.date, kind=MeetingKind.PLENARY) -> MeetingFields:
    return MeetingFields(kind=kind, number=number, start_date=day, end_date=day,
                         city=Bilingual("Laredo", "Laredo"), host_party="US")


def test_meetings_on_an_empty_database_then_with_two(fresh_db):
    db, _side = fresh_db
    with db.session() as session:
        assert meetings.latest_meeting(session) is None
        assert meetings.numbers_taken(session) == set()
        assert meetings.get_meeting(session, None) is None
        assert meetings.get_meeting(session, 1) is None
    with db.transaction() as session:
        later = create_meeting(session, plenary(14, dt.date(2022, 3, 1)))
        earlier = create_meeting(session, plenary(13, dt.date(2021, 3, 1)))
        group = create_meeting(session, plenary(13, dt.date(2021, 6, 1), MeetingKind.WORKING_GROUP))
    with db.session() as session:
        assert meetings.latest_meeting(session).id == later  # by date, not by the order made
        assert meetings.get_meeting(session, earlier).number == 13
        assert meetings.numbers_taken(session) == {("plenary", 13), ("plenary", 14),
                                                   ("working_group", 13)}
        # The meeting being edited may keep its own number.
        assert meetings.numbers_taken(session, except_id=group) == {("plenary", 13), ("plenary", 14)}
        assert meetings.meeting_fields(session, earlier).start_date == dt.date(2021, 3, 1)


def test_an_agenda_entry_by_id(demo_db):
    db, meeting_id = demo_db
    with db.session() as session:
        first = agenda.load_tree(session, meeting_id)[0]
        assert agenda.get_item(session, first.id).title == first.title
        assert agenda.get_item(session, None) is None
        assert agenda.get_item(session, 10_000_000) is None


def test_copied_members_taken_off_and_put_back_with_their_ids(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as session:
        new = create_meeting(session, plenary(13, dt.date(2021, 3, 1)))
        copied = delegations.copy_lists(session, meeting_id, new)
    assert copied
    with db.transaction() as session:
        snapshot = delegations.delete_memberships(session, copied)
    with db.session() as session:
        assert all(not pl.members for pl in delegations.load_lists(session, new))
    with db.transaction() as session:
        restore(session, snapshot)
    with db.session() as session:
        assert sorted(m.membership_id for pl in delegations.load_lists(session, new)
                      for m in pl.members) == sorted(copied)
