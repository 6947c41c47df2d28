"""Word-by-word differences between two versions of the communiqué, per language."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Piece:
    op: str  # "equal", "insert", "delete"
    text: str


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def diff_words(old: str, new: str) -> list[Piece]:
    """Pieces that rebuild ``old`` (equal + delete) and ``new`` (equal + insert)."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    pieces: list[Piece] = []

    def add(op: str, text: str) -> None:
        if not text:
            return
        if pieces and pieces[-1].op == op:
            pieces[-1] = Piece(op, pieces[-1].text + text)
        else:
            pieces.append(Piece(op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("equal", "".join(a[i1:i2]))
        else:  # replace = delete then insert
            add("delete", "".join(a[i1:i2]))
            add("insert", "".join(b[j1:j2]))
    return pieces


def diff_versions(old: Sequence[str], new: Sequence[str]) -> list[Piece]:
    """Two versions' paragraphs in one language, compared as one text, paragraph breaks kept."""
    return diff_words(PARAGRAPH_BREAK.join(old), PARAGRAPH_BREAK.join(new))


def changed(pieces: list[Piece]) -> bool:
    return any(p.op != "equal" for p in pieces)
