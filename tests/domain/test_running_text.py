"""A title inside a sentence: Spanish posts in lowercase, institutions and names as written."""

import pytest

from bescapp.domain.people import running_name
from bescapp.domain.running_text import post_in_sentence, title_in_sentence
from bescapp.model.entities import Person


@pytest.mark.parametrize(("title", "expected"), [
    ("Subsecretario para América del Norte", "subsecretario para América del Norte"),
    ("Embajadora de los Estados Unidos en México", "embajadora de los Estados Unidos en México"),
    ("Secretaría de Relaciones Exteriores", "Secretaría de Relaciones Exteriores"),
    ("Oficina de Asuntos de México", "Oficina de Asuntos de México"),
    ("SRE", "SRE"),
])
def test_spanish_posts_in_lowercase_institutions_capitalized(title, expected):
    assert post_in_sentence(title, "es") == expected


def test_english_posts_keep_their_capitals():
    assert post_in_sentence("Under Secretary for North America", "en") == \
        "Under Secretary for North America"


@pytest.mark.parametrize(("title", "expected"), [
    ("Ampliación del cruce fronterizo", "ampliación del cruce fronterizo"),
    ("Expansion of the Unified Cargo Processing Program",
     "expansion of the Unified Cargo Processing Program"),
    ("San Ysidro-El Chaparral expansion", "San Ysidro-El Chaparral expansion"),
    ("NEXUS enrollment", "NEXUS enrollment"),
    ("Otay", "Otay"),
])
def test_a_title_in_sentence_case_runs_into_the_sentence(title, expected):
    assert title_in_sentence(title) == expected


@pytest.mark.parametrize(("honorific", "en", "es_man", "es_woman"), [
    ("amb", "Ambassador Ana Ruiz", "el embajador Ana Ruiz", "la embajadora Ana Ruiz"),
    ("dr", "Dr. Ana Ruiz", "el doctor Ana Ruiz", "la doctora Ana Ruiz"),
    ("ms", "Ms. Ana Ruiz", "la señora Ana Ruiz", "la señora Ana Ruiz"),
    ("lica", "Ms. Ana Ruiz", "la licenciada Ana Ruiz", "la licenciada Ana Ruiz"),
    ("", "Ana Ruiz", "Ana Ruiz", "Ana Ruiz"),
])
def test_honorifics_in_full_in_running_text(honorific, en, es_man, es_woman):
    person = Person(honorific=honorific, given_names="Ana", first_surname="Ruiz",
                    second_surname="")
    assert running_name(person, "en") == en
    assert running_name(person, "es", woman=False) == es_man
    assert running_name(person, "es", woman=True) == es_woman
