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


def word(message: str, language: str, /, **values) -> str:
    """A document's fixed word (marked with ``N_``) from the catalogue: in one language, or
    "English / Español" for a bilingual document. Values may differ by language
    (``{"en": ..., "es": ...}`` or a function of the language)."""
    return document_word(message, language, **values)


def check_language(language: str) -> None:
    """ExportRefused unless ``language`` is a document language (en, es, bilingual)."""
    if language not in languages.DOCUMENT_LANGUAGES:
        raise ExportRefused(say(N_("unknown language {language!r}; use en, es or bilingual"),
                                language=language))


def language_names(order: Sequence[str] = languages.CODES) -> list[str]:
    """The column headings of a bilingual table: each language's name in itself, in the
    order of the columns (``column_order``)."""
    return [languages.get(code).name for code in order]


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
    """A document with the template's styles, headers and page set-up, and no body text."""
    doc = Document(str(template or TEMPLATE))
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    set_language(doc, language)
    house_style.ensure(doc)
    return doc


def set_language(doc: DocxDocument, language: str) -> None:
    """Proofing language of the default style, so Word checks Spanish as Spanish."""
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), WORD_LANGUAGE.get(language, "en-US"))


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
    paragraph.add_run(placeholder)
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


def mark_every_page(doc: DocxDocument, marking: str, language: str) -> None:
    """The handling marking at the top and bottom of every page, "Page X of Y" below it."""
    before, rest = say(PAGE_X_OF_Y, language).split("{page}")
    between, after = rest.split("{pages}")
    for section in doc.sections:
        section.different_first_page_header_footer = False
        header = section.header
        header.is_linked_to_previous = False
        _marking_paragraph(doc, header.paragraphs[0], marking)
        footer = section.footer
        footer.is_linked_to_previous = False
        _marking_paragraph(doc, footer.paragraphs[0], marking)
        pages = footer.add_paragraph(style=_style(doc, "Page Numbers"))
        pages.add_run(before)
        add_field(pages, "PAGE")
        pages.add_run(between)
        add_field(pages, "NUMPAGES")
        if after:
            pages.add_run(after)


def _marking_paragraph(doc: DocxDocument, paragraph: Paragraph, marking: str) -> None:
    paragraph.text = clean(marking)
    paragraph.style = _style(doc, "Marking") or paragraph.style  # centred by the style


def _style(doc: DocxDocument, name: str):
    try:
        return doc.styles[name]
    except KeyError:  # a user's template may lack our own styles
        return None


def add_toc(doc: DocxDocument, title: str, levels: str = "1-2") -> None:
    """A real table of contents: Word's TOC field over the Heading styles. Its entries
    are written when the document is saved (``contents.fill``), once its headings exist."""
    doc.add_paragraph(clean(title), style=_style(doc, "TOC Heading") or _style(doc, "Heading 1"))
    add_field(doc.add_paragraph(), f'TOC \\o "{levels}" \\h \\z \\u', placeholder=" ")
    refresh_fields_on_open(doc)


def heading(doc: DocxDocument, text: str, level: int = 1) -> Paragraph:
    return doc.add_heading(clean(text), level=level)


def paragraph(doc: DocxDocument, text: str = "", style: str | None = None) -> Paragraph:
    return doc.add_paragraph(clean(text), style=_style(doc, style) if style else None)


@dataclass(frozen=True)
class Cell:
    """A table cell's text with its emphasis: ``bold`` sets its first line (a title, a
    name) in bold; ``indent`` (points) shifts every line, as for a sub-item; ``bullets``
    sets the lines below a bold first line (or every line) as a bulleted list."""

    text: str
    bold: bool = False
    indent: float = 0
    bullets: bool = False


def table(doc: DocxDocument, header: Sequence[str], rows: Iterable[Sequence[str | Cell]],
          widths: Sequence[float] | None = None, *, small: bool = False,
          whole: Iterable[int] = ()) -> Table:
    """A table with a bold header row repeated on every page, added at the end of ``doc``.

    No row splits across a page, and the header row stays with the first row below it.
    Column widths fit the text (``measure.fit``) unless ``widths`` (points) are given;
    the columns in ``whole`` never wrap a line (times, telephone numbers). ``small`` sets
    the text a size smaller (tables of many columns). Cells are ``str`` or ``Cell``; a
    line end in the text starts a new paragraph in the cell.
    """
    element = insert_xml(doc, table_xml(doc, header, rows, widths, small=small, whole=whole))[0]
    return Table(element, doc._body)


def bilingual_table(doc: DocxDocument, pairs: Iterable[tuple[str, str]],
                    header: Sequence[str] | None = None) -> Table:
    """Two languages side by side, row by row, under each language's name."""
    return table(doc, list(header or language_names()), pairs)


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


def run_xml(text: str, *, char_style: str | None = None) -> str:
    """One run; ``char_style`` is a character style's id (see ``style_id``)."""
    props = f'<w:rPr><w:rStyle w:val="{escape(char_style)}"/></w:rPr>' if char_style else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(clean(text))}</w:t></w:r>'


def paragraph_xml(runs: Iterable[tuple[str, bool]] = (), *, style: str | None = None,
                  keep_next: bool = False, indent: float = 0, strong: str | None = None,
                  numbering: str | None = None) -> str:
    """One paragraph of (text, bold) runs; ``style`` is a paragraph style's id and
    ``strong`` the character style's id for the bold runs (see ``style_id``);
    ``numbering`` a list's numId (``house_style``)."""
    props = (f'<w:pStyle w:val="{escape(style)}"/>' if style else "") + \
        ("<w:keepNext/>" if keep_next else "") + \
        (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{numbering}"/></w:numPr>'
         if numbering else "") + \
        (f'<w:ind w:left="{round(indent * 20)}"/>' if indent else "")
    body = "".join(run_xml(text, char_style=strong if bold else None)
                   for text, bold in runs if text)
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
    lines = clean(cell.text).split("\n")
    out = []
    for k, line in enumerate(lines):
        bold = header or (cell.bold and k == 0)
        bullet = cell.bullets and not bold
        out.append(measure.Line(line, bold, cell.indent + (measure.BULLET_INDENT if bullet else 0)))
    return out


def _cell_xml(width: int, value: str | Cell, styles: _CellStyles, header: bool = False) -> str:
    cell = value if isinstance(value, Cell) else Cell(value, bold=header)
    paragraphs = []
    for line in _cell_lines(cell, header):
        if header:
            paragraphs.append(paragraph_xml([(line.text, False)], style=styles.heading,
                                            indent=cell.indent))
        elif cell.bullets and not line.bold:
            paragraphs.append(paragraph_xml([(line.text, False)], style=styles.bullet,
                                            indent=cell.indent))
        else:
            paragraphs.append(paragraph_xml([(line.text, line.bold)], style=styles.text,
                                            indent=cell.indent, strong=styles.strong))
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
              whole: Iterable[int] = ()) -> str:
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
    # Every row whole on one page (a split row puts two languages a line out of step);
    # the header row repeats at the top of each page.
    out = [f"<w:tbl><w:tblPr>"
           f'{f"<w:tblStyle w:val={quoteattr(style)}/>" if style else ""}'
           f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:val="04A0"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>",
           "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"]
    out += [_cell_xml(width, text, styles, header=True)
            for width, text in zip(twips, header, strict=True)]
    out.append("</w:tr>")
    for values in rows:
        out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        out += [_cell_xml(width, value, styles) for width, value in zip(twips, values, strict=True)]
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
