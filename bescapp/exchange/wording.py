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
        line += f" ({change.field})"
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


def _short(value: Any, lang: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict) and set(value) == {"en", "es"}:
        return _label(value, lang)
    if isinstance(value, dict):
        if "uuid" in value and "title" in value:
            return _label(value["title"], lang)
        return ", ".join(f"{k}={_short(v, lang)}" for k, v in value.items())
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
