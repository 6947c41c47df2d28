"""Pre-flight: what is missing or doubtful before a document is written.

Each entry says what (``kind``), where (the workspace, the entity and its id, so
the window can go there) and about what (``subject``, in both languages). The
window words entries through tr(); the command line and logs use ``text(lang)``.
Nothing here stops an export by itself: ``--strict`` does, in the book.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..i18n.formatting import format_date, meeting_name
from ..model import fields as model_fields
from ..model.bilingual import LANGUAGES, Bilingual
from ..model.entities import (
    ActionLine,
    ActionPlan,
    AgendaItem,
    AgendaKind,
    Attendance,
    Communique,
    CommuniqueVersion,
    Delegation,
    Meeting,
    Membership,
    ParagraphStatus,
)
from ..store.agenda import declined_people
from ..store.meetings import previous_plenary
from .agenda import schedule
from .brackets import agreed_but_bracketed
from .people import display_name, full_name

# Kinds of entry, in the order the list shows them.
CITY_ONE_LANGUAGE = "city_one_language"
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
    "title": ("title", "título"),
    "description": ("description", "descripción"),
    "objective": ("objective", "objetivo"),
    "talking_points": ("talking points", "puntos de conversación"),
    "background": ("background", "antecedentes"),
    "biography": ("biography", "semblanza"),
    "internal_notes": ("internal notes", "notas internas"),
    "text": ("text", "texto"),
}
LANGUAGE_WORDS = {"en": ("English", "inglés"), "es": ("Spanish", "español")}
PART_WORDS = {
    "schedule": ("schedule at a glance", "programa general"),
    "delegations": ("delegation lists", "listas de las delegaciones"),
    "actions": ("action-plan status report", "informe de avance de los planes de acción"),
}

MESSAGES = {
    CITY_ONE_LANGUAGE: ("The meeting's city has no {language} name: the {language} documents "
                        "will use the {other} name “{city}”.",
                        "La ciudad de la reunión no tiene nombre en {language}: los documentos "
                        "en {language} usarán el nombre en {other} «{city}»."),
    ONE_LANGUAGE: ("{subject}: the {field} has no {language} text.",
                   "{subject}: el campo «{field}» no tiene texto en {language}."),
    NO_LEAD: ("{subject}: no one leads this item.", "{subject}: el tema no tiene ponente."),
    LEAD_DECLINED: ("{subject}: {name} leads this item but declined to attend; the joint "
                    "agenda leaves the name out.",
                    "{subject}: {name} es ponente del tema pero declinó asistir; el orden del "
                    "día conjunto omite su nombre."),
    NO_TALKING_POINTS: ("{subject}: no talking points.",
                        "{subject}: no tiene puntos de conversación."),
    PREVIOUS_PLENARY: ("{subject}: the {field} ({language}) names the previous plenary, "
                       "“{found}”.",
                       "{subject}: el campo «{field}» ({language}) menciona la reunión plenaria "
                       "anterior, «{found}»."),
    GAP: ("{subject}: {minutes} min are left empty before its fixed start.",
          "{subject}: quedan {minutes} min sin ocupar antes de su hora fija de inicio."),
    OVERLAP: ("{subject}: its fixed start overlaps the entry before it by {minutes} min.",
              "{subject}: su hora fija de inicio se traslapa {minutes} min con el punto "
              "anterior."),
    OVERRUN: ("Day {day}: {subject} ends {minutes} min after the end of the day.",
              "Día {day}: {subject} termina {minutes} min después del fin de la jornada."),
    NO_BIOGRAPHY: ("{subject}: no biography.", "{subject}: no tiene semblanza."),
    NOT_AGREED: ("Communiqué paragraph {number} is not agreed yet: {subject}",
                 "El párrafo {number} del comunicado aún no está acordado: {subject}"),
    AGREED_BRACKETED: ("Communiqué paragraph {number} is marked agreed but still holds "
                       "bracketed text: {subject}",
                       "El párrafo {number} del comunicado está marcado como acordado pero aún "
                       "tiene texto entre corchetes: {subject}"),
    PREVIOUS_PLENARY_PARAGRAPH: ("Communiqué paragraph {number} ({language}) names the previous "
                                 "plenary, “{found}”.",
                                 "El párrafo {number} del comunicado ({language}) menciona la "
                                 "reunión plenaria anterior, «{found}»."),
    DAMAGED_ANNEX: ("{subject}: the background paper {file} cannot be included ({detail}).",
                    "{subject}: el documento de antecedentes {file} no puede incluirse ({detail})."),
    ANNEX_NOT_MERGED: ("{subject}: the background paper {file} cannot be merged into the "
                       "briefing book ({detail}) and will be left out.",
                       "{subject}: el documento de antecedentes {file} no puede integrarse a la "
                       "carpeta informativa ({detail}) y se omitirá."),
    PART_MISSING: ("The {part} is not available in this version and was left out.",
                   "La sección «{part}» no está disponible en esta versión y se omitió."),
}


@dataclass(frozen=True)
class Entry:
    kind: str
    workspace: str  # meetings, agenda, delegations, actions, communique
    entity: str  # agenda_item, membership, action_line, paragraph, attachment, meeting
    entity_id: int
    subject: Bilingual = field(default_factory=Bilingual)
    values: dict = field(default_factory=dict)  # field, language, minutes, day, number ...

    def text(self, lang: str) -> str:
        """The entry as one sentence in ``lang`` ("en" or "es")."""
        k = LANGUAGES.index(lang)
        words = {name: value for name, value in self.values.items()}
        if "field" in words:
            words["field"] = FIELD_WORDS[words["field"]][k]
        for name in ("language", "other"):
            if name in words:
                words[name] = LANGUAGE_WORDS[words[name]][k]
        if "part" in words:
            words["part"] = PART_WORDS[words["part"]][k]
        return MESSAGES[self.kind][k].format(subject=self.subject.either(lang), **words)


def _missing(value: Bilingual, language: str) -> list[str]:
    """Languages missing from ``value`` that a book in ``language`` would show."""
    wanted = LANGUAGES if language == "bilingual" else (language,)
    return [lang for lang in value.missing_languages() if lang in wanted]


def _one_language(out: list, value: Bilingual, language: str, field_name: str, **where) -> None:
    for lang in _missing(value, language):
        out.append(Entry(ONE_LANGUAGE, values={"field": field_name, "language": lang}, **where))


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def preflight(session: Session, meeting_id: int, language: str = "bilingual",
              document: str = BRIEFING_BOOK) -> list[Entry]:
    """What is doubtful in ``document`` (one of ``DOCUMENTS``) for the meeting, in the order
    of the document: the meeting, the agenda, the people, the plans, the communiqué.

    Each document lists only what it prints: the joint agenda its titles, descriptions,
    leads and times; the delegation lists the members' titles; the status report the
    plans' and lines' titles; the communiqué its paragraphs. The briefing book prints all
    but the communiqué, and the delegation's own fields besides (objectives, talking
    points, background, biographies, internal notes).
    """
    if document not in DOCUMENTS:
        raise ValueError(f"unknown document {document!r}; expected one of {DOCUMENTS}")
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return []
    book = document == BRIEFING_BOOK
    needles = previous_plenary_names(session, meeting)
    entries: list[Entry] = []
    if document != "actions":  # the status report names no city
        entries += meeting_entries(meeting, language)
    if book or document == "agenda":
        entries += agenda_entries(session, meeting, language, internal=book, needles=needles)
    if book or document == "delegations":
        entries += delegation_entries(session, meeting, language, biographies=book)
    if book or document == "actions":
        entries += action_entries(session, language, internal=book)
    if document == "communique":
        entries += communique_entries(session, meeting, language, needles=needles)
    return entries


def meeting_entries(meeting: Meeting, language: str) -> list[Entry]:
    """A city named in one language only: the other language's documents fall back on it."""
    out: list[Entry] = []
    for lang in _missing(meeting.city, language):
        other = "en" if lang == "es" else "es"
        out.append(Entry(CITY_ONE_LANGUAGE, "meetings", "meeting", meeting.id,
                         values={"language": lang, "other": other,
                                 "city": meeting.city.get(other)}))
    return out


# --------------------------------------------------------------------------- the previous plenary

def previous_plenary_names(session: Session, meeting: Meeting) -> list[re.Pattern]:
    """How text prepared from the previous plenary would still name it: its name and its
    date in both languages ("12th Plenary" / "XII Reunión Plenaria", "March 4, 2020" /
    "4 de marzo de 2020"), each as a whole word, in any case."""
    previous = previous_plenary(session, meeting)
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

def agenda_entries(session: Session, meeting: Meeting, language: str, *, internal: bool = True,
                   needles: list[re.Pattern] | None = None) -> list[Entry]:
    """The agenda's entries; ``internal`` adds the fields only the briefing book prints."""
    items = session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
        .options(selectinload(AgendaItem.leads))
    ).all()
    plan = schedule(items, meeting.day_start, meeting.day_end, meeting.session_numbering)
    by_id = {item.id: item for item in items}
    declined = declined_people(session, meeting.id)
    fields = BOOK_AGENDA_FIELDS if internal else SHARED_AGENDA_FIELDS
    out: list[Entry] = []
    for item_id in plan.order:
        item = by_id[item_id]
        slot = plan.slots[item_id]
        titles = item.title
        subject = Bilingual(*(" ".join(filter(None, (slot.number, titles.either(lang))))
                              for lang in LANGUAGES))
        where = {"workspace": "agenda", "entity": "agenda_item", "entity_id": item.id,
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


def delegation_entries(session: Session, meeting: Meeting, language: str, *,
                       biographies: bool = True) -> list[Entry]:
    """Members' titles (both lists print them); biographies only the book prints."""
    rows = session.scalars(
        select(Membership).join(Delegation).where(Delegation.meeting_id == meeting.id)
        .options(selectinload(Membership.person), selectinload(Membership.delegation))
        .order_by(Delegation.id, Membership.precedence)
    ).all()
    out: list[Entry] = []
    for membership in rows:
        if membership.attendance == Attendance.DECLINED:
            continue
        person = membership.person
        subject = Bilingual(*(display_name(person, lang) for lang in LANGUAGES))
        where = {"workspace": "delegations", "entity": "membership", "entity_id": membership.id,
                 "subject": subject}
        if biographies:
            if person.biography.is_empty():
                out.append(Entry(NO_BIOGRAPHY, **where))
            else:
                _one_language(out, person.biography, language, "biography", **where)
        _one_language(out, membership.title, language, "title", **where)
    return out


def action_entries(session: Session, language: str, *, internal: bool = True) -> list[Entry]:
    """Lines' titles (the report prints them, not their descriptions); internal notes only
    in the book, the one document that prints them."""
    lines = session.scalars(
        select(ActionLine).join(ActionPlan).order_by(ActionPlan.position, ActionLine.position)
    ).all()
    fields = ("title", "internal_notes") if internal else ("title",)
    out: list[Entry] = []
    for line in lines:
        subject = Bilingual(*(f"{line.code} {line.title.either(lang)}" for lang in LANGUAGES))
        where = {"workspace": "actions", "entity": "action_line", "entity_id": line.id,
                 "subject": subject}
        for name in fields:
            _one_language(out, getattr(line, name), language, name, **where)
    return out


def communique_entries(session: Session, meeting: Meeting, language: str, *,
                       needles: list[re.Pattern] | None = None) -> list[Entry]:
    """Working-draft paragraphs not agreed, agreed but still bracketed, in one language,
    or still naming the previous plenary."""
    draft = session.scalars(
        select(CommuniqueVersion).join(Communique)
        .where(Communique.meeting_id == meeting.id, CommuniqueVersion.number == 0)
    ).first()
    if draft is None:
        return []
    out: list[Entry] = []
    for number, paragraph in enumerate(draft.paragraphs, start=1):
        text = paragraph.text
        subject = Bilingual(*(_short(text.either(lang)) for lang in LANGUAGES))
        where = {"workspace": "communique", "entity": "paragraph", "entity_id": paragraph.id,
                 "subject": subject}
        if paragraph.status != ParagraphStatus.AGREED:
            out.append(Entry(NOT_AGREED, values={"number": number}, **where))
        elif agreed_but_bracketed(text, paragraph.status):
            out.append(Entry(AGREED_BRACKETED, values={"number": number}, **where))
        _one_language(out, text, language, "text", **where)
        for lang in LANGUAGES:
            found = _named(text.get(lang), needles or [])
            if found:
                out.append(Entry(PREVIOUS_PLENARY_PARAGRAPH, values={
                    "number": number, "language": lang, "found": found}, **where))
    return out
