"""The side tag after a bracketed alternative as a document prints it: "[expand]US",
"[ampliar]EUA". The stored text always writes US or MX (``domain.brackets``); a document
writes each language's word for it, and a document read back has its words taken back to
US and MX before it is compared with the stored text."""

from __future__ import annotations

import re
from functools import cache

from ..i18n.catalogue import N_, say
from ..model.bilingual import LANGUAGES

SIDE_WORDS = {"US": N_("US"), "MX": N_("MX")}


# The tags as the stored text writes them, each naming itself.
STORED = {side: side for side in SIDE_WORDS}


@cache
def _after_bracket(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<=\])({alternatives})(?![^\W_])")


def tag_after(text: str, end: int, words: dict[str, str]) -> str:
    """The tag of ``words`` right after the bracket that closes at ``end``; "" if none."""
    found = _after_bracket(tuple(words)).match(text, end)
    return found.group(1) if found else ""


@cache
def words_of(lang: str) -> dict[str, str]:
    """The printed word → the side it names, in ``lang`` ("EUA" → "US")."""
    return {say(word, lang): side for side, word in SIDE_WORDS.items()}


def worded(text: str, lang: str) -> str:
    """The stored text with each side tag in ``lang``'s word, as the document prints it."""
    printed = {side: word for word, side in words_of(lang).items()}
    return _after_bracket(tuple(SIDE_WORDS)).sub(lambda m: printed[m.group(1)], text)


@cache
def _any_word() -> tuple[re.Pattern[str], dict[str, str]]:
    every = {word: side for lang in LANGUAGES for word, side in words_of(lang).items()}
    return _after_bracket(tuple(every)), every


def stored(text: str) -> str:
    """A document's text with the side tags of any language back to US and MX."""
    pattern, every = _any_word()
    return pattern.sub(lambda m: every[m.group(1)], text)
