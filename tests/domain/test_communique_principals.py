"""The communiqué's opening names each principal by how they take part, and says the
same in English and Spanish, from a database made by ``init`` (both sides)."""

import datetime as dt

import pytest
from sqlalchemy import select

from bescapp.domain.communique import Group, PatternProblem, fill
from bescapp.domain.delegations import MembershipFields, PersonFields
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import Meeting, ParagraphPattern, Principal, Role
from bescapp.store import delegations as ops
from bescapp.store import our_side
from bescapp.store.first_draft import generate_draft
from bescapp.store.meetings import MeetingFields, create_meeting

OPENING_EN = ("High-level representatives of the Governments of the United States and Mexico "
              "met on June 9, 2025, in Tijuana for the 13th Plenary Meeting of the 21st Century "
              "Border Management Initiative Executive Steering Committee.")
OPENING_ES = ("Representantes de alto nivel de los Gobiernos de México y de los Estados Unidos "
              "se reunieron el 9 de junio de 2025 en Tijuana con motivo de la XIII Reunión "
              "Plenaria del Comité Ejecutivo Bilateral de la Iniciativa para la Administración "
              "de la Frontera en el Siglo XXI.")

PEOPLE = {
    "ortiz": ("MX", "dra", "Ana Luisa", "Ortiz", "Subsecretaria para América del Norte",
              "Under Secretary for North America"),
    "reyes": ("MX", "lic", "Tomás", "Reyes", "Jefe de la Unidad de Política Migratoria",
              "Head of the Migration Policy Unit"),
    "baker": ("US", "amb", "Helen", "Baker", "Embajadora de los Estados Unidos en México",
              "U.S. Ambassador to Mexico"),
    "cole": ("US", "ms", "Dana", "Cole", "Subsecretaria de Seguridad Nacional",
             "Under Secretary of Homeland Security"),
}


def opening(fresh_db, principals: dict[str, Principal]) -> B:
    """The generated opening of a plenary in Tijuana (Mexico hosting) with these principals."""
    db, _side = fresh_db
    with db.transaction() as session:
        meeting_id = create_meeting(session, MeetingFields(
            number=13, start_date=dt.date(2025, 6, 9), end_date=dt.date(2025, 6, 9),
            city=B("Tijuana", "Tijuana"), host_party="MX"))
        for key, principal in principals.items():
            party, honorific, given, surname, title_es, title_en = PEOPLE[key]
            party_id = ops.party_by_code(session, party).id
            person = ops.create_person(session, PersonFields(
                honorific=honorific, given_names=given, first_surname=surname,
                title=B(title_en, title_es)))
            ops.add_member(session, meeting_id, party_id, person,
                           MembershipFields(role=Role.HEAD, principal=principal))
    with db.session() as session:
        return generate_draft(session, session.get(Meeting, meeting_id))[0].text


def test_a_host_alone(fresh_db):
    text = opening(fresh_db, {"ortiz": Principal.HOST})
    assert text.en == (f"{OPENING_EN} The meeting was hosted by Dr. Ana Luisa Ortiz, Under "
                       "Secretary for North America.")
    assert text.es == (f"{OPENING_ES} Fue anfitriona de la reunión la doctora Ana Luisa Ortiz, "
                       "subsecretaria para América del Norte.")


def test_a_host_and_two_co_hosts(fresh_db):
    text = opening(fresh_db, {"reyes": Principal.HOST, "baker": Principal.CO_HOST,
                              "cole": Principal.CO_HOST})
    assert text.en == (
        f"{OPENING_EN} The meeting was hosted by Mr. Tomás Reyes, Head of the Migration Policy "
        "Unit. The co-hosts were Ambassador Helen Baker, U.S. Ambassador to Mexico, and Ms. Dana "
        "Cole, Under Secretary of Homeland Security.")
    assert text.es == (
        f"{OPENING_ES} Fue anfitrión de la reunión el licenciado Tomás Reyes, jefe de la Unidad de "
        "Política Migratoria. Fueron coanfitrionas la embajadora Helen Baker, embajadora de los "
        "Estados Unidos en México, y la señora Dana Cole, subsecretaria de Seguridad Nacional.")


def test_a_host_and_the_head_of_the_visiting_delegation(fresh_db):
    text = opening(fresh_db, {"ortiz": Principal.HOST, "cole": Principal.VISITING_HEAD})
    assert text.en == (
        f"{OPENING_EN} The meeting was hosted by Dr. Ana Luisa Ortiz, Under Secretary for North "
        "America. The head of the visiting delegation was Ms. Dana Cole, Under Secretary of "
        "Homeland Security.")
    assert text.es == (
        f"{OPENING_ES} Fue anfitriona de la reunión la doctora Ana Luisa Ortiz, subsecretaria para "
        "América del Norte. Encabezó la delegación visitante la señora Dana Cole, subsecretaria "
        "de Seguridad Nacional.")


def test_no_principals_yet_names_the_hosts_in_brackets_to_be_settled(fresh_db):
    """Nobody is marked yet: the host sentence stays, its names an open bracket the checks
    point out, never "hosted by ." and never silently dropped."""
    text = opening(fresh_db, {})
    assert text == B(OPENING_EN + " The meeting was hosted by [names of the hosts].",
                     OPENING_ES + " Fueron anfitriones de la reunión [nombres de los anfitriones].")


def test_only_the_visiting_head_marked_still_names_the_hosts_in_brackets(fresh_db):
    """The head of the visiting delegation marked, nobody as host or co-host (the host's head
    imported from a list): the host sentence stays, in brackets, instead of the opening
    saying who visited and never who hosted."""
    text = opening(fresh_db, {"cole": Principal.VISITING_HEAD})
    assert text.en == (f"{OPENING_EN} The meeting was hosted by [names of the hosts]. The head "
                       "of the visiting delegation was Ms. Dana Cole, Under Secretary of "
                       "Homeland Security.")
    assert text.es == (f"{OPENING_ES} Fueron anfitriones de la reunión [nombres de los "
                       "anfitriones]. Encabezó la delegación visitante la señora Dana Cole, "
                       "subsecretaria de Seguridad Nacional.")


def test_co_hosts_alone_need_no_host_sentence(fresh_db):
    text = opening(fresh_db, {"baker": Principal.CO_HOST})
    assert text.en == (f"{OPENING_EN} The co-host was Ambassador Helen Baker, U.S. Ambassador to "
                       "Mexico.")


def test_a_pattern_may_name_the_committee_from_the_database_settings(fresh_db):
    db, _side = fresh_db
    with db.transaction() as session:
        settings = our_side.read(session)
        our_side.write(session, our_side.OurSettings(
            settings.side, B("Bilateral Border Committee", "Comité Fronterizo Bilateral"),
            settings.committee_acronym, settings.handling_marking))
        pattern = session.scalar(select(ParagraphPattern).where(ParagraphPattern.key == "opening"))
        pattern.text = B("The {ordinal_meeting} of the {committee}. Hosts: {hosts}.",
                         "La {ordinal_meeting} del {committee}. Anfitriones: {hosts}.")
    text = opening(fresh_db, {})
    assert text == B("The 13th Plenary Meeting of the Bilateral Border Committee. "
                     "Hosts: [names of the hosts].",
                     "La XIII Reunión Plenaria del Comité Fronterizo Bilateral. "
                     "Anfitriones: [nombres de los anfitriones].")


def test_forms_agree_with_one_or_several_and_a_wrong_count_of_forms_is_refused():
    one_woman = Group(B("Dr. A", "la Dra. A"), 1, True)
    several = Group(B("A and B", "el Sr. A y la Sra. B"), 2, False)
    pattern = B("{hosts:Host|Hosts}: {hosts}.", "{hosts:Anfitrión|Anfitriona|Anfitriones|"
                "Anfitrionas}: {hosts}.")
    assert fill("x", pattern, {"hosts": one_woman}) == B("Host: Dr. A.", "Anfitriona: la Dra. A.")
    assert fill("x", pattern, {"hosts": several}) == B("Hosts: A and B.",
                                                       "Anfitriones: el Sr. A y la Sra. B.")
    with pytest.raises(PatternProblem, match=r"“x” \(English\).*two \(one\|several\) or four"):
        fill("x", B("{hosts:a|b|c}", "{hosts}"), {"hosts": several})


def test_a_sentence_naming_nobody_is_left_out_but_u_s_abbreviations_do_not_split():
    nobody = Group(B(), 0, False)
    pattern = B("The U.S. Ambassador met {city}. Co-hosts: {co_hosts}. End.",
                "El Emb. de EE. UU. visitó {city}. Coanfitriones: {co_hosts}. Fin.")
    assert fill("x", pattern, {"city": "Tijuana", "co_hosts": nobody}) == B(
        "The U.S. Ambassador met Tijuana. End.", "El Emb. de EE. UU. visitó Tijuana. Fin.")


def test_an_opening_that_names_only_nobody_gives_no_paragraph(fresh_db):
    db, _side = fresh_db
    with db.transaction() as session:
        pattern = session.scalar(select(ParagraphPattern).where(ParagraphPattern.key == "opening"))
        pattern.text = B("Co-hosts: {co_hosts}.", "Coanfitriones: {co_hosts}.")
        meeting_id = create_meeting(session, MeetingFields(
            number=13, start_date=dt.date(2025, 6, 9), end_date=dt.date(2025, 6, 9),
            city=B("Tijuana", "Tijuana"), host_party="MX"))
    with db.session() as session:
        draft = generate_draft(session, session.get(Meeting, meeting_id))
    assert [p.key for p in draft] == ["closing"]
