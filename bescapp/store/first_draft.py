"""What the communiqué's first draft is written from, gathered from the database.

The wording rules are the domain's (``domain.communique.write_draft``); this module
asks the database for the facts they fill in: the patterns, the committee's name, the
principals, the next plenary, the plans adopted, the lines completed since the previous
plenary and those due within a year.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import communique as rules
from ..domain.communique import DraftFacts, DraftParagraph
from ..model.bilingual import Bilingual
from ..model.entities import (
    ActionLine,
    ActionPlan,
    Delegation,
    LineStatus,
    Meeting,
    MeetingKind,
    Membership,
    ParagraphPattern,
    StatusUpdate,
)
from . import our_side
from .meetings import previous_plenary


def generate_draft(session: Session, meeting: Meeting) -> list[DraftParagraph]:
    """A first draft of the meeting's communiqué (``domain.communique.write_draft``).
    Raises PatternProblem for a pattern that cannot be filled."""
    return rules.write_draft(draft_facts(session, meeting))


def draft_facts(session: Session, meeting: Meeting) -> DraftFacts:
    return DraftFacts(
        meeting=meeting,
        patterns=load_patterns(session),
        committee=our_side.read(session).committee_name,
        principals=principals(session, meeting),
        next_plenary=next_plenary(session, meeting),
        adopted_plans=adopted_plans(session, meeting),
        completed=completed_since_previous(session, meeting),
        commitments=due_within_a_year(session, meeting),
    )


def load_patterns(session: Session) -> dict[str, Bilingual]:
    return {p.key: p.text for p in session.scalars(select(ParagraphPattern))}


def principals(session: Session, meeting: Meeting) -> list[Membership]:
    """Everyone on either of the meeting's lists who takes part as a principal."""
    kinds = rules.GROUPS["principals"]
    query = (select(Membership).join(Delegation)
             .where(Delegation.meeting_id == meeting.id,
                    Membership.principal.in_([k.value for k in kinds]))
             .order_by(Membership.id))
    return list(session.scalars(query))


def adopted_plans(session: Session, meeting: Meeting) -> list[ActionPlan]:
    query = (select(ActionPlan).where(ActionPlan.adopted_at_meeting_id == meeting.id)
             .order_by(ActionPlan.position, ActionPlan.id))
    return list(session.scalars(query))


def completed_since_previous(session: Session, meeting: Meeting) -> list[ActionLine]:
    """Lines marked completed after the previous plenary, up to this meeting's first day."""
    previous = previous_plenary(session, meeting)
    completed = (select(StatusUpdate.id)
                 .where(StatusUpdate.line_id == ActionLine.id,
                        StatusUpdate.status == LineStatus.COMPLETED,
                        StatusUpdate.date <= meeting.start_date))
    if previous is not None:
        completed = completed.where(StatusUpdate.date > previous.start_date)
    # EXISTS, not a join with DISTINCT: PostgreSQL refuses DISTINCT ordered by the plan's
    # position, a column outside the select list.
    query = (select(ActionLine).join(ActionPlan).where(completed.exists())
             .order_by(ActionPlan.position, ActionLine.position, ActionLine.id))
    return list(session.scalars(query))


def due_within_a_year(session: Session, meeting: Meeting) -> list[ActionLine]:
    """Open lines due in the twelve months from the meeting: the year's commitments."""
    query = (select(ActionLine).join(ActionPlan)
             .where(ActionLine.due_date >= meeting.start_date,
                    ActionLine.due_date <= rules.one_year_after(meeting.start_date),
                    ActionLine.status.not_in([LineStatus.COMPLETED, LineStatus.CANCELLED]))
             .order_by(ActionLine.due_date, ActionPlan.position, ActionLine.position))
    return list(session.scalars(query))


def next_plenary(session: Session, meeting: Meeting) -> Meeting | None:
    query = (select(Meeting)
             .where(Meeting.kind == MeetingKind.PLENARY, Meeting.start_date > meeting.start_date)
             .order_by(Meeting.start_date).limit(1))
    return session.scalar(query)

