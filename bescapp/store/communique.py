"""The communiqué in the store: the working draft (version 0), saved versions, the termbase.

Every operation runs inside the caller's transaction and returns ``Changes``.
Undo works on whole-draft states: ``draft_state`` captures the draft's
paragraphs (ids included) and ``restore_draft_state`` puts such a state back,
so generating, splitting or merging undo exactly and later commands still find
their paragraphs.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, overload

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from ..domain.text import max_length, unstorable
from ..i18n import catalogue
from ..i18n.catalogue import N_
from ..i18n.formatting import format_number
from ..model.bilingual import LANGUAGES, Bilingual
from ..model.entities import (
    VERSION,
    Communique,
    CommuniqueVersion,
    Meeting,
    Paragraph,
    ParagraphStatus,
    Term,
)
from .changes import Changes, Kind
from .snapshots import Snapshot, capture, restore
from .versions import Left, conflict_on, refuse_reordered, refuse_undo_over

# Characters per language: a communiqué paragraph, not a report (model/entities.py).
MAX_PARAGRAPH = max_length(Paragraph.text)
MAX_LABEL = max_length(CommuniqueVersion.label)


class Refusal(enum.StrEnum):
    """Why the store refuses an edit; the window words each in the interface language."""

    NO_MEETING = "no_meeting"
    TEXT_TOO_LONG = "text_too_long"
    PARAGRAPH_GONE = "paragraph_gone"
    LAST_PARAGRAPH = "last_paragraph"
    NO_LABEL = "no_label"
    LABEL_TOO_LONG = "label_too_long"
    EMPTY_DRAFT = "empty_draft"
    EMPTY_PROPOSAL = "empty_proposal"
    NOT_A_SIDE = "not_a_side"
    TERM_NEEDS_EN = "term_needs_en"
    TERM_NEEDS_ES = "term_needs_es"
    TERM_EMPTY = "term_empty"
    TERM_GONE = "term_gone"
    UNSTORABLE_TEXT = "unstorable_text"
    NO_CHECKER = "no_checker"
    CHECKER_TOO_LONG = "checker_too_long"


# The wording, from the catalogue: the window and the command line show these sentences.
MESSAGES = {
    Refusal.NO_MEETING: N_("There is no meeting with id {meeting_id}."),
    Refusal.PARAGRAPH_GONE: N_("The paragraph no longer exists; it may have been deleted."),
    Refusal.LAST_PARAGRAPH: N_("Paragraph {number} is the last one: there is nothing to merge "
                               "it with."),
    Refusal.NO_LABEL: N_("Give the version a label, e.g. “Rev. 2 — US proposal”."),
    Refusal.LABEL_TOO_LONG: N_("The label is {length} characters long; at most {limit}."),
    Refusal.EMPTY_DRAFT: N_("The working draft has no paragraphs to save."),
    Refusal.EMPTY_PROPOSAL: N_("The proposal has no paragraphs to save."),
    Refusal.NOT_A_SIDE: N_("“{side}” is not a delegation: a proposal comes from US or MX."),
    Refusal.TERM_NEEDS_EN: N_("The term needs its English form."),
    Refusal.TERM_NEEDS_ES: N_("The term needs its Spanish form."),
    Refusal.TERM_EMPTY: N_("Give the term in English and Spanish."),
    Refusal.TERM_GONE: N_("The term no longer exists; it may have been deleted."),
    Refusal.UNSTORABLE_TEXT: N_("The text holds characters that cannot be stored; type it "
                                "again instead of pasting."),
    Refusal.NO_CHECKER: N_("Say who checked that the two texts say the same: type a name."),
    Refusal.CHECKER_TOO_LONG: N_("The name of who checked is {length} characters long; "
                                 "at most {limit}."),
}
# A paragraph too long, as whole sentences: (language of the text, a paragraph named?).
TOO_LONG = {
    ("en", True): N_("Paragraph {paragraph}: the English text is {length} characters long; "
                     "a paragraph holds at most {limit}."),
    ("es", True): N_("Paragraph {paragraph}: the Spanish text is {length} characters long; "
                     "a paragraph holds at most {limit}."),
    ("en", False): N_("The English text is {length} characters long; "
                      "a paragraph holds at most {limit}."),
    ("es", False): N_("The Spanish text is {length} characters long; "
                      "a paragraph holds at most {limit}."),
}


@dataclass(frozen=True)
class Reason:
    code: Refusal
    values: dict = field(default_factory=dict)

    def text(self, language: str | None = None) -> str:
        """The refusal in ``language`` (default: the messages language), numbers formatted."""
        lang = language or catalogue.current()
        values = {name: format_number(value, lang) if isinstance(value, int)
                  and not isinstance(value, bool) and not name.endswith("_id") else value
                  for name, value in self.values.items()}
        if self.code is Refusal.TEXT_TOO_LONG:
            message = TOO_LONG[(self.values["lang"], bool(self.values.get("paragraph")))]
        else:
            message = MESSAGES[self.code]
        return catalogue.say(message, lang, **values)

    def english(self) -> str:
        return self.text("en")


class CommuniqueProblem(ValueError):
    """An edit the store refuses, with the reasons that say what and where."""

    def __init__(self, *reasons: Reason) -> None:
        self.reasons = reasons
        super().__init__(" ".join(r.text() for r in reasons))


def _refuse(code: Refusal, **values) -> CommuniqueProblem:
    return CommuniqueProblem(Reason(code, values))


@dataclass(frozen=True)
class ParagraphRow:
    id: int
    position: int
    text: Bilingual
    status: ParagraphStatus
    # conformity: who checked that the two texts say the same, and when (None: unchecked)
    conformity_by: str = ""
    conformity_at: dt.datetime | None = None
    notes: str = ""  # the counterpart's comments and our notes, one a line

    @property
    def conforming(self) -> bool:
        return self.conformity_at is not None


@dataclass(frozen=True)
class VersionInfo:
    id: int
    number: int
    label: str
    saved_at: dt.datetime
    paragraphs: int
    origin: str = ""  # "" ours; "US"/"MX": the other side's proposal (a version of its own)


@dataclass(frozen=True)
class Revision:
    """Which revision the working draft is (see ``draft_revision``)."""

    number: int
    saved_on: dt.date | None  # the saved version's date; None: the draft has changed since


@dataclass(frozen=True)
class TermFields:
    term: Bilingual = field(default_factory=Bilingual)
    acronym: Bilingual = field(default_factory=Bilingual)
    note: str = ""
    variants: Bilingual = field(default_factory=Bilingual)  # accepted variants, one a line

    def problems(self) -> list[Refusal]:
        if any(unstorable(t) for t in (self.term.en, self.term.es, self.acronym.en,
                                       self.acronym.es, self.note, self.variants.en,
                                       self.variants.es)):
            return [Refusal.UNSTORABLE_TEXT]
        if self.term.is_empty():
            return [Refusal.TERM_EMPTY]
        return [Refusal.TERM_NEEDS_EN if lang == "en" else Refusal.TERM_NEEDS_ES
                for lang in self.term.missing_languages()]


def _changes(meeting_id: int | None) -> Changes:
    return Changes.of(Kind.COMMUNIQUE, meeting_id=meeting_id)


# --------------------------------------------------------------------------- the working draft

@overload
def working_draft(session: Session, meeting_id: int, *, create: Literal[True],
                  now: dt.datetime | None = None) -> CommuniqueVersion: ...
@overload
def working_draft(session: Session, meeting_id: int, *, create: bool = False,
                  now: dt.datetime | None = None) -> CommuniqueVersion | None: ...
def working_draft(session: Session, meeting_id: int, *, create: bool = False,
                  now: dt.datetime | None = None) -> CommuniqueVersion | None:
    communique = session.scalar(select(Communique).where(Communique.meeting_id == meeting_id))
    if communique is None:
        if not create:
            return None
        if session.get(Meeting, meeting_id) is None:
            raise _refuse(Refusal.NO_MEETING, meeting_id=meeting_id)
        communique = Communique(meeting_id=meeting_id)
        session.add(communique)
    draft = next((v for v in communique.versions if v.number == 0), None)
    if draft is None and create:
        draft = CommuniqueVersion(number=0, label="", saved_at=now or dt.datetime.now(),
                                  communique=communique)
        session.add(draft)
        session.flush()
    return draft


def paragraphs(session: Session, version_id: int) -> list[ParagraphRow]:
    query = (select(Paragraph).where(Paragraph.version_id == version_id)
             .order_by(Paragraph.position, Paragraph.id))
    return [ParagraphRow(p.id, p.position, p.text, p.status, p.conformity_by, p.conformity_at,
                         p.notes) for p in session.scalars(query)]


def draft_paragraphs(session: Session, meeting_id: int) -> list[ParagraphRow]:
    draft = working_draft(session, meeting_id)
    return [] if draft is None else paragraphs(session, draft.id)


def draft_state(session: Session, meeting_id: int) -> Snapshot:
    """The draft's paragraphs as they are now, ids included, for undo."""
    draft = working_draft(session, meeting_id, create=True)
    ids = list(session.scalars(select(Paragraph.id).where(Paragraph.version_id == draft.id)))
    return capture(session, Paragraph.__table__, ids)


def restore_draft_state(session: Session, meeting_id: int, state: Snapshot) -> Changes:
    """The draft as ``state`` holds it; every paragraph put back gets a version newer than
    both its own and the one it replaces, so no editor's copy of it matches by chance."""
    draft = working_draft(session, meeting_id, create=True)
    t = Paragraph.__table__
    counters = {row_id: version for row_id, version in session.execute(
        select(t.c.id, t.c[VERSION]).where(t.c.version_id == draft.id))}
    session.execute(delete(Paragraph).where(Paragraph.version_id == draft.id))
    session.expire_all()
    restore(session, state)
    newer = [{"b_id": row["id"], "b_version": max(row[VERSION], counters.get(row["id"], 0)) + 1}
             for name, rows in state.rows if name == t.name for row in rows]
    if newer:
        session.execute(update(t).where(t.c.id == bindparam("b_id"))
                        .values({VERSION: bindparam("b_version")}), newer)
    return _changes(meeting_id)


_COMPARED = ("text_en", "text_es", "status")  # then "position", the order


def refuse_draft_changed(session: Session, meeting_id: int, left: Snapshot) -> None:
    """An undo (or redo) of a draft edit puts a whole draft back: refused, naming the
    paragraph, when another editor changed, added, deleted or moved any paragraph since
    the step left the draft as ``left`` (``versions.Conflict``)."""
    draft = working_draft(session, meeting_id, create=True)
    t = Paragraph.__table__
    expected = sorted((row for name, rows in left.rows if name == t.name for row in rows),
                      key=lambda row: (row["position"], row["id"]))
    now = list(session.scalars(select(t.c.id).where(t.c.version_id == draft.id)
                               .order_by(t.c.position, t.c.id).with_for_update()))
    refuse_undo_over(session, Left({(t.name, row["id"]): {c: row[c] for c in _COMPARED}
                                    for row in expected}))
    added = [i for i in now if i not in {row["id"] for row in expected}]
    if added:  # an undo would take away the paragraph they added
        raise conflict_on(session, t.name, added[0], ("text_en",), undoing=True)
    refuse_reordered(session, t.name, [row["id"] for row in expected], now, undoing=True)


MAX_CHECKER = max_length(Paragraph.conformity_by)


def set_conformity(session: Session, paragraph_id: int, by: str,
                   now: dt.datetime | None = None) -> Changes:
    """The paragraph's two texts checked as saying the same, by ``by`` (a name), now."""
    by = _checked_line(by, Refusal.NO_CHECKER, Refusal.CHECKER_TOO_LONG, MAX_CHECKER)
    paragraph = _paragraph(session, paragraph_id)
    paragraph.conformity_by = by
    paragraph.conformity_at = now or dt.datetime.now().replace(microsecond=0)
    session.flush()
    return _changes(_meeting_of(paragraph))


def clear_conformity(session: Session, paragraph_id: int) -> Changes:
    paragraph = _paragraph(session, paragraph_id)
    _unconform(paragraph)
    session.flush()
    return _changes(_meeting_of(paragraph))


def _unconform(paragraph: Paragraph) -> None:
    """Either text changed: what was checked is no longer the text."""
    if paragraph.conformity_at is not None or paragraph.conformity_by:
        paragraph.conformity_by, paragraph.conformity_at = "", None


def add_notes(session: Session, paragraph_id: int, lines: list[str]) -> Changes:
    """Lines added to the paragraph's notes (each once)."""
    paragraph = _paragraph(session, paragraph_id)
    paragraph.notes = _clean_notes("\n".join([paragraph.notes, *lines]))
    session.flush()
    return _changes(_meeting_of(paragraph))


def _clean_notes(text: str) -> str:
    """Notes one a line, each once, without characters that cannot be stored, cut at the
    longest a note may be (a comment in a hostile file may be anything)."""
    kept: list[str] = []
    for line in (text or "").splitlines():
        line = " ".join(line.split())
        if line and line not in kept and not unstorable(line):
            kept.append(line)
    return "\n".join(kept)[:max_length(Paragraph.notes)]


def replace_draft(session: Session, meeting_id: int,
                  new: list[tuple[Bilingual, ParagraphStatus]]) -> Changes:
    """The generator's paragraphs in place of the working draft's."""
    draft = working_draft(session, meeting_id, create=True)
    session.execute(delete(Paragraph).where(Paragraph.version_id == draft.id))
    session.expire_all()
    for text, _status in new:
        _check_text(text, None)
    session.add_all(Paragraph(version_id=draft.id, position=i, text=text, status=status)
                    for i, (text, status) in enumerate(new))
    session.flush()
    return _changes(meeting_id)


def _check_text(text: Bilingual, position: int | None) -> None:
    if unstorable(text.en) or unstorable(text.es):
        raise _refuse(Refusal.UNSTORABLE_TEXT)
    for lang in LANGUAGES:
        if len(text.get(lang)) > MAX_PARAGRAPH:
            raise _refuse(Refusal.TEXT_TOO_LONG, paragraph=None if position is None else position + 1,
                          lang=lang, length=len(text.get(lang)), limit=MAX_PARAGRAPH)


def _paragraph(session: Session, paragraph_id: int) -> Paragraph:
    paragraph = session.get(Paragraph, paragraph_id)
    if paragraph is None:
        raise _refuse(Refusal.PARAGRAPH_GONE, paragraph_id=paragraph_id)
    return paragraph


def _siblings(session: Session, paragraph: Paragraph, lock: bool = False) -> list[Paragraph]:
    query = (select(Paragraph).where(Paragraph.version_id == paragraph.version_id)
             .order_by(Paragraph.position, Paragraph.id))
    if lock:  # on a server, nobody reorders them until this transaction ends
        query = query.with_for_update()
    return list(session.scalars(query))


def _renumber(rows: list[Paragraph]) -> None:
    for i, row in enumerate(rows):
        row.position = i


def _meeting_of(paragraph: Paragraph) -> int:
    return paragraph.version.communique.meeting_id


def add_paragraph(session: Session, meeting_id: int, after_id: int | None = None,
                  text: Bilingual | None = None,
                  status: ParagraphStatus = ParagraphStatus.DRAFT) -> int:
    """A new paragraph after ``after_id`` (at the end when None); returns its id."""
    draft = working_draft(session, meeting_id, create=True)
    text = text or Bilingual()
    _check_text(text, None)
    rows = paragraphs(session, draft.id)
    index = len(rows)
    if after_id is not None:
        index = next((i + 1 for i, r in enumerate(rows) if r.id == after_id), len(rows))
    new = Paragraph(version_id=draft.id, position=index, text=text, status=status)
    session.add(new)
    session.flush()
    ordered = [session.get_one(Paragraph, r.id) for r in rows]
    ordered.insert(index, new)
    _renumber(ordered)
    session.flush()
    return new.id


def edit_paragraph(session: Session, paragraph_id: int, *, text: Bilingual | None = None,
                   status: ParagraphStatus | None = None) -> Changes:
    paragraph = _paragraph(session, paragraph_id)
    if text is not None:
        _check_text(text, paragraph.position)
        if text != paragraph.text:
            _unconform(paragraph)
        paragraph.text = text
    if status is not None:
        paragraph.status = ParagraphStatus(status)
    session.flush()
    return _changes(_meeting_of(paragraph))


def split_paragraph(session: Session, paragraph_id: int, at: dict[str, int]) -> int:
    """Split at the given character offset per language; the second half follows, same status."""
    paragraph = _paragraph(session, paragraph_id)
    text = paragraph.text
    first, second = {}, {}
    for lang in LANGUAGES:
        whole = text.get(lang)
        cut = min(max(at.get(lang, len(whole)), 0), len(whole))
        first[lang], second[lang] = whole[:cut].rstrip(), whole[cut:].lstrip()
    paragraph.text = Bilingual(**first)
    _unconform(paragraph)
    session.flush()
    return add_paragraph(session, _meeting_of(paragraph), paragraph.id, Bilingual(**second),
                         paragraph.status)


def merged_status(a: ParagraphStatus, b: ParagraphStatus) -> ParagraphStatus:
    """The merged paragraph is only as agreed as its less agreed half."""
    if a == b:
        return a
    for status in (ParagraphStatus.BRACKETED, ParagraphStatus.DRAFT,
                   ParagraphStatus.AD_REFERENDUM):
        if status in (a, b):
            return status
    return ParagraphStatus.AGREED


def merge_with_next(session: Session, paragraph_id: int) -> Changes:
    paragraph = _paragraph(session, paragraph_id)
    rows = _siblings(session, paragraph)
    index = rows.index(paragraph)
    if index + 1 >= len(rows):
        raise _refuse(Refusal.LAST_PARAGRAPH, number=index + 1)
    following = rows[index + 1]
    joined = {lang: " ".join(t for t in (paragraph.text.get(lang).strip(),
                                         following.text.get(lang).strip()) if t)
              for lang in LANGUAGES}
    paragraph.text = Bilingual(**joined)
    _check_text(paragraph.text, index)
    _unconform(paragraph)
    paragraph.status = merged_status(paragraph.status, following.status)
    meeting_id = _meeting_of(paragraph)
    session.delete(following)
    session.flush()
    _renumber([r for r in rows if r is not following])
    session.flush()
    return _changes(meeting_id)


def move_paragraph(session: Session, paragraph_id: int, steps: int, *,
                   shown: Sequence[int] | None = None) -> Changes:
    """Up (negative) or down; with ``shown`` (the draft's paragraph ids in the order the
    window showed them) refused when another editor reordered, added or deleted one since."""
    paragraph = _paragraph(session, paragraph_id)
    rows = _siblings(session, paragraph, lock=shown is not None)
    if shown is not None:
        refuse_reordered(session, Paragraph.__tablename__, shown, [r.id for r in rows])
    index = rows.index(paragraph)
    target = min(max(index + steps, 0), len(rows) - 1)
    rows.insert(target, rows.pop(index))
    _renumber(rows)
    session.flush()
    return _changes(_meeting_of(paragraph))


def delete_paragraph(session: Session, paragraph_id: int) -> Snapshot:
    paragraph = _paragraph(session, paragraph_id)
    rows = _siblings(session, paragraph)
    snapshot = capture(session, Paragraph.__table__, [paragraph_id])
    session.delete(paragraph)
    session.flush()
    _renumber([r for r in rows if r is not paragraph])
    session.flush()
    return snapshot


# --------------------------------------------------------------------------- versions

def save_version(session: Session, meeting_id: int, label: str,
                 now: dt.datetime | None = None) -> int:
    """Copy the working draft into version n+1 under a label; returns the version's id."""
    label = _checked_label(label)
    draft = working_draft(session, meeting_id, create=True)
    rows = paragraphs(session, draft.id)
    if not rows:
        raise _refuse(Refusal.EMPTY_DRAFT)
    return _new_version(session, draft.communique_id, label, now, "",
                        [(r.text, r.status) for r in rows])


def save_proposal_version(session: Session, meeting_id: int, side: str, label: str,
                          texts: list[tuple[Bilingual, ParagraphStatus]],
                          now: dt.datetime | None = None,
                          notes: list[str] | None = None) -> int:
    """Keep the other side's text as version n+1 of its own (``origin`` = their party code);
    the working draft is left as it is. ``notes``, one per paragraph: their comments on it
    ("author: text", one a line). Returns the version's id."""
    if side not in ("US", "MX"):
        raise _refuse(Refusal.NOT_A_SIDE, side=side)
    label = _checked_label(label)
    if not texts:
        raise _refuse(Refusal.EMPTY_PROPOSAL)
    for position, (text, _status) in enumerate(texts):
        _check_text(text, position)
    draft = working_draft(session, meeting_id, create=True)
    return _new_version(session, draft.communique_id, label, now, side, texts, notes)


def _checked_label(label: str) -> str:
    return _checked_line(label, Refusal.NO_LABEL, Refusal.LABEL_TOO_LONG, MAX_LABEL)


def _checked_line(text: str, empty: Refusal, too_long: Refusal, limit: int) -> str:
    """A one-line text (a version's label, who checked conformity): its spaces collapsed,
    refused when empty, unstorable or longer than ``limit``."""
    text = " ".join((text or "").split())
    if not text:
        raise _refuse(empty)
    if unstorable(text):
        raise _refuse(Refusal.UNSTORABLE_TEXT)
    if len(text) > limit:
        raise _refuse(too_long, length=len(text), limit=limit)
    return text


def _new_version(session: Session, communique_id: int, label: str, now: dt.datetime | None,
                 origin: str, texts: list[tuple[Bilingual, ParagraphStatus]],
                 notes: list[str] | None = None) -> int:
    last = session.scalar(select(func.max(CommuniqueVersion.number))
                          .where(CommuniqueVersion.communique_id == communique_id)) or 0
    version = CommuniqueVersion(communique_id=communique_id, number=last + 1, label=label,
                                saved_at=now or dt.datetime.now().replace(microsecond=0),
                                origin=origin)
    notes = [_clean_notes(n) for n in (notes or [])] + [""] * (len(texts) - len(notes or []))
    version.paragraphs = [Paragraph(position=position, text=text, status=status,
                                    notes=notes[position])
                          for position, (text, status) in enumerate(texts)]
    session.add(version)
    session.flush()
    return version.id


def delete_version(session: Session, version_id: int) -> Snapshot:
    snapshot = capture(session, CommuniqueVersion.__table__, [version_id])
    session.execute(delete(CommuniqueVersion).where(CommuniqueVersion.id == version_id))
    session.expire_all()
    return snapshot


def list_versions(session: Session, meeting_id: int) -> list[VersionInfo]:
    """Every version of the meeting's communiqué, the working draft (number 0) first."""
    counts = (select(Paragraph.version_id, func.count(Paragraph.id).label("n"))
              .group_by(Paragraph.version_id).subquery())
    query = (select(CommuniqueVersion, func.coalesce(counts.c.n, 0))
             .join(Communique)
             .outerjoin(counts, counts.c.version_id == CommuniqueVersion.id)
             .where(Communique.meeting_id == meeting_id)
             .order_by(CommuniqueVersion.number))
    return [VersionInfo(v.id, v.number, v.label, v.saved_at, n, v.origin)
            for v, n in session.execute(query)]


def version_numbered(session: Session, meeting_id: int, number: int) -> VersionInfo | None:
    """The version that ``communique versions`` lists under ``number`` (0: the working draft)."""
    return next((v for v in list_versions(session, meeting_id) if v.number == number), None)


def sent_version(session: Session, meeting_id: int) -> VersionInfo | None:
    """Our latest saved version whose text and statuses are the working draft's: what an
    export of the draft sends (None when the draft has changed since the last save)."""
    draft = [(r.text, r.status) for r in draft_paragraphs(session, meeting_id)]
    for version in reversed(list_versions(session, meeting_id)):
        if version.number and not version.origin and version.paragraphs == len(draft) \
                and [(r.text, r.status) for r in paragraphs(session, version.id)] == draft:
            return version
    return None


def draft_revision(session: Session, meeting_id: int) -> Revision:
    """The revision a document exported from the working draft is.

    In the words of ``list_versions``: while the working draft (number 0) reads as the
    latest saved version does (the same paragraphs, texts and statuses, in order), it *is*
    that version: its number and the day it was saved. Once the draft differs from it (or
    nothing was saved yet) it is the next revision, the number the next save will give it,
    not saved yet (``saved_on`` None)."""
    versions = [v for v in list_versions(session, meeting_id) if v.number > 0]
    if not versions:
        return Revision(1, None)
    latest = versions[-1]

    def content(rows: list[ParagraphRow]) -> list[tuple]:
        return [(r.text.en, r.text.es, r.status) for r in rows]

    if content(draft_paragraphs(session, meeting_id)) == content(paragraphs(session, latest.id)):
        return Revision(latest.number, latest.saved_at.date())
    return Revision(latest.number + 1, None)


# --------------------------------------------------------------------------- termbase

def list_terms(session: Session) -> list[Term]:
    return list(session.scalars(select(Term).order_by(func.lower(Term.__table__.c.term_en), Term.id)))


def _check_term(fields: TermFields) -> None:
    problems = fields.problems()
    if problems:
        raise CommuniqueProblem(*(Reason(code) for code in problems))


def add_term(session: Session, fields: TermFields) -> int:
    _check_term(fields)
    term = Term(term=_strip(fields.term), acronym=_strip(fields.acronym), note=fields.note.strip(),
                variants=_lines(fields.variants))
    session.add(term)
    session.flush()
    return term.id


def update_term(session: Session, term_id: int, fields: TermFields) -> Changes:
    _check_term(fields)
    term = session.get(Term, term_id)
    if term is None:
        raise _refuse(Refusal.TERM_GONE, term_id=term_id)
    term.term, term.acronym, term.note = (_strip(fields.term), _strip(fields.acronym),
                                          fields.note.strip())
    term.variants = _lines(fields.variants)
    session.flush()
    return Changes.of(Kind.TERMS)


def term_fields(term: Term) -> TermFields:
    return TermFields(term.term, term.acronym, term.note, term.variants)


def with_variant(fields: TermFields, lang: str, variant: str) -> TermFields:
    """The term's fields with one more accepted variant in ``lang`` (the same once)."""
    variant = " ".join(variant.split())
    known = [v for v in fields.variants.get(lang).splitlines() if v.strip()]
    if variant and variant not in known:
        known.append(variant)
    texts = {code: fields.variants.get(code) for code in LANGUAGES}
    texts[lang] = "\n".join(known)
    return TermFields(fields.term, fields.acronym, fields.note, Bilingual(**texts))


def delete_term(session: Session, term_id: int) -> Snapshot:
    snapshot = capture(session, Term.__table__, [term_id])
    session.execute(delete(Term).where(Term.id == term_id))
    session.expire_all()
    return snapshot


def _lines(text: Bilingual) -> Bilingual:
    """Variants one a line, trimmed, blank lines dropped, each once."""
    def clean(value: str) -> str:
        kept: list[str] = []
        for line in value.splitlines():
            line = " ".join(line.split())
            if line and line not in kept:
                kept.append(line)
        return "\n".join(kept)
    return Bilingual(clean(text.en), clean(text.es))


def _strip(text: Bilingual) -> Bilingual:
    return Bilingual(text.en.strip(), text.es.strip())
