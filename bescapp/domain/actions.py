"""The action plans' rules: what a line and a status update may hold, overdue, roll-ups,
and "since the previous plenary".

Qt-free and SQL-free: the store gathers the rows (``store.actions``). The rules work on
any rows carrying the named attributes (ORM rows or the store's plain rows), so the window,
the exports and the tests run the same code.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..i18n.catalogue import N_, current, say
from ..i18n.formatting import format_date, format_number
from ..model.bilingual import Bilingual
from ..model.entities import ActionLine, LineStatus
from . import text as texts

STATUSES = tuple(LineStatus)  # display order: not started ... cancelled
CLOSED = frozenset({LineStatus.COMPLETED, LineStatus.CANCELLED})
TITLE_LIMIT = texts.max_length(ActionLine.title)
TEXT_LIMIT = texts.max_length(ActionLine.description)


class ActionProblem(enum.StrEnum):
    DUE_BEFORE_START = "due_before_start"
    PROGRESS_RANGE = "progress_range"
    UPDATE_IN_FUTURE = "update_in_future"
    UPDATE_BEFORE_CREATED = "update_before_created"
    COMPLETED_BELOW_100 = "completed_below_100"  # may be legitimate: asks for confirmation
    NO_TITLE = "no_title"
    NO_CODE = "no_code"
    CODE_TAKEN = "code_taken"
    TOO_LONG = "too_long"
    UNSTORABLE = "unstorable"


# The core's wording (the command line, logs, the exceptions' text), in the messages
# language; the window words the codes through tr().
PROBLEM_TEXT = {
    ActionProblem.DUE_BEFORE_START: N_("The due date {due} is before the action plan's start "
                                       "({start})."),
    ActionProblem.PROGRESS_RANGE: N_("Progress must be between 0 and 100 (it is {progress})."),
    ActionProblem.UPDATE_IN_FUTURE: N_("The update is dated {date}, which is after today "
                                       "({today})."),
    ActionProblem.UPDATE_BEFORE_CREATED: N_("The update is dated {date}, before the line existed "
                                            "({created})."),
    ActionProblem.COMPLETED_BELOW_100: N_("The line is marked completed but its progress is "
                                          "{progress}%, not 100%."),
    ActionProblem.NO_TITLE: N_("Give the title in English or Spanish."),
    ActionProblem.NO_CODE: N_("Give the plan a code (such as POE)."),
    ActionProblem.CODE_TAKEN: N_("There is already a plan with the code {code}."),
    ActionProblem.TOO_LONG: N_("The text is longer than {limit} characters."),
    ActionProblem.UNSTORABLE: N_("The text holds characters that cannot be stored "
                                 "(a broken paste?)."),
}

# Problems a user may confirm and go on with; the others refuse the edit.
CONFIRMABLE = frozenset({ActionProblem.COMPLETED_BELOW_100})


@dataclass(frozen=True)
class Problem:
    """One thing wrong, with where (``field``: "due_date", "progress", "date" ...)."""

    code: ActionProblem
    field: str = ""
    values: tuple[tuple[str, object], ...] = ()

    def value(self, name: str):
        return dict(self.values).get(name)

    def text(self, lang: str | None = None) -> str:
        """The problem in ``lang`` (default: the messages language); its dates and numbers
        as that language writes them."""
        lang = lang or current()

        def shown(value) -> str:
            if isinstance(value, dt.date):
                return format_date(value, lang)
            if isinstance(value, int) and not isinstance(value, bool):
                return format_number(value, lang)
            return str(value)

        return say(PROBLEM_TEXT[self.code], lang, **{k: shown(v) for k, v in self.values})

    @property
    def confirmable(self) -> bool:
        return self.code in CONFIRMABLE


class ActionsInvalid(Exception):
    """An edit refused: nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(" ".join(p.text() for p in problems))


class NeedsConfirmation(Exception):
    """An edit that may be legitimate: run it again with ``confirmed=True`` to go on."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(" ".join(p.text() for p in problems))


def _problem(code: ActionProblem, where: str, **values) -> Problem:
    return Problem(code, where, tuple(values.items()))


# --------------------------------------------------------------------------- checks

def progress_problems(progress: int | None, where: str = "progress") -> list[Problem]:
    if progress is not None and not 0 <= progress <= 100:
        return [_problem(ActionProblem.PROGRESS_RANGE, where, progress=progress)]
    return []


def completion_problems(status: LineStatus | str, progress: int | None) -> list[Problem]:
    """A completed line below 100%: possible (closed early), so only confirmed."""
    if str(status) == LineStatus.COMPLETED.value and progress is not None and progress < 100:
        return [_problem(ActionProblem.COMPLETED_BELOW_100, "progress", progress=progress)]
    return []


def text_problems(title: Bilingual, description: Bilingual,
                  notes: Bilingual | None = None) -> list[Problem]:
    found = []
    if all(not title.get(lang) or texts.invisible(title.get(lang)) for lang in ("en", "es")):
        found.append(_problem(ActionProblem.NO_TITLE, "title"))
    fields = [("title", title, TITLE_LIMIT), ("description", description, TEXT_LIMIT)]
    if notes is not None:
        fields.append(("internal_notes", notes, TEXT_LIMIT))
    for name, text, limit in fields:
        if max(len(text.en), len(text.es)) > limit:
            found.append(_problem(ActionProblem.TOO_LONG, name, limit=limit))
        if texts.unstorable(text.en) or texts.unstorable(text.es):
            found.append(_problem(ActionProblem.UNSTORABLE, name))
    return found


def note_problems(note: Bilingual, where: str = "note") -> list[Problem]:
    """A status update's note: any length up to the limit, nothing unstorable."""
    found = []
    if max(len(note.en), len(note.es)) > TEXT_LIMIT:
        found.append(_problem(ActionProblem.TOO_LONG, where, limit=TEXT_LIMIT))
    if texts.unstorable(note.en) or texts.unstorable(note.es):
        found.append(_problem(ActionProblem.UNSTORABLE, where))
    return found


def line_problems(*, title: Bilingual, description: Bilingual, due_date: dt.date | None,
                  progress: int, status: LineStatus | str, plan_start: dt.date,
                  old_due_date: dt.date | None = None,
                  notes: Bilingual | None = None) -> list[Problem]:
    """What is wrong with a line as edited.

    A due date before the plan's start is refused only when it is being set: lines
    carried over from an earlier plan keep the due date they already had.
    """
    found = text_problems(title, description, notes) + progress_problems(progress)
    if due_date is not None and due_date < plan_start and due_date != old_due_date:
        found.append(_problem(ActionProblem.DUE_BEFORE_START, "due_date", due=due_date,
                              start=plan_start))
    return found + completion_problems(status, progress)


def update_problems(*, date: dt.date, status: LineStatus | str, progress: int | None,
                    created_on: dt.date, today: dt.date) -> list[Problem]:
    """A status update dated in the future or before its line existed is refused."""
    found = []
    if date > today:
        found.append(_problem(ActionProblem.UPDATE_IN_FUTURE, "date", date=date, today=today))
    if date < created_on:
        found.append(_problem(ActionProblem.UPDATE_BEFORE_CREATED, "date", date=date,
                              created=created_on))
    return found + progress_problems(progress) + completion_problems(status, progress)


def raise_for(problems: list[Problem], *, confirmed: bool = False) -> None:
    """Refuse on any hard problem; ask for confirmation on the rest unless confirmed."""
    hard = [p for p in problems if not p.confirmable]
    if hard:
        raise ActionsInvalid(hard)
    if problems and not confirmed:
        raise NeedsConfirmation(problems)


# --------------------------------------------------------------------------- status

def code_in(code: str, plan_code: str, plan_code_es: str, lang: str) -> str:
    """A plan's or line's code in a document's language: a Spanish document prints the
    plan's Spanish code ("IPE") and its lines' codes under it ("POE-1" → "IPE-1"); without
    a Spanish code, or in English, the code as stored."""
    if lang != "es" or not plan_code_es:
        return code
    if code == plan_code:
        return plan_code_es
    if code.startswith(plan_code):
        return plan_code_es + code[len(plan_code):]
    return code


def is_overdue(due_date: dt.date | None, status: LineStatus | str, as_of: dt.date) -> bool:
    """Past its due date and still open (completed and cancelled lines are never overdue)."""
    return due_date is not None and due_date < as_of and LineStatus(status) not in CLOSED


@dataclass(frozen=True)
class Roll:
    """Lines per status of one plan, and how many are overdue."""

    counts: dict[LineStatus, int] = field(default_factory=dict)
    overdue: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, status: LineStatus | str) -> int:
        return self.counts.get(LineStatus(status), 0)


def rollup(rows: Iterable, as_of: dt.date) -> dict[int, Roll]:
    """Per plan id: lines per status and overdue count. Rows need plan_id, status, due_date."""
    counts: Counter = Counter()
    overdue: Counter = Counter()
    closed = {s.value for s in CLOSED}
    for row in rows:  # 10,000 rows in the window: kept to plain comparisons
        status = str(row.status)
        counts[row.plan_id, status] += 1
        if row.due_date is not None and row.due_date < as_of and status not in closed:
            overdue[row.plan_id] += 1
    plans = dict.fromkeys(plan for plan, _status in counts)
    return {plan: Roll({s: counts[plan, s.value] for s in STATUSES if counts[plan, s.value]},
                       overdue[plan])
            for plan in plans}


def counts_as_of(update_date: dt.date, as_of: dt.date) -> bool:
    """The one rule for which status updates count "as of" a date: those dated on or before
    it. An update dated on the day itself counts, so the report for a meeting on March 4
    and the Action plans workspace on that meeting both include what was recorded that day
    (and "since the previous plenary" starts the day after the previous one's)."""
    return update_date <= as_of


def exists_as_of(created_on: dt.date, as_of: dt.date) -> bool:
    """Whether a line was already on the plans on the date (created that day or before)."""
    return created_on <= as_of


def status_as_of(updates: Iterable, as_of: dt.date, current_status: LineStatus | str,
                 current_progress: int) -> tuple[LineStatus, int]:
    """A line's status and progress on a date, from its dated updates.

    When no update is later than ``as_of`` the line's present values stand (they may
    have been edited since the last update); otherwise the last update that counts
    (``counts_as_of``) gives them, or "not started" at 0% when there was none yet.
    """
    ordered = sorted(updates, key=lambda u: u.date)
    if not ordered or counts_as_of(ordered[-1].date, as_of):
        return LineStatus(current_status), current_progress
    status, progress = LineStatus.NOT_STARTED, 0
    for update in ordered:
        if not counts_as_of(update.date, as_of):
            break
        status = LineStatus(update.status)
        if update.progress is not None:
            progress = update.progress
    return status, progress


def last_update_as_of(updates: Iterable, as_of: dt.date) -> dt.date | None:
    """The date of the line's last update that counts on ``as_of`` (None: none yet)."""
    return max((u.date for u in updates if counts_as_of(u.date, as_of)), default=None)


# --------------------------------------------------------------------------- since the previous plenary

@dataclass(frozen=True)
class Window:
    """Updates dated after ``after`` (the previous plenary's start) and up to ``upto``."""

    after: dt.date | None
    upto: dt.date
    previous_meeting_id: int | None = None

    def holds(self, date: dt.date) -> bool:
        return (self.after is None or not counts_as_of(date, self.after)) \
            and counts_as_of(date, self.upto)


def since_window(meeting, previous) -> Window:
    """The period "since the previous plenary" for a meeting, up to the meeting's date;
    ``previous``: the plenary before it, or None (``store.actions.since_window`` finds it)."""
    if previous is None:
        return Window(None, meeting.start_date)
    return Window(previous.start_date, meeting.start_date, previous.id)


def updates_in(updates: Iterable, window: Window) -> list:
    """The updates dated within the window, oldest first."""
    return sorted((u for u in updates if window.holds(u.date)), key=lambda u: u.date)


def completed_in(updates: Iterable, window: Window) -> set[int]:
    """Ids of the lines that an update in the window marked completed."""
    return {u.line_id for u in updates
            if window.holds(u.date) and LineStatus(u.status) is LineStatus.COMPLETED}
