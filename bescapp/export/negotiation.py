"""The communiqué as a negotiating revision: tracked changes from a saved version, and
the hidden identity that lets the counterpart's edited file be recognised on return.

``prepare`` gathers what ``write_communique`` needs; ``write`` lays the paragraphs out
with Word revisions (``revisions``) against the saved version; ``mark`` puts the
identity (``identities``) on every export, with or without changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from docx.oxml.ns import qn

from ..domain.diff import diff_words, pair_paragraphs
from ..i18n import languages
from ..i18n.catalogue import N_, say
from ..store import communique as store
from ..store import our_side
from ..store.communique import ParagraphRow
from . import identities, kit, revisions, side_tags
from .delegations import DELEGATION_OF


def author(session) -> str:
    """Our delegation, named in our language: the author of the revisions we send."""
    settings = our_side.read(session)
    return say(DELEGATION_OF[settings.side or "US"], settings.language)


@dataclass
class Negotiation:
    meeting_id: int
    language: str
    first: str  # whose copy: "US"/"MX"
    rows: list[ParagraphRow]  # the working draft, as stored
    base: list[ParagraphRow] | None  # the saved version the changes are from
    sent: int  # the saved version the draft's text is, 0 when none is
    reviser: revisions.Reviser
    side: str = ""  # whose database writes it
    plenary: str = ""  # "plenary 12"

    def write(self, doc, ordered, add_text, add_status, number) -> None:
        """Each paragraph as the draft has it, what changed since ``base`` as revisions;
        ``number(paragraph, lang)`` makes a changed paragraph an item of its list."""
        assert self.base is not None
        old = [ParagraphRow(r.id, r.position, ordered(r.text, self.first), r.status)
               for r in self.base]
        new = [ParagraphRow(r.id, r.position, ordered(r.text, self.first), r.status)
               for r in self.rows]
        pairs = pair_paragraphs([(r.text, r.status) for r in old],
                                [(r.text, r.status) for r in new])
        langs = kit.document_languages(self.language)
        if languages.is_bilingual(self.language):
            # the copy's own language on the left, as the draft without changes has it
            order = kit.column_order(self.first)
            half = kit.usable_width(doc) / 2
            table = kit.table(doc, kit.language_names(order), [("", "") for _ in pairs],
                              (half, half), langs=list(order))
            targets = [dict(zip(order, (c.paragraphs[0] for c in row.cells), strict=True))
                       for row in table.rows[1:]]
        else:
            targets = [{self.language: doc.add_paragraph()} for _ in pairs]
            table = None
        for index, ((i, j), where) in enumerate(zip(pairs, targets, strict=True)):
            for lang in langs:
                paragraph = where[lang]
                if j is None:  # removed: its old text, all of it struck through
                    assert i is not None
                    add_text(paragraph, old[i], lang, False)
                elif i is None or (old[i].text == new[j].text and old[i].status == new[j].status):
                    add_text(paragraph, new[j], lang, False)
                else:
                    number(paragraph, lang)
                    self._changed(paragraph, old[i], new[j], lang, add_status)
                if table is None and (i is None or j is None):
                    revisions.mark_paragraph(paragraph, self.reviser,
                                             "w:del" if j is None else "w:ins")
            if table is not None and (i is None or j is None):
                revisions.mark_row(table.rows[index + 1], self.reviser,
                                   "w:del" if j is None else "w:ins")

    def _changed(self, paragraph, old: ParagraphRow, new: ParagraphRow, lang: str,
                 add_status) -> None:
        # the side tags in the column's language, as its unchanged paragraphs print them
        before, after = (side_tags.worded(kit.clean(row.text.get(lang)), lang)
                         for row in (old, new))
        revisions.add_pieces(paragraph, diff_words(before, after), self.reviser,
                             brackets_bold=True, old=before, new=after,
                             lang=kit.word_tag(lang), words=side_tags.words_of(lang))
        if old.status != new.status:
            revisions.wrap_runs_of(add_status(paragraph, old.status, lang), self.reviser, "w:del")
            revisions.wrap_runs_of(add_status(paragraph, new.status, lang), self.reviser, "w:ins")
        else:
            add_status(paragraph, new.status, lang)

    def mark(self, doc) -> None:
        """The identity: custom properties, and a bookmark around each paragraph that the
        text we send holds (not those shown as removed)."""
        identities.set_identity(doc, identities.Identity(
            self.meeting_id, self.sent, self.first, self.language, len(self.rows), self.side,
            self.plenary))
        langs = kit.document_languages(self.language)
        if languages.is_bilingual(self.language):
            rows = doc.tables[-1].rows[1:]
            order = kit.column_order(self.first)
            written = [dict(zip(order, (c.paragraphs[0] for c in row.cells), strict=True))
                       for row in rows if not _removed_row(row)]
        else:
            paragraphs = [p for p in doc.paragraphs[-self._written():] if not _removed(p)]
            written = [{self.language: p} for p in paragraphs]
        for number, where in enumerate(written, start=1):
            for lang in langs:
                identities.surround(where[lang], identities.bookmark_name(number, lang),
                                    self.reviser.take_id())

    def _written(self) -> int:
        if self.base is None:
            return len(self.rows)
        return len(pair_paragraphs([(r.text, r.status) for r in self.base],
                                   [(r.text, r.status) for r in self.rows]))


def _removed(paragraph) -> bool:
    props = paragraph._p.pPr
    return props is not None and props.find(f"{qn('w:rPr')}/{qn('w:del')}") is not None


def _removed_row(row) -> bool:
    props = row._tr.trPr
    return props is not None and props.find(qn("w:del")) is not None


def prepare(session, meeting_id: int, rows: list[ParagraphRow], changes_from: int | None,
            language: str, first: str) -> Negotiation:
    base = None
    sent = store.sent_version(session, meeting_id)
    if changes_from is not None:
        version = store.version_numbered(session, meeting_id, changes_from)
        if version is None or version.number == 0:
            raise kit.ExportRefused(say(N_(
                "there is no saved version {number} of this meeting's communiqué; "
                "`communique versions --meeting {meeting}` lists them"),
                number=changes_from, meeting=meeting_id))
        base = store.paragraphs(session, version.id)
    when = sent.saved_at if sent is not None else dt.datetime.now().replace(microsecond=0)
    meeting = kit.load_meeting(session, meeting_id)
    return Negotiation(meeting_id, language, first, rows, base, sent.number if sent else 0,
                       revisions.Reviser(author(session), when),
                       our_side.read(session).side or "", identities.plenary_of(meeting))
