"""What the briefing book adds to a meeting: its briefing texts, the principal's visit
schedule, the book's clearances, and people's photographs.

All of it is internal (``model/fields.py``): only the briefing book prints it. Each
writer returns the ``Changes`` it made (or a ``Snapshot`` for a deletion), so the
window's undo steps (``StoreCommand``) can apply and revert it.

Several editors (store/versions.py): a line of the visit schedule or of the clearances
is read with what the editor shows of it (``VisitRow.seen``, ``ClearanceRow.seen``); the
window's save of that line passes it, and is refused over another editor's change.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import text as texts
from ..i18n.catalogue import N_
from ..model.bilingual import Bilingual
from ..model.entities import (
    Clearance,
    ClearanceRole,
    Meeting,
    Person,
    VisitEvent,
    VisitKind,
)
from .changes import Changes, Kind
from .snapshots import Snapshot, capture
from .versions import Seen, seen

BLANK = Bilingual()  # frozen: one empty value serves every default

# The meeting's briefing texts, in the order the book prints them (press guidance and
# "if asked" close the book, before the annexes).
BRIEFING_TEXTS = ("scene_setter", "objectives", "likely_asks", "desired_outcome",
                  "press_guidance", "if_asked")
# The field names as messages name them (a text too long, a broken paste).
FIELD_WORDS = {
    "scene_setter": N_("scene-setter"), "objectives": N_("our objectives"),
    "likely_asks": N_("counterpart's likely asks"), "desired_outcome": N_("desired outcomes"),
    "press_guidance": N_("press guidance"), "if_asked": N_("if asked"),
    "title": N_("title"), "place": N_("place"), "who": N_("who"), "notes": N_("notes"),
    "name": N_("name"), "office": N_("office"),
}


class BriefingInvalid(ValueError):
    """An edit refused; nothing was written. ``faults`` say what and where."""

    def __init__(self, faults: list[texts.TextFault]) -> None:
        self.faults = faults
        super().__init__("; ".join(f.english() for f in faults))

    def text(self, language: str | None = None) -> str:
        return "\n".join(f.text(language) for f in self.faults)


def changed(meeting_id: int | None) -> Changes:
    return Changes.of(Kind.BRIEFING, meeting_id=meeting_id)


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise LookupError(f"there is no meeting with id {meeting_id}")
    return meeting


def _check(values: dict[str, Bilingual | str], entity: type) -> None:
    faults: list[texts.TextFault] = []
    for name, value in values.items():
        limit = texts.max_length(getattr(entity, name))
        if isinstance(value, Bilingual):
            faults += texts.bilingual_faults(FIELD_WORDS[name], value, limit)
        else:
            faults += texts.faults(FIELD_WORDS[name], value, limit)
    if faults:
        raise BriefingInvalid(faults)


# --------------------------------------------------------------------------- the texts

@dataclass(frozen=True)
class BriefingTexts:
    """The meeting's briefing texts, a value an undo step can hold before and after."""

    scene_setter: Bilingual = BLANK
    objectives: Bilingual = BLANK
    likely_asks: Bilingual = BLANK
    desired_outcome: Bilingual = BLANK
    press_guidance: Bilingual = BLANK
    if_asked: Bilingual = BLANK

    def replace(self, name: str, value: Bilingual) -> BriefingTexts:
        return dataclasses.replace(self, **{name: value})


def briefing_texts(session: Session, meeting_id: int) -> BriefingTexts:
    meeting = _meeting(session, meeting_id)
    return BriefingTexts(**{name: getattr(meeting, name) for name in BRIEFING_TEXTS})


def set_briefing_texts(session: Session, meeting_id: int, value: BriefingTexts,
                       shown: BriefingTexts | None = None) -> Changes:
    """The meeting's briefing texts as ``value`` says; given ``shown`` (the texts as the
    editor showed them), only what differs from it is written (``_only_changed``)."""
    meeting = _meeting(session, meeting_id)
    value = _only_changed(briefing_texts(session, meeting_id), shown, value)
    given = {name: getattr(value, name) for name in BRIEFING_TEXTS}
    _check(given, Meeting)
    for name, text in given.items():
        setattr(meeting, name, text)
    return changed(meeting_id)


# --------------------------------------------------------------------------- ordered rows

def _rows(session: Session, entity, meeting_id: int) -> list:
    order = (entity.day, entity.position, entity.id) if entity is VisitEvent else \
        (entity.position, entity.id)
    return list(session.scalars(select(entity).where(entity.meeting_id == meeting_id)
                                .order_by(*order)))


def _renumber(rows: list) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position


def _row(session: Session, entity, row_id: int):
    row = session.get(entity, row_id)
    if row is None:
        raise LookupError(f"there is no {entity.__tablename__} with id {row_id}")
    return row


def _move(session: Session, entity, row_id: int, step: int) -> Changes:
    row = _row(session, entity, row_id)
    rows = _rows(session, entity, row.meeting_id)
    if entity is VisitEvent:  # a moment moves among the moments of its day
        rows = [r for r in rows if r.day == row.day]
    else:  # a clearance among the others of its step (drafted, cleared)
        rows = [r for r in rows if r.role == row.role]
    index = rows.index(row)
    target = max(0, min(len(rows) - 1, index + step))
    rows.insert(target, rows.pop(index))
    _renumber(rows)
    return changed(row.meeting_id)


def _delete(session: Session, entity, row_id: int) -> Snapshot:
    row = _row(session, entity, row_id)
    snapshot = capture(session, entity.__table__, [row_id])
    session.delete(row)
    session.flush()
    return snapshot


# --------------------------------------------------------------------------- visit schedule

@dataclass(frozen=True)
class VisitFields:
    """One moment of the visit schedule as the editor edits it."""

    kind: VisitKind = VisitKind.OTHER
    day: int = 1
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    title: Bilingual = BLANK
    place: Bilingual = BLANK
    who: Bilingual = BLANK
    notes: Bilingual = BLANK


VISIT_TEXTS = ("title", "place", "who", "notes")


@dataclass(frozen=True)
class VisitRow:
    id: int
    position: int
    fields: VisitFields
    seen: Seen | None = field(default=None, compare=False)  # what a save starts from


def _visit_fields(row: VisitEvent) -> VisitFields:
    return VisitFields(row.kind, row.day, row.start_time, row.end_time, row.title, row.place,
                       row.who, row.notes)


def visit_schedule(session: Session, meeting_id: int) -> list[VisitRow]:
    """The principal's visit schedule: by day, then in the order staff put it."""
    return [VisitRow(r.id, r.position, _visit_fields(r), seen(r))
            for r in _rows(session, VisitEvent, meeting_id)]


def _write_visit(row: VisitEvent, fields: VisitFields) -> None:
    _check({name: getattr(fields, name) for name in VISIT_TEXTS}, VisitEvent)
    row.kind, row.day, row.start_time, row.end_time = (
        VisitKind(fields.kind), max(1, fields.day), fields.start_time, fields.end_time)
    for name in VISIT_TEXTS:
        setattr(row, name, getattr(fields, name))


def add_visit_event(session: Session, meeting_id: int, fields: VisitFields) -> int:
    """A new moment at the end of its day; its id."""
    _meeting(session, meeting_id)
    same_day = [r for r in _rows(session, VisitEvent, meeting_id) if r.day == fields.day]
    row = VisitEvent(meeting_id=meeting_id, position=len(same_day))
    _write_visit(row, fields)
    session.add(row)
    session.flush()
    return row.id


def _only_changed(now, shown, wanted):
    """``now`` (the line as stored) with what the staffer changed from ``shown`` (what
    their editor showed) to ``wanted``, field by field and, in a text, language by
    language: a field they left alone keeps another editor's later change."""
    if shown is None:
        return wanted
    values = {}
    for name in (f.name for f in dataclasses.fields(wanted)):
        was, want, kept = getattr(shown, name), getattr(wanted, name), getattr(now, name)
        if isinstance(want, Bilingual):
            values[name] = Bilingual(*(want.get(lang) if want.get(lang) != was.get(lang)
                                       else kept.get(lang) for lang in ("en", "es")))
        else:
            values[name] = want if want != was else kept
    return dataclasses.replace(now, **values)


def update_visit_event(session: Session, event_id: int, fields: VisitFields,
                       shown: VisitFields | None = None) -> Changes:
    """The line as ``fields`` say; given ``shown`` (the line as the editor showed it),
    only what differs from it is written."""
    row = _row(session, VisitEvent, event_id)
    fields = _only_changed(_visit_fields(row), shown, fields)
    moved_day = row.day != fields.day
    _write_visit(row, fields)
    if moved_day:  # last of its new day
        others = [r for r in _rows(session, VisitEvent, row.meeting_id)
                  if r.day == row.day and r.id != row.id]
        row.position = len(others)
    return changed(row.meeting_id)


def visit_fields(session: Session, event_id: int) -> VisitFields:
    return _visit_fields(_row(session, VisitEvent, event_id))


def move_visit_event(session: Session, event_id: int, step: int) -> Changes:
    return _move(session, VisitEvent, event_id, step)


def delete_visit_event(session: Session, event_id: int) -> Snapshot:
    return _delete(session, VisitEvent, event_id)


# --------------------------------------------------------------------------- clearances

@dataclass(frozen=True)
class ClearanceFields:
    role: ClearanceRole = ClearanceRole.CLEARED
    name: str = ""
    office: str = ""
    date: dt.date | None = None


@dataclass(frozen=True)
class ClearanceRow:
    id: int
    position: int
    fields: ClearanceFields
    seen: Seen | None = field(default=None, compare=False)  # what a save starts from


def clearances(session: Session, meeting_id: int) -> list[ClearanceRow]:
    """Drafted by first, then cleared by, each in the order staff put them."""
    rows = _rows(session, Clearance, meeting_id)
    rows.sort(key=lambda r: (r.role != ClearanceRole.DRAFTED, r.position, r.id))
    return [ClearanceRow(r.id, r.position, _clearance_fields(r), seen(r)) for r in rows]


def _write_clearance(row: Clearance, fields: ClearanceFields) -> None:
    name, office = " ".join(fields.name.split()), " ".join(fields.office.split())
    _check({"name": name, "office": office}, Clearance)
    row.role, row.name, row.office, row.date = ClearanceRole(fields.role), name, office, fields.date


def add_clearance(session: Session, meeting_id: int, fields: ClearanceFields) -> int:
    _meeting(session, meeting_id)
    row = Clearance(meeting_id=meeting_id,
                    position=len(_rows(session, Clearance, meeting_id)))
    _write_clearance(row, fields)
    session.add(row)
    session.flush()
    return row.id


def _clearance_fields(row: Clearance) -> ClearanceFields:
    return ClearanceFields(row.role, row.name, row.office, row.date)


def update_clearance(session: Session, clearance_id: int, fields: ClearanceFields,
                     shown: ClearanceFields | None = None) -> Changes:
    """As ``update_visit_event``: given ``shown``, only what differs from it is written."""
    row = _row(session, Clearance, clearance_id)
    _write_clearance(row, _only_changed(_clearance_fields(row), shown, fields))
    return changed(row.meeting_id)


def move_clearance(session: Session, clearance_id: int, step: int) -> Changes:
    return _move(session, Clearance, clearance_id, step)


def delete_clearance(session: Session, clearance_id: int) -> Snapshot:
    return _delete(session, Clearance, clearance_id)


def meeting_of(session: Session, entity_name: str, row_id: int) -> int:
    entity = {"visit_event": VisitEvent, "clearance": Clearance}[entity_name]
    return _row(session, entity, row_id).meeting_id


# --------------------------------------------------------------------------- photos

def photo(session: Session, person_id: int) -> bytes | None:
    """The person's stored photograph (a checked JPEG), or None."""
    return _row(session, Person, person_id).photo


def set_photo(session: Session, person_id: int, content: bytes | None) -> Changes:
    """Keep ``content`` (a JPEG from ``domain.photos.checked_photo``) as the person's photo;
    None removes it."""
    _row(session, Person, person_id).photo = content or None
    return Changes.of(Kind.PEOPLE, Kind.DELEGATIONS)


def photos(session: Session, person_ids: list[int]) -> dict[int, bytes]:
    """The photos of these people that have one: the book reads them in one query."""
    if not person_ids:
        return {}
    return {pid: content for pid, content in session.execute(
        select(Person.id, Person.photo).where(Person.id.in_(person_ids),
                                              Person.photo.is_not(None))) if content}


# --------------------------------------------------------------------------- annexes

@dataclass(frozen=True)
class EarlierCommunique:
    """The previous plenary's communiqué as it was last saved (its working draft if it was
    never saved): the book's annex."""

    meeting: Meeting
    label: str
    paragraphs: list


def previous_communique(session: Session, meeting: Meeting) -> EarlierCommunique | None:
    from .communique import list_versions, paragraphs
    from .meetings import previous_plenary

    earlier = previous_plenary(session, meeting)
    if earlier is None:
        return None
    versions = [v for v in list_versions(session, earlier.id) if v.paragraphs]
    if not versions:
        return None
    last = max(versions, key=lambda v: v.number)
    return EarlierCommunique(earlier, last.label, paragraphs(session, last.id))


# --------------------------------------------------------------------------- the book's parts

@dataclass(frozen=True)
class SessionChoice:
    """A session of the agenda, as ``--session N`` names it (1 is the first)."""

    number: int
    label: str  # its agenda number: "II"
    title: Bilingual


def sessions(session: Session, meeting_id: int) -> list[SessionChoice]:
    """The agenda's sessions in order: the parts a one-session book can hold."""
    from ..domain.agenda import schedule
    from ..model.entities import AgendaItem, AgendaKind

    meeting = _meeting(session, meeting_id)
    items = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)).all()
    plan = schedule(items, meeting.day_start, meeting.day_end, meeting.session_numbering)
    by_id = {item.id: item for item in items}
    top = [by_id[i] for i in plan.children.get(None, []) if by_id[i].kind == AgendaKind.SESSION]
    return [SessionChoice(n, plan.slots[item.id].number, item.title)
            for n, item in enumerate(top, start=1)]
