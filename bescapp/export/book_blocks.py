"""The briefing book's text blocks, written as WordprocessingML and parsed once per batch.

A book of a large meeting has thousands of short paragraphs and table cells; they are
written as XML text (``kit.paragraph_xml``, ``kit.table_xml``) and inserted in one go
before anything python-docx must add itself (a picture, a merged paper).
"""

from __future__ import annotations

from ..i18n import languages
from ..i18n.catalogue import say
from ..model.bilingual import Bilingual
from . import kit

BOTH = languages.CODES


class Blocks:
    def __init__(self, doc) -> None:
        self.doc = doc
        self.parts: list[str] = []

    def paragraph(self, runs: list[tuple[str, bool]], style: str | None = None, *,
                  new_page: bool = False) -> None:
        heading = bool(style and style.startswith("Heading"))
        xml = kit.paragraph_xml(runs, style=kit.style_id(self.doc, style) if style else None,
                                keep_next=heading or new_page)
        if new_page:  # the page break belongs to the heading: no empty paragraph before it
            xml = xml.replace("<w:keepNext/>", "<w:keepNext/><w:pageBreakBefore/>", 1)
        self.parts.append(xml)

    def heading(self, text: str, level: int, *, new_page: bool = False) -> None:
        self.paragraph([(text, False)], f"Heading {min(level, 4)}", new_page=new_page)

    def table(self, header: list[str], rows: list[list[tuple[str, list[str]]]],
              shares: tuple[float, ...] | None = None) -> None:
        """Cells of a bold label (may be "") and plain lines below; the header repeats on
        each page and no row splits across one."""
        widths = None
        if shares:
            section = self.doc.sections[-1]
            usable = (section.page_width - section.left_margin - section.right_margin) / 12700
            widths = [usable * share for share in shares]  # points
        cells = [[kit.Cell("\n".join(([label] if label else []) + lines), bold=bool(label))
                  for label, lines in row] for row in rows]
        self.parts.append(kit.table_xml(self.doc, header, cells, widths, keep_rows=True))
        self.parts.append(kit.paragraph_xml())  # Word needs a paragraph between tables

    def flush(self) -> None:
        if self.parts:
            kit.insert_xml(self.doc, "".join(self.parts))
            self.parts = []


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
        rows = []
        for label, value, bullets in entries:
            rows.append([(say(label, lang) if label else "", [("• " + bullet(t)) if bullets else t
                                             for t in shown(value, lang)]) for lang in BOTH])
        if rows:
            out.table(kit.language_names(), rows)
        return
    for label, value, bullets in entries:
        if label:
            out.paragraph([(say(label, language), True)])
        for t in shown(value, language):
            out.paragraph([(bullet(t) if bullets else t, False)],
                          "List Bullet" if bullets else None)
