"""The briefing book's front: the cover, what a principal reads first (scene-setter,
objectives, likely asks, desired outcomes), the visit schedule, and press guidance.

All of it is the delegation's own (internal fields, ``store/briefing.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.people import display_name
from ..i18n import languages
from ..i18n.catalogue import N_, say
from ..i18n.formatting import format_date, format_date_range, format_time, format_time_range, meeting_name
from ..model.entities import ClearanceRole, Meeting, VisitKind
from ..store import briefing as store
from ..store.delegations import PartyList
from . import kit
from .book_blocks import Blocks, in_language, lines, write_texts
from .delegations import delegation_heading

WORDS = {
    "book": N_("Briefing Book"),
    "book_for": N_("Briefing book for {principal}"),
    "internal": N_("For internal use of the delegation only. Do not share."),
    "cleared": N_("Cleared version — {date}"),
    "draft": N_("Draft for clearance — {date}"),
    "drafted_by": N_("Drafted by: {who}"),
    "cleared_by": N_("Cleared by: {who}"),
    "pending": N_("pending"),
    "scene_setter": N_("Scene-setter"),
    "objectives": N_("Our objectives"),
    "likely_asks": N_("Counterpart's likely asks"),
    "desired_outcome": N_("Desired outcomes"),
    "visit": N_("Visit schedule"),
    "press_guidance": N_("Press guidance"),
    "top_lines": N_("Top lines"),
    "if_asked": N_("If asked"),
    "nothing_yet": N_("Not written yet."),
    "time": N_("Time"),
    "moment": N_("Moment"),
    "place": N_("Place"),
    "who": N_("Who"),
    "notes": N_("Notes"),
    "day": N_("Day {day}: {date}"),
    "no_visit": N_("No visit schedule yet."),
}
VISIT_WORDS = {
    VisitKind.ARRIVAL: N_("Arrival"),
    VisitKind.PRE_BRIEF: N_("Pre-brief"),
    VisitKind.PULL_ASIDE: N_("Pull-aside"),
    VisitKind.FAMILY_PHOTO: N_("Family photo"),
    VisitKind.PRESS: N_("Press availability"),
    VisitKind.WORKING_LUNCH: N_("Working lunch"),
    VisitKind.DEPARTURE: N_("Departure"),
    VisitKind.OTHER: N_("Other"),
}
# What a principal reads first, in order: each a heading of its own.
FIRST_READ = ("scene_setter", "objectives", "likely_asks", "desired_outcome")
BULLETED = frozenset({"objectives", "likely_asks", "if_asked"})


def word(key: str, language: str, **values) -> str:
    return kit.word(WORDS[key], language, **values)


def _langs(language: str) -> tuple[str, ...]:
    return kit.document_languages(language)


@dataclass(frozen=True)
class Cover:
    """What the cover names besides the meeting: whom the book is for, our delegation."""

    principal: dict[str, str]  # per language: "Ambassador Christopher Landau", or empty
    ours: PartyList | None
    committee: dict[str, str]


def principal_of(ours: PartyList | None) -> dict[str, str]:
    """Our principal's name per language: host, co-host or visiting head, else the head of
    delegation, else the first on our list (a declined member is no principal)."""
    if ours is None:
        return {}
    present = [m for m in ours.members if m.attendance != "declined"]
    chosen = next((m for m in present if m.is_host), None) or \
        next((m for m in present if m.role == "head"), None) or \
        (present[0] if present else None)
    return {lang: display_name(chosen, lang) for lang in languages.CODES} if chosen else {}


def cover(doc, meeting: Meeting, language: str, facts: Cover,
          clearances: list[store.ClearanceRow], as_of: dt.date) -> None:
    """The first page: committee, meeting, whom the book is for, our delegation, version
    and date, clearances. The marking is in the page's header and footer (once), and
    each line is set by a cover style (centred, sized), never by hand."""
    langs = _langs(language)
    for _ in range(3):
        kit.paragraph(doc)
    for lang in langs:
        if facts.committee.get(lang):
            kit.paragraph(doc, facts.committee[lang], "Cover Committee", lang=lang)
    for lang in langs:
        kit.paragraph(doc, meeting_name(meeting.kind.value, meeting.number, lang),
                      "Cover Title", lang=lang)
    for lang in langs:
        principal = facts.principal.get(lang)
        kit.paragraph(doc, say(WORDS["book_for"], lang, principal=principal) if principal
                      else say(WORDS["book"], lang), "Cover Subtitle", lang=lang)
    if facts.ours is not None:
        kit.paragraph(doc, kit.each(language, lambda lang: delegation_heading(facts.ours, lang)),
                      "Cover Line")
    kit.paragraph(doc)
    for lang in langs:
        kit.paragraph(doc, format_date_range(meeting.start_date, meeting.end_date, lang),
                      "Cover Line", lang=lang)
        kit.paragraph(doc, ", ".join(filter(None, (meeting.venue.either(lang),
                                                   meeting.city.either(lang)))),
                      "Cover Line", lang=lang)
    kit.paragraph(doc)
    state = "cleared" if _all_cleared(clearances) else "draft"
    for lang in langs:
        kit.paragraph(doc, say(WORDS[state], lang, date=format_date(as_of, lang)),
                      "Cover Detail", lang=lang)
    for lang in langs:
        for line in clearance_lines(clearances, lang):
            kit.paragraph(doc, line, "Cover Detail", lang=lang)
    kit.paragraph(doc)
    kit.paragraph(doc, word("internal", language), "Cover Notice")


def _all_cleared(rows: list[store.ClearanceRow]) -> bool:
    cleared = [r for r in rows if r.fields.role == ClearanceRole.CLEARED]
    return bool(cleared) and all(r.fields.date for r in cleared)


def clearance_lines(rows: list[store.ClearanceRow], lang: str) -> list[str]:
    """"Drafted by: L. Bennett, WHA/MEX, February 26, 2020" — one line per person."""
    out = []
    for row in rows:
        f = row.fields
        when = format_date(f.date, lang) if f.date else say(WORDS["pending"], lang)
        who = ", ".join(filter(None, (f.name, f.office, when)))
        key = "drafted_by" if f.role == ClearanceRole.DRAFTED else "cleared_by"
        out.append(say(WORDS[key], lang, who=who))
    return out


def first_read(out: Blocks, texts: store.BriefingTexts, language: str) -> None:
    """Scene-setter, our objectives, the counterpart's likely asks, desired outcomes: each
    a heading in the contents, "Not written yet." where staff have written nothing."""
    for n, name in enumerate(FIRST_READ):
        out.heading(word(name, language), 1, new_page=n == 0)
        _text(out, getattr(texts, name), language, bullets=name in BULLETED)


def _text(out: Blocks, value, language: str, *, bullets: bool) -> None:
    if value.is_empty():
        out.paragraph([(word("nothing_yet", language), False)])
        return
    if languages.is_bilingual(language):
        write_texts(out, [("", value, bullets)], language)
        return
    for line in lines(in_language(value, language, language)):
        out.paragraph([(line.lstrip("-•*· \t") if bullets else line, False)],
                      "List Bullet" if bullets else None)


def visit_schedule(out: Blocks, meeting: Meeting, rows: list[store.VisitRow],
                   language: str, clock: str) -> None:
    """The principal's own programme around the joint agenda, day by day."""
    out.heading(word("visit", language), 1, new_page=True)
    if not rows:
        out.paragraph([(word("no_visit", language), False)])
        return
    days = sorted({r.fields.day for r in rows})
    for day in days:
        if len(days) > 1 or meeting.start_date != meeting.end_date:
            date = meeting.start_date + dt.timedelta(days=day - 1)
            out.heading(kit.word(WORDS["day"], language, day=str(day),
                                 date=lambda lang, d=date: format_date(d, lang)), 2)
        order = kit.column_order(out.side)  # our copy's language on the left
        body = [_visit_row(r.fields, language, clock, order) for r in rows if r.fields.day == day]
        if languages.is_bilingual(language):
            out.table([word("time", language), *kit.language_names(order)], body,
                      whole=(0,), langs=(None, *order))
        else:
            out.table([word(k, language) for k in ("time", "moment", "place", "who", "notes")],
                      body, whole=(0,))


def _when(f: store.VisitFields, lang: str, clock: str) -> str:
    """"9:00–9:35 a.m." (a range written once), or the start alone."""
    if not f.start_time:
        return ""
    if not f.end_time:
        return format_time(f.start_time, lang, clock)
    return format_time_range(f.start_time, f.end_time, lang, clock)


def _visit_row(f: store.VisitFields, language: str, clock: str,
               order: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    def moment(lang: str) -> str:
        kind = say(VISIT_WORDS[f.kind], lang)
        title = in_language(f.title, lang, language)
        if not title or title.casefold().startswith(kind.casefold()):
            return title or kind  # "Departure for the airport", not "Departure: Departure ..."
        return f"{kind}: {title}"

    if languages.is_bilingual(language):
        when: dict[str, str] = {}
        for lang in order:
            when.setdefault(_when(f, lang, clock), lang)
        cells: list[tuple[str, list[str]]] = [
            ("", [kit.said(w, lang) for w, lang in when.items() if w])]
        for lang in order:
            cells.append((moment(lang), [t for t in (in_language(f.place, lang, language),
                                                     in_language(f.who, lang, language))
                                         if t] + lines(in_language(f.notes, lang, language))))
        return cells
    lang = language
    return [("", [_when(f, lang, clock)] if f.start_time else []), ("", [moment(lang)]),
            ("", lines(f.place.either(lang))), ("", lines(f.who.either(lang))),
            ("", lines(f.notes.either(lang)))]


def press_guidance(out: Blocks, texts: store.BriefingTexts, language: str) -> None:
    out.heading(word("press_guidance", language), 1, new_page=True)
    out.heading(word("top_lines", language), 2)
    _text(out, texts.press_guidance, language, bullets=True)
    out.heading(word("if_asked", language), 2)
    _text(out, texts.if_asked, language, bullets=True)
