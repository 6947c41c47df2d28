"""Delegation operations: the lists, members, people and agencies.

Each operation runs inside the caller's transaction and returns what it changed.
A meeting's delegation for a party is created the first time someone is added.
A person is kept across meetings; what they were *at this meeting* (title,
agency, role) lives on the membership, so editing the person later leaves an
earlier plenary's list as it was. Precedences in a list are kept 1..n.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, selectinload

from ..domain import delegations as rules
from ..domain import text as texts
from ..domain.delegations import MembershipFields, PersonFields
from ..domain.people import fold, sort_key
from ..i18n.catalogue import N_
from ..model.bilingual import Bilingual
from ..model.entities import Agency, Delegation, Meeting, Membership, Party, Person
from .changes import Changes, Kind
from .snapshots import Snapshot, capture, restore
from .versions import refuse_reordered


class DelegationProblem(Exception):
    """An operation refused: unknown id, duplicate member, agency in use ..."""


@dataclass(frozen=True)
class MemberRow:
    """One line of a list as the workspace and the exports show it."""

    membership_id: int
    person_id: int
    precedence: int
    role: str
    attendance: str
    honorific: str
    given_names: str
    first_surname: str
    second_surname: str
    title: Bilingual  # as of this meeting (the person's current title if none was kept)
    agency_acronym: str
    agency_name: Bilingual
    principal: str  # none, host, co_host, visiting_head
    is_sample: bool
    biography: Bilingual
    email: str  # internal
    phone: str  # internal
    attendance_mode: str = "in_person"  # how they attend (in_person, virtual)

    @property
    def is_host(self) -> bool:
        """A principal of the meeting: host, co-host or head of the visiting delegation."""
        return self.principal != "none"

    @property
    def is_virtual(self) -> bool:
        """Taking part by video: virtual and not declined."""
        return self.attendance_mode == "virtual" and self.attendance != "declined"


@dataclass(frozen=True)
class PartyList:
    party_id: int
    code: str
    name: Bilingual
    country: Bilingual
    delegation_id: int | None
    members: tuple[MemberRow, ...]


@dataclass(frozen=True)
class AgencyRow:
    id: int
    party_id: int
    party_code: str
    acronym: str
    name: Bilingual


@dataclass(frozen=True)
class PersonChoice:
    id: int
    label: str
    party_code: str


def changed(meeting_id: int | None = None, *more: Kind) -> Changes:
    return Changes.of(Kind.DELEGATIONS, *more, meeting_id=meeting_id)


# --------------------------------------------------------------------------- reading

def party_by_code(session: Session, code: str) -> Party:
    party = session.scalar(select(Party).where(Party.code == code.upper()))
    if party is None:
        raise DelegationProblem(f"there is no party {code!r}")
    return party


def load_lists(session: Session, meeting_id: int) -> list[PartyList]:
    """Every party's list for the meeting, the host's first, members in precedence order."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise DelegationProblem(f"there is no meeting with id {meeting_id}")
    parties = list(session.scalars(select(Party).order_by(Party.id)))
    host = meeting.host_party.code if meeting.host_party else None
    ordered = rules.parties_in_protocol_order([p.code for p in parties], host)
    by_code = {p.code: p for p in parties}
    delegations = {d.party_id: d for d in session.scalars(
        select(Delegation).where(Delegation.meeting_id == meeting_id).options(
            selectinload(Delegation.memberships).selectinload(Membership.person)
            .selectinload(Person.agency),
            selectinload(Delegation.memberships).selectinload(Membership.agency)))}
    result = []
    for code in ordered:
        party = by_code[code]
        delegation = delegations.get(party.id)
        members = tuple(_row(m) for m in delegation.memberships) if delegation else ()
        result.append(PartyList(party.id, code, party.name, party.country,
                                delegation.id if delegation else None, members))
    return result


def _row(m: Membership) -> MemberRow:
    p = m.person
    agency = m.agency or p.agency
    title = m.title if not m.title.is_empty() else p.title
    return MemberRow(
        m.id, p.id, m.precedence, m.role.value, m.attendance.value, p.honorific, p.given_names,
        p.first_surname, p.second_surname, title, agency.acronym if agency else "",
        agency.name if agency else Bilingual(), m.principal.value, p.is_sample, p.biography,
        p.email, p.phone, m.attendance_mode.value)


def person_fields(session: Session, person_id: int) -> PersonFields:
    p = _get(session, Person, person_id)
    return PersonFields(p.honorific, p.given_names, p.first_surname, p.second_surname, p.title,
                        p.biography, p.agency_id, p.email, p.phone, p.internal_notes)


def membership_fields(session: Session, membership_id: int) -> MembershipFields:
    m = _get(session, Membership, membership_id)
    return MembershipFields(m.role, m.attendance, m.title, m.agency_id, m.principal,
                            m.internal_notes, m.attendance_mode)


def people(session: Session, lang: str = "en") -> list[PersonChoice]:
    """Everyone on file, alphabetically (first surname, second surname, given names)."""
    from ..domain.people import display_name

    found = session.scalars(select(Person).options(selectinload(Person.agency)
                                                   .selectinload(Agency.party)))
    rows = sorted(found, key=sort_key)
    return [PersonChoice(p.id, display_name(p, lang), p.agency.party.code if p.agency else "")
            for p in rows]


def find_person(session: Session, given_names: str, first_surname: str,
                second_surname: str = "") -> Person | None:
    """The person on file with these names, ignoring case and accents.

    A blank second surname on either side still matches: lists often drop it.
    """
    wanted = (fold(given_names), fold(first_surname))
    candidates = session.scalars(select(Person))
    second = fold(second_surname)
    for person in candidates:
        if (fold(person.given_names), fold(person.first_surname)) != wanted:
            continue
        theirs = fold(person.second_surname)
        if not second or not theirs or second == theirs:
            return person
    return None


def agencies(session: Session, party_id: int | None = None) -> list[AgencyRow]:
    query = select(Agency).options(selectinload(Agency.party)).order_by(Agency.party_id,
                                                                        Agency.acronym)
    if party_id is not None:
        query = query.where(Agency.party_id == party_id)
    return [AgencyRow(a.id, a.party_id, a.party.code, a.acronym, a.name)
            for a in session.scalars(query)]


def delete_memberships(session: Session, membership_ids: list[int]) -> Snapshot:
    """Take these members off their lists (a copy of the lists undone); the snapshot puts
    them back with the same ids."""
    snapshot = capture(session, Membership.__table__, membership_ids)
    session.execute(delete(Membership).where(Membership.id.in_(membership_ids)))
    session.expire_all()
    return snapshot


def _get(session: Session, cls, id_: int):
    row = session.get(cls, id_)
    if row is None:
        raise DelegationProblem(f"there is no {cls.__name__.lower()} with id {id_}")
    return row


# --------------------------------------------------------------------------- members

def delegation_for(session: Session, meeting_id: int, party_id: int) -> Delegation:
    """The meeting's delegation for the party, created on demand."""
    _get(session, Meeting, meeting_id)
    delegation = session.scalar(select(Delegation).where(
        Delegation.meeting_id == meeting_id, Delegation.party_id == party_id))
    if delegation is None:
        delegation = Delegation(meeting_id=meeting_id, party_id=party_id)
        session.add(delegation)
        session.flush()
    return delegation


def create_person(session: Session, fields: PersonFields, *, is_sample: bool = False) -> int:
    fields = fields.cleaned()
    rules.check(fields)
    person = Person(is_sample=is_sample)
    _write_person(person, fields)
    session.add(person)
    session.flush()
    return person.id


def _write_person(person: Person, f: PersonFields) -> None:
    person.honorific, person.given_names = f.honorific, f.given_names
    person.first_surname, person.second_surname = f.first_surname, f.second_surname
    person.title, person.biography, person.agency_id = f.title, f.biography, f.agency_id
    person.email, person.phone, person.internal_notes = f.email, f.phone, f.internal_notes


def add_member(session: Session, meeting_id: int, party_id: int, person_id: int,
               fields: MembershipFields, index: int | None = None) -> int:
    """Put an existing person on the meeting's list; ``index`` None: by role.

    The membership keeps the person's title and agency as of this meeting, unless
    the fields give their own.
    """
    fields = fields.cleaned()
    rules.check(None, fields)
    person = _get(session, Person, person_id)
    delegation = delegation_for(session, meeting_id, party_id)
    members = list(delegation.memberships)
    if any(m.person_id == person_id for m in members):
        raise DelegationProblem(f"{person.given_names} {person.first_surname} is already on "
                                "this list")
    if index is None:
        index = rules.insertion_index([m.role for m in members], fields.role)
    membership = Membership(
        delegation=delegation, person_id=person_id, role=fields.role,
        precedence=_next_place(delegation),
        attendance=fields.attendance,
        title=fields.title if not fields.title.is_empty() else person.title,
        agency_id=fields.agency_id if fields.agency_id is not None else person.agency_id,
        principal=fields.principal, attendance_mode=fields.attendance_mode,
        internal_notes=fields.internal_notes)
    session.add(membership)
    session.flush()
    order = rules.moved([m.id for m in members] + [membership.id], membership.id, index)
    _set_order(session, order)
    return membership.id


def update_person(session: Session, person_id: int, fields: PersonFields) -> Changes:
    fields = fields.cleaned()
    rules.check(fields)
    _write_person(_get(session, Person, person_id), fields)
    session.flush()
    return Changes.of(Kind.PEOPLE, Kind.DELEGATIONS)


def update_membership(session: Session, membership_id: int, fields: MembershipFields) -> Changes:
    fields = fields.cleaned()
    rules.check(None, fields)
    m = _get(session, Membership, membership_id)
    m.role, m.attendance, m.title = fields.role, fields.attendance, fields.title
    m.agency_id, m.principal, m.internal_notes = fields.agency_id, fields.principal, \
        fields.internal_notes
    m.attendance_mode = fields.attendance_mode
    session.flush()
    return changed(m.delegation.meeting_id)


def order_of(session: Session, delegation_id: int) -> list[int]:
    return list(session.scalars(select(Membership.id).where(
        Membership.delegation_id == delegation_id).order_by(Membership.precedence,
                                                            Membership.id)))


def _set_order(session: Session, order: list[int]) -> None:
    """Give the members these places 1..n.

    The database holds one member per place, checked row by row: every member is
    parked on a place of its own below zero (minus its id) before taking its new one,
    so no step of the reordering collides with a member not yet moved.
    """
    numbers = rules.precedences(order)
    members = list(session.scalars(select(Membership).where(Membership.id.in_(order))))
    for m in members:
        m.precedence = -m.id
    session.flush()
    for m in members:
        m.precedence = numbers[m.id]
    session.flush()


def park(session: Session, membership_ids: list[int]) -> None:
    """Move members to their places below zero (minus their id), where they collide with
    nobody, before a row is put back at its old place or a bulk write renumbers them."""
    session.flush()
    table = Membership.__table__
    session.execute(update(table).where(table.c.id.in_(membership_ids))
                    .values(precedence=-table.c.id))
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Membership) and obj.id in membership_ids:
            session.expire(obj, ["precedence"])


def _next_place(delegation: Delegation) -> int:
    """A free place after the last member, for a row about to be added (then ordered)."""
    return 1 + max((m.precedence for m in delegation.memberships), default=0)


def reorder(session: Session, delegation_id: int, order: list[int], *,
            shown: list[int] | None = None, undoing: bool = False) -> Changes:
    """Give the list exactly this order (every member once). With ``shown`` (the order the
    window showed, or the one an undo step left) refused (``versions.Conflict``) when
    another editor reordered, added or removed a member since."""
    delegation = _get(session, Delegation, delegation_id)
    if shown is not None:
        now = list(session.scalars(select(Membership.id)
                                   .where(Membership.delegation_id == delegation_id)
                                   .order_by(Membership.precedence, Membership.id)
                                   .with_for_update()))
        refuse_reordered(session, Membership.__tablename__, shown, now, column="precedence",
                         undoing=undoing)
    if sorted(order) != sorted(order_of(session, delegation_id)):
        raise DelegationProblem("the new order must hold every member of the list once")
    _set_order(session, list(order))
    return changed(delegation.meeting_id)


def move_member(session: Session, membership_id: int, index: int) -> Changes:
    """Move a member to ``index`` (0 first) in their list."""
    m = _get(session, Membership, membership_id)
    order = rules.moved(order_of(session, m.delegation_id), membership_id, index)
    return reorder(session, m.delegation_id, order)


@dataclass(frozen=True)
class Removed:
    """What ``remove_member`` took away, to put back exactly."""

    snapshot: Snapshot
    order: tuple[int, ...]  # the list's order before


def remove_member(session: Session, membership_id: int) -> Removed:
    m = _get(session, Membership, membership_id)
    delegation_id = m.delegation_id
    before = tuple(order_of(session, delegation_id))
    snapshot = capture(session, Membership.__table__, [membership_id])
    session.delete(m)
    session.flush()
    _set_order(session, [i for i in before if i != membership_id])
    return Removed(snapshot, before)


def put_back(session: Session, removed: Removed) -> None:
    park(session, list(removed.order))  # its old place may be taken by the member after it
    restore(session, removed.snapshot)
    session.flush()
    _set_order(session, list(removed.order))


def delete_person(session: Session, person_id: int) -> Snapshot:
    """A person on no list at all (e.g. created by an add that is being undone)."""
    person = _get(session, Person, person_id)
    if session.scalar(select(Membership.id).where(Membership.person_id == person_id)):
        raise DelegationProblem("this person is still on a delegation list")
    snapshot = capture(session, Person.__table__, [person_id])
    session.delete(person)
    session.flush()
    return snapshot


# --------------------------------------------------------------------------- agencies

def agency_name(name: Bilingual) -> Bilingual:
    """An agency's name as stored: one line, without direction overrides."""
    return Bilingual(*(" ".join(texts.without_direction_controls(name.get(lang)).split())
                       for lang in ("en", "es")))


def _check_agency(session: Session, party_id: int, acronym: str, name: Bilingual,
                  agency_id: int | None) -> tuple[str, Bilingual]:
    """The acronym and name as stored, or DelegationProblem saying what and where."""
    acronym = " ".join(texts.without_direction_controls(acronym).split())
    name = agency_name(name)
    faults = (texts.faults(N_("acronym"), acronym, texts.max_length(Agency.acronym), shown=True)
              + texts.bilingual_faults(N_("agency name"), name, texts.max_length(Agency.name),
                                       shown=True))
    if faults:
        raise DelegationProblem("; ".join(fault.text() for fault in faults))
    if not acronym:
        raise DelegationProblem("an agency needs an acronym")
    if name.is_empty():
        raise DelegationProblem("an agency needs a name")
    _get(session, Party, party_id)
    clash = session.scalar(select(Agency.id).where(
        Agency.party_id == party_id, Agency.acronym == acronym))
    if clash is not None and clash != agency_id:
        raise DelegationProblem(f"this party already has an agency {acronym}")
    return acronym, name


def create_agency(session: Session, party_id: int, acronym: str, name: Bilingual) -> int:
    acronym, name = _check_agency(session, party_id, acronym, name, None)
    agency = Agency(party_id=party_id, acronym=acronym, name=name)
    session.add(agency)
    session.flush()
    return agency.id


def update_agency(session: Session, agency_id: int, party_id: int, acronym: str,
                  name: Bilingual) -> Changes:
    agency = _get(session, Agency, agency_id)
    acronym, name = _check_agency(session, party_id, acronym, name, agency_id)
    agency.party_id, agency.acronym, agency.name = party_id, acronym, name
    session.flush()
    return Changes.of(Kind.AGENCIES, Kind.DELEGATIONS)


def delete_agency(session: Session, agency_id: int) -> Snapshot:
    """The agency goes; people and memberships keep their place with no agency (undoable)."""
    agency = _get(session, Agency, agency_id)
    snapshot = capture(session, Agency.__table__, [agency_id])
    session.delete(agency)
    session.flush()
    return snapshot


def agency_by_text(session: Session, party_id: int, text: str) -> Agency | None:
    """An agency of the party named by its acronym, short name or either official name,
    ignoring case and accents."""
    wanted = fold(text)
    if not wanted:
        return None
    for agency in session.scalars(select(Agency).where(Agency.party_id == party_id)):
        if wanted in (fold(text) for text in agency.known_as()):
            return agency
    return None


# --------------------------------------------------------------------------- copying

def copy_lists(session: Session, from_meeting_id: int, to_meeting_id: int) -> list[int]:
    """Put the people of an earlier meeting's lists on this meeting's, in the same protocol
    order, with their role, title and agency as they were then; attendance starts as
    invited, and internal notes stay with the earlier meeting. People already on a list
    are left where they are. Returns the new memberships' ids."""
    _get(session, Meeting, to_meeting_id)
    created = []
    sources = session.scalars(select(Delegation).where(Delegation.meeting_id == from_meeting_id))
    for source in sources:
        target = delegation_for(session, to_meeting_id, source.party_id)
        present = {m.person_id for m in target.memberships}
        order = [m.id for m in sorted(target.memberships, key=lambda m: m.precedence)]
        place = _next_place(target)
        for member in sorted(source.memberships, key=lambda m: m.precedence):
            if member.person_id in present:
                continue
            copy = Membership(delegation=target, person_id=member.person_id, role=member.role,
                              title=member.title, agency_id=member.agency_id,
                              principal=member.principal, precedence=place)
            place += 1
            session.add(copy)
            session.flush()
            order.append(copy.id)
            created.append(copy.id)
        _set_order(session, order)
    return created
