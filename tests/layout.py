"""Reading an exported document's layout as Word would: rows, styles, lists, direct formats.

Shared by the layout tests; each function reads the saved file (python-docx and its XML),
never bescapp's own helpers, so a test checks what a reader gets.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
# Hand-set formatting of a run (not its character style or its language) and of a paragraph.
RUN_FORMATS = ("b", "bCs", "i", "iCs", "sz", "szCs", "color", "u", "rFonts", "highlight",
               "caps", "smallCaps", "strike", "shd")
PARAGRAPH_FORMATS = ("jc",)


def parts(path: Path, prefix: str = "word/") -> dict[str, etree._Element]:
    """The body, headers and footers of a document, parsed."""
    with zipfile.ZipFile(path) as z:
        return {name: etree.fromstring(z.read(name)) for name in z.namelist()
                if re.fullmatch(rf"{prefix}(document|header\d*|footer\d*)\.xml", name)}


def direct_formats(path: Path) -> list[str]:
    """Every hand-set format in the document, as "part: element" (run bold, size, colour,
    paragraph alignment ...); styles carry the formatting instead."""
    found = []
    for name, root in parts(path).items():
        for element in RUN_FORMATS:
            found += [f"{name}: w:{element}" for _ in root.iterfind(f".//w:r/w:rPr/w:{element}", NS)]
        for element in PARAGRAPH_FORMATS:
            found += [f"{name}: w:{element}" for _ in root.iterfind(f".//w:p/w:pPr/w:{element}", NS)]
    return found


def rows(path: Path):
    """Every table row of the body (nested tables included)."""
    return parts(path)["word/document.xml"].iterfind(".//w:tr", NS)


def style_chain(doc, style_id: str | None, kind: str = "paragraph"):
    """The style and those it is based on, nearest first (the document's default last)."""
    styles = {s.style_id: s for s in doc.styles if s.type is not None}
    seen = []
    while style_id and style_id in styles and style_id not in [s.style_id for s in seen]:
        seen.append(styles[style_id])
        based = styles[style_id].element.find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else None
    return seen


def keeps_with_next(doc, paragraph) -> bool:
    """Whether a paragraph keeps with the next, set on it or by its style."""
    props = paragraph.find(qn("w:pPr"))
    if props is not None and props.find(qn("w:keepNext")) is not None:
        keep = props.find(qn("w:keepNext"))
        return keep.get(qn("w:val")) not in ("0", "false")
    style = props.find(qn("w:pStyle")) if props is not None else None
    for link in style_chain(doc, style.get(qn("w:val")) if style is not None else "Normal"):
        pPr = link.element.find(qn("w:pPr"))
        keep = pPr.find(qn("w:keepNext")) if pPr is not None else None
        if keep is not None:
            return keep.get(qn("w:val")) not in ("0", "false")
    return False


def text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def paragraph_style_name(doc, paragraph) -> str:
    style = paragraph.find(qn("w:pPr") + "/" + qn("w:pStyle"))
    if style is None:
        return "Normal"
    chain = style_chain(doc, style.get(qn("w:val")))
    return chain[0].name if chain else "Normal"


def list_labels(path: Path) -> list[tuple[str, str]]:
    """(label, text) of every paragraph in a Word list, the label as a reader shows it:
    "•" for a bullet, "3." for the third paragraph of a numbered list. The list comes from
    the paragraph or its style; each list counts on its own."""
    doc = docx.Document(str(path))
    return [(label, text(paragraph)) for paragraph, label in _labels(doc)]


def list_labels_of(doc, element) -> list[str]:
    """The list labels of the paragraphs inside ``element`` (a table cell ...)."""
    return [label for paragraph, label in _labels(doc)
            if any(a is element for a in paragraph.iterancestors())]


def _labels(doc):
    numbering = doc.part.numbering_part.element
    abstract_of = {n.get(qn("w:numId")): n.find(qn("w:abstractNumId")).get(qn("w:val"))
                   for n in numbering.iterchildren(qn("w:num"))}
    levels = {a.get(qn("w:abstractNumId")): a.find(qn("w:lvl"))
              for a in numbering.iterchildren(qn("w:abstractNum"))}
    counters: dict[str, int] = {}
    for paragraph in doc.element.body.iter(qn("w:p")):
        num_id = _num_id(doc, paragraph)
        if num_id is None or num_id == "0":
            continue
        level = levels[abstract_of[num_id]]
        form = level.find(qn("w:numFmt")).get(qn("w:val"))
        if form == "bullet":
            label = "•"  # whatever the glyph (a template's Symbol-font bullet)
        else:
            start = level.find(qn("w:start"))
            counters[num_id] = counters.get(num_id, int(start.get(qn("w:val"))) - 1) + 1
            label = level.find(qn("w:lvlText")).get(qn("w:val")).replace(
                "%1", str(counters[num_id]))
        yield paragraph, label


def _num_id(doc, paragraph) -> str | None:
    found = paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    if found is not None:
        return found.get(qn("w:val"))
    style = paragraph.find(qn("w:pPr") + "/" + qn("w:pStyle"))
    for link in style_chain(doc, style.get(qn("w:val")) if style is not None else None):
        found = link.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if found is not None:
            return found.get(qn("w:val"))
    return None
