"""The briefing book's people: each delegation in protocol order, a photograph beside
each biography, and who will not be in the room flagged. The counterpart's first (the
principal reads whom they will meet), then ours; the contact details close our part.
"""

from __future__ import annotations

import io

from docx.oxml.ns import qn
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from ..domain.people import display_name
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
                                        delegation=lambda lang: delegation_heading(party, lang)), 1)
    heading.paragraph_format.page_break_before = True
    if not party.members:
        kit.paragraph(doc, kit.word(WORDS["empty"], language))
        return
    # Written as XML and parsed once (a large meeting lists hundreds); python-docx adds
    # only the pictures, into the cells left for them.
    strong, own = kit.style_id(doc, "Strong"), kit.document_language(doc)
    rows = [_member_row(member, language, strong, own) for member in party.members]
    grid = "".join(f'<w:gridCol w:w="{w.twips}"/>' for w in (PHOTO_COLUMN, TEXT_COLUMN))
    xml = (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr>'
           f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>{kit.paragraph_xml()}')
    table = kit.insert_xml(doc, xml)[0]
    for tr, member in zip(table.iterchildren(qn("w:tr")), party.members, strict=True):
        photo = photos.get(member.person_id)
        if photo:
            cell = next(tr.iterchildren(qn("w:tc")))
            paragraph = Paragraph(next(cell.iterchildren(qn("w:p"))), doc._body)
            paragraph.add_run().add_picture(io.BytesIO(photo), width=PHOTO_WIDTH)


def _cell(width, paragraphs: list[str]) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width.twips}" w:type="dxa"/></w:tcPr>{"".join(paragraphs)}</w:tc>'


def _member_row(member: MemberRow, language: str, strong: str | None, own: str) -> str:
    """One member's row: a cell for the photo, then name (bold), role, title and agency,
    attendance when they will not (or may not) be there, and the biography; each line
    tagged with its language (``own``: the document's, for what belongs to none)."""
    langs = kit.document_languages(language)

    def line(text: str, lang: str | None = None, bold: bool = False) -> str:
        return kit.paragraph_xml([(text, bold)], strong=strong, lang=lang or own)

    name = kit.each(language, lambda lang: display_name(member, lang))
    about = [line(name, bold=True)]
    for lang in langs:
        for role in person_text(member, lang).split("\n")[1:]:  # role, taking part by video
            about.append(line(role, lang))
        details = [in_language(member.title, lang, language), _agency(member, lang)]
        about.append(line(" · ".join(filter(None, details)), lang))
    flag = {"declined": "declined", "tentative": "tentative"}.get(member.attendance)
    if flag:
        about.append(line(kit.word(WORDS[flag], language), bold=True))
    bio: list[tuple[str, str | None]] = [(text, lang) for lang in langs
           for text in lines(in_language(member.biography, lang, language))]
    for text, bio_lang in bio or [(kit.word(WORDS["no_bio"], language), None)]:
        about.append(line(text, bio_lang))
    return (f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{_cell(PHOTO_COLUMN, [kit.paragraph_xml()])}"
            f"{_cell(TEXT_COLUMN, about)}</w:tr>")


def _agency(member: MemberRow, lang: str) -> str:
    name = member.agency_name.either(lang)
    if name and member.agency_acronym:
        return f"{name} ({member.agency_acronym})"
    return name or member.agency_acronym
