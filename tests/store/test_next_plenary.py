"""The next plenary in one step: what comes over from the earlier meeting and what stays."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from bescapp.domain.agenda import tree_order
from bescapp.domain.delegations import MembershipFields, PersonFields
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import (
    AgendaItem,
    AgendaKind,
    AgendaLead,
    Attachment,
    Attendance,
    AttendanceMode,
    Communique,
    Meeting,
    Membership,
    Principal,
    Role,
    SessionNumbering,
)
from bescapp.store import agenda, communique, delegations
from bescapp.store.agenda import ItemFields, load_tree
from bescapp.store.meetings import MeetingFields, MeetingInvalid, MeetingProblem, create_meeting
from bescapp.store.next_plenary import UnknownMeeting, a_year_on, create_next

WASHINGTON = Bilingual("Washington, D.C.", "Washington, D.C.")


def public_agenda(session, meeting_id):
    """The agenda as a nested outline of what may be copied: kind, titles, descriptions,
    duration, fixed start and day."""
    groups = tree_order(load_tree(session, meeting_id))

    def outline(parent):
        return [((r.kind, r.title, r.description, r.duration_minutes, r.fixed_start, r.day),
                 outline(r.id)) for r in groups.get(parent, [])]

    return outline(None)


def lists(session, meeting_id):
    """Each party's list: person, role, principal, title, agency, in protocol order."""
    meeting = session.get_one(Meeting, meeting_id)
    return {d.party.code: [(m.person_id, m.role, m.principal, m.title, m.agency_id)
                           for m in sorted(d.memberships, key=lambda m: m.precedence)]
            for d in meeting.delegations}


def counts(session):
    return tuple(session.scalar(select(func.count()).select_from(t))
                 for t in (Meeting, AgendaItem, Membership, Communique))


@pytest.fixture
def seventh(fresh_db):
    """A fresh ``init`` database holding the 7th plenary as staff would have left it:
    an agenda with internal texts, leads and an attachment; both lists with answers and
    notes; a communiqué draft. Yields (db, meeting id)."""
    db, _side = fresh_db
    with db.transaction() as s:
        meeting_id = create_meeting(s, MeetingFields(
            number=7, start_date=dt.date(2014, 12, 4), end_date=dt.date(2014, 12, 5),
            day_start=dt.time(8, 30), day_end=dt.time(17, 0),
            city=Bilingual("Mexico City", "Ciudad de México"), host_party="MX",
            session_numbering=SessionNumbering.ROMAN))
        internal = dict(objective=Bilingual("Close the deal", "Cerrar"),
                        talking_points=Bilingual("Say yes", "Decir sí"),
                        background=Bilingual("History", "Historia"))
        session_id = agenda.add_item(s, meeting_id, None, 0, ItemFields(
            kind=AgendaKind.SESSION, title=Bilingual("Opening", "Apertura"), duration_minutes=0))
        item_id = agenda.add_item(s, meeting_id, session_id, 0, ItemFields(
            title=Bilingual("Welcome", "Bienvenida"),
            description=Bilingual("By the hosts", "Por los anfitriones"),
            duration_minutes=20, fixed_start=dt.time(9, 0), **internal))
        agenda.add_item(s, meeting_id, None, 1, ItemFields(
            kind=AgendaKind.BREAK, title=Bilingual("Coffee", "Café"), duration_minutes=15,
            day=2))
        agenda.add_attachment(s, item_id, "notes.docx", b"PK\x03\x04internal", dt.datetime(2014, 11, 1))
        people = []
        for party_code, names in (("MX", ("Ana", "Luis")), ("US", ("Mary", "John"))):
            party = delegations.party_by_code(s, party_code)
            for k, given in enumerate(names):
                person_id = delegations.create_person(s, PersonFields(
                    given_names=given, first_surname="Pérez" if party_code == "MX" else "Smith",
                    title=Bilingual(f"{given}'s title now", "")))
                delegations.add_member(s, meeting_id, party.id, person_id, MembershipFields(
                    role=Role.HEAD if k == 0 else Role.MEMBER,
                    attendance=Attendance.CONFIRMED, title=Bilingual(f"{given} in 2014", ""),
                    principal=Principal.HOST if k == 0 else Principal.NONE,
                    internal_notes=Bilingual("arrives late", ""), attendance_mode=AttendanceMode.VIRTUAL))
                people.append(person_id)
        agenda.set_leads(s, item_id, people[:2])
        communique.add_paragraph(s, meeting_id, text=Bilingual("We met.", "Nos reunimos."))
    return db, meeting_id


def test_from_an_init_database_the_agenda_and_lists_come_over_and_the_rest_stays(seventh):
    db, seventh_id = seventh
    with db.transaction() as s:
        new_id, changes = create_next(s, seventh_id, city=WASHINGTON)
    assert changes.meeting_id == new_id
    with db.session() as s:
        new, old = s.get_one(Meeting, new_id), s.get_one(Meeting, seventh_id)
        assert (new.kind.value, new.number) == ("plenary", 8)
        assert (new.start_date, new.end_date) == (dt.date(2015, 12, 4), dt.date(2015, 12, 5))
        assert new.host_party.code == "US"  # the other side hosts
        assert (new.day_start, new.day_end) == (dt.time(8, 30), dt.time(17, 0))
        assert new.session_numbering is SessionNumbering.ROMAN
        assert new.city == WASHINGTON
        assert new.venue.is_empty()
        assert public_agenda(s, new_id) == public_agenda(s, seventh_id)
        items = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == new_id)).all()
        assert len(items) == 3
        assert all(i.objective.is_empty() and i.talking_points.is_empty()
                   and i.background.is_empty() for i in items)
        new_items = [i.id for i in items]
        assert s.scalar(select(func.count()).select_from(AgendaLead)
                        .where(AgendaLead.agenda_item_id.in_(new_items))) == 0
        assert s.scalar(select(func.count()).select_from(Attachment)
                        .where(Attachment.agenda_item_id.in_(new_items))) == 0
        assert lists(s, new_id) == lists(s, seventh_id)
        assert lists(s, new_id)["MX"][0][2] is Principal.HOST  # as it was
        members = [m for d in new.delegations for m in d.memberships]
        assert len(members) == 4
        assert {m.attendance for m in members} == {Attendance.INVITED}
        assert {m.attendance_mode for m in members} == {AttendanceMode.IN_PERSON}
        assert {m.internal_notes for m in members} == {Bilingual()}
        assert s.scalar(select(Communique).where(Communique.meeting_id == new_id)) is None
        # the earlier meeting is as it was
        assert {m.attendance for d in old.delegations for m in d.memberships} == {
            Attendance.CONFIRMED}
        assert communique.draft_paragraphs(s, seventh_id)[0].text.en == "We met."


def test_date_host_and_number_can_be_given(seventh):
    db, seventh_id = seventh
    with db.transaction() as s:
        new_id, _ = create_next(s, seventh_id, city=Bilingual("El Paso", ""),
                                start_date=dt.date(2015, 6, 1), host_party="MX", number=9)
    with db.session() as s:
        new = s.get_one(Meeting, new_id)
        assert new.number == 9
        assert new.host_party.code == "MX"
        assert (new.start_date, new.end_date) == (dt.date(2015, 6, 1), dt.date(2015, 6, 2))
        assert new.city.es == ""  # documents fall back on the English (Bilingual.either)


def test_the_demo_twelfth_plenary_gives_the_thirteenth(demo_db):
    db, twelfth_id = demo_db
    with db.transaction() as s:
        new_id, _ = create_next(s, twelfth_id, city=WASHINGTON)
    with db.session() as s:
        new, old = s.get_one(Meeting, new_id), s.get_one(Meeting, twelfth_id)
        assert (new.number, new.start_date) == (13, dt.date(2021, 3, 4))
        assert (old.host_party.code, new.host_party.code) == ("MX", "US")
        assert (new.day_start, new.day_end) == (old.day_start, old.day_end)
        old_outline = public_agenda(s, twelfth_id)
        assert len(old_outline) > 3
        assert public_agenda(s, new_id) == old_outline
        assert all(r.leads == () for r in load_tree(s, new_id))
        assert any(r.leads for r in load_tree(s, twelfth_id))  # the demo had leads to leave
        assert s.scalar(select(func.count()).select_from(AgendaItem).where(
            AgendaItem.meeting_id == new_id, AgendaItem.talking_points_en != "")) == 0
        assert lists(s, new_id) == lists(s, twelfth_id)
        assert {m.attendance for d in new.delegations for m in d.memberships} == {
            Attendance.INVITED}
        assert s.scalar(select(Communique).where(Communique.meeting_id == new_id)) is None


def test_a_refusal_leaves_nothing_half_made(demo_db):
    db, twelfth_id = demo_db
    with db.session() as s:
        before = counts(s)
    with pytest.raises(MeetingInvalid) as caught, db.transaction() as s:
        create_next(s, twelfth_id, city=WASHINGTON, number=12)
    assert caught.value.problems == [MeetingProblem.DUPLICATE]
    with pytest.raises(MeetingInvalid), db.transaction() as s:
        create_next(s, twelfth_id, city=Bilingual())
    with pytest.raises(UnknownMeeting), db.transaction() as s:
        create_next(s, 999, city=WASHINGTON)
    with db.session() as s:
        assert counts(s) == before


def test_a_year_on_from_the_29th_of_february_is_the_28th():
    assert a_year_on(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)
    assert a_year_on(dt.date(2020, 3, 4)) == dt.date(2021, 3, 4)
