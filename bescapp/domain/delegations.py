"""Protocol order of the delegation lists, and what a member's record must hold.

Protocol puts the host party's list first; within a list, precedence decides
(1 first). A new member goes after the last member of the same or a higher role,
so a new advisor lands among the advisors, not below the support staff.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..i18n.catalogue import N_, current, say
from ..i18n.formatting import format_number
from ..model.bilingual import Bilingual
from ..model.entities import Attendance, AttendanceMode, Membership, Person, Principal, Role
from . import text as texts
from .people import HONORIFICS

ROLE_ORDER: tuple[Role, ...] = (Role.HEAD, Role.CO_CHAIR, Role.MEMBER, Role.ADVISOR, Role.SUPPORT)
NAME_MAX = texts.max_length(Person.given_names)
TITLE_MAX = texts.max_length(Person.title)
EMAIL_MAX = texts.max_length(Person.email)
PHONE_MAX = texts.max_length(Person.phone)
NOTES_MAX = texts.max_length(Person.internal_notes)
BIOGRAPHY_MAX = texts.max_length(Person.biography)
# Deliberately loose: one @, something on each side, a dot in the domain.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def role_rank(role: Role | str) -> int:
    return ROLE_ORDER.index(Role(role))


def parties_in_protocol_order(codes: Sequence[str], host_code: str | None) -> list[str]:
    """The host party's list first, the others after it in their stored order."""
    return sorted(codes, key=lambda code: (code != host_code, list(codes).index(code)))


def insertion_index(roles_in_order: Sequence[Role | str], role: Role | str) -> int:
    """Where a new member with ``role`` goes: after everyone of the same or a higher role."""
    rank = role_rank(role)
    index = 0
    for i, existing in enumerate(roles_in_order):
        if role_rank(existing) <= rank:
            index = i + 1
    return index


def moved(order: Sequence[int], item: int, new_index: int) -> list[int]:
    """``order`` with ``item`` taken out and put at ``new_index`` (clamped to the list)."""
    rest = [x for x in order if x != item]
    if len(rest) == len(order):
        raise ValueError(f"{item} is not in the list")
    new_index = max(0, min(new_index, len(rest)))
    return [*rest[:new_index], item, *rest[new_index:]]


def precedences(order: Sequence[int]) -> dict[int, int]:
    """Precedence 1, 2, 3 ... for the ids in list order."""
    return {item: position for position, item in enumerate(order, start=1)}


class MemberProblem(enum.StrEnum):
    NO_NAME = "no_name"
    NAME_TOO_LONG = "name_too_long"
    TITLE_TOO_LONG = "title_too_long"
    BAD_EMAIL = "bad_email"
    PHONE_TOO_LONG = "phone_too_long"
    UNKNOWN_HONORIFIC = "unknown_honorific"
    CONTROL_CHARACTERS = "control_characters"
    UNSTORABLE_TEXT = "unstorable_text"
    INVISIBLE_NAME = "invisible_name"
    TEXT_TOO_LONG = "text_too_long"  # the biography or the internal notes


PROBLEM_TEXT = {
    MemberProblem.NO_NAME: N_("a given name and a first surname are required"),
    MemberProblem.NAME_TOO_LONG: N_("a name is longer than {limit} characters"),
    MemberProblem.TITLE_TOO_LONG: N_("the title is longer than {limit} characters"),
    MemberProblem.BAD_EMAIL: N_("the e-mail address is not valid"),
    MemberProblem.PHONE_TOO_LONG: N_("the phone number is longer than {limit} characters"),
    MemberProblem.UNKNOWN_HONORIFIC: N_("the honorific is not one bescapp knows"),
    MemberProblem.CONTROL_CHARACTERS: N_("the text holds control characters"),
    MemberProblem.UNSTORABLE_TEXT: N_("the text holds characters that cannot be stored "
                                      "(a broken paste?)"),
    MemberProblem.INVISIBLE_NAME: N_("a name is made only of invisible characters"),
    MemberProblem.TEXT_TOO_LONG: N_("the biography or the notes are longer than {limit} "
                                    "characters"),
}
_LIMITS = {MemberProblem.NAME_TOO_LONG: NAME_MAX, MemberProblem.TITLE_TOO_LONG: TITLE_MAX,
           MemberProblem.PHONE_TOO_LONG: PHONE_MAX, MemberProblem.TEXT_TOO_LONG: NOTES_MAX}


def problem_text(problem: MemberProblem, lang: str | None = None) -> str:
    """The problem in ``lang`` (default: the messages language), its limit filled in."""
    lang = lang or current()
    limit = _LIMITS.get(problem)
    return say(PROBLEM_TEXT[problem], lang,
               **({} if limit is None else {"limit": format_number(limit, lang)}))


@dataclass(frozen=True)
class PersonFields:
    """What the person dialog edits; kept across meetings."""

    honorific: str = ""
    given_names: str = ""
    first_surname: str = ""
    second_surname: str = ""
    title: Bilingual = field(default_factory=Bilingual)
    biography: Bilingual = field(default_factory=Bilingual)
    agency_id: int | None = None
    email: str = ""
    phone: str = ""
    internal_notes: Bilingual = field(default_factory=Bilingual)

    def cleaned(self) -> PersonFields:
        def tidy(text: str) -> str:  # one line, without direction overrides
            return " ".join(texts.without_direction_controls(text).split())

        return PersonFields(
            honorific=(self.honorific or "").strip().lower(),
            given_names=tidy(self.given_names), first_surname=tidy(self.first_surname),
            second_surname=tidy(self.second_surname),
            title=Bilingual(tidy(self.title.en), tidy(self.title.es)),
            biography=Bilingual(self.biography.en.strip(), self.biography.es.strip()),
            agency_id=self.agency_id, email=(self.email or "").strip(),
            phone=tidy(self.phone), internal_notes=_stripped(self.internal_notes))

    def problems(self) -> list[MemberProblem]:
        found = []
        if not self.given_names.strip() or not self.first_surname.strip():
            found.append(MemberProblem.NO_NAME)
        names = (self.given_names, self.first_surname, self.second_surname)
        if any(len(n) > NAME_MAX for n in names):
            found.append(MemberProblem.NAME_TOO_LONG)
        if max(len(self.title.en), len(self.title.es)) > TITLE_MAX:
            found.append(MemberProblem.TITLE_TOO_LONG)
        if self.email and (len(self.email) > EMAIL_MAX or not _EMAIL.match(self.email)):
            found.append(MemberProblem.BAD_EMAIL)
        if len(self.phone) > PHONE_MAX:
            found.append(MemberProblem.PHONE_TOO_LONG)
        if self.honorific and self.honorific not in HONORIFICS:
            found.append(MemberProblem.UNKNOWN_HONORIFIC)
        if any(texts.invisible(n) for n in names):
            found.append(MemberProblem.INVISIBLE_NAME)
        if max(len(self.biography.en), len(self.biography.es)) > BIOGRAPHY_MAX or \
                _longest(self.internal_notes) > NOTES_MAX:
            found.append(MemberProblem.TEXT_TOO_LONG)
        short = (*names, self.title.en, self.title.es, self.email, self.phone)
        if any(_CONTROL.search(t) for t in short):
            found.append(MemberProblem.CONTROL_CHARACTERS)
        if any(texts.unstorable(t) for t in (*short, self.honorific, self.biography.en,
                                             self.biography.es, self.internal_notes.en,
                                             self.internal_notes.es)):
            found.append(MemberProblem.UNSTORABLE_TEXT)
        return found


@dataclass(frozen=True)
class MembershipFields:
    """What belongs to one meeting's list: the role, attendance and title as of that meeting."""

    role: Role = Role.MEMBER
    attendance: Attendance = Attendance.INVITED
    title: Bilingual = field(default_factory=Bilingual)
    agency_id: int | None = None
    principal: Principal = Principal.NONE
    internal_notes: Bilingual = field(default_factory=Bilingual)
    attendance_mode: AttendanceMode = AttendanceMode.IN_PERSON

    @property
    def is_host(self) -> bool:
        return self.principal != Principal.NONE

    def cleaned(self) -> MembershipFields:
        """The title without direction overrides (the dialog and the import trim it)."""
        title = Bilingual(texts.without_direction_controls(self.title.en),
                          texts.without_direction_controls(self.title.es))
        return replace(self, title=title) if title != self.title else self

    def problems(self) -> list[MemberProblem]:
        found = []
        if max(len(self.title.en), len(self.title.es)) > TITLE_MAX:
            found.append(MemberProblem.TITLE_TOO_LONG)
        if _longest(self.internal_notes) > texts.max_length(Membership.internal_notes):
            found.append(MemberProblem.TEXT_TOO_LONG)
        if _CONTROL.search(self.title.en) or _CONTROL.search(self.title.es):
            found.append(MemberProblem.CONTROL_CHARACTERS)
        if any(texts.unstorable(t) for t in (self.title.en, self.title.es,
                                             self.internal_notes.en, self.internal_notes.es)):
            found.append(MemberProblem.UNSTORABLE_TEXT)
        return found


def _stripped(text: Bilingual) -> Bilingual:
    return Bilingual(text.en.strip(), text.es.strip())


def _longest(text: Bilingual) -> int:
    return max(len(text.en), len(text.es))


class MemberInvalid(Exception):
    def __init__(self, problems: list[MemberProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(problem_text(p) for p in problems))


def check(person: PersonFields | None, membership: MembershipFields | None = None) -> None:
    problems = (person.problems() if person else []) + \
        (membership.problems() if membership else [])
    if problems:
        raise MemberInvalid(list(dict.fromkeys(problems)))
