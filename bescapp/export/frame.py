"""What every document says about itself, written once for all of them.

Its title block (the committee, then the document's own title and meeting line), its
draft marking ("DRAFT — NOT FOR DISTRIBUTION" with the day it was exported, or the
communiqué's revision), the line its page headers carry, and its file properties (title,
subject, author: our delegation, language, dates), with nothing left of python-docx's
own template (its author, its comment, its 2013 dates, its stock thumbnail).

A shareable document is a draft until staff say it is final (``--final``, the Export
workspace's check box); the internal ones (the briefing book, the status report with
internal notes) carry our handling marking instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml

from .. import __version__
from ..i18n import languages
from ..i18n.catalogue import N_, say
from ..i18n.formatting import format_date, format_date_range, meeting_name
from ..model.bilingual import Bilingual
from ..model.entities import Meeting
from ..store import our_side
from ..store.communique import Revision
from . import kit

DRAFT = N_("DRAFT — NOT FOR DISTRIBUTION")
AS_OF = N_("As of {date}")
REVISION = N_("Rev. {number} — {date}")
STATUS = {True: N_("Draft"), False: N_("Final")}  # the properties' content status

PROPERTY_LENGTH = 255  # the longest core property python-docx (and the format) takes
APP_PROPERTIES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                  'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/'
                  'officeDocument/2006/docPropsVTypes">'
                  "<Application>bescapp {version}</Application><DocSecurity>0</DocSecurity>"
                  "<ScaleCrop>false</ScaleCrop><Company>{company}</Company>"
                  "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
                  "<HyperlinksChanged>false</HyperlinksChanged></Properties>")


@dataclass(frozen=True)
class Frame:
    """One export's frame: the document's language (en, es, bilingual) and its own
    language (the copy's first), who we are, the meeting, and whether it is a draft."""

    language: str
    own: str  # the language code of the file's defaults and properties
    meeting: Meeting
    committee: Bilingual
    acronym: Bilingual
    author: str  # our delegation, in ``own``
    draft: bool  # prints the draft marking
    shareable: bool
    today: dt.date
    revision: Revision | None = None  # the communiqué's

    def langs(self) -> tuple[str, ...]:
        """The document's languages, its own first (the Mexican copy: Spanish first)."""
        langs = languages.of_document(self.language)
        return tuple(sorted(langs, key=lambda lang: lang != self.own))

    def word(self, message: str, **values) -> kit.Said:
        """A fixed word in each of the document's languages, in the copy's order."""
        return kit.joined(" / ", dict.fromkeys(
            kit.said(say(message, lang, **{k: v(lang) if callable(v) else v
                                          for k, v in values.items()}), lang)
            for lang in self.langs()))

    def each(self, make) -> kit.Said:
        """``make(lang)`` in each of the document's languages, in the copy's order."""
        return kit.joined(" / ", dict.fromkeys(kit.said(make(lang), lang)
                                               for lang in self.langs()))


def frame_of(session, meeting: Meeting, language: str, *, own: str | None = None,
             shareable: bool = True, final: bool = False, today: dt.date | None = None,
             revision: Revision | None = None) -> Frame:
    """The frame of a document of ``meeting`` in ``language``; ``own`` is its first
    language (default: English in a bilingual document), ``today`` the export's date."""
    settings = our_side.read(session)
    own = own or kit.own_language(language, settings.side)
    kit.writing_in(own)  # the words said before its document is made come in its order too
    return Frame(language=language, own=own, meeting=meeting,
                 committee=settings.committee_name, acronym=settings.committee_acronym,
                 author=our_side.our_delegation(session, own),
                 draft=shareable and not final, shareable=shareable,
                 today=today or dt.date.today(), revision=revision)


def meeting_name_of(frame: Frame) -> kit.Said:
    """The meeting's name in the document's languages: shareable pages' header line."""
    meeting = frame.meeting
    return frame.each(lambda lang: meeting_name(meeting.kind.value, meeting.number, lang))


def in_languages(value: Bilingual, language: str) -> kit.Said:
    """A stored bilingual text (a marking, a name) in a document's language(s)."""
    return kit.each(language, value.either)


def draft_marking(frame: Frame) -> kit.Said | None:
    """"DRAFT — NOT FOR DISTRIBUTION" in the document's language(s), or None when final."""
    return frame.word(DRAFT) if frame.draft else None


def page_lines(frame: Frame) -> list[kit.Said]:
    """What a page header carries under its first line: the draft marking on a draft."""
    marking = draft_marking(frame)
    return [marking] if marking else []


def date_line(frame: Frame) -> kit.Said | None:
    """"As of February 28, 2020", or the communiqué's "Rev. 2 — February 28, 2020"."""
    if frame.revision is not None:
        when = frame.revision.saved_on or frame.today
        return frame.word(REVISION, number=str(frame.revision.number),
                          date=lambda lang: format_date(when, lang))
    if not frame.draft:
        return None
    return frame.word(AS_OF, date=lambda lang: format_date(frame.today, lang))


def add_top(doc: DocxDocument, frame: Frame) -> None:
    """The top of the first page: the draft marking and its date, then the committee's
    name in each of the document's languages (the document's title follows)."""
    marking, when = draft_marking(frame), date_line(frame)
    for line in (marking, when):
        if line:
            kit.paragraph(doc, line, "Draft Marking")
    if marking or when:
        kit.paragraph(doc)
    add_committee(doc, frame)


def add_committee(doc: DocxDocument, frame: Frame, *, centred: bool = False) -> None:
    """The committee's name, one line per language of the document."""
    for name in dict.fromkeys(kit.said(frame.committee.either(lang), lang)
                              for lang in frame.langs()):
        if not name:
            continue
        kit.paragraph(doc, name, "Cover Committee" if centred else "Committee")


def meeting_line(meeting: Meeting, lang: str) -> str:
    """"12th Plenary — Mexico City, March 2–3, 2020": the meeting, its place and dates."""
    return "%s — %s, %s" % (  # noqa: UP031
        meeting_name(meeting.kind.value, meeting.number, lang), meeting.city.either(lang),
        format_date_range(meeting.start_date, meeting.end_date, lang))


def describe(doc: DocxDocument, frame: Frame, title: str) -> None:
    """The file's properties: ``title`` (a message marked with ``N_``) with the meeting,
    the meeting as subject, our delegation as author, the document's language, created
    and modified now; python-docx's own values and its thumbnail removed."""
    meeting = frame.meeting
    langs = frame.langs()

    def both(make) -> str:
        return _short(" / ".join(dict.fromkeys(make(lang) for lang in langs)))

    name = {lang: meeting_name(meeting.kind.value, meeting.number, lang) for lang in langs}
    keywords = "; ".join(dict.fromkeys(
        [*(frame.acronym.either(lang) for lang in langs), *name.values(),
         *(say(title, lang) for lang in langs)]))
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    _core_properties(doc, [
        ("dc:title", both(lambda lang: f"{say(title, lang)} — {name[lang]}")),
        ("dc:subject", both(lambda lang: meeting_line(meeting, lang))),
        ("dc:creator", _short(frame.author)),
        ("cp:keywords", _short(keywords)),
        ("cp:lastModifiedBy", _short(frame.author)),
        ("cp:revision", "1"),
        ("dcterms:created", now),
        ("dcterms:modified", now),
        ("cp:contentStatus", say(STATUS[frame.draft], frame.own) if frame.shareable else ""),
        ("dc:language", kit.word_tag(frame.own)),
        ("cp:version", f"Rev. {frame.revision.number}" if frame.revision is not None else ""),
    ])
    _application_properties(doc, frame.author)
    _without_thumbnail(doc)


CORE = {"cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
        "dc": "http://purl.org/dc/elements/1.1/", "dcterms": "http://purl.org/dc/terms/",
        "dcmitype": "http://purl.org/dc/dcmitype/",
        "xsi": "http://www.w3.org/2001/XMLSchema-instance"}


def _core_properties(doc: DocxDocument, values: list[tuple[str, str]]) -> None:
    """docProps/core.xml written whole, the values that have one: not through python-docx's
    setters, whose "cp:" prefix docxcompose (the book's annexes) re-maps to another
    namespace for the rest of the process."""
    declared = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in CORE.items())
    dated = ' xsi:type="dcterms:W3CDTF"'
    body = "".join(f"<{tag}{dated if tag.startswith('dcterms:') else ''}>{escape(value)}</{tag}>"
                   for tag, value in values if value)
    part = doc.part.package._core_properties_part  # the package's own, made if missing
    part._element = parse_xml(f"<cp:coreProperties {declared}>{body}</cp:coreProperties>")


def _short(text: str) -> str:
    """A property as the format holds it: one line of at most 255 characters."""
    text = " ".join(kit.clean(text).split())
    return text if len(text) <= PROPERTY_LENGTH else text[:PROPERTY_LENGTH - 1] + "…"


def _application_properties(doc: DocxDocument, company: str) -> None:
    """docProps/app.xml as bescapp writes it, not the template's ("Microsoft Macintosh
    Word", its page and word counts of an empty page)."""
    for part in doc.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = APP_PROPERTIES.format(  # a plain part: its bytes are what is saved
                version=escape(__version__), company=escape(kit.clean(company))).encode()


def _without_thumbnail(doc: DocxDocument) -> None:
    """The template's stock thumbnail goes: no picture of another document's first page."""
    rels = doc.part.package.rels
    for rid in [rid for rid, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        del rels[rid]
