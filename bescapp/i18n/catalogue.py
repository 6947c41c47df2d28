"""The core's words: gettext catalogues made with Babel, read without Qt.

Documents and the command line take every fixed word from here; the window's own
words stay in the Qt catalogue (``translations/bescapp_es.ts``). Messages are in
English (the msgid) and ``translations/es/LC_MESSAGES/bescapp.mo`` holds the Spanish
(refresh: docs/translations.md). Mark a word where it is declared with ``N_`` and
translate it where it is shown with ``say``/``document_word``; placeholders are
``str.format`` names (``{date}``), filled after translation.

Refusals the core raises are worded when raised, in the *messages language*
(``use``): the command line sets it from ``--language``/``BESCAPP_LANGUAGE``/the
locale, the window when its language changes.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import cache

from .. import package_files
from . import languages

DOMAIN = "bescapp"
FOLDER = package_files.translations()

_current = {"language": "en"}


def N_(message: str) -> str:  # gettext's name for "mark, translate later"
    """Mark ``message`` for the catalogue without translating it here."""
    return message


@cache
def words(language: str) -> gettext.NullTranslations:
    """The catalogue of ``language`` ("en", "es"): gettext, ngettext, pgettext.

    English is the messages themselves; a language without a compiled catalogue
    answers in English too.
    """
    languages.get(language)  # an unknown code is a mistake in the caller
    if language == languages.SOURCE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, FOLDER, [language], fallback=True)


def use(language: str) -> None:
    """Make ``language`` the one refusals and command-line messages are worded in."""
    _current["language"] = languages.get(language).code


def current() -> str:
    """The messages language (see ``use``)."""
    return _current["language"]


def say(message: str, language: str | None = None, /, *, context: str | None = None,
        **values) -> str:
    """``message`` in ``language`` (default: the messages language), values filled in."""
    catalogue = words(language or current())
    text = catalogue.pgettext(context, message) if context else catalogue.gettext(message)
    return text.format(**values) if values else text


def say_n(singular: str, plural: str, n: int, language: str | None = None, /,
          **values) -> str:
    """The singular or plural form for ``n`` (``{n}`` is filled with it)."""
    text = words(language or current()).ngettext(singular, plural, n)
    return text.format(n=n, **values)


Value = str | int | Mapping[str, str] | Callable[[str], str]


def _value(value: Value, lang: str):
    """A value may differ by language: a mapping {"en": ..., "es": ...} or a function of it."""
    if isinstance(value, Mapping):
        return value[lang]
    if callable(value):
        return value(lang)
    return value


def document_word(message: str, language: str, /, *, context: str | None = None,
                  **values: Value) -> str:
    """A document's word in its language, or each language's joined by " / " (once when
    they are the same) for a bilingual document."""
    texts = (say(message, lang, context=context,
                 **{k: _value(v, lang) for k, v in values.items()})
             for lang in languages.of_document(language))
    return " / ".join(dict.fromkeys(texts))


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for: ``BESCAPP_LANGUAGE``, else the locale
    (LC_ALL, LC_MESSAGES, LANG: Spanish when it starts with "es"), else English."""
    env = os.environ if environ is None else environ
    chosen = env.get("BESCAPP_LANGUAGE", "").strip().lower()
    if chosen in languages.CODES:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "es" if value.lower().startswith("es") else "en"
    return "en"


@contextmanager
def global_domain(language: str | None = None) -> Iterator[None]:
    """For the duration, the standard library's gettext *global* API answers from this
    catalogue in ``language`` (default: the messages language).

    That API (``gettext.gettext``) is what argparse asks for its own words ("usage: ",
    "options", "the following arguments are required: %s" ...); the cli lists them with
    ``N_`` so that the catalogue holds them. This is gettext's documented way
    (``bindtextdomain`` + ``textdomain``), the language chosen through ``LANGUAGE``, the
    first variable gettext reads; the domain and the variable are put back after.
    """
    code = languages.get(language or current()).code
    before_domain, before_language = gettext.textdomain(), os.environ.get("LANGUAGE")
    gettext.bindtextdomain(DOMAIN, str(FOLDER))
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = code
    try:
        yield
    finally:
        gettext.textdomain(before_domain)
        if before_language is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = before_language
