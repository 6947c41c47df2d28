"""The one document kit every export is built with.

It writes the repeated parts once: styles from the template, the handling
marking in every header and footer, "Page X of Y", the table of contents field,
tables written as XML and parsed once (python-docx's per-cell calls are slow), the
bilingual side-by-side block, text cleaned of what Word cannot hold, and the
atomic save. Each document module then reads like an outline of its document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from .. import package_files, safe_write
from ..i18n import languages
from ..i18n.catalogue import N_, document_word, say
from . import contents, house_style, measure

TEMPLATE = package_files.template()
WORD_LANGUAGE = {language.code: language.word_tag for language in languages.LANGUAGES}
PAGE_X_OF_Y = N_("Page {page} of {pages}")
LANGUAGE_NAMES = {"en": ("English", "Inglés"), "es": ("Spanish", "Español")}

# XML 1.0 forbids these; Word refuses a file that contains them. Lone surrogates cannot
# be written as UTF-8 at all: the store refuses them, but a database edited by another
# tool may hold them, and one would stop python-docx mid-document.
_NOT_IN_WORD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class Said(str):
    """Text whose pieces know their language: ``parts`` is (text, language code or None)
    pairs, None for what belongs to no language (" / ", a number, a name), which takes the
    language around it. A bilingual document's words are such text ("Agenda / Orden del
    día"), so that the kit tags each piece for Word's spelling checker. Joining keeps the
    pieces (``+``, ``joined``); an f-string or ``str.join`` makes plain text again."""

    parts: tuple[tuple[str, str | None], ...]

    def __new__(cls, parts: Iterable[tuple[str, str | None]]) -> Said:
        pieces = tuple((text, lang) for text, lang in parts if text)
        self = super().__new__(cls, "".join(text for text, _lang in pieces))
        self.parts = pieces
        return self

    def __add__(self, other: str) -> Said:  # keeps the pieces: Said + str is Said
        return Said(self.parts + pieces_of(other))

    def __radd__(self, other: str) -> Said:
        return Said(pieces_of(other) + self.parts)


def said(text: str, lang: str | None) -> Said:
    """``text`` in one language (a code of ``languages.CODES``)."""
    return Said([(text, lang)])


def pieces_of(text: str, lang: str | None = None) -> tuple[tuple[str, str | None], ...]:
    """The (text, language) pieces of ``text``; plain text is all in ``lang``."""
    if isinstance(text, Said):
        return tuple((t, piece_lang or lang) for t, piece_lang in text.parts)
    return ((text, lang),) if text else ()


def runs_of(text: str, lang: str | None) -> list[tuple[str, str | None]]:
    """The runs to write for ``text``: its pieces, a piece of no language in the language
    before it (else ``lang``), neighbours of one language merged into one run."""
    out: list[tuple[str, str | None]] = []
    for piece, piece_lang in pieces_of(text):
        piece_lang = piece_lang or (out[-1][1] if out else lang)
        if out and out[-1][1] == piece_lang:
            out[-1] = (out[-1][0] + piece, piece_lang)
        else:
            out.append((piece, piece_lang))
    return out


def joined(separator: str, texts: Iterable[str]) -> Said:
    """``separator.join(texts)`` keeping each text's language; the separator has none."""
    parts: list[tuple[str, str | None]] = []
    for k, text in enumerate(texts):
        if k:
            parts.append((separator, None))
        parts += pieces_of(text)
    return Said(parts)


# The language of the document being written (``new_document``): a bilingual document
# says everything in its own language first ("Orden del día / Agenda" in a Mexican copy).
_OWN: ContextVar[str | None] = ContextVar("bescapp_document_language", default=None)


def own_language(language: str, side: str | None) -> str:
    """A document's own language: its one language, or for a bilingual document our
    side's (Spanish first in a Mexican database, as its tables put Spanish left)."""
    return column_order(side)[0] if languages.is_bilingual(language) else language


def writing_in(language: str) -> None:
    """The document now being written is in ``language`` first (``new_document`` says so)."""
    _OWN.set(language)


def document_languages(language: str) -> tuple[str, ...]:
    """The languages a document in ``language`` prints, its own first (``new_document``)."""
    langs = languages.of_document(language)
    own = _OWN.get()
    return tuple(sorted(langs, key=lambda lang: lang != own)) if own in langs else langs


def each(language: str, make, separator: str = " / ") -> Said:
    """``make(lang)`` for each language of a document in ``language``, joined by
    ``separator``, its own language first; a value the same in both languages is written
    once (in the first)."""
    seen: dict[str, str] = {}
    for lang in document_languages(language):
        seen.setdefault(make(lang), lang)
    return joined(separator, [said(text, lang) for text, lang in seen.items()])


class ExportError(Exception):
    """An export that could not be written; any earlier file at the path is intact."""

    def __init__(self, path: Path, reason: str, code: str | None = None) -> None:
        # ``code`` names bescapp's own refusals so the window can word them in Spanish
        # (no_folder, not_docx_name, is_folder, is_symlink, not_word_file) and the OS errors
        # it recognises (disk_full, name_too_long, read_only); other OS errors have none.
        self.path, self.reason, self.code = Path(path), reason, code
        super().__init__(say(N_("cannot write {path}: {reason}"), path=path, reason=reason))


class ExportRefused(Exception):
    """An export bescapp will not write as asked (unknown meeting, strict pre-flight ...)."""


def word(message: str, language: str, /, **values) -> Said:
    """A document's fixed word (marked with ``N_``) from the catalogue: in one language, or
    "English / Español" for a bilingual document, each piece knowing its language. Values
    may differ by language (``{"en": ..., "es": ...}`` or a function of the language)."""
    return each(language, lambda lang: document_word(message, lang, **values))


def check_language(language: str) -> None:
    """ExportRefused unless ``language`` is a document language (en, es, bilingual)."""
    if language not in languages.DOCUMENT_LANGUAGES:
        raise ExportRefused(say(N_("unknown language {language!r}; use en, es or bilingual"),
                                language=language))


def language_names(order: Sequence[str] = languages.CODES) -> list[Said]:
    """The column headings of a bilingual table: each language's name in itself, in the
    order of the columns (``column_order``)."""
    return [said(languages.get(code).name, code) for code in order]


def column_order(side: str | None) -> tuple[str, ...]:
    """The languages of a bilingual table, left to right: each side's copy puts its own
    language first (the Mexican copy Spanish on the left, the U.S. copy English)."""
    return ("es", "en") if side == "MX" else languages.CODES


def wrote(path) -> str:
    """The command line's line for a document written."""
    return say(N_("wrote {path}"), path=path)


def load_meeting(session, meeting_id: int):
    """The meeting to export, or ExportRefused naming the id that does not exist."""
    from ..model.entities import Meeting

    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise ExportRefused(say(N_("there is no meeting with id {id} (see `bescapp meetings`)"),
                                id=meeting_id))
    return meeting


def clean(text: str | None) -> str:
    """Text as Word can hold it: control characters removed, line ends unified."""
    if not text:
        return ""
    return _NOT_IN_WORD.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def new_document(template: Path | None = None, language: str = "en") -> DocxDocument:
    """A document with the template's styles, headers and page set-up, and no body text.

    ``language`` (a code) is the document's own: Word's default for every run, the one
    plain text given to the kit is tagged with (a bilingual document: its first language).
    """
    doc = Document(str(template or TEMPLATE))
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    set_language(doc, language)
    writing_in(language)  # what it says in both languages, it says in this one first
    house_style.ensure(doc)
    return doc


def document_language(doc: DocxDocument) -> str:
    """The language code ``new_document`` gave ``doc`` (its plain text's language)."""
    return getattr(doc.part, "_bescapp_language", languages.SOURCE)


def word_tag(lang: str | None) -> str:
    return WORD_LANGUAGE.get(lang or "", WORD_LANGUAGE[languages.SOURCE])


def set_language(doc: DocxDocument, language: str) -> None:
    """The document's language for Word: the defaults' and the Normal style's proofing
    language and the theme's, so every run that names none is checked in it."""
    doc.part._bescapp_language = language  # type: ignore[attr-defined]  # ours, on the part
    tag = word_tag(language)
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    _set_lang(rpr, tag)
    normal = _style(doc, "Normal")
    if normal is not None:
        _set_lang(normal.element.get_or_add_rPr(), tag)
    theme = doc.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), tag)


# Children that come after w:lang in a run's properties (the schema's order).
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def _set_lang(rpr, tag: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        later = [rpr.find(qn(name)) for name in _AFTER_LANG]
        later = [child for child in later if child is not None]
        if later:
            later[0].addprevious(lang)
        else:
            rpr.append(lang)
    lang.set(qn("w:val"), tag)


def add_run(paragraph: Paragraph, text: str, lang: str | None = None):
    """A run of ``text`` at the end of ``paragraph``, tagged with its language (``lang``,
    else the document's); returns the python-docx Run."""
    run = paragraph.add_run(clean(text))
    _set_lang(run._r.get_or_add_rPr(), word_tag(lang or _language_of(paragraph)))
    return run


def add_text(paragraph: Paragraph, text: str, lang: str | None = None) -> list:
    """``text`` (plain, or ``Said`` in several languages) as runs, one per language piece."""
    return [add_run(paragraph, piece, piece_lang) for piece, piece_lang in runs_of(text, lang)]


def _language_of(paragraph: Paragraph) -> str:
    """The language of the document ``paragraph`` is in (its body, a header, a cell)."""
    main = paragraph.part.package.main_document_part
    return getattr(main, "_bescapp_language", languages.SOURCE)


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> None:
    """A complex field (PAGE, NUMPAGES, TOC ...) as Word writes it: begin, code, result, end."""
    def run_with(child) -> None:
        run = paragraph.add_run()
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    run_with(begin)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    run_with(code)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    add_run(paragraph, placeholder)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def refresh_fields_on_open(doc: DocxDocument) -> None:
    """Ask Word to update the TOC and page fields when the document is opened."""
    settings = doc.settings.element
    update = settings.find(qn("w:updateFields"))
    if update is None:
        update = OxmlElement("w:updateFields")
        settings.append(update)
    update.set(qn("w:val"), "true")


def mark_every_page(doc: DocxDocument, marking: str, language: str,
                    also: Sequence[str] = (), *, title_page: bool = True) -> None:
    """The handling marking at the top and bottom of every page, "Page X of Y" below it.

    ``language`` is the document's (en, es or bilingual: "Page X of Y" in each); the
    marking and the lines ``also`` printed under it in the header (a draft marking) may
    be ``Said``. The first page is a title page (``title_page``): the marking alone, no
    page number (its title block says what ``also`` says).
    """
    for number, section in enumerate(doc.sections):
        first = title_page and number == 0
        section.different_first_page_header_footer = first
        parts = [(section.header, section.footer, True)]
        if first:
            parts.append((section.first_page_header, section.first_page_footer, False))
        for header, footer, numbered in parts:
            header.is_linked_to_previous = False
            _marking_paragraph(doc, header.paragraphs[0], marking)
            for line in also if numbered else ():
                _marking_paragraph(doc, header.add_paragraph(), line)
            footer.is_linked_to_previous = False
            _marking_paragraph(doc, footer.paragraphs[0], marking)
            if numbered:
                _page_x_of_y(doc, footer.add_paragraph(style=_style(doc, "Page Numbers")), language)


def _page_x_of_y(doc: DocxDocument, pages: Paragraph, language: str) -> None:
    own = document_language(doc)  # the copy's language first
    for k, lang in enumerate(sorted(languages.of_document(language), key=lambda c: c != own)):
        before, rest = say(PAGE_X_OF_Y, lang).split("{page}")
        between, after = rest.split("{pages}")
        if k:
            add_run(pages, " / ", lang)
        add_run(pages, before, lang)
        add_field(pages, "PAGE")
        add_run(pages, between, lang)
        add_field(pages, "NUMPAGES")
        if after:
            add_run(pages, after, lang)


def _marking_paragraph(doc: DocxDocument, paragraph: Paragraph, marking: str) -> None:
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    add_text(paragraph, clean(marking) if not isinstance(marking, Said) else marking)
    paragraph.style = _style(doc, "Marking") or paragraph.style  # centred by the style


def _style(doc: DocxDocument, name: str):
    try:
        return doc.styles[name]
    except KeyError:  # a user's template may lack our own styles
        return None


def add_toc(doc: DocxDocument, title: str, levels: str = "1-2") -> None:
    """A real table of contents: Word's TOC field over the Heading styles. Its entries
    are written when the document is saved (``contents.fill``), once its headings exist."""
    paragraph(doc, title, "TOC Heading" if _style(doc, "TOC Heading") else "Heading 1")
    add_field(doc.add_paragraph(), f'TOC \\o "{levels}" \\h \\z \\u', placeholder=" ")
    refresh_fields_on_open(doc)


def heading(doc: DocxDocument, text: str, level: int = 1, lang: str | None = None) -> Paragraph:
    """A heading of ``text`` (plain in ``lang``, else the document's, or ``Said``)."""
    block = doc.add_heading("", level=level)
    add_text(block, _cleaned(text), lang)
    return block


def paragraph(doc: DocxDocument, text: str = "", style: str | None = None,
              lang: str | None = None) -> Paragraph:
    """A paragraph of ``text`` (plain in ``lang``, else the document's, or ``Said``)."""
    block = doc.add_paragraph("", style=_style(doc, style) if style else None)
    add_text(block, _cleaned(text), lang)
    return block


def _cleaned(text: str) -> str:
    if isinstance(text, Said):
        return Said((clean(piece), lang) for piece, lang in text.parts)
    return clean(text)


@dataclass(frozen=True)
class Cell:
    """A table cell's text with its emphasis: ``bold`` sets its first line (a title, a
    name) in bold; ``indent`` (points) shifts every line, as for a sub-item; ``bullets``
    sets the lines below a bold first line (or every line) as a bulleted list; ``lang`` is
    the language of plain text (else its column's, else the document's)."""

    text: str
    bold: bool = False
    indent: float = 0
    bullets: bool = False
    lang: str | None = None


def table(doc: DocxDocument, header: Sequence[str], rows: Iterable[Sequence[str | Cell]],
          widths: Sequence[float] | None = None, *, small: bool = False,
          whole: Iterable[int] = (), langs: Sequence[str | None] | None = None) -> Table:
    """A table with a bold header row repeated on every page, added at the end of ``doc``.

    No row splits across a page, and the header row stays with the first row below it.
    Column widths fit the text (``measure.fit``) unless ``widths`` (points) are given;
    the columns in ``whole`` never wrap a line (times, telephone numbers). ``small`` sets
    the text a size smaller (tables of many columns). ``langs`` is the language of each
    column's plain text (a bilingual table's "en", "es"; None: the document's). Cells are
    ``str``, ``Said`` or ``Cell``; a line end in the text starts a new paragraph in the cell.
    """
    element = insert_xml(doc, table_xml(doc, header, rows, widths, small=small, whole=whole,
                                        langs=langs))[0]
    return Table(element, doc._body)


def bilingual_table(doc: DocxDocument, pairs: Iterable[tuple[str, str]],
                    order: Sequence[str] = languages.CODES) -> Table:
    """Two languages side by side, row by row, under each language's name, in ``order``
    (``column_order``): each pair is given in that order."""
    return table(doc, language_names(order), pairs, langs=list(order))


# WordprocessingML written as text ------------------------------------------------
# A book of a large meeting has tens of thousands of table cells; python-docx's object
# per element (and a style look-up per paragraph) took seconds, so tables are written
# as XML text and parsed once.

def style_id(doc: DocxDocument, name: str) -> str | None:
    """The id Word's XML uses for a style name, or None when the template lacks it."""
    cache = doc.__dict__.setdefault("_bescapp_style_ids", {})
    if name not in cache:
        style = _style(doc, name)
        cache[name] = style.style_id if style is not None else None
    return cache[name]


def run_xml(text: str, *, char_style: str | None = None, lang: str | None = None) -> str:
    """One run; ``char_style`` is a character style's id (see ``style_id``), ``lang`` (a
    code) tags it for Word's spelling checker."""
    props = (f'<w:rStyle w:val="{escape(char_style)}"/>' if char_style else "") + \
        (f'<w:lang w:val="{word_tag(lang)}"/>' if lang else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(clean(text))}</w:t></w:r>'


def paragraph_xml(runs: Iterable[tuple[str, bool]] = (), *, style: str | None = None,
                  keep_next: bool = False, indent: float = 0, strong: str | None = None,
                  numbering: str | None = None, lang: str | None = None) -> str:
    """One paragraph of (text, bold) runs; ``style`` is a paragraph style's id and
    ``strong`` the character style's id for the bold runs (see ``style_id``);
    ``numbering`` a list's numId (``house_style``).

    Each run is tagged with its language: a ``Said`` text's own, plain text ``lang``
    (pass ``document_language(doc)`` when it is the document's)."""
    props = (f'<w:pStyle w:val="{escape(style)}"/>' if style else "") + \
        ("<w:keepNext/>" if keep_next else "") + \
        (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{numbering}"/></w:numPr>'
         if numbering else "") + \
        (f'<w:ind w:left="{round(indent * 20)}"/>' if indent else "")
    body = "".join(run_xml(piece, char_style=strong if bold else None, lang=piece_lang)
                   for text, bold in runs if text
                   for piece, piece_lang in runs_of(text, lang))
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{body}</w:p>"


@dataclass(frozen=True)
class _CellStyles:
    """The style ids a table's cells use, looked up once per table."""

    text: str | None
    heading: str | None
    bullet: str | None
    strong: str | None

    @classmethod
    def of(cls, doc: DocxDocument, small: bool) -> _CellStyles:
        size = " Small" if small else ""
        return cls(style_id(doc, f"Table Text{size}"), style_id(doc, f"Table Heading{size}"),
                   style_id(doc, "Table Bullet"), style_id(doc, "Strong"))


def _cell_lines(value: str | Cell, header: bool) -> list[measure.Line]:
    """A cell's lines as paragraphs will show them: bold, indent (a bullet's included)."""
    cell = value if isinstance(value, Cell) else Cell(value, bold=header)
    return _shapes(cell, header, _lines(cell.text, None))


def _shapes(cell: Cell, header: bool, lines: list[Said]) -> list[measure.Line]:
    """Each of the cell's lines (cut by ``_lines``) with its bold and indent."""
    out = []
    for k, line in enumerate(lines):
        bold = header or (cell.bold and k == 0)
        bullet = cell.bullets and not bold
        out.append(measure.Line(str(line), bold,
                                cell.indent + (measure.BULLET_INDENT if bullet else 0)))
    return out


def _lines(text: str, lang: str | None) -> list[Said]:
    """``text`` cut at its line ends, each line keeping its pieces' languages."""
    lines: list[list[tuple[str, str | None]]] = [[]]
    for piece, piece_lang in pieces_of(_cleaned(text), lang):
        for k, part in enumerate(piece.split("\n")):
            if k:
                lines.append([])
            lines[-1].append((part, piece_lang))
    return [Said(line) for line in lines]


def _cell_xml(width: int, value: str | Cell, styles: _CellStyles, header: bool = False,
              lang: str | None = None) -> str:
    cell = value if isinstance(value, Cell) else Cell(value, bold=header)
    lang = cell.lang or lang
    paragraphs = []
    said = _lines(cell.text, lang)  # cut once: the shapes measured and the runs written
    for line, text in zip(_shapes(cell, header, said), said, strict=True):
        if header:
            paragraphs.append(paragraph_xml([(text, False)], style=styles.heading,
                                            indent=cell.indent, lang=lang))
        elif cell.bullets and not line.bold:
            paragraphs.append(paragraph_xml([(text, False)], style=styles.bullet,
                                            indent=cell.indent, lang=lang))
        else:
            paragraphs.append(paragraph_xml([(text, line.bold)], style=styles.text,
                                            indent=cell.indent, strong=styles.strong, lang=lang))
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(paragraphs)}</w:tc>'


def usable_width(doc: DocxDocument) -> float:
    """The width in points between the margins of the page now being written."""
    section = doc.sections[-1]
    page, left, right = section.page_width, section.left_margin, section.right_margin
    assert page is not None  # the template sets the page and its margins
    assert left is not None
    assert right is not None
    return (page - left - right) / 12700


def fit_widths(doc: DocxDocument, header: Sequence[str], rows: Sequence[Sequence[str | Cell]],
               *, small: bool = False, whole: Iterable[int] = ()) -> list[float]:
    """Column widths in points that hold the header's and cells' words unbroken."""
    size = 9.0 if small else 11.0
    keep = set(whole)
    columns: list[list[measure.Line]] = [_cell_lines(text, True) for text in header]
    for values in rows:
        for k, value in enumerate(values):
            columns[k] += _cell_lines(value, False)
    needs = []
    for k, lines in enumerate(columns):
        head = len(_cell_lines(header[k], True))  # a header wraps between its words
        narrow_head, wide_head = measure.column_needs(lines[:head], size, whole=False)
        narrow, wide = measure.column_needs(lines[head:], size, whole=k in keep)
        needs.append((max(narrow, narrow_head), max(wide, wide_head)))
    return measure.fit(needs, usable_width(doc))


def table_xml(doc: DocxDocument, header: Sequence[str], rows: Iterable[Sequence[str | Cell]],
              widths: Sequence[float] | None = None, *, small: bool = False,
              whole: Iterable[int] = (), langs: Sequence[str | None] | None = None) -> str:
    """The XML of ``table`` (for writers that insert many blocks in one parse)."""
    rows = [list(values) for values in rows]
    if not widths:
        widths = fit_widths(doc, header, rows, small=small, whole=whole)
    twips = [round(width * 20) for width in widths]
    if len(twips) != len(header):
        raise ValueError(f"{len(header)} columns but {len(twips)} widths")
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in twips)
    style = style_id(doc, "Table Grid")
    styles = _CellStyles.of(doc, small)
    own = document_language(doc)
    column_langs = [lang or own for lang in (langs or [None] * len(header))]
    if len(column_langs) != len(header):
        raise ValueError(f"{len(header)} columns but {len(column_langs)} languages")
    # Every row whole on one page (a split row puts two languages a line out of step);
    # the header row repeats at the top of each page.
    out = [f"<w:tbl><w:tblPr>"
           f'{f"<w:tblStyle w:val={quoteattr(style)}/>" if style else ""}'
           f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:val="04A0"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>",
           "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"]
    out += [_cell_xml(width, text, styles, header=True, lang=lang)
            for width, text, lang in zip(twips, header, column_langs, strict=True)]
    out.append("</w:tr>")
    for values in rows:
        out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        out += [_cell_xml(width, value, styles, lang=lang)
                for width, value, lang in zip(twips, values, column_langs, strict=True)]
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def insert_xml(doc: DocxDocument, xml: str) -> list:
    """Parse blocks (paragraphs, tables) written as XML once; add them at the end of ``doc``."""
    batch = parse_xml(f"<w:body {nsdecls('w')}>{xml}</w:body>")
    body = doc.element.body
    end = body.find(qn("w:sectPr"))
    blocks = list(batch)
    for block in blocks:
        if end is not None:
            end.addprevious(block)
        else:
            body.append(block)
    return blocks


def keep_with_tables(doc: DocxDocument) -> None:
    """The paragraph that introduces a table (a meeting line, "as of", a count) keeps
    with its first row, so it never stays alone at the foot of a page."""
    body = doc.element.body
    for block in body.iterchildren(qn("w:tbl")):
        before = block.getprevious()
        if before is None or before.tag != qn("w:p") or not before.xpath("string(.)").strip():
            continue
        props = before.find(qn("w:pPr"))
        if props is None:
            props = OxmlElement("w:pPr")
            before.insert(0, props)
        if props.find(qn("w:keepNext")) is None:
            keep = OxmlElement("w:keepNext")
            style = props.find(qn("w:pStyle"))
            if style is not None:  # w:pStyle comes first, w:keepNext right after it
                style.addnext(keep)
            else:
                props.insert(0, keep)


def rows_stay_whole(doc: DocxDocument) -> None:
    """No table row splits across a page, in bescapp's tables (``table_xml`` writes it) and
    in a background paper merged into the book alike."""
    for row in doc.element.body.iter(qn("w:tr")):
        props = row.find(qn("w:trPr"))
        if props is None:
            props = OxmlElement("w:trPr")
            exceptions = row.find(qn("w:tblPrEx"))  # w:trPr comes after it, before the cells
            if exceptions is not None:
                exceptions.addnext(props)
            else:
                row.insert(0, props)
        if props.find(qn("w:cantSplit")) is None:
            props.insert(0, OxmlElement("w:cantSplit"))


def finish(doc: DocxDocument) -> None:
    """What can only be done once the body is written: rows kept whole (a merged paper's
    too), introductions kept with their tables, the contents' entries."""
    rows_stay_whole(doc)
    keep_with_tables(doc)
    contents.fill(doc)


def landscape(doc: DocxDocument) -> None:
    section = doc.sections[-1]
    if section.orientation != WD_ORIENT.LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width


def page_break(doc: DocxDocument) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


WORD_FILE_START = b"PK\x03\x04"  # a .docx is a zip archive


def refuse_to_replace(path: Path) -> None:
    """ExportError unless ``path`` names a .docx that is new or already a Word document:
    an export must never land on the database, a PDF or anything else by a slip."""
    if path.suffix.lower() != ".docx":
        raise ExportError(path, say(N_("a Word document's name must end in .docx")),
                          "not_docx_name")
    if path.is_symlink():
        raise ExportError(path, say(N_("it is a symbolic link; bescapp does not replace links")),
                          "is_symlink")
    if path.is_dir():
        raise ExportError(path, say(N_("it is a folder")), "is_folder")
    if path.exists():
        try:
            with path.open("rb") as f:
                start = f.read(len(WORD_FILE_START))
        except OSError as e:
            raise ExportError(path, *_reason(e)) from e
        if start != WORD_FILE_START:
            raise ExportError(path, say(N_("the file there is not a Word document, so bescapp "
                                           "will not replace it")), "not_word_file")


def _reason(error: OSError) -> tuple[str, str | None]:
    code, words = safe_write.reason(error)
    return words, code


def save_atomic(doc: DocxDocument, path: Path) -> Path:
    """Write to a temporary file beside the target, then rename it into place.

    An unwritable folder, a full disk or a file locked by Word raises ExportError and
    leaves any earlier file at ``path`` as it was. A new file gets the user's umask, a
    replaced one keeps its permissions, a symbolic link is refused, and temporary files
    a killed export left there are removed (``bescapp.safe_write``).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(path, say(N_("the folder does not exist")), "no_folder")
    try:
        refuse_to_replace(path)  # looking at a name too long for the disk raises OSError
        finish(doc)
        with safe_write.replacing(path) as temporary:
            doc.save(str(temporary))
    except OSError as e:
        raise ExportError(path, *_reason(e)) from e
    return path
