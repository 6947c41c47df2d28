"""The styles and list definitions every export uses, added to a document that lacks them.

Documents are formatted by style, never by hand-set bold and sizes: a desk officer who
restyles a book in Word changes "Table Text" once, not six hundred runs, and a staff
template's own styles (its fonts, its colours) carry through. ``resources/template.docx``
holds these styles (tools/make_template.py writes them from here); a staff template
may lack some, so ``ensure`` adds what is missing, by name, before anything is written.

Lists are Word's own: bullets are a numbering definition with a bullet level (the
"List Bullet" style points at it), and the communiqué's paragraphs are numbered by
Word (``numbered_list``), so a reader that renumbers or restyles keeps them in step.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

STATUS_GREY = "595959"
# Each side's colour (text) and wash (ground) for its bracketed alternatives: blue and
# green, each over 7:1 against its wash, as Word and LibreOffice print them.
SIDE_COLOURS = {"US": ("1F4E9A", "E3EBF7"), "MX": ("1E6B34", "E2F0E4")}


@dataclass(frozen=True)
class Style:
    kind: str  # "paragraph" or "character"
    name: str  # what Word shows and bescapp looks up (ids differ in localized Word)
    based_on: str | None
    paragraph: str = ""  # the w:pPr children
    run: str = ""  # the w:rPr children
    next: str | None = None


_TABLE_LINE = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'

STYLES = (
    Style("character", "Strong", None, run="<w:b/><w:bCs/>"),
    Style("paragraph", "Marking", "Normal", '<w:spacing w:after="0"/><w:jc w:val="center"/>',
          '<w:b/><w:sz w:val="18"/>'),
    # the first page's "DRAFT — NOT FOR DISTRIBUTION" and its date, at the right
    Style("paragraph", "Draft Marking", "Marking", '<w:jc w:val="right"/>'),
    # the committee's name over a document's title (centred on the book's cover)
    Style("paragraph", "Committee", "Normal", '<w:keepNext/><w:spacing w:after="0"/>',
          "<w:b/><w:bCs/>"),
    Style("paragraph", "Cover Committee", "Committee", '<w:jc w:val="center"/>'),
    Style("paragraph", "Small", "Normal", run='<w:sz w:val="18"/>'),
    Style("paragraph", "Page Numbers", "Small", '<w:spacing w:after="0"/><w:jc w:val="center"/>'),
    # Table cells: no space between a cell's lines; the header row's cells stay with the
    # first row below them (keepNext), so a header is never alone at a page's foot.
    Style("paragraph", "Table Text", "Normal", _TABLE_LINE),
    Style("paragraph", "Table Text Small", "Table Text", run='<w:sz w:val="18"/><w:szCs w:val="18"/>'),
    Style("paragraph", "Table Heading", "Table Text", "<w:keepNext/>", "<w:b/><w:bCs/>"),
    Style("paragraph", "Table Heading Small", "Table Text Small", "<w:keepNext/>",
          "<w:b/><w:bCs/>"),
    Style("paragraph", "List Bullet", "Normal", "<w:contextualSpacing/>"),  # numPr: ensure
    Style("paragraph", "Table Bullet", "List Bullet", _TABLE_LINE),
    # A label over the lines it introduces ("Objective", a person's name over a biography).
    Style("paragraph", "Field Label", "Normal",
          '<w:keepNext/><w:spacing w:before="120" w:after="0"/>', "<w:b/><w:bCs/>"),
    Style("paragraph", "Note", "Normal", run="<w:i/><w:iCs/>"),
    Style("paragraph", "Notice", "Normal", "<w:keepNext/>", "<w:b/><w:bCs/>"),
    Style("paragraph", "Cover Title", "Title", '<w:jc w:val="center"/>'),
    Style("paragraph", "Cover Subtitle", "Subtitle", '<w:jc w:val="center"/>'),
    Style("paragraph", "Cover Line", "Normal", '<w:jc w:val="center"/>',
          '<w:sz w:val="28"/><w:szCs w:val="28"/>'),
    Style("paragraph", "Cover Detail", "Normal", '<w:spacing w:after="0"/><w:jc w:val="center"/>',
          '<w:sz w:val="20"/><w:szCs w:val="20"/>'),  # the version, date and clearances
    Style("paragraph", "Cover Notice", "Normal", '<w:jc w:val="center"/>', "<w:i/><w:iCs/>"),
    Style("paragraph", "Communiqué Paragraph", "Normal", '<w:spacing w:after="160"/>'),
    Style("character", "Bracketed Text", None, run="<w:b/><w:bCs/>"),
    # the side that proposed a bracketed alternative, raised after it ("[expand]US")
    Style("character", "Bracket Side", None,
          run='<w:b/><w:bCs/><w:vertAlign w:val="superscript"/>'),
    # each side's alternatives, told apart on screen by colour and a wash, and on paper by
    # the side raised after the bracket; the negotiating text's legend shows both
    *(style for side, (colour, wash) in SIDE_COLOURS.items() for style in (
        Style("character", f"Bracketed Text {side}", "Bracketed Text",
              run=f'<w:color w:val="{colour}"/>'
                  f'<w:shd w:val="clear" w:color="auto" w:fill="{wash}"/>'),
        Style("character", f"Bracket Side {side}", "Bracket Side",
              run=f'<w:color w:val="{colour}"/>'))),
    Style("character", "Paragraph Status", None,
          run=f'<w:i/><w:iCs/><w:color w:val="{STATUS_GREY}"/><w:sz w:val="18"/>'),
    # The table of contents' entries, as Word names them.
    Style("paragraph", "toc 1", "Normal", '<w:spacing w:before="120" w:after="40"/>',
          "<w:b/><w:bCs/>", next="Normal"),
    Style("paragraph", "toc 2", "Normal", '<w:spacing w:after="40"/><w:ind w:left="220"/>',
          next="Normal"),
    Style("paragraph", "toc 3", "Normal", '<w:spacing w:after="40"/><w:ind w:left="440"/>',
          next="Normal"),
)
# Word's own styles, which a file names without marking them custom.
_BUILT_IN = frozenset({"strong", "list bullet", "toc 1", "toc 2", "toc 3"})
BULLET_LIST = "bescapp bullets"  # the numbering definitions' names (w:name)
NUMBERED_PARAGRAPHS = "bescapp numbered paragraphs"


def bracket_style(side: str) -> str:
    """The character style of an alternative proposed by ``side`` ("" : none named)."""
    return f"Bracketed Text {side}" if side in SIDE_COLOURS else "Bracketed Text"


def side_style(side: str) -> str:
    return f"Bracket Side {side}" if side in SIDE_COLOURS else "Bracket Side"


def _names(doc: DocxDocument) -> dict[str, str]:
    """Style name (as Word compares them: case-insensitive) -> style id."""
    out = {}
    for element in doc.styles.element.iterchildren(qn("w:style")):
        name = element.find(qn("w:name"))
        if name is not None:
            out[name.get(qn("w:val")).lower()] = element.get(qn("w:styleId"))
    return out


def _free_id(name: str, taken: set[str]) -> str:
    # ASCII letters and digits, as Word writes ids ("Communiqué Paragraph" -> CommuniquParagraph)
    base = "".join(ch for ch in name.title() if ch.isascii() and ch.isalnum()) or "Style"
    candidate, k = base, 1
    while candidate in taken:
        k += 1
        candidate = f"{base}{k}"
    return candidate


def ensure(doc: DocxDocument) -> None:
    """Add every house style the document lacks (a staff template keeps its own)."""
    names = _names(doc)
    taken = set(names.values())
    styles = doc.styles.element
    for style in STYLES:
        if style.name.lower() in names:
            continue
        style_id = _free_id(style.name, taken)
        based = names.get((style.based_on or "").lower())
        paragraph = style.paragraph
        if style.name == "List Bullet":
            paragraph = f'<w:numPr><w:numId w:val="{bullet_list(doc)}"/></w:numPr>' + paragraph
        parts = [f'<w:name w:val="{style.name}"/>',
                 f'<w:basedOn w:val="{based}"/>' if based else "",
                 f'<w:next w:val="{names[style.next.lower()]}"/>'
                 if style.next and style.next.lower() in names else "",
                 "<w:qFormat/>",
                 f"<w:pPr>{paragraph}</w:pPr>" if paragraph and style.kind == "paragraph" else "",
                 f"<w:rPr>{style.run}</w:rPr>" if style.run else ""]
        custom = "" if style.name.lower() in _BUILT_IN else ' w:customStyle="1"'
        styles.append(parse_xml(
            f'<w:style {nsdecls("w")} w:type="{style.kind}"{custom} '
            f'w:styleId="{style_id}">{"".join(parts)}</w:style>'))
        names[style.name.lower()] = style_id
        taken.add(style_id)
    _headings_keep_with_next(doc, names)
    doc.__dict__.pop("_bescapp_style_ids", None)  # kit.style_id's cache


def _headings_keep_with_next(doc: DocxDocument, names: dict[str, str]) -> None:
    """A heading never stays alone at a page's foot, whatever template the staff use."""
    wanted = {names[f"heading {level}"] for level in range(1, 5) if f"heading {level}" in names}
    for element in doc.styles.element.iterchildren(qn("w:style")):
        if element.get(qn("w:styleId")) not in wanted:
            continue
        props = element.find(qn("w:pPr"))
        if props is None:
            props = parse_xml(f"<w:pPr {nsdecls('w')}/>")
            rpr = element.find(qn("w:rPr"))
            if rpr is not None:
                rpr.addprevious(props)
            else:
                element.append(props)
        if props.find(qn("w:keepNext")) is None:
            props.insert(0, parse_xml(f"<w:keepNext {nsdecls('w')}/>"))


# --------------------------------------------------------------------------- lists

def _numbering(doc: DocxDocument):
    return doc.part.numbering_part.element


def _add_abstract(doc: DocxDocument, name: str, level: str) -> str:
    """The id of the abstract numbering definition called ``name``, added if missing."""
    numbering = _numbering(doc)
    for abstract in numbering.iterchildren(qn("w:abstractNum")):
        label = abstract.find(qn("w:name"))
        if label is not None and label.get(qn("w:val")) == name:
            return abstract.get(qn("w:abstractNumId"))
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.iterchildren(qn("w:abstractNum"))]
    abstract_id = str(max(ids, default=-1) + 1)
    element = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="{0xBE5C0000 + int(abstract_id):08X}"/>'  # Word tells lists apart by it
        f'<w:multiLevelType w:val="singleLevel"/><w:name w:val="{name}"/>{level}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))  # abstract definitions come before the lists
    if first_num is not None:
        first_num.addprevious(element)
    else:
        numbering.append(element)
    return abstract_id


def _add_list(doc: DocxDocument, abstract_id: str, restart: bool) -> str:
    numbering = _numbering(doc)
    ids = [int(n.get(qn("w:numId"))) for n in numbering.iterchildren(qn("w:num"))]
    num_id = str(max(ids, default=0) + 1)
    override = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                if restart else "")
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                               f'<w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'))
    return num_id


def bullet_list(doc: DocxDocument) -> str:
    """The numId of bescapp's bullet list (a bullet level, "•" hanging at 18 pt)."""
    cache = doc.__dict__.setdefault("_bescapp_lists", {})
    if "bullets" not in cache:
        abstract = _add_abstract(doc, BULLET_LIST, (
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'))
        cache["bullets"] = _add_list(doc, abstract, restart=False)
    return cache["bullets"]


def numbered_list(doc: DocxDocument) -> str:
    """A new list of numbered paragraphs ("1.", "2." ... hanging) starting at 1: one per
    column of a bilingual communiqué, so both columns show the same numbers. Each list
    has a definition of its own: LibreOffice counts lists that share one as one list."""
    cache = doc.__dict__.setdefault("_bescapp_lists", {})
    cache["numbered"] = cache.get("numbered", 0) + 1
    abstract = _add_abstract(doc, f"{NUMBERED_PARAGRAPHS} {cache['numbered']}", (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'))
    return _add_list(doc, abstract, restart=True)
