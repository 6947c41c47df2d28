"""The briefing book: the delegation's internal Word book for its principal.

The only internal document bescapp writes. It reads in the order a principal reads:
the cover (committee, meeting, whom the book is for, our delegation, version, date and
clearances), contents, scene-setter, our objectives, the counterpart's likely asks and
desired outcomes, the visit schedule, the agenda at a glance, then per session a divider
and per item its page(s) (time and leads, with absent or missing leads flagged; objective,
desired outcome, the counterpart's likely position, talking points, if-asked points,
background, the papers annexed), the counterpart's delegation and ours with photographs
and biographies, press guidance, and the annexes (draft communiqué with each paragraph's
status, the previous plenary's communiqué, the action-plan status report, every
background paper merged), each named in its pages' footer. Every page carries the
handling marking in its header and footer.

The parts live beside it: ``book_front`` (cover, first pages, visit schedule, press),
``book_people``, ``book_annexes``, ``book_blocks`` (text written as XML, parsed once).
The schedule and the status report come from the shareable exports' own builders.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import importlib
import io
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..domain import preflight as checks
from ..domain import text as texts
from ..domain.agenda import heading_number, schedule
from ..domain.people import display_name
from ..i18n import languages
from ..i18n.catalogue import N_, current, say, say_n
from ..i18n.formatting import format_duration, format_time_range, meeting_name
from ..model import fields as model_fields
from ..model.bilingual import Bilingual
from ..model.entities import AgendaItem, AgendaKind, Attachment, Meeting
from ..store import briefing as store_briefing
from ..store import our_side
from ..store.communique import draft_paragraphs
from ..store.delegations import load_lists
from ..store.preflight import preflight as store_preflight
from . import book_front as front
from . import book_people as people
from . import frame, kit
from .book_annexes import WORDS as ANNEX_WORDS
from .book_annexes import Annexes, communique_annex, name_the_annexes_in_footers, previous_title
from .book_blocks import Blocks, write_texts
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
    "attention": N_("Attention"),
    "description": N_("Description"),
    "in_session": N_("In this session"),
    "no_lead": N_("No lead named for this item."),
    "lead_declined": N_("{name} has declined and will not attend: name a replacement."),
    "lead_not_listed": N_("{name} is on neither delegation list."),
    "objective": N_("Objective"),
    "desired_outcome": N_("Desired outcome"),
    "counterpart_position": N_("Counterpart's likely position"),
    "talking_points": N_("Talking Points"),
    "if_asked": N_("If asked"),
    "background": N_("Background"),
    "papers": N_("Annexed papers"),
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
    "checklist": N_("Contents for clearing"),
    "part": N_("Part of the book"),
    "cleared_by": N_("Cleared by"),
    "date": N_("Date"),
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


def word(key: str, language: str, **values) -> str:
    return kit.word(WORDS[key], language, **values)


def _langs(language: str) -> tuple[str, ...]:
    return kit.document_languages(language)


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

class SessionNotFound(kit.ExportRefused):
    """``--session N`` names no session of the agenda."""


def write_briefing_book(session, meeting_id: int, language: str, path, *, marking: str | None = None,
                        template=None, strict: bool = False,
                        progress: Progress | None = None, toc_only: bool = False,
                        session_number: int | None = None,
                        as_of: dt.date | None = None) -> Path:
    """Write the book to ``path`` (atomically); ``progress(fraction, step)`` follows it.

    ``step`` is a code (preflight, cover, schedule, items, delegations, actions,
    saving, done) that the window words in the user's language. ``toc_only``: the book's
    contents as a clearing checklist instead of the book; ``session_number``: one
    session's pages (its divider, its items, their papers) for the staffer who covers it.
    ``as_of``: the version date on the cover (default: today).
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
    book = _Book(session, meeting, language, template_path, as_of or dt.date.today())
    chosen = _marking(meeting, language) if marking is None else marking  # its language first
    if session_number is not None:
        book.one_session(session_number, tell)
    else:
        book.whole(tell, papers=not toc_only)
    doc = book.doc
    if toc_only:
        doc = _checklist(book, template_path)
    tell(0.9, "saving")
    letterhead = _make_room_for_marking(doc)
    # A template's letterhead stays on the cover: a title page would need its own copy.
    kit.mark_every_page(doc, chosen, language, title_page=not letterhead)
    name_the_annexes_in_footers(doc, book.annexes.headings if not toc_only else {})
    framed = frame.frame_of(session, meeting, language, own=book.doc_lang, shareable=False)
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



class _Book:
    """One book being written: the meeting, what it reads once, and the document."""

    def __init__(self, session, meeting: Meeting, language: str, template_path, as_of: dt.date):
        self.session, self.meeting, self.language, self.as_of = session, meeting, language, as_of
        self.doc_lang = kit.own_language(language, our_side.our_side(session))
        self.doc = kit.new_document(template_path, self.doc_lang)
        if template_path is not None:
            _borrow_missing_styles(self.doc)
        self.lists = load_lists(session, meeting.id)
        self.side = side = our_side.our_side(session)  # whose copy: the columns' order
        self.clock = our_side.clock(session)  # how this database writes the time
        self.ours = next((p for p in self.lists if p.code == side), None)
        self.attendance = {m.person_id: m.attendance for p in self.lists for m in p.members}
        self.annexes = Annexes(self.doc, language)
        self.papers: list[tuple[AgendaItem, Attachment, str]] = []  # item, paper, annex name
        items = session.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
            .options(selectinload(AgendaItem.leads), selectinload(AgendaItem.attachments))
        ).all()
        self.by_id = {item.id: item for item in items}
        self.plan = schedule(items, meeting.day_start, meeting.day_end, meeting.session_numbering)
        self.earlier = store_briefing.previous_communique(session, meeting)
        # the draft communiqué, the previous one, the status report: then the papers
        self.fixed_annexes = 2 + (self.earlier is not None)

    # the parts, in the order a principal reads them ---------------------------------

    def whole(self, tell: Callable[[float, str], None], *, papers: bool = True) -> None:
        doc, language = self.doc, self.language
        briefing = store_briefing.briefing_texts(self.session, self.meeting.id)
        tell(0.05, "cover")
        self._cover()
        kit.page_break(doc)
        kit.add_toc(doc, word("contents", language), levels="1-3")
        out = Blocks(doc, self.side)
        front.first_read(out, briefing, language)
        front.visit_schedule(out, self.meeting,
                             store_briefing.visit_schedule(self.session, self.meeting.id),
                             language, self.clock)
        out.flush()

        tell(0.1, "schedule")
        add_schedule = _part("schedule")
        new_section(doc, landscape=languages.is_bilingual(language))
        kit.heading(doc, word("glance", language), 1)
        if add_schedule is not None:
            add_schedule(doc, self.session, self.meeting, language, heading_level=2)
        else:
            _left_out(doc, "schedule", language)

        new_section(doc, landscape=False)
        self._agenda(self.plan.children.get(None, []),
                     lambda share: tell(0.15 + 0.5 * share, "items"))

        tell(0.7, "delegations")
        self._people()

        out = Blocks(doc, self.side)
        front.press_guidance(out, briefing, language)
        out.flush()

        tell(0.8, "actions")
        self._annexes(papers)

    def one_session(self, number: int, tell: Callable[[float, str], None]) -> None:
        """The cover and contents, then one session: the staffer who covers it."""
        sessions = [i for i in self.plan.children.get(None, [])
                    if self.by_id[i].kind == AgendaKind.SESSION]
        self.fixed_annexes = 0  # this export's annexes are the session's papers alone
        if not 1 <= number <= len(sessions):
            raise SessionNotFound(say_n(
                "the agenda has {n} session; --session {number} names none",
                "the agenda has {n} sessions; --session {number} names none",
                len(sessions), number=number))
        tell(0.05, "cover")
        self._cover()
        kit.page_break(self.doc)
        kit.add_toc(self.doc, word("contents", self.language), levels="1-3")
        new_section(self.doc, landscape=False)
        self._agenda([sessions[number - 1]], lambda share: tell(0.1 + 0.7 * share, "items"))
        tell(0.8, "actions")
        for item, attachment, _name in self.papers:
            self._paper(item, attachment)

    def _cover(self) -> None:
        settings = our_side.read(self.session)
        committee = {lang: settings.committee_name.get(lang)
                     for lang in languages.CODES}
        facts = front.Cover(front.principal_of(self.ours), self.ours, committee)
        front.cover(self.doc, self.meeting, self.language, facts,
                    store_briefing.clearances(self.session, self.meeting.id), self.as_of)

    # the agenda's pages ---------------------------------------------------------------

    def _agenda(self, top: list[int], tell: Callable[[float], None]) -> None:
        """Per session a divider page, then each item on its own page(s)."""
        doc, language = self.doc, self.language
        if not self.by_id:
            kit.heading(doc, word("items", language), 1)
            kit.paragraph(doc, word("no_entries", language))
            return
        shown = [i for i in self._walk(top) if self.by_id[i].kind not in NOT_DISCUSSED]
        out = Blocks(doc, self.side)
        for done, item_id in enumerate(shown):
            item, slot = self.by_id[item_id], self.plan.slots[item_id]
            if item.kind == AgendaKind.SESSION and slot.depth == 0:
                self._divider(out, item, slot)
            else:
                out.heading(self._title(item, slot), 1 + slot.depth, new_page=True)
                self._item_page(out, item, slot)
            tell((done + 1) / len(shown))
        out.flush()

    def _walk(self, ids: list[int]):
        for item_id in ids:
            yield item_id
            yield from self._walk(self.plan.children.get(item_id, []))

    def _title(self, item: AgendaItem, slot) -> kit.Said:
        titles = kit.each(self.language, item.title.either)
        number = heading_number(slot.number)
        return f"{number} " + titles if number else titles

    def _divider(self, out: Blocks, item: AgendaItem, slot) -> None:
        """A session's divider page: its title, time and description, and what it holds."""
        language = self.language
        out.heading(self._title(item, slot), 1, new_page=True)
        inside = [self.by_id[i] for i in self._walk(self.plan.children.get(item.id, []))
                  if self.by_id[i].kind not in NOT_DISCUSSED]
        contents = {lang: [f"{self.plan.slots[i.id].number} {i.title.either(lang)}"
                           for i in inside] for lang in BOTH}
        entries: list = [(WORDS["when"], self._times(slot), False)]
        if not item.description.is_empty():
            entries.append((WORDS["description"], item.description, False))
        if inside:
            entries.append((WORDS["in_session"], contents, False))
        entries += self._papers_of(item)
        write_texts(out, entries, language)

    def _papers_of(self, item: AgendaItem) -> list:
        """The item's background papers, each named as the annex it becomes (lettered after
        the annexes that come before the papers)."""
        if not item.attachments:
            return []
        names = []
        for attachment in item.attachments:
            name = self.annexes.name(ANNEX_WORDS["paper"], self.fixed_annexes + len(self.papers),
                                     file=attachment.filename,
                                     item=lambda lang, i=item: i.title.either(lang))
            self.papers.append((item, attachment, name))
            names.append(name)
        return [(WORDS["papers"], {lang: names for lang in BOTH}, False)]

    def _times(self, slot) -> dict[str, list[str]]:
        return {lang: [f"{format_time_range(slot.start_time, slot.end_time, lang, self.clock)} "
                       f"({format_duration(slot.end - slot.start, lang)})"] for lang in BOTH}

    def _item_page(self, out: Blocks, item: AgendaItem, slot) -> None:
        """Time and leads (flagged when absent or missing), then outcome, the counterpart's
        position, talking points, if-asked, background and the annexed papers."""
        langs = BOTH
        entries: list[tuple[str, dict[str, list[str]] | Bilingual, bool]] = [
            (WORDS["when"], self._times(slot), False)]
        if item.leads:
            entries.append((WORDS["leads"], {lang: [display_name(p, lang) for p in item.leads]
                                             for lang in langs}, False))
        flags = self._lead_flags(item)
        if flags:
            entries.append((WORDS["attention"], flags, False))
        for key in INTERNAL_AGENDA_TEXTS:
            written: Bilingual = getattr(item, key)
            if not written.is_empty():
                entries.append((WORDS[key], written, key in BULLETED_ITEM_TEXTS))
        entries += self._papers_of(item)
        if languages.is_bilingual(self.language):
            write_texts(out, entries, self.language)
            return
        lang = self.language
        for label, value, bullets in entries:
            if label == WORDS["attention"] and isinstance(value, dict):  # to act on: in bold
                for line in value[lang]:
                    out.paragraph([(f"{say(label, lang)}: ", True), (line, True)])
            elif label in (WORDS["when"], WORDS["leads"]):
                shown = value[lang] if isinstance(value, dict) else [value.either(lang)]
                out.paragraph([(f"{say(label, lang)}: ", True), ("; ".join(shown), False)])
            else:
                write_texts(out, [(label, value, bullets)], lang)

    def _lead_flags(self, item: AgendaItem) -> dict[str, list[str]]:
        """Where a lead will not be there: declined, not on either list, or none named."""
        flags: dict[str, list[str]] = {lang: [] for lang in BOTH}
        if item.kind == AgendaKind.ITEM and not item.leads:
            for lang in BOTH:
                flags[lang].append(say(WORDS["no_lead"], lang))
        for person in item.leads:
            state = self.attendance.get(person.id)
            key = "lead_declined" if state == "declined" else \
                "lead_not_listed" if state is None else None
            if key:
                for lang in BOTH:
                    flags[lang].append(say(WORDS[key], lang, name=display_name(person, lang)))
        return flags if flags["en"] else {}

    # people ----------------------------------------------------------------------------

    def _people(self) -> None:
        ordered = sorted(self.lists, key=lambda p: p is self.ours)  # the counterpart's first
        pictures = store_briefing.photos(self.session, [m.person_id for p in self.lists
                                                        for m in p.members])
        for party in ordered:
            people.delegation(self.doc, party, self.language,
                              ours=None if self.ours is None else party is self.ours,
                              photos=pictures)
        _delegate_contacts(self.doc, self.session, self.meeting, self.language)

    # annexes ---------------------------------------------------------------------------

    def _annexes(self, papers: bool) -> None:
        doc, language = self.doc, self.language
        self.annexes.start(ANNEX_WORDS["draft_communique"])
        out = Blocks(doc, self.side)
        communique_annex(out, draft_paragraphs(self.session, self.meeting.id), language,
                         negotiating=True)
        out.flush()
        earlier = self.earlier
        if earlier is not None:
            self.annexes.start(ANNEX_WORDS["previous_communique"],
                               meeting=lambda lang: previous_title(earlier.meeting, lang))
            out = Blocks(doc, self.side)
            communique_annex(out, earlier.paragraphs, language, negotiating=False)
            out.flush()
        add_report = _part("actions")
        self.annexes.start(ANNEX_WORDS["status_report"], landscape=True)
        if add_report is not None:
            add_report(doc, self.session, self.meeting, language, internal=True, heading_level=2)
        else:
            _left_out(doc, "actions", language)
        for item, attachment, _name in self.papers:
            if papers:
                self._paper(item, attachment)
            else:
                self.annexes.start(ANNEX_WORDS["paper"], file=attachment.filename,
                                   item=lambda lang, i=item: i.title.either(lang))

    def _paper(self, item: AgendaItem, attachment) -> None:
        """Merge one background paper, keeping its formatting; never crash on it.

        Fields and links that would make Word fetch something are taken out of it first,
        so the book's "update fields on opening" never reaches outside. A paper that
        cannot be merged is a pre-flight entry (``preflight_entries``) and a note here."""
        self.annexes.start(ANNEX_WORDS["paper"], file=attachment.filename,
                           item=lambda lang: item.title.either(lang))
        problem = annex_problem(attachment.content, attachment.filename)
        if not problem:
            try:
                self._composer = _merge(self.doc, getattr(self, "_composer", None),
                                        attachment.content)
                return
            except _NotMerged as e:
                problem = e.detail
        kit.paragraph(self.doc, word("annex_left_out", self.language,
                                     detail=lambda lang: say(problem, lang)), "Note")


BULLETED_ITEM_TEXTS = frozenset({"talking_points", "if_asked"})


def _checklist(book: _Book, template_path):
    """The book's contents as a checklist for clearing: every heading the book has, in
    order and indented by level, with room for who cleared it and when."""
    language = book.language
    headings = []
    for block in book.doc.element.body.iter(qn("w:p")):
        style = block.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        level = _HEADING_IDS.get(style.get(qn("w:val"))) if style is not None else None
        if level is not None and level <= 3:
            text = "".join(t.text or "" for t in block.iter(qn("w:t")))
            if text.strip():
                headings.append((level, text))
    doc = kit.new_document(template_path, book.doc_lang)
    if template_path is not None:
        _borrow_missing_styles(doc)
    for lang in _langs(language):
        kit.paragraph(doc, meeting_name(book.meeting.kind.value, book.meeting.number, lang),
                      "Title", lang=lang)
    kit.paragraph(doc, word("checklist", language), "Subtitle")
    cleared = store_briefing.clearances(book.session, book.meeting.id)
    for lang in _langs(language):
        for line in front.clearance_lines(cleared, lang):
            kit.paragraph(doc, line, lang=lang)
    rows: list[list[str | kit.Cell]] = [
        ["☐", kit.Cell(text, bold=level == 1, indent=12 * (level - 1)), "", ""]
        for level, text in headings]
    kit.table(doc, ["", word("part", language), word("cleared_by", language),
                    word("date", language)], rows, (24, 300, 100, 70))
    return doc


_HEADING_IDS = {f"Heading{n}": n for n in range(1, 10)}


def _delegate_contacts(doc, session, meeting: Meeting, language: str) -> None:
    """E-mail, phone and internal notes of everyone on both lists: only this book shows them."""
    from ..model.entities import Membership

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
        rows.append([("", [names]), ("", [person.email]), ("", [person.phone]), ("", notes)])
    heading = kit.heading(doc, word("contacts", language), 1)
    heading.paragraph_format.page_break_before = True
    out = Blocks(doc)
    out.table([word(k, language) for k in ("name", "email", "phone", "notes")], rows,
              whole=(1, 2))  # addresses and numbers unbroken
    out.flush()


def _left_out(doc, part: str, language: str) -> None:
    text = word("left_out", language, part=lambda lang: say(checks.PART_WORDS[part], lang))
    kit.paragraph(doc, text, "Note")


# --------------------------------------------------------------------------- page set-up

def new_section(doc, *, landscape: bool) -> None:
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
                               template=getattr(args, "template", None),
                               toc_only=getattr(args, "toc_only", False),
                               session_number=getattr(args, "session_number", None))
    return [*lines, kit.wrote(path)]
