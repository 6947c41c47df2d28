"""Their proposal against our working draft, paragraph by paragraph, and the three
decisions staff make on each: accept theirs, keep ours, or bracket both.

``match`` pairs the paragraphs as a reader would: the same text elsewhere is a paragraph
moved; one of ours equal to two of theirs joined is a split, two of ours joined equal
to one of theirs a merge; the rest pair up in order (changed), or stand alone (added,
removed). ``bracket_both`` writes the two wordings as attributed alternatives, the form
the bracket check reads: "[expand]US [consolidate]MX".
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..model.bilingual import LANGUAGES, Bilingual
from .diff import pair_paragraphs, tokens


class Kind(enum.StrEnum):
    SAME = "same"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    SPLIT = "split"
    MERGED = "merged"


@dataclass(frozen=True)
class Pairing:
    kind: Kind
    ours: tuple[int, ...]  # indexes into our paragraphs (two for a merge)
    theirs: tuple[int, ...]  # indexes into theirs (two for a split)


def _joined(texts: list[Bilingual]) -> Bilingual:
    return Bilingual(*(" ".join(t.get(lang).strip() for t in texts if t.get(lang).strip())
                       for lang in LANGUAGES))


def match(ours: list[Bilingual], theirs: list[Bilingual]) -> list[Pairing]:
    """Every paragraph of either side in one pairing, in their order (removed ones where
    they stood in ours)."""
    out: list[Pairing] = []
    used_ours: set[int] = set()
    used_theirs: set[int] = set()
    for j in range(len(theirs)):  # splits and merges first: they look like a change
        for i in range(len(ours)):
            if i in used_ours or j in used_theirs:
                continue
            if j + 1 < len(theirs) and j + 1 not in used_theirs and ours[i] != theirs[j] \
                    and _joined([theirs[j], theirs[j + 1]]) == _joined([ours[i]]):
                out.append(Pairing(Kind.SPLIT, (i,), (j, j + 1)))
                used_ours.add(i)
                used_theirs.update((j, j + 1))
            elif i + 1 < len(ours) and i + 1 not in used_ours and ours[i] != theirs[j] \
                    and _joined([ours[i], ours[i + 1]]) == _joined([theirs[j]]):
                out.append(Pairing(Kind.MERGED, (i, i + 1), (j,)))
                used_ours.update((i, i + 1))
                used_theirs.add(j)
    twins: list[tuple[int, int]] = []  # the same text on both sides, in their order
    for j in range(len(theirs)):
        if j in used_theirs:
            continue
        twin = next((n for n in range(len(ours)) if n not in used_ours
                     and n not in {t[0] for t in twins} and ours[n] == theirs[j]), None)
        if twin is not None:
            twins.append((twin, j))
    steady = rising([i for i, _ in twins])
    for i, j in twins:  # out of order: moved
        if i not in steady:
            out.append(Pairing(Kind.MOVED, (i,), (j,)))
            used_ours.add(i)
            used_theirs.add(j)
    free_ours = [i for i in range(len(ours)) if i not in used_ours]
    free_theirs = [j for j in range(len(theirs)) if j not in used_theirs]
    pairs = pair_paragraphs([ours[i] for i in free_ours], [theirs[j] for j in free_theirs])
    removed = [free_ours[a] for a, b in pairs if b is None and a is not None]
    added = [free_theirs[b] for a, b in pairs if a is None and b is not None]
    for a, b in pairs:
        if a is None or b is None:
            continue
        i, j = free_ours[a], free_theirs[b]
        out.append(Pairing(Kind.SAME if ours[i] == theirs[j] else Kind.CHANGED, (i,), (j,)))
    out += [Pairing(Kind.ADDED, (), (j,)) for j in added]
    out += [Pairing(Kind.REMOVED, (i,), ()) for i in removed]

    def place(p: Pairing) -> tuple[float, float]:
        if p.theirs:
            return (p.theirs[0], 0)
        earlier = [q.theirs[-1] for q in out if q.theirs and q.ours and q.ours[-1] < p.ours[0]]
        return (max(earlier, default=-1) + 0.5, p.ours[0])
    return sorted(out, key=place)


def rising(values: list[int]) -> set[int]:
    """The values of a longest increasing run: the paragraphs that kept their order."""
    best: list[list[int]] = []
    for value in values:
        longest: list[int] = []
        for run in best:
            if run[-1] < value and len(run) > len(longest):
                longest = run
        best.append([*longest, value])
    if not best:
        return set()
    winner: list[int] = max(best, key=len)
    return set(winner)


def bracket_both(ours: str, theirs: str, our_side: str, their_side: str) -> str:
    """The words where the two differ, as alternatives attributed to each side; what both
    share stays outside the brackets. "[expand]US [consolidate]MX"."""
    if ours == theirs:
        return ours
    a, b = tokens(ours), tokens(theirs)
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    head, tail = "".join(a[:start]), "".join(a[len(a) - end:])
    mine, yours = "".join(a[start:len(a) - end]), "".join(b[start:len(b) - end])
    longer = max(mine, yours, key=len)
    lead = longer[:len(longer) - len(longer.lstrip())]  # spaces stay outside the brackets
    trail = longer[len(longer.rstrip()):]
    alternatives = " ".join(f"[{text.strip()}]{side}" for text, side in
                            ((mine, our_side), (yours, their_side)) if text.strip())
    return f"{head}{lead}{alternatives}{trail}{tail}"


def bracket_both_texts(ours: Bilingual, theirs: Bilingual, our_side: str,
                       their_side: str) -> Bilingual:
    return Bilingual(*(bracket_both(ours.get(lang), theirs.get(lang), our_side, their_side)
                       for lang in LANGUAGES))
