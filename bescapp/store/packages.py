"""A meeting's shareable data as a meeting package carries it, the exchange log, and
applying a reviewed package.

What goes in is read from the field declarations (``fields.shareable``): a field
declared internal or personal tomorrow stays out without a word changed here; contact
details (personal) go only when staff ask for them. Rows are named by their UUIDs
(``entities.identity``), references too; lines of action by their plan's and their own
code, which both sides share.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, inspect, select, update
from sqlalchemy.orm import Session, selectinload

from ..domain import package_review as rv
from ..model import fields
from ..model.bilingual import Bilingual
from ..model.entities import (
    ActionLine,
    ActionPlan,
    Agency,
    AgendaItem,
    AgendaLead,
    DatabaseSettings,
    Delegation,
    Meeting,
    Membership,
    PackageDirection,
    PackageLog,
    Paragraph,
    Party,
    Person,
)
from . import communique as communique_store
from . import snapshots
from .changes import Changes, Kind

MEMBERS = ("meeting", "agenda", "delegations", "actions", "communique")


def _json(value: Any) -> Any:
    if isinstance(value, Bilingual):
        return {"en": value.en, "es": value.es}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def carried(entity: type, *, contacts: bool = False) -> tuple[fields.Field, ...]:
    """The fields of ``entity`` a package carries: the shareable ones (keys aside: rows and
    references travel as UUIDs), and personal data only with ``contacts``."""
    return tuple(f for f in fields.of(entity)
                 if f.kind is not fields.Kind.KEY and (f.shareable or (contacts and f.personal)))


def record(row: Any, entity: type, *, contacts: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"uuid": row.uuid} if hasattr(entity, "uuid") else {}
    for f in carried(entity, contacts=contacts):
        out[f.name] = _json(getattr(row, f.name))
    return out


def from_json(entity: type, name: str, value: Any) -> Any:
    """A package's value of ``entity.name`` as the column holds it."""
    f = fields.field(entity, name)
    if f.bilingual:
        return Bilingual(value.get("en", ""), value.get("es", ""))
    if value is None:
        return None
    column_type: Any = inspect(entity).local_table.c[f.columns[0]].type
    enum_class = getattr(column_type, "enum_class", None)
    if enum_class is not None:
        return enum_class(value)
    python = column_type.python_type
    if python is dt.date:
        return dt.date.fromisoformat(value)
    if python is dt.time:
        return dt.time.fromisoformat(value)
    if python is dt.datetime:
        return dt.datetime.fromisoformat(value)
    return value


def find_meeting(session: Session, meeting_uuid: str) -> Meeting | None:
    return session.scalar(select(Meeting).where(Meeting.uuid == meeting_uuid))


def meeting_data(session: Session, meeting_id: int, side: str, *,
                 contacts: bool = False) -> dict[str, Any]:
    """The package's data members (JSON values) for the meeting, as ``side`` sends it."""
    meeting = session.get_one(Meeting, meeting_id)
    host = meeting.host_party
    items = list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                 .order_by(AgendaItem.parent_id.is_not(None), AgendaItem.position,
                                           AgendaItem.id)))
    by_id = {i.id: i.uuid for i in items}
    leads = _leads(session, meeting_id)
    agenda = []
    for item in _parents_first(items):
        row = record(item, AgendaItem)
        row["parent"] = by_id.get(item.parent_id) if item.parent_id else None
        row["leads"] = leads.get(item.id, [])
        agenda.append(row)
    return {
        "meeting": {**record(meeting, Meeting), "host_party": host.uuid if host else None},
        "agenda": {"items": agenda},
        "delegations": {"lists": _our_list(session, meeting_id, side, contacts)},
        "actions": {"lines": _lines(session)},
        "communique": {"paragraphs": [
            record(p, Paragraph) for p in _draft(session, meeting_id)]},
    }


def _leads(session: Session, meeting_id: int) -> dict[int, list[str]]:
    """Each agenda entry's leads, as person UUIDs in their order."""
    out: dict[int, list[str]] = {}
    for item_id, uuid in session.execute(
            select(AgendaLead.agenda_item_id, Person.uuid).join(Person)
            .join(AgendaItem, AgendaItem.id == AgendaLead.agenda_item_id)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaLead.agenda_item_id, AgendaLead.position, Person.id)):
        out.setdefault(item_id, []).append(uuid)
    return out


def _parents_first(items: list[AgendaItem]) -> list[AgendaItem]:
    by_id = {i.id: i for i in items}

    def depth(item: AgendaItem) -> int:
        n, parent = 0, item.parent_id
        while parent in by_id:
            n, parent = n + 1, by_id[parent].parent_id
        return n

    return sorted(items, key=lambda i: (depth(i), i.position, i.id))


def _agency_ref(agency: Agency | None) -> dict | None:
    if agency is None:
        return None
    return {"uuid": agency.uuid, "party": agency.party.code, "acronym": agency.acronym,
            "name": _json(agency.name)}


def _our_list(session: Session, meeting_id: int, side: str, contacts: bool) -> list[dict]:
    """Only our own list travels: the other side's list of its people is theirs to send."""
    delegation = session.scalar(
        select(Delegation).join(Party).where(Delegation.meeting_id == meeting_id, Party.code == side)
        .options(selectinload(Delegation.memberships).selectinload(Membership.person)
                 .selectinload(Person.agency).selectinload(Agency.party),
                 selectinload(Delegation.memberships).selectinload(Membership.agency)
                 .selectinload(Agency.party)))
    members = []
    for m in delegation.memberships if delegation else []:
        person = {**record(m.person, Person, contacts=contacts),
                  "agency": _agency_ref(m.person.agency)}
        members.append({**record(m, Membership), "person": person,
                        "agency": _agency_ref(m.agency)})
    return [{"side": side, "members": members}]


# What a side reports on a line of action: its status and progress, named by the codes
# both sides share and shown by its title (its description is the plan's, not news).
LINE_FIELDS = ("code", "title", "status", "progress")


def _lines(session: Session) -> list[dict]:
    query = (select(ActionLine, ActionPlan.code).join(ActionPlan)
             .order_by(ActionPlan.position, ActionPlan.id, ActionLine.position, ActionLine.id))
    names = [f.name for f in carried(ActionLine) if f.name in LINE_FIELDS]
    return [{**{n: _json(getattr(line, n)) for n in names}, "plan": plan}
            for line, plan in session.execute(query)]


def _draft(session: Session, meeting_id: int) -> list[Paragraph]:
    draft = communique_store.working_draft(session, meeting_id)
    if draft is None:
        return []
    return list(session.scalars(select(Paragraph).where(Paragraph.version_id == draft.id)
                                .order_by(Paragraph.position, Paragraph.id)))


# -- the exchange log -------------------------------------------------------------------


def log_package(session: Session, direction: PackageDirection, package_uuid: str,
                meeting_uuid: str, side: str, created: dt.datetime, data: dict) -> None:
    session.add(PackageLog(package_uuid=package_uuid, meeting_uuid=meeting_uuid,
                           direction=direction, side=side, created_at=created,
                           content=json.dumps(data, ensure_ascii=False).encode("utf-8")))
    session.flush()


def last_received(session: Session, meeting_uuid: str | None = None) -> PackageLog | None:
    """The newest package received (for this meeting, when given)."""
    query = select(PackageLog).where(PackageLog.direction == PackageDirection.RECEIVED)
    if meeting_uuid is not None:
        query = query.where(PackageLog.meeting_uuid == meeting_uuid)
    return session.scalar(query.order_by(PackageLog.created_at.desc(), PackageLog.id.desc()))


def was_received(session: Session, package_uuid: str) -> bool:
    return session.scalar(select(PackageLog.id).where(PackageLog.package_uuid == package_uuid)) \
        is not None


def base_of(session: Session, meeting_uuid: str, their_last_received: str | None) -> dict | None:
    """The last package both sides hold: the newer of ours they say they received last and
    the last one we received from them."""
    candidates = []
    if their_last_received:
        sent = session.scalar(select(PackageLog).where(
            PackageLog.package_uuid == their_last_received,
            PackageLog.direction == PackageDirection.SENT,
            PackageLog.meeting_uuid == meeting_uuid))
        if sent is not None:
            candidates.append(sent)
    received = last_received(session, meeting_uuid)
    if received is not None:
        candidates.append(received)
    if not candidates:
        return None
    newest = max(candidates, key=lambda log: (log.created_at, log.id))
    return json.loads(newest.content.decode("utf-8"))


# -- applying a reviewed package --------------------------------------------------------


def _party(session: Session, uuid: str | None) -> Party | None:
    if uuid is None:
        return None
    return session.scalar(select(Party).where(Party.uuid == uuid))


def _set(row: Any, entity: type, values: dict, names) -> None:
    for name in names:
        if name in values:
            setattr(row, name, from_json(entity, name, values[name]))


def _meeting_names() -> list[str]:
    return [f.name for f in carried(Meeting)]


def create_meeting(session: Session, theirs: dict) -> Meeting:
    meeting = Meeting(uuid=theirs["uuid"])
    _set(meeting, Meeting, theirs, _meeting_names())
    meeting.host_party = _party(session, theirs.get("host_party"))
    session.add(meeting)
    session.flush()
    return meeting


def apply(session: Session, meeting: Meeting, ours: dict, theirs: dict, review: rv.Review,
          prefer: rv.Prefer, label: str, now: dt.datetime) -> Changes:
    """Write what the review lets in; one unit of work (the caller's transaction)."""
    for change in review.of(rv.Area.MEETING):
        if change.what is rv.What.CHANGED and rv.decided(change, prefer):
            if change.field == "host_party":
                meeting.host_party = _party(session, change.theirs)
            else:
                setattr(meeting, change.field, from_json(Meeting, change.field, change.theirs))
    merged = rv.merged_agenda(ours["agenda"]["items"], review.changes, prefer)
    _apply_agenda(session, meeting, ours["agenda"]["items"], merged)
    if review.of(rv.Area.DELEGATION) or review.new_meeting:
        _replace_list(session, meeting, theirs["delegations"], theirs["side"])
    _apply_leads(session, meeting, ours["agenda"]["items"], merged)  # their people are in
    _apply_lines(session, review, prefer)
    for change in review.of(rv.Area.COMMUNIQUE):
        communique_store.save_proposal_version(
            session, meeting.id, theirs["side"], label,
            [(from_json(Paragraph, "text", p["text"]), from_json(Paragraph, "status", p["status"]))
             for p in change.theirs], now)
    session.flush()
    return Changes.of(Kind.EVERYTHING, meeting_id=meeting.id)


_ITEM_NAMES = [n for n in rv.AGENDA_FIELDS if n not in ("parent", "leads")]


def _apply_leads(session: Session, meeting: Meeting, ours: list[dict],
                 merged: list[dict]) -> None:
    """The leads of each entry whose leads came in; a person this database does not know
    (neither side's list names them) is left out."""
    before = {o["uuid"]: o.get("leads", []) for o in ours}
    wanted = {m["uuid"]: m.get("leads") or [] for m in merged
              if (m.get("leads") or []) != before.get(m["uuid"], [])}
    if not wanted:
        return
    items = dict(session.execute(select(AgendaItem.uuid, AgendaItem.id).where(
        AgendaItem.meeting_id == meeting.id, AgendaItem.uuid.in_(wanted))).all())
    people = dict(session.execute(select(Person.uuid, Person.id).where(
        Person.uuid.in_({u for leads in wanted.values() for u in leads}))).all())
    session.execute(delete(AgendaLead).where(AgendaLead.agenda_item_id.in_(items.values())))
    rows = [{"agenda_item_id": items[item], "person_id": people[uuid], "position": place}
            for item, leads in wanted.items() if item in items
            for place, uuid in enumerate(dict.fromkeys(u for u in leads if u in people))]
    if rows:
        session.execute(insert(AgendaLead), rows)
    session.flush()


def _apply_agenda(session: Session, meeting: Meeting, ours: list[dict], merged: list[dict]) -> None:
    rows = {i.uuid: i for i in session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting.id))}
    keep = {m["uuid"] for m in merged}
    before = {o["uuid"]: o for o in ours}
    for uuid, row in rows.items():
        if uuid not in keep:
            session.delete(row)
    session.flush()
    ids = {uuid: row.id for uuid, row in rows.items()}
    new = [item for item in merged if item["uuid"] not in rows]
    # New items in one INSERT per level of the tree (a whole agenda comes with a meeting we
    # did not have): parents first, so each level knows its parents' ids.
    while new:
        level = [item for item in new if not item.get("parent") or item["parent"] in ids]
        if not level:  # a parent that is nowhere: the item goes to the top level
            level = new[:1]
        values = []
        for item in level:
            value = {"uuid": item["uuid"], "meeting_id": meeting.id,
                     "parent_id": ids.get(item["parent"]) if item.get("parent") else None}
            for name in _ITEM_NAMES:
                f = fields.field(AgendaItem, name)
                converted = from_json(AgendaItem, name, item[name])
                if f.bilingual:
                    value.update(zip(f.columns, (converted.en, converted.es), strict=True))
                else:
                    value[f.columns[0]] = converted
            values.append(value)
        inserted = session.execute(insert(AgendaItem).returning(
            AgendaItem.id, AgendaItem.uuid, sort_by_parameter_order=True), values)
        ids.update({uuid: row_id for row_id, uuid in inserted})
        placed = {item["uuid"] for item in level}
        new = [item for item in new if item["uuid"] not in placed]
    for item in merged:  # changed items: few, through the ORM
        changed = rows.get(item["uuid"])
        if changed is None or before.get(item["uuid"]) == item:
            continue
        _set(changed, AgendaItem, item, _ITEM_NAMES)
        changed.parent_id = ids.get(item["parent"]) if item.get("parent") else None
    session.flush()


class _Agencies:
    """Every agency, read once: by UUID, else by party and acronym, else made."""

    def __init__(self, session: Session) -> None:
        self.session = session
        rows = list(session.scalars(select(Agency).options(selectinload(Agency.party))))
        self.by_uuid = {a.uuid: a for a in rows}
        self.by_code = {(a.party.code, a.acronym): a for a in rows}

    def get(self, ref: dict | None) -> Agency | None:
        if ref is None:
            return None
        agency = self.by_uuid.get(ref["uuid"]) or self.by_code.get((ref["party"], ref["acronym"]))
        if agency is None:
            agency = _agency(self.session, ref)
            if agency is not None:
                self.by_uuid[agency.uuid] = agency
                self.by_code[(ref["party"], ref["acronym"])] = agency
        return agency


def _agency(session: Session, ref: dict) -> Agency | None:
    """An agency they name that we do not have yet (one they added)."""
    party = session.scalar(select(Party).where(Party.code == ref["party"]))
    if party is None:
        return None
    agency = Agency(uuid=ref["uuid"], party=party, acronym=ref["acronym"],
                    name=from_json(Agency, "name", ref["name"]))
    session.add(agency)
    session.flush()
    return agency


_MEMBER_NAMES = [f.name for f in carried(Membership)]


def _replace_list(session: Session, meeting: Meeting, lists: dict, side: str) -> None:
    """Their list as they send it: members they left out go, their people's shared fields
    (and contact details, when sent) follow theirs; our own notes on them stay."""
    sent = next((lst for lst in lists["lists"] if lst["side"] == side), None)
    if sent is None or not sent["members"]:
        return  # they have not made their list yet: ours of them stays
    party = session.scalar(select(Party).where(Party.code == side))
    assert party is not None  # both parties are seeded in every database
    delegation = session.scalar(select(Delegation).where(Delegation.meeting_id == meeting.id,
                                                         Delegation.party_id == party.id))
    if delegation is None:
        delegation = Delegation(meeting_id=meeting.id, party_id=party.id)
        session.add(delegation)
        session.flush()
    current = {m.person.uuid: m for m in delegation.memberships}
    wanted = {m["person"]["uuid"] for m in sent["members"]}
    people = {p.uuid: p for p in session.scalars(select(Person).where(Person.uuid.in_(wanted)))}
    agencies = _Agencies(session)
    for uuid, membership in current.items():
        if uuid not in wanted:
            session.delete(membership)
    for m in current.values():  # parked below zero: no two members share a place meanwhile
        m.precedence = -m.id
    session.flush()
    with session.no_autoflush:
        for place, member in enumerate(sent["members"], start=1):
            person_data = member["person"]
            person = people.get(person_data["uuid"])
            if person is None:
                person = Person(uuid=person_data["uuid"])
                session.add(person)
            _set(person, Person, person_data,
                 [n for n in person_data if n not in ("uuid", "agency")])
            person.agency = agencies.get(person_data.get("agency"))
            membership = current.get(person_data["uuid"]) or Membership(delegation=delegation,
                                                                        person=person)
            session.add(membership)
            _set(membership, Membership, member, _MEMBER_NAMES)
            membership.precedence = place
            membership.agency = agencies.get(member.get("agency"))
    session.flush()
    session.expire(delegation, ["memberships"])


def _apply_lines(session: Session, review: rv.Review, prefer: rv.Prefer) -> None:
    wanted = [c for c in review.of(rv.Area.ACTIONS) if rv.decided(c, prefer)]
    if not wanted:
        return
    lines = {f"{plan}/{line.code}": line for line, plan in session.execute(
        select(ActionLine, ActionPlan.code).join(ActionPlan))}
    for change in wanted:
        line = lines.get(change.key)
        if line is not None:
            setattr(line, change.field, from_json(ActionLine, change.field, change.theirs))


# -- undoing an import (the window's one undo step) -------------------------------------


@dataclass(frozen=True)
class ImportState:
    """What an import may change, as it is at one moment: the meeting with everything under
    it, the people of their list, the agencies, the lines of action, the trusted key and the
    package's entry in the log. Captured before the import (undo) and after it (redo: the
    same rows with the same ids again, so later undo steps still find them)."""

    meeting_uuid: str
    package_uuid: str
    meeting: snapshots.Snapshot | None
    people_uuids: frozenset[str]
    people: tuple[dict, ...]
    agencies: tuple[dict, ...]
    lines: tuple[tuple[int, str, int], ...]
    counterpart_key: bytes | None
    log: tuple[dict, ...]
    settings_version: int | None = None  # the settings row's version counter (editors)
    leads: tuple[dict, ...] = ()  # the meeting's agenda leads, restored exactly


def _meeting_leads(session: Session, meeting_uuid: str) -> tuple[dict, ...]:
    lead, item = AgendaLead.__table__, AgendaItem.__table__
    return tuple(dict(r) for r in session.execute(
        select(lead).join(item, item.c.id == lead.c.agenda_item_id)
        .join(Meeting.__table__, Meeting.__table__.c.id == item.c.meeting_id)
        .where(Meeting.__table__.c.uuid == meeting_uuid)
        .order_by(lead.c.agenda_item_id, lead.c.position)).mappings())  # as written


def _rows(session: Session, table, where=None) -> tuple[dict, ...]:
    query = select(table) if where is None else select(table).where(where)
    return tuple(dict(r) for r in session.execute(query).mappings())


def import_state(session: Session, meeting_uuid: str, package_uuid: str,
                 theirs: dict) -> ImportState:
    session.flush()
    meeting = find_meeting(session, meeting_uuid)
    uuids = frozenset(m["person"]["uuid"] for lst in theirs["delegations"]["lists"]
                      for m in lst["members"])
    person, log = Person.__table__, PackageLog.__table__
    settings = session.get(DatabaseSettings, 1)
    return ImportState(
        meeting_uuid, package_uuid,
        None if meeting is None else snapshots.capture(session, Meeting.__table__, [meeting.id]),
        uuids, _rows(session, person, person.c.uuid.in_(uuids)), _rows(session, Agency.__table__),
        tuple((i, s.value if isinstance(s, enum.Enum) else s, p) for i, s, p in session.execute(
            select(ActionLine.id, ActionLine.status, ActionLine.progress))),
        settings.counterpart_key if settings else None,
        _rows(session, log, log.c.package_uuid == package_uuid),
        settings.row_version if settings else None, _meeting_leads(session, meeting_uuid))


def restore_import_state(session: Session, state: ImportState) -> Changes:
    """Put every row an import may change back as ``state`` holds it."""
    person, agency = Person.__table__, Agency.__table__
    log = PackageLog.__table__
    session.flush()
    session.execute(delete(log).where(log.c.package_uuid == state.package_uuid))
    session.execute(delete(Meeting).where(Meeting.uuid == state.meeting_uuid))
    kept = {p["id"] for p in state.people}
    session.execute(delete(person).where(person.c.uuid.in_(state.people_uuids),
                                         person.c.id.not_in(kept)))
    present = set(session.scalars(select(agency.c.id)))
    missing = [a for a in state.agencies if a["id"] not in present]
    if missing:
        session.execute(agency.insert(), missing)
    there = set(session.scalars(select(person.c.id).where(person.c.id.in_(kept))))
    for row in state.people:
        if row["id"] in there:
            session.execute(update(person).where(person.c.id == row["id"]).values(row))
        else:
            session.execute(person.insert(), [row])
    session.execute(delete(agency).where(agency.c.id.not_in({a["id"] for a in state.agencies})))
    if state.meeting is not None:
        snapshots.restore(session, state.meeting)
        lead, item = AgendaLead.__table__, AgendaItem.__table__
        session.execute(delete(lead).where(lead.c.agenda_item_id.in_(
            select(item.c.id).join(Meeting.__table__, Meeting.__table__.c.id == item.c.meeting_id)
            .where(Meeting.__table__.c.uuid == state.meeting_uuid))))
        if state.leads:
            session.execute(lead.insert(), list(state.leads))
    line = ActionLine.__table__
    for line_id, status, progress in state.lines:
        session.execute(update(line).where(line.c.id == line_id)
                        .values(status=status, progress=progress))
    # the key as it was, and the row as it was (its version counter too: an undo leaves
    # the database exactly as before the import)
    session.execute(update(DatabaseSettings.__table__).where(DatabaseSettings.__table__.c.id == 1)
                    .values(counterpart_key=state.counterpart_key,
                            **({} if state.settings_version is None
                               else {"row_version": state.settings_version})))
    if state.log:
        session.execute(log.insert(), list(state.log))
    session.flush()
    session.expire_all()
    return Changes.of(Kind.EVERYTHING)
