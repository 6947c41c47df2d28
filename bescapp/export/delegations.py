"""Both delegation lists: a shareable document, in English, Spanish or both side by side.

The host party's list comes first, each list in protocol order. Shareable means
no phone numbers, e-mail addresses or internal notes: the rows come from the
store's ``MemberRow``, which has no notes at all, and contact details are only
written when a contact sheet is asked for. People who declined are left out: the
list tells the counterpart who will be in the room.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..domain.people import display_name, is_woman
from ..i18n import languages
from ..i18n.catalogue import N_, words
from ..i18n.formatting import format_date_range, meeting_name
from ..model.entities import Meeting
from ..store import our_side
from ..store.delegations import MemberRow, PartyList, load_lists
from . import frame, kit

LANGUAGES = languages.DOCUMENT_LANGUAGES
BOTH = languages.CODES

WORDS = {
    "lists": N_("Delegation Lists"),  # English headings in title case throughout
    "contacts": N_("Delegation Contact Sheet"),
    "number": N_("No."),
    "name": N_("Name"),
    "title": N_("Title"),
    "agency": N_("Agency"),
    "email": N_("E-mail"),
    "phone": N_("Phone"),
    "empty": N_("No members yet."),
    "biographies": N_("Biographies"),
    # how someone attends, under their name: the list is of people in the room, so only
    # those joining by video are marked
    "virtual": N_("Taking part virtually"),
}
DELEGATION_OF = {
    "US": N_("Delegation of the United States of America"),
    "MX": N_("Delegation of Mexico"),
}


def word(key: str, language: str) -> kit.Said:
    """A document word in one language, or "English / Español" for a bilingual document."""
    return kit.word(WORDS[key], language)


def _role(role: str, woman: bool, lang: str) -> str:
    """A protocol role under a name; Spanish has a woman's form ("Jefa", "Copresidenta")."""
    catalogue = words(lang)
    if role == "head":
        return (catalogue.pgettext("woman", "Head of delegation") if woman
                else catalogue.gettext("Head of delegation"))
    return catalogue.pgettext("woman", "Co-chair") if woman else catalogue.gettext("Co-chair")


def delegation_heading(party: PartyList, language: str) -> str:
    def one(lang: str) -> str:
        known = DELEGATION_OF.get(party.code)
        return words(lang).gettext(known) if known else party.country.either(lang)

    return kit.each(language, one)


def _meeting_line(meeting: Meeting, lang: str) -> str:
    return "%s — %s, %s" % (  # noqa: UP031
        meeting_name(meeting.kind.value, meeting.number, lang), meeting.city.either(lang),
        format_date_range(meeting.start_date, meeting.end_date, lang))


def _person_text(member: MemberRow, lang: str) -> str:
    """Name, the role when it is a protocol role, and whether they join by video."""
    lines = [display_name(member, lang)]
    if member.role in ("head", "co_chair"):
        woman = is_woman(member.honorific, member.title.es)
        lines.append(_role(member.role, woman, lang))
    if member.is_virtual:
        lines.append(word("virtual", lang))
    return "\n".join(lines)


def _agency_text(member: MemberRow, lang: str) -> str:
    name = member.agency_name.either(lang)
    if name and member.agency_acronym:
        return f"{name} ({member.agency_acronym})"
    return name or member.agency_acronym


def _shown(members: tuple[MemberRow, ...]) -> list[MemberRow]:
    return [m for m in members if m.attendance != "declined"]


def _rows(members: list[MemberRow], language: str, contacts: bool, order: tuple[str, ...]):
    for number, m in enumerate(members, start=1):
        contact = [m.email, m.phone] if contacts else []
        if languages.is_bilingual(language):
            cells = ["\n".join([_person_text(m, lang), m.title.either(lang),
                                _agency_text(m, lang)]).strip() for lang in order]
            yield [str(number), *cells, *contact]
        else:
            yield [str(number), _person_text(m, language), m.title.either(language),
                   _agency_text(m, language), *contact]


def _languages(language: str, contacts: bool,
               order: tuple[str, ...]) -> tuple[str | None, ...] | None:
    """Each column's language: a bilingual list's two columns of people; else the document's."""
    if not languages.is_bilingual(language):
        return None
    return (None, *order, *((None, None) if contacts else ()))


def _header(language: str, contacts: bool, order: tuple[str, ...]) -> list[str]:
    contact = [word("email", language), word("phone", language)] if contacts else []
    if languages.is_bilingual(language):
        return ["#", *kit.language_names(order), *contact]
    return [word("number", language), word("name", language), word("title", language),
            word("agency", language), *contact]


def add_delegation_lists(doc, session, meeting: Meeting, language: str, *,
                         biographies: bool = False, contacts: bool = False,
                         heading_level: int = 1) -> None:
    """Both lists (host first, protocol order) into ``doc``; contacts and bios on request."""
    kit.check_language(language)
    lists = load_lists(session, meeting.id)
    kit.heading(doc, word("contacts" if contacts else "lists", language), heading_level)
    for lang in (kit.document_languages(language)):
        kit.paragraph(doc, _meeting_line(meeting, lang), lang=lang)
    order = kit.column_order(our_side.our_side(session))  # our copy's language on the left
    header = _header(language, contacts, order)
    names = (1, 2) if languages.is_bilingual(language) else (1,)  # in bold (both languages')
    bodies = [[[kit.Cell(value, bold=True) if k in names else value
                for k, value in enumerate(values)]
               for values in _rows(_shown(party.members), language, contacts, order)]
              for party in lists]
    # One set of widths for both lists, from all their rows: the two tables line up, and
    # e-mail addresses and telephone numbers are never broken.
    whole = (0, len(header) - 2, len(header) - 1) if contacts else (0,)
    widths = kit.fit_widths(doc, header, [row for body in bodies for row in body], whole=whole)
    for party, body in zip(lists, bodies, strict=True):
        kit.heading(doc, delegation_heading(party, language), heading_level + 1)
        if not body:
            kit.paragraph(doc, word("empty", language))
            continue
        kit.table(doc, header, body, widths, langs=_languages(language, contacts, order))
    if biographies:
        _add_biographies(doc, lists, language, heading_level + 1)


def _add_biographies(doc, lists: list[PartyList], language: str, level: int) -> None:
    kit.heading(doc, word("biographies", language), level)
    langs = kit.document_languages(language)
    for party in lists:
        for m in _shown(party.members):
            if m.biography.is_empty():
                continue
            name = kit.each(language, lambda lang, m=m: display_name(m, lang))
            kit.paragraph(doc, name, "Field Label")  # kept with the biography below it
            for lang in langs:
                text = m.biography.get(lang) if languages.is_bilingual(language) else \
                    m.biography.either(lang)
                if text:
                    kit.paragraph(doc, text, lang=lang)


def write_delegations(session, meeting_id: int, language: str, path, *,
                      contact_sheet: bool = False, final: bool = False,
                      today: dt.date | None = None) -> Path:
    """Both lists as a whole document, written atomically to ``path``; a draft (marked,
    dated ``today``) unless ``final``."""
    kit.check_language(language)
    meeting = kit.load_meeting(session, meeting_id)
    framed = frame.frame_of(session, meeting, language, final=final, today=today)
    doc = kit.new_document(None, framed.own)
    if contact_sheet:  # two more columns
        kit.landscape(doc)
    # Shareable: the header names the meeting; the contact sheet holds personal data, so
    # it carries our handling marking.
    marking = (frame.in_languages(our_side.read(session).marking, language) if contact_sheet
               else kit.each(language, lambda lang: meeting_name(meeting.kind.value,
                                                                 meeting.number, lang)))
    kit.mark_every_page(doc, marking, language, frame.page_lines(framed))
    frame.add_top(doc, framed)
    add_delegation_lists(doc, session, meeting, language, contacts=contact_sheet)
    frame.describe(doc, framed, WORDS["contacts" if contact_sheet else "lists"])
    return kit.save_atomic(doc, Path(path))


def export_from_cli(session, args) -> list[str]:
    path = write_delegations(session, args.meeting, args.document_language, args.output,
                             contact_sheet=getattr(args, "contact_sheet", False),
                             final=getattr(args, "final", False))
    return [kit.wrote(path)]


# The briefing book's people pages print a member's name, role and way of attending the same way.
person_text = _person_text
