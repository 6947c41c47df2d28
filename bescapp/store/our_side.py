"""Whose database this is: our side, the committee's name and our default marking.

A database belongs to one delegation. The briefing book is ours, the default
document language and communiqué copy are ours, and our handling marking goes on
our internal papers. These live in the one row of ``DatabaseSettings``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import text as texts
from ..i18n.catalogue import N_, say
from ..i18n.formatting import CLOCKS, default_clock
from ..model.bilingual import Bilingual
from ..model.entities import DatabaseSettings, Party
from .changes import Changes, Kind
from .starter import COMMITTEE_ACRONYM, COMMITTEE_NAME, MARKINGS

SIDES = ("US", "MX")
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
# Our delegation as the author of our documents (their properties' author).
DELEGATIONS = {"US": N_("U.S. Delegation"), "MX": N_("Mexican Delegation")}


class SideProblem(Exception):
    """A side that is not one of the two parties, or settings the store refuses."""


class SettingsInvalid(SideProblem):
    """Committee name, acronym or marking text the store cannot keep (``faults``)."""

    def __init__(self, faults: list[texts.TextFault]) -> None:
        self.faults = faults
        super().__init__("; ".join(fault.text() for fault in faults))


def _one_line(value: Bilingual) -> Bilingual:
    return Bilingual(*(" ".join(texts.without_direction_controls(value.get(lang)).split())
                       for lang in ("en", "es")))


def text_faults(settings: OurSettings) -> list[texts.TextFault]:
    """What is wrong with the settings' text, by field and language."""
    return (texts.bilingual_faults(N_("committee name"), settings.committee_name,
                                   texts.max_length(DatabaseSettings.committee_name),
                                   shown=True)
            + texts.bilingual_faults(N_("committee acronym"), settings.committee_acronym,
                                     texts.max_length(DatabaseSettings.committee_acronym),
                                     shown=True)
            + texts.bilingual_faults(N_("handling marking"), settings.handling_marking,
                                     texts.max_length(DatabaseSettings.handling_marking),
                                     shown=True))


@dataclass(frozen=True)
class OurSettings:
    """What File ▸ Database settings edits; apart from the ORM row so undo can hold it."""

    side: str | None  # "US", "MX", or None for a database made before sides existed
    committee_name: Bilingual = COMMITTEE_NAME
    committee_acronym: Bilingual = COMMITTEE_ACRONYM
    handling_marking: Bilingual = field(default_factory=Bilingual)  # empty: our side's stock one
    time_style: str = ""  # "12h", "24h"; empty: our side's default

    @property
    def clock(self) -> str:
        """How our Spanish documents write the time: the stored style, else our side's."""
        return self.time_style if self.time_style in CLOCKS else default_clock(self.side)

    @property
    def language(self) -> str:
        """Our side's language: the default for our documents."""
        return "es" if self.side == "MX" else "en"

    @property
    def marking(self) -> Bilingual:
        """The marking our internal papers carry: the stored one, else our side's stock one."""
        if not self.handling_marking.is_empty():
            return self.handling_marking
        return MARKINGS.get(self.side or "US", MARKINGS["US"])


def _row(session: Session) -> DatabaseSettings:
    row = session.get(DatabaseSettings, 1)
    if row is None:  # a database whose settings row was removed by hand
        row = DatabaseSettings(id=1, committee_name=COMMITTEE_NAME,
                               committee_acronym=COMMITTEE_ACRONYM)
        session.add(row)
        session.flush()
    return row


def read(session: Session) -> OurSettings:
    row = session.get(DatabaseSettings, 1)
    if row is None:
        return OurSettings(side=None)
    return OurSettings(
        side=row.our_party.code if row.our_party is not None else None,
        committee_name=row.committee_name, committee_acronym=row.committee_acronym,
        handling_marking=row.handling_marking, time_style=row.time_style or "",
    )


def our_side(session: Session) -> str | None:
    return read(session).side


def clock(session: Session) -> str:
    """How this database's Spanish documents and window write the time (``OurSettings.clock``)."""
    return read(session).clock


def our_delegation(session: Session, lang: str) -> str:
    """Our delegation's name in ``lang`` ("U.S. Delegation", "Delegación de México"), as a
    document's author; "" while our side is not set."""
    side = our_side(session)
    return say(DELEGATIONS[side], lang) if side in DELEGATIONS else ""


def write(session: Session, settings: OurSettings) -> Changes:
    """Store the settings; a side change brings the other side's stock marking along
    only where the marking was still the old side's stock one."""
    side = normal_side(settings.side) if settings.side is not None else None
    settings = OurSettings(side=settings.side,
                           committee_name=_one_line(settings.committee_name),
                           committee_acronym=_one_line(settings.committee_acronym),
                           handling_marking=_one_line(settings.handling_marking),
                           time_style=settings.time_style)
    if settings.time_style not in ("", *CLOCKS):
        raise SideProblem(f"there is no time style {settings.time_style!r}; choose 12h or 24h")
    faults = text_faults(settings)
    if faults:
        raise SettingsInvalid(faults)
    row = _row(session)
    before = read(session)
    marking = settings.handling_marking
    if side != before.side and marking in (before.marking, Bilingual()):
        marking = MARKINGS[side] if side else Bilingual()
    # The relationship, not the id: a read() later in the same session must see the new side.
    row.our_party = session.get(Party, _party_id(session, side)) if side else None
    row.committee_name = settings.committee_name
    row.committee_acronym = settings.committee_acronym
    row.handling_marking = marking
    row.time_style = settings.time_style
    return Changes.of(Kind.EVERYTHING)


def set_side(session: Session, side: str) -> Changes:
    return write(session, OurSettings(
        side=side, committee_name=read(session).committee_name,
        committee_acronym=read(session).committee_acronym,
        handling_marking=read(session).handling_marking, time_style=read(session).time_style))


def normal_side(side: str) -> str:
    code = side.strip().upper()
    if code not in SIDES:
        raise SideProblem(f"there is no side {side!r}; choose us or mx")
    return code


def _party_id(session: Session, code: str) -> int:
    party_id = session.scalar(select(Party.id).where(Party.code == code))
    if party_id is None:
        raise SideProblem(f"the database has no party {code}")
    return party_id


def missing(session: Session) -> list[str]:
    """What a sound database must hold and this one lacks (for ``check``)."""
    problems = []
    codes = set(session.scalars(select(Party.code)))
    problems += [f"no party {code}" for code in SIDES if code not in codes]
    settings = read(session)
    if session.get(DatabaseSettings, 1) is None:
        problems.append("no database settings")
    else:
        if settings.committee_name.missing_languages() or settings.committee_name.is_empty():
            problems.append("the committee's name is missing"
                            + ("" if settings.committee_name.is_empty() else
                               " in " + " and ".join(LANGUAGE_NAMES[lang] for lang in
                                                      settings.committee_name.missing_languages())))
        if settings.side is None:
            problems.append("our side is not set (bescapp init --side us|mx, or File ▸ Database "
                            "settings)")
    return problems
