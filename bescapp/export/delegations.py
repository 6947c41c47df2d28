"""Both delegation lists: a shareable document, in English, Spanish or both side by side.

The host party's list comes first, each list in protocol order. Shareable means
no phone numbers, e-mail addresses or internal notes: the rows come from the
store's ``MemberRow``, which has no notes at all, and contact details are only
written when a contact sheet is asked for. People who declined are left out: the
list tells the counterpart who will be in the room.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.people import display_name, is_woman
from ..i18n import languages
from ..i18n.catalogue import N_, words
from ..i18n.formatting import format_date_range, meeting_name
from ..model.entities import Meeting
from ..store.delegations import MemberRow, PartyList, load_lists
from . import kit

LANGUAGES = languages.DOCUMENT_LANGUAGES
BOTH = languages.CODES

WORDS = {
    "lists": N_("Delegation lists"),
    "contacts": N_("Delegation contact sheet"),
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


def word(key: str, language: str) -> str:
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

    return " / ".join(one(lang) for lang in BOTH) if languages.is_bilingual(language) else one(language)


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


def _rows(members: list[MemberRow], language: str, contacts: bool):
    for number, m in enumerate(members, start=1):
        contact = [m.email, m.phone] if contacts else []
        if languages.is_bilingual(language):
            cells = ["\n".join([_person_text(m, lang), m.title.either(lang),
                                _agency_text(m, lang)]).strip() for lang in BOTH]
            yield [str(number), *cells, *contact]
        else:
            yield [str(number), _person_text(m, language), m.title.either(language),
                   _agency_text(m, language), *contact]


def _header(language: str, contacts: bool) -> tuple[list[str], tuple[float, ...]]:
    contact = [word("email", language), word("phone", language)] if contacts else []
    if languages.is_bilingual(language):
        widths: tuple[float, ...] = (36, 197, 197, 150, 68) if contacts else (36, 216, 216)
        return ["#", *kit.language_names(), *contact], widths
    widths = (36, 127, 157, 120, 130, 78) if contacts else (36, 137, 177, 118)  # "Núm." whole
    return [word("number", language), word("name", language), word("title", language),
            word("agency", language), *contact], widths


def add_delegation_lists(doc, session, meeting: Meeting, language: str, *,
                         biographies: bool = False, contacts: bool = False,
                         heading_level: int = 1) -> None:
    """Both lists (host first, protocol order) into ``doc``; contacts and bios on request."""
    kit.check_language(language)
    lists = load_lists(session, meeting.id)
    kit.heading(doc, word("contacts" if contacts else "lists", language), heading_level)
    for lang in (languages.of_document(language)):
        kit.paragraph(doc, _meeting_line(meeting, lang))
    header, widths = _header(language, contacts)
    for party in lists:
        kit.heading(doc, delegation_heading(party, language), heading_level + 1)
        members = _shown(party.members)
        if not members:
            kit.paragraph(doc, word("empty", language))
            continue
        names = (1, 2) if languages.is_bilingual(language) else (1,)  # in bold (both languages')
        body = [[kit.Cell(value, bold=True) if k in names else value
                 for k, value in enumerate(values)]
                for values in _rows(members, language, contacts)]
        kit.table(doc, header, body, widths)
    if biographies:
        _add_biographies(doc, lists, language, heading_level + 1)


def _add_biographies(doc, lists: list[PartyList], language: str, level: int) -> None:
    kit.heading(doc, word("biographies", language), level)
    langs = languages.of_document(language)
    for party in lists:
        for m in _shown(party.members):
            if m.biography.is_empty():
                continue
            name = " / ".join(dict.fromkeys(display_name(m, lang) for lang in langs))
            kit.paragraph(doc, name).runs[0].bold = True
            for lang in langs:
                text = m.biography.get(lang) if languages.is_bilingual(language) else \
                    m.biography.either(lang)
                if text:
                    kit.paragraph(doc, text)


def write_delegations(session, meeting_id: int, language: str, path, *,
                      contact_sheet: bool = False) -> Path:
    """Both lists as a whole document, written atomically to ``path``."""
    kit.check_language(language)
    meeting = kit.load_meeting(session, meeting_id)
    document_language = languages.body_language(language)
    doc = kit.new_document(None, document_language)
    if contact_sheet:  # two more columns
        kit.landscape(doc)
    # Shareable: the header names the meeting, not our handling marking.
    kit.mark_every_page(doc, meeting_name(meeting.kind.value, meeting.number, document_language),
                        document_language)
    add_delegation_lists(doc, session, meeting, language, contacts=contact_sheet)
    return kit.save_atomic(doc, Path(path))


def export_from_cli(session, args) -> list[str]:
    path = write_delegations(session, args.meeting, args.document_language, args.output,
                             contact_sheet=getattr(args, "contact_sheet", False))
    return [kit.wrote(path)]


# The briefing book's people pages print a member's name, role and way of attending the same way.
person_text = _person_text
