import pytest
from sqlalchemy import select

from bescapp.domain.delegations import MemberInvalid, MembershipFields, PersonFields
from bescapp.domain.people import display_name
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import Agency, Meeting, Membership, Person, Role
from bescapp.store import delegations as ops


def names(party_list):
    return [f"{m.given_names} {m.first_surname}" for m in party_list.members]


def test_host_list_first_in_protocol_order(demo_db):
    db, meeting_id = demo_db
    with db.session() as s:
        lists = ops.load_lists(s, meeting_id)
    assert [pl.code for pl in lists] == ["MX", "US"]
    assert names(lists[0])[:2] == ["Jesús Seade", "María Fernanda López"]
    assert [m.precedence for m in lists[1].members] == list(range(1, 11))
    assert lists[1].members[0].is_host
    assert lists[1].members[0].role == "head"


def test_earlier_plenary_keeps_its_titles_when_person_changes(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as s:
        eleventh = s.scalar(select(Meeting.id).where(Meeting.number == 11))
        lopez = s.scalar(select(Person).where(Person.first_surname == "López"))
        fields = ops.person_fields(s, lopez.id)
        ops.update_person(s, lopez.id, PersonFields(**{
            **fields.__dict__, "title": Bilingual("Ambassador", "Embajadora")}))
    with db.session() as s:
        old = {m.first_surname: m.title for pl in ops.load_lists(s, eleventh) for m in pl.members}
        new = {m.first_surname: m.title for pl in ops.load_lists(s, meeting_id)
               for m in pl.members}
    assert old["López"].en == "Deputy Director General for North America"
    assert new["López"].en == "Director General for North America"


def test_reusing_a_person_keeps_their_title_as_of_this_meeting(demo_db):
    db, _meeting_id = demo_db
    with db.transaction() as s:
        eleventh = s.scalar(select(Meeting.id).where(Meeting.number == 11))
        mx = ops.party_by_code(s, "MX")
        inm = s.scalar(select(Person).where(Person.first_surname == "Martínez"))
        mid = ops.add_member(s, eleventh, mx.id, inm.id, MembershipFields(role=Role.ADVISOR))
        assert s.get(Membership, mid).title.en == inm.title.en
        persons_before = s.query(Person).count()
    with db.session() as s:
        lists = ops.load_lists(s, eleventh)
        assert s.query(Person).count() == persons_before
    assert [pl.code for pl in lists] == ["US", "MX"]  # the 11th was hosted by the US
    lst = lists[1]
    assert "Ana Gabriela Martínez" in names(lst)
    # placed by role: after the last advisor, before support staff (none in the 11th list)
    assert [m.role for m in lst.members] == sorted(
        [m.role for m in lst.members], key=lambda r: ["head", "co_chair", "member", "advisor",
                                                      "support"].index(r))


def test_delegation_created_on_demand_and_duplicates_refused(demo_db):
    db, _meeting_id = demo_db
    with db.transaction() as s:
        first = s.scalar(select(Meeting.id).where(Meeting.number == 1))
        us = ops.party_by_code(s, "US")
        pid = ops.create_person(s, PersonFields(given_names="Ana", first_surname="Núñez",
                                                second_surname="Castañeda"))
        ops.add_member(s, first, us.id, pid, MembershipFields(role=Role.HEAD))
        with pytest.raises(ops.DelegationProblem, match="already on this list"):
            ops.add_member(s, first, us.id, pid, MembershipFields())
    with db.session() as s:
        us_list = next(pl for pl in ops.load_lists(s, first) if pl.code == "US")
    assert names(us_list) == ["Ana Núñez"]


def test_move_remove_and_put_back(demo_db):
    db, meeting_id = demo_db
    with db.transaction() as s:
        us = next(pl for pl in ops.load_lists(s, meeting_id) if pl.code == "US")
        last = us.members[-1].membership_id
        ops.move_member(s, last, 0)
        order = ops.order_of(s, us.delegation_id)
        assert order[0] == last
        removed = ops.remove_member(s, us.members[1].membership_id)
        assert [m.precedence for m in s.scalars(select(Membership).where(
            Membership.delegation_id == us.delegation_id).order_by(Membership.precedence))] == \
            list(range(1, 10))
        ops.put_back(s, removed)
        assert ops.order_of(s, us.delegation_id) == order
        with pytest.raises(ops.DelegationProblem, match="every member"):
            ops.reorder(s, us.delegation_id, order[1:])


def test_invalid_person_refused(demo_db):
    db, _ = demo_db
    with db.transaction() as s, pytest.raises(MemberInvalid):
        ops.create_person(s, PersonFields(given_names="", first_surname="X"))


def test_find_person_ignores_accents_and_a_missing_second_surname(demo_db):
    db, _ = demo_db
    with db.session() as s:
        assert ops.find_person(s, "maria fernanda", "LOPEZ").second_surname == "Hernández"
        assert ops.find_person(s, "María Fernanda", "López", "Hernandez") is not None
        assert ops.find_person(s, "María Fernanda", "López", "Pérez") is None


def test_agencies_crud_and_undo_of_delete(demo_db):
    db, _meeting_id = demo_db
    with db.transaction() as s:
        mx = ops.party_by_code(s, "MX")
        new = ops.create_agency(s, mx.id, "SADER", Bilingual("Ministry of Agriculture",
                                                             "Secretaría de Agricultura"))
        with pytest.raises(ops.DelegationProblem, match="already has an agency SADER"):
            ops.create_agency(s, mx.id, "SADER", Bilingual("x", "y"))
        ops.update_agency(s, new, mx.id, "SADER", Bilingual("Agriculture", "Agricultura"))
        assert s.get(Agency, new).name.en == "Agriculture"
        sat = ops.agency_by_text(s, mx.id, "servicio de administracion tributaria")
        assert sat.acronym == "SAT"
        users = s.scalars(select(Person.id).where(Person.agency_id == sat.id)).all()
        snapshot = ops.delete_agency(s, sat.id)
    with db.transaction() as s:
        assert s.get(Person, users[0]).agency_id is None
        ops.restore(s, snapshot)
    with db.session() as s:
        assert s.get(Person, users[0]).agency.acronym == "SAT"


def test_display_names_sort_by_surnames(demo_db):
    db, _ = demo_db
    with db.session() as s:
        labels = [p.label for p in ops.people(s, "es")]
    assert labels.index("Sra. Ana Gabriela Martínez Soto") < labels.index(
        "Dra. Claudia Ivonne Moreno Delgado")
    with db.session() as s:
        seade = s.scalar(select(Person).where(Person.first_surname == "Seade"))
        assert display_name(seade, "en") == "Dr. Jesús Seade Kuri"
