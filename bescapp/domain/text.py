"""What free text the store can hold, for every field the window edits.

Text reaches the core from a paste, a spreadsheet or the shell, and some of it
cannot be kept or would mislead a reader:

- a lone surrogate (``\\udcxx``: what Python makes of bytes that were not UTF-8 in
  ``sys.argv``, or half of a broken paste) cannot be written as UTF-8 at all, so
  SQLite would fail mid-transaction: refused at the field, as are U+FFFE and U+FFFF,
  which no Word document can hold;
- a name made only of invisible characters (zero-width space, byte-order mark,
  soft hyphen, Hangul filler ...) looks blank on every page: refused;
- Unicode direction overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make
  a name or a title read backwards ("Trojan Source"): removed from names and titles;
- a field longer than its declared ``max_length`` (on its column in ``model/entities.py``,
  read through ``model/fields.py``) is refused with the limit, before it reaches a document.

Each domain keeps its own problem codes (the window words them); this module finds
the faults, with the field and language, and gives them an English wording.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

from ..i18n.catalogue import N_, current, say
from ..i18n.formatting import format_number
from ..model import fields

DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Lone surrogates, and the two non-characters XML (so Word) cannot hold.
_UNSTORABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")
# Letters that render as nothing, beside the format (Cf), separator (Z*) and control (Cc)
# characters: Hangul fillers, the braille blank, Mongolian vowel separator.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc", "Zs", "Zl", "Zp", "Mn", "Me", "Cn"})


class TextProblem(enum.StrEnum):
    TOO_LONG = "too_long"
    UNSTORABLE = "unstorable"
    INVISIBLE = "invisible"


@dataclass(frozen=True)
class TextFault:
    """One field's text the store refuses: what is wrong, where, and the limit if any."""

    code: TextProblem
    field: str
    language: str = ""  # "en", "es" for one side of a bilingual field
    length: int = 0
    limit: int = 0

    def english(self) -> str:
        return self.text("en")

    def text(self, lang: str | None = None) -> str:
        """The fault in ``lang`` (default: the messages language); a field name marked with
        ``N_`` where the fault is found is translated too."""
        lang = lang or current()
        where = (say(self.field, lang) if self.field else "").replace("_", " ")
        if self.language:
            where = say(_IN_LANGUAGE[self.language], lang, field=where)
        if self.code is TextProblem.TOO_LONG:
            return say(N_("{where}: {length} characters; at most {limit}"), lang, where=where,
                       length=format_number(self.length, lang),
                       limit=format_number(self.limit, lang))
        if self.code is TextProblem.UNSTORABLE:
            return say(N_("{where}: holds characters that cannot be stored (a broken paste?)"),
                       lang, where=where)
        return say(N_("{where}: holds only invisible characters"), lang, where=where)


_IN_LANGUAGE = {"en": N_("{field} (English)"), "es": N_("{field} (Spanish)")}


def max_length(attribute) -> int:
    """The longest text a field may hold, as the model declares it (``model/fields.py``):
    ``max_length(Person.given_names)``, ``max_length(AgendaItem.title)`` or ``title_en``."""
    limit = fields.field(attribute.class_, attribute.key).max_length
    if limit is None:
        raise LookupError(f"{attribute.class_.__name__}.{attribute.key} declares no length")
    return limit


def without_direction_controls(text: str) -> str:
    return DIRECTION_CONTROLS.sub("", text or "")


def unstorable(text: str) -> bool:
    return bool(text) and _UNSTORABLE.search(text) is not None


def invisible(text: str) -> bool:
    """True for text that is not empty but shows nothing (only blanks and format marks)."""
    return bool(text) and all(
        ch in _BLANK_LETTERS or ch.isspace() or unicodedata.category(ch) in
        _INVISIBLE_CATEGORIES for ch in text)


def faults(field: str, text: str, limit: int, *, language: str = "",
           shown: bool = False) -> list[TextFault]:
    """What is wrong with one field's text; ``shown``: it must not be only invisible."""
    found = []
    if unstorable(text):
        found.append(TextFault(TextProblem.UNSTORABLE, field, language))
    if len(text) > limit:
        found.append(TextFault(TextProblem.TOO_LONG, field, language, len(text), limit))
    if shown and invisible(text):
        found.append(TextFault(TextProblem.INVISIBLE, field, language))
    return found


def bilingual_faults(field: str, value, limit: int, *, shown: bool = False) -> list[TextFault]:
    """``faults`` for each language of a Bilingual value."""
    return [f for lang in ("en", "es")
            for f in faults(field, value.get(lang), limit, language=lang, shown=shown)]
