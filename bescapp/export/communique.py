"""The joint communiqué: negotiating text with brackets and statuses, or the clean final text.

Shareable: only the paragraphs' text and statuses, the meeting's name, city and
date. Each side's copy names its own country first in the title and, where the
usual pairings occur, in the text.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx.shared import Pt, RGBColor

from ..domain.communique import clean_blockers, country_order
from ..i18n.formatting import format_date, meeting_name
from ..model.bilingual import Bilingual
from ..model.entities import ParagraphStatus
from ..store.communique import ParagraphRow, draft_paragraphs
from . import kit

LANGUAGE_CHOICES = ("en", "es", "bilingual")
COPIES = {"us": "US", "mx": "MX"}

TITLES = {
    ("US", "en"): "United States–Mexico Joint Communiqué",
    ("US", "es"): "Comunicado Conjunto Estados Unidos–México",
    ("MX", "en"): "Mexico–United States Joint Communiqué",
    ("MX", "es"): "Comunicado Conjunto México–Estados Unidos",
}
WORDS = {
    "negotiating": {"en": "Negotiating text: square brackets mark text not yet agreed.",
                    "es": "Texto en negociación: los corchetes señalan el texto aún no acordado."},
    "column": {"en": "English", "es": "Español"},
    "status": {"en": "Status", "es": "Estado"},
}
STATUS_WORDS = {
    ParagraphStatus.DRAFT: {"en": "Draft", "es": "Borrador"},
    ParagraphStatus.BRACKETED: {"en": "Bracketed", "es": "Entre corchetes"},
    ParagraphStatus.AD_REFERENDUM: {"en": "Ad referendum", "es": "Ad referéndum"},
    ParagraphStatus.AGREED: {"en": "Agreed", "es": "Acordado"},
}
_BRACKETS = re.compile(r"(\[[^\[\]]*\])")
_STATUS_COLOUR = RGBColor(0x59, 0x59, 0x59)


def refusal_for_clean(rows: list[ParagraphRow]) -> str | None:
    """Why the clean text cannot be printed yet, naming the paragraphs; None when it can."""
    not_agreed, still_bracketed = clean_blockers(rows)
    pending = [f"{r.position + 1} ({STATUS_WORDS[r.status]['en'].lower()})" for r in not_agreed]
    bracketed = [str(r.position + 1) for r in still_bracketed]
    reasons = []
    if pending:
        noun = "paragraph" if len(pending) == 1 else "paragraphs"
        verb = "is" if len(pending) == 1 else "are"
        reasons.append(f"{noun} {', '.join(pending)} {verb} not agreed")
    if bracketed:
        noun = "paragraph" if len(bracketed) == 1 else "paragraphs"
        reasons.append(f"agreed {noun} {', '.join(bracketed)} still show square brackets")
    if not reasons:
        return None
    return "the clean communiqué is printed only when every paragraph is agreed: " + "; ".join(
        reasons) + ". Export the negotiating text instead, or agree the paragraphs first."


def write_communique(session, meeting_id: int, language: str, path, *, copy: str = "us",
                     clean: bool = False) -> Path:
    if language not in LANGUAGE_CHOICES:
        raise kit.ExportRefused(f"unknown language {language!r}; use en, es or bilingual")
    if copy not in COPIES:
        raise kit.ExportRefused(f"unknown copy {copy!r}; use us or mx")
    meeting = kit.load_meeting(session, meeting_id)
    rows = draft_paragraphs(session, meeting.id)
    if not rows:
        raise kit.ExportRefused("the meeting's communiqué has no paragraphs yet; generate a "
                                "draft in the Communiqué workspace first")
    if clean and (reason := refusal_for_clean(rows)):
        raise kit.ExportRefused(reason)
    first = COPIES[copy]
    rows = [ParagraphRow(r.id, r.position, _ordered(r.text, first), r.status) for r in rows]
    document_language = "en" if language == "bilingual" else language
    doc = kit.new_document(None, document_language)
    kit.mark_every_page(doc, meeting_name(meeting.kind.value, meeting.number, document_language),
                        document_language)
    languages = ("en", "es") if language == "bilingual" else (language,)
    kit.paragraph(doc, " / ".join(TITLES[(first, lang)] for lang in languages), "Title")
    for lang in languages:
        kit.paragraph(doc, _dateline(meeting, lang), "Subtitle")
    if not clean:
        for lang in languages:
            kit.paragraph(doc, WORDS["negotiating"][lang], "Small")
    if language == "bilingual":
        _bilingual(doc, rows, clean)
    else:
        for row in rows:
            _add_text(doc.add_paragraph(), row, language, clean)
    return kit.save_atomic(doc, Path(path))


def _ordered(text: Bilingual, first: str) -> Bilingual:
    return Bilingual(country_order(text.en, "en", first), country_order(text.es, "es", first))


def _dateline(meeting, lang: str) -> str:
    name = meeting_name(meeting.kind.value, meeting.number, lang)
    return f"{name} · {meeting.city.either(lang)}, {format_date(meeting.start_date, lang)}"


def _add_text(paragraph, row: ParagraphRow, lang: str, clean: bool) -> None:
    """The paragraph's text; in negotiating text, numbered, brackets in bold, status after."""
    if not clean:
        paragraph.add_run(f"{row.position + 1}. ")
    for part in _BRACKETS.split(kit.clean(row.text.get(lang))):
        if part:
            paragraph.add_run(part).bold = bool(_BRACKETS.fullmatch(part)) and not clean
    if not clean:
        mark = paragraph.add_run(f" ({STATUS_WORDS[row.status][lang]})")
        mark.italic = True
        mark.font.size = Pt(9)
        mark.font.color.rgb = _STATUS_COLOUR


def _bilingual(doc, rows: list[ParagraphRow], clean: bool) -> None:
    table = kit.bilingual_table(doc, [("", "") for _ in rows],
                                (WORDS["column"]["en"], WORDS["column"]["es"]))
    for row, table_row in zip(rows, table.rows[1:], strict=True):
        for lang, cell in zip(("en", "es"), table_row.cells, strict=True):
            _add_text(cell.paragraphs[0], row, lang, clean)


def export_from_cli(session, args) -> list[str]:
    path = write_communique(session, args.meeting, args.language, args.output,
                            copy=getattr(args, "copy", "us") or "us",
                            clean=getattr(args, "clean", False))
    return [f"wrote {path}"]
