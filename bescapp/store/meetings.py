"""Meetings: listing, creating, editing, deleting (with an undo snapshot)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field, replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain import text as texts
from ..i18n.catalogue import N_, current, say
from ..i18n.formatting import format_number
from ..model.bilingual import Bilingual
from ..model.entities import Meeting, MeetingKind, Party, SessionNumbering
from . import our_side
from .first_rows import MeetingRow
from .snapshots import Snapshot, capture


class MeetingProblem(enum.StrEnum):
    NUMBER = "number"
    DATES = "dates"
    HOURS = "hours"
    CITY = "city"
    DUPLICATE = "duplicate"
    CITY_TOO_LONG = "city_too_long"
    VENUE_TOO_LONG = "venue_too_long"
    MARKING_TOO_LONG = "marking_too_long"
    UNSTORABLE = "unstorable"


CITY_MAX = texts.max_length(Meeting.city)
VENUE_MAX = texts.max_length(Meeting.venue)
MARKING_MAX = texts.max_length(Meeting.handling_marking)
MEETING_PROBLEM_TEXT = {
    MeetingProblem.NUMBER: N_("The meeting number must be 1 or more."),
    MeetingProblem.DATES: N_("The meeting cannot end before it starts."),
    MeetingProblem.HOURS: N_("The day must end after it starts."),
    MeetingProblem.CITY: N_("Give the city in English or Spanish."),
    MeetingProblem.DUPLICATE: N_("There is already a meeting of this kind with this number."),
    MeetingProblem.CITY_TOO_LONG: N_("The city is longer than {limit} characters."),
    MeetingProblem.VENUE_TOO_LONG: N_("The venue is longer than {limit} characters."),
    MeetingProblem.MARKING_TOO_LONG: N_("The handling marking is longer than {limit} characters."),
    MeetingProblem.UNSTORABLE: N_("The city, venue or marking holds characters that cannot be "
                                  "stored (a broken paste?)."),
}
_LIMITS = {MeetingProblem.CITY_TOO_LONG: CITY_MAX, MeetingProblem.VENUE_TOO_LONG: VENUE_MAX,
           MeetingProblem.MARKING_TOO_LONG: MARKING_MAX}


def problem_text(problem: MeetingProblem, lang: str | None = None) -> str:
    """The problem in ``lang`` (default: the messages language), its limit filled in."""
    lang = lang or current()
    limit = _LIMITS.get(problem)
    return say(MEETING_PROBLEM_TEXT[problem], lang,
               **({} if limit is None else {"limit": format_number(limit, lang)}))


@dataclass(frozen=True)
class MeetingFields:
    """What the meeting dialog edits; kept apart from the ORM row so undo can hold it."""

    kind: MeetingKind = MeetingKind.PLENARY
    number: int = 1
    start_date: dt.date = field(default_factory=dt.date.today)
    end_date: dt.date = field(default_factory=dt.date.today)
    day_start: dt.time = dt.time(9, 0)
    day_end: dt.time = dt.time(18, 0)
    city: Bilingual = field(default_factory=Bilingual)
    venue: Bilingual = field(default_factory=Bilingual)
    host_party: str | None = None  # party code, "US" or "MX"
    handling_marking: Bilingual = field(default_factory=Bilingual)  # empty: our side's
    session_numbering: SessionNumbering = SessionNumbering.ARABIC

    def cleaned(self) -> MeetingFields:
        """City, venue and marking on one line, without direction overrides."""
        def tidy(value: Bilingual) -> Bilingual:
            return Bilingual(*(" ".join(texts.without_direction_controls(value.get(lang)).split())
                               for lang in ("en", "es")))

        return replace(self, city=tidy(self.city), venue=tidy(self.venue),
                       handling_marking=tidy(self.handling_marking))

    def problems(self) -> list[MeetingProblem]:
        found = []
        if self.number < 1:
            found.append(MeetingProblem.NUMBER)
        if self.end_date < self.start_date:
            found.append(MeetingProblem.DATES)
        if self.day_end <= self.day_start:
            found.append(MeetingProblem.HOURS)
        if self.city.is_empty() or all(texts.invisible(self.city.get(lang)) or
                                       not self.city.get(lang) for lang in ("en", "es")):
            found.append(MeetingProblem.CITY)
        for value, limit, code in ((self.city, CITY_MAX, MeetingProblem.CITY_TOO_LONG),
                                   (self.venue, VENUE_MAX, MeetingProblem.VENUE_TOO_LONG),
                                   (self.handling_marking, MARKING_MAX,
                                    MeetingProblem.MARKING_TOO_LONG)):
            if max(len(value.en), len(value.es)) > limit:
                found.append(code)
        if any(texts.unstorable(v.get(lang)) for v in (self.city, self.venue,
                                                        self.handling_marking)
               for lang in ("en", "es")):
            found.append(MeetingProblem.UNSTORABLE)
        return found


class MeetingInvalid(Exception):
    def __init__(self, problems: list[MeetingProblem]) -> None:
        self.problems = problems
        super().__init__(" ".join(problem_text(p) for p in problems))


def list_meetings(session: Session) -> list[Meeting]:
    return list(session.scalars(select(Meeting).order_by(Meeting.start_date, Meeting.id)))


def meeting_rows(session: Session) -> list[MeetingRow]:
    """The Meetings workspace's rows, in ``list_meetings`` order (the same rows
    ``first_rows.meeting_rows`` reads with sqlite3 for the first paint)."""
    return [MeetingRow(m.id, m.kind.value, m.number, m.start_date, m.end_date, m.city, m.venue,
                       m.host_party.code if m.host_party else None)
            for m in list_meetings(session)]


def get_meeting(session: Session, meeting_id: int | None) -> Meeting | None:
    """The meeting with this id; None without an id or when it is no longer on file."""
    return session.get(Meeting, meeting_id) if meeting_id is not None else None


def meeting_fields(session: Session, meeting_id: int) -> MeetingFields:
    """The meeting's fields, for the dialog that edits them (NoResultFound if it is gone)."""
    return fields_of(session.get_one(Meeting, meeting_id))


def latest_meeting(session: Session) -> Meeting | None:
    """The meeting that starts last (the one a new meeting follows)."""
    return session.scalars(select(Meeting).order_by(Meeting.start_date.desc()).limit(1)).first()


def numbers_taken(session: Session, except_id: int | None = None) -> set[tuple[str, int]]:
    """(kind, number) of every meeting on file but ``except_id``: each number once per kind."""
    rows = session.execute(select(Meeting.id, Meeting.kind, Meeting.number))
    return {(MeetingKind(kind).value, number) for id_, kind, number in rows if id_ != except_id}


def fields_of(meeting: Meeting) -> MeetingFields:
    return MeetingFields(
        kind=meeting.kind, number=meeting.number,
        start_date=meeting.start_date, end_date=meeting.end_date,
        day_start=meeting.day_start, day_end=meeting.day_end,
        city=meeting.city, venue=meeting.venue,
        host_party=meeting.host_party.code if meeting.host_party else None,
        handling_marking=meeting.handling_marking, session_numbering=meeting.session_numbering,
    )


def _check(session: Session, fields: MeetingFields, meeting_id: int | None) -> None:
    problems = fields.problems()
    same = select(Meeting.id).where(Meeting.kind == fields.kind, Meeting.number == fields.number)
    if meeting_id is not None:
        same = same.where(Meeting.id != meeting_id)
    if session.scalar(same) is not None:
        problems.append(MeetingProblem.DUPLICATE)
    if problems:
        raise MeetingInvalid(problems)


def _apply(session: Session, meeting: Meeting, fields: MeetingFields) -> None:
    meeting.kind = fields.kind
    meeting.number = fields.number
    meeting.start_date, meeting.end_date = fields.start_date, fields.end_date
    meeting.day_start, meeting.day_end = fields.day_start, fields.day_end
    meeting.city, meeting.venue = fields.city, fields.venue
    meeting.host_party_id = (
        session.scalar(select(Party.id).where(Party.code == fields.host_party))
        if fields.host_party else None
    )
    meeting.handling_marking = (fields.handling_marking if not fields.handling_marking.is_empty()
                                else our_side.read(session).marking)
    meeting.session_numbering = fields.session_numbering


def create_meeting(session: Session, fields: MeetingFields) -> int:
    fields = fields.cleaned()
    _check(session, fields, None)
    meeting = Meeting()
    _apply(session, meeting, fields)
    session.add(meeting)
    session.flush()
    return meeting.id


def update_meeting(session: Session, meeting_id: int, fields: MeetingFields) -> None:
    fields = fields.cleaned()
    _check(session, fields, meeting_id)
    _apply(session, session.get_one(Meeting, meeting_id), fields)


def delete_meeting(session: Session, meeting_id: int) -> Snapshot:
    """Delete a meeting and all that belongs to it; the snapshot lets undo put it back."""
    snapshot = capture(session, Meeting.__table__, [meeting_id])
    session.execute(delete(Meeting).where(Meeting.id == meeting_id))
    session.expunge_all()
    return snapshot


def parties(session: Session) -> list[Party]:
    return list(session.scalars(select(Party).order_by(Party.id)))


def previous_plenary(session: Session, meeting: Meeting) -> Meeting | None:
    """The plenary held before this meeting: the baseline for "since the previous plenary"."""
    query = (select(Meeting)
             .where(Meeting.kind == MeetingKind.PLENARY, Meeting.start_date < meeting.start_date)
             .order_by(Meeting.start_date.desc()).limit(1))
    return session.scalar(query)
