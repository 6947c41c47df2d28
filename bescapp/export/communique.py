"""The joint communiqué: negotiating text with brackets and statuses, or the clean final text.

Shareable: only the paragraphs' text and statuses, the meeting's name, city and
date. Each side's copy names its own country first in the title and, where the
usual pairings occur, in the text.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from docx.shared import Pt, RGBColor

from ..domain.communique import clean_blockers, country_order
from ..i18n import languages
from ..i18n.catalogue import N_, say, say_n
from ..i18n.formatting import format_date, meeting_name
from ..model.bilingual import Bilingual
from ..model.entities import ParagraphStatus
from ..store.communique import ParagraphRow, draft_paragraphs, draft_revision
from . import frame, kit

LANGUAGE_CHOICES = languages.DOCUMENT_LANGUAGES
COPIES = {"us": "US", "mx": "MX"}

TITLES = {
    "US": N_("United States–Mexico Joint Communiqué"),
    "MX": N_("Mexico–United States Joint Communiqué"),
}
WORDS = {
    "negotiating": N_("Negotiating text: square brackets mark text not yet agreed."),
}
STATUS_WORDS = {
    ParagraphStatus.DRAFT: N_("Draft"),
    ParagraphStatus.BRACKETED: N_("Bracketed"),
    ParagraphStatus.AD_REFERENDUM: N_("Ad referendum"),
    ParagraphStatus.AGREED: N_("Agreed"),
}
_BRACKETS = re.compile(r"(\[[^\[\]]*\])")
_STATUS_COLOUR = RGBColor(0x59, 0x59, 0x59)


def refusal_for_clean(rows: list[ParagraphRow]) -> str | None:
    """Why the clean text cannot be printed yet, naming the paragraphs; None when it can
    (in the messages language)."""
    not_agreed, still_bracketed = clean_blockers(rows)
    pending = [f"{r.position + 1} ({say(STATUS_WORDS[r.status]).lower()})" for r in not_agreed]
    bracketed = [str(r.position + 1) for r in still_bracketed]
    reasons = []
    if pending:
        reasons.append(say_n("paragraph {numbers} is not agreed",
                             "paragraphs {numbers} are not agreed", len(pending),
                             numbers=", ".join(pending)))
    if bracketed:
        reasons.append(say_n("agreed paragraph {numbers} still shows square brackets",
                             "agreed paragraphs {numbers} still show square brackets",
                             len(bracketed), numbers=", ".join(bracketed)))
    if not reasons:
        return None
    return say(N_("the clean communiqué is printed only when every paragraph is agreed: "
                  "{reasons}. Export the negotiating text instead, or agree the paragraphs "
                  "first."), reasons="; ".join(reasons))


def write_communique(session, meeting_id: int, language: str, path, *, copy: str = "us",
                     clean: bool = False, final: bool = False,
                     today: dt.date | None = None) -> Path:
    """The communiqué exported from the working draft: the negotiating text is a draft
    (marked unless ``final``) and prints its revision (``draft_revision``); the clean
    text is final by definition and prints neither."""
    kit.check_language(language)
    if copy not in COPIES:
        raise kit.ExportRefused(say(N_("unknown copy {copy!r}; use us or mx"), copy=copy))
    meeting = kit.load_meeting(session, meeting_id)
    rows = draft_paragraphs(session, meeting.id)
    if not rows:
        raise kit.ExportRefused(say(N_("the meeting's communiqué has no paragraphs yet; "
                                       "generate a draft in the Communiqué workspace first")))
    if clean and (reason := refusal_for_clean(rows)):
        raise kit.ExportRefused(reason)
    first = COPIES[copy]
    rows = [ParagraphRow(r.id, r.position, _ordered(r.text, first), r.status) for r in rows]
    # Each copy's first language is its own: a bilingual Mexican copy is Spanish first.
    own = ("es" if first == "MX" else "en") if languages.is_bilingual(language) else language
    framed = frame.frame_of(session, meeting, language, own=own, final=final or clean,
                            today=today,
                            revision=None if clean else draft_revision(session, meeting.id))
    doc = kit.new_document(None, own)
    kit.mark_every_page(doc, frame.meeting_name_of(framed), language, frame.page_lines(framed))
    frame.add_top(doc, framed)
    kit.paragraph(doc, framed.word(TITLES[first]), "Title")
    for lang in framed.langs():
        kit.paragraph(doc, _dateline(meeting, lang), "Subtitle", lang=lang)
    if not clean:
        for lang in framed.langs():
            kit.paragraph(doc, say(WORDS["negotiating"], lang), "Small", lang=lang)
    if languages.is_bilingual(language):
        _bilingual(doc, rows, clean)
    else:
        for row in rows:
            _add_text(doc.add_paragraph(), row, language, clean)
    frame.describe(doc, framed, TITLES[first])
    return kit.save_atomic(doc, Path(path))


def _ordered(text: Bilingual, first: str) -> Bilingual:
    return Bilingual(country_order(text.en, "en", first), country_order(text.es, "es", first))


def _dateline(meeting, lang: str) -> str:
    name = meeting_name(meeting.kind.value, meeting.number, lang)
    return f"{name} · {meeting.city.either(lang)}, {format_date(meeting.start_date, lang)}"


def _add_text(paragraph, row: ParagraphRow, lang: str, clean: bool) -> None:
    """The paragraph's text; in negotiating text, numbered, brackets in bold, status after."""
    if not clean:
        kit.add_run(paragraph, f"{row.position + 1}. ", lang)
    for part in _BRACKETS.split(kit.clean(row.text.get(lang))):
        if part:
            kit.add_run(paragraph, part, lang).bold = bool(_BRACKETS.fullmatch(part)) and not clean
    if not clean:
        mark = kit.add_run(paragraph, f" ({say(STATUS_WORDS[row.status], lang)})", lang)
        mark.italic = True
        mark.font.size = Pt(9)
        mark.font.color.rgb = _STATUS_COLOUR


def _bilingual(doc, rows: list[ParagraphRow], clean: bool) -> None:
    table = kit.bilingual_table(doc, [("", "") for _ in rows], tuple(kit.language_names()))
    for row, table_row in zip(rows, table.rows[1:], strict=True):
        for lang, cell in zip(languages.CODES, table_row.cells, strict=True):
            _add_text(cell.paragraphs[0], row, lang, clean)


def export_from_cli(session, args) -> list[str]:
    path = write_communique(session, args.meeting, args.document_language, args.output,
                            copy=getattr(args, "copy", "us") or "us",
                            clean=getattr(args, "clean", False),
                            final=getattr(args, "final", False))
    return [kit.wrote(path)]
