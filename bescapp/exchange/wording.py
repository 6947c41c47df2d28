"""A review's changes in words, for the command line's lines and the window's table."""

from __future__ import annotations

from typing import Any

from ..domain import package_review as rv
from ..i18n import catalogue
from ..i18n.catalogue import N_, say, say_n


def describe(change: rv.Change, lang: str | None = None) -> str:
    """One line for a change: where, what, which row, and the values."""
    lang = lang or catalogue.current()
    what = say(rv.WHAT_TEXT[change.what], lang)
    area = say(AREA_TEXT[change.area], lang)
    line = f"{area}: {what} {_label(change.label, lang)}"
    if change.field:
        line += f" ({field_names(change, lang)})"
    if change.conflict:
        line += " — " + say(N_("ours: {ours}; theirs: {theirs}"), lang, ours=_short(change.ours, lang),
                            theirs=_short(change.theirs, lang))
    elif change.what in (rv.What.CHANGED, rv.What.RETITLED, rv.What.RETIMED, rv.What.MOVED,
                         rv.What.STATUS) and change.field:
        line += f": {_short(change.ours, lang)} → {_short(change.theirs, lang)}"
    return line


AREA_TEXT = {rv.Area.MEETING: N_("meeting"), rv.Area.AGENDA: N_("agenda"),
             rv.Area.DELEGATION: N_("their delegation"), rv.Area.ACTIONS: N_("line of action"),
             rv.Area.COMMUNIQUE: N_("communiqué")}


def _label(label: Any, lang: str) -> str:
    if isinstance(label, dict) and set(label) == {"en", "es"}:
        text = label.get(lang) or label.get("en") or label.get("es") or ""
        return f"“{text}”"
    if isinstance(label, int):
        return say_n("({n} paragraph)", "({n} paragraphs)", label, lang)
    return f"“{label}”" if label else ""


# The fields a review names, in the staff's words (the package's keys are the model's).
FIELD_TEXT = {
    "title": N_("title"), "description": N_("description"), "duration_minutes": N_("duration"),
    "fixed_start": N_("start time"), "position": N_("place"), "parent": N_("session"),
    "day": N_("day"), "kind": N_("kind"), "leads": N_("leads"), "status": N_("status"),
    "progress": N_("progress"),
    "precedence": N_("order of precedence"), "role": N_("role"), "attendance": N_("attendance"),
    "attendance_mode": N_("how they attend"), "principal": N_("principal"),
    "agency": N_("agency"), "city": N_("city"), "venue": N_("venue"),
    "start_date": N_("first day"), "end_date": N_("last day"), "day_start": N_("day starts"),
    "day_end": N_("day ends"), "number": N_("number"), "host_party": N_("host"),
    "session_numbering": N_("session numbering"), "honorific": N_("honorific"),
    "given_names": N_("given names"), "first_surname": N_("first surname"),
    "second_surname": N_("second surname"), "biography": N_("biography"),
    "email": N_("e-mail"), "phone": N_("phone"),
}
# Codes a review shows as values: a line's status.
CODE_TEXT = {
    "not_started": N_("not started"), "on_track": N_("on track"), "at_risk": N_("at risk"),
    "delayed": N_("delayed"), "completed": N_("completed"), "cancelled": N_("cancelled"),
}


def field_name(name: str, lang: str | None = None) -> str:
    plain = name.removeprefix("person.")
    text = FIELD_TEXT.get(plain)
    return say(text, lang or catalogue.current()) if text else plain


def field_names(change: rv.Change, lang: str | None = None) -> str:
    return ", ".join(field_name(n, lang) for n in change.field.split(",") if n)


def _short(value: Any, lang: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict) and set(value) == {"en", "es"}:
        return _label(value, lang)
    if isinstance(value, dict):
        if "person" in value:  # a member of a delegation: their title as of the meeting
            return _label(value.get("title") or value["person"].get("title"), lang)
        if "uuid" in value and "title" in value:
            return _label(value["title"], lang)
        return "; ".join(f"{field_name(k, lang)}: {_short(v, lang)}" for k, v in value.items())
    if isinstance(value, str) and value in CODE_TEXT:
        return say(CODE_TEXT[value], lang)
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def area(change: rv.Change, lang: str | None = None) -> str:
    return say(AREA_TEXT[change.area], lang or catalogue.current())


def what(change: rv.Change, lang: str | None = None) -> str:
    return say(rv.WHAT_TEXT[change.what], lang or catalogue.current())


def row_name(change: rv.Change, lang: str | None = None) -> str:
    return _label(change.label, lang or catalogue.current())


def value(value: Any, lang: str | None = None) -> str:
    return _short(value, lang or catalogue.current())
