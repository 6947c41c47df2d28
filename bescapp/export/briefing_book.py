"""The briefing book: the delegation's internal Word book for its principal.

The only internal document bescapp writes. It reads like its table of contents:
cover, contents, schedule at a glance, one section per agenda item (leads,
objective, talking points, background, then the item's background papers merged
in as annexes), both delegation lists with biographies, and the action-plan
status report. The schedule, the lists and the report come from the shareable
exports' own builders, so each is written once. Every page carries the handling
marking in its header and footer.
"""

from __future__ import annotations

import copy
import hashlib
import importlib
import io
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..domain import preflight as checks
from ..domain import text as texts
from ..domain.agenda import schedule
from ..domain.people import display_name
from ..i18n import languages
from ..i18n.catalogue import N_, current, say
from ..i18n.formatting import format_date_range, format_duration, format_time_range, meeting_name
from ..model import fields as model_fields
from ..model.bilingual import Bilingual
from ..model.entities import AgendaItem, AgendaKind, Meeting
from ..store import our_side
from ..store.preflight import preflight as store_preflight
from . import frame, kit
from .safe_docx import R_NAMESPACES, SHORT, PaperProblem, check_package, make_inert
from .template import validate_template

LANGUAGES = languages.DOCUMENT_LANGUAGES
BOTH = languages.CODES
NOT_DISCUSSED = frozenset({AgendaKind.BREAK, AgendaKind.MEAL})
# What the book adds to each agenda item: its internal texts, as the model declares them.
INTERNAL_AGENDA_TEXTS = model_fields.names(AgendaItem, bilingual=True, internal=True)

WORDS = {
    "book": N_("Briefing Book"),
    "contents": N_("Contents"),
    "glance": N_("Schedule at a Glance"),
    "items": N_("Agenda Items"),
    "when": N_("Time"),
    "leads": N_("Leads"),
    "objective": N_("Objective"),
    "talking_points": N_("Talking Points"),
    "background": N_("Background"),
    "annex": N_("Annex"),
    "annex_left_out": N_("This background paper could not be included: {detail}."),
    "no_entries": N_("The agenda has no items yet."),
    "left_out": N_("Left out of this book: {part}."),
    "contacts": N_("Delegates: Contact Details and Internal Notes"),
    "name": N_("Name"),
    "email": N_("E-mail"),
    "phone": N_("Phone"),
    "notes": N_("Internal notes"),
    "internal": N_("For internal use of the delegation only. Do not share."),
}

# The parts other modules write, and the contract function each offers.
PARTS = {
    "schedule": ("agenda", "add_schedule"),
    "delegations": ("delegations", "add_delegation_lists"),
    "actions": ("actions", "add_status_report"),
}

Progress = Callable[[float, str], None]


class PreflightRefused(kit.ExportRefused):
    """``--strict`` and a pre-flight list that is not empty."""

    def __init__(self, entries: list[checks.Entry], lang: str | None = None) -> None:
        self.entries = entries
        lang = lang or current()
        lines = [f"  - {entry.text(lang)}" for entry in entries]
        super().__init__("\n".join([say(N_("pre-flight has {count} entries; the briefing book "
                                           "was not written (--strict)"), lang,
                                        count=len(entries)), *lines]))


def word(key: str, language: str, **values) -> kit.Said:
    return kit.word(WORDS[key], language, **values)


def _langs(language: str) -> tuple[str, ...]:
    return languages.of_document(language)


def _part(name: str):
    """The builder another export module offers, or None while that module is missing."""
    module, function = PARTS[name]
    try:
        return getattr(importlib.import_module(f"{__package__}.{module}"), function)
    except (ImportError, AttributeError):
        return None


# --------------------------------------------------------------------------- pre-flight

def annex_problem(content: bytes | None, filename: str) -> str:
    """Why a background paper cannot be merged ("" when it can), from its raw bytes:
    a few words (``safe_docx.SHORT``) that pre-flight and the book's note show."""
    if not content:
        return N_("empty file")
    try:
        check_package(content, filename, PaperProblem)
    except PaperProblem as e:
        return SHORT[e.code]
    return ""


_MERGE_TRIALS: dict[str, str] = {}  # sha-256 of a paper -> why it cannot be merged ("" = it can)
_NOT_MERGED = N_("open it in Word and save it again")


def merge_problem(content: bytes | None, filename: str) -> str:
    """Why the book could not merge this paper ("" when it can): the checks on its bytes,
    then python-docx opens it and every reference its body makes must resolve (what
    docxcompose needs). A paper the book itself failed to merge is remembered too, so
    pre-flight lists it from then on. Remembered per content: pre-flight runs after
    every edit, and a trial merge would take seconds per paper."""
    problem = annex_problem(content, filename)
    if problem or content is None:  # no content is a problem ("empty file")
        return problem
    key = hashlib.sha256(content).hexdigest()
    if key not in _MERGE_TRIALS:
        if len(_MERGE_TRIALS) > 256:
            _MERGE_TRIALS.clear()
        try:
            paper = _open_paper(content)
            _MERGE_TRIALS[key] = "" if _references_resolve(paper) else _NOT_MERGED
        except _NotMerged as e:
            _MERGE_TRIALS[key] = e.detail
    return _MERGE_TRIALS[key]


class _NotMerged(Exception):
    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(detail)


def _open_paper(content: bytes):
    try:
        paper = Document(io.BytesIO(content))
    except Exception as e:  # python-docx raises many kinds for a broken package
        raise _NotMerged("damaged") from e
    make_inert(paper)
    return paper


_R_PREFIXES = tuple(f"{{{ns}}}" for ns in R_NAMESPACES)


def _references_resolve(paper) -> bool:
    """Whether every relationship and footnote the paper's body refers to is there."""
    rels = paper.part.rels
    notes = []
    for element in paper.element.body.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute, value in element.attrib.items():
            if attribute.startswith(_R_PREFIXES) and value not in rels:
                return False
        if element.tag in (qn("w:footnoteReference"), qn("w:endnoteReference")):
            notes.append(element)
    if notes:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        try:
            footnotes = parse_xml(rels.part_with_reltype(RT.FOOTNOTES).blob)
        except Exception:  # no footnotes part, or one python-docx cannot read
            return False
        ids = {n.get(qn("w:id")) for n in footnotes.iter(qn("w:footnote"))}
        if any(n.get(qn("w:id")) not in ids for n in notes if n.tag == qn("w:footnoteReference")):
            return False
    return True


def _merge(doc, composer, content: bytes):
    """Append one paper to ``doc`` with what reaches outside taken out; the composer to
    reuse. _NotMerged (and ``doc`` as it was) when python-docx or docxcompose cannot."""
    paper = _open_paper(content)
    from docxcompose.composer import Composer  # only books with papers pay for it

    body = doc.element.body
    before = set(body)  # holding the elements keeps their proxies, so identity holds
    try:
        composer = composer or Composer(doc)
        composer.append(paper)
    except Exception as e:  # a paper docxcompose cannot merge is left out, not the book
        for child in list(body):
            if child not in before:
                body.remove(child)
        _MERGE_TRIALS[hashlib.sha256(content).hexdigest()] = _NOT_MERGED
        raise _NotMerged(_NOT_MERGED) from e
    return composer


def preflight_entries(session, meeting_id: int, language: str = languages.BILINGUAL) -> list[checks.Entry]:
    """The domain's checks plus what only the book sees: unreadable papers, missing parts."""
    entries = store_preflight(session, meeting_id, language)
    items = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                            .options(selectinload(AgendaItem.attachments))).all()
    for item in items:
        for attachment in item.attachments:
            subject = Bilingual(item.title.either("en"), item.title.either("es"))
            problem = annex_problem(attachment.content, attachment.filename)
            if problem:
                entries.append(checks.Entry(
                    checks.DAMAGED_ANNEX, "agenda", "agenda_item", item.id, subject,
                    {"file": attachment.filename, "detail": problem}))
                continue
            problem = merge_problem(attachment.content, attachment.filename)
            if problem:
                entries.append(checks.Entry(
                    checks.ANNEX_NOT_MERGED, "agenda", "agenda_item", item.id, subject,
                    {"file": attachment.filename, "detail": problem}))
    for name in PARTS:
        if _part(name) is None:
            entries.append(checks.Entry(checks.PART_MISSING, "export", "meeting", meeting_id,
                                        values={"part": name}))
    return entries


# --------------------------------------------------------------------------- the book

def write_briefing_book(session, meeting_id: int, language: str, path, *, marking: str | None = None,
                        template=None, strict: bool = False,
                        progress: Progress | None = None) -> Path:
    """Write the book to ``path`` (atomically); ``progress(fraction, step)`` follows it.

    ``step`` is a code (preflight, cover, schedule, items, delegations, actions,
    saving, done) that the window words in the user's language.
    """
    kit.check_language(language)
    if marking is not None:
        marking = _checked_marking(marking)
    tell = progress or (lambda _fraction, _step: None)
    meeting = kit.load_meeting(session, meeting_id)
    tell(0.0, "preflight")
    template_path = validate_template(template) if template else None
    if strict:
        entries = preflight_entries(session, meeting_id, language)
        if entries:
            raise PreflightRefused(entries)
    doc_lang = languages.body_language(language)
    doc = kit.new_document(template_path, doc_lang)
    if template_path is not None:
        _borrow_missing_styles(doc)

    tell(0.05, "cover")
    chosen = _marking(meeting, language) if marking is None else marking
    framed = frame.frame_of(session, meeting, language, own=doc_lang, shareable=False)
    _cover(doc, framed)
    kit.page_break(doc)
    kit.add_toc(doc, word("contents", language), levels="1-3")

    tell(0.1, "schedule")
    add_schedule = _part("schedule")
    _new_section(doc, landscape=languages.is_bilingual(language))
    kit.heading(doc, word("glance", language), 1)
    if add_schedule is not None:
        add_schedule(doc, session, meeting, language, heading_level=2)
    else:
        _left_out(doc, "schedule", language)

    _new_section(doc, landscape=False)
    _agenda_items(doc, session, meeting, language,
                  lambda share: tell(0.15 + 0.54 * share, "items"))

    tell(0.7, "delegations")
    add_lists = _part("delegations")
    kit.page_break(doc)
    if add_lists is not None:
        add_lists(doc, session, meeting, language, biographies=True, heading_level=1)
    else:
        _left_out(doc, "delegations", language)
    _delegate_contacts(doc, session, meeting, language)

    tell(0.8, "actions")
    add_report = _part("actions")
    _new_section(doc, landscape=True)
    if add_report is not None:
        add_report(doc, session, meeting, language, internal=True, heading_level=1)
    else:
        _left_out(doc, "actions", language)

    tell(0.9, "saving")
    letterhead = _make_room_for_marking(doc)
    # A template's letterhead stays on the cover: a title page would need its own copy.
    kit.mark_every_page(doc, chosen, language, title_page=not letterhead)
    frame.describe(doc, framed, WORDS["book"])
    written = kit.save_atomic(doc, Path(path))
    tell(1.0, "done")
    return written


def _checked_marking(marking: str) -> str:
    """A marking given for this export (``--marking``: from the shell, where bytes that
    were not UTF-8 arrive as lone surrogates), held to the rules of a stored one."""
    limit = texts.max_length(Meeting.handling_marking)
    faults = texts.faults(N_("handling marking"), marking, limit)
    if faults:
        raise kit.ExportRefused("; ".join(fault.text() for fault in faults))
    return " ".join(texts.without_direction_controls(marking).split())


def _marking(meeting: Meeting, language: str) -> kit.Said:
    """The meeting's marking in the book's language; a bilingual book carries both."""
    return frame.in_languages(meeting.handling_marking, language)


def _cover(doc, framed: frame.Frame) -> None:
    """The cover: the committee, the meeting, "Briefing Book", when and where. The marking
    is the page's header and footer (a title page, without a page number), not repeated."""
    meeting, language = framed.meeting, framed.language
    for _ in range(4):
        kit.paragraph(doc)
    frame.add_committee(doc, framed, centred=True)
    kit.paragraph(doc)
    for lang in _langs(language):
        kit.paragraph(doc, meeting_name(meeting.kind.value, meeting.number, lang), "Cover Title",
                      lang=lang)
    kit.paragraph(doc, word("book", language), "Cover Subtitle")
    kit.paragraph(doc)
    for lang in _langs(language):
        kit.paragraph(doc, format_date_range(meeting.start_date, meeting.end_date, lang),
                      "Cover Line", lang=lang)
        kit.paragraph(doc, ", ".join(filter(None, (meeting.venue.either(lang),
                                                   meeting.city.either(lang)))), "Cover Line",
                      lang=lang)
    for _ in range(4):
        kit.paragraph(doc)
    kit.paragraph(doc, word("internal", language), "Cover Notice")


def _agenda_items(doc, session, meeting: Meeting, language: str, tell: Callable[[float], None]):
    items = session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
        .options(selectinload(AgendaItem.leads), selectinload(AgendaItem.attachments))
    ).all()
    kit.heading(doc, word("items", language), 1)
    if not items:
        kit.paragraph(doc, word("no_entries", language))
        return
    plan = schedule(items, meeting.day_start, meeting.day_end, meeting.session_numbering)
    by_id = {item.id: item for item in items}
    composer = None
    out = _Blocks(doc, our_side.our_side(session))
    clock = our_side.clock(session)
    shown = [i for i in plan.order if by_id[i].kind not in NOT_DISCUSSED]
    for done, item_id in enumerate(shown):
        item, slot = by_id[item_id], plan.slots[item_id]
        level = min(2 + slot.depth, 4)
        titles = kit.each(language, item.title.either)
        number = heading_number(slot.number)
        out.paragraph([(f"{number} " + titles if number else titles, False)],
                      f"Heading {level}")
        _item_fields(out, item, slot, language, clock)
        if item.attachments:
            out.flush()
            for attachment in item.attachments:
                composer = _annex(doc, composer, attachment, language, min(level + 1, 4))
        tell((done + 1) / len(shown))
    out.flush()


def _delegate_contacts(doc, session, meeting: Meeting, language: str) -> None:
    """E-mail, phone and internal notes of everyone on both lists: only this book shows them."""
    from ..model.entities import Membership
    from ..store.delegations import load_lists

    order = [m.membership_id for party in load_lists(session, meeting.id) for m in party.members]
    if not order:
        return
    found = {m.id: m for m in session.scalars(
        select(Membership).where(Membership.id.in_(order))
        .options(selectinload(Membership.person)))}
    rows = []
    for membership_id in order:
        membership = found[membership_id]
        person = membership.person
        # Each language's notes in its own document: the pre-flight lists a note in one only.
        notes = [kit.said(line, lang) for lang in _langs(language)
                 for note in (person.internal_notes, membership.internal_notes)
                 for line in kit.clean(note.get(lang)).strip().split("\n") if line]
        names = kit.each(language, lambda lang, person=person: display_name(person, lang))
        rows.append([("", [names], False), ("", [person.email], False),
                     ("", [person.phone], False), ("", notes, False)])
    kit.heading(doc, word("contacts", language), 2)
    out = _Blocks(doc)
    out.table([word(k, language) for k in ("name", "email", "phone", "notes")], rows,
              whole=(1, 2))  # addresses and numbers unbroken
    out.flush()


def _lines(text: str) -> list[str]:
    return [line.strip() for line in kit.clean(text).split("\n") if line.strip()]


def _bullet(line: str) -> str:
    return line.lstrip("-•*· \t") or line


def heading_number(number: str) -> str:
    """A session's number takes its period in a heading ("I. Sesión de apertura"); an
    item's ("I.1") has one inside already."""
    return f"{number}." if number and "." not in number else number


def _item_fields(out: _Blocks, item: AgendaItem, slot, language: str, clock: str) -> None:
    langs = _langs(language)
    fields: list[tuple[str, dict[str, list[str]], bool]] = []  # key, lines per language, bullets
    times = {lang: [f"{format_time_range(slot.start_time, slot.end_time, lang, clock)} "
                    f"({format_duration(slot.end - slot.start, lang)})"] for lang in langs}
    fields.append(("when", times, False))
    if item.leads:
        fields.append(("leads", {lang: [display_name(p, lang) for p in item.leads]
                                 for lang in langs}, False))
    for key in INTERNAL_AGENDA_TEXTS:
        value: Bilingual = getattr(item, key)
        if value.is_empty():
            continue
        # each language's own text only: a Spanish book prints no English talking point
        # (the pre-flight lists what is in one language only)
        text = {lang: _lines(value.get(lang)) for lang in langs}
        if any(text.values()):
            fields.append((key, text, key == "talking_points"))
    if languages.is_bilingual(language):
        order = kit.column_order(out.side)
        rows = []
        for key, text, bullets in fields:
            rows.append([(say(WORDS[key], lang), [_bullet(t) if bullets else t for t in text[lang]],
                          bullets) for lang in order])
        half = kit.usable_width(out.doc) / 2  # the two languages side by side, alike
        out.table(kit.language_names(order), rows, widths=(half, half), langs=order)
        return
    lang = language
    for key, text, bullets in fields:
        if key in ("when", "leads"):
            out.paragraph([(f"{say(WORDS[key], lang)}: ", True), ("; ".join(text[lang]), False)])
            continue
        if not text[lang]:
            continue
        out.paragraph([(say(WORDS[key], lang), False)], "Field Label")
        for t in text[lang]:
            out.paragraph([(_bullet(t) if bullets else t, False)], "List Bullet" if bullets else None)


class _Blocks:
    """The item briefs as WordprocessingML, parsed once per batch (see ``kit.table_xml``).

    A book of a large meeting has thousands of short paragraphs and table cells; they
    are written as XML text and inserted in one go, before each annex and at the end.
    """

    def __init__(self, doc, side: str | None = None) -> None:
        self.doc = doc
        self.side = side  # whose copy: the order of a bilingual table's columns
        self.parts: list[str] = []

    def paragraph(self, runs: list[tuple[str, bool]], style: str | None = None) -> None:
        self.parts.append(kit.paragraph_xml(
            runs, style=kit.style_id(self.doc, style) if style else None,
            strong=kit.style_id(self.doc, "Strong"), lang=kit.document_language(self.doc)))

    def table(self, header: Sequence[str], rows: list[list[tuple[str, list[str], bool]]],
              whole: tuple[int, ...] = (), widths: tuple[float, ...] | None = None,
              langs=None) -> None:
        """Cells of a bold label (may be "") and lines below it (bulleted or not); the
        header repeats on each page. Widths fit the text (the columns in ``whole`` never
        wrap) unless given in points; ``langs`` each column's language."""
        cells = [[kit.Cell(kit.joined("\n", ([label] if label else []) + lines), bold=bool(label),
                           bullets=bullets)
                  for label, lines, bullets in row] for row in rows]
        self.parts.append(kit.table_xml(self.doc, header, cells, widths, whole=whole, langs=langs))
        self.parts.append(kit.paragraph_xml())  # Word needs a paragraph between tables

    def flush(self) -> None:
        if self.parts:
            kit.insert_xml(self.doc, "".join(self.parts))
            self.parts = []


def _annex(doc, composer, attachment, language: str, level: int):
    """Merge one background paper after its item, keeping its formatting; never crash on it.

    Fields and links that would make Word fetch something are taken out of it first, so
    the book's "update fields on opening" never reaches outside. A paper that cannot be
    merged is a pre-flight entry (``preflight_entries``) and a note here."""
    kit.heading(doc, word("annex", language) + f": {attachment.filename}", level)
    problem = annex_problem(attachment.content, attachment.filename)
    if not problem:
        try:
            return _merge(doc, composer, attachment.content)
        except _NotMerged as e:
            problem = e.detail
    kit.paragraph(doc, word("annex_left_out", language, detail=lambda lang: say(problem, lang)),
                  "Note")
    return composer


def _left_out(doc, part: str, language: str) -> None:
    text = word("left_out", language, part=lambda lang: say(checks.PART_WORDS[part], lang))
    kit.paragraph(doc, text, "Note")


# --------------------------------------------------------------------------- page set-up

def _new_section(doc, *, landscape: bool) -> None:
    """A new page, turned as its content needs (wide tables go on landscape pages)."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    wide = section.orientation == WD_ORIENT.LANDSCAPE
    if landscape != wide:
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = section.page_height, section.page_width


def _make_room_for_marking(doc) -> bool:
    """Keep a template's letterhead: the marking goes into a new first line, not over it.
    Whether there was one."""
    found = False
    for section in doc.sections:
        for part in (section.header, section.footer):
            if part.is_linked_to_previous:
                continue
            first = part.paragraphs[0]
            if first.text.strip() or first._p.xpath(".//w:drawing|.//w:pict"):
                first.insert_paragraph_before("")
                found = True
    return found


_OUR_STYLES = ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Heading 4",
               "List Bullet", "TOC Heading", "Table Grid", "Marking", "Small")


def _borrow_missing_styles(doc) -> None:
    """A user's template may define only the styles it uses; lend it ours for the rest."""
    ours = Document(str(kit.TEMPLATE)).styles
    theirs = doc.styles
    names = {s.name for s in theirs}
    for name in _OUR_STYLES:
        if name in names:
            continue
        try:
            style = ours[name]
        except KeyError:
            continue
        theirs.element.append(copy.deepcopy(style.element))
        names.add(name)


# --------------------------------------------------------------------------- command line

def export_from_cli(session, args) -> list[str]:
    """Pre-flight and where the book went, in the messages language (the book itself is in
    ``--language``, the document's)."""
    language = args.document_language
    kit.load_meeting(session, args.meeting)
    entries = preflight_entries(session, args.meeting, language)
    lines = [say(N_("pre-flight: {count} entries"), count=len(entries)) if entries
             else say(N_("pre-flight: nothing to check"))]
    lines += [f"  - {entry.text(current())}" for entry in entries]
    if getattr(args, "strict", False) and entries:
        raise PreflightRefused(entries)
    path = write_briefing_book(session, args.meeting, language, args.output,
                               marking=getattr(args, "marking", None),
                               template=getattr(args, "template", None))
    return [*lines, kit.wrote(path)]
