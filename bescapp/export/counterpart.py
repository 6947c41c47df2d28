"""The counterpart's edited communiqué, read back as their proposal.

A .docx that bescapp exported (or the counterpart's own: a two-column table, or an
English and a Spanish file) is checked as every incoming Word file is
(``safe_docx.check_package``), then read without python-docx: each paragraph as the
counterpart has it (every revision accepted) and as we sent it (their revisions
rejected, ours kept), with their revisions' authors and dates and the comments on it.
Paragraphs are matched to the version we sent by the hidden bookmarks
(``identities``), else by text and order. The result is kept as a new saved version of
the other side (``store.communique.save_proposal_version``), never over the working
draft. It lives beside the export because it reads the export's own marks; the
import-linter layers keep ``bescapp.importers`` apart from ``bescapp.export``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..domain.brackets import bracket_spans
from ..domain.communique import country_order
from ..domain.diff import diff_words, pair_paragraphs
from ..domain.negotiation import rising
from ..i18n import catalogue, languages
from ..i18n.catalogue import N_, say
from ..i18n.formatting import format_date, format_number, meeting_name
from ..model.bilingual import LANGUAGES, Bilingual
from ..model.entities import ParagraphStatus
from ..store import communique as store
from ..store import our_side
from ..store.meetings import get_meeting
from . import identities, side_tags
from .delegations import DELEGATION_OF
from .safe_docx import SAFE_PARSER, DraftProblem, check_package

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


ADDED, REMOVED = (w("ins"), w("moveTo")), (w("del"), w("moveFrom"))
SKIPPED_STYLES = {"Title", "Subtitle", "Small"}  # our title, dateline and negotiating note
SIDE_NAMES = {"US": N_("United States"), "MX": N_("Mexico")}
LABELS = {"US": N_("US proposal — {date}"), "MX": N_("MX proposal — {date}")}
STATUS_NAMES = (N_("Draft"), N_("Bracketed"), N_("Ad referendum"), N_("Agreed"))


class CounterpartProblem(Exception):
    """A file that cannot be taken as the counterpart's proposal; the message says why."""


# --------------------------------------------------------------------------- reading

@dataclass(frozen=True)
class Revision:
    kind: str  # "insert" / "delete"
    author: str
    date: str
    text: str


@dataclass
class Passage:
    """One paragraph (or one table cell) of the file in one language."""

    theirs: str = ""  # every revision accepted
    sent: str = ""  # their revisions rejected, ours kept: as we sent it
    number: int | None = None  # our paragraph number, from its bookmark
    revisions: list[Revision] = field(default_factory=list)
    comments: list[tuple[str, str]] = field(default_factory=list)  # (author, text)
    mark_removed: bool = False  # its paragraph mark deleted by them: joins the next
    mark_added: bool = False  # its paragraph mark inserted by them: a split
    style: str = ""


@dataclass
class Incoming:
    """The file's paragraphs, each a language → passage map, in their order."""

    name: str
    identity: identities.Identity | None
    modified: dt.date | None
    rows: list[dict[str, Passage]]
    notes: list[str] = field(default_factory=list)


def read_file(path: Path) -> bytes:
    name = path.name
    if not path.exists():
        raise DraftProblem("missing", name)
    if path.is_dir():
        raise DraftProblem("is_folder", name)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DraftProblem("unreadable", name, e.strerror or str(e)) from e
    check_package(data, name, DraftProblem)
    return data


def _part(archive: zipfile.ZipFile, name: str, file: str):
    try:
        raw = archive.read(name)
    except KeyError:
        return None
    try:
        return etree.fromstring(raw, SAFE_PARSER)
    except etree.XMLSyntaxError as e:
        raise DraftProblem("damaged", file, f"{name}: {e}") from e


def _properties(root) -> dict[str, str]:
    if root is None:
        return {}
    return {p.get("name", ""): "".join(p.itertext()) for p in root.iter(f"{{{_CUSTOM_NS}}}property")}


def _modified(root) -> dt.date | None:
    if root is None:
        return None
    for element in root.iter("{http://purl.org/dc/terms/}modified"):
        try:
            return dt.datetime.fromisoformat((element.text or "").strip().rstrip("Z")).date()
        except ValueError:
            return None
    return None


def _comments(root) -> dict[str, tuple[str, str]]:
    if root is None:
        return {}
    return {c.get(w("id"), ""): (c.get(w("author"), ""), " ".join(
        "".join(t.text or "" for t in p.iter(w("t"))) for p in c.iter(w("p"))).strip())
        for c in root.iter(w("comment"))}


def parse(data: bytes, name: str, ours: set[str]) -> Incoming:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = _part(archive, "word/document.xml", name)
        identity = identities.Identity.from_properties(
            _properties(_part(archive, "docProps/custom.xml", name)))
        modified = _modified(_part(archive, "docProps/core.xml", name))
        comments = _comments(_part(archive, "word/comments.xml", name))
    body = document.find(w("body")) if document is not None else None
    if body is None:
        raise DraftProblem("missing_part", name, "word/document.xml")
    reader = _Reader(ours, comments)
    table = _our_table(body, identity)
    if table is not None:
        rows = reader.table(table, _column_languages(table, identity))
    else:
        rows = reader.paragraphs(body, identity)
    incoming = Incoming(name, identity, modified, rows)
    nested = reader.nested
    if nested:
        incoming.notes.append(say(N_("{name}: {count} tracked changes are inside other tracked "
                                     "changes; each was read as the last editor left it."),
                                  name=name, count=nested))
    return incoming


def _bookmarked(element) -> bool:
    return any(identities.read_bookmark(b.get(w("name"), ""))
               for b in element.iter(w("bookmarkStart")))


def _our_table(body, identity: identities.Identity | None):
    tables = [t for t in body.iter(w("tbl")) if _columns(t) == 2]
    for table in tables:
        if _bookmarked(table):
            return table
    if identity is not None and not languages.is_bilingual(identity.language):
        return None
    if tables and not any(_bookmarked(p) for p in body.iter(w("p"))):
        return max(tables, key=lambda t: len(t.findall(w("tr"))))
    return None


def _column_languages(table, identity: identities.Identity | None) -> tuple[str, ...]:
    """Which language each of the table's two columns holds, left to right: as our
    bookmarks in its cells say, else as its heading row names them, else as the copy
    puts them (the Mexican copy Spanish on the left), else English on the left."""
    for tr in table.findall(w("tr")):
        cells = tr.findall(w("tc"))
        if len(cells) != 2:
            continue
        found = []
        for cell in cells:
            marks = [identities.read_bookmark(b.get(w("name"), ""))
                     for b in cell.iter(w("bookmarkStart"))]
            found.append(next((m[1] for m in marks if m), None))
        left, right = found
        if left in LANGUAGES and right in LANGUAGES and left != right:
            return (str(left), str(right))
    for tr in table.findall(w("tr"))[:1]:
        words = ["".join(t.text or "" for t in tc.iter(w("t"))).strip().lower()
                 for tc in tr.findall(w("tc"))]
        if len(words) == 2:
            first, second = (HEADING_LANGUAGES.get(word, "") for word in words)
            if first and second and first != second:
                return (first, second)
    if identity is not None and identity.copy == "MX":
        return ("es", "en")
    return tuple(LANGUAGES)


HEADING_LANGUAGES = {"english": "en", "inglés": "en", "ingles": "en",
                     "spanish": "es", "español": "es", "espanol": "es"}


def _columns(table) -> int:
    rows = table.findall(w("tr"))
    return max((len(r.findall(w("tc"))) for r in rows), default=0)


class _Reader:
    def __init__(self, ours: set[str], comments: dict[str, tuple[str, str]]) -> None:
        self.ours, self.comments = ours, comments
        self.nested = 0

    def passage(self, p) -> Passage:
        out = Passage()
        theirs, sent = [], []
        style = p.find(f"{w('pPr')}/{w('pStyle')}")
        out.style = style.get(w("val"), "") if style is not None else ""
        for mark in p.findall(f"{w('pPr')}/{w('rPr')}/*"):
            if mark.tag in REMOVED:
                out.mark_removed = True
            elif mark.tag in ADDED and mark.get(w("author"), "") not in self.ours:
                out.mark_added = True
                out.revisions.append(Revision("insert", mark.get(w("author"), ""),
                                              mark.get(w("date"), ""), "¶"))
        seen: set[int] = set()
        for element in p.iter(w("t"), w("delText"), w("tab"), w("br"), w("bookmarkStart"),
                              w("commentRangeStart"), w("commentReference")):
            tag = element.tag
            if tag == w("bookmarkStart"):
                found = identities.read_bookmark(element.get(w("name"), ""))
                if found:
                    out.number = found[0]
                continue
            if tag in (w("commentRangeStart"), w("commentReference")):
                comment = self.comments.get(element.get(w("id"), ""))
                if comment and comment not in out.comments:
                    out.comments.append(comment)
                continue
            text = element.text or "" if tag in (w("t"), w("delText")) else " "
            wrappers = [a for a in element.iterancestors() if a.tag in ADDED + REMOVED]
            if len(wrappers) > 1:
                self.nested += 1
            in_theirs = not any(a.tag in REMOVED for a in wrappers)
            in_sent = all(a.get(w("author"), "") in self.ours for a in wrappers if a.tag in ADDED) \
                and not any(a.get(w("author"), "") in self.ours for a in wrappers
                            if a.tag in REMOVED)
            if in_theirs:
                theirs.append(text)
            if in_sent:
                sent.append(text)
            for wrapper in wrappers:
                author = wrapper.get(w("author"), "")
                if author in self.ours or id(wrapper) in seen:
                    continue
                seen.add(id(wrapper))
                out.revisions.append(Revision("insert" if wrapper.tag in ADDED else "delete",
                                              author, wrapper.get(w("date"), ""),
                                              "".join(wrapper.itertext())))
        out.theirs, out.sent = _bare("".join(theirs)), _bare("".join(sent))
        return out

    def cell(self, tc) -> Passage:
        parts = [self.passage(p) for p in tc.iter(w("p"))]
        out = Passage(theirs=" ".join(x.theirs for x in parts if x.theirs),
                      sent=" ".join(x.sent for x in parts if x.sent))
        for part in parts:
            out.number = out.number or part.number
            out.revisions += part.revisions
            out.comments += [c for c in part.comments if c not in out.comments]
        return out

    def table(self, table, order: tuple[str, ...] = tuple(LANGUAGES)) -> list[dict[str, Passage]]:
        rows = []
        for tr in table.findall(w("tr")):
            cells = tr.findall(w("tc"))
            if len(cells) != 2:
                continue
            marks = tr.findall(f"{w('trPr')}/*")
            passages = {lang: self.cell(c) for lang, c in zip(order, cells, strict=True)}
            passages = {lang: passages[lang] for lang in LANGUAGES}  # English, then Spanish
            if _is_heading(passages):
                continue
            for mark in marks:
                theirs_mark = mark.get(w("author"), "") not in self.ours
                if mark.tag == w("del"):
                    for passage in passages.values():
                        passage.theirs = ""
                        if not theirs_mark:
                            passage.sent = ""
                elif mark.tag == w("ins") and theirs_mark:
                    for passage in passages.values():
                        passage.sent = ""
            rows.append(passages)
        return rows

    def paragraphs(self, body, identity) -> list[dict[str, Passage]]:
        lang = identity.language if identity and identity.language in LANGUAGES else "en"
        passages = [self.passage(p) for p in body.iter(w("p"))
                    if not any(a.tag in (w("tbl"), w("hdr"), w("ftr")) for a in p.iterancestors())]
        marked = any(p.number for p in passages)
        kept: list[Passage] = []
        for p in passages:
            follows_split = bool(kept) and kept[-1].mark_added and kept[-1] is passages[
                passages.index(p) - 1]
            if (p.number or not marked or p.mark_added or p.revisions or follows_split) \
                    and p.style not in SKIPPED_STYLES and (p.theirs or p.sent):
                kept.append(p)
        return [{lang: p} for p in _joined(kept)]


def _joined(passages: list[Passage]) -> list[Passage]:
    """Paragraph marks they removed join two paragraphs in their text (a merge); marks
    they added split one of ours in the text we sent (a split) — kept whole there."""
    out: list[Passage] = []
    carry_theirs: Passage | None = None
    for before, passage in zip([None, *passages], passages, strict=False):
        if before is not None and before.mark_added:  # they split ours: whole in what we sent
            before.sent = " ".join(t for t in (before.sent, passage.sent) if t)
            passage.sent = ""
            passage.revisions += [r for r in before.revisions if r.text == "¶"]
        if carry_theirs is not None:
            carry_theirs.theirs = " ".join(t for t in (carry_theirs.theirs, passage.theirs) if t)
            passage.theirs = ""
            carry_theirs = None if not passage.mark_removed else carry_theirs
        elif passage.mark_removed and passage.theirs:
            carry_theirs = passage
        out.append(passage)
    return out


def _is_heading(passages: dict[str, Passage]) -> bool:
    names = {"english", "spanish", "inglés", "español", "ingles", "espanol"}
    return all(p.theirs.strip().lower() in names for p in passages.values())


_NUMBER = re.compile(r"^\s*\d+\.\s+")


def _status_suffix() -> re.Pattern[str]:
    words = {say(status, lang) for status in STATUS_NAMES for lang in LANGUAGES}
    return re.compile(r"\s*\((?:" + "|".join(re.escape(x) for x in sorted(words)) + r")\)\s*$")


def _bare(text: str) -> str:
    """Without our paragraph number in front and the status mark behind, the side tags
    as the stored text writes them ("[ampliar]EUA" → "[ampliar]US")."""
    text = " ".join(text.split())
    return side_tags.stored(_status_suffix().sub("", _NUMBER.sub("", text)))


# --------------------------------------------------------------------------- comparing

@dataclass
class Change:
    """One paragraph of their text against ours."""

    ours: int | None  # our paragraph number (in the version we sent), None when added
    theirs: int | None  # its number in their text, None when removed
    text: Bilingual  # theirs (the languages the file lacks from ours)
    pieces: dict[str, tuple[str, str]]  # language → (deleted words, inserted words)
    tracked_by: list[str]
    untracked: bool
    moved: bool = False
    comments: list[tuple[str, str]] = field(default_factory=list)
    status: ParagraphStatus = ParagraphStatus.DRAFT

    @property
    def changed(self) -> bool:
        return self.ours is None or self.theirs is None or self.moved or bool(self.pieces) \
            or bool(self.comments)


@dataclass
class Proposal:
    side: str
    base_number: int
    changes: list[Change]
    notes: list[str]
    modified: dt.date | None

    def texts(self) -> list[tuple[Bilingual, ParagraphStatus]]:
        return [(c.text, c.status) for c in self.changes if c.theirs is not None]

    def paragraph_notes(self) -> list[str]:
        """Their comments on each paragraph of ``texts``, "author: text" one a line: the
        notes the proposal's paragraphs keep."""
        return ["\n".join(f"{author or '?'}: {text}" for author, text in c.comments if text)
                for c in self.changes if c.theirs is not None]


def compare(files: list[Incoming], base: list[store.ParagraphRow], copy: str,
            side: str, base_number: int) -> Proposal:
    notes = [n for f in files for n in f.notes]
    rows = _combine(files, notes)
    langs = sorted({lang for row in rows for lang in row}, key=LANGUAGES.index)
    ordered = [Bilingual(country_order(r.text.en, "en", copy), country_order(r.text.es, "es", copy))
               for r in base]
    matched: dict[int, int] = {}  # their index → our index
    used: set[int] = set()
    for k, row in enumerate(rows):
        number = next((p.number for p in row.values() if p.number), None)
        if number and 1 <= number <= len(base) and number - 1 not in used:
            matched[k] = number - 1
            used.add(number - 1)
    if not matched and rows:
        notes.append(say(N_("The file carries no bescapp marks (they were removed, or bescapp "
                            "did not write it): its paragraphs were matched to ours by their "
                            "text and order; check the matches below.")))
    for k, row in enumerate(rows):  # the same text elsewhere: a paragraph moved
        if k in matched:
            continue
        for n, text in enumerate(ordered):
            if n not in used and all(row[lang].sent == text.get(lang) for lang in row):
                matched[k] = n
                used.add(n)
                break
    free_rows = [k for k in range(len(rows)) if k not in matched]
    free_base = [i for i in range(len(base)) if i not in used]
    key_rows = [tuple(rows[k][lang].sent for lang in langs) for k in free_rows]
    key_base = [tuple(ordered[i].get(lang) for lang in langs) for i in free_base]
    for a, b in pair_paragraphs(key_base, key_rows):
        if a is not None and b is not None:
            matched[free_rows[b]] = free_base[a]
    still = sorted(set(range(len(base))) - set(matched.values()))
    steady = rising([matched[k] for k in sorted(matched)])
    changes: list[Change] = []
    for k, row in enumerate(rows):
        i = matched.get(k)
        ours = ordered[i] if i is not None else Bilingual()
        text = Bilingual(**{lang: row[lang].theirs if lang in row else ours.get(lang)
                            for lang in LANGUAGES})
        if all(not row[lang].theirs for lang in row):  # emptied in their text: removed
            if i is not None:
                still.append(i)
            continue
        pieces = {}
        for lang in row:
            diff = diff_words(ours.get(lang), row[lang].theirs)
            deleted = " ".join(p.text.strip() for p in diff if p.op == "delete" and p.text.strip())
            inserted = " ".join(p.text.strip() for p in diff if p.op == "insert" and p.text.strip())
            if deleted or inserted:
                pieces[lang] = (deleted, inserted)
        authors = sorted({r.author for p in row.values() for r in p.revisions})
        untracked = any(row[lang].sent != ours.get(lang) for lang in row) if i is not None else \
            not authors
        status = base[i].status if i is not None and not pieces else ParagraphStatus.DRAFT
        changes.append(Change(None if i is None else i + 1, len(changes) + 1, text,
                              pieces, authors, untracked and bool(pieces),
                              moved=i is not None and i not in steady,
                              comments=[c for p in row.values() for c in p.comments],
                              status=status))
    for i in sorted(set(still)):
        changes.append(Change(i + 1, None, ordered[i], {}, [], False))
    for change in changes:
        for lang in LANGUAGES:
            _, stray = bracket_spans(change.text.get(lang))
            if stray and change.theirs is not None and change.pieces.get(lang):
                notes.append(say(N_("Paragraph {number} ({language}): the square brackets no "
                                    "longer balance."), number=change.theirs,
                                 language=say(LANGUAGE_WORDS[lang])))
    authors = sorted({a for c in changes for a in c.tracked_by})
    if len(authors) > 1:
        notes.append(say(N_("Tracked changes by several authors ({authors}): all are read as "
                            "the {side} proposal."), authors=", ".join(authors),
                         side=say(SIDE_NAMES[side])))
    return Proposal(side, base_number, changes, notes, next((f.modified for f in files
                                                             if f.modified), None))


LANGUAGE_WORDS = {"en": N_("English"), "es": N_("Spanish")}


def _combine(files: list[Incoming], notes: list[str]) -> list[dict[str, Passage]]:
    """One file's rows, or an English and a Spanish file paired paragraph by paragraph."""
    if len(files) == 1:
        return files[0].rows
    first, second = files
    en = [row.get("en") or next(iter(row.values())) for row in first.rows]
    es = [row.get("es") or next(iter(row.values())) for row in second.rows]
    by_number = {p.number: p for p in es if p.number}
    out: list[dict[str, Passage]] = []
    rest = [p for p in es if not p.number]
    for passage in en:
        partner = by_number.pop(passage.number, None) if passage.number else None
        if partner is None and rest:
            partner = rest.pop(0)
        out.append({"en": passage, "es": partner or Passage()})
    for partner in list(by_number.values()) + rest:
        out.append({"en": Passage(), "es": partner})
    if len(en) != len(es):
        notes.append(say(N_("The English file has {en} paragraphs and the Spanish file {es}: "
                            "check how they were paired."), en=len(en), es=len(es)))
    return out


# --------------------------------------------------------------------------- the command

def our_authors() -> set[str]:
    """Every name our revisions may carry (either delegation, either language): the
    revisions of the text we sent, which are not the counterpart's proposals."""
    return {say(name, lang) for name in DELEGATION_OF.values() for lang in LANGUAGES}


def label(side: str, day: dt.date, lang: str | None = None) -> str:
    return say(LABELS[side], lang, date=format_date(day, lang or catalogue.current()))


def read_proposal(session, paths: list[Path], meeting_id: int, side: str) -> Proposal:
    """The proposal the files hold, compared with the version we sent; changes nothing."""
    if len(paths) > 2:
        raise CounterpartProblem(say(N_("give one file, or the English file and the Spanish "
                                        "file: {count} were given"), count=len(paths)))
    if get_meeting(session, meeting_id) is None:
        raise CounterpartProblem(say(N_("There is no meeting with id {meeting_id}."),
                                     meeting_id=meeting_id))
    settings = our_side.read(session)
    ours = our_authors() - {say(DELEGATION_OF[side], lang) for lang in LANGUAGES} \
        if side != settings.side else our_authors()
    files = [parse(read_file(path), path.name, ours) for path in paths]
    if len(files) == 2:  # the English file first, then the Spanish
        for lang, incoming in zip(LANGUAGES, files, strict=True):
            incoming.rows = [{lang: passage} for row in incoming.rows
                             for passage in row.values()]
    meeting = get_meeting(session, meeting_id)
    for incoming in files:
        identity = incoming.identity
        if identity is not None and identity.side and identity.side != settings.side:
            # written by the counterpart's own bescapp: its ids and numbers are theirs
            if identity.plenary and meeting is not None \
                    and identity.plenary != identities.plenary_of(meeting):
                raise CounterpartProblem(say(N_(
                    "{name} is the communiqué of another meeting ({theirs}), not of the "
                    "{ours}; nothing was imported."), name=incoming.name,
                    theirs=_named(identity.plenary),
                    ours=_named(identities.plenary_of(meeting))))
            incoming.identity = identity = None
            for row in incoming.rows:
                for passage in row.values():
                    passage.number = None
        if identity is not None and identity.meeting != meeting_id:
            other = get_meeting(session, identity.meeting)
            where = say(N_("meeting {id}"), id=identity.meeting) if other is not None \
                else say(N_("a meeting of another database"))
            raise CounterpartProblem(say(N_("{name} is the communiqué of {where}, not of meeting "
                                            "{meeting}; nothing was imported."),
                                         name=incoming.name, where=where, meeting=meeting_id))
        if not incoming.rows:
            raise CounterpartProblem(say(N_("{name} holds no communiqué paragraphs."),
                                         name=incoming.name))
    identity = next((f.identity for f in files if f.identity), None)
    base_version = None
    if identity is not None and identity.version:
        base_version = store.version_numbered(session, meeting_id, identity.version)
    notes = []
    if base_version is None:
        base = store.draft_paragraphs(session, meeting_id)
        notes.append(say(N_("Compared with the working draft: the file names no saved version "
                            "of ours that is still on file.")))
    else:
        base = store.paragraphs(session, base_version.id)
    copy = identity.copy if identity and identity.copy in ("US", "MX") else (settings.side or "US")
    proposal = compare(files, base, copy, side, base_version.number if base_version else 0)
    proposal.notes[:0] = notes
    # kept in our own copy's order of the two countries, as the working draft
    mine = settings.side or "US"
    for change in proposal.changes:
        stored = base[change.ours - 1].text if change.ours is not None else None
        texts = {}
        for lang in LANGUAGES:  # a language they left as it was: ours, as stored
            text = change.text.get(lang)
            if stored is not None and text == country_order(stored.get(lang), lang, copy):
                texts[lang] = stored.get(lang)
            else:
                texts[lang] = country_order(text, lang, mine)
        change.text = Bilingual(**texts)
    return proposal


def _named(plenary: str) -> str:
    """"plenary 12" as the messages language names it ("12th Plenary Meeting")."""
    kind, _, number = plenary.rpartition(" ")
    try:
        return meeting_name(kind, int(number), catalogue.current())
    except (ValueError, KeyError):
        return plenary


def report_lines(proposal: Proposal) -> list[str]:
    lines = list(proposal.notes)
    place, last = {}, 0.0  # in our order: a new paragraph just after the one it follows
    for change in proposal.changes:
        last = float(change.ours) if change.ours is not None else last + 0.001
        place[id(change)] = last
    for change in sorted(proposal.changes, key=lambda c: place[id(c)]):
        if not change.changed:
            continue
        if change.theirs is None:
            lines.append(say(N_("Paragraph {number}: removed"), number=change.ours))
            continue
        if change.ours is None:
            head = say(N_("New paragraph {number}"), number=change.theirs)
        elif change.moved:
            head = say(N_("Paragraph {number}: moved to {place}"), number=change.ours,
                       place=change.theirs)
        else:
            head = say(N_("Paragraph {number}"), number=change.ours)
        how = []
        if change.tracked_by:
            how.append(say(N_("tracked by {authors}"), authors=", ".join(change.tracked_by)))
        if change.untracked:
            how.append(say(N_("edited without tracking")))
        if change.ours is None or not change.pieces:
            lines.append(head + (f" ({'; '.join(how)})" if how else ""))
        for lang, (deleted, inserted) in change.pieces.items():
            words = []
            if deleted:
                words.append(say(N_("deleted “{words}”"), words=deleted))
            if inserted:
                words.append(say(N_("inserted “{words}”"), words=inserted))
            lines.append(f"{head} ({say(LANGUAGE_WORDS[lang])}): {'; '.join(words)}"
                         + (f" ({'; '.join(how)})" if how else ""))
        for author, text in change.comments:
            lines.append(say(N_("{head}: comment by {author}: {text}"), head=head,
                             author=author or "?", text=text))
    if not any(c.changed for c in proposal.changes):
        lines.append(say(N_("No paragraph differs from the version we sent.")))
    return lines


def import_from_cli(db, args) -> int:
    side = args.side.upper()
    try:
        with db.transaction() as session:
            proposal = read_proposal(session, [Path(f) for f in args.files], args.meeting, side)
            for line in report_lines(proposal):
                print(line)
            if args.dry_run:
                print(say(N_("Dry run: nothing was saved.")))
                return 0
            day = proposal.modified or dt.date.today()
            name = args.label or label(side, day)
            version_id = store.save_proposal_version(session, args.meeting, side, name,
                                                     proposal.texts(), notes=proposal.paragraph_notes())
            number = next(v.number for v in store.list_versions(session, args.meeting)
                          if v.id == version_id)
    except (CounterpartProblem, DraftProblem, store.CommuniqueProblem) as e:
        print(f"bescapp: {e}", file=sys.stderr)
        return 1
    print(say(N_("Saved as version {number}: {label}"), number=format_number(number,
                                                                            catalogue.current()),
              label=name))
    return 0
