"""Several editors on one database: nobody's change is saved over without their knowing.

Every edited row carries a version counter (``row_version``, SQLAlchemy's
``version_id_col``, ``model/entities.version_column``). The window saves in short units
of work long after it read what it shows, so the counter alone is not enough: what an
editor *saw* is kept with it (``Seen``: the row's version and values when the editor
showed them), and a unit of work is refused when it would write a column whose value in
the database is no longer the one the edit started from:

- a save: the values the editor showed (``Seen``, given to the command by the workspace);
- an undo or redo: the values the step itself left (``Left``, recorded as it ran), so an
  undo never puts back what another editor wrote after it.

The counter is the fast path (same version: nothing changed, nothing to compare) and the
safety net: an object saved from another session with an old counter matches no row, and
SQLAlchemy's ``StaleDataError`` becomes the same ``Conflict``. A column nobody else
touched is never a conflict, so two staff editing different items (or a move that shifts
an item's neighbours) never stop each other. ``Conflict.text(lang)`` names the entity in
the staff's words, which one, and the fields the other editor changed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..domain import preflight
from ..i18n.catalogue import N_, current, say
from ..i18n.formatting import meeting_name
from ..model import fields as model_fields
from ..model.bilingual import Bilingual
from ..model.entities import VERSION, Base, Meeting

_TRACK = "bescapp_written"  # Session.info key while a unit of work records what it writes

Key = tuple[str, int]  # (table, id)


@dataclass(frozen=True)
class Seen:
    """A row as an editor showed it: what a save of that editor started from."""

    table: str
    id: int
    version: int
    values: Mapping[str, Any]  # column attribute -> value


def seen(row: Base) -> Seen:
    """What the editor showing ``row`` (loaded in any session) starts from."""
    state = inspect(row)
    mapper = state.mapper
    values = {a.key: state.dict[a.key] for a in mapper.column_attrs if a.key in state.dict}
    return Seen(mapper.class_.__table__.name, values["id"], values.get(VERSION, 1), values)


def look(session: Session, entity: type[Base], row_id: int) -> Seen | None:
    """What an editor (a dialog) opened on this row starts from; None if it is gone."""
    row = session.get(entity, row_id)
    return seen(row) if row is not None else None


def keeping(fresh: Seen, started: Seen, columns: set[str]) -> Seen:
    """``fresh`` (a row read again) but still starting ``columns`` from ``started``: an
    editor refreshed while the staffer is typing in those fields keeps what they
    started from, so their save is still checked against it."""
    if not columns:
        return fresh
    values = dict(fresh.values)
    values.update({c: started.values[c] for c in columns if c in started.values})
    return Seen(fresh.table, fresh.id, started.version, values)


@dataclass
class Written:
    """What one unit of work wrote through the ORM: per row, each changed column's value
    before (the database's, as this unit of work read it) and after; None for a row it
    deleted."""

    rows: dict[Key, dict[str, tuple[Any, Any]] | None] = field(default_factory=dict)
    versions: dict[Key, int] = field(default_factory=dict)  # the version before the write


@dataclass(frozen=True)
class Left:
    """The rows an undo step left and the values it left in them (its own columns only)."""

    rows: Mapping[Key, Mapping[str, Any]]


class Conflict(Exception):
    """A save, undo or redo refused: another editor changed (or deleted) the row since."""

    def __init__(self, table: str, row_id: int | None, columns: tuple[str, ...] = (),
                 subject: Bilingual | None = None, *, deleted: bool = False,
                 undoing: bool = False) -> None:
        self.table, self.row_id, self.columns = table, row_id, columns
        self.subject = subject or Bilingual()
        self.deleted, self.undoing = deleted, undoing
        super().__init__(self.text("en"))

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields named by the columns (``title_en`` and ``title_es`` are the title)."""
        return _field_names(self.table, self.columns)

    def text(self, lang: str | None = None) -> str:
        """The refusal in ``lang`` (default: the messages language)."""
        lang = lang or current()
        what = say(ENTITY_WORDS.get(self.table, N_("the record")), lang)
        subject = self.subject.either(lang).strip()
        if subject:
            what = say(N_("{entity} “{subject}”"), lang, entity=what, subject=subject)
        own = {**FIELD_WORDS, **TABLE_FIELD_WORDS.get(self.table, {})}
        words = ", ".join(say(own[f], lang) if f in own else f.replace("_", " ")
                          for f in self.fields)
        if self.deleted:
            message = (N_("Someone else deleted {what} after your change. Undo would bring "
                          "back what they removed, so nothing was undone.") if self.undoing
                       else N_("Someone else deleted {what} since you opened it. Your change "
                               "was not saved."))
            return say(message, lang, what=what)
        if self.undoing:
            return say(N_("Someone else changed {what} after your change ({fields}). Undo "
                          "would overwrite their change, so nothing was undone; the window "
                          "now shows their version."), lang, what=what, fields=words)
        return say(N_("Someone else changed {what} since you opened it ({fields}). Your "
                      "change was not saved, so theirs is kept; the window now shows their "
                      "version."), lang, what=what, fields=words)


# The entities the window edits, as staff say them (with the article: Spanish needs it).
ENTITY_WORDS = {
    "agenda_item": N_("the agenda item"),
    "meeting": N_("the meeting"),
    "membership": N_("the delegation member"),
    "person": N_("the person"),
    "agency": N_("the agency"),
    "action_plan": N_("the action plan"),
    "action_line": N_("the line of action"),
    "status_update": N_("the status update"),
    "communique_version": N_("the communiqué version"),
    "paragraph": N_("the communiqué paragraph"),
    "paragraph_pattern": N_("the paragraph pattern"),
    "term": N_("the termbase entry"),
    "database_settings": N_("the database settings"),
    "visit_event": N_("the visit schedule line"),
    "clearance": N_("the clearance line"),
}
# The fields, as the window labels them; a field not here is named by its attribute.
FIELD_WORDS = {
    **preflight.FIELD_WORDS,  # the agenda's and people's texts, worded once
    "kind": N_("kind"),
    "day": N_("day"),
    "duration_minutes": N_("duration"),
    "fixed_start": N_("fixed start"),
    "position": N_("place in the order"),
    "parent_id": N_("place in the order"),
    "precedence": N_("order of precedence"),
    "role": N_("role"),
    "attendance": N_("attendance"),
    "attendance_mode": N_("attendance mode"),
    "principal": N_("principal"),
    "agency_id": N_("agency"),
    "given_names": N_("given names"),
    "first_surname": N_("first surname"),
    "second_surname": N_("second surname"),
    "honorific": N_("honorific"),
    "email": N_("e-mail"),
    "phone": N_("phone"),
    "number": N_("number"),
    "start_date": N_("start date"),
    "end_date": N_("end date"),
    "city": N_("city"),
    "venue": N_("venue"),
    "handling_marking": N_("handling marking"),
    "status": N_("status"),
    "progress": N_("progress"),
    "due_date": N_("due date"),
    "date": N_("date"),
    "note": N_("note"),
    "label": N_("label"),
    "name": N_("name"),
    "short_name": N_("short name"),
    "acronym": N_("acronym"),
    "term": N_("term"),
    "code": N_("code"),
    "start_time": N_("start"),
    "end_time": N_("end"),
    "place": N_("place"),
    "who": N_("who"),
    "notes": N_("notes"),
    "office": N_("office"),
}
# A field one entity's editor labels in its own words (the Briefing editor's "What", "Step").
TABLE_FIELD_WORDS = {
    "visit_event": {"title": N_("what")},
    "clearance": {"role": N_("step")},
    # the meeting's briefing texts, as the Briefing editor heads them
    "meeting": {"scene_setter": N_("scene-setter"), "objectives": N_("our objectives"),
                "likely_asks": N_("counterpart's likely asks"),
                "desired_outcome": N_("desired outcomes"),
                "press_guidance": N_("press guidance"), "if_asked": N_("if asked")},
}


def _entity(table: str) -> type[Base] | None:
    for mapper in Base.registry.mappers:
        if mapper.class_.__table__.name == table:
            return mapper.class_
    return None


def _field_names(table: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    entity = _entity(table)
    by_column = {}
    if entity is not None:
        for f in model_fields.of(entity):
            for column in f.columns:
                by_column[column] = f.name
    names: list[str] = []
    for column in columns:
        name = by_column.get(column, column)
        if name not in names and name != VERSION:
            names.append(name)
    return tuple(names)


def _subject(row: Base | None, before: Mapping[str, Any] | None = None) -> Bilingual:
    """What names the row for the staff: its title, name or term, if it has one; as it
    was ``before`` this unit of work's own write (the other editor's, when refused)."""
    for name in ("title", "name", "term", "text"):
        value = getattr(row, name, None) if row is not None else None
        if isinstance(value, Bilingual) and before and (f"{name}_en" in before
                                                         or f"{name}_es" in before):
            # the language this unit of work did not write is the database's already
            value = Bilingual(before.get(f"{name}_en", value.en) or "",
                              before.get(f"{name}_es", value.es) or "")
        if isinstance(value, Bilingual) and not value.is_empty():
            if name == "text":  # a paragraph: its first words
                return Bilingual(*(_first_words(t) for t in (value.en, value.es)))
            return value
    written = getattr(row, "name", None) if row is not None else None
    if isinstance(written, str):  # a clearance line: who drafted or cleared, as written
        written = str((before or {}).get("name", written) or "")
        if written.strip():
            return Bilingual(written, written)
    if isinstance(row, Meeting):  # "12th Plenary Meeting" / "XII Reunión Plenaria"
        return Bilingual(*(meeting_name(row.kind, row.number, lang) for lang in ("en", "es")))
    if row is not None and hasattr(row, "first_surname"):
        name = f"{getattr(row, 'given_names', '')} {getattr(row, 'first_surname', '')}".strip()
        return Bilingual(name, name)
    if row is not None and hasattr(row, "person"):  # a membership: its person
        return _subject(row.person)
    return Bilingual()


def _first_words(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


# ----------------------------------------------------------------------------- recording

@contextmanager
def tracking(session: Session) -> Iterator[Written]:
    """Record what the ORM writes in ``session`` until the block ends (flushed first)."""
    written = Written()
    session.info[_TRACK] = written
    try:
        yield written
        session.flush()
    finally:
        session.info.pop(_TRACK, None)
    _read_back(session, written)


def _read_back(session: Session, written: Written) -> None:
    """The values the unit of work really left: a store function may set a column again
    with a plain UPDATE after the ORM wrote it (a new agenda item's place), so the rows
    are read back, one query per table."""
    by_table: dict[str, list[int]] = {}
    for (table, row_id), columns in written.rows.items():
        if columns:
            by_table.setdefault(table, []).append(row_id)
    for table, ids in by_table.items():
        entity = _entity(table)
        if entity is None:
            continue
        for row in session.scalars(select(entity).where(entity.__table__.c.id.in_(ids))
                                   .execution_options(populate_existing=True)):
            identity = inspect(row).identity
            assert identity is not None  # read from the database: it has its key
            columns = written.rows[(table, identity[0])]
            assert columns is not None
            for column, (before, _after) in list(columns.items()):
                columns[column] = (before, getattr(row, column))


@event.listens_for(Session, "after_flush")
def _record(session: Session, _context) -> None:
    written: Written | None = session.info.get(_TRACK)
    if written is None:
        return
    for row in list(session.new) + list(session.dirty):
        state = inspect(row)
        mapper = state.mapper
        if mapper.version_id_col is None:
            continue
        key = (mapper.class_.__table__.name, state.dict.get("id"))
        if key[1] is None:
            continue
        columns = written.rows.get(key) or {}
        for attribute in mapper.column_attrs:
            if attribute.key == VERSION:
                continue
            history = state.attrs[attribute.key].history
            if row in session.new:
                columns[attribute.key] = (None, state.dict.get(attribute.key))
            elif history.added:
                before = history.deleted[0] if history.deleted else None
                first = columns.get(attribute.key, (before, None))[0]
                columns[attribute.key] = (first, history.added[0])
        if row not in session.new and key not in written.versions:
            history = state.attrs[VERSION].history
            written.versions[key] = (history.deleted or history.unchanged or [0])[0]
        written.rows[key] = columns
    for row in session.deleted:
        state = inspect(row)
        if state.mapper.version_id_col is not None:
            written.rows[(state.mapper.class_.__table__.name, state.dict.get("id"))] = None


def left(written: Written) -> Left:
    """The values a step left: what its undo (or redo) must find still there."""
    return Left({key: {c: after for c, (_b, after) in columns.items()}
                 for key, columns in written.rows.items() if columns})


# ----------------------------------------------------------------------------- refusing

def refuse_over(session: Session, written: Written, started: tuple[Seen, ...]) -> None:
    """A save that wrote a column another editor had changed since ``started`` (what the
    editor showed): ``Conflict`` naming the row and their fields (the unit of work then
    rolls back: nothing is written)."""
    for seen_row in started:
        key = (seen_row.table, seen_row.id)
        if key not in written.rows:
            continue
        columns = written.rows[key]
        if columns is None or written.versions.get(key) == seen_row.version:
            continue  # deleted by this edit, or nobody wrote it since it was shown
        theirs = tuple(c for c, (before, _after) in columns.items()
                       if c in seen_row.values and before != seen_row.values[c])
        if theirs:
            before = {c: b for c, (b, _after) in columns.items()}
            raise Conflict(seen_row.table, seen_row.id, theirs,
                           _subject(_get(session, seen_row.table, seen_row.id), before))


def refuse_undo_over(session: Session, step: Left | None) -> None:
    """An undo or redo that would write over another editor's later change: ``Conflict``.
    Each row the step wrote must still hold the values the step left in the columns it
    wrote; a row gone is someone else's deletion."""
    if step is None:
        return
    for (table, row_id), values in step.rows.items():
        row = _get(session, table, row_id)
        if row is None:
            raise Conflict(table, row_id, (), deleted=True, undoing=True)
        state = inspect(row)
        theirs = tuple(c for c, value in values.items()
                       if c in state.mapper.column_attrs and getattr(row, c) != value)
        if theirs:
            raise Conflict(table, row_id, theirs, _subject(row), undoing=True)


def conflict_on(session: Session, table: str, row_id: int, columns: tuple[str, ...], *,
                undoing: bool = False) -> Conflict:
    """The refusal naming this row as it is now (or its deletion, if it is gone)."""
    row = _get(session, table, row_id)
    if row is None:
        return Conflict(table, row_id, (), deleted=True, undoing=undoing)
    return Conflict(table, row_id, columns, _subject(row), undoing=undoing)


def refuse_reordered(session: Session, table: str, shown: Sequence[int], now: Sequence[int],
                     *, column: str = "position", undoing: bool = False) -> None:
    """A reorder (a move, an indent, a paragraph or member moved) refused when the rows
    it renumbers are no longer in the order the editor saw (``shown``; for an undo or
    redo, the order its step left): ``Conflict`` naming the row someone else moved, added
    or deleted. The caller reads ``now`` under a lock (``FOR UPDATE`` on a server), so
    nobody can reorder between this check and the writes."""
    shown, now = list(shown), list(now)
    if shown == now:
        return
    matcher = difflib.SequenceMatcher(a=shown, b=now, autojunk=False)
    kept = {shown[i + k] for i, _j, n in matcher.get_matching_blocks() for k in range(n)}
    moved = next((r for r in now + shown if r not in kept), (now or shown)[0])
    raise conflict_on(session, table, moved, (column,), undoing=undoing)


def _get(session: Session, table: str, row_id: int) -> Base | None:
    entity = _entity(table)
    if entity is None:
        return None
    return session.scalars(select(entity).where(entity.__table__.c.id == row_id)
                           .execution_options(populate_existing=True)).first()


_STALE_TABLE = re.compile(r"on table '([^']+)'")


def from_stale(error: StaleDataError) -> Conflict:
    """The version counter's own refusal (an object saved with an old ``row_version``)."""
    found = _STALE_TABLE.search(str(error))
    return Conflict(found.group(1) if found else "", None, ())
