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
    """Two versions' paragraphs in one language, paragraph breaks kept.

    Paragraphs are matched first and only changed ones are compared word by word:
    one word diff over a whole long draft is quadratic (minutes for 260 paragraphs).
    """
    pieces: list[Piece] = []

    def add(op: str, text: str) -> None:
        if text:
            if pieces and pieces[-1].op == op:
                pieces[-1] = Piece(op, pieces[-1].text + text)
            else:
                pieces.append(Piece(op, text))

    seen = {"old": 0, "new": 0}  # paragraphs already written on each side

    def add_paragraph(parts: list[Piece], in_old: bool = True, in_new: bool = True) -> None:
        # the break before a paragraph belongs to the side(s) that already have text
        before_old, before_new = in_old and seen["old"] > 0, in_new and seen["new"] > 0
        if before_old and before_new:
            add("equal", PARAGRAPH_BREAK)
        elif before_old:
            add("delete", PARAGRAPH_BREAK)
        elif before_new:
            add("insert", PARAGRAPH_BREAK)
        for piece in parts:
            add(piece.op, piece.text)
        seen["old"] += in_old
        seen["new"] += in_new

    matcher = difflib.SequenceMatcher(None, list(old), list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for text in old[i1:i2]:
                add_paragraph([Piece("equal", text)])
            continue
        before, after = list(old[i1:i2]), list(new[j1:j2])
        for k in range(max(len(before), len(after))):
            if k < len(before) and k < len(after):
                add_paragraph(diff_words(before[k], after[k]))
            elif k < len(before):
                add_paragraph([Piece("delete", before[k])], in_new=False)
            else:
                add_paragraph([Piece("insert", after[k])], in_old=False)
    return pieces


def changed(pieces: list[Piece]) -> bool:
    return any(p.op != "equal" for p in pieces)


def pair_paragraphs(old: Sequence[object], new: Sequence[object]) -> list[tuple[int | None, int | None]]:
    """Which old paragraph each new one continues: (old index, new index) in reading order;
    (i, None) was removed, (None, j) added. Paragraphs equal in every language pair up
    first; within a changed stretch the k-th old one pairs with the k-th new one, as the
    word diff of ``diff_versions`` does."""
    pairs: list[tuple[int | None, int | None]] = []
    matcher = difflib.SequenceMatcher(None, list(old), list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
            continue
        if i2 - i1 == j2 - j1:
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
        else:
            pairs.extend(_closest(old, new, range(i1, i2), range(j1, j2)))
    return pairs


def _closest(old: Sequence[object], new: Sequence[object], olds: range, news: range
             ) -> list[tuple[int | None, int | None]]:
    """A changed stretch with more paragraphs on one side: each pairs with the one most
    like it, in order (a paragraph removed beside one edited is not taken for the edit)."""
    words_old = [_TOKEN.findall(repr(old[i])) for i in olds]
    words_new = [_TOKEN.findall(repr(new[j])) for j in news]
    n, m = len(olds), len(news)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for a in range(n - 1, -1, -1):
        for b in range(m - 1, -1, -1):
            like = difflib.SequenceMatcher(None, words_old[a], words_new[b], autojunk=False).ratio()
            score[a][b] = max(score[a + 1][b], score[a][b + 1],
                              score[a + 1][b + 1] + (like if like > 0.4 else -1.0))
    out: list[tuple[int | None, int | None]] = []
    a = b = 0
    while a < n or b < m:
        if a < n and b < m:
            like = difflib.SequenceMatcher(None, words_old[a], words_new[b], autojunk=False).ratio()
            if like > 0.4 and score[a][b] == score[a + 1][b + 1] + like:
                out.append((olds[a], news[b]))
                a, b = a + 1, b + 1
                continue
        if a < n and (b >= m or score[a][b] == score[a + 1][b]):
            out.append((olds[a], None))
            a += 1
        else:
            out.append((None, news[b]))
            b += 1
    return out
