"""The briefing book's annexes: the draft communiqué as it stands, the previous plenary's
communiqué, the action-plan status report, and every background paper merged with its
own formatting. Each annex starts a section of its own, is a heading in the contents,
and its pages' footer names it ("Annex A: Draft joint communiqué").
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from ..domain.brackets import side_after
from ..i18n import languages
from ..i18n.catalogue import N_, say
from ..i18n.formatting import meeting_name
from ..store.communique import ParagraphRow
from . import kit
from .book_blocks import Blocks
from .communique import BRACKETS, SIDE_WORDS, STATUS_WORDS

WORDS = {
    "annex": N_("Annex {letter}: {title}"),
    "draft_communique": N_("Draft joint communiqué, as it stands"),
    "previous_communique": N_("Joint communiqué of the {meeting}"),
    "status_report": N_("Action-plan status report"),
    "paper": N_("{file} (for “{item}”)"),
    "no_communique": N_("The meeting's communiqué has no paragraphs yet."),
    "negotiating": N_("Each paragraph's status follows it; square brackets mark text not yet "
                      "agreed."),
    "saved_as": N_("As last saved: {label}"),
}


def letter(n: int) -> str:
    """A, B, ... Z, AA, AB ...: annexes past the 26th still get a name."""
    letters = string.ascii_uppercase
    return letters[n] if n < 26 else letter(n // 26 - 1) + letters[n % 26]


@dataclass
class Annexes:
    """The annexes as they are added, lettered in order; their headings, so each section's
    footer can name the annex it holds once the book is laid out."""

    doc: DocxDocument
    language: str
    headings: dict = field(default_factory=dict)  # heading element -> the annex's name

    def name(self, message: str, index: int | None = None, **values) -> str:
        """The next annex's name (or the ``index``-th's, 0 for A): "Annex C: Action-plan
        status report"."""
        index = len(self.headings) if index is None else index
        return kit.word(WORDS["annex"], self.language, letter=letter(index),
                        title=lambda lang: say(message, lang, **{
                            k: (v(lang) if callable(v) else v) for k, v in values.items()}))

    def start(self, message: str, *, landscape: bool = False, **values) -> str:
        """A new section and the annex's heading; its name."""
        from .briefing_book import new_section

        name = self.name(message, **values)
        new_section(self.doc, landscape=landscape)
        self.headings[kit.heading(self.doc, name, 1)._p] = name
        return name


def communique_annex(out: Blocks, rows: list[ParagraphRow], language: str, *,
                     negotiating: bool) -> None:
    """The paragraphs numbered; in a draft, the brackets in bold and each status after it."""
    if not rows:
        out.paragraph([(kit.word(WORDS["no_communique"], language), False)])
        return
    if negotiating:
        out.paragraph([(kit.word(WORDS["negotiating"], language), False)], "Small")
    if languages.is_bilingual(language):
        order = kit.column_order(out.side)  # our copy's language on the left
        body = [[("", [_paragraph_text(row, lang, negotiating)]) for lang in order]
                for row in rows]
        half = kit.usable_width(out.doc) / 2
        out.table(kit.language_names(order), body, (half, half), langs=order)
        return
    brackets = kit.style_id(out.doc, "Bracketed Text")  # as the communiqué shows them
    for row in rows:
        out.parts.append(kit.paragraph_xml(_runs(row, language, negotiating), strong=brackets,
                                           lang=language))


def _runs(row: ParagraphRow, lang: str, negotiating: bool) -> list[tuple[str, bool]]:
    """(text, bracketed) runs: the number, the text with each bracket and the side that
    proposed it ("[ampliar]EUA", as the communiqué export words it), the status."""
    runs: list[tuple[str, bool]] = [(f"{row.position + 1}. ", False)]
    for part in BRACKETS.split(kit.clean(row.text.get(lang) or row.text.either(lang))):
        if not part:
            continue
        if not BRACKETS.fullmatch(part):
            runs.append((part, False))
            continue
        side = side_after(part, part.rindex("]") + 1)
        text = part[:len(part) - len(side)] + (say(SIDE_WORDS[side], lang) if side else "")
        runs.append((text, negotiating))
    if negotiating:
        runs.append((f" ({say(STATUS_WORDS[row.status], lang)})", False))
    return runs


def _paragraph_text(row: ParagraphRow, lang: str, negotiating: bool) -> str:
    return "".join(text for text, _bold in _runs(row, lang, negotiating))


def previous_title(meeting, lang: str) -> str:
    return meeting_name(meeting.kind.value, meeting.number, lang)


def name_the_annexes_in_footers(doc, headings: dict) -> None:
    """Each section that holds (or continues) an annex names it in its footer, under the
    marking: walk the body, and at each section's end note the annex then in force."""
    if not headings:
        return
    per_section: list[str | None] = []
    current: str | None = None
    for block in doc.element.body.iterchildren():
        if block in headings:
            current = headings[block]
        if block.tag == qn("w:p") and block.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            per_section.append(current)
    per_section.append(current)  # the body's own sectPr: the last section
    for section, name in zip(doc.sections, per_section, strict=False):
        if name is None:
            continue
        kit.add_text(section.footer.add_paragraph(style=_centred_small(doc)), name)


def _centred_small(doc):
    try:
        return doc.styles["Page Numbers"]  # small and centred, as the page numbers above it
    except KeyError:  # a user's template without our styles
        return None
