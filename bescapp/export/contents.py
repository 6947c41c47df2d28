"""The table of contents' entries, written into its field as Word's own cached result.

A TOC field holds its last result between its "separate" and "end" marks. Word and
LibreOffice rebuild it (with page numbers) when they update fields; a viewer that does
not (a phone, a web preview, a mail client) shows the cached result. An empty result
is an empty Contents page there, so bescapp writes the headings it knows, in the
"toc N" styles and without page numbers, once the whole document is written.
"""

from __future__ import annotations

import re

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

_LEVELS = re.compile(r'\\o\s+"(\d)-(\d)"')


def _style_ids(doc: DocxDocument, pattern: str, levels: range) -> dict[int, str]:
    out = {}
    for level in levels:
        try:
            out[level] = doc.styles[pattern.format(level)].style_id
        except KeyError:
            continue
    return out


def _toc_field(body) -> tuple[etree._Element, range] | None:
    """The paragraph holding the TOC field's code, and the heading levels it lists."""
    for code in body.iter(qn("w:instrText")):
        text = code.text or ""
        if text.strip().startswith("TOC"):
            found = _LEVELS.search(text)
            levels = range(int(found[1]), int(found[2]) + 1) if found else range(1, 4)
            paragraph = next(code.iterancestors(qn("w:p")))
            return paragraph, levels
    return None


def _text(paragraph) -> str:
    return "".join(t.text or "" for t in paragraph.iter(qn("w:t")))


def headings(doc: DocxDocument, levels: range) -> list[tuple[int, str]]:
    """(level, text) of every heading the TOC lists, in the order of the document."""
    return [(level, "".join(text for text, _lang in pieces))
            for level, pieces in _entries(doc, levels)]


def _pieces(paragraph) -> list[tuple[str, str | None]]:
    """A heading's (text, Word language tag) runs: its entry is spelled in its language."""
    out = []
    for run in paragraph.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        lang = run.find(qn("w:rPr") + "/" + qn("w:lang"))
        if text:
            out.append((text, None if lang is None else lang.get(qn("w:val"))))
    return out


def _entries(doc: DocxDocument, levels: range) -> list[tuple[int, list[tuple[str, str | None]]]]:
    by_id = {style_id: level for level, style_id in
             _style_ids(doc, "Heading {}", levels).items()}
    out = []
    for paragraph in doc.element.body.iter(qn("w:p")):
        style = paragraph.find(qn("w:pPr") + "/" + qn("w:pStyle"))
        if style is None:
            continue
        level = by_id.get(style.get(qn("w:val")))
        if level is not None and _text(paragraph).strip():
            out.append((level, _pieces(paragraph)))
    return out


def fill(doc: DocxDocument) -> None:
    """Write the headings into the document's TOC field as its cached result."""
    found = _toc_field(doc.element.body)
    if found is None:
        return
    field, levels = found
    entries = _entries(doc, levels)
    if not entries:
        return
    entry_styles = _style_ids(doc, "toc {}", levels)
    runs = list(field.iterchildren(qn("w:r")))
    end = next((r for r in runs if _is_mark(r, "end")), None)
    separate = next((r for r in runs if _is_mark(r, "separate")), None)
    if end is None or separate is None:  # filled already (a save tried again)
        return
    for run in runs[runs.index(separate) + 1:runs.index(end)]:  # the placeholder result
        field.remove(run)
    field.remove(end)
    first_level, first_pieces = entries[0]
    _set_style(field, entry_styles.get(first_level))
    for text, lang in first_pieces:
        field.append(_run(text, lang))
    last = field
    for level, pieces in entries[1:]:
        style = entry_styles.get(level)
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        paragraph = parse_xml(f"<w:p {nsdecls('w')}>{props}</w:p>")
        for text, lang in pieces:
            paragraph.append(_run(text, lang))
        last.addnext(paragraph)
        last = paragraph
    last.append(end)


def _is_mark(run, kind: str) -> bool:
    mark = run.find(qn("w:fldChar"))
    return mark is not None and mark.get(qn("w:fldCharType")) == kind


def _run(text: str, lang: str | None = None):
    props = "" if lang is None else f'<w:rPr><w:lang w:val="{lang}"/></w:rPr>'
    run = parse_xml(f'<w:r {nsdecls("w")}>{props}<w:t xml:space="preserve"/></w:r>')
    run[-1].text = text
    return run


def _set_style(paragraph, style: str | None) -> None:
    if style is None:
        return
    props = paragraph.find(qn("w:pPr"))
    if props is None:
        props = parse_xml(f"<w:pPr {nsdecls('w')}/>")
        paragraph.insert(0, props)
    existing = props.find(qn("w:pStyle"))
    if existing is None:
        existing = parse_xml(f"<w:pStyle {nsdecls('w')}/>")
        props.insert(0, existing)
    existing.set(qn("w:val"), style)
