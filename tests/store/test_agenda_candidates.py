"""Who may lead an item is offered host delegation first, each list in protocol order,
whoever is marked a principal (found walking through a new plenary in Washington)."""

import datetime as dt

from bescapp.domain.delegations import MembershipFields, PersonFields
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Principal, Role
from bescapp.store import agenda
from bescapp.store import delegations as ops
from bescapp.store.meetings import MeetingFields, create_meeting


def test_the_host_party_first_even_when_only_the_visiting_head_is_marked(fresh_db):
    db, _side = fresh_db
    with db.transaction() as session:
        meeting_id = create_meeting(session, MeetingFields(
            number=13, start_date=dt.date(2027, 3, 10), end_date=dt.date(2027, 3, 10),
            city=B("Washington", "Washington"), host_party="US"))
        for party, given, surname, role, principal in (
                ("MX", "Roberto", "Velasco", Role.HEAD, Principal.VISITING_HEAD),
                ("MX", "Ana", "Fajardo", Role.CO_CHAIR, Principal.NONE),
                ("US", "Elizabeth", "Sherwood", Role.HEAD, Principal.NONE),
                ("US", "Robert", "Kline", Role.MEMBER, Principal.NONE),
                ("MX", "Jorge", "Ramírez", Role.ADVISOR, Principal.CO_HOST)):
            person = ops.create_person(session, PersonFields(given_names=given,
                                                             first_surname=surname))
            ops.add_member(session, meeting_id, ops.party_by_code(session, party).id, person,
                           MembershipFields(role=role, principal=principal))
    with db.session() as session:
        offered = [(c.party, c.name) for c in agenda.candidates(session, meeting_id)]
    assert offered == [("US", "Elizabeth Sherwood"), ("US", "Robert Kline"),
                       ("MX", "Roberto Velasco"), ("MX", "Ana Fajardo"),
                       ("MX", "Jorge Ramírez")]
