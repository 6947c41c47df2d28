"""Pre-flight, gathered from the database: what each document's checks read.

The checks themselves are the domain's (``domain.preflight``); this module loads only
the parts the document prints (``domain.preflight.needs``) and hands them over.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain import preflight as checks
from ..domain.preflight import BRIEFING_BOOK, Entry, PreflightFacts
from ..i18n import languages
from ..model.entities import (
    ActionLine,
    ActionPlan,
    AgendaItem,
    Communique,
    CommuniqueVersion,
    Delegation,
    Meeting,
    Membership,
    Paragraph,
)
from .agenda import declined_people
from .meetings import previous_plenary


def preflight(session: Session, meeting_id: int, language: str = languages.BILINGUAL,
              document: str = BRIEFING_BOOK) -> list[Entry]:
    """What is doubtful in ``document`` (one of ``checks.DOCUMENTS``) for the meeting
    (``domain.preflight.preflight``); no entries for a meeting that is not on file."""
    parts = checks.needs(document)
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return []
    facts = PreflightFacts(meeting, previous_plenary(session, meeting))
    if "agenda" in parts:
        facts.agenda_items.extend(agenda_items(session, meeting.id))
        facts.declined.update(declined_people(session, meeting.id))
    if "delegations" in parts:
        facts.memberships.extend(memberships(session, meeting.id))
    if "actions" in parts:
        facts.lines.extend(action_lines(session))
    if "communique" in parts:
        facts.paragraphs.extend(draft_paragraphs(session, meeting.id))
    return checks.preflight(facts, language, document)


def agenda_items(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
        .options(selectinload(AgendaItem.leads))))


def memberships(session: Session, meeting_id: int) -> list[Membership]:
    """Both lists' members, list by list in protocol order."""
    return list(session.scalars(
        select(Membership).join(Delegation).where(Delegation.meeting_id == meeting_id)
        .options(selectinload(Membership.person), selectinload(Membership.delegation))
        .order_by(Delegation.id, Membership.precedence)))


def action_lines(session: Session) -> list[ActionLine]:
    return list(session.scalars(
        select(ActionLine).join(ActionPlan).order_by(ActionPlan.position, ActionLine.position)))


def draft_paragraphs(session: Session, meeting_id: int) -> list[Paragraph]:
    """The working draft's paragraphs in order (none without a draft)."""
    draft = session.scalars(
        select(CommuniqueVersion).join(Communique)
        .where(Communique.meeting_id == meeting_id, CommuniqueVersion.number == 0)
    ).first()
    return list(draft.paragraphs) if draft is not None else []
