import pytest

from bescapp.domain.delegations import (
    MemberInvalid,
    MemberProblem,
    MembershipFields,
    PersonFields,
    check,
    insertion_index,
    moved,
    parties_in_protocol_order,
    precedences,
)
from bescapp.domain.people import honorific_code
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import Role


def test_host_party_list_comes_first():
    assert parties_in_protocol_order(["US", "MX"], "MX") == ["MX", "US"]
    assert parties_in_protocol_order(["US", "MX"], "US") == ["US", "MX"]
    assert parties_in_protocol_order(["US", "MX"], None) == ["US", "MX"]


def test_new_member_goes_after_the_last_of_the_same_or_higher_role():
    roles = [Role.HEAD, Role.CO_CHAIR, Role.MEMBER, Role.MEMBER, Role.ADVISOR, Role.SUPPORT]
    assert insertion_index(roles, Role.MEMBER) == 4
    assert insertion_index(roles, Role.ADVISOR) == 5
    assert insertion_index(roles, Role.SUPPORT) == 6
    assert insertion_index(roles, Role.HEAD) == 1
    assert insertion_index([], Role.ADVISOR) == 0
    assert insertion_index([Role.SUPPORT], Role.HEAD) == 0


def test_moving_keeps_everyone_once_and_clamps():
    assert moved([1, 2, 3, 4], 4, 0) == [4, 1, 2, 3]
    assert moved([1, 2, 3, 4], 1, 99) == [2, 3, 4, 1]
    assert moved([1, 2, 3], 2, -5) == [2, 1, 3]
    with pytest.raises(ValueError, match="not in the list"):
        moved([1, 2], 7, 0)


def test_precedence_starts_at_one():
    assert precedences([30, 10, 20]) == {30: 1, 10: 2, 20: 3}


def test_person_needs_given_name_and_first_surname():
    with pytest.raises(MemberInvalid, match="given name and a first surname"):
        check(PersonFields(given_names="Ana"))
    check(PersonFields(given_names="Ana", first_surname="Núñez", second_surname="Castañeda"))


def test_person_checks_email_phone_honorific_and_control_characters():
    fields = PersonFields(honorific="king", given_names="A", first_surname="B", email="nope",
                          phone="9" * 61, title=Bilingual("bad\x07", ""))
    assert set(fields.problems()) == {MemberProblem.BAD_EMAIL, MemberProblem.PHONE_TOO_LONG,
                                      MemberProblem.UNKNOWN_HONORIFIC,
                                      MemberProblem.CONTROL_CHARACTERS}


def test_cleaning_collapses_spaces_and_lowercases_the_honorific():
    fields = PersonFields(honorific=" DR ", given_names="  José   Luis ", first_surname="Ramírez ")
    cleaned = fields.cleaned()
    assert (cleaned.honorific, cleaned.given_names, cleaned.first_surname) == \
        ("dr", "José Luis", "Ramírez")


def test_membership_title_length():
    with pytest.raises(MemberInvalid, match="title is longer"):
        check(None, MembershipFields(title=Bilingual("x" * 1001, "")))


@pytest.mark.parametrize(("text", "code"), [
    ("Sr.", "mr"), ("Mr", "mr"), ("Sra.", "ms"), ("Emb.", "amb"), ("Embajadora", "amb"),
    ("Dra.", "dra"), ("DR", "dr"), ("Lic.", "lic"), ("", ""), ("Señor", "mr"), ("Rey", None),
    ("Licenciada", "lica"), ("Ingeniera", "inga"),
])
def test_written_honorifics(text, code):
    assert honorific_code(text) == code


def test_a_woman_with_a_degree_is_ms_in_english_and_keeps_her_title_in_spanish():
    from bescapp.domain.people import honorific

    assert [honorific("lica", lang) for lang in ("en", "es")] == ["Ms.", "Lic."]
    assert [honorific("dra", lang) for lang in ("en", "es")] == ["Dr.", "Dra."]
