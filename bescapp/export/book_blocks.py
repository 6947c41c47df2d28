"""The briefing book's text blocks, written as WordprocessingML and parsed once per batch.

A book of a large meeting has thousands of short paragraphs and table cells; they are
written as XML text (``kit.paragraph_xml``, ``kit.table_xml``) and inserted in one go
before anything python-docx must add itself (a picture, a merged paper).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..i18n import languages
from ..i18n.catalogue import say
from ..model.bilingual import Bilingual
from . import kit

BOTH = languages.CODES


class Blocks:
    def __init__(self, doc, side: str | None = None) -> None:
        self.doc = doc
        self.side = side  # whose copy: the order of a bilingual table's columns
        self.parts: list[str] = []

    def paragraph(self, runs: list[tuple[str, bool]], style: str | None = None, *,
                  new_page: bool = False, lang: str | None = None) -> None:
        """A paragraph of (text, bold) runs; bold is the Strong style, plain text in ``lang``
        (else the document's language; ``kit.Said`` text keeps its own)."""
        heading = bool(style and style.startswith("Heading"))
        xml = kit.paragraph_xml(runs, style=kit.style_id(self.doc, style) if style else None,
                                keep_next=heading or new_page,
                                strong=kit.style_id(self.doc, "Strong"),
                                lang=lang or kit.document_language(self.doc))
        if new_page:  # the page break belongs to the heading: no empty paragraph before it
            xml = xml.replace("<w:keepNext/>", "<w:keepNext/><w:pageBreakBefore/>", 1)
        self.parts.append(xml)

    def heading(self, text: str, level: int, *, new_page: bool = False) -> None:
        self.paragraph([(text, False)], f"Heading {min(level, 4)}", new_page=new_page)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[tuple]],
              widths: Sequence[float] | None = None, *, whole: Sequence[int] = (),
              langs: Sequence[str | None] | None = None) -> None:
        """Cells of a bold label (may be "") and lines below it, bulleted when a cell's
        third value says so; the header repeats on each page and no row splits across
        one. Widths fit the text (the columns in ``whole`` never wrap) unless given in
        points; ``langs`` is each column's language."""
        cells = [[_cell(*cell) for cell in row] for row in rows]
        self.parts.append(kit.table_xml(self.doc, header, cells, widths, whole=whole,
                                        langs=langs))
        self.parts.append(kit.paragraph_xml())  # Word needs a paragraph between tables

    def flush(self) -> None:
        if self.parts:
            kit.insert_xml(self.doc, "".join(self.parts))
            self.parts = []


def _cell(label: str, lines: Sequence[str], bullets: bool = False) -> kit.Cell:
    return kit.Cell(kit.joined("\n", ([label] if label else []) + list(lines)),
                    bold=bool(label), bullets=bullets)


def lines(text: str) -> list[str]:
    return [line.strip() for line in kit.clean(text).split("\n") if line.strip()]


def bullet(line: str) -> str:
    return line.lstrip("-•*· \t") or line


def in_language(value: Bilingual, lang: str, language: str) -> str:
    """A bilingual document shows each language's own text (an empty side stays empty, as
    pre-flight says); a one-language book falls back on the other language's."""
    return value.get(lang) if languages.is_bilingual(language) else value.either(lang)


def write_texts(out: Blocks, entries: list[tuple[str, dict[str, list[str]] | Bilingual, bool]],
                language: str) -> None:
    """Labelled texts: (label message, text, bullets). A label's text is a Bilingual, or
    the lines already worded per language (``{"en": [...], "es": [...]}``). A bilingual book puts
    them in two columns, a row per label; one language, a bold label and its paragraphs."""
    def shown(value, lang: str) -> list[str]:
        if isinstance(value, Bilingual):
            return lines(in_language(value, lang, language))
        return value[lang]

    if languages.is_bilingual(language):
        order = kit.column_order(out.side)  # our copy's language on the left
        rows = []
        for label, value, bullets in entries:
            rows.append([(say(label, lang) if label else "",
                          [bullet(t) if bullets else t for t in shown(value, lang)], bullets)
                         for lang in order])
        if rows:
            half = kit.usable_width(out.doc) / 2  # the two languages side by side, alike
            out.table(kit.language_names(order), rows, (half, half), langs=order)
        return
    for label, value, bullets in entries:
        if label:
            out.paragraph([(say(label, language), False)], "Field Label")
        for t in shown(value, language):
            out.paragraph([(bullet(t) if bullets else t, False)],
                          "List Bullet" if bullets else None)
