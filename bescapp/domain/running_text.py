"""How a title reads inside a sentence, in each language.

A list or a heading prints a title as staff typed it ("Subsecretario para América del
Norte", "Ampliación del Programa de Procesamiento Unificado de Carga"); a sentence of the
communiqué runs it into its words. Spanish writes posts in lowercase there ("el
subsecretario para América del Norte", RAE) and keeps institutions capitalized ("la
Secretaría de Relaciones Exteriores"); a title in sentence case becomes part of the
sentence ("continuar sus trabajos en la ampliación del Programa …"). A proper name
("San Ysidro-El Chaparral …", "Global Entry …") or an acronym keeps its capitals.
"""

from __future__ import annotations

import re

# The first words of a Spanish title that name an institution, not a post: kept capitalized.
INSTITUTIONS = frozenset({
    "administración", "agencia", "comisión", "comité", "consulado", "departamento",
    "dirección", "embajada", "gobierno", "grupo", "instituto", "misión", "oficina",
    "procuraduría", "secretaría", "servicio", "subsecretaría", "unidad", "coordinación",
})

_FIRST_WORD = re.compile(r"([^\W\d_])([^\W\d_]*)(\W*)(\S*)")


def _lowered(text: str) -> str:
    return text[0].lower() + text[1:]


def post_in_sentence(title: str, lang: str) -> str:
    """A Spanish post in lowercase ("subsecretario para América del Norte, Secretaría de
    Relaciones Exteriores"); an institution, an acronym or an English title as it is."""
    found = _FIRST_WORD.match(title)
    if lang != "es" or not found:
        return title
    first = found.group(1) + found.group(2)
    if first.lower() in INSTITUTIONS or (len(first) > 1 and not first[1:].islower()):
        return title
    return _lowered(title)


def title_in_sentence(title: str) -> str:
    """A title in sentence case runs into the sentence with a lowercase first letter
    ("Expansion of the …" → "expansion of the …"); a title whose second word is capitalized
    too (a proper name) or whose first word is an acronym stays as it is. (An English plan's
    name in Title Case, "Trade and Travel Facilitation", is a name: the caller keeps it.)"""
    found = _FIRST_WORD.match(title)
    if not found:
        return title
    first, second = found.group(1) + found.group(2), found.group(4)
    if len(first) > 1 and not first[1:].islower():
        return title  # "NEXUS", "McCament"
    if not second or not second[0].isalpha() or not second[0].islower():
        return title
    return _lowered(title)
