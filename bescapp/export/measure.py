"""How wide text is on paper, and column widths that fit what a table holds.

Word and LibreOffice break a line only between words; a word wider than its column
is broken between letters, which is how an e-mail address or a telephone number
ends up split mid-word. So each column gets at least its widest unbreakable piece
(the whole line, for columns that must never wrap: times, telephone numbers), and
the page's remaining width goes to the columns with the most text to wrap — the
"automatic" table layout of HTML, computed here because a .docx must state its
widths for every reader to honour them. Widths are those of the template's body
font (``font_widths``: Calibri's metrics), with a margin for kerning and rounding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .font_widths import BOLD, REGULAR

# The table style's cell margins (108 twips each side) plus a point to spare.
CELL_PADDING = 2 * 5.4 + 1
BULLET_INDENT = 18.0  # the bullet's hanging indent (360 twips)
_SAFETY = 1.04  # kerning, hinting and a reader's rounding
_AVERAGE = REGULAR["n"]  # a character the font table does not list
# Where a line may break: after a space or a hyphen (not a non-breaking space or hyphen).
_BREAKS = re.compile(r"(?<=-)|\s+")


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width in points of ``text`` on one line at ``size`` points."""
    table = BOLD if bold else REGULAR
    return sum(table.get(ch, _AVERAGE) for ch in text) * size / 1000 * _SAFETY


def pieces(line: str) -> list[str]:
    """The parts of a line no reader breaks: its words (a hyphenated word may break after
    the hyphen)."""
    return [piece for piece in _BREAKS.split(line) if piece]


@dataclass(frozen=True)
class Line:
    """One line of a cell as measured: its text, whether bold, and its indent in points."""

    text: str
    bold: bool = False
    indent: float = 0


def column_needs(lines: Sequence[Line], size: float, whole: bool) -> tuple[float, float]:
    """(narrowest, widest) width a column's lines ask for: its widest unbreakable piece,
    and its longest line, each with the cell's padding."""
    narrowest = widest = 0.0
    for line in lines:
        full = line.indent + text_width(line.text, size, line.bold)
        widest = max(widest, full)
        if whole:
            narrowest = max(narrowest, full)
        else:
            for piece in pieces(line.text):
                narrowest = max(narrowest, line.indent + text_width(piece, size, line.bold))
    return narrowest + CELL_PADDING, widest + CELL_PADDING


def fit(needs: Sequence[tuple[float, float]], usable: float) -> list[float]:
    """Column widths (points) that add up to ``usable``: every column its narrowest width,
    then what is left shared in proportion to how much more each would take to hold its
    longest line on one line; a table with room to spare shares it by the longest lines."""
    least = [n for n, _w in needs]
    most = [max(n, w) for n, w in needs]
    if sum(most) <= usable:
        # Room to spare goes to the columns of running text, not to a number or a time
        # that is one piece whatever its width.
        spare = usable - sum(most)
        weights = [m if m > n + 0.5 else 0 for n, m in zip(least, most, strict=True)]
        if not any(weights):
            weights = most
        total = sum(weights) or 1
        return [m + spare * w / total for m, w in zip(most, weights, strict=True)]
    if sum(least) >= usable:
        # Even the unbreakable pieces do not fit: shrink every column alike (a reader will
        # break the longest words), never below a sliver.
        scale = usable / sum(least)
        return [max(n * scale, CELL_PADDING) for n in least]
    spare = usable - sum(least)
    wants = [m - n for n, m in zip(least, most, strict=True)]
    total = sum(wants) or 1
    return [n + spare * w / total for n, w in zip(least, wants, strict=True)]
