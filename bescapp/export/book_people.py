"""The briefing book's people: each delegation in protocol order, a photograph beside
each biography, and who will not be in the room flagged. The counterpart's first (the
principal reads whom they will meet), then ours; the contact details close our part.
"""

from __future__ import annotations

import io

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm

from ..domain.people import display_name
from ..i18n import languages
from ..i18n.catalogue import N_
from ..store.delegations import MemberRow, PartyList
from . import kit
from .book_blocks import in_language, lines
from .delegations import delegation_heading, person_text

WORDS = {
    "counterpart": N_("Counterpart delegation: {delegation}"),
    "ours": N_("Our delegation: {delegation}"),
    "delegation": N_("Delegation: {delegation}"),
    "empty": N_("No members yet."),
    "declined": N_("Has declined: will not attend."),
    "tentative": N_("Attendance not yet confirmed."),
    "no_bio": N_("No biography on file."),
}
PHOTO_WIDTH = Cm(2.6)
PHOTO_COLUMN, TEXT_COLUMN = Cm(3.2), Cm(13.2)  # within a portrait page's margins


def delegation(doc, party: PartyList, language: str, *, ours: bool | None,
               photos: dict[int, bytes]) -> None:
    """One delegation: a heading naming it, then a row per member."""
    key = "delegation" if ours is None else ("ours" if ours else "counterpart")
    heading = kit.heading(doc, kit.word(WORDS[key], language,
                                        delegation=delegation_heading(party, language)), 1)
    heading.paragraph_format.page_break_before = True
    if not party.members:
        kit.paragraph(doc, kit.word(WORDS["empty"], language))
        return
    table = _table(doc)
    for member in party.members:
        _member_row(table, member, language, photos.get(member.person_id))


def _table(doc):
    table = doc.add_table(rows=0, cols=2)
    table.autofit = False
    table.columns[0].width, table.columns[1].width = PHOTO_COLUMN, TEXT_COLUMN
    kit.paragraph(doc)  # Word needs a paragraph between tables
    return table


def _member_row(table, member: MemberRow, language: str, photo: bytes | None) -> None:
    row = table.add_row()
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    picture, about = row.cells
    picture.width, about.width = PHOTO_COLUMN, TEXT_COLUMN
    if photo:
        picture.paragraphs[0].add_run().add_picture(io.BytesIO(photo), width=PHOTO_WIDTH)
    langs = languages.of_document(language)
    name = " / ".join(dict.fromkeys(display_name(member, lang) for lang in langs))
    first = about.paragraphs[0]
    first.add_run(kit.clean(name)).bold = True
    for lang in langs:
        for line in person_text(member, lang).split("\n")[1:]:  # role, taking part by video
            about.add_paragraph(kit.clean(line))
        details = [in_language(member.title, lang, language), _agency(member, lang)]
        about.add_paragraph(kit.clean(" · ".join(filter(None, details))))
    flag = {"declined": "declined", "tentative": "tentative"}.get(member.attendance)
    if flag:
        about.add_paragraph().add_run(kit.word(WORDS[flag], language)).bold = True
    bio = [line for lang in langs for line in lines(in_language(member.biography, lang, language))]
    for line in bio or [kit.word(WORDS["no_bio"], language)]:
        about.add_paragraph(line)


def _agency(member: MemberRow, lang: str) -> str:
    name = member.agency_name.either(lang)
    if name and member.agency_acronym:
        return f"{name} ({member.agency_acronym})"
    return name or member.agency_acronym
