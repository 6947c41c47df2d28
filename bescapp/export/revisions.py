"""Word revisions (tracked changes) in an exported document: ``w:ins`` and ``w:del``.

The communiqué's ``--changes-from`` export shows what changed since a saved version
as revisions a reader accepts or rejects in Word or LibreOffice, word by word
(``domain.diff``), whole paragraphs and table rows added or removed as revisions of
their own. python-redlines was weighed and not used: it compares two whole .docx files
through a bundled .NET program, dating every change "now" and diffing our numbers and
status marks too, while our writer already knows each paragraph's old and new text and
only has to wrap its runs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ..domain.diff import Piece
from . import house_style, side_tags

_BRACKETED = re.compile(r"\[[^\[\]]*\]")


@dataclass
class Reviser:
    """Who makes the revisions and when; hands out the ids Word wants unique per document."""

    author: str
    date: dt.datetime
    next_id: int = 1

    def take_id(self) -> str:
        self.next_id += 1
        return str(self.next_id - 1)

    def mark(self, tag: str):
        """A ``w:ins``/``w:del`` element with this author and date."""
        element = OxmlElement(tag)
        element.set(qn("w:id"), self.take_id())
        element.set(qn("w:author"), self.author)
        element.set(qn("w:date"), self.date.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%S"))
        return element


def style_mask(text: str, words: dict[str, str] | None = None) -> list[str | None]:
    """Per character, the character style it is printed in: a bracketed alternative in
    its side's (``house_style.bracket_style``), the side's tag after it in the side's tag
    style, the rest in none. ``words``: the tags as the text words them ("EUA" → "US");
    by default the stored "US" and "MX"."""
    words = words or side_tags.STORED
    mask: list[str | None] = [None] * len(text)
    for found in _BRACKETED.finditer(text):
        word = side_tags.tag_after(text, found.end(), words)
        side = words.get(word, "")
        mask[found.start():found.end()] = [house_style.bracket_style(side)] * (
            found.end() - found.start())
        if side:
            mask[found.end():found.end() + len(word)] = [house_style.side_style(side)] * len(word)
    return mask


def _runs(text: str, mask: list[str | None]) -> Iterator[tuple[str, str | None]]:
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or mask[i] != mask[start]:
            yield text[start:i], mask[start]
            start = i


def _run(text: str, style: str | None, deleted: bool, lang: str | None = None):
    """One run; ``style`` a character style's id (by style, never a hand-set format),
    ``lang`` its Word language tag (each column's spelling checked in its language)."""
    run = OxmlElement("w:r")
    if style or lang:
        props = OxmlElement("w:rPr")
        if style:
            name = OxmlElement("w:rStyle")
            name.set(qn("w:val"), style)
            props.append(name)
        if lang:
            tag = OxmlElement("w:lang")
            tag.set(qn("w:val"), lang)
            props.append(tag)
        run.append(props)
    body = OxmlElement("w:delText" if deleted else "w:t")
    body.set(qn("xml:space"), "preserve")
    body.text = text
    run.append(body)
    return run


def add_pieces(paragraph, pieces: list[Piece], reviser: Reviser, *, brackets_bold: bool,
               old: str, new: str, lang: str | None = None,
               words: dict[str, str] | None = None) -> None:
    """The pieces of a word diff as runs of ``paragraph``: insertions in ``w:ins``,
    deletions in ``w:del``; text in brackets in its side's style on either side (``words``:
    the side tags as ``old`` and ``new`` word them, see ``style_mask``)."""
    from .kit import style_id

    doc = paragraph.part.document
    nothing: list[str | None] = [None]
    old_mask = style_mask(old, words) if brackets_bold else nothing * len(old)
    new_mask = style_mask(new, words) if brackets_bold else nothing * len(new)
    at_old = at_new = 0
    p = paragraph._p
    for piece in pieces:
        size = len(piece.text)
        if piece.op == "delete":
            mask, at_old = old_mask[at_old:at_old + size], at_old + size
        else:
            mask = new_mask[at_new:at_new + size]
            at_new += size
            if piece.op == "equal":
                at_old += size
        runs = [_run(text, style_id(doc, style) if style else None, piece.op == "delete", lang)
                for text, style in _runs(piece.text, mask)]
        if piece.op == "equal":
            for run in runs:
                p.append(run)
            continue
        wrapper = reviser.mark("w:ins" if piece.op == "insert" else "w:del")
        for run in runs:
            wrapper.append(run)
        p.append(wrapper)


def wrap_runs(paragraph, reviser: Reviser, tag: str) -> None:
    """Every run already in ``paragraph`` inside one ``w:ins`` or ``w:del`` (a whole
    paragraph added or removed); deleted text becomes ``w:delText``."""
    p = paragraph._p
    runs = [child for child in p if child.tag == qn("w:r")]
    if not runs:
        return
    wrapper = reviser.mark(tag)
    runs[0].addprevious(wrapper)
    for run in runs:
        if tag == "w:del":
            for text in run.findall(qn("w:t")):
                text.tag = qn("w:delText")
        wrapper.append(run)


def mark_paragraph(paragraph, reviser: Reviser, tag: str) -> None:
    """The paragraph's runs and its paragraph mark as added (``w:ins``) or removed."""
    wrap_runs(paragraph, reviser, tag)
    props = paragraph._p.get_or_add_pPr()
    run_props = props.find(qn("w:rPr"))
    if run_props is None:
        run_props = OxmlElement("w:rPr")
        props.append(run_props)
    run_props.append(reviser.mark(tag))


def mark_row(row, reviser: Reviser, tag: str) -> None:
    """A table row added or removed as a whole, its cells' text with it."""
    row._tr.get_or_add_trPr().append(reviser.mark(tag))
    for cell in row.cells:
        for paragraph in cell.paragraphs:
            wrap_runs(paragraph, reviser, tag)


def wrap_runs_of(run, reviser: Reviser, tag: str) -> None:
    """One python-docx run (a status mark) inside a ``w:ins`` or ``w:del``."""
    element = run._r
    wrapper = reviser.mark(tag)
    element.addprevious(wrapper)
    if tag == "w:del":
        for text in element.findall(qn("w:t")):
            text.tag = qn("w:delText")
    wrapper.append(element)
