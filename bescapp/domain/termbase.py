"""Termbase consistency: a term used in one language needs its agreed equivalent in the other.

Matching ignores case, accents and articles, and tolerates inflected forms (English
plural -s/-es/-ies; Spanish gender and number endings -o/-a/-os/-as/-es), so
"Planes de Acción" finds "plan de acción" and "ports of entry" finds "port of
entry". Acronyms (ESC, CEB …) match as whole words, case and all. A term's accepted
variants (one a line per language: another spelling, an acronym, the other word order)
count as the term: the check flags a term missing, never a variant used instead.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model.bilingual import LANGUAGES, Bilingual, other_language
from .brackets import CheckKind, CheckResult
from .people import fold

ARTICLES = {
    "en": {"the", "a", "an"},
    "es": {"el", "la", "los", "las", "lo", "un", "una", "unos", "unas"},
}
# Spanish contractions carry an article: "del" = "de el", "al" = "a el".
_CONTRACTIONS = {"es": {"del": "de", "al": "a"}, "en": {}}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class TermPair:
    term: Bilingual
    acronym: Bilingual = field(default_factory=Bilingual)
    variants: Bilingual = field(default_factory=Bilingual)  # one a line per language
    key: int | None = None  # the termbase entry's id, for a result to name it

    def variants_in(self, lang: str) -> tuple[str, ...]:
        return tuple(v.strip() for v in self.variants.get(lang).splitlines() if v.strip())


def stem(word: str, lang: str) -> str:
    """A crude stem: enough to treat singular/plural and masculine/feminine alike."""
    if len(word) <= 3:
        return word
    if lang == "en":
        if word.endswith("ies") and len(word) > 4:
            return word[:-3] + "y"
        if word.endswith(("ches", "shes", "sses", "xes", "zes")):
            return word[:-2]
        if word.endswith("s") and not word.endswith("ss"):
            return word[:-1]
        return word
    for ending in ("os", "as", "es", "o", "a", "e", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def words(text: str, lang: str) -> list[str]:
    """Folded, stemmed words without articles."""
    out = []
    for word in _WORD.findall(fold(text)):
        word = _CONTRACTIONS[lang].get(word, word)
        if word not in ARTICLES[lang]:
            out.append(stem(word, lang))
    return out


def _contains(haystack: list[str], needle: list[str]) -> bool:
    if not needle:
        return False
    n = len(needle)
    first = needle[0]
    return any(haystack[i] == first and haystack[i:i + n] == needle
               for i in range(len(haystack) - n + 1))


def _has_acronym(text: str, acronym: str) -> bool:
    acronym = acronym.strip()
    return bool(acronym) and re.search(rf"(?<!\w){re.escape(acronym)}(?!\w)", text) is not None


@functools.lru_cache(maxsize=4096)
def _term_words(term: str, lang: str) -> tuple[str, ...]:
    return tuple(words(term, lang))


def uses(text: str, lang: str, term: TermPair, prepared: list[str] | None = None) -> bool:
    """Whether the text uses the term (full form or acronym) in this language."""
    prepared = words(text, lang) if prepared is None else prepared
    return (_contains(prepared, list(_term_words(term.term.get(lang), lang)))
            or _has_acronym(text, term.acronym.get(lang))
            or any(_has_acronym(text, variant) if _is_acronym(variant)
                   else _contains(prepared, list(_term_words(variant, lang)))
                   for variant in term.variants_in(lang)))


def _is_acronym(text: str) -> bool:
    """"CEB", "ESC", "POE": one word in capitals, matched as written."""
    return " " not in text and text.upper() == text and any(ch.isalpha() for ch in text)


def check_terms(text: Bilingual, terms: Iterable[TermPair]) -> list[CheckResult]:
    """One result per term whose equivalent is missing, in the language that lacks it."""
    prepared = {lang: words(text.get(lang), lang) for lang in LANGUAGES}
    found: list[CheckResult] = []
    seen: set[tuple[str, str]] = set()
    for term in terms:
        if term.term.missing_languages() or term.term.is_empty():
            continue  # not a pair yet: nothing to check against
        for lang in LANGUAGES:
            other = other_language(lang)
            if not text.get(other).strip():
                continue  # an empty side is reported by the bracket check
            if (uses(text.get(lang), lang, term, prepared[lang])
                    and not uses(text.get(other), other, term, prepared[other])):
                expected = term.term.get(other)
                acronym = term.acronym.get(other).strip()
                detail = f"{expected} ({acronym})" if acronym else expected
                if (other, detail) not in seen:
                    seen.add((other, detail))
                    found.append(CheckResult(CheckKind.TERM_MISSING, other, detail,
                                             term_id=term.key))
    return found
