"""Pre-flight: what is missing or doubtful before the briefing book is written.

Each entry says what (``kind``), where (the workspace, the entity and its id, so
the window can go there) and about what (``subject``, in both languages). The
window words entries through tr(); the command line and logs use ``text(lang)``.
Nothing here stops an export by itself: ``--strict`` does, in the book.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..store.agenda import declined_people
from ..store.bilingual import LANGUAGES, Bilingual
from ..store.models import (
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
from .agenda import schedule
from .people import display_name, full_name

# Kinds of entry, in the order the list shows them.
ONE_LANGUAGE = "one_language"
NO_LEAD = "no_lead"
LEAD_DECLINED = "lead_declined"
NO_TALKING_POINTS = "no_talking_points"
OVERRUN = "overrun"
NO_BIOGRAPHY = "no_biography"
BRACKETED = "bracketed"
DAMAGED_ANNEX = "damaged_annex"  # found by the book, which reads the papers
ANNEX_NOT_MERGED = "annex_not_merged"  # a paper Word can read that the book cannot merge
PART_MISSING = "part_missing"  # a part of the book whose module is not installed

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
    ONE_LANGUAGE: ("{subject}: the {field} has no {language} text.",
                   "{subject}: el campo «{field}» no tiene texto en {language}."),
    NO_LEAD: ("{subject}: no one leads this item.", "{subject}: el tema no tiene ponente."),
    LEAD_DECLINED: ("{subject}: {name} leads this item but declined to attend; the joint "
                    "agenda leaves the name out.",
                    "{subject}: {name} es ponente del tema pero declinó asistir; el orden del "
                    "día conjunto omite su nombre."),
    NO_TALKING_POINTS: ("{subject}: no talking points.",
                        "{subject}: no tiene puntos de conversación."),
    OVERRUN: ("Day {day}: {subject} ends {minutes} min after the end of the day.",
              "Día {day}: {subject} termina {minutes} min después del fin de la jornada."),
    NO_BIOGRAPHY: ("{subject}: no biography.", "{subject}: no tiene semblanza."),
    BRACKETED: ("Communiqué paragraph {number} is not agreed yet: {subject}",
                "El párrafo {number} del comunicado aún no está acordado: {subject}"),
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
        if "language" in words:
            words["language"] = LANGUAGE_WORDS[words["language"]][k]
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


def preflight(session: Session, meeting_id: int, language: str = "bilingual") -> list[Entry]:
    """Everything doubtful in the meeting's book, agenda first, then people, plans, communiqué."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return []
    entries: list[Entry] = []
    entries += agenda_entries(session, meeting, language)
    entries += delegation_entries(session, meeting, language)
    entries += action_entries(session, language)
    entries += communique_entries(session, meeting, language)
    return entries


def agenda_entries(session: Session, meeting: Meeting, language: str) -> list[Entry]:
    items = session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
        .options(selectinload(AgendaItem.leads))
    ).all()
    plan = schedule(items, meeting.day_start, meeting.day_end, meeting.session_numbering)
    by_id = {item.id: item for item in items}
    declined = declined_people(session, meeting.id)
    out: list[Entry] = []
    for item_id in plan.order:
        item = by_id[item_id]
        number = plan.slots[item_id].number
        titles = item.title
        subject = Bilingual(*(" ".join(filter(None, (number, titles.either(lang)))) for lang in LANGUAGES))
        where = {"workspace": "agenda", "entity": "agenda_item", "entity_id": item.id,
                 "subject": subject}
        for name in ("title", "description", "objective", "talking_points", "background"):
            _one_language(out, getattr(item, name), language, name, **where)
        if item.kind == AgendaKind.ITEM:
            if not item.leads:
                out.append(Entry(NO_LEAD, **where))
            out += [Entry(LEAD_DECLINED, values={"name": full_name(person)}, **where)
                    for person in item.leads if person.id in declined]
            if item.talking_points.is_empty():
                out.append(Entry(NO_TALKING_POINTS, **where))
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


def delegation_entries(session: Session, meeting: Meeting, language: str) -> list[Entry]:
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
        if person.biography.is_empty():
            out.append(Entry(NO_BIOGRAPHY, **where))
        else:
            _one_language(out, person.biography, language, "biography", **where)
        _one_language(out, membership.title, language, "title", **where)
    return out


def action_entries(session: Session, language: str) -> list[Entry]:
    lines = session.scalars(
        select(ActionLine).join(ActionPlan).order_by(ActionPlan.position, ActionLine.position)
    ).all()
    out: list[Entry] = []
    for line in lines:
        subject = Bilingual(*(f"{line.code} {line.title.either(lang)}" for lang in LANGUAGES))
        where = {"workspace": "actions", "entity": "action_line", "entity_id": line.id,
                 "subject": subject}
        for name in ("title", "description", "internal_notes"):
            _one_language(out, getattr(line, name), language, name, **where)
    return out


def communique_entries(session: Session, meeting: Meeting, language: str) -> list[Entry]:
    """Working-draft paragraphs not agreed, or still holding a bracket."""
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
        if paragraph.status != ParagraphStatus.AGREED or "[" in text.en or "[" in text.es:
            out.append(Entry(BRACKETED, values={"number": number}, **where))
        _one_language(out, text, language, "text", **where)
    return out
