"""The action-plan status report: as of a meeting's date, in English, Spanish or both.

Outline: a summary table (lines per status for each plan, and overdue), then each
plan's lines in a table, then "Progress Since the Previous Plenary" built from the
dated status updates. Shareable by default: the lines come from the store's
``LineRow`` (which has no internal notes); only ``internal=True`` reads the notes
and adds them. The briefing book reuses ``add_status_report``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..domain import actions as rules
from ..domain.actions import STATUSES
from ..i18n import languages
from ..i18n.catalogue import N_, say
from ..i18n.formatting import format_date, format_number, format_percent, meeting_name
from ..model.bilingual import Bilingual
from ..model.entities import LineStatus, Meeting
from ..store import actions as store
from ..store import our_side
from . import frame, kit

LANGUAGES = languages.DOCUMENT_LANGUAGES
BOTH = languages.CODES

STATUS_WORDS = {
    LineStatus.NOT_STARTED: N_("Not started"),
    LineStatus.ON_TRACK: N_("On track"),
    LineStatus.AT_RISK: N_("At risk"),
    LineStatus.DELAYED: N_("Delayed"),
    LineStatus.COMPLETED: N_("Completed"),
    LineStatus.CANCELLED: N_("Cancelled"),
}

WORDS = {
    "report": N_("Action Plans: Status Report"),
    "as_of": N_("Status as of {date}"),
    "summary": N_("Summary"),
    "plan": N_("Action plan"),
    "total": N_("Total"),
    "overdue": N_("Overdue"),
    "line": N_("Line"),
    "title": N_("Line of action"),
    "leads": N_("Leads (US / MX)"),
    "due": N_("Due"),
    "status": N_("Status"),
    "progress": N_("Progress"),
    "last_update": N_("Last update"),
    "date": N_("Date"),
    "note": N_("Note"),
    "internal": N_("Internal notes"),
    "internal_warning": N_("INTERNAL: includes internal notes. Do not share."),
    "overdue_mark": N_("overdue"),
    "no_lines": N_("This plan has no lines of action yet."),
    "no_plans": N_("There are no action plans yet."),
    "since": N_("Progress Since the Previous Plenary"),
    "since_period": N_("Status updates dated after the {meeting} ({start}) and up to {end}."),
    "since_first": N_("There was no earlier plenary: every status update up to {end}."),
    "since_none": N_("No status updates in this period."),
    "completed_in": N_("Lines completed in this period: {lines}."),
    "completed_none": N_("No line was completed in this period."),
    "updates_count": N_("{count} status updates on {lines} lines."),
}


def word(key: str, language: str, **values) -> kit.Said:
    """A document word in one language, or "English / Español" for a bilingual document;
    values may be given per language as {"en": ..., "es": ...}."""
    return kit.word(WORDS[key], language, **values)


def status_word(status: LineStatus | str, language: str) -> kit.Said:
    return kit.joined(" / ", [kit.said(say(STATUS_WORDS[LineStatus(status)], lang), lang)
                              for lang in _langs(language)])


def _langs(language: str) -> tuple[str, ...]:
    return kit.document_languages(language)


def _each(language: str, make) -> kit.Said:
    """One value per language, on separate lines in a bilingual cell (once if identical)."""
    return kit.each(language, make, "\n")


def _date(value, language: str) -> str:
    return "" if value is None else _each(language, lambda lang: format_date(value, lang, "medium"))


def _plan_title(plan: store.PlanRow, language: str) -> kit.Said:
    return kit.each(language, plan.code_in) + " — " + kit.each(language, plan.title.either)


def _text(value: Bilingual, language: str) -> kit.Said:
    return kit.each(language, value.either, "\n")


def add_status_report(doc, session, meeting: Meeting, language: str, *, internal: bool = False,
                      heading_level: int = 1) -> None:
    """The status report as of the meeting's date, written into ``doc``."""
    kit.check_language(language)
    as_of = meeting.start_date
    plans = store.load_plans(session)
    # Each line as it stood on the date, by the same rule as the Action plans workspace.
    lines = [row for row in store.lines_as_of(session, as_of)
             if rules.exists_as_of(row.created_on, as_of)]
    updates = store.load_updates(session)
    notes = store.internal_notes(session) if internal else {}
    order = kit.column_order(our_side.our_side(session))  # our copy's language on the left

    kit.heading(doc, word("report", language), heading_level)
    for lang in _langs(language):
        kit.paragraph(doc, frame.meeting_line(meeting, lang), lang=lang)
    kit.paragraph(doc, word("as_of", language, date={lang: format_date(as_of, lang)
                                                     for lang in BOTH}))
    if internal:
        kit.paragraph(doc, word("internal_warning", language), "Notice")
    if not plans:
        kit.paragraph(doc, word("no_plans", language))
        return
    _summary(doc, plans, lines, as_of, language, heading_level + 1)
    header = _lines_header(language, bool(notes), order)
    bodies = [_lines_body([row for row in lines if row.plan_id == plan.id], notes, as_of,
                          language, order) for plan in plans]
    # One set of widths for every plan's table, so their columns line up page after page;
    # the code, the percentage and the last update's date never wrap.
    progress = header.index(word("progress", language))
    widths = kit.fit_widths(doc, header, [row for body in bodies for row in body], small=True,
                            whole=(0, progress, progress + 1))
    for plan, body in zip(plans, bodies, strict=True):
        kit.heading(doc, _plan_title(plan, language), heading_level + 1)
        if not body:
            kit.paragraph(doc, word("no_lines", language))
            continue
        kit.table(doc, header, body, widths, small=True,
                  langs=_columns(languages.is_bilingual(language), 1, len(header), order))
    _since(doc, session, meeting, lines, updates, language, heading_level + 1, order)


def _summary(doc, plans, lines, as_of, language, level) -> None:
    kit.heading(doc, word("summary", language), level)
    roll = rules.rollup(lines, as_of)
    header = [word("plan", language), *(status_word(s, language) for s in STATUSES),
              word("total", language), word("overdue", language)]
    body: list[list[str | kit.Cell]] = []
    totals = [0] * (len(STATUSES) + 2)
    for plan in plans:
        r = roll.get(plan.id, rules.Roll())
        numbers = [r.count(s) for s in STATUSES] + [r.total, r.overdue]
        totals = [a + b for a, b in zip(totals, numbers, strict=True)]
        body.append([_plan_title(plan, language), *(_number(n, language) for n in numbers)])
    body.append([kit.Cell(word("total", language), bold=True),
                 *(kit.Cell(_number(n, language), bold=True) for n in totals)])
    _table(doc, header, body)


def _number(n: int, language: str) -> str:
    return format_number(n, languages.body_language(language))


def _percent(n: int, language: str) -> str:
    return _each(language, lambda lang: format_percent(n, lang))


def _lines_header(language: str, notes: bool, order: tuple[str, ...]) -> list[str]:
    bilingual = languages.is_bilingual(language)
    header: list[str] = [word("line", language)]
    header += kit.language_names(order) if bilingual else [word("title", language)]
    header += [word("leads", language), word("due", language), word("status", language),
               word("progress", language), word("last_update", language)]
    if notes:
        header.append(word("internal", language))
    return header


def _lines_body(rows, notes, as_of, language, order) -> list[list[str]]:
    bilingual = languages.is_bilingual(language)
    body = []
    for row in rows:
        status, progress = row.status, row.progress
        due = _date(row.due_date, language)
        if rules.is_overdue(row.due_date, status, as_of):
            due = due + " (" + word("overdue_mark", language) + ")"
        titles = ([row.title.either(lang) for lang in order] if bilingual
                  else [row.title.either(language)])
        values = [_each(language, row.code_in), *titles,
                  " / ".join(a for a in (row.us_agency, row.mx_agency) if a),
                  due, status_word(status, language), _percent(progress, language),
                  _date(row.last_update, language) if row.last_update else ""]
        if notes:
            values.append(_text(notes[row.id], language) if row.id in notes else "")
        body.append(values)
    return body


def _columns(bilingual: bool, first: int, count: int,
             order: tuple[str, ...]) -> list[str | None] | None:
    """Each column's language: a bilingual table's two language columns from ``first``."""
    if not bilingual:
        return None
    return [*(None,) * first, *order, *(None,) * (count - first - len(order))]


def _since(doc, session, meeting, lines, updates, language, level, columns) -> None:
    kit.heading(doc, word("since", language), level)
    window = store.since_window(session, meeting)
    end = {lang: format_date(window.upto, lang) for lang in BOTH}
    if window.previous_meeting_id is None:
        kit.paragraph(doc, word("since_first", language, end=end))
    else:
        previous = session.get(Meeting, window.previous_meeting_id)
        kit.paragraph(doc, word(
            "since_period", language, end=end,
            meeting={lang: meeting_name(previous.kind.value, previous.number, lang)
                     for lang in BOTH},
            start={lang: format_date(previous.start_date, lang) for lang in BOTH}))
    rows = {row.id: row for row in lines}
    recent = [u for u in rules.updates_in(updates, window) if u.line_id in rows]
    if not recent:
        kit.paragraph(doc, word("since_none", language))
        return
    order = {row.id: k for k, row in enumerate(lines)}
    recent.sort(key=lambda u: (order[u.line_id], u.date, u.id))
    kit.paragraph(doc, word("updates_count", language, count=_number(len(recent), "en"),
                            lines=_number(len({u.line_id for u in recent}), "en")))
    done = sorted(rules.completed_in(recent, window), key=order.__getitem__)
    if done:
        codes = {lang: ", ".join(rows[i].code_in(lang) for i in done) for lang in BOTH}
        kit.paragraph(doc, word("completed_in", language, lines=codes))
    else:
        kit.paragraph(doc, word("completed_none", language))
    bilingual = languages.is_bilingual(language)
    header = [word("line", language), word("date", language), word("status", language),
              word("progress", language)]
    header += kit.language_names(columns) if bilingual else [word("note", language)]
    body = []
    for u in recent:
        notes = [u.note.either(lang) for lang in columns] if bilingual else [u.note.either(language)]
        body.append([_each(language, rows[u.line_id].code_in), _date(u.date, language),
                     status_word(u.status, language),
                     "" if u.progress is None else _percent(u.progress, language), *notes])
    _table(doc, header, body, whole=(0, 1, 3),
           langs=_columns(bilingual, 4, len(header), columns))


def _table(doc, header, body, whole=(), langs=None):
    """Text a size smaller than the body (these tables have many columns); the columns in
    ``whole`` never wrap; ``langs`` each column's language."""
    return kit.table(doc, header, body, small=True, whole=whole, langs=langs)


def write_status_report(session, meeting_id: int, language: str, path, *,
                        internal: bool = False, final: bool = False,
                        today: dt.date | None = None) -> Path:
    """The status report as a whole document, written atomically to ``path``. Shareable,
    it is a draft (marked, dated ``today``) unless ``final``; ``internal`` adds the
    internal notes and makes it ours: our handling marking, no draft marking."""
    kit.check_language(language)
    meeting = kit.load_meeting(session, meeting_id)
    framed = frame.frame_of(session, meeting, language, shareable=not internal, final=final,
                            today=today)
    doc = kit.new_document(None, framed.own)
    kit.landscape(doc)  # eight columns and more
    # Shareable: the header names the meeting; an internal copy carries our marking.
    marking = (frame.in_languages(our_side.read(session).marking, language) if internal
               else kit.each(language, lambda lang: meeting_name(meeting.kind.value,
                                                                 meeting.number, lang)))
    # An internal copy says on every page that it holds the internal notes.
    also = [kit.each(language, lambda lang: say(WORDS["internal"], lang).upper())] \
        if internal else frame.page_lines(framed)
    kit.mark_every_page(doc, marking, language, also)
    frame.add_top(doc, framed)
    add_status_report(doc, session, meeting, language, internal=internal)
    frame.describe(doc, framed, WORDS["report"])
    return kit.save_atomic(doc, Path(path))


def export_from_cli(session, args) -> list[str]:
    path = write_status_report(session, args.meeting, args.document_language, args.output,
                               internal=getattr(args, "internal", False),
                               final=getattr(args, "final", False))
    return [kit.wrote(path)]
