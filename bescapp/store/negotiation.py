"""Staff's decisions on the counterpart's proposal, applied to our working draft.

Their proposal is a saved version of its own (``origin`` US/MX); each decision on one
paragraph pairing (``domain.negotiation.match``) changes the working draft only:
**accept** theirs, **keep** ours (nothing to change), or **bracket both** as
alternatives attributed to each side. The window runs each as one undo step.
"""

from __future__ import annotations

import enum

from sqlalchemy.orm import Session

from ..domain.negotiation import Kind, Pairing, bracket_both_texts, match
from ..model.bilingual import Bilingual
from ..model.entities import ParagraphStatus
from . import communique as store
from .changes import Changes
from .changes import Kind as ChangeKind


class Decision(enum.StrEnum):
    ACCEPT = "accept"
    KEEP = "keep"
    BRACKET = "bracket"


def proposal_pairings(session: Session, meeting_id: int, version_id: int
                      ) -> tuple[list[store.ParagraphRow], list[store.ParagraphRow], list[Pairing]]:
    """Our working draft, their proposal, and how their paragraphs pair with ours."""
    ours = store.draft_paragraphs(session, meeting_id)
    theirs = store.paragraphs(session, version_id)
    return ours, theirs, match([r.text for r in ours], [r.text for r in theirs])


def decide(session: Session, meeting_id: int, version_id: int, pairing: Pairing,
           decision: Decision, our_side: str, their_side: str) -> Changes:
    """Apply one decision on one pairing (as ``proposal_pairings`` gave it) to the draft."""
    ours, theirs, _ = proposal_pairings(session, meeting_id, version_id)
    mine = [ours[i] for i in pairing.ours]
    yours = [theirs[j].text for j in pairing.theirs]
    changes = Changes.of(ChangeKind.COMMUNIQUE, meeting_id=meeting_id)
    if decision is Decision.KEEP or pairing.kind is Kind.SAME:
        return changes
    if decision is Decision.BRACKET:
        if not mine:  # their new paragraph, as their alternative
            text = bracket_both_texts(Bilingual(), yours[0], our_side, their_side)
            _add(session, meeting_id, version_id, pairing, text, ParagraphStatus.BRACKETED)
        else:
            joined = _joined(yours)
            text = bracket_both_texts(_joined([m.text for m in mine]), joined, our_side,
                                      their_side)
            store.edit_paragraph(session, mine[0].id, text=text,
                                 status=ParagraphStatus.BRACKETED)
            for extra in mine[1:]:
                store.delete_paragraph(session, extra.id)
        return changes
    # accept theirs
    if pairing.kind is Kind.REMOVED:
        store.delete_paragraph(session, mine[0].id)
    elif pairing.kind is Kind.ADDED:
        _add(session, meeting_id, version_id, pairing, yours[0], ParagraphStatus.DRAFT)
    elif pairing.kind is Kind.SPLIT:
        store.edit_paragraph(session, mine[0].id, text=yours[0])
        store.add_paragraph(session, meeting_id, mine[0].id, yours[1], mine[0].status)
    elif pairing.kind is Kind.MERGED:
        store.edit_paragraph(session, mine[0].id, text=yours[0])
        store.delete_paragraph(session, mine[1].id)
    else:  # changed or moved: their text, at their place
        store.edit_paragraph(session, mine[0].id, text=yours[0])
        if pairing.kind is Kind.MOVED:
            store.move_paragraph(session, mine[0].id, pairing.theirs[0] - mine[0].position)
    return changes


def _joined(texts: list[Bilingual]) -> Bilingual:
    return Bilingual(" ".join(t.en for t in texts), " ".join(t.es for t in texts))


def _add(session: Session, meeting_id: int, version_id: int, pairing: Pairing,
         text: Bilingual, status: ParagraphStatus) -> None:
    """Their new paragraph after the one of ours that precedes it in their text."""
    ours, _, pairings = proposal_pairings(session, meeting_id, version_id)
    before = [p for p in pairings if p.ours and p.theirs and p.theirs[-1] < pairing.theirs[0]]
    after_id = ours[before[-1].ours[-1]].id if before else None
    new_id = store.add_paragraph(session, meeting_id, after_id, text, status)
    if after_id is None and ours:  # at the very start of their text: first in ours too
        store.move_paragraph(session, new_id, -len(ours))


def their_comments(session: Session, meeting_id: int) -> dict[int, list[str]]:
    """The counterpart's comments (kept as notes on the paragraphs of their latest proposal)
    by the working-draft paragraph each one is about, as their proposal pairs with it."""
    proposals = [v for v in store.list_versions(session, meeting_id) if v.origin]
    if not proposals:
        return {}
    latest = proposals[-1]
    ours, theirs, pairings = proposal_pairings(session, meeting_id, latest.id)
    found: dict[int, list[str]] = {}
    for pairing in pairings:
        notes = [line for j in pairing.theirs for line in theirs[j].notes.splitlines() if line]
        if notes and pairing.ours:
            found.setdefault(ours[pairing.ours[0]].id, []).extend(notes)
    return found
