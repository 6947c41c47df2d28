"""The languages bescapp speaks, named once.

The interface, the documents, the formatting module and the catalogues read this
registry. Content is English/Spanish pairs (``model.bilingual.Bilingual``) for this
committee; "bilingual" is a document *mode* that prints both, not a language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # what the settings, the command line and the catalogues use
    locale: str  # CLDR locale for dates and numbers (Babel)
    name: str  # its name in itself, as a bilingual document's column heading
    word_tag: str  # the language tag Word's spelling checker reads


LANGUAGES = (
    Language("en", "en_US", "English", "en-US"),
    Language("es", "es_MX", "Español", "es-MX"),
)
CODES = tuple(language.code for language in LANGUAGES)
SOURCE = "en"  # the catalogues' msgids
BILINGUAL = "bilingual"  # a document in every language side by side
DOCUMENT_LANGUAGES = (*CODES, BILINGUAL)

_BY_CODE = {language.code: language for language in LANGUAGES}


def get(code: str) -> Language:
    try:
        return _BY_CODE[code]
    except KeyError:
        raise ValueError(f"unknown language {code!r}; bescapp speaks {', '.join(CODES)}") from None


def is_bilingual(language: str) -> bool:
    """Whether a document in ``language`` (a code or BILINGUAL) prints every language."""
    return language == BILINGUAL


def body_language(language: str) -> str:
    """The one language a document's own settings take (Word's spelling language, its
    dates and numbers, its file's styles): the first language for a bilingual document."""
    return CODES[0] if is_bilingual(language) else get(language).code


def of_document(language: str) -> tuple[str, ...]:
    """The languages a document in ``language`` (a code or "bilingual") prints, in order."""
    if is_bilingual(language):
        return CODES
    return (get(language).code,)
