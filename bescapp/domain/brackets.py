"""Bracket parity between the two languages of a paragraph, and one-language paragraphs.

Negotiators put text not yet agreed in square brackets, and alternatives side by
side: "[expand][consolidate]". An alternative may carry the side that proposed it,
written right after its closing bracket with no space: "[expand]US [consolidate]MX".
Each language must carry the same brackets: the same number of bracketed places, each
with the same number of alternatives, each proposed by the same side. The side tag
belongs to the bracket, not to the text around it.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

from ..model.bilingual import LANGUAGES, Bilingual, other_language
from ..model.entities import ParagraphStatus


class CheckKind(enum.StrEnum):
    UNBALANCED = "unbalanced"  # "[" without "]" or the reverse
    BRACKET_UNMATCHED = "bracket_unmatched"  # a bracket with no counterpart in the other language
    ALTERNATIVE_UNMATCHED = "alternative_unmatched"  # "[a][b]" vs "[a]"
    EMPTY = "empty"  # text in one language only
    TERM_MISSING = "term_missing"  # a termbase term without its agreed equivalent
    AGREED_BRACKETED = "agreed_bracketed"  # marked agreed, yet text is still in brackets
    SIDE_UNMATCHED = "side_unmatched"  # "[a]US[b]MX" vs "[a]MX[b]US": not the same proposer


@dataclass(frozen=True)
class CheckResult:
    kind: CheckKind
    language: str  # the language holding the bracket or term; for EMPTY, the empty one
    detail: str = ""  # the bracketed text, or the expected term
    # a missing term's termbase entry (its id), so staff may add a variant from the warning
    term_id: int | None = field(default=None, compare=False)

    def describe(self) -> str:
        """A plain English line for the command line and logs (the window translates)."""
        where = "English" if self.language == "en" else "Spanish"
        return {
            CheckKind.UNBALANCED: f"{where}: unbalanced square brackets {self.detail}",
            CheckKind.BRACKET_UNMATCHED: f"{where}: bracketed text {self.detail} has no "
                                         "counterpart in the other language",
            CheckKind.ALTERNATIVE_UNMATCHED: f"{where}: the alternatives {self.detail} do not "
                                             "match the other language's",
            CheckKind.EMPTY: f"{where}: the paragraph is empty",
            CheckKind.TERM_MISSING: f"{where}: the agreed term “{self.detail}” is missing",
            CheckKind.AGREED_BRACKETED: f"{where}: the paragraph is marked agreed but still "
                                        f"holds bracketed text {self.detail}",
            CheckKind.SIDE_UNMATCHED: f"{where}: the alternatives {self.detail} are not "
                                      "proposed by the same sides in the other language",
        }[self.kind]


# The sides that may propose an alternative, as written after its bracket: "[expand]US".
SIDES = ("US", "MX")
_SIDE_TAG = re.compile(r"(US|MX)(?![^\W_])")


@dataclass(frozen=True)
class Bracketed:
    """One bracketed place: its alternatives, in order, the side that proposed each
    ("" when untagged) and where it starts."""

    alternatives: tuple[str, ...]
    start: int
    sides: tuple[str, ...] = ()

    def side_of(self, n: int) -> str:
        return self.sides[n] if n < len(self.sides) else ""

    def shown(self) -> str:
        return "".join(f"[{a}]{self.side_of(n)}" for n, a in enumerate(self.alternatives))


def side_after(text: str, end: int) -> str:
    """The side tag right after a closing bracket that ends at ``end``; "" when none."""
    found = _SIDE_TAG.match(text, end)
    return found.group(1) if found else ""


def bracket_spans(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Outermost "[...]" spans (start, end exclusive) and positions of unbalanced brackets."""
    spans, stray, opened = [], [], []
    for i, ch in enumerate(text):
        if ch == "[":
            opened.append(i)
        elif ch == "]":
            if not opened:
                stray.append(i)
                continue
            start = opened.pop()
            if not opened:
                spans.append((start, i + 1))
    return spans, sorted(stray + opened)


def tagged_spans(text: str) -> list[tuple[int, int, str]]:
    """Outermost spans as ``bracket_spans`` finds them, each extended over its side tag:
    (start, end exclusive, side)."""
    spans, _ = bracket_spans(text)
    out = []
    for start, end in spans:
        side = side_after(text, end)
        out.append((start, end + len(side), side))
    return out


def bracketed_places(text: str) -> list[Bracketed]:
    """Adjacent spans ("[a][b]", "[a] [b]", "[a]US [b]MX") form one place with alternatives."""
    places: list[list[tuple[int, int, str]]] = []
    for span in tagged_spans(text):
        if places and not text[places[-1][-1][1]:span[0]].strip():
            places[-1].append(span)
        else:
            places.append([span])
    return [Bracketed(tuple(text[s + 1:e - len(side) - 1] for s, e, side in group),
                      group[0][0], tuple(side for _, _, side in group)) for group in places]


def check_brackets(text: Bilingual) -> list[CheckResult]:
    found: list[CheckResult] = []
    for lang in text.missing_languages():
        found.append(CheckResult(CheckKind.EMPTY, lang))
    if found:
        return found
    for lang in LANGUAGES:
        _, stray = bracket_spans(text.get(lang))
        if stray:
            found.append(CheckResult(CheckKind.UNBALANCED, lang,
                                     " ".join(f"“{text.get(lang)[i]}”" for i in stray[:3])))
    places = {lang: bracketed_places(text.get(lang)) for lang in LANGUAGES}
    for lang in LANGUAGES:
        other = other_language(lang)
        mine, theirs = places[lang], places[other]
        for n, place in enumerate(mine):
            if n >= len(theirs):
                found.append(CheckResult(CheckKind.BRACKET_UNMATCHED, lang, place.shown()))
            elif len(place.alternatives) > len(theirs[n].alternatives):
                found.append(CheckResult(CheckKind.ALTERNATIVE_UNMATCHED, lang, place.shown()))
            elif lang == LANGUAGES[0] and len(place.alternatives) == len(theirs[n].alternatives) \
                    and place.sides != theirs[n].sides:
                found.append(CheckResult(CheckKind.SIDE_UNMATCHED, lang, place.shown()))
    return found


def holds_brackets(text: Bilingual) -> bool:
    """Whether either language still shows a square bracket (text not agreed)."""
    return any(ch in text.en or ch in text.es for ch in "[]")


def agreed_but_bracketed(text: Bilingual, status: ParagraphStatus | str) -> bool:
    """A paragraph marked agreed whose text still holds a bracket: a contradiction."""
    return str(status) == ParagraphStatus.AGREED.value and holds_brackets(text)


def check_paragraph(text: Bilingual, status: ParagraphStatus | str) -> list[CheckResult]:
    """Bracket parity, and an agreed paragraph that still holds bracketed text."""
    found = check_brackets(text)
    if agreed_but_bracketed(text, status):
        for lang in LANGUAGES:
            value = text.get(lang)
            if "[" in value or "]" in value:
                places = bracketed_places(value)
                detail = places[0].shown() if places else "“[”" if "[" in value else "“]”"
                found.append(CheckResult(CheckKind.AGREED_BRACKETED, lang, detail))
                break
    return found
