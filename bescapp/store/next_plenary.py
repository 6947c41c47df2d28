"""The next plenary in one step, from an earlier meeting.

What carries over is what the staff would otherwise type again: the day's hours, the
session numbering, the handling marking, the agenda's structure and public texts
(``agenda.copy_agenda``) and both delegation lists in protocol order
(``delegations.copy_lists``). What belongs to the earlier meeting stays with it: leads,
objectives, talking points, background, attachments, attendance answers, internal notes,
the communiqué, the venue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import cast

from sqlalchemy.orm import Session

from ..i18n.catalogue import N_, say
from ..model.bilingual import Bilingual
from ..model.entities import Meeting
from . import agenda, delegations
from .changes import Changes, Kind
from .meetings import MeetingFields, create_meeting, fields_of

OTHER_SIDE = {"US": "MX", "MX": "US"}


class UnknownMeeting(LookupError):
    def __init__(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        super().__init__(say(N_("there is no meeting with id {id}"), id=meeting_id))


def a_year_on(day: dt.date) -> dt.date:
    """The same day a year later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def following(earlier: MeetingFields) -> MeetingFields:
    """The meeting after ``earlier``: the next number, a year on, lasting as many days,
    in the other side's country, with the same hours, numbering and marking; no city
    or venue yet."""
    start = a_year_on(earlier.start_date)
    return MeetingFields(
        kind=earlier.kind, number=earlier.number + 1, start_date=start,
        end_date=start + (earlier.end_date - earlier.start_date),
        day_start=earlier.day_start, day_end=earlier.day_end,
        host_party=OTHER_SIDE.get(earlier.host_party or ""),
        handling_marking=earlier.handling_marking, session_numbering=earlier.session_numbering)


def _earlier(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise UnknownMeeting(meeting_id)
    return meeting


def suggested(session: Session, earlier_id: int) -> MeetingFields:
    """The fields ``create_next`` uses unless told otherwise."""
    return following(fields_of(_earlier(session, earlier_id)))


_KEEP = object()


def create_next(session: Session, earlier_id: int, *, city: Bilingual,
                start_date: dt.date | None = None, end_date: dt.date | None = None,
                host_party: str | object | None = _KEEP,
                number: int | None = None) -> tuple[int, Changes]:
    """Create the meeting after ``earlier_id`` with its agenda and delegation lists, in
    the caller's transaction. Unless given: the next number, a year on (as many days as
    the earlier one), the other side hosting. Refusals are ``MeetingInvalid`` (duplicate
    number, end before start, no city) and ``UnknownMeeting``."""
    fields = replace(suggested(session, earlier_id), city=city)
    if start_date is not None:
        length = fields.end_date - fields.start_date
        fields = replace(fields, start_date=start_date, end_date=start_date + length)
    if end_date is not None:
        fields = replace(fields, end_date=end_date)
    if host_party is not _KEEP:
        fields = replace(fields, host_party=cast(str | None, host_party))
    if number is not None:
        fields = replace(fields, number=number)
    return create_from(session, earlier_id, fields)


def create_from(session: Session, earlier_id: int, fields: MeetingFields) -> tuple[int, Changes]:
    """Create a meeting of these fields and copy the earlier meeting's agenda and lists."""
    _earlier(session, earlier_id)
    meeting_id = create_meeting(session, fields)
    agenda.copy_agenda(session, earlier_id, meeting_id)
    delegations.copy_lists(session, earlier_id, meeting_id)
    return meeting_id, Changes.of(Kind.MEETINGS, Kind.AGENDA, Kind.DELEGATIONS,
                                  meeting_id=meeting_id)
