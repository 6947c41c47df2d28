"""The agenda's rules: computed numbers, computed times, and what an item may hold.

Qt-free and SQL-free: it works on any rows that carry ``id``, ``parent_id``,
``position``, ``day``, ``kind``, ``duration_minutes`` and ``fixed_start`` (ORM
rows or the store's plain rows), so the window, the exports and the tests run
the same rules.

Times: each day starts at ``meeting.day_start``; entries follow one another in
agenda order; an entry with children (a session) spans its children and adds
nothing of its own; a fixed start pins the clock, which leaves a gap or creates
an overlap with what came before (both flagged); anything ending after
``meeting.day_end`` is flagged as an overrun. Top-level entries carry the day;
their children belong to the same day.

Numbers: top-level entries are numbered 1, 2, 3 (or I, II, III when the meeting
numbers its sessions in Roman numerals), children 1.1, 1.2 ...; breaks and meals
are not numbered, as on a printed agenda (nor is anything placed inside one).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..i18n.catalogue import N_, current, say
from ..i18n.formatting import agenda_number, format_number
from ..model.bilingual import Bilingual
from ..model.entities import AgendaItem, AgendaKind, SessionNumbering
from . import text as texts

MAX_DURATION = 24 * 60
TITLE_LIMIT = texts.max_length(AgendaItem.title)
UNNUMBERED = frozenset({AgendaKind.BREAK, AgendaKind.MEAL})

# What a Word file cannot hold (XML 1.0), tabs and line ends excepted.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


# --------------------------------------------------------------------------- schedule

@dataclass(frozen=True)
class Slot:
    """The computed number and times of one agenda entry (minutes since midnight)."""

    number: str
    day: int
    start: int
    end: int
    depth: int
    gap_before: int = 0  # minutes left empty before a fixed start
    overlap: int = 0  # minutes a fixed start cuts into what came before
    overrun: int = 0  # minutes past the end of the meeting day

    @property
    def start_time(self) -> dt.time:
        return clock(self.start)

    @property
    def end_time(self) -> dt.time:
        return clock(self.end)

    @property
    def flagged(self) -> bool:
        return bool(self.gap_before or self.overlap or self.overrun)


@dataclass(frozen=True)
class Schedule:
    slots: dict[int, Slot]
    order: list[int]  # ids in agenda order (depth first)
    children: dict[int | None, list[int]]
    day_end: dict[int, int] = field(default_factory=dict)  # day -> last end

    def overruns(self) -> list[int]:
        return [i for i in self.order if self.slots[i].overrun]

    def worst_overrun(self) -> int:
        return max((s.overrun for s in self.slots.values()), default=0)

    def days(self) -> list[int]:
        return sorted(self.day_end)


def minutes_of(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def clock(minutes: int) -> dt.time:
    """A time of day from minutes since midnight (past midnight wraps, still flagged)."""
    minutes %= MAX_DURATION
    return dt.time(minutes // 60, minutes % 60)


def tree_order(rows: Iterable) -> dict[int | None, list]:
    """Rows grouped by parent id, each group in agenda order (top level by day, then position)."""
    children: dict[int | None, list] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row)
    for parent, group in children.items():
        if parent is None:
            group.sort(key=lambda r: (r.day, r.position, r.id))
        else:
            group.sort(key=lambda r: (r.position, r.id))
    return children


def heading_number(number: str) -> str:
    """A session's number takes its period before a title ("I. Sesión de apertura"); an
    item's ("I.1") has one inside already. The book's headings and the pre-flight's
    subjects both write it so."""
    return f"{number}." if number and "." not in number else number


def schedule(rows: Iterable, day_start: dt.time, day_end: dt.time,
             numbering: SessionNumbering | str = SessionNumbering.ARABIC) -> Schedule:
    rows = list(rows)
    groups = tree_order(rows)
    roman = str(numbering) == SessionNumbering.ROMAN.value
    start_of_day, end_of_day = minutes_of(day_start), minutes_of(day_end)
    slots: dict[int, Slot] = {}
    order: list[int] = []
    last_end: dict[int, int] = {}

    def place(row, path: list[int], day: int, now: int, depth: int, prefix: str = "") -> int:
        """Give ``row`` (and its children) times from ``now``; return the clock after it."""
        order.append(row.id)
        # A break has no number, and neither has anything put inside one.
        unnumbered = row.kind in UNNUMBERED or 0 in path
        if unnumbered:
            number = ""
        elif depth == 0:
            number = agenda_number(path, roman_sessions=roman)
        else:  # the parent's number and ours: the same as agenda_number(path), cheaper
            number = f"{prefix}.{path[-1]}"
        gap = overlap = 0
        if row.fixed_start is not None:
            pinned = minutes_of(row.fixed_start)
            gap, overlap = max(0, pinned - now), max(0, now - pinned)
            now = pinned
        start = now
        kids = groups.get(row.id, [])
        if kids:
            counter = 0
            for kid in kids:
                counter += kid.kind not in UNNUMBERED
                now = place(kid, [*path, counter], day, now, depth + 1, number)
            end = now
        else:
            end = start + max(0, row.duration_minutes or 0)
        slots[row.id] = Slot(number, day, start, end, depth, gap, overlap,
                             max(0, end - end_of_day))
        return end

    now, day, counter = start_of_day, None, 0
    for row in groups.get(None, []):
        if row.day != day:
            day, now = row.day, start_of_day
        counter += row.kind not in UNNUMBERED
        now = place(row, [counter], row.day, now, 0)
        last_end[row.day] = now
    children = {parent: [r.id for r in group] for parent, group in groups.items()}
    return Schedule(slots, order, children, last_end)


# --------------------------------------------------------------------------- checks

class AgendaProblem(enum.StrEnum):
    DURATION_ZERO = "duration_zero"
    DURATION_NEGATIVE = "duration_negative"
    DURATION_TOO_LONG = "duration_too_long"
    FIXED_START_OUTSIDE = "fixed_start_outside"
    NO_TITLE = "no_title"
    TOO_LONG = "too_long"
    DAY = "day"
    NOT_DOCX = "not_docx"
    INTO_ITSELF = "into_itself"
    UNSTORABLE = "unstorable"


# The core's wording (the command line, logs, the exceptions' text), in the messages
# language; the window words the codes through tr().
PROBLEM_TEXT = {
    AgendaProblem.DURATION_ZERO: N_("An item must last at least one minute."),
    AgendaProblem.DURATION_NEGATIVE: N_("A duration cannot be negative."),
    AgendaProblem.DURATION_TOO_LONG: N_("A duration cannot be more than 24 hours (1440 minutes)."),
    AgendaProblem.FIXED_START_OUTSIDE: N_("The fixed start must fall within the meeting day."),
    AgendaProblem.NO_TITLE: N_("Give the title in English or Spanish."),
    AgendaProblem.TOO_LONG: N_("The text has {length} characters; the limit is {limit}."),
    AgendaProblem.DAY: N_("The day is outside the meeting's dates."),
    AgendaProblem.NOT_DOCX: N_("Only Word documents (.docx) can be attached."),
    AgendaProblem.INTO_ITSELF: N_("An item cannot be moved inside itself."),
    AgendaProblem.UNSTORABLE: N_("The text holds characters that cannot be stored (a broken "
                                 "paste?)."),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong, with where: ``field`` ("title", "duration" ...) and ``language``."""

    code: AgendaProblem
    field: str = ""
    language: str = ""
    length: int = 0
    limit: int = 0

    def text(self, lang: str | None = None) -> str:
        """The problem in ``lang`` (default: the messages language), after the field's code
        ("title (en): ...")."""
        lang = lang or current()
        where = f"{self.field} ({self.language})" if self.language else self.field
        base = say(PROBLEM_TEXT[self.code], lang, length=format_number(self.length, lang),
                   limit=format_number(self.limit, lang))
        return f"{where}: {base}" if where else base


class AgendaInvalid(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(" ".join(p.text() for p in problems))


def clean_text(text: str) -> tuple[str, int]:
    """Text without the control characters Word cannot hold; returns (text, how many removed)."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    cleaned, removed = _CONTROL.subn("", text)
    return cleaned, removed


def clean_title(text: str) -> tuple[str, int]:
    """A title on one line: line ends become spaces, control characters and direction
    overrides go."""
    cleaned, removed = clean_text(text)
    cleaned, overrides = texts.DIRECTION_CONTROLS.subn("", cleaned)
    removed += overrides
    return " ".join(cleaned.split()), removed


def duration_problems(minutes: int, kind: AgendaKind | str = AgendaKind.ITEM,
                      has_children: bool = False) -> list[Problem]:
    if minutes < 0:
        return [Problem(AgendaProblem.DURATION_NEGATIVE, "duration")]
    if minutes > MAX_DURATION:
        return [Problem(AgendaProblem.DURATION_TOO_LONG, "duration")]
    # A session takes its length from its items; only a leaf must last a while.
    if minutes == 0 and str(kind) != AgendaKind.SESSION.value and not has_children:
        return [Problem(AgendaProblem.DURATION_ZERO, "duration")]
    return []


def fixed_start_problems(fixed_start: dt.time | None, day_start: dt.time,
                         day_end: dt.time) -> list[Problem]:
    if fixed_start is None or day_start <= fixed_start < day_end:
        return []
    return [Problem(AgendaProblem.FIXED_START_OUTSIDE, "fixed_start")]


def text_problems(name: str, value: Bilingual, limit: int) -> list[Problem]:
    return [Problem(AgendaProblem.UNSTORABLE if fault.code is texts.TextProblem.UNSTORABLE
                    else AgendaProblem.TOO_LONG, name, fault.language, fault.length, fault.limit)
            for fault in texts.bilingual_faults(name, value, limit)]


def title_problems(title: Bilingual) -> list[Problem]:
    if all(not title.get(lang) or texts.invisible(title.get(lang)) for lang in ("en", "es")):
        return [Problem(AgendaProblem.NO_TITLE, "title")]
    return text_problems("title", title, TITLE_LIMIT)


def meeting_days(start: dt.date, end: dt.date) -> int:
    return (end - start).days + 1


def day_problems(day: int, days: int) -> list[Problem]:
    return [] if 1 <= day <= days else [Problem(AgendaProblem.DAY, "day")]


def attachment_problems(filename: str, content: bytes) -> list[Problem]:
    # A .docx is a zip file: it starts with "PK".
    if not filename.lower().endswith(".docx") or not content.startswith(b"PK"):
        return [Problem(AgendaProblem.NOT_DOCX, "attachment")]
    return []
