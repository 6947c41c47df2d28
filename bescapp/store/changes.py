"""What an operation changed, so each workspace refreshes only what it shows."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Kind(enum.StrEnum):
    MEETINGS = "meetings"
    AGENDA = "agenda"
    DELEGATIONS = "delegations"
    PEOPLE = "people"
    AGENCIES = "agencies"
    ACTIONS = "actions"
    COMMUNIQUE = "communique"
    TERMS = "terms"
    BRIEFING = "briefing"  # the briefing texts, visit schedule and clearances
    EVERYTHING = "everything"


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[Kind] = field(default_factory=frozenset)
    meeting_id: int | None = None

    @classmethod
    def of(cls, *kinds: Kind, meeting_id: int | None = None) -> Changes:
        return cls(frozenset(kinds), meeting_id)

    def touches(self, kind: Kind) -> bool:
        return kind in self.kinds or Kind.EVERYTHING in self.kinds
