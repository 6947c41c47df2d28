"""The joint agenda: a shareable document, in English, Spanish or both side by side.

Shareable means it never carries an item's objective, talking points, background
or attachments: the rows are built from the store's ``ItemRow`` (which has none
of them), so there is no field to forget. The briefing book reuses
``add_schedule`` to put the same table into its own document.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..domain.agenda import Schedule, schedule
from ..i18n import languages
from ..i18n.catalogue import N_
from ..i18n.formatting import format_date, format_date_range, format_time_range, meeting_name
from ..model.entities import Meeting
from ..store import our_side
from ..store.agenda import ItemRow, load_tree
from . import frame, kit

LANGUAGES = languages.DOCUMENT_LANGUAGES
BOTH = languages.CODES

WORDS = {
    "agenda": N_("Agenda"),
    "number": N_("No."),
    "time": N_("Time"),
    "item": N_("Item"),
    "leads": N_("Leads"),
    "empty": N_("The agenda has no items yet."),
}


def word(key: str, language: str) -> kit.Said:
    """A document word in one language, or "English / Español" for a bilingual document."""
    return kit.word(WORDS[key], language)


def _meeting_line(meeting: Meeting, lang: str) -> str:
    return "%s — %s, %s" % (  # noqa: UP031
        meeting_name(meeting.kind.value, meeting.number, lang), meeting.city.either(lang),
        format_date_range(meeting.start_date, meeting.end_date, lang))


def _entry_text(row: ItemRow, lang: str) -> str:
    title = row.title.either(lang)
    description = row.description.get(lang).strip()
    return f"{title}\n{description}" if description else title


def _time_text(schedule_: Schedule, row: ItemRow, language: str, clock: str,
               order: tuple[str, ...] = BOTH) -> str:
    slot = schedule_.slots[row.id]
    if languages.is_bilingual(language):  # in the order of the columns, each in its language
        texts: dict[str, str] = {}
        for lang in order:
            texts.setdefault(format_time_range(slot.start_time, slot.end_time, lang, clock), lang)
        return kit.joined("\n", [kit.said(text, lang) for text, lang in texts.items()])
    return format_time_range(slot.start_time, slot.end_time, language, clock)


def _rows(rows: list[ItemRow], sched: Schedule, language: str, day: int, clock: str,
          order: tuple[str, ...]):
    by_id = {r.id: r for r in rows}
    for item_id in sched.order:
        row, slot = by_id[item_id], sched.slots[item_id]
        if slot.day != day:
            continue
        leads = "\n".join(row.leads)
        langs = order if languages.is_bilingual(language) else kit.document_languages(language)
        texts = [_entry_text(row, lang) for lang in langs]
        yield slot.depth, [slot.number, _time_text(sched, row, language, clock, order), *texts,
                           leads]


def add_schedule(doc, session, meeting: Meeting, language: str, *, heading_level: int = 1) -> None:
    """The joint agenda table (number, times, title and description, leads) into ``doc``."""
    kit.check_language(language)
    name_language = languages.body_language(language)
    rows = load_tree(session, meeting.id, name_language, without_declined=True)
    sched = schedule(rows, meeting.day_start, meeting.day_end, meeting.session_numbering)
    kit.heading(doc, word("agenda", language), heading_level)
    for lang in (kit.document_languages(language)):
        kit.paragraph(doc, _meeting_line(meeting, lang), lang=lang)
    if not rows:
        kit.paragraph(doc, word("empty", language))
        return
    order = kit.column_order(our_side.our_side(session))  # our copy's language on the left
    if languages.is_bilingual(language):
        header = [word("number", language), word("time", language), *kit.language_names(order),
                  word("leads", language)]
        columns: tuple[str | None, ...] = (None, None, *order, None)
    else:
        header = [word("number", language), word("time", language), word("item", language),
                  word("leads", language)]
        columns = (None,) * len(header)
    # Titles bold (the description follows on the next lines), sub-items indented.
    items = range(2, len(header) - 1)
    days = sched.days()
    clock = our_side.clock(session)
    bodies = [[[kit.Cell(value, bold=True, indent=12 * depth) if k in items else value
                for k, value in enumerate(values)]
               for depth, values in _rows(rows, sched, language, day, clock, order)]
              for day in days]
    # One set of widths for every day's table; a number, a time range on one line.
    widths = kit.fit_widths(doc, header, [row for body in bodies for row in body], whole=(0, 1))
    for day, body in zip(days, bodies, strict=True):
        if len(days) > 1:
            when = meeting.start_date + dt.timedelta(days=day - 1)
            langs = kit.document_languages(language)
            kit.heading(doc, kit.joined(" / ", [kit.said(format_date(when, lang, "full"), lang)
                                                for lang in langs]), heading_level + 1)
        kit.table(doc, header, body, widths, langs=columns)


def write_agenda(session, meeting_id: int, language: str, path, *, final: bool = False,
                 today: dt.date | None = None) -> Path:
    """The joint agenda as a whole document, written atomically to ``path``; a draft
    (marked, dated ``today``) unless ``final``."""
    kit.check_language(language)
    meeting = kit.load_meeting(session, meeting_id)
    framed = frame.frame_of(session, meeting, language, final=final, today=today)
    doc = kit.new_document(None, framed.own)
    if languages.is_bilingual(language):
        kit.landscape(doc)
    # A shareable document: its header names the meeting, not our handling marking.
    kit.mark_every_page(doc, kit.each(language, lambda lang: meeting_name(
        meeting.kind.value, meeting.number, lang)), language, frame.page_lines(framed))
    frame.add_top(doc, framed)
    add_schedule(doc, session, meeting, language)
    frame.describe(doc, framed, WORDS["agenda"])
    return kit.save_atomic(doc, Path(path))


def export_from_cli(session, args) -> list[str]:
    path = write_agenda(session, args.meeting, args.document_language, args.output,
                        final=getattr(args, "final", False))
    return [kit.wrote(path)]

