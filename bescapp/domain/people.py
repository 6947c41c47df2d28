"""How people's names are written and sorted in both languages.

Mexican names carry two surnames (paternal, maternal) that print in full and sort
by the first, then the second; honorifics have an English and a Spanish form.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol


class Named(Protocol):
    """A person, or a row holding a person's name columns."""

    @property
    def honorific(self) -> str: ...
    @property
    def given_names(self) -> str: ...
    @property
    def first_surname(self) -> str: ...
    @property
    def second_surname(self) -> str: ...

HONORIFICS = {
    "mr": ("Mr.", "Sr."),
    "ms": ("Ms.", "Sra."),
    "mrs": ("Mrs.", "Sra."),
    "amb": ("Amb.", "Emb."),
    "dr": ("Dr.", "Dr."),
    "dra": ("Dr.", "Dra."),
    "hon": ("Hon.", "Hon."),
    "lic": ("Mr.", "Lic."),
    "lica": ("Ms.", "Lic."),  # licenciada: the same Spanish form, a woman in English
    "ing": ("Mr.", "Ing."),
    "inga": ("Ms.", "Ing."),  # ingeniera
}


# Honorifics that say the person is a woman; "Amb." and "Hon." do not, nor does none.
WOMEN = frozenset({"ms", "mrs", "dra", "lica", "inga"})
_EITHER = frozenset({"amb", "hon", ""})
_WOMANS_TITLE = re.compile(r"(?i)\w*(?:ora|ada|aria|era|jefa|ministra)\b")


def is_woman(honorific_code: str, spanish_title: str = "") -> bool:
    """What Spanish agreement goes by ("la Dra.", "Copresidenta"): the honorific, else the
    Spanish title's first word ("Embajadora", "Secretaria"). No more is on file."""
    code = (honorific_code or "").lower()
    if code not in _EITHER:
        return code in WOMEN
    return bool(_WOMANS_TITLE.match(spanish_title or ""))


def honorific(code: str, lang: str) -> str:
    forms = HONORIFICS.get((code or "").lower())
    return "" if forms is None else forms[0 if lang == "en" else 1]


# The honorific spelled out, as running text names a person ("Ambassador Christopher
# Landau", "el embajador Christopher Landau"): GPO keeps "Mr.", "Ms.", "Dr." abbreviated
# before a name and spells out "Ambassador"; Spanish writes the tratamiento in full, in
# lowercase, with its article (RAE). Spanish forms: (a man, a woman).
RUNNING_HONORIFICS = {
    "mr": ("Mr.", ("el señor", "el señor")),
    "ms": ("Ms.", ("la señora", "la señora")),
    "mrs": ("Mrs.", ("la señora", "la señora")),
    "amb": ("Ambassador", ("el embajador", "la embajadora")),
    "dr": ("Dr.", ("el doctor", "la doctora")),
    "dra": ("Dr.", ("la doctora", "la doctora")),
    "hon": ("the Honorable", ("el honorable", "la honorable")),
    "lic": ("Mr.", ("el licenciado", "la licenciada")),
    "lica": ("Ms.", ("la licenciada", "la licenciada")),
    "ing": ("Mr.", ("el ingeniero", "la ingeniera")),
    "inga": ("Ms.", ("la ingeniera", "la ingeniera")),
}


def running_name(person: Named, lang: str, woman: bool = False) -> str:
    """The name as a sentence names it: "Ambassador Christopher Landau" / "el embajador
    Christopher Landau"; without an honorific, the name alone."""
    forms = RUNNING_HONORIFICS.get((person.honorific or "").lower())
    if forms is None:
        return full_name(person)
    title = forms[0] if lang == "en" else forms[1][bool(woman)]
    return f"{title} {full_name(person)}"


def full_name(person: Named) -> str:
    """Given names and both surnames: "María Fernanda López Hernández"."""
    parts = (person.given_names, person.first_surname, person.second_surname)
    return " ".join(p.strip() for p in parts if p and p.strip())


def display_name(person: Named, lang: str) -> str:
    """With the honorific in the reader's language: "Amb. Christopher Landau"."""
    title = honorific(person.honorific, lang)
    return f"{title} {full_name(person)}" if title else full_name(person)


def fold(text: str) -> str:
    """Case- and accent-insensitive form for sorting and matching ("Núñez" ~ "nunez")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def sort_key(person: Named) -> tuple[str, str, str]:
    """Alphabetical order: first surname, second surname, given names, ignoring accents."""
    return fold(person.first_surname), fold(person.second_surname), fold(person.given_names)


# Written forms staff find in the counterpart's spreadsheets, folded, mapped to our codes.
_HONORIFIC_WORDS = {
    "mr": "mr", "sr": "mr", "senor": "mr", "mister": "mr",
    "ms": "ms", "sra": "ms", "srta": "ms", "senora": "ms", "mrs": "mrs",
    "amb": "amb", "emb": "amb", "ambassador": "amb", "embajador": "amb", "embajadora": "amb",
    "dr": "dr", "doctor": "dr", "dra": "dra", "doctora": "dra",
    "hon": "hon", "honorable": "hon",
    "lic": "lic", "licenciado": "lic", "licenciada": "lica",
    "ing": "ing", "ingeniero": "ing", "ingeniera": "inga",
}


# "Lic." and "Ing." are written the same for a man and a woman; the English form is not.
_SHARED_ABBREVIATIONS = {"lic": "lica", "ing": "inga"}


def honorific_code(text: str, spanish_title: str = "") -> str | None:
    """Our code for a written honorific ("Sra." -> "ms", "Emb." -> "amb"); "" for blank;
    None when the word is not one we know. "Lic." or "Ing." beside a woman's Spanish title
    ("Subsecretaria", "Directora") is a licenciada or ingeniera ("Ms." in English)."""
    word = fold(text).rstrip(".").strip()
    if not word:
        return ""
    if word in _SHARED_ABBREVIATIONS and _WOMANS_TITLE.match(spanish_title or ""):
        return _SHARED_ABBREVIATIONS[word]
    return _HONORIFIC_WORDS.get(word)
