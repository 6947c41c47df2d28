from bescapp.domain.people import display_name, fold, full_name, honorific, sort_key
from bescapp.model.entities import Person


def person(given, first, second="", code=""):
    return Person(given_names=given, first_surname=first, second_surname=second, honorific=code)


def test_two_surnames_print_in_full():
    assert full_name(person("María Fernanda", "López", "Hernández")) == "María Fernanda López Hernández"
    assert full_name(person("Christopher", "Landau")) == "Christopher Landau"


def test_honorific_in_each_language():
    landau = person("Christopher", "Landau", code="amb")
    assert display_name(landau, "en") == "Amb. Christopher Landau"
    assert display_name(landau, "es") == "Emb. Christopher Landau"
    assert honorific("ms", "es") == "Sra."
    assert honorific("unknown", "en") == ""


def test_sorting_uses_first_then_second_surname_without_accents():
    people = [person("Ana", "Núñez", "Zavala"), person("Luis", "Nunez", "Álvarez"),
              person("Eva", "López")]
    ordered = [full_name(p) for p in sorted(people, key=sort_key)]
    assert ordered == ["Eva López", "Luis Nunez Álvarez", "Ana Núñez Zavala"]


def test_fold():
    assert fold("  Secretaría de RELACIONES Exteriores ") == "secretaria de relaciones exteriores"
