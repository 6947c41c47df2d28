"""The joint communiqué: negotiating text with brackets and statuses, or the clean final text.

Shareable: only the paragraphs' text and statuses, the meeting's name, city and
date. Each side's copy names its own country first in the title and, where the
usual pairings occur, in the text.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..domain.brackets import side_after
from ..domain.communique import clean_blockers, country_order
from ..i18n import languages
from ..i18n.catalogue import N_, say, say_n
from ..i18n.formatting import format_date_range, meeting_name
from ..model.bilingual import Bilingual
from ..model.entities import ParagraphStatus
from ..store.communique import ParagraphRow, draft_paragraphs, draft_revision
from . import frame, house_style, kit, negotiation
from .side_tags import SIDE_WORDS

LANGUAGE_CHOICES = languages.DOCUMENT_LANGUAGES
COPIES = {"us": "US", "mx": "MX"}

TITLES = {
    "US": N_("United States–Mexico Joint Communiqué"),
    "MX": N_("Mexico–United States Joint Communiqué"),
}
WORDS = {
    "negotiating": N_("Negotiating text: square brackets mark text not yet agreed."),
    "legend": N_("Alternatives proposed by each side:"),
}
# the legend's samples: each side's name in brackets, in that side's style
COUNTRY_WORDS = {"US": N_("[United States]"), "MX": N_("[Mexico]")}
STATUS_WORDS = {
    ParagraphStatus.DRAFT: N_("Draft"),
    ParagraphStatus.BRACKETED: N_("Bracketed"),
    ParagraphStatus.AD_REFERENDUM: N_("Ad referendum"),
    ParagraphStatus.AGREED: N_("Agreed"),
}
BRACKETS = re.compile(r"(\[[^\[\]]*\](?:(?:US|MX)(?![^\W_]))?)")


def refusal_for_clean(rows: list[ParagraphRow]) -> str | None:
    """Why the clean text cannot be printed yet, naming the paragraphs; None when it can
    (in the messages language)."""
    not_agreed, still_bracketed, not_conforming = clean_blockers(rows)
    pending = [f"{r.position + 1} ({say(STATUS_WORDS[r.status]).lower()})" for r in not_agreed]
    bracketed = [str(r.position + 1) for r in still_bracketed]
    unchecked = [str(r.position + 1) for r in not_conforming]
    reasons = []
    if pending:
        reasons.append(say_n("paragraph {numbers} is not agreed",
                             "paragraphs {numbers} are not agreed", len(pending),
                             numbers=", ".join(pending)))
    if bracketed:
        reasons.append(say_n("agreed paragraph {numbers} still shows square brackets",
                             "agreed paragraphs {numbers} still show square brackets",
                             len(bracketed), numbers=", ".join(bracketed)))
    if unchecked:
        reasons.append(say_n("paragraph {numbers} is not checked for conformity (the two "
                             "language texts saying the same)",
                             "paragraphs {numbers} are not checked for conformity (the two "
                             "language texts saying the same)",
                             len(unchecked), numbers=", ".join(unchecked)))
    if not reasons:
        return None
    return say(N_("the clean communiqué is printed only when every paragraph is agreed and "
                  "conforming: {reasons}. Export the negotiating text instead, or agree the "
                  "paragraphs and check their conformity first."), reasons="; ".join(reasons))


def write_communique(session, meeting_id: int, language: str, path, *, copy: str = "us",
                     clean: bool = False, changes_from: int | None = None,
                     final: bool = False, today: dt.date | None = None) -> Path:
    """The communiqué exported from the working draft: the negotiating text is a draft
    (marked unless ``final``) and prints its revision (``draft_revision``); the clean
    text is final by definition and prints neither. ``changes_from`` (a version number)
    shows the differences from that version as Word revisions."""
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
    changes = negotiation.prepare(session, meeting.id, rows, changes_from, language, first)
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
        sides = _sides([r.text for r in rows] + [r.text for r in changes.base or []])
        for lang in framed.langs():
            kit.paragraph(doc, say(WORDS["negotiating"], lang), "Small", lang=lang)
            if sides:
                _legend(doc, lang, sorted(sides, key=lambda side: side != first))
    if changes.base is not None:
        # the same Word numbering and styles as the draft, the differences as revisions
        lists = {lang: house_style.numbered_list(doc) for lang in kit.document_languages(language)}
        changes.write(doc, _ordered,
                      lambda paragraph, row, lang, plain: _add_text(doc, paragraph, row, lang,
                                                                    plain, lists[lang]),
                      _add_status, lambda paragraph, lang: _number(paragraph, lists[lang]))
    elif languages.is_bilingual(language):
        _bilingual(doc, rows, clean, kit.column_order(first))
    else:
        numbers = None if clean else house_style.numbered_list(doc)
        for row in rows:
            _add_text(doc, doc.add_paragraph(), row, language, clean, numbers)
    changes.mark(doc)
    frame.describe(doc, framed, TITLES[first])
    return kit.save_atomic(doc, Path(path))


def _sides(texts: list[Bilingual]) -> set[str]:
    """The sides named after a bracketed alternative anywhere in the text."""
    found = set()
    for text in texts:
        for lang in languages.CODES:
            value = text.get(lang)
            for match in BRACKETS.finditer(value):
                side = side_after(match.group(0), match.group(0).rindex("]") + 1)
                if side:
                    found.add(side)
    return found


def _legend(doc, lang: str, sides: list[str]) -> None:
    """"Alternatives proposed by each side: [United States]US [Mexico]MX", each sample in
    its side's styles, as the text shows them."""
    paragraph = kit.paragraph(doc, say(WORDS["legend"], lang), "Small", lang=lang)
    for side in sides:
        kit.add_run(paragraph, " ", lang)
        kit.add_run(paragraph, say(COUNTRY_WORDS[side], lang), lang).style = \
            doc.styles[house_style.bracket_style(side)]
        kit.add_run(paragraph, say(SIDE_WORDS[side], lang), lang).style = \
            doc.styles[house_style.side_style(side)]


def _ordered(text: Bilingual, first: str) -> Bilingual:
    return Bilingual(country_order(text.en, "en", first), country_order(text.es, "es", first))


def _dateline(meeting, lang: str) -> str:
    """"XIII Reunión Plenaria · Washington, D.C., 6–7 de mayo de 2026": every day it met."""
    name = meeting_name(meeting.kind.value, meeting.number, lang)
    days = format_date_range(meeting.start_date, meeting.end_date or meeting.start_date, lang)
    return f"{name} · {meeting.city.either(lang)}, {days}"


def _add_text(doc, paragraph, row: ParagraphRow, lang: str, clean: bool,
              numbers: str | None) -> None:
    """The paragraph's text; in the negotiating text numbered by Word (``numbers``: the
    list's numId), brackets in bold and the status after it, each by its style."""
    _number(paragraph, numbers)
    for part in BRACKETS.split(kit.clean(row.text.get(lang))):
        if not part:
            continue
        if clean or not BRACKETS.fullmatch(part):
            kit.add_run(paragraph, part, lang)
            continue
        side = side_after(part, part.rindex("]") + 1)
        # each side's alternative in its own style (colour and wash; see the legend)
        kit.add_run(paragraph, part[:len(part) - len(side)], lang).style = \
            doc.styles[house_style.bracket_style(side)]
        if side:  # who proposed it, raised after the bracket as a negotiator marks it
            kit.add_run(paragraph, say(SIDE_WORDS[side], lang), lang).style = \
                doc.styles[house_style.side_style(side)]
    if not clean:
        _add_status(paragraph, row.status, lang)


def _number(paragraph, numbers: str | None) -> None:
    """The paragraph as an item of the list ``numbers`` (a numId): Word numbers it."""
    paragraph.style = paragraph.part.document.styles["Communiqué Paragraph"]
    if numbers is not None:
        number = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        number.get_or_add_ilvl().val = 0
        number.get_or_add_numId().val = int(numbers)


def _add_status(paragraph, status: ParagraphStatus, lang: str):
    mark = kit.add_run(paragraph, f" ({say(STATUS_WORDS[status], lang)})", lang)
    mark.style = paragraph.part.document.styles["Paragraph Status"]
    return mark


def _bilingual(doc, rows: list[ParagraphRow], clean: bool, order: tuple[str, ...]) -> None:
    """Both languages side by side, the copy's own language on the left; each column a
    list of its own, so the two show the same numbers row by row."""
    half = kit.usable_width(doc) / 2
    table = kit.table(doc, kit.language_names(order), [("", "") for _ in rows], (half, half),
                      langs=list(order))
    numbers = {lang: None if clean else house_style.numbered_list(doc) for lang in order}
    for row, table_row in zip(rows, table.rows[1:], strict=True):
        for lang, cell in zip(order, table_row.cells, strict=True):
            _add_text(doc, cell.paragraphs[0], row, lang, clean, numbers[lang])


def export_from_cli(session, args) -> list[str]:
    path = write_communique(session, args.meeting, args.document_language, args.output,
                            copy=getattr(args, "copy", "us") or "us",
                            clean=getattr(args, "clean", False),
                            changes_from=getattr(args, "changes_from", None),
                            final=getattr(args, "final", False))
    return [kit.wrote(path)]
