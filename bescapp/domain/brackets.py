"""Bracket parity between the two languages of a paragraph, and one-language paragraphs.

Negotiators put text not yet agreed in square brackets, and alternatives side by
side: "[expand][consolidate]". Each language must carry the same brackets: the
same number of bracketed places, each with the same number of alternatives.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..model.bilingual import LANGUAGES, Bilingual, other_language
from ..model.entities import ParagraphStatus


class CheckKind(enum.StrEnum):
    UNBALANCED = "unbalanced"  # "[" without "]" or the reverse
    BRACKET_UNMATCHED = "bracket_unmatched"  # a bracket with no counterpart in the other language
    ALTERNATIVE_UNMATCHED = "alternative_unmatched"  # "[a][b]" vs "[a]"
    EMPTY = "empty"  # text in one language only
    TERM_MISSING = "term_missing"  # a termbase term without its agreed equivalent
    AGREED_BRACKETED = "agreed_bracketed"  # marked agreed, yet text is still in brackets


@dataclass(frozen=True)
class CheckResult:
    kind: CheckKind
    language: str  # the language holding the bracket or term; for EMPTY, the empty one
    detail: str = ""  # the bracketed text, or the expected term

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
        }[self.kind]


@dataclass(frozen=True)
class Bracketed:
    """One bracketed place: its alternatives, in order, and where it starts."""

    alternatives: tuple[str, ...]
    start: int

    def shown(self) -> str:
        return "".join(f"[{a}]" for a in self.alternatives)


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


def bracketed_places(text: str) -> list[Bracketed]:
    """Adjacent spans ("[a][b]", or "[a] [b]") form one place with alternatives."""
    spans, _ = bracket_spans(text)
    places: list[list[tuple[int, int]]] = []
    for span in spans:
        if places and not text[places[-1][-1][1]:span[0]].strip():
            places[-1].append(span)
        else:
            places.append([span])
    return [Bracketed(tuple(text[s + 1:e - 1] for s, e in group), group[0][0]) for group in places]


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
