"""Pre-flight: what is missing or doubtful before a document is written.

Each entry says what (``kind``), where (the workspace, the entity and its id, so
the window can go there) and about what (``subject``, in both languages). The
window words entries through tr(); the command line and logs use ``text(lang)``.
Nothing here stops an export by itself: ``--strict`` does, in the book.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..i18n import languages
from ..i18n.catalogue import N_, say
from ..i18n.formatting import format_date, format_duration, meeting_name
from ..model import fields as model_fields
from ..model.bilingual import LANGUAGES, Bilingual, other_language
from ..model.entities import (
    ActionLine,
    AgendaItem,
    AgendaKind,
    Attendance,
    Meeting,
    Membership,
    Paragraph,
    ParagraphStatus,
)
from .agenda import heading_number, schedule
from .brackets import agreed_but_bracketed
from .people import display_name, full_name

# Kinds of entry, in the order the list shows them.
CITY_ONE_LANGUAGE = "city_one_language"
BRIEFING_ONE_LANGUAGE = "briefing_one_language"  # a meeting's briefing text (the book's)
ONE_LANGUAGE = "one_language"
NO_LEAD = "no_lead"
LEAD_DECLINED = "lead_declined"
NO_TALKING_POINTS = "no_talking_points"
PREVIOUS_PLENARY = "previous_plenary"  # agenda text naming the plenary before this one
GAP = "gap"
OVERLAP = "overlap"
OVERRUN = "overrun"
NO_BIOGRAPHY = "no_biography"
NOT_AGREED = "not_agreed"
AGREED_BRACKETED = "agreed_bracketed"
NOT_CONFORMING = "not_conforming"  # agreed, but its two texts not checked as saying the same
PREVIOUS_PLENARY_PARAGRAPH = "previous_plenary_paragraph"
DAMAGED_ANNEX = "damaged_annex"  # found by the book, which reads the papers
ANNEX_NOT_MERGED = "annex_not_merged"  # a paper Word can read that the book cannot merge
PART_MISSING = "part_missing"  # a part of the book whose module is not installed

# The documents, each with its own list: only what that document prints.
BRIEFING_BOOK = "briefing_book"
DOCUMENTS = (BRIEFING_BOOK, "agenda", "delegations", "actions", "communique")
# The agenda texts each document prints, as the model declares them: the joint agenda
# only the shared ones (titles, descriptions); the book the internal ones too (objectives,
# talking points, background are the delegation's own).
SHARED_AGENDA_FIELDS = model_fields.names(AgendaItem, bilingual=True, internal=False)
BOOK_AGENDA_FIELDS = model_fields.names(AgendaItem, bilingual=True)

FIELD_WORDS = {
    "title": N_("title"),
    "description": N_("description"),
    "objective": N_("objective"),
    "talking_points": N_("talking points"),
    "background": N_("background"),
    "desired_outcome": N_("desired outcome"),
    "counterpart_position": N_("counterpart's likely position"),
    "if_asked": N_("if asked"),
    "biography": N_("biography"),
    "internal_notes": N_("internal notes"),
    "text": N_("text"),
}
# The meeting's briefing texts (migration 0012) where the book prints them: the first
# pages before the agenda, the press guidance after the delegation lists; each named as
# the book heads it and the Briefing editor labels it.
BRIEFING_FIRST_READ = ("scene_setter", "objectives", "likely_asks", "desired_outcome")
BRIEFING_PRESS = ("press_guidance", "if_asked")
BRIEFING_WORDS = {
    "scene_setter": N_("Scene-setter"),
    "objectives": N_("Our objectives"),
    "likely_asks": N_("Counterpart's likely asks"),
    "desired_outcome": N_("Desired outcomes"),
    "press_guidance": N_("Press guidance"),
    "if_asked": N_("If asked"),
}
# a language named inside a sentence ("the English text"): not its name in itself
LANGUAGE_WORDS = {
    "en": N_("English"),
    "es": N_("Spanish"),
}
PART_WORDS = {
    "schedule": N_("schedule at a glance"),
    "delegations": N_("delegation lists"),
    "actions": N_("action-plan status report"),
}

MESSAGES = {
    CITY_ONE_LANGUAGE: N_("The meeting's city has no {language} name: the {language} documents "
                          "will use the {other} name “{city}”."),
    BRIEFING_ONE_LANGUAGE: N_("{subject} (briefing): written in {other} only; there is no "
                              "{language} text."),
    ONE_LANGUAGE: N_("{subject}: the {field} has no {language} text."),
    NO_LEAD: N_("{subject}: no one leads this item."),
    LEAD_DECLINED: N_("{subject}: {name} leads this item but declined to attend; the joint agenda"
                      " leaves the name out."),
    NO_TALKING_POINTS: N_("{subject}: no talking points."),
    PREVIOUS_PLENARY: N_("{subject}: the {field} ({language}) names the previous plenary, "
                         "“{found}”."),
    GAP: N_("{subject}: {duration} left empty before its fixed start."),
    OVERLAP: N_("{subject}: its fixed start overlaps the entry before it by {duration}."),
    OVERRUN: N_("Day {day}: {subject} ends {duration} after the end of the day."),
    NO_BIOGRAPHY: N_("{subject}: no biography."),
    NOT_AGREED: N_("Communiqué paragraph {number} is not agreed yet: {subject}"),
    AGREED_BRACKETED: N_("Communiqué paragraph {number} is marked agreed but still holds "
                         "bracketed text: {subject}"),
    NOT_CONFORMING: N_("Communiqué paragraph {number} is agreed, but nobody has checked that "
                       "its English and Spanish texts say the same (conformity): {subject}"),
    PREVIOUS_PLENARY_PARAGRAPH: N_("Communiqué paragraph {number} ({language}) names the previous"
                                   " plenary, “{found}”."),
    DAMAGED_ANNEX: N_("{subject}: the background paper {file} cannot be included ({detail})."),
    ANNEX_NOT_MERGED: N_("{subject}: the background paper {file} cannot be merged into the "
                         "briefing book ({detail}) and will be left out."),
    PART_MISSING: N_("The {part} is not available in this version and was left out."),
}


@dataclass(frozen=True)
class Entry:
    kind: str
    workspace: str  # meetings, agenda, delegations, actions, communique
    entity: str  # agenda_item, membership, action_line, paragraph, attachment, meeting, briefing
    entity_id: int
    subject: Bilingual = field(default_factory=Bilingual)
    values: dict = field(default_factory=dict)  # field, language, minutes, day, number ...

    def text(self, lang: str) -> str:
        """The entry as one sentence in ``lang`` ("en" or "es")."""
        words = {name: value for name, value in self.values.items()}
        if "field" in words:
            named = BRIEFING_WORDS if self.kind == BRIEFING_ONE_LANGUAGE else FIELD_WORDS
            words["field"] = say(named[words["field"]], lang)
        for name in ("language", "other"):
            if name in words:
                words[name] = say(LANGUAGE_WORDS[words[name]], lang)
        if "part" in words:
            words["part"] = say(PART_WORDS[words["part"]], lang)
        if "minutes" in words:  # "1 h 30 min", as the agenda shows a duration
            words["duration"] = format_duration(words.pop("minutes"), lang)
        if "detail" in words:  # why a paper is left out: an English message (safe_docx.SHORT)
            words["detail"] = say(words["detail"], lang)
        return say(MESSAGES[self.kind], lang, subject=self.subject.either(lang), **words)


def _missing(value: Bilingual, language: str) -> list[str]:
    """Languages missing from ``value`` that a book in ``language`` would show."""
    wanted = languages.of_document(language)
    return [lang for lang in value.missing_languages() if lang in wanted]


def _one_language(out: list, value: Bilingual, language: str, field_name: str, **where) -> None:
    for lang in _missing(value, language):
        out.append(Entry(ONE_LANGUAGE, values={"field": field_name, "language": lang}, **where))


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class PreflightFacts:
    """What a document's pre-flight reads, gathered by the store (``store.preflight``);
    a part the document does not print may be left empty."""

    meeting: Meeting
    previous: Meeting | None = None  # the plenary before this one
    agenda_items: list[AgendaItem] = field(default_factory=list)  # leads loaded
    declined: set[int] = field(default_factory=set)  # people who declined to attend
    memberships: list[Membership] = field(default_factory=list)  # both lists, in order
    lines: list[ActionLine] = field(default_factory=list)  # in plan and line order
    paragraphs: list[Paragraph] = field(default_factory=list)  # the working draft's


def needs(document: str) -> set[str]:
    """The parts of ``PreflightFacts`` that ``document`` (one of ``DOCUMENTS``) reads."""
    if document not in DOCUMENTS:
        raise ValueError(f"unknown document {document!r}; expected one of {DOCUMENTS}")
    book = document == BRIEFING_BOOK
    parts = set()
    if book or document == "agenda":
        parts.add("agenda")
    if book or document == "delegations":
        parts.add("delegations")
    if book or document == "actions":
        parts.add("actions")
    if document == "communique":
        parts.add("communique")
    return parts


def preflight(facts: PreflightFacts, language: str = languages.BILINGUAL,
              document: str = BRIEFING_BOOK) -> list[Entry]:
    """What is doubtful in ``document`` (one of ``DOCUMENTS``) for the meeting, in the order
    of the document: the meeting, the agenda, the people, the plans, the communiqué.

    Each document lists only what it prints: the joint agenda its titles, descriptions,
    leads and times; the delegation lists the members' titles; the status report the
    plans' and lines' titles; the communiqué its paragraphs. The briefing book prints all
    but the communiqué, and the delegation's own fields besides (objectives, talking
    points, background, biographies, internal notes), and the meeting's briefing texts
    where it prints them (the first pages; the press guidance after the people).
    """
    parts = needs(document)
    book = document == BRIEFING_BOOK
    meeting = facts.meeting
    needles = previous_plenary_names(facts.previous)
    entries: list[Entry] = []
    if document != "actions":  # the status report names no city
        entries += meeting_entries(meeting, language)
    if book:
        entries += briefing_entries(meeting, BRIEFING_FIRST_READ, language)
    if "agenda" in parts:
        entries += agenda_entries(meeting, facts.agenda_items, facts.declined, language,
                                  internal=book, needles=needles)
    if "delegations" in parts:
        entries += delegation_entries(facts.memberships, language, biographies=book)
    if book:
        entries += briefing_entries(meeting, BRIEFING_PRESS, language)
    if "actions" in parts:
        entries += action_entries(facts.lines, language, internal=book)
    if "communique" in parts:
        entries += communique_entries(facts.paragraphs, language, needles=needles)
    return entries


def meeting_entries(meeting: Meeting, language: str) -> list[Entry]:
    """A city named in one language only: the other language's documents fall back on it."""
    out: list[Entry] = []
    for lang in _missing(meeting.city, language):
        other = other_language(lang)
        out.append(Entry(CITY_ONE_LANGUAGE, "meetings", "meeting", meeting.id,
                         values={"language": lang, "other": other,
                                 "city": meeting.city.get(other)}))
    return out


def briefing_entries(meeting: Meeting, names: tuple[str, ...], language: str) -> list[Entry]:
    """The meeting's briefing texts written in one language only: a bilingual book leaves
    the other column empty, a one-language book prints the other language's text. Named as
    the book heads them; fixed in the Briefing editor (the Agenda workspace's)."""
    out: list[Entry] = []
    for name in names:
        subject = Bilingual(*(say(BRIEFING_WORDS[name], lang) for lang in LANGUAGES))
        for lang in _missing(getattr(meeting, name), language):
            out.append(Entry(BRIEFING_ONE_LANGUAGE, "agenda", "briefing", meeting.id, subject,
                             {"field": name, "language": lang, "other": other_language(lang)}))
    return out


# --------------------------------------------------------------------------- the previous plenary

def previous_plenary_names(previous: Meeting | None) -> list[re.Pattern]:
    """How text prepared from the previous plenary would still name it: its name and its
    date in both languages ("12th Plenary" / "XII Reunión Plenaria", "March 4, 2020" /
    "4 de marzo de 2020"), each as a whole word, in any case."""
    if previous is None:
        return []
    names = []
    for lang in LANGUAGES:
        name = meeting_name(previous.kind.value, previous.number, lang)
        if lang == "en":  # "the 12th Plenary" names it as well as "the 12th Plenary Meeting"
            name = name.removesuffix(" Meeting")
        names += [name, format_date(previous.start_date, lang)]
    return [re.compile(r"(?<!\w)" + re.escape(n).replace(r"\ ", r"\s+") + r"(?!\w)", re.I)
            for n in dict.fromkeys(names)]


def _named(text: str, needles: list[re.Pattern]) -> str:
    """The first mention of the previous plenary in ``text`` ("" if none)."""
    found = [m for m in (n.search(text) for n in needles) if m]
    return min(found, key=lambda m: m.start()).group(0) if found else ""


# --------------------------------------------------------------------------- the parts

def agenda_entries(meeting: Meeting, items: list[AgendaItem], declined: set[int], language: str,
                   *, internal: bool = True, needles: list[re.Pattern] | None = None) -> list[Entry]:
    """The agenda's entries; ``internal`` adds the fields only the briefing book prints.
    ``declined``: ids of the people who declined to attend."""
    plan = schedule(items, meeting.day_start, meeting.day_end, meeting.session_numbering)
    by_id = {item.id: item for item in items}
    fields = BOOK_AGENDA_FIELDS if internal else SHARED_AGENDA_FIELDS
    out: list[Entry] = []
    for item_id in plan.order:
        item = by_id[item_id]
        slot = plan.slots[item_id]
        titles = item.title
        subject = Bilingual(*(" ".join(filter(None, (heading_number(slot.number),
                                                      titles.either(lang))))
                              for lang in LANGUAGES))
        where: dict[str, Any] = {"workspace": "agenda", "entity": "agenda_item", "entity_id": item.id,
                                 "subject": subject}
        for name in fields:
            _one_language(out, getattr(item, name), language, name, **where)
        if item.kind == AgendaKind.ITEM:
            if not item.leads:
                out.append(Entry(NO_LEAD, **where))
            out += [Entry(LEAD_DECLINED, values={"name": full_name(person)}, **where)
                    for person in item.leads if person.id in declined]
            if internal and item.talking_points.is_empty():
                out.append(Entry(NO_TALKING_POINTS, **where))
        # Titles and descriptions are what a copied agenda carries forward; the internal
        # fields may well recall the previous plenary on purpose.
        for name in SHARED_AGENDA_FIELDS:
            for lang in LANGUAGES:
                found = _named(getattr(item, name).get(lang), needles or [])
                if found:
                    out.append(Entry(PREVIOUS_PLENARY, values={
                        "field": name, "language": lang, "found": found}, **where))
        if slot.gap_before:
            out.append(Entry(GAP, values={"minutes": slot.gap_before}, **where))
        if slot.overlap:
            out.append(Entry(OVERLAP, values={"minutes": slot.overlap}, **where))
    # One entry per overrunning day: its last entry, and by how much.
    for day in plan.days():
        leaves = [i for i in plan.order if plan.slots[i].day == day and not plan.children.get(i)]
        late = [i for i in leaves if plan.slots[i].overrun]
        if late:
            last = late[-1]
            item = by_id[last]
            out.append(Entry(OVERRUN, "agenda", "agenda_item", last,
                             Bilingual(*(item.title.either(lang) for lang in LANGUAGES)),
                             {"day": day, "minutes": plan.slots[last].overrun}))
    return out


def delegation_entries(rows: list[Membership], language: str, *,
                       biographies: bool = True) -> list[Entry]:
    """Members' titles (both lists print them); biographies and internal notes only the
    book prints."""
    out: list[Entry] = []
    for membership in rows:
        if membership.attendance == Attendance.DECLINED:
            continue
        person = membership.person
        subject = Bilingual(*(display_name(person, lang) for lang in LANGUAGES))
        where: dict[str, Any] = {"workspace": "delegations", "entity": "membership",
                                 "entity_id": membership.id, "subject": subject}
        if biographies:
            if person.biography.is_empty():
                out.append(Entry(NO_BIOGRAPHY, **where))
            else:
                _one_language(out, person.biography, language, "biography", **where)
            # the book's contact sheet prints both the person's notes and this meeting's
            for notes in (person.internal_notes, membership.internal_notes):
                _one_language(out, notes, language, "internal_notes", **where)
        _one_language(out, membership.title, language, "title", **where)
    return out


def action_entries(lines: list[ActionLine], language: str, *, internal: bool = True) -> list[Entry]:
    """Lines' titles (the report prints them, not their descriptions); internal notes only
    in the book, the one document that prints them."""
    fields = ("title", "internal_notes") if internal else ("title",)
    out: list[Entry] = []
    for line in lines:
        subject = Bilingual(*(f"{line.code} {line.title.either(lang)}" for lang in LANGUAGES))
        where: dict[str, Any] = {"workspace": "actions", "entity": "action_line", "entity_id": line.id,
                                 "subject": subject}
        for name in fields:
            _one_language(out, getattr(line, name), language, name, **where)
    return out


def communique_entries(paragraphs: list[Paragraph], language: str, *,
                       needles: list[re.Pattern] | None = None) -> list[Entry]:
    """Working-draft paragraphs not agreed, agreed but still bracketed or not checked for
    conformity, in one language, or still naming the previous plenary."""
    out: list[Entry] = []
    for number, paragraph in enumerate(paragraphs, start=1):
        text = paragraph.text
        subject = Bilingual(*(_short(text.either(lang)) for lang in LANGUAGES))
        where: dict[str, Any] = {"workspace": "communique", "entity": "paragraph", "entity_id": paragraph.id,
                                 "subject": subject}
        if paragraph.status != ParagraphStatus.AGREED:
            out.append(Entry(NOT_AGREED, values={"number": number}, **where))
        elif agreed_but_bracketed(text, paragraph.status):
            out.append(Entry(AGREED_BRACKETED, values={"number": number}, **where))
        elif getattr(paragraph, "conformity_at", None) is None:
            out.append(Entry(NOT_CONFORMING, values={"number": number}, **where))
        _one_language(out, text, language, "text", **where)
        for lang in LANGUAGES:
            found = _named(text.get(lang), needles or [])
            if found:
                out.append(Entry(PREVIOUS_PLENARY_PARAGRAPH, values={
                    "number": number, "language": lang, "found": found}, **where))
    return out
