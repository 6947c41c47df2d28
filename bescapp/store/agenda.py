"""Agenda operations: read the tree, add, move, indent, edit, leads, attachments, delete, copy.

Each operation runs inside the caller's transaction and returns ``Changes``.
Sibling positions are kept 0..n-1 in agenda order by every move, so a move can
be undone by moving the item back to the index it came from. Deletion does not
renumber the others: the snapshot puts the item back at its old position.

Several editors (store/versions.py): a move, indent or outdent given the order the
window showed (``Order``) is refused when the lists it renumbers are no longer in that
order, and every row it renumbers has its version counter raised.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from ..domain import agenda as rules
from ..domain import text as texts
from ..domain.agenda import AgendaInvalid, AgendaProblem, Problem
from ..domain.people import display_name
from ..model import fields as model_fields
from ..model.bilingual import Bilingual
from ..model.entities import (
    VERSION,
    AgendaItem,
    AgendaKind,
    AgendaLead,
    Attachment,
    Attendance,
    Delegation,
    Meeting,
    Membership,
    Party,
    Person,
)
from .changes import Changes, Kind
from .snapshots import Snapshot, capture
from .versions import conflict_on, refuse_reordered


class Where(enum.StrEnum):
    ABOVE = "above"
    BELOW = "below"
    CHILD = "child"


# The item's texts: every Bilingual field the model declares on AgendaItem, in column
# order; shared (title, description) or the delegation's own (objective, talking points,
# background), as the model says.
TEXTS = model_fields.names(AgendaItem, bilingual=True)
SHARED_TEXTS = model_fields.names(AgendaItem, bilingual=True, internal=False)
INTERNAL_TEXTS = model_fields.names(AgendaItem, bilingual=True, internal=True)
TEXT_FIELDS = tuple(name for name in TEXTS if name != "title")  # the title has rules of its own


class ItemRow(NamedTuple):  # a tuple: a thousand of them are made on every refresh
    """One agenda entry as the tree and the joint agenda show it: its shared texts
    (``SHARED_TEXTS``: ``row.title``, ``row.description``), never an internal field
    nor attachment bytes."""

    id: int
    parent_id: int | None
    position: int
    day: int
    kind: AgendaKind
    duration_minutes: int
    fixed_start: dt.time | None
    texts: tuple[Bilingual, ...]  # in SHARED_TEXTS order
    leads: tuple[str, ...] = ()

    def __getattr__(self, name: str) -> Bilingual:  # only for names not found otherwise
        if name in SHARED_TEXTS:
            return self.texts[SHARED_TEXTS.index(name)]
        raise AttributeError(name)


@dataclass(frozen=True, init=False)
class ItemFields:
    """What the side pane edits; a value, so an undo step can hold before and after.

    Its texts are ``TEXTS``, read from the model: ``ItemFields(title=Bilingual(...))``,
    ``fields.talking_points``; a Bilingual field added to ``AgendaItem`` is edited,
    checked, saved and undone with the others without a line here.
    """

    kind: AgendaKind
    duration_minutes: int
    fixed_start: dt.time | None
    day: int
    texts: tuple[Bilingual, ...]  # in TEXTS order

    def __init__(self, kind: AgendaKind = AgendaKind.ITEM, duration_minutes: int = 30,
                 fixed_start: dt.time | None = None, day: int = 1,
                 texts: tuple[Bilingual, ...] = (), **named: Bilingual) -> None:
        unknown = set(named) - set(TEXTS)
        if unknown:
            raise TypeError(f"an agenda item has no text {sorted(unknown)}")
        given = dict(zip(TEXTS, texts, strict=False))
        given.update(named)
        for name, value in (("kind", kind), ("duration_minutes", duration_minutes),
                            ("fixed_start", fixed_start), ("day", day),
                            ("texts", tuple(given.get(n, Bilingual()) for n in TEXTS))):
            object.__setattr__(self, name, value)

    def __getattr__(self, name: str) -> Bilingual:  # only for names not found otherwise
        if name in TEXTS:
            return self.texts[TEXTS.index(name)]
        raise AttributeError(name)

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(TEXTS, self.texts, strict=True))
        return (f"ItemFields(kind={self.kind!r}, duration_minutes={self.duration_minutes}, "
                f"fixed_start={self.fixed_start!r}, day={self.day}, {shown})")


def _read_texts_fast(cls: type, names: tuple[str, ...]) -> None:
    """``row.title`` as quick as a tuple's own field (0.1 µs, not the 4 µs of a miss that
    ends in ``__getattr__``): a property per declared text. ``__getattr__`` stays for
    type checkers and reports an unknown name."""
    def text(k: int) -> property:
        def read(self) -> Bilingual:
            return self.texts[k]
        return property(read)

    for k, name in enumerate(names):
        setattr(cls, name, text(k))


_read_texts_fast(ItemRow, SHARED_TEXTS)
_read_texts_fast(ItemFields, TEXTS)


@dataclass(frozen=True)
class Candidate:
    """A person who may lead an item: a member of either delegation."""

    person_id: int
    party: str
    name: str


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    size: int
    added_at: dt.datetime


def changed(meeting_id: int) -> Changes:
    return Changes.of(Kind.AGENDA, meeting_id=meeting_id)


# --------------------------------------------------------------------------- reading

_NAME_COLUMNS = (Person.honorific, Person.given_names, Person.first_surname,
                 Person.second_surname)


def declined_people(session: Session, meeting_id: int) -> set[int]:
    """Ids of the people whose attendance at this meeting is "declined"."""
    return set(session.scalars(
        select(Membership.person_id).join(Delegation, Delegation.id == Membership.delegation_id)
        .where(Delegation.meeting_id == meeting_id,
               Membership.attendance == Attendance.DECLINED)))


def load_tree(session: Session, meeting_id: int, lang: str = "en", *,
              without_declined: bool = False) -> list[ItemRow]:
    """Every entry of the meeting's agenda with its leads' names, in two queries.

    ``without_declined`` leaves out leads who declined to attend (the joint agenda
    must not name a speaker who will not be in the room)."""
    c = AgendaItem.__table__.c
    lead_names: dict[int, list[str]] = {}
    query = (select(AgendaLead.agenda_item_id, *_NAME_COLUMNS)
             .join(Person, Person.id == AgendaLead.person_id)
             .join(AgendaItem, AgendaItem.id == AgendaLead.agenda_item_id)
             .where(AgendaItem.meeting_id == meeting_id)
             .order_by(AgendaLead.agenda_item_id, AgendaLead.position))
    if without_declined:
        query = query.where(Person.id.not_in(declined_people(session, meeting_id)))
    names: dict[tuple, str] = {}
    for row in session.execute(query):  # rows, not Person objects: ten times faster
        key = tuple(row[1:])
        name = names.get(key)
        if name is None:
            name = names[key] = display_name(row, lang)
        lead_names.setdefault(row.agenda_item_id, []).append(name)
    rows = session.execute(
        select(c.id, c.parent_id, c.position, c.day, c.kind, c.duration_minutes, c.fixed_start,
               *(c[f"{name}_{lang}"] for name in SHARED_TEXTS for lang in ("en", "es")))
        .where(c.meeting_id == meeting_id))
    kinds = {k.value: k for k in AgendaKind}
    pairs = range(7, 7 + 2 * len(SHARED_TEXTS), 2)  # where each text's two columns start
    return [ItemRow(r[0], r[1], r[2], r[3], kinds[r[4]], r[5], r[6],
                    tuple(Bilingual(r[k] or "", r[k + 1] or "") for k in pairs),
                    tuple(lead_names.get(r[0], ())))
            for r in rows]


def fields_of(item: AgendaItem) -> ItemFields:
    return ItemFields(item.kind, item.duration_minutes, item.fixed_start, item.day,
                      texts=tuple(getattr(item, name) for name in TEXTS))


def item_fields(session: Session, item_id: int) -> ItemFields:
    return fields_of(session.get_one(AgendaItem, item_id))


def lead_ids(session: Session, item_id: int) -> list[int]:
    return list(session.scalars(select(AgendaLead.person_id)
                                .where(AgendaLead.agenda_item_id == item_id)
                                .order_by(AgendaLead.position)))


def candidates(session: Session, meeting_id: int, lang: str = "en") -> list[Candidate]:
    """Both delegations' members, host party first, each in protocol order."""
    host = session.scalar(select(Party.code).join(Meeting, Meeting.host_party_id == Party.id)
                          .where(Meeting.id == meeting_id))
    query = (select(Party.code, Membership.precedence, Person.id, *_NAME_COLUMNS)
             .join(Delegation, Delegation.party_id == Party.id)
             .join(Membership, Membership.delegation_id == Delegation.id)
             .join(Person, Person.id == Membership.person_id)
             .where(Delegation.meeting_id == meeting_id))
    rows = sorted(session.execute(query), key=lambda r: (r.code != host, r.code, r.precedence))
    return [Candidate(r.id, r.code, display_name(r, lang)) for r in rows]


def attachments(session: Session, item_id: int) -> list[AttachmentRow]:
    c = Attachment.__table__.c
    query = (select(c.id, c.filename, func.length(c.content), c.added_at)
             .where(c.agenda_item_id == item_id).order_by(c.position, c.id))
    return [AttachmentRow(*r) for r in session.execute(query)]


def attachment_content(session: Session, attachment_id: int) -> tuple[str, bytes]:
    a = session.get_one(Attachment, attachment_id)
    return a.filename, a.content


# --------------------------------------------------------------------------- checking

def cleaned(fields: ItemFields) -> tuple[ItemFields, int]:
    """The fields without control characters; and how many characters were removed."""
    removed = 0
    values: dict[str, Any] = {}
    for name in TEXTS:
        clean = rules.clean_title if name == "title" else rules.clean_text
        value = getattr(fields, name)
        parts = {}
        for lang in ("en", "es"):
            parts[lang], n = clean(value.get(lang))
            removed += n
        values[name] = Bilingual(**parts)
    return ItemFields(fields.kind, fields.duration_minutes, fields.fixed_start, fields.day,
                      texts=tuple(values[name] for name in TEXTS)), removed


def check(meeting: Meeting, fields: ItemFields, has_children: bool = False) -> None:
    problems: list[Problem] = []
    problems += rules.title_problems(fields.title)
    for name in TEXT_FIELDS:
        problems += rules.text_problems(name, getattr(fields, name),
                                        texts.max_length(getattr(AgendaItem, name)))
    problems += rules.duration_problems(fields.duration_minutes, fields.kind, has_children)
    problems += rules.fixed_start_problems(fields.fixed_start, meeting.day_start, meeting.day_end)
    problems += rules.day_problems(fields.day, rules.meeting_days(meeting.start_date,
                                                                  meeting.end_date))
    if problems:
        raise AgendaInvalid(problems)


def _has_children(session: Session, item_id: int) -> bool:
    return session.scalar(select(AgendaItem.id).where(AgendaItem.parent_id == item_id)
                          .limit(1)) is not None


def _write(item: AgendaItem, fields: ItemFields) -> None:
    item.kind, item.duration_minutes, item.fixed_start, item.day = (
        fields.kind, fields.duration_minutes, fields.fixed_start, fields.day)
    for name in TEXTS:
        setattr(item, name, getattr(fields, name))


# --------------------------------------------------------------------------- order

_T = AgendaItem.__table__.c


class _Place(NamedTuple):
    id: int
    position: int
    day: int


def get_item(session: Session, item_id: int | None) -> AgendaItem | None:
    """The agenda entry with this id; None without an id or when it is no longer on file."""
    return session.get(AgendaItem, item_id) if item_id is not None else None


# The agenda's order as a window showed it (or an undo step left it): per parent (None for
# the top level), its children's ids in agenda order. A parent with no children may be left out.
Order = Mapping[int | None, Sequence[int]]


def _item(session: Session, item_id: int):
    row = session.execute(select(_T.meeting_id, _T.parent_id, _T.day)
                          .where(_T.id == item_id)).one_or_none()
    if row is None:
        raise LookupError(f"there is no agenda item with id {item_id}")
    return row


def _siblings(session: Session, meeting_id: int, parent_id: int | None) -> list[_Place]:
    """The children of ``parent_id`` in agenda order (top level: by day, then position).

    Only ids, positions and days: a move must not read every item's texts."""
    query = select(_T.id, _T.position, _T.day).where(_T.meeting_id == meeting_id)
    if parent_id is None:
        query = query.where(_T.parent_id.is_(None)).order_by(_T.day, _T.position, _T.id)
    else:
        query = query.where(_T.parent_id == parent_id).order_by(_T.position, _T.id)
    return [_Place(*row) for row in session.execute(query)]


def order_of(session: Session, meeting_id: int, parents: Iterable[int | None]) -> dict:
    """These parents' lists as they stand now (an ``Order``)."""
    return {p: tuple(s.id for s in _siblings(session, meeting_id, p)) for p in set(parents)}


def _shown_parent(shown: Order, item_id: int) -> tuple[bool, int | None]:
    for parent, ids in shown.items():
        if item_id in ids:
            return True, parent
    return False, None


def refuse_reordered_agenda(session: Session, item_id: int, shown: Order | None,
                            parents: Iterable[int | None] = (), *,
                            undoing: bool = False) -> None:
    """Refuse (``versions.Conflict``) a move of ``item_id`` when the item is gone, no longer
    under the parent the window showed it under, or when its list or any of ``parents``'
    lists is not in the order ``shown``. The meeting's items are locked first, in id
    order, so two moves on a server wait for each other instead of crossing."""
    if shown is None:
        return
    row = session.execute(select(_T.meeting_id, _T.parent_id).where(_T.id == item_id)) \
        .one_or_none()
    if row is None:
        raise conflict_on(session, AgendaItem.__tablename__, item_id, (), undoing=undoing)
    session.execute(select(_T.id).where(_T.meeting_id == row.meeting_id).order_by(_T.id)
                    .with_for_update())
    found, shown_parent = _shown_parent(shown, item_id)
    if found and shown_parent != row.parent_id:
        raise conflict_on(session, AgendaItem.__tablename__, item_id, ("parent_id",),
                          undoing=undoing)
    for parent in dict.fromkeys([row.parent_id, *parents]):
        now = [s.id for s in _siblings(session, row.meeting_id, parent)]
        refuse_reordered(session, AgendaItem.__tablename__, shown.get(parent, ()), now,
                         undoing=undoing)


def _renumbered(places: list[_Place]) -> list[dict]:
    return [{"b_id": p.id, "b_position": k} for k, p in enumerate(places) if p.position != k]


def index_of(session: Session, item_id: int) -> tuple[int | None, int, int]:
    """Where an item stands: (parent id, index among its siblings, day)."""
    item = _item(session, item_id)
    ids = [s.id for s in _siblings(session, item.meeting_id, item.parent_id)]
    return item.parent_id, ids.index(item_id), item.day


def place(session: Session, anchor_id: int | None, where: Where,
          meeting_id: int) -> tuple[int | None, int]:
    """The (parent id, index) of a new entry above, below or inside ``anchor_id``."""
    if anchor_id is None:
        return None, len(_siblings(session, meeting_id, None))
    if where is Where.CHILD:
        return anchor_id, len(_siblings(session, meeting_id, anchor_id))
    parent_id, index, _day = index_of(session, anchor_id)
    return parent_id, index + (where is Where.BELOW)


def _is_inside(session: Session, candidate: int | None, item_id: int) -> bool:
    while candidate is not None:
        if candidate == item_id:
            return True
        candidate = session.scalar(select(_T.parent_id).where(_T.id == candidate))
    return False


def move_item(session: Session, item_id: int, parent_id: int | None, index: int,
              day: int | None = None, *, shown: Order | None = None,
              undoing: bool = False, placing: bool = False) -> Changes:
    """Put ``item_id`` at ``index`` among ``parent_id``'s children (index counted without it).

    At the top level the item takes the day of its new neighbours unless ``day`` is given,
    so that it lands on the day where it was dropped. With ``shown`` (the order the window
    showed, or the one an undo step left) the move is refused if the two lists it
    renumbers are no longer in that order. Every row renumbered gets a new version (but
    an item just added and ``placing`` keeps its first).
    """
    refuse_reordered_agenda(session, item_id, shown, [parent_id], undoing=undoing)
    item = _item(session, item_id)
    if _is_inside(session, parent_id, item_id):
        raise AgendaInvalid([Problem(AgendaProblem.INTO_ITSELF, "position")])
    session.flush()  # rows added or edited through the ORM first, then these statements
    updates: list[dict] = []
    if item.parent_id != parent_id:
        updates += _renumbered([s for s in _siblings(session, item.meeting_id, item.parent_id)
                                if s.id != item_id])
    siblings = [s for s in _siblings(session, item.meeting_id, parent_id) if s.id != item_id]
    index = max(0, min(index, len(siblings)))
    if parent_id is None and day is None:
        neighbour = siblings[index - 1] if index > 0 else (siblings[0] if siblings else None)
        day = neighbour.day if neighbour is not None else item.day
    siblings.insert(index, _Place(item_id, -1, day or item.day))
    updates += [u for u in _renumbered(siblings) if u["b_id"] != item_id]
    newer = _T[VERSION] + 1  # the version counter, as the ORM would raise it
    if updates:
        session.execute(update(AgendaItem.__table__).where(_T.id == bindparam("b_id"))
                        .values({"position": bindparam("b_position"), VERSION: newer}),
                        updates)
    session.execute(update(AgendaItem.__table__).where(_T.id == item_id)
                    .values({"parent_id": parent_id, "position": index,
                             "day": day or item.day, **({} if placing else {VERSION: newer})}))
    session.expire_all()  # ORM objects loaded earlier in this transaction are now stale
    return changed(item.meeting_id)


def move_by(session: Session, item_id: int, step: int, *, shown: Order | None = None) -> Changes:
    """Up (-1) or down (+1) among its siblings; at either end nothing moves."""
    refuse_reordered_agenda(session, item_id, shown)
    parent_id, index, _day = index_of(session, item_id)
    count = len(_siblings(session, _item(session, item_id).meeting_id, parent_id))
    target = index + step
    if not 0 <= target < count:
        return Changes()
    return move_item(session, item_id, parent_id, target, shown=shown)


def indent(session: Session, item_id: int, *, shown: Order | None = None) -> Changes:
    """Become the last child of the entry above; the first of its level stays where it is."""
    refuse_reordered_agenda(session, item_id, shown)
    parent_id, index, _day = index_of(session, item_id)
    if index == 0:
        return Changes()
    meeting_id = _item(session, item_id).meeting_id
    above = _siblings(session, meeting_id, parent_id)[index - 1]
    return move_item(session, item_id, above.id, len(_siblings(session, meeting_id, above.id)),
                     shown=shown)


def outdent(session: Session, item_id: int, *, shown: Order | None = None) -> Changes:
    """Become the entry right after its parent; a top-level entry stays where it is."""
    refuse_reordered_agenda(session, item_id, shown)
    item = _item(session, item_id)
    if item.parent_id is None:
        return Changes()
    grand, parent_index, parent_day = index_of(session, item.parent_id)
    return move_item(session, item_id, grand, parent_index + 1,
                     parent_day if grand is None else None, shown=shown)


# --------------------------------------------------------------------------- adding, editing

def add_item(session: Session, meeting_id: int, parent_id: int | None, index: int,
             fields: ItemFields) -> int:
    meeting = session.get_one(Meeting, meeting_id)
    fields, _removed = cleaned(fields)
    check(meeting, fields)
    item = AgendaItem(meeting_id=meeting_id, parent_id=parent_id, position=0)
    _write(item, fields)
    session.add(item)
    session.flush()
    move_item(session, item.id, parent_id, index, fields.day if parent_id is None else None,
              placing=True)
    return item.id


def update_item(session: Session, item_id: int, fields: ItemFields) -> Changes:
    item = session.get_one(AgendaItem, item_id)
    fields, _removed = cleaned(fields)
    check(item.meeting, fields, _has_children(session, item_id))
    _write(item, fields)
    session.flush()
    return changed(item.meeting_id)


def delete_item(session: Session, item_id: int) -> tuple[Snapshot, Changes]:
    """Delete an entry with its sub-items, leads and attachments; the snapshot restores them."""
    meeting_id = session.get_one(AgendaItem, item_id).meeting_id
    snapshot = capture(session, AgendaItem.__table__, [item_id])
    session.execute(delete(AgendaItem).where(AgendaItem.id == item_id))
    session.expunge_all()
    return snapshot, changed(meeting_id)


def set_leads(session: Session, item_id: int, person_ids: list[int]) -> Changes:
    item = session.get_one(AgendaItem, item_id)
    session.execute(delete(AgendaLead).where(AgendaLead.agenda_item_id == item_id))
    session.add_all(AgendaLead(agenda_item_id=item_id, person_id=p, position=i)
                    for i, p in enumerate(dict.fromkeys(person_ids)))
    session.flush()
    return changed(item.meeting_id)


def add_attachment(session: Session, item_id: int, filename: str, content: bytes,
                   added_at: dt.datetime) -> int:
    problems = rules.attachment_problems(filename, content)
    if problems:
        raise AgendaInvalid(problems)
    last = session.scalar(select(func.max(Attachment.position))
                          .where(Attachment.agenda_item_id == item_id))
    attachment = Attachment(agenda_item_id=item_id, position=(last or 0) + 1,
                            filename=filename, content=content, added_at=added_at)
    session.add(attachment)
    session.flush()
    return attachment.id


def remove_attachment(session: Session, attachment_id: int) -> Snapshot:
    snapshot = capture(session, Attachment.__table__, [attachment_id])
    session.execute(delete(Attachment).where(Attachment.id == attachment_id))
    return snapshot


def meeting_of(session: Session, item_id: int) -> int:
    return session.scalars(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id)).one()


# --------------------------------------------------------------------------- copying

def copy_agenda(session: Session, from_meeting_id: int, to_meeting_id: int) -> list[int]:
    """Copy structure, shared texts (titles, descriptions), durations and fixed starts
    after the agenda.

    Leads, the internal texts (objectives, talking points, background) and attachments
    stay behind: they belong to the earlier meeting. Returns the ids of the copied top-level entries.
    """
    source = load_tree(session, from_meeting_id)
    target = session.get_one(Meeting, to_meeting_id)
    days = rules.meeting_days(target.start_date, target.end_date)
    groups = rules.tree_order(source)
    start = len(_siblings(session, to_meeting_id, None))
    last_day = session.scalar(select(func.max(AgendaItem.day))
                              .where(AgendaItem.meeting_id == to_meeting_id,
                                     AgendaItem.parent_id.is_(None))) or 1
    roots: list[int] = []

    def copy(row, parent_id: int | None, position: int) -> int:
        fixed = row.fixed_start
        if fixed is not None and rules.fixed_start_problems(fixed, target.day_start,
                                                            target.day_end):
            fixed = None  # the new meeting's day does not hold it
        item = AgendaItem(meeting_id=to_meeting_id, parent_id=parent_id, position=position,
                          day=max(last_day, min(row.day, days)), kind=row.kind,
                          duration_minutes=row.duration_minutes, fixed_start=fixed,
                          **dict(zip(SHARED_TEXTS, row.texts, strict=True)))
        session.add(item)
        session.flush()
        for k, child in enumerate(groups.get(row.id, [])):
            copy(child, item.id, k)
        return item.id

    for k, row in enumerate(groups.get(None, [])):
        roots.append(copy(row, None, start + k))
    return roots


def delete_items(session: Session, item_ids: list[int]) -> Snapshot:
    snapshot = capture(session, AgendaItem.__table__, item_ids)
    session.execute(delete(AgendaItem).where(AgendaItem.id.in_(item_ids)))
    session.expunge_all()
    return snapshot
