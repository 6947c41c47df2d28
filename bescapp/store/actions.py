"""Action plans, lines and status updates: the table's rows, and every edit.

Reading: ``load_lines`` fetches every line for the table in one query, as plain
rows (no internal notes, no ORM objects), so 10,000 lines load fast. Editing: each
operation runs inside the caller's transaction, checks the rules of
``bescapp.domain.actions`` first (nothing is written when they refuse) and returns
``Changes`` (and what undo needs to put things back).

Recording a status update also sets the line's status and progress when the update
is the line's latest; the operations hand back the line's earlier ``LineState`` so
that undo restores both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..domain import actions as rules
from ..domain.actions import Window
from ..domain.text import unstorable, without_direction_controls
from ..model.bilingual import Bilingual
from ..model.entities import ActionLine, ActionPlan, Agency, LineStatus, Meeting, Party, StatusUpdate
from .changes import Changes, Kind
from .meetings import previous_plenary
from .snapshots import Snapshot, capture


def changed() -> Changes:
    return Changes.of(Kind.ACTIONS)


# --------------------------------------------------------------------------- rows

class LineRow(NamedTuple):
    """One line of action as the table shows it: no description (fetched for the selected
    line only) and never its internal notes.

    A named tuple rather than a dataclass: 10,000 of them are built at once.
    """

    id: int
    plan_id: int
    plan_code: str
    plan_position: int
    code: str
    position: int
    title: Bilingual
    us_agency_id: int | None
    us_agency: str
    mx_agency_id: int | None
    mx_agency: str
    created_on: dt.date
    due_date: dt.date | None
    status: LineStatus
    progress: int
    last_update: dt.date | None
    plan_code_es: str = ""  # the plan's code in Spanish documents; empty: ``plan_code``

    def code_in(self, lang: str) -> str:
        """The line's code as a document in ``lang`` prints it ("IPE-1" for "POE-1")."""
        return rules.code_in(self.code, self.plan_code, self.plan_code_es, lang)


@dataclass(frozen=True)
class PlanRow:
    id: int
    code: str
    position: int
    title: Bilingual
    start_date: dt.date
    code_es: str = ""

    def code_in(self, lang: str) -> str:
        return rules.code_in(self.code, self.code, self.code_es, lang)


@dataclass(frozen=True)
class UpdateRow:
    id: int
    line_id: int
    date: dt.date
    status: LineStatus
    progress: int | None
    note: Bilingual


@dataclass(frozen=True)
class AgencyRow:
    id: int
    party: str  # "US" or "MX"
    acronym: str
    name: Bilingual


def load_lines(session: Session, plan_id: int | None = None) -> list[LineRow]:
    """Every line with its plan's code, both agencies' acronyms and its last update's date.

    Built for 10,000 lines: one query for the lines and one grouped query for the last
    update dates, written with SQLAlchemy but read through the driver's own cursor
    (SQLAlchemy's row objects cost four times the query itself), without ORDER BY
    (sorting the long texts costs SQLite more than sorting the rows here).
    """
    line = ActionLine.__table__.c
    plan = ActionPlan.__table__.c
    us, mx = Agency.__table__.alias("us"), Agency.__table__.alias("mx")
    query = (select(line.id, line.plan_id, plan.code, plan.position, line.code, line.position,
                    line.title_en, line.title_es, line.us_agency_id, us.c.acronym,
                    line.mx_agency_id, mx.c.acronym, line.created_on, line.due_date,
                    line.status, line.progress, plan.code_es)
             .select_from(ActionLine.__table__)
             .join(ActionPlan.__table__, plan.id == line.plan_id)
             .outerjoin(us, us.c.id == line.us_agency_id)
             .outerjoin(mx, mx.c.id == line.mx_agency_id))
    last_query = (select(StatusUpdate.line_id, func.max(StatusUpdate.date))
                  .group_by(StatusUpdate.line_id))
    session.flush()
    connection = session.connection()
    # SQLite hands dates over as ISO text; other databases as dates already.
    day = dt.date.fromisoformat if connection.dialect.name == "sqlite" else _same
    last = {i: day(d) for i, d in _fetch(connection, last_query)}
    statuses = {s.value: s for s in LineStatus}
    rows = [LineRow(i, pid, pcode, ppos, code, pos, Bilingual(ten or "", tes or ""),
                    usid, usa or "", mxid, mxa or "",
                    day(created), due and day(due), statuses[status], progress, last.get(i),
                    pcode_es or "")
            for (i, pid, pcode, ppos, code, pos, ten, tes, usid, usa, mxid, mxa,
                 created, due, status, progress, pcode_es) in _fetch(connection, query)
            if plan_id is None or pid == plan_id]
    rows.sort(key=lambda r: (r.plan_position, r.plan_id, r.position, r.id))
    return rows


def since_window(session: Session, meeting: Meeting) -> Window:
    """The period "since the previous plenary" for a meeting, up to the meeting's date."""
    return rules.since_window(meeting, previous_plenary(session, meeting))


def as_of_meeting(session: Session, meeting_id: int | None) -> tuple[dt.date, Window | None]:
    """The meeting's date (today without one) and its "since the previous plenary"."""
    meeting = session.get(Meeting, meeting_id) if meeting_id is not None else None
    if meeting is None:
        return dt.date.today(), None
    return meeting.start_date, since_window(session, meeting)


def lines_as_of(session: Session, as_of: dt.date, plan_id: int | None = None, *,
                later: set[int] | None = None) -> list[LineRow]:
    """Every line as it stood on ``as_of``: status, progress and last update from the
    updates that count on that date (``rules.counts_as_of``), for the window and the
    status report alike. Only the lines with an update dated later (``later``, from
    ``lines_updated_after`` when not given) are worked out again: usually none, since a
    meeting's date is ahead of its updates."""
    rows = load_lines(session, plan_id)
    if later is None:
        later = lines_updated_after(session, as_of)
    if not later:
        return rows
    u = StatusUpdate.__table__.c
    updates: dict[int, list] = {}
    for update in session.execute(select(u.line_id, u.date, u.status, u.progress)
                                  .where(u.line_id.in_(sorted(later))).order_by(u.date, u.id)):
        updates.setdefault(update.line_id, []).append(update)
    out = []
    for row in rows:
        mine = updates.get(row.id)
        if mine:
            status, progress = rules.status_as_of(mine, as_of, row.status, row.progress)
            row = row._replace(status=status, progress=progress,
                               last_update=rules.last_update_as_of(mine, as_of))
        out.append(row)
    return out


def lines_updated_after(session: Session, as_of: dt.date) -> set[int]:
    """Ids of the lines with an update that does not count yet on ``as_of`` (dated later:
    the SQL form of ``not rules.counts_as_of``)."""
    u = StatusUpdate.__table__.c
    session.flush()
    return {line_id for (line_id,) in _fetch(session.connection(),
                                             select(u.line_id).where(u.date > as_of).distinct())}


def _fetch(connection, statement) -> list[tuple]:
    """Plain tuples from the driver; parameters (dates here) are written into the SQL."""
    compiled = statement.compile(dialect=connection.dialect,
                                 compile_kwargs={"literal_binds": True})
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        cursor.execute(str(compiled))
        return cursor.fetchall()
    finally:
        cursor.close()


def _same(value):
    return value


def line_description(session: Session, line_id: int) -> Bilingual:
    c = ActionLine.__table__.c
    row = session.execute(select(c.description_en, c.description_es)
                          .where(c.id == line_id)).one()
    return Bilingual(row[0] or "", row[1] or "")


def load_plans(session: Session) -> list[PlanRow]:
    return [PlanRow(p.id, p.code, p.position, p.title, p.start_date, p.code_es)
            for p in session.scalars(select(ActionPlan).order_by(ActionPlan.position,
                                                                 ActionPlan.id))]


def load_updates(session: Session, line_id: int | None = None) -> list[UpdateRow]:
    """Status updates, oldest first (of one line, or of every line)."""
    u = StatusUpdate.__table__.c
    query = select(u.id, u.line_id, u.date, u.status, u.progress, u.note_en, u.note_es)
    if line_id is not None:
        query = query.where(u.line_id == line_id)
    return [UpdateRow(r.id, r.line_id, r.date, LineStatus(r.status), r.progress,
                      Bilingual(r.note_en or "", r.note_es or ""))
            for r in session.execute(query.order_by(u.date, u.id))]


def changed_lines(session: Session, window: Window) -> set[int]:
    """Ids of the lines with a status update dated within the window (``Window.holds``,
    written as SQL: after the previous plenary's day, up to and including ``upto``)."""
    query = select(StatusUpdate.line_id).where(StatusUpdate.date <= window.upto).distinct()
    if window.after is not None:
        query = query.where(StatusUpdate.date > window.after)
    session.flush()
    return {line_id for (line_id,) in _fetch(session.connection(), query)}  # thousands of ids


def load_agencies(session: Session) -> list[AgencyRow]:
    query = select(Agency, Party.code).join(Party).order_by(Party.id, Agency.acronym)
    return [AgencyRow(a.id, code, a.acronym, a.name) for a, code in session.execute(query)]


def internal_notes(session: Session) -> dict[int, Bilingual]:
    """Internal notes by line id (only the lines that have some): for internal reports."""
    c = ActionLine.__table__.c
    rows = session.execute(select(c.id, c.internal_notes_en, c.internal_notes_es))
    notes = {r.id: Bilingual(r.internal_notes_en or "", r.internal_notes_es or "") for r in rows}
    return {k: v for k, v in notes.items() if not v.is_empty()}


# --------------------------------------------------------------------------- plans

@dataclass(frozen=True)
class PlanFields:
    code: str = ""
    title: Bilingual = field(default_factory=Bilingual)
    description: Bilingual = field(default_factory=Bilingual)
    start_date: dt.date = field(default_factory=dt.date.today)
    code_es: str = ""  # the code Spanish documents print; empty: ``code``


def plan_fields(session: Session, plan_id: int) -> PlanFields:
    p = session.get_one(ActionPlan, plan_id)
    return PlanFields(p.code, p.title, p.description, p.start_date, p.code_es)


def _check_plan(session: Session, fields: PlanFields, plan_id: int | None) -> None:
    problems = rules.text_problems(fields.title, fields.description)
    code = fields.code.strip()
    if unstorable(code) or unstorable(fields.code_es):
        problems.append(rules.Problem(rules.ActionProblem.UNSTORABLE, "code"))
    elif not code:
        problems.append(rules.Problem(rules.ActionProblem.NO_CODE, "code"))
    else:
        same = select(ActionPlan.id).where(ActionPlan.code == code)
        if plan_id is not None:
            same = same.where(ActionPlan.id != plan_id)
        if session.scalar(same) is not None:
            problems.append(rules.Problem(rules.ActionProblem.CODE_TAKEN, "code",
                                          (("code", code),)))
    rules.raise_for(problems)


def add_plan(session: Session, fields: PlanFields, *, meeting_id: int | None = None) -> int:
    """A new plan after the others; ``meeting_id`` is the plenary that adopted it."""
    _check_plan(session, fields, None)
    position = 1 + (session.scalar(select(func.max(ActionPlan.position))) or -1)
    plan = ActionPlan(code=fields.code.strip(), code_es=fields.code_es.strip(),
                      position=position, title=fields.title,
                      description=fields.description, start_date=fields.start_date,
                      adopted_at_meeting_id=meeting_id)
    session.add(plan)
    session.flush()
    return plan.id


def update_plan(session: Session, plan_id: int, fields: PlanFields) -> Changes:
    _check_plan(session, fields, plan_id)
    plan = session.get_one(ActionPlan, plan_id)
    plan.code, plan.title, plan.description = fields.code.strip(), fields.title, fields.description
    plan.start_date, plan.code_es = fields.start_date, fields.code_es.strip()
    return changed()


def delete_plan(session: Session, plan_id: int) -> Snapshot:
    """Only for undoing a new plan: the plan and everything under it go."""
    snapshot = capture(session, ActionPlan.__table__, [plan_id])
    session.execute(delete(ActionPlan).where(ActionPlan.id == plan_id))
    session.expunge_all()
    return snapshot


# --------------------------------------------------------------------------- lines

@dataclass(frozen=True)
class LineFields:
    """What the line editor edits; a value, so an undo step can hold before and after."""

    title: Bilingual = field(default_factory=Bilingual)
    description: Bilingual = field(default_factory=Bilingual)
    us_agency_id: int | None = None
    mx_agency_id: int | None = None
    due_date: dt.date | None = None
    status: LineStatus = LineStatus.NOT_STARTED
    progress: int = 0
    internal_notes: Bilingual = field(default_factory=Bilingual)


def line_fields(session: Session, line_id: int) -> LineFields:
    line = session.get_one(ActionLine, line_id)
    return LineFields(line.title, line.description, line.us_agency_id, line.mx_agency_id,
                      line.due_date, line.status, line.progress, line.internal_notes)


def _clean(fields: LineFields) -> LineFields:
    def tidy(b: Bilingual) -> Bilingual:
        return Bilingual(b.en.strip(), b.es.strip())

    def one_line(b: Bilingual) -> Bilingual:  # without direction overrides
        return Bilingual(*(" ".join(without_direction_controls(b.get(lang)).split())
                           for lang in ("en", "es")))

    return LineFields(one_line(fields.title), tidy(fields.description), fields.us_agency_id,
                      fields.mx_agency_id, fields.due_date, LineStatus(fields.status),
                      fields.progress, tidy(fields.internal_notes))


def _write_line(line: ActionLine, fields: LineFields) -> None:
    line.title, line.description = fields.title, fields.description
    line.us_agency_id, line.mx_agency_id = fields.us_agency_id, fields.mx_agency_id
    line.due_date, line.status, line.progress = fields.due_date, fields.status, fields.progress
    line.internal_notes = fields.internal_notes


def update_line(session: Session, line_id: int, fields: LineFields, *,
                confirmed: bool = False) -> Changes:
    fields = _clean(fields)
    line = session.get_one(ActionLine, line_id)
    rules.raise_for(rules.line_problems(
        title=fields.title, description=fields.description, due_date=fields.due_date,
        progress=fields.progress, status=fields.status, plan_start=line.plan.start_date,
        old_due_date=line.due_date, notes=fields.internal_notes), confirmed=confirmed)
    _write_line(line, fields)
    return changed()


def restore_line(session: Session, line_id: int, fields: LineFields) -> Changes:
    """Undo of ``update_line``: the earlier values as they were, without checks."""
    _write_line(session.get_one(ActionLine, line_id), fields)
    return changed()


def add_line(session: Session, plan_id: int, fields: LineFields, *,
             created_on: dt.date | None = None, confirmed: bool = False) -> int:
    """A new line at the end of its plan, coded after the plan ("POE-5")."""
    fields = _clean(fields)
    plan = session.get_one(ActionPlan, plan_id)
    rules.raise_for(rules.line_problems(
        title=fields.title, description=fields.description, due_date=fields.due_date,
        progress=fields.progress, status=fields.status, plan_start=plan.start_date,
        notes=fields.internal_notes), confirmed=confirmed)
    count = session.scalar(select(func.count(ActionLine.id))
                           .where(ActionLine.plan_id == plan_id)) or 0
    taken = set(session.scalars(select(ActionLine.code).where(ActionLine.plan_id == plan_id)))
    number = count + 1
    while f"{plan.code}-{number}" in taken:
        number += 1
    position = 1 + (session.scalar(select(func.max(ActionLine.position))
                                   .where(ActionLine.plan_id == plan_id)) or -1)
    line = ActionLine(plan_id=plan_id, code=f"{plan.code}-{number}", position=position,
                      created_on=created_on or dt.date.today())
    _write_line(line, fields)
    session.add(line)
    session.flush()
    return line.id


def delete_line(session: Session, line_id: int) -> Snapshot:
    snapshot = capture(session, ActionLine.__table__, [line_id])
    session.execute(delete(ActionLine).where(ActionLine.id == line_id))
    session.expunge_all()
    return snapshot


# --------------------------------------------------------------------------- status updates

@dataclass(frozen=True)
class UpdateFields:
    date: dt.date
    status: LineStatus
    progress: int | None = None  # None: the update leaves progress as it was
    note: Bilingual = field(default_factory=Bilingual)


@dataclass(frozen=True)
class LineState:
    status: LineStatus
    progress: int


def line_state(session: Session, line_id: int) -> LineState:
    line = session.get_one(ActionLine, line_id)
    return LineState(line.status, line.progress)


def set_line_state(session: Session, line_id: int, state: LineState) -> Changes:
    line = session.get_one(ActionLine, line_id)
    line.status, line.progress = state.status, state.progress
    return changed()


def _check_update(line: ActionLine, fields: UpdateFields, today: dt.date,
                  confirmed: bool) -> None:
    progress = fields.progress if fields.progress is not None else line.progress
    rules.raise_for(rules.update_problems(
        date=fields.date, status=fields.status, progress=progress,
        created_on=line.created_on, today=today) + rules.note_problems(fields.note),
        confirmed=confirmed)


def _latest(session: Session, line_id: int) -> StatusUpdate | None:
    return session.scalar(select(StatusUpdate).where(StatusUpdate.line_id == line_id)
                          .order_by(StatusUpdate.date.desc(), StatusUpdate.id.desc()).limit(1))


def _follow_latest(session: Session, line: ActionLine) -> None:
    """The line takes its status (and progress, when given) from its latest update."""
    session.flush()
    latest = _latest(session, line.id)
    if latest is not None:
        line.status = latest.status
        if latest.progress is not None:
            line.progress = latest.progress


def add_update(session: Session, line_id: int, fields: UpdateFields, *,
               today: dt.date | None = None, confirmed: bool = False) -> tuple[int, LineState]:
    """Record a dated status update; returns its id and the line's state before it."""
    line = session.get_one(ActionLine, line_id)
    _check_update(line, fields, today or dt.date.today(), confirmed)
    before = LineState(line.status, line.progress)
    update = StatusUpdate(line_id=line_id, date=fields.date, status=fields.status,
                          progress=fields.progress, note=_tidy(fields.note))
    session.add(update)
    _follow_latest(session, line)
    return update.id, before


def edit_update(session: Session, update_id: int, fields: UpdateFields, *,
                today: dt.date | None = None,
                confirmed: bool = False) -> tuple[UpdateFields, LineState]:
    """Change an update; returns its earlier fields and the line's earlier state."""
    update = session.get_one(StatusUpdate, update_id)
    line = update.line
    _check_update(line, fields, today or dt.date.today(), confirmed)
    old = UpdateFields(update.date, update.status, update.progress, update.note)
    before = LineState(line.status, line.progress)
    update.date, update.status = fields.date, fields.status
    update.progress, update.note = fields.progress, _tidy(fields.note)
    _follow_latest(session, line)
    return old, before


def restore_update(session: Session, update_id: int, fields: UpdateFields,
                   state: LineState) -> Changes:
    """Undo of ``edit_update``: the update's and the line's earlier values, unchecked."""
    update = session.get_one(StatusUpdate, update_id)
    update.date, update.status = fields.date, fields.status
    update.progress, update.note = fields.progress, fields.note
    return set_line_state(session, update.line_id, state)


def unrecord_update(session: Session, update_id: int, state: LineState) -> Snapshot:
    """Undo of ``add_update``: the update goes and the line gets its earlier state back."""
    update = session.get_one(StatusUpdate, update_id)
    line_id = update.line_id
    snapshot = capture(session, StatusUpdate.__table__, [update_id])
    session.delete(update)
    session.flush()
    set_line_state(session, line_id, state)
    return snapshot


def remove_update(session: Session, update_id: int) -> tuple[Snapshot, LineState, int]:
    """Remove an update; the line follows its new latest update. Returns what undo needs."""
    update = session.get_one(StatusUpdate, update_id)
    line = update.line
    before = LineState(line.status, line.progress)
    snapshot = capture(session, StatusUpdate.__table__, [update_id])
    session.delete(update)
    _follow_latest(session, line)
    return snapshot, before, line.id


def _tidy(b: Bilingual) -> Bilingual:
    return Bilingual(b.en.strip(), b.es.strip())
